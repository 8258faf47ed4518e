"""Word tables read completely: early-ending rows, tracked changes, content controls, fields, smart
tags, odd merges and spans; hostile ones fail fast with an InputError."""

import time
import zipfile

import docx
import pytest

from polcmp.model import InputError
from polcmp.readers import ReadLimits, read_document
from tests.readers_build import HEADER, fields, parsed, rewrite_member, seed_docx

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _tc(inner: str, props: str = "") -> str:
    return f"<w:tc>{'<w:tcPr>' + props + '</w:tcPr>' if props else ''}{inner or '<w:p/>'}</w:tc>"


def _row(cells, props: str = "") -> str:
    return f"<w:tr>{'<w:trPr>' + props + '</w:trPr>' if props else ''}{''.join(cells)}</w:tr>"


def _table(rows, width=6) -> str:
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in range(width))
    return f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


HEADER_ROW = _row([_tc(_p(h)) for h in HEADER])


def make_docx(path, body: str):
    """A real .docx (python-docx's template) whose body is replaced by `body`."""
    docx.Document().save(path)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}</w:body></w:document>'
    return rewrite_member(path, "word/document.xml", lambda _: xml.encode("utf-8"))


def _plain(values):
    return [_tc(_p(v)) for v in values]


def test_row_ending_early_is_padded_not_lost(tmp_path):
    short = _row(_plain(["领域", "2", "儿童", "项目乙", "内容乙"]), '<w:gridAfter w:val="1"/>')
    path = make_docx(tmp_path / "gridafter.docx", _table([
        HEADER_ROW, _row(_plain(["领域", "1", "儿童", "项目甲", "内容甲", "民政"])), short]))
    lst = parsed(path)
    assert [(i.seq, i.service, i.departments) for i in lst.items] == [(1, "项目甲", ("民政",)), (2, "项目乙", ("民政",))]


def test_row_starting_late_is_shifted_to_its_columns(tmp_path):
    late = _row(_plain(["2", "儿童", "项目乙", "内容乙", "教育"]), '<w:gridBefore w:val="1"/>')
    path = make_docx(tmp_path / "gridbefore.docx", _table([
        HEADER_ROW, _row(_plain(["领域", "1", "儿童", "项目甲", "内容甲", "民政"])), late]))
    assert [(i.domain, i.service) for i in parsed(path).items] == [("领域", "项目甲"), ("领域", "项目乙")]


