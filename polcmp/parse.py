"""Stage 2, parse: a read document -> canonical items. The layout is detected from the text itself.

Layouts:
  rows   one table row per line, cells separated by tabs (青岛, the national list)
  cells  one cell per line: Word's text extraction (a tab opens each cell, a blank line ends a row,
         wrapped lines continue the cell) or LibreOffice's export (no tabs, one line per cell,
         an empty line for an empty or merged cell)
  docx   the tables of a .docx
  plan   a prose 实施方案 with numbered measures （一）…（十一） under headings 一、…

Merged cells: a blank 服务领域 starts nothing new; a blank 服务对象 or 责任部门 continues the value of the
row above within the same 服务领域 (that is what a blank means in a table extracted from Word)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import InputError, Item, PolicyList, Provenance
from .normalize import Mappings, clean, join_wrapped, split_clauses, split_departments, to_simplified
from .readers import Document, TableDocument

FIELDS = ("domain", "seq", "target", "service", "content", "departments")
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "domain": ("服务领域", "服务类别", "领域", "类别", "服务类型", "服务分类"),
    "seq": ("序号", "编号"),
    "target": ("服务对象", "对象", "适用对象", "服务人群"),
    "service": ("服务项目", "项目", "服务事项", "项目名称", "服务名称"),
    "content": ("服务内容", "具体内容", "内容", "服务标准", "服务内容及标准"),
    "departments": ("责任部门", "责任单位", "牵头单位", "牵头部门", "主管部门", "实施部门", "责任主体"),
}
_HEADER_LOOKUP = {word: field for field, words in HEADER_WORDS.items() for word in words}
_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
_SECTION = re.compile(r"^([一二三四五六七八九十]{1,3})、(.+)$")
_MEASURE = re.compile(r"^（([一二三四五六七八九十]{1,3})）(.+)$")
_DEPT_TRAILER = re.compile(r"（([^（）]*?)(?:按照职责分工|分别|牵头)?负责）\s*$")
_INTEGER = re.compile(r"^\d{1,3}$")
_NOTE = re.compile(r"^\s*(注|备注|说明)\s*[：:1１]")


@dataclass(frozen=True)
class _Cell:
    text: str
    first: int
    last: int


@lru_cache(maxsize=4096)
def header_field(cell: str) -> str | None:
    if len(cell) > 24:  # header cells are short; most cells are not headers
        return None
    key = re.sub(r"\s|（.*?）|\(.*?\)", "", to_simplified(cell))
    return _HEADER_LOOKUP.get(key)


def parse_document(doc: Document, source_id: str, mappings: Mappings, title: str = "") -> PolicyList:
    parsed = _parse(doc, source_id, mappings, title)
    if doc.notes:  # what the reader noticed (replaced bytes, …) comes first
        from dataclasses import replace

        parsed = replace(parsed, notes=(*doc.notes, *parsed.notes))
    return parsed


def _parse(doc: Document, source_id: str, mappings: Mappings, title: str) -> PolicyList:
    if isinstance(doc, TableDocument):
        return _parse_docx(doc, source_id, mappings, title)
    raw_lines = doc.text.split("\n")
    for index, line in enumerate(raw_lines):
        if line.count("\t") >= 2 and sum(header_field(c) is not None for c in line.split("\t")) >= 3:
            return _parse_row_lines(doc, raw_lines, index, source_id, mappings, title)
    cells = _tokenize_cells(raw_lines)
    header = _find_cell_header(cells)
    if header is not None:
        return _parse_cell_stream(doc, cells, header, source_id, mappings, title)
    if _has_measures(raw_lines):
        return _parse_plan(doc, raw_lines, source_id, mappings, title)
    raise InputError(
        doc.path, "no table header (服务项目, 服务内容, …) and no numbered measures （一）… found"
    )


# ---------------------------------------------------------------- header -> columns


def _columns(header_cells: list[str]) -> list[str | None]:
    """Canonical field per column. A blank leading header cell is Word's merged 服务领域+序号 head."""
    fields = [header_field(c) if c.strip() else None for c in header_cells]
    named = [f for f in fields if f]
    if "service" not in named:
        return []
    if "seq" not in named:
        if fields and fields[0] is None:
            return ["domain", "seq", *fields[1:]]
        return ["seq", *fields]
    return fields


