"""The one-cell-per-line layout: Word's text extraction (a tab opens each cell, a blank line ends a
row, wrapped lines continue the cell) or LibreOffice's export (no tabs, one line per cell, an empty
line for an empty or merged cell).

Rows are anchored on their 序号 cells. The expected next number is always an anchor; any other
序号-like cell (a repeated 5, a restart at 1, ①, 一, 1.1) is one too when it stands where a row can
start and the expected number does not follow within the row's width: a stray page number (黑龙江's
13, between rows) is followed by the real next number and stays page debris."""

from __future__ import annotations

from ..frozen import frozen
from ..headers import FIELDS, header_field, header_guess
from ..model import InputError, PolicyList
from .common import (
    PAGE_NUMBER,
    ItemBuilder,
    ParseJob,
    cell_text,
    columns_of,
    content_text,
    require_columns,
    short,
)
from .numbers import looks_like_seq, seq_value


@frozen
class Cell:
    """One table cell of a cell-per-line export and the lines it spans."""

    text: str
    first: int
    last: int


def tokenize_cells(raw_lines: list[str]) -> list[Cell]:
    """Word's extraction opens each cell with a tab; without tabs anywhere (LibreOffice's export)
    every line is a cell, an empty line an empty cell."""
    tabbed = any(line.startswith("\t") for line in raw_lines)
    cells: list[Cell] = []
    if not tabbed:
        started = False
        for number, line in enumerate(raw_lines, 1):
            started = started or bool(line.strip())
            if started:
                cells.append(Cell(line.strip(), number, number))
        return cells
    after_blank = True
    for number, line in enumerate(raw_lines, 1):
        if not line.strip() and "\t" not in line:
            after_blank = True
            continue
        text = line.replace("\t", "").strip()
        # A tab or a leading space opens a new cell; so does any line after a row break.
        if "\t" in line or line.startswith(" ") or after_blank or not cells:
            cells.append(Cell(text, number, number))
        else:
            last = cells[-1]
            cells[-1] = Cell(last.text + "\n" + text if last.text else text, last.first, number)
        after_blank = False
    return cells


def find_cell_header(cells: list[Cell]) -> tuple[int, int, list[str | None]] | None:
    """(first index, index after the header, columns) of the first run of >= 3 header cells."""
    start = 0
    while start < len(cells):
        end = _header_run_end(cells, start)
        if end - start >= 3:
            first = start - 1 if start > 0 and not cells[start - 1].text else start
            columns = columns_of([c.text for c in cells[first:end]])
            if columns:
                return first, end, columns
        start = max(end, start + 1)
    return None


def _header_run_end(cells: list[Cell], start: int) -> int:
    """End of the run of header cells from `start`. A short cell polcmp has no field for (办理渠道)
    inside the run is an extra column, not the end of the header, when a header word follows it."""
    end = start
    while end < len(cells) and (header_field(cells[end].text) or _extra_column(cells, start, end)
                                or _guessed(cells, start, end)):
        end += 1
    return end


def _guessed(cells: list[Cell], start: int, at: int) -> bool:
    """A header word placed by its ending (主要措施) continues a run of header cells; it starts one only
    when a header word follows it."""
    if not header_guess(cells[at].text):
        return False
    return at > start or (at + 1 < len(cells) and bool(header_guess(cells[at + 1].text)))


def _extra_column(cells: list[Cell], start: int, at: int) -> bool:
    text = cells[at].text
    return at > start and at + 1 < len(cells) and bool(header_field(cells[at + 1].text)) \
        and 0 < len(text) <= 8 and not looks_like_seq(text) and not any(p in text for p in "。；，：")


def _anchors(body: list[Cell], width: int) -> list[int]:
    """Indices of the 序号 cells that open rows; `width` is the number of columns after 序号."""
    anchors: list[int] = []
    expected = 1
    for index, cell in enumerate(body):
        if (anchors and index <= anchors[-1] + width) or not looks_like_seq(cell.text):
            continue
        value = seq_value(cell.text)
        if value != expected:
            ahead = body[index + 1 : index + 1 + width]
            if any(seq_value(c.text) == expected for c in ahead):
                continue  # page debris: the real next row follows at once
            if not any(len(c.text) > 3 for c in ahead):
                continue  # nothing after it that could be a row's text
        anchors.append(index)
        expected = (value if value is not None else expected) + 1
    return anchors


def parse_cell_stream(job: ParseJob, cells: list[Cell], header) -> PolicyList:
    first, end, columns = header
    require_columns(job.path, columns, [c.text for c in cells[first:end]])
    seq_at = columns.index("seq")
    before, after = columns[:seq_at], columns[seq_at + 1 :]
    body = cells[end:]
    anchors = _anchors(body, len(after))
    if not anchors:
        raise InputError(job.path, "table header found but no numbered rows (序号 1, 2, 3 …)")
    builder = job.builder()
    start = 0
    for k, anchor in enumerate(anchors):
        lead = _lead(builder, body[start:anchor], before, body[anchor])
        stop = anchors[k + 1] if k + 1 < len(anchors) else len(body)
        tail = body[anchor + 1 : min(anchor + 1 + len(after), stop)]
        row_cells = [*lead, body[anchor], *tail]
        builder.add(_row_fields(before, after, lead, body[anchor], tail),
                    min(c.first for c in row_cells), max(c.last for c in row_cells))
        start = anchor + 1 + len(after)
    _note_trailing(builder, body[start:])
    return job.table(builder, [c.text for c in cells[:first]], columns)


def _lead(builder: ItemBuilder, between: list[Cell], before: list, seq: Cell) -> list[Cell]:
    """The cells standing before a row's 序号 (its 服务领域, usually), page numbers dropped with a note."""
    lead = [c for c in between if c.text]
    for cell in lead:
        if PAGE_NUMBER.match(cell.text):
            builder.note(cell.first, f"dropped page number {cell.text}")
    lead = [c for c in lead if not PAGE_NUMBER.match(c.text)]
    if before and len(lead) > len(before) * 2:
        builder.note(lead[0].first, f"{len(lead)} cells before 序号 {seq.text} read as its "
                                    f"{'/'.join(c or '?' for c in before)}: a row without 序号?")
    return lead


def _row_fields(before: list, after: list, lead: list[Cell], seq: Cell, tail: list[Cell]) -> dict[str, str]:
    """One row's fields: the columns before 序号 (usually just 服务领域) take whatever text stands before
    the number, the columns after it one cell each."""
    values: dict[str, list[str]] = {name: [] for name in FIELDS}
    if before:
        values[before[-1] or "domain"] = [c.text for c in lead]
    for column, cell in zip(after, tail, strict=False):
        if column:
            values[column].append(cell.text)
    values["seq"] = [seq.text]
    return {name: (content_text if name == "content" else cell_text)(values[name]) for name in FIELDS}


def _note_trailing(builder: ItemBuilder, rest: list[Cell]) -> None:
    """Cells after the last row: a page number is dropped, any other text ignored, each with a note."""
    for cell in rest:
        if PAGE_NUMBER.match(cell.text):
            builder.note(cell.first, f"dropped page number {cell.text}")
        elif cell_text([cell.text]):
            builder.note(cell.first, f"text after the last row ignored: “{short(cell_text([cell.text]))}”")
