"""What every table layout shares: header words -> columns, rows -> Items, the merged-cell rule,
序号 reading and the notes that record whatever was odd about a row."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..frozen import frozen
from ..headers import header_fields
from ..model import DocumentKind, InputError, Item, PolicyList, Provenance
from ..normalize import clean, is_cjk, join_wrapped, split_clauses, split_departments, to_simplified
from ..regexcache import compiled
from .numbers import seq_value

if TYPE_CHECKING:  # names for annotations only: parse/__init__ imports both before any layout runs
    from ..mappings import Mappings
    from ..readers import Document

PAGE_NUMBER = compiled(r"^\d{1,3}$")
NOTE_LINE = compiled(r"^\s*(注|备注|说明)\s*[：:1１]")  # a note under a table ends it
# a cell that only marks itself empty (—, ——, /, 无, 暂无): says nothing of the service
PLACEHOLDER_CELL = compiled(r"^(?:[\s—–\-－/／…]+|无|暂无|空白?)$")


def columns_of(header_cells: list[str]) -> list[str | None]:
    """Canonical field per column. A blank leading header cell is Word's merged 服务领域+序号 head."""
    fields = [f if c.strip() else None for f, c in zip(header_fields(header_cells), header_cells, strict=True)]
    named = [f for f in fields if f]
    if "service" not in named:
        return []
    if "seq" not in named:
        if fields and fields[0] is None:
            return ["domain", "seq", *fields[1:]]
        return ["seq", *fields]
    return fields


def require_columns(path: str, columns: list[str | None], header=()) -> None:
    missing = [w for w, f in (("服务项目", "service"), ("服务内容", "content")) if f not in columns]
    if missing:
        unplaced = [short(c, 12) for c, f in zip(header, columns, strict=False) if c and c.strip() and f is None]
        named = f" (headers not placed: {', '.join(unplaced)})" if unplaced else ""
        raise InputError(path, f"table has no {'/'.join(missing)} column{named}")


def place_by_cells(columns: list[str | None], header, rows) -> list[str | None]:
    """The column's cells as a second opinion, when the header words leave 服务内容 or 服务项目 unplaced:
    of the columns no header word placed, the one of long sentences is the content, the one of short
    names (beside it) the service. Columns already placed are never moved."""
    if "content" in columns and "service" in columns:
        return columns
    mean = _mean_lengths(rows[:200], len(columns), _open_columns(columns, header))
    out = list(columns)
    if "content" not in out and mean:
        best = max(mean, key=mean.get)
        if mean[best] >= 15:  # the column of long sentences
            out[best] = "content"
            del mean[best]
    mean = {i: v for i, v in mean.items() if columns[i] is None}  # a doubled field keeps its other column
    short_ones = [i for i in mean if 2 <= mean[i] <= 15]  # columns of short names
    if "service" not in out and short_ones:
        out[min(short_ones)] = "service"
    return out


def _open_columns(columns: list[str | None], header) -> set[int]:
    """The columns with a header cell that no header word placed; and, when there is no content column,
    two columns a header word gives one field (服务名称 and 服务事项 both read as 服务项目): their cells
    decide which one is the content."""
    doubled = {f for f in columns if f and columns.count(f) > 1} if "content" not in columns else set()
    return {i for i in range(len(columns)) if (columns[i] is None or columns[i] in doubled)
            and i < len(header) and header[i].strip()}


def _mean_lengths(rows, width: int, indexes: set[int]) -> dict[int, float]:
    """The mean length of the cells of each column in `indexes` (stripped), over the rows given."""
    lengths: dict[int, list[int]] = {}
    for row in rows:
        for index, text in enumerate(row.cells[:width]):
            if index in indexes:
                lengths.setdefault(index, []).append(len(text.strip()))
    return {i: sum(v) / len(v) for i, v in lengths.items() if v}


@frozen
class Row:
    cells: tuple[str, ...]
    first: int
    last: int


def cell_text(texts: list[str]) -> str:
    if len(texts) == 1:  # most cells: one text, kept
        return _one_cell(texts[0])
    return clean(to_simplified(join_wrapped([ln for t in texts for ln in t.split("\n")])))


def content_text(texts: list[str]) -> str:
    """The text of the columns that hold content (服务内容, 服务标准, 办理时限, 备注 …), each cell a sentence of
    its own: 按国家和省有关规定 and 按学期办理 in two columns are two clauses, not one run of words."""
    out = ""
    for text in (t for t in (cell_text([t]) for t in texts) if t and not PLACEHOLDER_CELL.match(t)):
        out += ("。" if out and out[-1] not in "。；;！？!?." else "") + text
    return out


@lru_cache(maxsize=65536)  # local lists repeat the baseline's cells: a batch reads each text once
def _one_cell(text: str) -> str:
    return clean(to_simplified(join_wrapped(text.split("\n"))))