def _require_columns(path: str, columns: list[str | None]) -> None:
    missing = [w for w, f in (("服务项目", "service"), ("服务内容", "content")) if f not in columns]
    if missing:
        raise InputError(path, f"table has no {'/'.join(missing)} column")


# ---------------------------------------------------------------- rows (one row per line, .docx)


@dataclass(frozen=True)
class _Row:
    cells: tuple[str, ...]
    first: int
    last: int


def _parse_row_lines(doc, raw_lines, header_index, source_id, mappings, title) -> PolicyList:
    header = raw_lines[header_index].split("\t")
    columns = _columns(header)
    _require_columns(doc.path, columns)
    rows: list[_Row] = []
    notes = []
    for number, raw in enumerate(raw_lines[header_index + 1 :], header_index + 2):
        if not raw.strip():
            continue
        cells = raw.split("\t")
        if len(cells) < 3:  # a line wrapped out of the last cell, or page debris
            if _INTEGER.match(raw.strip()):
                notes.append(f"line {number}: dropped page number {raw.strip()}")
            elif _NOTE.match(raw):  # 注：… under the table: the table has ended
                break
            elif rows:
                last = rows[-1]
                rows[-1] = _Row((*last.cells[:-1], last.cells[-1] + "\n" + raw), last.first, number)
            continue
        rows.append(_Row(tuple(cells), number, number))
    items = _rows_to_items(rows, columns, header, doc.path, source_id, mappings)
    return PolicyList(source_id, title or _title_from(raw_lines[:header_index], doc.path), "list",
                      doc.path, items, tuple(notes), tuple(c for c in columns if c))


def _parse_docx(doc: TableDocument, source_id, mappings, title) -> PolicyList:
    columns: list[str | None] = []
    header: tuple[str, ...] = ()
    rows: list[_Row] = []
    for table in doc.tables:
        for row in table:
            found = _columns(list(row.cells)) if sum(header_field(c) is not None for c in row.cells) >= 3 else []
            if found:
                if not columns:
                    columns, header = found, row.cells
                continue  # the header, or its repetition on a new page
            if columns and len(row.cells) == len(header):
                rows.append(_Row(row.cells, row.number, row.number))
    if not columns:
        # a 实施方案 is usually a Word document of paragraphs: numbered measures make it a plan
        if _has_measures(doc.paragraphs):
            return _parse_plan(doc, list(doc.paragraphs), source_id, mappings, title)
        if not doc.tables:
            raise InputError(doc.path, "contains no table and no numbered measures （一）…")
        header_row = doc.tables[0][0].cells if doc.tables[0] else ()
        if any(header_field(c) for c in header_row):
            _require_columns(doc.path, _columns(list(header_row)) or [header_field(c) for c in header_row])
        raise InputError(doc.path, "has no table with a 服务项目/服务内容 header row")
    _require_columns(doc.path, columns)
    items = _rows_to_items(rows, columns, header, doc.path, source_id, mappings)
    return PolicyList(source_id, title or _title_from(list(doc.paragraphs), doc.path), "list",
                      doc.path, items, (), tuple(c for c in columns if c))


def _rows_to_items(rows, columns, header, path, source_id, mappings) -> tuple[Item, ...]:
    items: list[Item] = []
    previous: dict[str, str] = {}
    header_key = [clean(to_simplified(c)) for c in header]
    for row in rows:
        values: dict[str, list[str]] = {}
        cells = list(row.cells) + [""] * (len(columns) - len(row.cells))
        if [clean(to_simplified(c)) for c in cells[: len(header_key)]] == header_key:
            continue
        for column, text in zip(columns, cells, strict=False):
            if column:
                values.setdefault(column, []).append(text)
        fields = {name: _cell_text(values.get(name, [])) for name in FIELDS}
        if not any(fields[name] for name in ("service", "content")):
            continue
        item = _make_item(fields, previous, items, path, source_id, mappings, row.first, row.last,
                          original="\n".join(values.get("content", [])))
        items.append(item)
    return tuple(items)


