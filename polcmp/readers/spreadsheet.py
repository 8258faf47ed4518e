"""Spreadsheets: .xlsx/.xlsm, .xls (and WPS .et) and .ods, all through python-calamine (one Rust wheel,
~2 ms to import; openpyxl takes ~400 ms and its read-only mode loses merged cells).

The sheet that holds the list is the first whose rows include a header with 服务项目; title rows above
the header and note rows below it are kept as rows (the parser skips them). A merged range's text
stands in its first column; a vertically merged range repeats it down, as Word's merged cells read."""

from __future__ import annotations

import datetime as _dt

from ..model import InputError
from .detect import describe
from .document import TableDocument, TableRow
from .files import check_zip_expansion, open_zip
from .limits import ReadLimits


def read(data: bytes, path, name: str, fmt: str, limits: ReadLimits) -> TableDocument:
    import python_calamine as pc

    if fmt in ("xlsx", "ods"):  # calamine trusts a zip's declared sizes: check what really comes out
        check_zip_expansion(open_zip(data, name, fmt, limits), name, fmt, limits)
    try:
        workbook = pc.CalamineWorkbook.from_filelike(_Bytes(data))
    except pc.PasswordError:
        raise InputError(name, f"is a password-protected {describe(fmt)[2:].lstrip('n ')}; save it without a "
                               "password first") from None
    except (pc.CalamineError, pc.ZipError, pc.XmlError) as e:
        raise InputError(name, f"is {describe(fmt)} but damaged or truncated ({type(e).__name__}: "
                               f"{_short(e)})") from None
    from ..parse import header_field

    for sheet_name in workbook.sheet_names:
        try:
            sheet = workbook.get_sheet_by_name(sheet_name)
        except Exception as e:  # noqa: BLE001 - calamine raises its own classes on damaged sheets
            raise InputError(name, f"is {describe(fmt)} whose sheet {sheet_name!r} cannot be read "
                                   f"({type(e).__name__}: {_short(e)})") from None
        rows = _rows(sheet, name, fmt, limits)
        header = _header_index(rows, header_field)
        if header is not None:
            paragraphs = tuple(" ".join(dict.fromkeys(c for c in r if c)) for r in rows[:header] if any(r))
            table = tuple(TableRow(cells, number) for number, cells in enumerate(rows, 1))
            return TableDocument(name, (table,), (*paragraphs, sheet_name), fmt)
    sheets = len(workbook.sheet_names)
    raise InputError(name, f"is {describe(fmt)} with no sheet holding a 服务项目 column "
                           f"({sheets} sheet{'s' * (sheets != 1)} looked at)")


class _Bytes:
    """A read-only file object over bytes (calamine wants read/seek)."""

    def __init__(self, data: bytes) -> None:
        import io

        self._f = io.BytesIO(data)
        self.read, self.seek, self.tell = self._f.read, self._f.seek, self._f.tell


def _short(e: Exception) -> str:
    return " ".join(str(e).split())[:120]


def _header_index(rows, header_field) -> int | None:
    for index, cells in enumerate(rows[:50]):
        fields = [header_field(c) for c in cells if c]
        if "service" in fields and sum(f is not None for f in fields) >= 3:
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


def _rows(sheet, name: str, fmt: str, limits: ReadLimits) -> list[tuple[str, ...]]:
    height, width = sheet.total_height, sheet.total_width
    if height > limits.max_rows:
        raise InputError(name, f"is {describe(fmt)} whose sheet {sheet.name!r} has {height} rows "
                               f"(limit {limits.max_rows})")
    if width > limits.max_columns:
        raise InputError(name, f"is {describe(fmt)} whose sheet {sheet.name!r} has {width} columns "
                               f"(limit {limits.max_columns})")
    grid: list[list[str]] = []
    for values in sheet.iter_rows():
        cells = [_text(v) for v in values]
        for text in cells:
            if len(text) > limits.max_cell_chars:
                raise InputError(name, f"is {describe(fmt)} with a cell of {len(text)} characters "
                                       f"(limit {limits.max_cell_chars})")
        grid.append(cells)
    # calamine's rows start at the sheet's first used cell; merged ranges are absolute
    top, left = sheet.start if sheet.start else (0, 0)
    ranges = sheet.merged_cell_ranges or []
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
    full = max((len(r) for r in grid), default=0)
    return [tuple(r + [""] * (full - len(r))) for r in grid]
