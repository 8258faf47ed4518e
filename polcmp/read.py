"""Stage 1, read: bytes on disk -> text, or -> the tables of a .docx. Every failure is an InputError."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .model import InputError

CONVERT_HINT = "convert it to .docx or .txt first (libreoffice --headless --convert-to docx FILE)"

# Magic numbers of formats people send instead of .docx/.txt; each gets its own advice.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "a Word 97-2003 .doc (or .wps/.et) file; " + CONVERT_HINT),
    (b"%PDF", "a PDF file; polcmp reads .docx and .txt lists: " + CONVERT_HINT),
    (b"\x89PNG", "an image (PNG); polcmp reads .docx and .txt lists, not scans"),
    (b"\xff\xd8\xff", "an image (JPEG); polcmp reads .docx and .txt lists, not scans"),
    (b"{\\rtf", "an RTF file; " + CONVERT_HINT),
)


@dataclass(frozen=True)
class TextDocument:
    path: str
    text: str  # decoded, newlines unified to \n, BOM removed
    encoding: str


@dataclass(frozen=True)
class TableRow:
    cells: tuple[str, ...]
    number: int  # 1-based row number counted over all tables of the document


@dataclass(frozen=True)
class DocxDocument:
    path: str
    tables: tuple[tuple[TableRow, ...], ...]
    paragraphs: tuple[str, ...]  # body text outside tables (for the title)


Document = TextDocument | DocxDocument


def read_document(path: str | Path) -> Document:
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, "no such file")
    if p.is_dir():
        raise InputError(name, "is a directory, not a list file")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror})") from None
    if not data.strip():
        raise InputError(name, "file is empty")
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(name, f"is {what}")
    if data.startswith(b"PK\x03\x04") or p.suffix.lower() == ".docx":
        return _read_docx(p, name)
    return TextDocument(name, *decode_text(data, name))


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text list: BOMs and UTF-8 exactly, anything else by charset-normalizer."""
    text, encoding = None, ""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text, encoding = data.decode(enc), enc
            except UnicodeDecodeError:
                raise InputError(name, f"starts with a {enc} byte-order mark but is not valid {enc}") from None
            break
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is not None:
                text, encoding = str(best), best.encoding
    if text is None or not _looks_like_text(text):
        raise InputError(name, "is not a text file in a known encoding (binary data?); expected .txt or .docx")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


def _looks_like_text(text: str) -> bool:
    """At most 1% control, private-use or replacement characters: a decoder's guess on binary fails."""
    if not text.strip():
        return False
    return len(_CONTROL.findall(text)) <= len(text) * 0.01


def _read_docx(p: Path, name: str) -> DocxDocument:
    import zipfile

    import docx  # python-docx; imported here so text-only runs never pay for lxml
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(p))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as e:
        raise InputError(name, f"is not a valid .docx (damaged or truncated: {type(e).__name__})") from None
    except Exception as e:  # lxml raises its own XML errors on a corrupt part
        raise InputError(name, f"is not a valid .docx ({type(e).__name__})") from None
    tables = []
    number = 0
    for table in document.tables:
        rows = []
        for row in table.rows:
            number += 1
            rows.append(TableRow(_row_cells(row), number))
        tables.append(tuple(rows))
    paragraphs = tuple(par.text for par in document.paragraphs if par.text.strip())
    return DocxDocument(name, tuple(tables), paragraphs)


def _row_cells(row) -> tuple[str, ...]:
    """One string per grid column. A horizontally merged cell is returned once per column it spans
    by python-docx; only its first column keeps the text, so columns do not get doubled values.
    A vertically merged continuation repeats the top text, which is what a blank cell means anyway."""
    cells: list[str] = []
    previous = None
    for cell in row.cells:
        cells.append("" if cell._tc is previous else "\n".join(p.text for p in cell.paragraphs))
        previous = cell._tc
    return tuple(cells)
