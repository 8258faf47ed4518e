"""A saved government web page: the list's <table> found among layout tables by its header words,
rowspan/colspan expanded, site chrome (navigation, footer, scripts) ignored.

lxml's HTML parser (it comes with python-docx) never touches the network and resolves no external
entities; nesting deeper than libxml2's 256 levels is an error rather than a silently cut page. The
walk over elements is iterative. A cell's <br>, <p> and <div> become line breaks; other whitespace
collapses as a browser shows it.

What a browser does not show is not read: elements with the `hidden` attribute, an inline style of
display:none or visibility:hidden, or a class, id or tag that a simple <style> rule hides (government
sites scatter hidden spans as anti-copy noise). A note says how many characters were skipped;
`limits.include_hidden` reads them."""

from __future__ import annotations

import re

from ..headers import is_header_row
from ..model import InputError
from ..regexcache import compiled
from .detect import describe
from .document import TableDocument, TableRow
from .limits import ReadLimits
from .text import decode

_META_CHARSET = compiled(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_XML_DECL = compiled(r"^\s*<\?xml[^>]*>", re.I)
_SPACE = compiled(r"[ \t\r\n\f\u3000]+")
_BREAKS = {"br", "p", "div", "li", "tr"}
_SKIP = {"script", "style", "noscript", "template", "head"}


def read(data: bytes, path, name: str, fmt: str, limits: ReadLimits) -> TableDocument:
    text, notes = _decode(data, name, limits)
    root = _parse(text, name, fmt, limits)
    hider = _Hider(root, limits.include_hidden)
    candidates = []
    for table in root.iter("table"):
        if hider.hides_any(table):
            continue
        rows = _own_rows(table, hider)
        header = _header_at(rows[:20], is_header_row, hider)
        if header is None or len(rows) <= header + 1:
            continue  # no header, or a header with nothing under it (a search form, a navigation bar)
        candidates.append((table, _grid(rows, name, fmt, limits, hider), len(rows) - header - 1))
    # the list is the table with the most rows under its header; others as wide continue it
    tables, chosen = _chosen(candidates, name, fmt, limits)
    if not tables:
        raise InputError(name, f"is {describe(fmt)} with no table holding a 服务项目/服务内容 header "
                               f"({sum(1 for _ in root.iter('table'))} tables looked at)")
    paragraphs = _paragraphs(root, chosen, hider)
    if hider.chars:
        notes = (*notes, f"hidden text not read: {hider.chars:,} characters in {hider.count:,} element"
                         f"{'s' * (hider.count != 1)} a browser does not show (--include-hidden reads them)")
    return TableDocument(name, tuple(tables), paragraphs, fmt, notes)


def _parse(text: str, name: str, fmt: str, limits: ReadLimits):
    """The page's element tree (lxml.html: imported only when a page is read, for start-up time)."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", text), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        raise InputError(name, f"is {describe(fmt)} that cannot be parsed ({e})") from None
    for error in parser.error_log:
        if "depth" in error.message.lower() or error.type_name == "ERR_RESOURCE_LIMIT":
            raise InputError(name, f"is {describe(fmt)} nested deeper than {limits.max_xml_depth} elements "
                                   "(a hostile or broken page)")
    return root


def _chosen(candidates: list, name: str, fmt: str, limits: ReadLimits) -> tuple[list, set]:
    """The tables as wide as the one with the most rows under its header, their rows numbered across
    them; and the table elements chosen."""
    best = max(candidates, key=lambda c: c[2], default=None)
    tables = []
    number = 0
    chosen = set()
    for table, grid, _ in candidates:
        if len(grid[0]) != len(best[1][0]):
            continue
        built = []
        for cells in grid:
            number += 1
            if number > limits.max_rows:
                raise InputError(name, f"is {describe(fmt)} with more than {limits.max_rows} table rows")
            built.append(TableRow(tuple(cells), number))
        tables.append(tuple(built))
        chosen.add(table)
    return tables, chosen


_HIDING = (compiled(r"display\s*:\s*none"), compiled(r"visibility\s*:\s*(?:hidden|collapse)"))
_SIMPLE_SELECTOR = compiled(r"([a-z][a-z0-9]*)?(?:([.#])([\w-]+))?")


class _Hider:
    """Which elements a browser hides: the hidden attribute, an inline style, or a simple <style> rule
    (.class, #id, tag, tag.class) that sets display:none or visibility:hidden. Counts what it hid."""

    def __init__(self, root, include: bool) -> None:
        self.include = include
        self.classes: set[str] = set()
        self.ids: set[str] = set()
        self.tags: set[str] = set()
        self.tag_classes: set[tuple[str, str]] = set()
        self.chars = 0
        self.count = 0
        self._counted: set = set()
        if include:
            return
        for style in root.iter("style"):
            self._rules("".join(style.itertext())[:1_000_000].lower())

    def _rules(self, css: str) -> None:
        for block in css.split("}"):
            if "{" not in block:
                continue
            selectors, declarations = block.rsplit("{", 1)
            if not any(p.search(declarations) for p in _HIDING):
                continue
            for selector in selectors.split(","):
                selector = selector.strip()
                found = _SIMPLE_SELECTOR.fullmatch(selector) if len(selector) < 200 else None
                if not found or not selector:
                    continue  # a descendant or attribute selector: not judged
                tag, kind, word = found.groups()
                if kind == "." and tag:
                    self.tag_classes.add((tag, word))
                elif kind == ".":
                    self.classes.add(word)
                elif kind == "#":
                    self.ids.add(word)
                elif tag:
                    self.tags.add(tag)

    def hidden(self, el) -> bool:
        """Whether el is hidden (its own attributes or a rule; an ancestor's is judged on the ancestor)."""
        if self.include or not isinstance(el.tag, str):
            return False
        if el.get("hidden") is not None:
            return self._count(el)
        style = el.get("style")
        if style and any(p.search(style.lower()) for p in _HIDING):
            return self._count(el)
        return self._count(el) if self._by_rule(el) else False

    def _by_rule(self, el) -> bool:
        """A <style> rule hides el: by its tag, id, class or tag.class."""
        tag = el.tag.lower()
        if tag in self.tags or (el.get("id") or "").strip() in self.ids:
            return True
        if self.classes or self.tag_classes:
            classes = (el.get("class") or "").split()
            return any(c in self.classes or (tag, c) in self.tag_classes for c in classes)
        return False

    def hides_any(self, el) -> bool:
        """el or one of its ancestors hidden."""
        if self.include:
            return False
        return self.hidden(el) or any(self.hidden(a) for a in el.iterancestors())

    def _count(self, el) -> bool:
        if el not in self._counted:
            self._counted.add(el)
            self.count += 1
            self.chars += sum(len(t.strip()) for t in el.itertext())
        return True


def _decode(data: bytes, name: str, limits: ReadLimits) -> tuple[str, tuple[str, ...]]:
    """The page as text: a BOM, else its <meta charset> (gb2312 read as its superset GB18030), else the
    text reader's detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        meta = _META_CHARSET.search(data[:4096])
        if meta:
            charset = meta.group(1).decode("ascii").lower()
            if charset in ("gb2312", "gbk", "gb_2312-80", "x-gbk"):
                charset = "gb18030"
            try:
                return data.decode(charset), ()
            except (LookupError, UnicodeDecodeError):
                pass
    text, _, notes = decode(data, name, limits, what="a web page")
    return text, notes


def _own_rows(table, hider: _Hider | None = None) -> list:
    """The <tr> of this table, not of tables nested in its cells (nor hidden ones)."""
    rows = []
    stack = list(reversed(table))
    while stack:
        el = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if hider is not None and tag and hider.hidden(el):
            continue
        if tag == "tr":
            rows.append(el)
        elif tag in ("thead", "tbody", "tfoot"):
            stack.extend(reversed(el))
    return rows


def _cells(tr, hider: _Hider | None = None) -> list:
    return [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")
            and (hider is None or not hider.hidden(c))]


def _header_at(rows, is_header_row, hider: _Hider | None = None) -> int | None:
    for index, tr in enumerate(rows):
        if is_header_row([_cell_text(c, hider) for c in _cells(tr, hider)]):
            return index
    return None


def _span(cell, attribute: str, limits: ReadLimits) -> int:
    value = (cell.get(attribute) or "1").strip()
    digits = re.match(r"\d+", value)
    if not digits:
        return 1
    return max(1, min(int(digits.group()[:7]), limits.max_span))


def _grid(rows, name: str, fmt: str, limits: ReadLimits, hider: _Hider | None = None) -> list[list[str]]:
    """Expand rowspan (the text repeated down, as a merged Word cell reads) and colspan (text in the
    first column, the others empty)."""
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
    grid: list[list[str]] = []
    for tr in rows:
        out: list[str] = []
        cells = iter(_cells(tr, hider))
        cell = next(cells, None)
        while cell is not None or any(col >= len(out) for col in pending):
            column = len(out)
            if column in pending:
                out.append(_continued(pending, column))
                continue
            if cell is None:
                out.append("")
                continue
            _spread(_checked_text(cell, name, fmt, limits, hider), cell, out, pending, limits)
            if len(out) > limits.max_columns:
                raise InputError(name, f"is {describe(fmt)} with a table row of more than "
                                       f"{limits.max_columns} columns")
            cell = next(cells, None)
        grid.append(out)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


def _continued(pending: dict[int, tuple[str, int]], column: int) -> str:
    """The text a rowspan from above puts in this row's `column`; one row fewer still covered."""
    text, left = pending[column]
    if left <= 1:
        del pending[column]
    else:
        pending[column] = (text, left - 1)
    return text


def _checked_text(cell, name: str, fmt: str, limits: ReadLimits, hider: _Hider | None) -> str:
    text = _cell_text(cell, hider)
    if len(text) > limits.max_cell_chars:
        raise InputError(name, f"is {describe(fmt)} with a cell of {len(text)} characters "
                               f"(limit {limits.max_cell_chars})")
    return text


def _spread(text: str, cell, out: list[str], pending: dict[int, tuple[str, int]], limits: ReadLimits) -> None:
    """A cell's text in the next column and empty cells for the rest of its colspan; a rowspan covers
    the same columns of the rows below (the text repeated down its first column)."""
    column = len(out)
    colspan, rowspan = _span(cell, "colspan", limits), _span(cell, "rowspan", limits)
    for offset in range(colspan):
        out.append(text if offset == 0 else "")
        if rowspan > 1:
            pending[column + offset] = (text if offset == 0 else "", rowspan - 1)


def _cell_text(cell, hider: _Hider | None = None) -> str:
    """Text as shown: whitespace collapsed, <br>/<p>/<div> as line breaks, hidden elements left out."""
    parts: list[str] = []
    stack: list = [(cell, False)]
    while stack:
        el, tail_only = stack.pop()
        if tail_only:
            if el.tail:
                parts.append(_SPACE.sub(" ", el.tail))
            continue
        tag = el.tag if isinstance(el.tag, str) else ""
        if _unshown(el, tag, hider) and el is not cell:  # in this order: hidden() counts what it hides
            stack.append((el, True))
            continue
        if tag in _BREAKS and el is not cell:
            parts.append("\n")
        if el.text:
            parts.append(_SPACE.sub(" ", el.text))
        if el is not cell:
            stack.append((el, True))
        for child in reversed(el):
            stack.append((child, False))
    lines = [line.strip() for line in "".join(parts).replace("\xa0", " ").split("\n")]
    return "\n".join(line for line in lines if line)


def _unshown(el, tag: str, hider: _Hider | None) -> bool:
    """An element whose own text a browser never shows (script, style …, or hidden); its tail it does."""
    return tag in _SKIP or bool(hider is not None and tag and hider.hidden(el))


def _paragraphs(root, chosen, hider: _Hider | None = None) -> tuple[str, ...]:
    """Headings and paragraphs outside the chosen tables: the title is among them (h1 first)."""
    out: list[str] = []
    for tag in ("h1", "h2", "h3", "title"):
        for el in root.iter(tag):
            if tag != "title" and hider is not None and hider.hides_any(el):
                continue
            text = _cell_text(el, hider)
            if text:
                out.append(text)
    for el in root.iter("p"):
        if hider is not None and hider.hides_any(el):
            continue
        if not any(a in chosen for a in el.iterancestors("table")):
            text = _cell_text(el, hider)
            if text:
                out.append(text)
    return tuple(out)
