"""PDF with a text layer (pdfplumber): the tables of every page joined into one, the header repeated on
each page kept for the parser to skip, a row broken over a page boundary joined again, lines wrapped
inside a cell kept as lines of that cell. A PDF whose pages hold no text is a scan: refused, with OCR
named as the way on. A PDF without ruled tables is read as its text (a plan's paragraphs).

Bounds (ReadLimits): the page count is read from the page tree's /Count and the pages are walked one
at a time, so 150,000 pages are refused without loading them; inside a page, the characters and
graphic objects are counted as pdfminer lays them out, and the deadline is checked every thousand of
them (one page of 300,000 text objects is refused at the budget, not after a minute); every Flate
stream is decompressed no further than max_pdf_stream, and all of them together no further than
max_zip_total, like a zip's members."""

from __future__ import annotations

import contextlib
import io
import time
from dataclasses import dataclass, field

from ..headers import header_fields
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
    budget = _Budget(name, fmt, limits)
    with budget.installed():
        try:
            return _read(data, name, fmt, limits, budget)
        except Exception as e:  # noqa: BLE001 - pdfplumber wraps what a layout raised: a budget's InputError
            inner = _budget_error(e)
            if inner is not None:
                raise inner from None
            raise


def _budget_error(error: BaseException) -> InputError | None:
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, InputError):
            return error
        nested = next((a for a in getattr(error, "args", ()) if isinstance(a, BaseException)), None)
        error = nested or error.__cause__ or error.__context__
    return None


def _read(data: bytes, name: str, fmt: str, limits: ReadLimits, budget) -> TableDocument:
    pdf = _open(data, name, fmt)
    pages: list = []  # the pages made so far (pdfplumber's close() would load every page to close it)
    content = _Content()
    try:
        _check_declared_pages(pdf, name, fmt, limits)
        budget.deadline = time.monotonic() + limits.pdf_seconds
        count = 0
        for number, page in enumerate(_pages(pdf, name, fmt, limits, pages), 1):
            count = number
            budget.start_page(number)
            _take_page(page, content, name, fmt, limits)
            page.close()  # its layout and objects are not needed again: memory stays one page's
        if not content.any_text:
            raise InputError(name, f"is {describe(fmt)} of {count} page{'s' * (count != 1)} with no text: "
                                   "a scanned PDF without a text layer; needs OCR first")
    finally:
        for page in pages:
            page.close()
    tables = _join(content.rows, content.starts)
    return TableDocument(name, tables, tuple(content.paragraphs), fmt)


def _open(data: bytes, name: str, fmt: str):
    # pdfplumber and pdfminer are heavy (~100 ms): imported only when a PDF is read
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        return pdfplumber.open(io.BytesIO(data))
    except PDFSyntaxError as e:
        raise InputError(name, f"is {describe(fmt)} but damaged: not a valid PDF ({e})") from None
    except Exception as e:  # noqa: BLE001 - pdfminer signals encryption with several classes
        if _encrypted(e):
            raise InputError(name, f"is an encrypted {describe(fmt)[2:]}; save it without a password "
                                   "(or print it to a new PDF) first") from None
        raise


def _check_declared_pages(pdf, name: str, fmt: str, limits: ReadLimits) -> None:
    try:
        declared = _declared_pages(pdf)
    except Exception as e:  # noqa: BLE001
        if _encrypted(e):
            raise InputError(name, f"is an encrypted {describe(fmt)[2:]}; save it without a password "
                                   "first") from None
        raise
    if declared is not None and declared > limits.max_pages:
        raise InputError(name, f"is {describe(fmt)} of {declared} pages (limit {limits.max_pages})")


@dataclass
class _Content:
    """What the pages read so far hold: table rows, the indexes of rows that begin a page, and the lines
    of text outside the tables."""

    rows: list[list[str]] = field(default_factory=list)
    starts: set[int] = field(default_factory=set)
    paragraphs: list[str] = field(default_factory=list)
    any_text: bool = False


