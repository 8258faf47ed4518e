"""Word .docx: the tables (and the paragraphs outside them) read from word/document.xml directly.

python-docx's `row.cells` loses rows that end early (w:gridAfter), reads tracked insertions, content
controls and smart tags as empty, raises on a vertical merge that starts in the first row or on a
non-integer gridSpan, recurses over long vertical merges and allocates every spanned column of a
gridSpan of 2,000,000,000. This walk is iterative and bounded instead:

- rows are padded to the table's grid (w:gridBefore / w:gridAfter / missing cells), never dropped;
- a horizontally merged cell's text is in its first column only (the others are empty);
- a vertical continuation (w:vMerge without "restart") repeats the text above, as python-docx does;
  one with nothing above (in the first row) keeps its own text, as Word shows it;
- text inside w:ins, w:sdt, w:fldSimple, w:smartTag, w:customXml and w:hyperlink is read; w:del,
  w:moveFrom and field instructions are not; Fallback copies of text boxes are skipped;
- hidden text (a run whose properties set w:vanish or w:specVanish, a row with w:trPr/w:hidden) is not
  read, since Word does not show or print it; a note counts it, and `limits.include_hidden` reads it.
"""

from __future__ import annotations

from ..model import InputError
from .detect import describe
from .document import TableDocument, TableRow
from .files import open_zip, read_member
from .limits import ReadLimits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CONTAINERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"}
_SKIP = {W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "pPr", W + "rPr", W + "tblPr",
         W + "trPr", W + "tcPr", W + "sdtPr", W + "sdtEndPr", _MC_FALLBACK, W + "tbl"}
_TEXT = {W + "t": None, W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-",
         W + "softHyphen": "", W + "ptab": "\t"}


def read(data: bytes, path, name: str, fmt: str, limits: ReadLimits) -> TableDocument:
    return read_docx_bytes(data, name, limits)


def read_docx_bytes(data: bytes, name: str, limits: ReadLimits, fmt: str = "docx") -> TableDocument:
    from lxml import etree  # comes with python-docx

    zf = open_zip(data, name, fmt, limits)
    member = _main_part(zf)
    xml = read_member(zf, member, name, fmt, limits)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as e:
        raise InputError(name, f"is {describe(fmt)} but damaged: not a valid .docx ({_short(e)})") from None
    body = root.find(W + "body")
    if body is None:
        raise InputError(name, f"is {describe(fmt)} but not a valid .docx (no document body)")
    hidden = _Hidden(limits.include_hidden)
    if not limits.include_hidden and "word/styles.xml" in zf.namelist():
        hidden.styles = _hidden_styles(read_member(zf, "word/styles.xml", name, fmt, limits), parser)
    # nothing can be hidden without these words in the XML: the checks per run are skipped
    hidden.include = hidden.include or not (hidden.styles or b"anish" in xml or b":hidden" in xml)
    document = _walk(body, name, fmt, limits, hidden)
    if hidden.chars:
        from dataclasses import replace

        note = (f"hidden text not read: {hidden.chars:,} characters that Word does not show (w:vanish)"
                " (--include-hidden reads them)")
        document = replace(document, notes=(*document.notes, note))
    return document


def _hidden_styles(xml: bytes, parser) -> frozenset[str]:
    """Ids of the styles (character or paragraph) whose run properties hide text; {} when unreadable."""
    if b"anish" not in xml:  # vanish, specVanish: most documents' styles hide nothing, and parsing costs
        return frozenset()
    from lxml import etree

    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        return frozenset()
    out = set()
    for style in root.iter(W + "style"):
        props = style.find(W + "rPr")
        if props is not None and any(_on(props.find(W + tag)) for tag in ("vanish", "specVanish")):
            out.add(style.get(W + "styleId", ""))
    return frozenset(out)


