"""CSV and TSV, in any encoding the text reader knows (UTF-8 with or without BOM, GB18030/GBK, UTF-16),
quoted cells holding line breaks included. polcmp's own `parse --format csv` output (English column
names seq, domain, …) is read back to the same items: its header is given the Chinese column names."""

from __future__ import annotations

import csv as _csv

from ..model import InputError
from .detect import describe
from .document import TableDocument, TableRow
from .limits import ReadLimits
from .text import decode

# polcmp's own CSV columns -> the header words the parser knows
OWN_COLUMNS = {"seq": "序号", "domain": "服务领域", "target": "服务对象", "service": "服务项目",
               "content": "服务内容", "departments": "责任部门"}


def read(data: bytes, path, name: str, fmt: str, limits: ReadLimits) -> TableDocument:
    text, _, notes = decode(data, name, limits, what=describe(fmt))
    rows = _rows(text, _delimiter(text, fmt), name, fmt, limits)
    if rows and [c.strip() for c in rows[0][0][:6]] == list(OWN_COLUMNS):
        rows[0] = ([OWN_COLUMNS.get(c.strip(), c) for c in rows[0][0]], rows[0][1])
    width = max((len(c) for c, _ in rows), default=0)
    table = tuple(TableRow(tuple(c + [""] * (width - len(c))), line, is_line=True) for c, line in rows)
    paragraphs = tuple(c[0] for c, _ in rows if sum(bool(x.strip()) for x in c) == 1 and c[0].strip())
    return TableDocument(name, (table,), paragraphs, fmt, notes)


def _delimiter(text: str, fmt: str) -> str:
    """Tab for .tsv, or when the first lines hold more tabs than commas; else comma."""
    lines = text.split("\n", 5)[:5]
    tabs, commas = sum(ln.count("\t") for ln in lines), sum(ln.count(",") for ln in lines)
    return "\t" if fmt == "tsv" or tabs > commas else ","


def _rows(text: str, delimiter: str, name: str, fmt: str, limits: ReadLimits) -> list[tuple[list[str], int]]:
    """The rows that hold any text, each with the line it starts on, within the limits."""
    reader = _csv.reader(_Lines(text), delimiter=delimiter, strict=False)
    rows: list[tuple[list[str], int]] = []
    previous_line = 0
    previous_limit = _csv.field_size_limit()
    _csv.field_size_limit(limits.max_cell_chars)
    try:
        for cells in reader:
            start = previous_line + 1
            previous_line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            rows.append((cells, start))
            if len(rows) > limits.max_rows:
                raise InputError(name, f"is {describe(fmt)} with more than {limits.max_rows} rows (the limit)")
            if len(cells) > limits.max_columns:
                raise InputError(name, f"is {describe(fmt)} with a row of {len(cells)} cells "
                                       f"(limit {limits.max_columns})")
    except _csv.Error as e:
        raise InputError(name, f"is {describe(fmt)} that cannot be read on line {reader.line_num + 1} ({e}; a "
                               f"cell may hold at most {limits.max_cell_chars} characters)") from None
    finally:
        _csv.field_size_limit(previous_limit)
    return rows


class _Lines:
    """Iterate the lines of a text with their ends kept (what csv.reader expects of a file)."""

    def __init__(self, text: str) -> None:
        self._lines = iter(text.splitlines(keepends=True))

    def __iter__(self):
        return self._lines
