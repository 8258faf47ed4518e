"""Spreadsheets: .xlsx/.xlsm, .xls (and WPS .et) and .ods, all through python-calamine (one Rust wheel,
~2 ms to import; openpyxl takes ~400 ms and its read-only mode loses merged cells).

The sheet that holds the list is the first whose rows include a header with 服务项目; title rows above
the header and note rows below it are kept as rows (the parser skips them). A merged range's text
stands in its first column; a vertically merged range repeats it down, as Word's merged cells read.

Before calamine sees an .xlsx or .ods, its sheets are streamed (`sheetscan`): calamine builds each sheet
as one dense grid from its first to its last cell, so a single cell at XFD1048576 would make it allocate
512 GiB and abort the process; the extent is checked first and such a file refused. An .xls (binary,
not streamed here) is read in a child process with a memory limit, whose death is this file's error.
Hidden sheets, rows and columns are not read (a note says how much was skipped) unless
`limits.include_hidden`."""

from __future__ import annotations

import datetime as _dt

from .. import isolate
from ..headers import is_header_row
from ..model import InputError
from .detect import describe
from .document import TableDocument, TableRow
from .files import check_zip_expansion, open_zip
from .limits import ReadLimits
from .sheetscan import SheetFacts, ods_facts, xlsx_facts


def read(data: bytes, path, name: str, fmt: str, limits: ReadLimits) -> TableDocument:
    facts: dict[str, SheetFacts] = {}
    if fmt in ("xlsx", "ods"):  # calamine trusts a zip's declared sizes: check what really comes out

        zf = open_zip(data, name, fmt, limits)
        check_zip_expansion(zf, name, fmt, limits)
        facts = (xlsx_facts if fmt == "xlsx" else ods_facts)(zf, name, fmt, limits)
        return _read(data, name, fmt, limits, facts)
    return _isolated(_read, data, name, fmt, limits, facts, name=name, fmt=fmt)


def _isolated(function, *args, name: str, fmt: str):
    """function(*args) in a forked child with a memory limit: a library abort (Rust's on a failed
    allocation) or a crash ends the child, not polcmp, and becomes this file's InputError."""
    try:
        return isolate.call(function, *args, memory=isolate.GIB)
    except isolate.ChildDied as e:
        raise InputError(name, f"is {describe(fmt)} whose reading crashed the spreadsheet library ({e.how}; "
                               "too large for 1 GiB of memory, or damaged)") from None


def _read(data: bytes, name: str, fmt: str, limits: ReadLimits, facts: dict[str, SheetFacts]) -> TableDocument:
    import python_calamine as pc

    try:
        workbook = pc.CalamineWorkbook.from_filelike(_Bytes(data))
    except pc.PasswordError:
        raise InputError(name, f"is a password-protected {describe(fmt)[2:].lstrip('n ')}; save it without a "
                               "password first") from None
    except (pc.CalamineError, pc.ZipError, pc.XmlError) as e:
        raise InputError(name, f"is {describe(fmt)} but damaged or truncated ({type(e).__name__}: "
                               f"{_short(e)})") from None
    skipped = [0, 0]  # hidden characters, hidden sheets
    for sheet_name in workbook.sheet_names:
        sheet_facts = facts.get(sheet_name, SheetFacts())
        if sheet_facts.hidden and not limits.include_hidden:
            skipped[1] += 1
            continue
        try:
            sheet = workbook.get_sheet_by_name(sheet_name)
        except Exception as e:  # noqa: BLE001 - calamine raises its own classes on damaged sheets
            raise InputError(name, f"is {describe(fmt)} whose sheet {sheet_name!r} cannot be read "
                                   f"({type(e).__name__}: {_short(e)})") from None
        rows, numbers, hidden_chars = _rows(sheet, name, fmt, limits, sheet_facts)
        header = _header_index(rows, is_header_row)
        if header is not None:
            paragraphs = tuple(" ".join(dict.fromkeys(c for c in r if c)) for r in rows[:header] if any(r))
            table = tuple(TableRow(cells, number) for number, cells in zip(numbers, rows, strict=True))
            notes = ()
            if hidden_chars:
                notes = (f"hidden rows or columns of sheet {sheet_name!r} not read: {hidden_chars:,} characters "
                         "(--include-hidden reads them)",)
            return TableDocument(name, (table,), (*paragraphs, sheet_name), fmt, notes)
    sheets = len(workbook.sheet_names)
    hidden = f"; {skipped[1]} hidden sheet{'s' * (skipped[1] != 1)} not read (--include-hidden reads them)" \
        if skipped[1] else ""
    raise InputError(name, f"is {describe(fmt)} with no sheet holding a 服务项目 column "
                           f"({sheets} sheet{'s' * (sheets != 1)} looked at{hidden})")