class _Hidden:
    """Whether hidden runs are read, and how many characters were left out. A run is hidden by its own
    w:vanish/w:specVanish, else by its character style's or its paragraph style's (word/styles.xml)."""

    def __init__(self, include: bool) -> None:
        self.include = include
        self.chars = 0
        self.styles: frozenset[str] = frozenset()
        self.paragraph_hidden = False  # set by _paragraph_text for the paragraph being read

    def paragraph(self, p) -> None:
        if self.include or not self.styles:
            self.paragraph_hidden = False
            return
        props = p.find(W + "pPr")
        style = props.find(W + "pStyle") if props is not None else None
        self.paragraph_hidden = bool(self.styles) and style is not None and style.get(W + "val") in self.styles

    def run_hidden(self, run) -> bool:
        if self.include:
            return False
        props = run.find(W + "rPr")
        own = [props.find(W + tag) for tag in ("vanish", "specVanish")] if props is not None else []
        if any(el is not None for el in own):
            hidden = any(_on(el) for el in own)  # the run's own setting wins over its styles
        else:
            style = props.find(W + "rStyle") if props is not None else None
            hidden = self.paragraph_hidden or (style is not None and style.get(W + "val") in self.styles)
        if not hidden:
            return False
        self.chars += sum(len(t.text or "") for t in run.iter(W + "t"))
        return True

    def row_hidden(self, tr) -> bool:
        if self.include:
            return False
        props = tr.find(W + "trPr")
        if props is None or not _on(props.find(W + "hidden")):
            return False
        self.chars += sum(len(t.text or "") for t in tr.iter(W + "t"))
        return True


def _on(el) -> bool:
    """A toggle property that is present and not switched off (w:val="0"/"false"/"off")."""
    return el is not None and el.get(W + "val", "true").strip().lower() not in ("0", "false", "off")


def _main_part(zf) -> str:
    """word/document.xml, or whatever [Content_Types].xml names as the main document."""
    names = set(zf.namelist())
    if "word/document.xml" in names:
        return "word/document.xml"
    for candidate in names:
        if candidate.startswith("word/document") and candidate.endswith(".xml"):
            return candidate
    return "word/document.xml"


def _short(e: Exception) -> str:
    return " ".join(str(e).split())[:120]


def _walk(body, name: str, fmt: str, limits: ReadLimits, hidden: _Hidden | None = None) -> TableDocument:
    """Body paragraphs and tables in document order, entering content controls without recursion.
    Tables nested in a cell are read as tables of their own, after the one that holds them."""
    hidden = hidden or _Hidden(True)
    tables: list[tuple[TableRow, ...]] = []
    paragraphs: list[str] = []
    counter = [0]
    stack = list(reversed(body))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == W + "p":
            text = _paragraph_text(el, hidden)
            if text.strip():
                paragraphs.append(text)
        elif tag == W + "tbl":
            pending = [el]
            while pending:
                rows, nested = _table(pending.pop(0), name, fmt, limits, counter, hidden)
                tables.append(rows)
                pending.extend(nested)
        elif tag in _CONTAINERS:
            stack.extend(reversed(el))
    return TableDocument(name, tuple(tables), tuple(paragraphs), fmt)


def _children(el, tag: str):
    """Children with `tag`, looking through content controls and custom XML around them."""
    stack = list(reversed(el))
    while stack:
        child = stack.pop()
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            stack.extend(reversed(child))


def _int_val(el, default: int) -> int:
    if el is None:
        return default
    value = el.get(W + "val", "").strip()
    # an integer as Word writes it; anything else ("x", "2.5", "1e400", 5,000 digits) is the default
    if not value.lstrip("+-").isdigit() or len(value) > 12:
        return default
    return int(value)


def _table(tbl, name, fmt, limits: ReadLimits, counter, hidden: _Hidden) -> tuple[tuple[TableRow, ...], list]:
    reader = _TableReader(name, fmt, limits, hidden, _grid_width(tbl, name, fmt, limits))
    raw_rows: list[list[str]] = []
    for tr in _children(tbl, W + "tr"):
        if hidden.row_hidden(tr):
            continue
        counter[0] += 1
        if counter[0] > limits.max_rows:
            raise InputError(name, f"is {describe(fmt)} with more than {limits.max_rows} table rows (the limit)")
        raw_rows.append(reader.row(tr))
    # pad every row to the grid: a row that ends early (w:gridAfter) keeps its cells
    full = max([reader.width, *(len(r) for r in raw_rows)]) if raw_rows else reader.width
    first = counter[0] - len(raw_rows) + 1
    rows = [TableRow(tuple(cells + [""] * (full - len(cells))), first + offset) for offset, cells in enumerate(raw_rows)]
    return tuple(rows), reader.nested


