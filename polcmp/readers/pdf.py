"""PDF with a text layer (pdfplumber): the tables of every page joined into one, the header repeated on
each page kept for the parser to skip, a row broken over a page boundary joined again, lines wrapped
inside a cell kept as lines of that cell. A PDF whose pages hold no text is a scan: refused, with OCR
named as the way on. A PDF without ruled tables is read as its text (a plan's paragraphs)."""

from __future__ import annotations

import io
import time

from ..model import InputError
from .detect import describe
from .document import TableDocument, TableRow
from .limits import ReadLimits


def read(data: bytes, path, name: str, fmt: str, limits: ReadLimits) -> TableDocument:
    import logging

    # pdfminer logs every oddity of a damaged PDF as a warning; the user gets one line, not dozens
    quiet = logging.getLogger("pdfminer")
    if not quiet.handlers:
        quiet.addHandler(logging.NullHandler())
        quiet.propagate = False
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PDFSyntaxError as e:
        raise InputError(name, f"is {describe(fmt)} but damaged: not a valid PDF ({e})") from None
    except Exception as e:  # noqa: BLE001 - pdfminer signals encryption with several classes
        if _encrypted(e):
            raise InputError(name, f"is an encrypted {describe(fmt)[2:]}; save it without a password "
                                   "(or print it to a new PDF) first") from None
        raise
    with pdf:
        try:
            pages = pdf.pages
        except Exception as e:  # noqa: BLE001
            if _encrypted(e):
                raise InputError(name, f"is an encrypted {describe(fmt)[2:]}; save it without a password "
                                       "first") from None
            raise
        if len(pages) > limits.max_pages:
            raise InputError(name, f"is {describe(fmt)} of {len(pages)} pages (limit {limits.max_pages})")
        rows: list[list[str]] = []
        starts: set[int] = set()  # indexes of rows that begin a page
        paragraphs: list[str] = []
        any_text = False
        deadline = time.monotonic() + limits.pdf_seconds
        for number, page in enumerate(pages, 1):
            if time.monotonic() > deadline:
                raise InputError(name, f"is {describe(fmt)} whose pages took more than {limits.pdf_seconds:g} s to "
                                       f"read (stopped at page {number} of {len(pages)})")
            if page.chars:
                any_text = True
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]
            for table in tables:
                starts.add(len(rows))
                for row in table.extract():
                    rows.append([cell or "" for cell in row])
                    if len(rows) > limits.max_rows:
                        raise InputError(name, f"is {describe(fmt)} with more than {limits.max_rows} table rows")
            outside = page.filter(lambda obj, boxes=boxes: not any(
                b[0] <= obj.get("x0", -1) and obj.get("x1", -1) <= b[2] and b[1] <= obj.get("top", -1)
                and obj.get("bottom", -1) <= b[3] for b in boxes))
            text = outside.extract_text() or ""
            paragraphs.extend(line for line in text.split("\n") if line.strip())
        if not any_text:
            raise InputError(name, f"is {describe(fmt)} of {len(pages)} page{'s' * (len(pages) > 1)} with no text: "
                                   "a scanned PDF without a text layer; needs OCR first")
    tables = _join(rows, starts)
    return TableDocument(name, tables, tuple(paragraphs), fmt)


def _encrypted(error: BaseException) -> bool:
    """pdfminer's PDFPasswordIncorrect / PDFEncryptionError, possibly wrapped by pdfplumber."""
    seen = [error, *(a for a in error.args if isinstance(a, BaseException)), error.__cause__, error.__context__]
    return any(e is not None and ("Password" in type(e).__name__ or "Encrypt" in type(e).__name__) for e in seen)


def _join(rows: list[list[str]], starts: set[int]) -> tuple[tuple[TableRow, ...], ...]:
    """One table per run of equally wide rows. The header repeated on a new page is dropped; a row that
    opens a page with no 序号 is the rest of the row the page before broke off, and is joined to it
    cell by cell."""
    from ..parse import header_field

    tables: list[list[list[str]]] = []
    seq_col = None
    for index, cells in enumerate(rows):
        fields = [header_field(c.replace("\n", "")) if c else None for c in cells]
        current = tables[-1] if tables else None
        if sum(f is not None for f in fields) >= 3:
            seq_col = fields.index("seq") if "seq" in fields else None
            if index in starts and current is not None and len(current[-1]) == len(cells):
                starts.add(index + 1)  # the header repeated on a new page: the page's rows follow it
                continue
        if current is None or len(current[-1]) != len(cells):
            tables.append([cells])
            continue
        continued = (index in starts and seq_col is not None and not cells[seq_col].strip()
                     and current[-1][seq_col].strip() != "" and any(c.strip() for c in cells))
        if continued:
            previous = current[-1]
            current[-1] = [a + ("\n" + b if b.strip() else "") if a else b for a, b in zip(previous, cells, strict=True)]
        else:
            current.append(cells)
    out = []
    number = 0
    for table in tables:
        built = []
        for cells in table:
            number += 1
            built.append(TableRow(tuple(cells), number))
        out.append(tuple(built))
    return tuple(out)