def _take_page(page, content: _Content, name: str, fmt: str, limits: ReadLimits) -> None:
    """One page's table rows and the text outside its tables, added to `content`."""
    if page.chars:
        content.any_text = True
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    for table in tables:
        content.starts.add(len(content.rows))
        for row in table.extract():
            content.rows.append([cell or "" for cell in row])
            if len(content.rows) > limits.max_rows:
                raise InputError(name, f"is {describe(fmt)} with more than {limits.max_rows} table rows")
    outside = page.filter(lambda obj, boxes=boxes: not _inside_any(obj, boxes))
    text = outside.extract_text() or ""
    content.paragraphs.extend(line for line in text.split("\n") if line.strip())


def _inside_any(obj, boxes) -> bool:
    return any(b[0] <= obj.get("x0", -1) and obj.get("x1", -1) <= b[2] and b[1] <= obj.get("top", -1)
               and obj.get("bottom", -1) <= b[3] for b in boxes)


def _declared_pages(pdf) -> int | None:
    """The page tree's /Count, read without loading a page (None when absent or not a number)."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
    except (AttributeError, TypeError, ValueError):
        return None
    return count if isinstance(count, int) and not isinstance(count, bool) else None


def _pages(pdf, name: str, fmt: str, limits: ReadLimits, made: list):
    """pdfplumber pages made one at a time from pdfminer's page tree walk (pdf.pages makes them all)."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    doctop = 0
    for index, page_obj in enumerate(PDFPage.create_pages(pdf.doc)):
        if index >= limits.max_pages:
            raise InputError(name, f"is {describe(fmt)} of more than {limits.max_pages} pages (the limit)")
        page = Page(pdf, page_obj, page_number=index + 1, initial_doctop=doctop)
        doctop += page.height
        made.append(page)
        yield page


class _Budget:
    """The bounds of one PDF read, enforced from inside pdfminer: objects of the page being laid out
    (counted by a layout device), the deadline (checked every thousand objects), and the bytes Flate
    streams decompress to (pdfminer's zlib replaced, while this read runs, by a bounded one)."""

    def __init__(self, name: str, fmt: str, limits: ReadLimits) -> None:
        self.name, self.fmt, self.limits = name, fmt, limits
        self.deadline = time.monotonic() + limits.pdf_seconds
        self.page = 0
        self.objects = 0
        self.inflated = 0

    def start_page(self, number: int) -> None:
        """Page `number` is about to be laid out: its objects are counted afresh, and the deadline checked."""
        self.page = number
        self.objects = 0
        if time.monotonic() > self.deadline:
            raise InputError(self.name, f"is {describe(self.fmt)} whose pages took more than "
                                        f"{self.limits.pdf_seconds:g} s to read (stopped at page {number})")

    def count(self, n: int = 1) -> None:
        self.objects += n
        if self.objects > self.limits.max_pdf_objects:
            raise InputError(self.name, f"is {describe(self.fmt)} whose page {self.page} holds more than "
                                        f"{self.limits.max_pdf_objects:,} text characters and graphic objects "
                                        "(the limit)")
        if self.objects % 1000 < n and time.monotonic() > self.deadline:
            raise InputError(self.name, f"is {describe(self.fmt)} whose pages took more than "
                                        f"{self.limits.pdf_seconds:g} s to read (stopped inside page {self.page})")

    def inflate(self, data: bytes) -> bytes:
        import zlib

        room = min(self.limits.max_pdf_stream, self.limits.max_zip_total - self.inflated)
        d = zlib.decompressobj()
        out = d.decompress(data, room + 1)
        if len(out) > room or d.unconsumed_tail:
            raise InputError(self.name, f"is {describe(self.fmt)} with a stream that inflates past "
                                        f"{min(self.limits.max_pdf_stream, self.limits.max_zip_total) // (1024 * 1024)}"
                                        " MiB: a decompression bomb?")
        if not d.eof:
            raise zlib.error("incomplete or truncated stream")
        self.inflated += len(out)
        return out

    @contextlib.contextmanager
    def installed(self):
        import pdfminer.pdftypes as pdftypes
        import pdfplumber.page as plumber_page

        budget = self
        original_zlib = pdftypes.zlib
        original_device = getattr(plumber_page, "PDFPageAggregatorWithMarkedContent", None)

        class BoundedZlib:
            error = original_zlib.error

            @staticmethod
            def decompress(data, *args, **kwargs):
                return budget.inflate(data)

            @staticmethod
            def decompressobj(*args, **kwargs):
                return _BoundedDecompressor(budget, original_zlib.decompressobj(*args, **kwargs))

            def __getattr__(self, attribute):
                return getattr(original_zlib, attribute)

        pdftypes.zlib = BoundedZlib()
        if original_device is not None:
            class CountingDevice(original_device):
                def render_char(self, *args, **kwargs):
                    budget.count()
                    return super().render_char(*args, **kwargs)

                def paint_path(self, *args, **kwargs):
                    budget.count()
                    return super().paint_path(*args, **kwargs)

                def render_image(self, *args, **kwargs):
                    budget.count()
                    return super().render_image(*args, **kwargs)

                def begin_figure(self, *args, **kwargs):
                    budget.count()
                    return super().begin_figure(*args, **kwargs)

                def render_string(self, *args, **kwargs):  # an empty string draws nothing, but costs
                    budget.count()
                    return super().render_string(*args, **kwargs)

            plumber_page.PDFPageAggregatorWithMarkedContent = CountingDevice
        try:
            yield self
        finally:
            pdftypes.zlib = original_zlib
            if original_device is not None:
                plumber_page.PDFPageAggregatorWithMarkedContent = original_device