def _grid_width(tbl, name, fmt, limits: ReadLimits) -> int:
    """The columns of the table's grid (w:tblGrid), 0 when it declares none."""
    grid = tbl.find(W + "tblGrid")
    width = len(grid.findall(W + "gridCol")) if grid is not None else 0
    if width > limits.max_columns:
        raise InputError(name, f"is {describe(fmt)} with a table of {width} columns (limit {limits.max_columns})")
    return width


class _TableReader:
    """The rows of one Word table, one after another: spans padded with empty cells, a vertically merged
    cell given the text of the cell above, nested tables collected for later."""

    def __init__(self, name, fmt, limits: ReadLimits, hidden: _Hidden, width: int) -> None:
        self.name, self.fmt, self.limits, self.hidden, self.width = name, fmt, limits, hidden, width
        self.above: dict[int, str] = {}  # column -> text of the cell above, for vertical continuations
        self.nested: list = []

    def row(self, tr) -> list[str]:
        limits = self.limits
        trpr = tr.find(W + "trPr")
        before = _int_val(trpr.find(W + "gridBefore"), 0) if trpr is not None else 0
        cells: list[str] = [""] * max(0, min(before, self.width or limits.max_columns))
        for tc in _children(tr, W + "tc"):
            tcpr = tc.find(W + "tcPr")
            span = self._span(tcpr, len(cells))
            column = len(cells)
            text = self._text(tc, tcpr, column)
            self.nested.extend(_children(tc, W + "tbl"))
            cells.append(text)
            cells.extend([""] * (span - 1))
            for c in range(column, column + span):
                self.above[c] = text if c == column else ""
            if len(cells) > limits.max_columns:
                raise InputError(self.name, f"is {describe(self.fmt)} with a row of more than {limits.max_columns} "
                                 "columns (limit)")
        return cells

    def _span(self, tcpr, filled: int) -> int:
        """The columns a cell spans (w:gridSpan), clipped to the grid as Word does."""
        span = max(1, _int_val(tcpr.find(W + "gridSpan"), 1) if tcpr is not None else 1)
        room = (self.width or self.limits.max_columns) - filled
        if span > room:
            if not self.width and span > self.limits.max_span:
                raise InputError(self.name, f"is {describe(self.fmt)} with a cell spanning {span} columns "
                                 f"(limit {self.limits.max_span})")
            span = max(1, room)  # Word clips a span to the grid
        return span

    def _text(self, tc, tcpr, column: int) -> str:
        """A cell's text; a vertical continuation (w:vMerge) repeats the text of the cell above it."""
        vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
        if vmerge is not None and vmerge.get(W + "val", "continue") != "restart" and column in self.above:
            return self.above[column]
        # a continuation with no cell above it (the first row) shows its own text, as Word does
        text = "\n".join(_paragraph_text(p, self.hidden) for p in _children(tc, W + "p"))
        if len(text) > self.limits.max_cell_chars:
            raise InputError(self.name, f"is {describe(self.fmt)} with a cell of {len(text)} characters "
                             f"(limit {self.limits.max_cell_chars})")
        return text


def _paragraph_text(p, hidden: _Hidden | None = None) -> str:
    """The visible text of a paragraph: runs, insertions, fields' results, content controls; not
    deletions, field instructions or the fallback copy of a text box."""
    parts: list[str] = []
    if hidden is not None:
        hidden.paragraph(p)
    stack = list(reversed(p))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "r" and hidden is not None and hidden.run_hidden(el):
            continue
        if tag in _TEXT:
            value = _TEXT[tag]
            parts.append(el.text or "" if value is None else value)
            continue
        stack.extend(reversed(el))
    return "".join(parts)