class _Bytes:
    """A read-only file object over bytes (calamine wants read/seek)."""

    def __init__(self, data: bytes) -> None:
        import io

        self._f = io.BytesIO(data)
        self.read, self.seek, self.tell = self._f.read, self._f.seek, self._f.tell


def _short(e: Exception) -> str:
    return " ".join(str(e).split())[:120]


def _header_index(rows, is_header_row) -> int | None:
    for index, cells in enumerate(rows[:50]):
        if is_header_row(cells):
            return index
    return None


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, _dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _rows(sheet, name: str, fmt: str, limits: ReadLimits, facts: SheetFacts
          ) -> tuple[list[tuple[str, ...]], list[int], int]:
    """The sheet's rows (hidden rows and columns left out unless limits.include_hidden), each row's
    1-based number in the sheet, and how many characters the hidden cells held."""
    _check_size(sheet, name, fmt, limits)
    grid = _grid(sheet, name, fmt, limits)
    # calamine's rows start at the sheet's first used cell; merged ranges are absolute
    top, left = sheet.start if sheet.start else (0, 0)
    _fill_merged(grid, sheet.merged_cell_ranges or [], top, left, limits)
    full = max((len(r) for r in grid), default=0)
    numbers = [1 + index for index in range(len(grid))]  # a row counted in the sheet's used range
    padded = [r + [""] * (full - len(r)) for r in grid]
    if limits.include_hidden or not (facts.hidden_rows or facts.hidden_columns or facts.hidden_column_ranges):
        return [tuple(r) for r in padded], numbers, 0
    return _without_hidden(padded, numbers, facts, top, left, full)


def _check_size(sheet, name: str, fmt: str, limits: ReadLimits) -> None:
    height, width = sheet.total_height, sheet.total_width
    if height > limits.max_rows:
        raise InputError(name, f"is {describe(fmt)} whose sheet {sheet.name!r} has {height} rows "
                               f"(limit {limits.max_rows})")
    if width > limits.max_columns:
        raise InputError(name, f"is {describe(fmt)} whose sheet {sheet.name!r} has {width} columns "
                               f"(limit {limits.max_columns})")


def _grid(sheet, name: str, fmt: str, limits: ReadLimits) -> list[list[str]]:
    """The sheet's cells as text, row by row, from its first used cell."""
    grid: list[list[str]] = []
    for values in sheet.iter_rows():
        cells = [_text(v) for v in values]
        for text in cells:
            if len(text) > limits.max_cell_chars:
                raise InputError(name, f"is {describe(fmt)} with a cell of {len(text)} characters "
                                       f"(limit {limits.max_cell_chars})")
        grid.append(cells)
    return grid


def _fill_merged(grid: list[list[str]], ranges, top: int, left: int, limits: ReadLimits) -> None:
    """A vertically merged range's empty cells take the text of its first cell (spans clipped to
    limits.max_span); `top`, `left`: where the grid starts in the sheet."""
    for (r0, c0), (r1, c1) in ranges:
        if r1 - r0 + 1 > limits.max_span or c1 - c0 + 1 > limits.max_span:
            r1, c1 = min(r1, r0 + limits.max_span - 1), min(c1, c0 + limits.max_span - 1)
        r0, r1, c0, c1 = r0 - top, r1 - top, c0 - left, c1 - left
        if not (0 <= r0 < len(grid)) or c0 < 0:
            continue
        text = grid[r0][c0] if c0 < len(grid[r0]) else ""
        for r in range(r0 + 1, min(r1, len(grid) - 1) + 1):
            if c0 < len(grid[r]) and not grid[r][c0]:
                grid[r][c0] = text


def _without_hidden(padded: list[list[str]], numbers: list[int], facts: SheetFacts, top: int, left: int,
                    full: int) -> tuple[list[tuple[str, ...]], list[int], int]:
    """The rows and columns the sheet hides left out, and how many characters they held."""
    hidden_columns = {c for c in range(full) if facts.column_hidden(left + c)}
    kept_rows, kept_numbers, hidden_chars = [], [], 0
    for number, cells in zip(numbers, padded, strict=True):
        if top + number - 1 in facts.hidden_rows:
            hidden_chars += sum(len(c) for c in cells)
            continue
        hidden_chars += sum(len(cells[c]) for c in hidden_columns)
        kept_rows.append(tuple(c for index, c in enumerate(cells) if index not in hidden_columns))
        kept_numbers.append(number)
    return kept_rows, kept_numbers, hidden_chars
