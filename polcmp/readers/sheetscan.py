"""What a spreadsheet's XML says before any library builds a grid from it: the extent of the cells
that hold a value (streamed, so a cell at XFD1048576 is seen without allocating the 16,384 x 1,048,576
grid python-calamine would build, and abort on), and which rows, columns and sheets are hidden.

calamine builds a sheet as one dense range from its first to its last cell holding a value: the extent
checked here is that range's height and width."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import InputError
from .detect import describe
from .limits import ReadLimits

_MAX_REPEAT = 1 << 31


@dataclass
class SheetFacts:
    """One sheet: hidden rows and columns (0-based, as calamine counts) and whether it is hidden."""

    hidden: bool = False
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    hidden_column_ranges: list[tuple[int, int]] = field(default_factory=list)

    def column_hidden(self, column: int) -> bool:
        return column in self.hidden_columns or any(a <= column <= b for a, b in self.hidden_column_ranges)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(el, local: str) -> str | None:
    for key, value in el.attrib.items():
        if key == local or key.endswith("}" + local):
            return value
    return None


def _zero(value: str | None) -> bool:
    """A row height or column width of 0: as hidden as the hidden attribute."""
    try:
        return value is not None and float(value) == 0.0
    except ValueError:
        return False


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _cell_ref(ref: str) -> tuple[int, int] | None:
    """'XFD1048576' -> (row, column), 0-based; None when it is not a cell reference."""
    ref = ref.strip().upper().replace("$", "")
    i = 0
    while i < len(ref) and "A" <= ref[i] <= "Z":
        i += 1
    letters, digits = ref[:i], ref[i:]
    if not letters or len(letters) > 7 or not digits.isdigit() or len(digits) > 12:
        return None
    return int(digits) - 1, _column_number(letters)


def _refuse(name: str, fmt: str, sheet: str, rows: int, columns: int, limits: ReadLimits) -> None:
    if rows > limits.max_rows:
        raise InputError(name, f"is {describe(fmt)} whose sheet {sheet!r} spans {rows:,} rows "
                               f"(limit {limits.max_rows:,})")
    if columns > limits.max_columns:
        raise InputError(name, f"is {describe(fmt)} whose sheet {sheet!r} spans {columns:,} columns "
                               f"(limit {limits.max_columns:,})")


def _parser(stream, tags=None):
    from lxml import etree

    return etree.iterparse(stream, events=("start", "end"), tag=tags, resolve_entities=False, no_network=True,
                           load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)


def xlsx_facts(zf, name: str, fmt: str, limits: ReadLimits) -> dict[str, SheetFacts]:
    """Every worksheet of an .xlsx streamed once: refused when the cells holding a value span more rows
    or columns than the limits; the hidden sheets, rows and columns of each, by sheet name."""
    from lxml import etree

    paths = _xlsx_sheet_paths(zf)
    members = [n for n in zf.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
    by_path = {path: (sheet, hidden) for sheet, path, hidden in paths}
    facts: dict[str, SheetFacts] = {}
    for member in members:
        sheet, hidden = by_path.get(member, (member.rsplit("/", 1)[-1], False))
        scan = _XlsxSheetScan(SheetFacts(hidden=hidden), lambda rows, columns, sheet=sheet: _refuse(
            name, fmt, sheet, rows, columns, limits), limits)
        try:
            with zf.open(member) as stream:
                for event, el in _parser(stream, ("{*}row", "{*}c", "{*}col")):
                    scan.event(event, el)
        except etree.XMLSyntaxError as e:
            raise InputError(name, f"is {describe(fmt)} but damaged: its {member} is not valid XML "
                                   f"({' '.join(str(e).split())[:120]})") from None
        facts[sheet] = scan.facts
    return facts


class _XlsxSheetScan:
    """One worksheet's elements as they stream by: where its valued cells lie (refused past the limits
    through `refuse(rows, columns)`), and its hidden rows and columns."""

    def __init__(self, facts: SheetFacts, refuse, limits: ReadLimits) -> None:
        self.facts, self.refuse, self.limits = facts, refuse, limits
        self.top: int | None = None
        self.left: int | None = None
        self.bottom = self.right = self.row = self.column = -1

    def event(self, event: str, el) -> None:
        tag = el.tag[el.tag.rfind("}") + 1:]  # SpreadsheetML's attributes have no namespace
        if event == "start":
            if tag == "row":
                self._row(el)
            elif tag == "col" and (el.get("hidden") in ("1", "true") or _zero(el.get("width"))):
                self._hidden_columns(el)
        elif tag == "c":
            self._cell(el)
            el.clear()
        elif tag == "row":
            el.clear()
            while el.getprevious() is not None:  # rows already seen are never needed again
                del el.getparent()[0]

    def _row(self, el) -> None:
        r = (el.get("r") or "").strip()
        self.row = int(r) - 1 if r.isdigit() and len(r) <= 12 else self.row + 1
        self.column = -1
        if el.get("hidden") in ("1", "true") or _zero(el.get("ht")):
            self.facts.hidden_rows.add(self.row)  # hidden, or shrunk to no height

    def _hidden_columns(self, el) -> None:
        lo, hi = el.get("min") or "", el.get("max") or ""
        if lo.isdigit() and hi.isdigit() and len(lo) <= 12 and len(hi) <= 12:
            self.facts.hidden_column_ranges.append((int(lo) - 1, int(hi) - 1))

    def _cell(self, el) -> None:
        ref = _cell_ref(el.get("r") or "")
        if ref is not None:
            self.row, self.column = ref
        else:
            self.column += 1
        if not any(child.tag.endswith(("}v", "}is")) for child in el if isinstance(child.tag, str)):
            return
        r0 = max(self.row, 0)
        self.top = r0 if self.top is None else min(self.top, r0)
        self.left = self.column if self.left is None else min(self.left, self.column)
        self.bottom, self.right = max(self.bottom, r0), max(self.right, self.column)
        if self.bottom - self.top >= self.limits.max_rows or self.right - self.left >= self.limits.max_columns:
            self.refuse(self.bottom - self.top + 1, self.right - self.left + 1)


def _xlsx_sheet_paths(zf) -> list[tuple[str, str, bool]]:
    """(sheet name, member path, hidden) from xl/workbook.xml and its relationships; [] when unreadable."""
    import posixpath

    from lxml import etree

    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        with zf.open("xl/workbook.xml") as f:
            workbook = etree.fromstring(f.read(16 * 1024 * 1024), parser)
        with zf.open("xl/_rels/workbook.xml.rels") as f:
            rels = etree.fromstring(f.read(16 * 1024 * 1024), parser)
    except Exception:  # noqa: BLE001 - without the map every worksheet is still checked, by member name
        return []
    targets = {}
    for rel in rels.iter():
        if _local(rel.tag) == "Relationship" and rel.get("Id") and rel.get("Target"):
            target = rel.get("Target")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            targets[rel.get("Id")] = path
    out = []
    for sheet in workbook.iter():
        if _local(sheet.tag) != "sheet":
            continue
        rid = _attr(sheet, "id")
        if rid in targets:
            out.append((sheet.get("name", ""), targets[rid], sheet.get("state", "visible") != "visible"))
    return out


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def ods_facts(zf, name: str, fmt: str, limits: ReadLimits) -> dict[str, SheetFacts]:
    """content.xml of an .ods streamed once: repeated rows and cells (number-rows-repeated,
    number-columns-repeated) counted without being expanded; refused when the cells holding a value
    span more than the limits; hidden (collapsed or filtered) rows and columns by sheet name."""
    from lxml import etree

    scan = _OdsScan(lambda sheet, rows, columns: _refuse(name, fmt, sheet, rows, columns, limits), limits)
    try:
        with zf.open("content.xml") as stream:
            for event, el in _parser(stream):
                scan.event(event, el)
    except KeyError:
        return scan.facts
    except etree.XMLSyntaxError as e:
        raise InputError(name, f"is {describe(fmt)} but damaged: its content.xml is not valid XML "
                               f"({' '.join(str(e).split())[:120]})") from None
    return scan.facts


class _OdsScan:
    """content.xml's elements as they stream by: per table (sheet), where its valued cells lie (refused
    past the limits through `refuse(sheet, rows, columns)`), and its hidden rows and columns."""

    def __init__(self, refuse, limits: ReadLimits) -> None:
        self.refuse, self.limits = refuse, limits
        self.facts: dict[str, SheetFacts] = {}
        self.one: SheetFacts | None = None
        self.sheet = ""
        self.top: int | None = None
        self.left: int | None = None
        self.bottom = self.right = self.row = self.column = self.definition = -1
        self.repeat_rows = 1

    def event(self, event: str, el) -> None:
        tag = _local(el.tag)
        if event == "start":
            self._start(tag, el)
        elif tag in ("table-cell", "covered-table-cell") and self.one is not None:
            self._cell(el)
            el.clear()
        elif tag == "table-row" and self.one is not None:
            self.row += self.repeat_rows - 1
            self.repeat_rows = 1
            el.clear()
            while el.getprevious() is not None:
                del el.getparent()[0]

    def _start(self, tag: str, el) -> None:
        if tag == "table" and el.tag == f"{{{_TABLE}}}table":
            self.sheet = el.get(f"{{{_TABLE}}}name", "")
            self.one = self.facts.setdefault(self.sheet, SheetFacts())
            self.top = self.left = None
            self.bottom = self.right = self.row = self.definition = -1
        elif tag == "table-column" and self.one is not None:
            count = _repeat(el.get(f"{{{_TABLE}}}number-columns-repeated"))
            if el.get(f"{{{_TABLE}}}visibility", "visible") != "visible":
                self.one.hidden_column_ranges.append((self.definition + 1, self.definition + count))
            self.definition += count
        elif tag == "table-row" and self.one is not None:
            self.repeat_rows = _repeat(el.get(f"{{{_TABLE}}}number-rows-repeated"))
            self.row += 1
            self.column = -1
            if el.get(f"{{{_TABLE}}}visibility", "visible") != "visible":
                self.one.hidden_rows.update(range(self.row, self.row + min(self.repeat_rows, self.limits.max_rows + 1)))

    def _cell(self, el) -> None:
        count = _repeat(el.get(f"{{{_TABLE}}}number-columns-repeated"))
        first = self.column + 1
        self.column += count
        valued = any(k.endswith("}value-type") for k in el.attrib) or any(
            (child.text or "").strip() or len(child) for child in el)
        if not valued:
            return
        self.top = self.row if self.top is None else min(self.top, self.row)
        self.left = first if self.left is None else min(self.left, first)
        self.bottom, self.right = max(self.bottom, self.row + self.repeat_rows - 1), max(self.right, self.column)
        self.refuse(self.sheet, self.bottom - self.top + 1, self.right - self.left + 1)


def _repeat(value: str | None) -> int:
    value = (value or "1").strip()
    if not value.isdigit() or len(value) > 10:
        return 1
    return max(1, min(int(value), _MAX_REPEAT))
