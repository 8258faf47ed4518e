"""PDF: tables across pages read like the Word document they were printed from; scans, encrypted and
very long PDFs refused with a clear message."""

import time

import pytest

from polcmp.model import InputError
from polcmp.readers import ReadLimits, read_document, sniff
from tests.readers_build import convert, fields, parsed, seed_docx, soffice_or_skip, write_pdf

SEEDS = ["tianjin", "qingdao"]  # each is two LibreOffice runs; the other seeds add nothing new here


@pytest.mark.parametrize("sid", SEEDS)
def test_pdf_printed_from_word_parses_to_the_same_items(tmp_path, lists, sid):
    binary = soffice_or_skip()
    pdf = convert(binary, seed_docx(lists[sid], tmp_path / f"{sid}.docx"), "pdf", tmp_path)
    assert sniff(pdf) == "pdf"
    result = parsed(pdf, sid)
    assert fields(result) == fields(lists[sid])
    assert result.title == lists[sid].title


def test_row_broken_over_a_page_is_joined(tmp_path, lists):
    """A table whose rows continue on the next page, its header repeated there."""
    import docx
    from docx.shared import Pt

    binary = soffice_or_skip()
    lst = lists["national"]
    path = seed_docx(lst, tmp_path / "long.docx")
    document = docx.Document(path)
    for table in document.tables:
        table.rows[0]._tr.get_or_add_trPr().append(docx.oxml.parse_xml(
            '<w:tblHeader xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'))
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(20)  # large enough that rows break across pages
    document.save(path)
    pdf = convert(binary, path, "pdf", tmp_path)
    assert fields(parsed(pdf)) == fields(lst)


def test_scanned_pdf_needs_ocr(tmp_path):
    path = write_pdf(tmp_path / "scan.pdf", [b"0 0 0 rg 72 72 400 600 re f"] * 2)
    with pytest.raises(InputError, match=r"scan\.pdf: .*a scanned PDF without a text layer; needs OCR"):
        read_document(path)


def test_encrypted_pdf(tmp_path):
    path = write_pdf(tmp_path / "locked.pdf", [b"BT /F1 12 Tf 72 720 Td (x) Tj ET"], encrypt=True)
    with pytest.raises(InputError, match=r"locked\.pdf: is an encrypted PDF file \(\.pdf\); save it without a password"):
        read_document(path)


def test_two_thousand_pages_refused_quickly(tmp_path):
    path = write_pdf(tmp_path / "long.pdf", [b"BT /F1 12 Tf 72 720 Td (page) Tj ET"] * 2000)
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"long\.pdf: is a PDF file \(\.pdf\) of 2000 pages \(limit 500\)"):
        read_document(path)
    assert time.perf_counter() - start < 30


def test_pdf_of_prose_without_list(tmp_path):
    path = write_pdf(tmp_path / "prose.pdf", [b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"])
    with pytest.raises(InputError, match=r"prose\.pdf: contains no table"):
        parsed(path)


def test_damaged_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"garbage" * 50)
    with pytest.raises(InputError, match=r"broken\.pdf: is a PDF file \(\.pdf\)"):
        read_document(path, limits=ReadLimits())


def test_damaged_pdf_gives_one_line_on_stderr(tmp_path):
    """pdfminer's warnings about a damaged file are not printed: the CLI says one line."""
    import subprocess
    import sys

    pdf = write_pdf(tmp_path / "odd.pdf", [b"/F1 1 (x) rg 1 /F1 l BT /F1 12 Tf 72 720 Td (x) Tj ET"])
    result = subprocess.run([sys.executable, "-m", "polcmp", "parse", str(pdf)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"polcmp: {pdf}: contains no table and no numbered measures （一）…"]


def test_pdf_time_limit(tmp_path):
    path = write_pdf(tmp_path / "slow.pdf", [b"BT /F1 12 Tf 72 720 Td (page) Tj ET"] * 20)
    with pytest.raises(InputError, match=r"slow\.pdf: is a PDF file \(\.pdf\) whose pages took more than 0 s"):
        read_document(path, limits=ReadLimits(pdf_seconds=0))