def _cell_text(texts: list[str]) -> str:
    return clean(to_simplified(join_wrapped([ln for t in texts for ln in t.split("\n")])))


def _make_item(fields, previous, items, path, source_id, mappings, first, last, original="") -> Item:
    """Apply the merged-cell rule, number the row, split clauses and departments."""
    domain = fields["domain"] or previous.get("domain", "")
    if domain != previous.get("domain"):
        previous.clear()
    target = fields["target"] or previous.get("target", "")
    dept_text = fields["departments"] or previous.get("departments", "")
    previous.update(domain=domain, target=target, departments=dept_text)
    seq_text = fields["seq"]
    seq = int(seq_text) if seq_text.isdigit() else (items[-1].seq + 1 if items else 1)
    departments = split_departments(dept_text)
    functions, unknown = mappings.functions_of(departments)
    return Item(
        source_id=source_id,
        seq=seq,
        domain=domain,
        target=target,
        service=fields["service"],
        content=fields["content"],
        clauses=split_clauses(fields["content"]),
        departments=departments,
        department_functions=functions,
        provenance=Provenance(path, first, last),
        original=original.strip(),
        unknown_departments=unknown,
    )


# ---------------------------------------------------------------- cells (one cell per line)


def _tokenize_cells(raw_lines: list[str]) -> list[_Cell]:
    """Word's extraction opens each cell with a tab; without tabs anywhere (LibreOffice's export)
    every line is a cell, an empty line an empty cell."""
    tabbed = any(line.startswith("\t") for line in raw_lines)
    cells: list[_Cell] = []
    if not tabbed:
        started = False
        for number, line in enumerate(raw_lines, 1):
            started = started or bool(line.strip())
            if started:
                cells.append(_Cell(line.strip(), number, number))
        return cells
    after_blank = True
    for number, line in enumerate(raw_lines, 1):
        if not line.strip() and "\t" not in line:
            after_blank = True
            continue
        text = line.replace("\t", "").strip()
        # A tab or a leading space opens a new cell; so does any line after a row break.
        if "\t" in line or line.startswith(" ") or after_blank or not cells:
            cells.append(_Cell(text, number, number))
        else:
            last = cells[-1]
            cells[-1] = _Cell(last.text + "\n" + text if last.text else text, last.first, number)
        after_blank = False
    return cells


def _find_cell_header(cells: list[_Cell]) -> tuple[int, int, list[str | None]] | None:
    """(first index, index after the header, columns) of the first run of >= 3 header cells."""
    for start in range(len(cells)):
        end = start
        while end < len(cells) and header_field(cells[end].text):
            end += 1
        if end - start >= 3:
            first = start - 1 if start > 0 and not cells[start - 1].text else start
            columns = _columns([c.text for c in cells[first:end]])
            if columns:
                return first, end, columns
    return None


