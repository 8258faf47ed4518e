"""Which format a file is, decided from its content; the extension is only a hint."""

from __future__ import annotations

import re

from ..regexcache import compiled

# format name -> how errors describe it
DESCRIPTIONS = {
    "text": "a text file",
    "csv": "a CSV file (.csv)",
    "tsv": "a tab-separated file (.tsv)",
    "markdown": "a Markdown file (.md)",
    "json": "a JSON file (.json)",
    "html": "a web page (.html)",
    "docx": "a Word document (.docx)",
    "xlsx": "an Excel workbook (.xlsx)",
    "xls": "an Excel 97-2003 workbook (.xls)",
    "ods": "an OpenDocument spreadsheet (.ods)",
    "odt": "an OpenDocument text (.odt)",
    "doc": "a Word 97-2003 document (.doc)",
    "wps": "a WPS document (.wps)",
    "rtf": "an RTF document (.rtf)",
    "pdf": "a PDF file (.pdf)",
    "ole2": "an Office 97-2003 file of unknown kind",
    "zip": "a zip archive that is no Office document",
    "png": "an image (PNG)",
    "jpeg": "an image (JPEG)",
    "gif": "an image (GIF)",
    "tiff": "an image (TIFF)",
    "binary": "a binary file",
}

# extension -> the format it suggests
EXTENSIONS = {
    ".txt": "text", ".text": "text", ".csv": "csv", ".tsv": "tsv", ".md": "markdown", ".markdown": "markdown",
    ".json": "json", ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
    ".docx": "docx", ".docm": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".et": "xls",
    ".ods": "ods", ".odt": "odt", ".doc": "doc", ".wps": "wps", ".rtf": "rtf", ".pdf": "pdf",
}
SUPPORTED_EXTENSIONS = frozenset(EXTENSIONS)

_IMAGES = ((b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF8", "gif"), (b"II*\x00", "tiff"),
           (b"MM\x00*", "tiff"))
_ODF_MIMETYPES = {b"application/vnd.oasis.opendocument.text": "odt",
                  b"application/vnd.oasis.opendocument.spreadsheet": "ods"}
# Patterns on untrusted text are linear: no nested or adjacent ambiguous quantifiers. Comments before a
# page's first tag are skipped with str.find, and a Markdown separator is judged cell by cell.
_HTML_TAG = compiled(rb"<(!doctype\s+html|html|head|body|meta|table)\b", re.I)
_SEPARATOR_CELL = compiled(r":?-{3,}:?")
_SEPARATOR_LINE_MAX = 4096  # a separator line longer than this is no table's
_OWN_CSV = "seq,domain,target,service,content,departments"


def describe(fmt: str) -> str:
    return DESCRIPTIONS.get(fmt, f"a {fmt} file")


def sniff_bytes(head: bytes, suffix: str, zip_names: list[str] | None = None, mimetype: bytes = b"") -> str:
    """The format of a file from its first bytes (up to 64 KiB), its extension and, for a zip, the
    names of its members and the content of a `mimetype` member."""
    hint = EXTENSIONS.get(suffix.lower(), "")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(zip_names or [], mimetype, hint)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return _ole2_kind(head, hint)
    if head[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    for magic, fmt in _IMAGES:
        if head.startswith(magic):
            return fmt
    text = _text_head(head)
    if text is None:
        return "binary" if hint not in ("text", "csv", "tsv", "markdown", "json", "html") else hint
    return _text_kind(text, hint)


def _zip_kind(names: list[str], mimetype: bytes, hint: str) -> str:
    """OpenDocument by its `mimetype` member, Office Open XML by its member folders."""
    if mimetype.strip() in _ODF_MIMETYPES:
        return _ODF_MIMETYPES[mimetype.strip()]
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if hint in ("docx", "xlsx", "ods", "odt") and not names:
        return hint  # an unreadable zip: the reader says it is damaged
    return "zip"


def _text_kind(text: str, hint: str) -> str:
    """A text file: a web page, polcmp's own JSON or CSV, a CSV/TSV/Markdown table, or plain text."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if hint == "html" or _html_start(stripped.encode("utf-8", "replace")):
        return "html"
    if hint == "json" or (stripped.startswith("{") and '"items"' in stripped):
        return "json"
    if stripped.startswith(_OWN_CSV):
        return "csv"
    if hint in ("csv", "tsv", "markdown"):
        return hint
    if any(is_separator(line, 2) for line in text.split("\n") if "-" in line):
        return "markdown"
    return "text"


def is_separator(line: str, at_least: int = 1) -> bool:
    """A Markdown table's separator line (|---|:---:|), with at least `at_least` cells; linear in the
    line, and False for a line longer than any table's."""
    text = line.strip()
    if len(text) > _SEPARATOR_LINE_MAX or "-" not in text:
        return False
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    cells = [c.strip() for c in text.split("|")]
    return len(cells) >= at_least and all(_SEPARATOR_CELL.fullmatch(c) for c in cells)


def _html_start(data: bytes) -> bool:
    """Whether the text opens (after whitespace and comments) with an HTML tag."""
    index = 0
    while True:
        while index < len(data) and data[index:index + 1].isspace():
            index += 1
        if not data.startswith(b"<!--", index):
            break
        end = data.find(b"-->", index + 4)
        if end < 0:
            return False
        index = end + 3
    return _HTML_TAG.match(data, index) is not None


def _ole2_kind(head: bytes, hint: str) -> str:
    """Word, Excel and WPS 97-2003 files are all OLE2 compound files; their directory names the main
    stream (UTF-16LE): WordDocument (Word, and WPS, which writes Word's format) or Workbook/Book (Excel).
    The directory usually sits in the first sectors; when it is not in `head`, the extension decides."""
    if "WordDocument".encode("utf-16-le") in head:
        return "wps" if hint == "wps" else "doc"
    if "Workbook".encode("utf-16-le") in head or "Book\x00".encode("utf-16-le") in head:
        return "xls"
    return hint if hint in ("doc", "wps", "xls") else "ole2"


def _text_head(head: bytes) -> str | None:
    """The head decoded as text, or None when it looks binary (NUL bytes outside UTF-16)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return head[: len(head) // 2 * 2].decode("utf-16", "replace")
        except UnicodeDecodeError:  # pragma: no cover
            return None
    if b"\x00" in head:
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            return head.decode(encoding)
        except UnicodeDecodeError as e:
            if e.start > len(head) - 4:  # cut in the middle of a character
                return head[: e.start].decode(encoding, "replace")
    return head.decode("utf-8", "replace")
