"""Table layouts with whole rows: one row per line (cells separated by tabs) and .docx tables."""

from __future__ import annotations

from ..headers import FIELDS, header_fields
from ..model import InputError, PolicyList
from ..normalize import clean, to_simplified
from ..readers import TableDocument
from .common import (
    NOTE_LINE,
    PAGE_NUMBER,
    ItemBuilder,
    ParseJob,
    Row,
    cell_text,
    columns_of,
    content_text,
    place_by_cells,
    require_columns,
    short,
)
from .numbers import looks_like_seq


def parse_row_lines(job: ParseJob, raw_lines: list[str], header_index: int) -> PolicyList:
    header = raw_lines[header_index].split("\t")
    columns = columns_of(header)
    rows: list[Row] = []
    notes = []
    for number, raw in enumerate(raw_lines[header_index + 1 :], header_index + 2):
        if not raw.strip():
            continue
        cells = raw.split("\t")
        if len(cells) >= 3:
            rows.append(Row(tuple(cells), number, number))
        elif PAGE_NUMBER.match(raw.strip()):
            notes.append(f"line {number}: dropped page number {raw.strip()}")
        elif NOTE_LINE.match(raw):  # 注：… under the table: the table has ended
            break
        elif rows:  # a line wrapped out of the last cell
            last = rows[-1]
            rows[-1] = Row((*last.cells[:-1], last.cells[-1] + "\n" + raw), last.first, number)
        else:
            notes.append(f"line {number}: text between the header and the first row ignored: “{short(raw)}”")
    columns = place_by_cells(columns, header, rows)
    require_columns(job.path, columns, header)
    builder = job.builder()
    builder.notes.extend(notes)
    rows_to_items(rows, columns, header, builder)
    return job.table(builder, raw_lines[:header_index], columns)


def _docx_rows(doc: TableDocument) -> tuple[list[str | None], tuple[str, ...], list[Row], list[str]]:
    columns: list[str | None] = []
    header: tuple[str, ...] = ()
    rows: list[Row] = []
    notes: list[str] = []
    for table in doc.tables:
        offset = None  # where a narrower table without a header sits under the header's columns
        for row in table:
            found = _header_columns(row.cells)
            if found:
                if not columns:
                    columns, header = found, row.cells
                offset = 0
                continue  # the header, or its repetition on a new page
            if not columns or not any(c.strip() for c in row.cells):
                continue
            cells = row.cells
            if offset is None:
                offset = _continuation_offset(table, columns) if 0 < len(header) - len(cells) < len(header) else 0
                if offset:
                    notes.append(f"{'line' if row.is_line else 'row'} {row.number}: a table of {len(cells)} columns "
                                 f"without a header continues the list; read as its last {len(cells)} columns "
                                 "(the first ones continue the rows above)")
            rows.append(Row(_fitted(cells, len(header), offset, row, notes), row.number, row.number))
    return columns, header, rows, notes


def _header_columns(cells) -> list[str | None]:
    """The columns a row names when it is a header (three cells or more name fields), else []."""
    return columns_of(list(cells)) if sum(f is not None for f in header_fields(cells)) >= 3 else []


def _fitted(cells, width: int, offset: int, row, notes: list[str]) -> tuple[str, ...]:
    """A row's cells under the header's `width` columns: shifted right by `offset` (a narrower table
    continuing the list), the cells past the last column joined into it (with a note)."""
    if offset and len(cells) + offset == width:
        cells = ("",) * offset + tuple(cells)
    if len(cells) != width:
        notes.append(f"{'line' if row.is_line else 'row'} {row.number}: {len(cells)} cells where the "
                     f"header has {width}; "
                     "read by position")
        cells = (*cells[: width - 1], "\n".join(cells[width - 1 :]))
    return cells


def _continuation_offset(table, columns: list[str | None]) -> int:
    """How many leading columns a narrower table without a header lacks (Word continues a list in a
    second table without the merged 服务领域 column): the placement that puts 序号-like cells under 序号
    and each row's longest cell under 服务内容, on most rows, wins; 0 (read from the left, as before)
    when none does better, or when the table holds no 序号 (a note table under the list is no rows)."""
    if "seq" not in columns or "content" not in columns:
        return 0
    seq_at, content_at = columns.index("seq"), columns.index("content")
    rows = [r.cells for r in table if any(c.strip() for c in r.cells)][:50]
    if not rows:
        return 0
    narrow = min(len(r) for r in rows)
    scores = {}
    for offset in range(0, len(columns) - narrow + 1):
        seqs = sum(0 <= seq_at - offset < len(cells) and looks_like_seq(cells[seq_at - offset].strip())
                   for cells in rows)
        longest = sum(max(range(len(cells)), key=lambda i, cells=cells: len(cells[i])) + offset == content_at
                      for cells in rows)
        scores[offset] = (seqs + longest) if 2 * seqs >= len(rows) and 2 * longest >= len(rows) else 0
    best = max(scores, key=lambda o: (scores[o], -o))
    return best if scores[best] > scores[0] else 0


def parse_docx_tables(job: ParseJob) -> PolicyList | None:
    """The list in a .docx's (or any table document's) tables, or None when no table has a list header."""
    doc: TableDocument = job.doc
    columns, header, rows, notes = _docx_rows(doc)
    if not columns:
        if not doc.tables:
            return None
        header_row = doc.tables[0][0].cells if doc.tables[0] else ()
        if any(header_fields(header_row)):
            require_columns(doc.path, columns_of(list(header_row)) or header_fields(header_row), header_row)
        return None
    columns = place_by_cells(columns, header, rows)
    require_columns(doc.path, columns, header)
    # Rows of CSV and Markdown are numbered by their text line; those of .docx, .xlsx, HTML and PDF are
    # table rows, which no editor or GitHub annotation can point at as a line.
    lines = all(row.is_line for table in doc.tables for row in table)
    builder = job.builder(where="line" if lines else "row")
    builder.notes.extend(notes)
    rows_to_items(rows, columns, header, builder)
    return job.table(builder, list(doc.paragraphs), columns)


def no_list_error(doc: TableDocument) -> InputError:
    if not doc.tables:
        return InputError(doc.path, "contains no table and no numbered measures （一）…")
    return InputError(doc.path, "has no table with a 服务项目/服务内容 header row")


def rows_to_items(rows: list[Row], columns, header, builder: ItemBuilder) -> None:
    header_key = [clean(to_simplified(c)) for c in header]
    for row in rows:
        values: dict[str, list[str]] = {}
        cells = list(row.cells) + [""] * (len(columns) - len(row.cells))
        if [clean(to_simplified(c)) for c in cells[: len(header_key)]] == header_key:
            continue
        for column, text in zip(columns, cells, strict=False):
            if column:
                values.setdefault(column, []).append(text)
        fields = {name: (content_text if name == "content" else cell_text)(values.get(name, [])) for name in FIELDS}
        if not any(fields[name] for name in ("service", "content")):
            text = " ".join(c for c in (cell_text([c]) for c in row.cells) if c)
            if text:
                builder.note(row.first, f"row without 服务项目 or 服务内容 ignored: “{short(text)}”")
            continue
        builder.add(fields, row.first, row.last)
