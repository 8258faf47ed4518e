"""Stage 1, read: a file on disk -> text, or -> tables. One module per format, imported only when a
file of that format is read, so a diff of two .txt lists never imports lxml, pdfplumber or calamine.

The format is decided from the content (magic bytes, the members of a zip, an OLE2 directory); the
extension is only a hint. Every failure is an InputError naming the file and the format found, and
nothing else ever leaves read_document: a library's own exception becomes an InputError too."""

from __future__ import annotations

from pathlib import Path

from ..model import InputError, display_name
from ..xmlsafe import clean_text, holds_forbidden
from .detect import SUPPORTED_EXTENSIONS, describe, sniff_bytes
from .document import Document, TableDocument, TableRow, TextDocument
from .files import head, read_bytes, read_head, zip_names
from .limits import DEFAULT_LIMITS, ReadLimits
from .text import decode_text

__all__ = ["SUPPORTED_EXTENSIONS", "Document", "InputError", "ReadLimits", "TableDocument",
           "TableRow", "TextDocument", "decode_text", "read_document", "sniff"]

# format -> module of this package that reads it (formats absent here are refused with advice)
_READERS = {
    "text": "text", "docx": "docx", "xlsx": "spreadsheet", "xls": "spreadsheet", "ods": "spreadsheet",
    "csv": "csv", "tsv": "csv", "html": "html", "pdf": "pdf", "markdown": "markdown", "json": "own",
    "doc": "office", "wps": "office", "odt": "office", "rtf": "office",
}
_REFUSED = {
    "png": "polcmp reads lists as text, not scans; type or OCR it first",
    "jpeg": "polcmp reads lists as text, not scans; type or OCR it first",
    "gif": "polcmp reads lists as text, not scans; type or OCR it first",
    "tiff": "polcmp reads lists as text, not scans; type or OCR it first",
    "zip": "unpack it and give polcmp the list inside",
    "ole2": "save it as .docx or .xlsx first",
    "binary": "expected a list as text, .docx, .xlsx, .html, .pdf or .csv",
}


def sniff(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """The format name of a file (text, csv, docx, xlsx, pdf, …), from its content. Raises InputError
    for what cannot be opened (missing, a directory, a FIFO, too large)."""
    p, name = Path(path), display_name(path)
    head = read_head(p, name, limits)
    if head.startswith(b"PK"):  # a zip's member list is at its end: read it whole (within the limit)
        return _sniff(read_bytes(p, name, limits), p)
    return _sniff(head, p)


def _sniff(data: bytes, p: Path) -> str:
    names, mimetype = zip_names(data) if data.startswith(b"PK") else ([], b"")
    return sniff_bytes(head(data), p.suffix, names, mimetype)


def read_document(path: str | Path, *, limits: ReadLimits = DEFAULT_LIMITS) -> Document:
    """Read one list file. Raises InputError (and only InputError) when it cannot be read."""
    import importlib

    p = Path(path)
    name = display_name(path)
    data = read_bytes(p, name, limits)
    if not data.strip():
        raise InputError(name, "file is empty")
    fmt = _sniff(data, p)
    if fmt in _REFUSED:
        raise InputError(name, f"is {describe(fmt)}; {_REFUSED[fmt]}")
    module = importlib.import_module(f".{_READERS[fmt]}", __name__)
    try:
        return _without_forbidden(module.read(data, p, name, fmt, limits))
    except InputError:
        raise
    except RecursionError:
        raise InputError(name, f"is {describe(fmt)} nested too deeply to read") from None
    except MemoryError:
        raise InputError(name, f"is {describe(fmt)} too large to read in memory") from None
    except Exception as e:  # noqa: BLE001 - a library's own error on a damaged file, named
        raise InputError(name, f"is {describe(fmt)} that cannot be read (damaged? {type(e).__name__}: "
                               f"{_one_line(str(e))})") from None


def _without_forbidden(doc: Document) -> Document:
    """Characters XML forbids (U+FFFF, controls, lone surrogates) removed from the text read, with a
    note: no list holds them on purpose, and an .xlsx or .docx output could not."""
    from dataclasses import replace

    removed = 0

    def clean(text: str) -> str:
        nonlocal removed
        out, count = clean_text(text)
        removed += count
        return out

    if isinstance(doc, TextDocument):
        doc = replace(doc, text=clean(doc.text))
    else:
        tables = tuple(tuple(row if not any(map(holds_forbidden, row.cells)) else
                             replace(row, cells=tuple(clean(c) for c in row.cells)) for row in table)
                       for table in doc.tables)
        doc = replace(doc, tables=tables, paragraphs=tuple(clean(t) for t in doc.paragraphs))
    if not removed:
        return doc
    note = f"{removed} character{'s' * (removed != 1)} that XML forbids (controls, U+FFFF, …) removed"
    return replace(doc, notes=(*doc.notes, note))


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text[:160] + ("…" if len(text) > 160 else "")