def test_tracked_changes_content_controls_fields_and_smart_tags(tmp_path):
    content = ("<w:p><w:r><w:t>提供</w:t></w:r><w:ins><w:r><w:t>免费</w:t></w:r></w:ins>"
               "<w:del><w:r><w:delText>收费</w:delText></w:r></w:del><w:r><w:t>服务</w:t></w:r></w:p>")
    service = ('<w:sdt><w:sdtPr><w:alias w:val="项目"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>控件项目</w:t>'
               "</w:r></w:p></w:sdtContent></w:sdt>")
    target = ('<w:p><w:fldSimple w:instr=" DOCPROPERTY 对象 "><w:r><w:t>域中对象</w:t></w:r></w:fldSimple></w:p>')
    dept = ('<w:p><w:smartTag w:uri="urn:x" w:element="place"><w:r><w:t>市民政局</w:t></w:r></w:smartTag>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    row = _row([_tc(_p("领域")), _tc(_p("1")), _tc(target), _tc(service), _tc(content), _tc(dept)])
    second = _row(_plain(["领域", "2", "儿童", "项目二", "内容二", "教育局"]))
    sdt_row = f"<w:sdt><w:sdtContent>{second}</w:sdtContent></w:sdt>"
    path = make_docx(tmp_path / "tracked.docx", _table([HEADER_ROW, row, sdt_row]))
    items = parsed(path).items
    assert (items[0].target, items[0].service, items[0].content, items[0].departments) == \
        ("域中对象", "控件项目", "提供免费服务", ("市民政局",))
    assert items[1].service == "项目二"  # a row inside a content control is a row too


def test_vertical_merge_starting_in_first_row_and_non_integer_span(tmp_path):
    rows = [HEADER_ROW,
            _row([_tc(_p(""), '<w:vMerge/>'), _tc(_p("1")), _tc(_p("儿童")), _tc(_p("甲"), '<w:gridSpan w:val="x"/>'),
                  _tc(_p("内容")), _tc(_p("民政"))])]
    path = make_docx(tmp_path / "odd.docx", _table(rows))
    items = parsed(path).items
    assert [(i.seq, i.service, i.content) for i in items] == [(1, "甲", "内容")]


def test_vertical_merge_over_thousands_of_rows(tmp_path):
    top = _tc(_p("领域"), '<w:vMerge w:val="restart"/>')
    rows = [HEADER_ROW, _row([top, *_plain(["1", "儿童", "项目1", "内容1", "民政"])])]
    rows += [_row([_tc("<w:p/>", "<w:vMerge/>"), *_plain([str(n), "儿童", f"项目{n}", f"内容{n}", "民政"])])
             for n in range(2, 4001)]
    path = make_docx(tmp_path / "long.docx", _table(rows))
    start = time.perf_counter()
    items = parsed(path).items
    assert len(items) == 4000 and items[-1].domain == "领域"
    assert time.perf_counter() - start < 10


def test_huge_grid_span_is_clipped_quickly(tmp_path):
    row = _row([_tc(_p("领域")), _tc(_p("1")), _tc(_p("儿童"), '<w:gridSpan w:val="2000000000"/>')])
    path = make_docx(tmp_path / "span.docx", _table([HEADER_ROW, row]))
    start = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - start < 2
    assert [len(r.cells) for r in doc.tables[0]] == [6, 6]


def test_huge_grid_span_without_grid_is_an_input_error(tmp_path):
    row = _row([_tc(_p("甲"), '<w:gridSpan w:val="2000000000"/>')])
    path = make_docx(tmp_path / "nogrid.docx", f"<w:tbl>{HEADER_ROW}{row}</w:tbl>")
    with pytest.raises(InputError, match=r"nogrid\.docx: is a Word document \(\.docx\) with a cell spanning"):
        read_document(path)


def test_zip_bomb_docx(tmp_path):
    path = tmp_path / "bomb.docx"
    docx.Document().save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z, z.open("word/media/zeros", "w", force_zip64=True) as f:
        for _ in range(300):
            f.write(b"\0" * (1 << 20))
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"bomb\.docx: is a Word document \(\.docx\).*zip bomb"):
        read_document(path)
    assert time.perf_counter() - start < 5


def test_document_xml_larger_than_limit(tmp_path):
    rows = [HEADER_ROW] + [_row(_plain(["领域", str(n), "儿童", f"项目{n}", "内容" * 50, "民政"])) for n in range(1, 300)]
    path = make_docx(tmp_path / "big.docx", _table(rows))
    with pytest.raises(InputError, match=r"big\.docx: is a Word document \(\.docx\) that expands to .* \(limit 100000"):
        read_document(path, limits=ReadLimits(max_zip_total=100_000))


def test_row_limit(tmp_path):
    rows = [HEADER_ROW] + [_row(_plain(["领域", str(n), "儿童", "项目", "内容", "民政"])) for n in range(1, 60)]
    path = make_docx(tmp_path / "rows.docx", _table(rows))
    with pytest.raises(InputError, match="more than 50 table rows"):
        read_document(path, limits=ReadLimits(max_rows=50))


def test_seed_docx_reads_like_python_docx(tmp_path, lists):
    """The XML walk gives what python-docx's row.cells gave on an ordinary merged table."""
    path = seed_docx(lists["guangxi"], tmp_path / "g.docx")
    ours = [r.cells for table in read_document(path).tables for r in table]
    theirs = []
    for table in docx.Document(path).tables:
        for row in table.rows:
            cells, previous = [], None
            for cell in row.cells:
                cells.append("" if cell._tc is previous else "\n".join(p.text for p in cell.paragraphs))
                previous = cell._tc
            theirs.append(tuple(cells))
    assert ours == theirs
    assert fields(parsed(path)) == fields(lists["guangxi"])
