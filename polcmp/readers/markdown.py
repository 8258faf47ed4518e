"""Markdown pipe tables (GitHub style), polcmp's own `parse --format markdown` output included:
its `#` column is 序号. Cells are split on | not escaped as \\|; lines of a cell cannot be told apart."""

from __future__ import annotations

from ..model import InputError
from ..regexcache import compiled
from .detect import describe, is_separator
from .document import TableDocument, TableRow, TextDocument
from .limits import ReadLimits
from .text import decode

_SPLIT = compiled(r"(?<!\\)\|")


def read(data: bytes, path, name: str, fmt: str, limits: ReadLimits) -> TableDocument:
    text, encoding, notes = decode(data, name, limits, what=describe(fmt))
    lines = text.split("\n")
    tables: list[tuple[TableRow, ...]] = []
    paragraphs: list[str] = []
    index = 0
    count = 0
    while index < len(lines):
        line = lines[index]
        if "|" in line and index + 1 < len(lines) and is_separator(lines[index + 1]) and "|" in lines[index + 1]:
            table, index = _table(lines, index, count, name, fmt, limits)
            count += len(table) - 1
            tables.append(table)
            continue
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            paragraphs.append(stripped)
        index += 1
    if not tables:
        # no pipe table: Markdown prose (a plan) is read as text
        return TextDocument(name, text, encoding, notes, fmt)
    return TableDocument(name, tuple(tables), tuple(paragraphs), fmt, notes)


def _table(lines: list[str], index: int, count: int, name: str, fmt: str, limits: ReadLimits
           ) -> tuple[tuple[TableRow, ...], int]:
    """The pipe table whose header is lines[index] (a separator line under it), its rows padded to one
    width, and the index of the line after it; `count`: table rows read before it, within the limit."""
    header = ["序号" if c == "#" else c for c in _cells(lines[index])]
    rows = [TableRow(tuple(header), index + 1, is_line=True)]
    index += 2
    while index < len(lines) and "|" in lines[index] and lines[index].strip():
        rows.append(TableRow(tuple(_cells(lines[index])), index + 1, is_line=True))
        count += 1
        if count > limits.max_rows:
            raise InputError(name, f"is {describe(fmt)} with more than {limits.max_rows} table rows")
        index += 1
    width = max(len(r.cells) for r in rows)
    return tuple(TableRow(r.cells + ("",) * (width - len(r.cells)), r.number, True) for r in rows), index


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip().replace("\\|", "|").replace("<br>", "\n") for c in _SPLIT.split(line)]