def _parse_cell_stream(doc, cells, header, source_id, mappings, title) -> PolicyList:
    first, end, columns = header
    _require_columns(doc.path, columns)
    seq_at = columns.index("seq")
    before, after = columns[:seq_at], columns[seq_at + 1 :]
    body = cells[end:]
    # Anchor rows on their numbers 1, 2, 3 … in order; any other bare number is page debris.
    anchors: list[int] = []
    expected = 1
    for index, cell in enumerate(body):
        is_next = _INTEGER.match(cell.text) and int(cell.text) == expected
        if is_next and (not anchors or index > anchors[-1] + len(after)):
            anchors.append(index)
            expected += 1
    if not anchors:
        raise InputError(doc.path, "table header found but no numbered rows (序号 1, 2, 3 …)")
    notes: list[str] = []
    items: list[Item] = []
    previous: dict[str, str] = {}
    start = 0
    for k, anchor in enumerate(anchors):
        lead = [c for c in body[start:anchor] if c.text]
        for cell in lead:
            if _INTEGER.match(cell.text):
                notes.append(f"line {cell.first}: dropped page number {cell.text}")
        lead = [c for c in lead if not _INTEGER.match(c.text)]
        stop = anchors[k + 1] if k + 1 < len(anchors) else len(body)
        tail = body[anchor + 1 : min(anchor + 1 + len(after), stop)]
        values: dict[str, list[str]] = {name: [] for name in FIELDS}
        # Columns before 序号 (usually just 服务领域) take whatever text stands before the number.
        if before:
            values[before[-1] or "domain"] = [c.text for c in lead]
        for column, cell in zip(after, tail, strict=False):
            if column:
                values[column].append(cell.text)
        values["seq"] = [body[anchor].text]
        fields = {name: _cell_text(values[name]) for name in FIELDS}
        row_cells = [*lead, body[anchor], *tail]
        items.append(_make_item(fields, previous, items, doc.path, source_id, mappings,
                                min(c.first for c in row_cells), max(c.last for c in row_cells),
                                original="\n".join(values["content"])))
        start = anchor + 1 + len(after)
    for cell in body[start:]:
        if _INTEGER.match(cell.text):
            notes.append(f"line {cell.first}: dropped page number {cell.text}")
    title_lines = [c.text for c in cells[:first]]
    return PolicyList(source_id, title or _title_from(title_lines, doc.path), "list", doc.path,
                      tuple(items), tuple(notes), tuple(c for c in columns if c))


# ---------------------------------------------------------------- plan (prose measures)


def _has_measures(lines) -> bool:
    """Numbered measures （一）… in lines of text or Word paragraphs: a prose plan."""
    return any(_MEASURE.match(clean(to_simplified(line))) for line in lines)


def _parse_plan(doc, raw_lines, source_id, mappings, title) -> PolicyList:
    items: list[Item] = []
    domain = ""
    found_title = ""
    for number, raw in enumerate(raw_lines, 1):
        line = clean(to_simplified(raw))
        if not line:
            continue
        if not found_title and line.endswith("方案") and len(line) < 60:
            found_title = line
        section = _SECTION.match(line)
        if section:
            domain = section.group(2).strip("。 ")
            continue
        measure = _MEASURE.match(line)
        if not measure:
            continue
        seq = _numeral(measure.group(1))
        body = measure.group(2)
        dept_match = _DEPT_TRAILER.search(body)
        dept_text = dept_match.group(1) if dept_match else ""
        if dept_match:
            body = body[: dept_match.start()].rstrip()
        lead, _, rest = body.partition("。")
        departments = split_departments(dept_text)
        functions, unknown = mappings.functions_of(departments)
        content = rest.strip() or lead
        items.append(Item(
            source_id=source_id, seq=seq, domain=domain, target="", service=lead.strip(),
            content=content, clauses=split_clauses(content), departments=departments,
            department_functions=functions, provenance=Provenance(doc.path, number, number),
            original=raw.strip(), unknown_departments=unknown,
        ))
    if not items:
        raise InputError(doc.path, "no numbered measures （一）… found")
    return PolicyList(source_id, title or found_title or _stem(doc.path), "plan", doc.path, tuple(items))


def _numeral(text: str) -> int:
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _NUMERALS[text[1]]
    if len(text) == 1:
        return _NUMERALS[text]
    tens, _, ones = text.partition("十")
    return _NUMERALS[tens] * 10 + (_NUMERALS[ones] if ones else 0)


# ---------------------------------------------------------------- titles


def _title_from(lines: list[str], path: str) -> str:
    for line in lines:
        text = clean(to_simplified(line))
        if "清单" in text or "方案" in text:
            return text
    return _stem(path)


def _stem(path: str) -> str:
    from pathlib import Path

    return Path(path).stem