def short(text: str, limit: int = 20) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_rows(path: str, count: int, limit: int, what: str = "rows") -> None:
    """More rows than `limit` (ReadLimits.max_rows, passed down from parse_document) is an InputError."""
    if count > limit:
        raise InputError(path, f"has more than {limit:,} {what} (the limit; a list has 20-40; "
                               "raise it with [read] max_rows in --settings)")


class ItemBuilder:
    """Turns the fields of one row after another into Items: applies the merged-cell rule, reads the
    序号 (any numbering, or none) and notes every oddity. Rows are identified by position (Item.index);
    the 序号 is kept as written when it is a number, else the row takes the number after the last.
    `where` is what the numbers count: "line" (a line of a text file, usable as an editor's or
    GitHub's `line=`) or "row" (a row of a .docx/.xlsx/HTML/PDF table); it is each Provenance's unit."""

    def __init__(self, path: str, mappings, where: str = "line", *, max_rows: int) -> None:
        if where not in ("line", "row"):
            raise ValueError(f"where: line or row, not {where!r}")
        self.path, self.mappings, self.where = path, mappings, where
        self.max_rows = max_rows  # ReadLimits.max_rows: more items than this is an InputError
        self.items: list[Item] = []
        self.notes: list[str] = []
        self.previous: dict[str, str] = {}
        self.seen: dict[int, int] = {}  # 序号 -> first line/row it was seen on

    def note(self, first: int, text: str) -> None:
        self.notes.append(f"{self.where} {first}: {text}")

    def add(self, fields: dict[str, str], first: int, last: int) -> Item:
        check_rows(self.path, len(self.items) + 1, self.max_rows)
        domain = fields["domain"] or self.previous.get("domain", "")
        if domain != self.previous.get("domain"):
            self.previous.clear()
        target = fields["target"] or self.previous.get("target", "")
        dept_text = fields["departments"] or self.previous.get("departments", "")
        self.previous.update(domain=domain, target=target, departments=dept_text)
        departments = split_departments(dept_text)
        functions, unknown = self.mappings.functions_of(departments)
        item = Item(
            seq=self._seq(fields["seq"], first),
            domain=domain,
            target=target,
            service=fields["service"],
            content=fields["content"],
            clauses=split_clauses(fields["content"]),
            departments=departments,
            department_functions=functions,
            provenance=Provenance(self.path, first, last, unit=self.where),
            unknown_departments=unknown,
            index=len(self.items),
        )
        self.items.append(item)
        return item

    def _seq(self, text: str, first: int) -> int:
        last = self.items[-1].seq if self.items else 0
        value = seq_value(text)
        if value is None:
            seq = last + 1
            shown = f"序号 “{short(text)}”" if text.strip() else "no 序号"
            self.note(first, f"{shown}: not a row number; the row is kept as number {seq} by its position")
            return seq
        if not (text.isascii() and text.strip().isdigit()):
            self.note(first, f"序号 “{short(text)}” read as {value}")
        if self.items and value == 1 and last >= 1:
            self.note(first, "序号 restarts at 1 (numbered per 服务领域?); rows are identified by position")
        elif value in self.seen:
            self.note(first, f"序号 {value} repeats the one at {self.where} {self.seen[value]}; both rows are kept")
        elif self.items and value != last + 1:
            self.note(first, f"序号 {value} follows {last}")
        self.seen.setdefault(value, first)
        return value


@frozen
class ParseJob:
    """One document being parsed: what every layout needs besides its lines. source_id names the list;
    title, when given, is the list's title (else read from the text above the table); max_rows: more
    items than this is an InputError (ReadLimits.max_rows)."""

    doc: Document
    source_id: str
    mappings: Mappings
    title: str
    max_rows: int

    @property
    def path(self) -> str:
        return self.doc.path

    def builder(self, where: str = "line") -> ItemBuilder:
        return ItemBuilder(self.path, self.mappings, where, max_rows=self.max_rows)

    def table(self, builder: ItemBuilder, above: list[str], columns: list[str | None]) -> PolicyList:
        """The list a table layout built, titled from the lines `above` its header when no title was given."""
        return PolicyList(self.source_id, self.title or title_from(above, self.path), DocumentKind.LIST, self.path,
                          tuple(builder.items), tuple(builder.notes), tuple(c for c in columns if c))


def title_from(lines: list[str], path: str) -> str:
    """The first line naming a 清单 or 方案; one that opens with a Chinese character and holds no web
    page separators first (a page printed from a browser heads it with `11/23/26, 7:13 PM 标题_栏目_网站`)."""
    named = [t for t in (clean(to_simplified(line)) for line in lines) if "清单" in t or "方案" in t]
    plain = [t for t in named if is_cjk(t[0]) and not any(sep in t for sep in "_|")]
    return (plain or named or [stem(path)])[0]


def stem(path: str) -> str:
    return Path(path).stem
