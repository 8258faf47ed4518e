"""The bounds every reader keeps, so that a small hostile file cannot take unbounded time or memory."""

from __future__ import annotations

from ..frozen import frozen

MIB = 1024 * 1024


@frozen
class ReadLimits:
    """Limits of one read. Pass another instance to `read_document(path, limits=...)` to change them;
    a file that exceeds one is refused with an InputError naming the file and the limit.

    max_bytes          bytes of the file itself (20 MiB; the largest real list seen is under 1 MiB).
    max_zip_members    members of a zip container (.docx, .xlsx, .ods, .odt): 2,000.
    max_zip_total      uncompressed bytes of all members together, counted while decompressing, so a
                       central directory that lies about sizes does not help a zip bomb: 100 MiB.
    max_zip_ratio      uncompressed/compressed size of one member larger than 1 MiB: 200 (XML rarely
                       compresses beyond 20x; zip bombs reach 1,000x).
    max_xml_depth      element nesting of XML and HTML: 256. This is libxml2's own limit when parsing
                       without huge_tree, which the readers never set; it is recorded here so that every
                       bound is documented in one place (a table needs about 10 levels).
    max_span           columns or rows one merged cell may span (gridSpan, colspan, rowspan, a merged
                       range): 1,000. A larger span in a table narrower than that is clipped to the
                       table's width, as Word does.
    max_columns        columns of one table row: 256.
    max_rows           rows of one list (table rows, text rows, a plan's measures), counted by the reader
                       and again by the parser: 5,000. A list has 20-40; a 19 MiB text list of 75,000
                       rows took a minute and 550 MiB to parse, 5,000 rows take a few seconds. (A diff's
                       work grows with the square of the rows: see `make bench`.)
    max_cell_chars     characters of one table cell: 100,000.
    max_pages          pages of a PDF: 500.
    max_bad_bytes      undecodable bytes tolerated in a text file: 16. They are replaced by U+FFFD and
                       reported as a note; more than that (or more than 1 % of the text) is an error.
    convert_seconds    seconds one LibreOffice conversion (.doc, .wps, .odt, .rtf) may take: 60.
    pdf_seconds        seconds of reading a PDF's pages (pure-Python parsing; checked after each
                       page and inside it, as characters stream in): 25, so that any PDF is done within
                       30 s. Real lists take about 35 ms a page (500 pages: under 18 s).
    max_pdf_objects    text characters and graphic objects of one PDF page: 200,000 (a dense list page
                       has about 3,000).
    max_pdf_stream     decompressed bytes of one PDF content or object stream: 64 MiB, and of all the
                       PDF's streams together max_zip_total.
    include_hidden     read what the file hides from its reader (Word hidden runs, hidden Excel rows,
                       columns and sheets, HTML display:none): False; --include-hidden sets it.
    """

    max_bytes: int = 20 * MIB
    max_zip_members: int = 2000
    max_zip_total: int = 100 * MIB
    max_zip_ratio: int = 200
    max_xml_depth: int = 256
    max_span: int = 1000
    max_columns: int = 256
    max_rows: int = 5_000
    max_cell_chars: int = 100_000
    max_pages: int = 500
    max_bad_bytes: int = 16
    convert_seconds: float = 60.0
    pdf_seconds: float = 25.0
    max_pdf_objects: int = 200_000
    max_pdf_stream: int = 64 * MIB
    include_hidden: bool = False


DEFAULT_LIMITS = ReadLimits()