class _BoundedDecompressor:
    """zlib.decompressobj() for pdfminer's repair of a damaged stream, counting what comes out."""

    def __init__(self, budget: _Budget, inner) -> None:
        self._budget, self._inner, self._seen = budget, inner, 0

    def decompress(self, data, *args):
        out = self._inner.decompress(data)
        self._seen += len(out)
        if self._seen > min(self._budget.limits.max_pdf_stream, self._budget.limits.max_zip_total):
            raise InputError(self._budget.name, f"is {describe(self._budget.fmt)} with a stream that inflates "
                                                "past the limit: a decompression bomb?")
        return out

    def __getattr__(self, attribute):
        return getattr(self._inner, attribute)


def _encrypted(error: BaseException) -> bool:
    """pdfminer's PDFPasswordIncorrect / PDFEncryptionError, possibly wrapped by pdfplumber."""
    seen = [error, *(a for a in error.args if isinstance(a, BaseException)), error.__cause__, error.__context__]
    return any(e is not None and ("Password" in type(e).__name__ or "Encrypt" in type(e).__name__) for e in seen)


def _join(rows: list[list[str]], starts: set[int]) -> tuple[tuple[TableRow, ...], ...]:
    """One table per run of equally wide rows. The header repeated on a new page is dropped; a row that
    opens a page with no 序号 is the rest of the row the page before broke off, and is joined to it
    cell by cell."""
    tables: list[list[list[str]]] = []
    seq_col = None
    for index, cells in enumerate(rows):
        fields = header_fields([c.replace("\n", "") for c in cells])  # 服务\n领域: a header wrapped in a narrow cell
        current = tables[-1] if tables else None
        if sum(f is not None for f in fields) >= 3:
            seq_col = fields.index("seq") if "seq" in fields else None
            if index in starts and current is not None and len(current[-1]) == len(cells):
                starts.add(index + 1)  # the header repeated on a new page: the page's rows follow it
                continue
        if current is None or len(current[-1]) != len(cells):
            tables.append([cells])
        elif index in starts and _continues(current[-1], cells, seq_col):
            current[-1] = _joined(current[-1], cells)
        else:
            current.append(cells)
    return _numbered(tables)


def _continues(previous: list[str], cells: list[str], seq_col: int | None) -> bool:
    """A row opening a page is the rest of the row before: it has no 序号 where the row before has one,
    and some text."""
    return (seq_col is not None and not cells[seq_col].strip() and previous[seq_col].strip() != ""
            and any(c.strip() for c in cells))


def _joined(previous: list[str], cells: list[str]) -> list[str]:
    """A row broken over a page boundary, joined again cell by cell (a line each)."""
    return [a + ("\n" + b if b.strip() else "") if a else b for a, b in zip(previous, cells, strict=True)]


def _numbered(tables: list[list[list[str]]]) -> tuple[tuple[TableRow, ...], ...]:
    """TableRows numbered 1, 2, 3 … across all the tables."""
    out = []
    number = 0
    for table in tables:
        built = []
        for cells in table:
            number += 1
            built.append(TableRow(tuple(cells), number))
        out.append(tuple(built))
    return tuple(out)
