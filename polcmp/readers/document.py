"""What a reader returns: text, or tables. Every table format (Word, spreadsheets, web pages, PDF, CSV,
Markdown, polcmp's own exports) gives the same TableDocument, so one parser path handles them all."""

from __future__ import annotations

from ..frozen import frozen


@frozen
class TextDocument:
    """A file read as text: what every text reader gives the parsers."""

    path: str
    text: str  # decoded, newlines unified to \n, BOM removed
    encoding: str
    notes: tuple[str, ...] = ()  # read-time observations (replaced bytes, …)
    format: str = "text"


@frozen
class TableRow:
    cells: tuple[str, ...]
    number: int  # 1-based: a line of the file when is_line, else a row counted over all tables
    is_line: bool = False  # True when `number` is a real text line (CSV, Markdown): usable as `line=`


@frozen
class TableDocument:
    path: str
    tables: tuple[tuple[TableRow, ...], ...]
    paragraphs: tuple[str, ...]  # text outside tables (for the title, or a plan's measures)
    format: str = "docx"
    notes: tuple[str, ...] = ()


Document = TextDocument | TableDocument
