"""Spreadsheets (.xlsx, .ods, .xls) read to the same items as the text of the same list."""

import time
import zipfile

import pytest

from polcmp.model import InputError
from polcmp.readers import read_document, sniff
from tests.conftest import ROOT
from tests.readers_build import (
    HEADER,
    convert,
    fields,
    parsed,
    rewrite_member,
    seed_rows,
    seed_xlsx,
    soffice_or_skip,
    write_ods,
    write_xlsx,
)

DEVSET = ROOT / "tests" / "fixtures" / "devset"
SEEDS = ["tianjin", "guangxi", "heilongjiang", "qingdao", "national"]


def test_devset_city_b_xlsx_gives_the_items_of_its_text():
    text = parsed(DEVSET / "city_b.txt")
    sheet = parsed(DEVSET / "city_b.xlsx")
    assert len(text.items) == 18
    assert fields(sheet) == fields(text)
    assert sheet.title == text.title == "江州市流动儿童在居住地享有关爱服务清单"


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_workbook_with_merged_cells_decoy_sheet_title_and_note(tmp_path, lists, sid):
    path = seed_xlsx(lists[sid], tmp_path / f"{sid}.xlsx")
    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet2.xml").decode()
    assert "<mergeCell " in sheet_xml  # the fixture really has merged ranges
    doc = read_document(path)
    assert doc.format == "xlsx"
    assert fields(parsed(path)) == fields(lists[sid])


def test_merged_range_repeats_its_text_down(tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", {"s": [HEADER, ["领域甲", "1", "儿童", "甲", "内容甲", "民政"],
                                                  ["", "2", "", "乙", "内容乙", "教育"]]}, {"s": ["A2:A3", "C2:C3"]})
    rows = [r.cells for r in read_document(path).tables[0]]
    assert rows[2][0] == "领域甲" and rows[2][2] == "儿童"


def test_workbook_without_a_list_names_the_format(tmp_path):
    path = write_xlsx(tmp_path / "budget.xlsx", {"预算": [["科目", "金额"], ["办公", "100"]]})
    with pytest.raises(InputError, match=r"is an Excel workbook \(\.xlsx\) with no sheet holding a 服务项目 column"):
        read_document(path)


def test_format_comes_from_content_not_extension(tmp_path, lists):
    path = seed_xlsx(lists["national"], tmp_path / "list.docx")  # misnamed
    assert sniff(path) == "xlsx"
    assert fields(parsed(path)) == fields(lists["national"])


def test_ods_written_by_hand(tmp_path, lists):
    lst = lists["qingdao"]
    path = write_ods(tmp_path / "q.ods", [[lst.title], HEADER, *seed_rows(lst)])
    assert sniff(path) == "ods"
    assert fields(parsed(path)) == fields(lst)


@pytest.mark.parametrize("target", ["xls", "ods"])
def test_libreoffice_saved_workbooks(tmp_path, lists, target):
    binary = soffice_or_skip()
    lst = lists["tianjin"]
    source = seed_xlsx(lst, tmp_path / "tianjin.xlsx")
    converted = convert(binary, source, target, tmp_path)
    assert sniff(converted) == target
    assert fields(parsed(converted)) == fields(lst)


def test_zip_bomb_in_xlsx_is_refused_quickly(tmp_path):
    path = tmp_path / "bomb.xlsx"
    write_xlsx(path, {"s": [HEADER]})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z, z.open("xl/media/zeros.bin", "w",
                                                                        force_zip64=True) as f:
        block = b"\0" * (1 << 20)
        for _ in range(300):
            f.write(block)
    assert path.stat().st_size < 2_000_000
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"bomb\.xlsx.*Excel workbook \(\.xlsx\).*zip bomb"):
        read_document(path)
    assert time.perf_counter() - start < 5


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lolololololololololol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
          + "]>")


def test_billion_laughs_in_xlsx_is_not_expanded(tmp_path):
    path = write_xlsx(tmp_path / "laughs.xlsx", {"s": [HEADER, ["a", "1", "b", "&lol9;", "c", "d"]]},
                      doctype=LAUGHS)
    rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"&amp;lol9;", b"&lol9;"))
    assert b"<!ENTITY lol9" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    start = time.perf_counter()
    try:
        doc = read_document(path)
    except InputError as e:
        assert "laughs.xlsx" in str(e)
    else:  # read, but never with the entity expanded
        assert all(len(c) < 1000 for row in doc.tables[0] for c in row.cells)
    assert time.perf_counter() - start < 5


def test_billion_laughs_in_ods_is_not_expanded(tmp_path):
    path = write_ods(tmp_path / "laughs.ods", [HEADER, ["a", "1", "b", "x", "c", "d"]], doctype=LAUGHS)
    rewrite_member(path, "content.xml", lambda xml: xml.replace(b"<text:p>x</text:p>", b"<text:p>&lol9;</text:p>"))
    assert b"&lol9;</text:p>" in zipfile.ZipFile(path).read("content.xml")
    start = time.perf_counter()
    try:
        doc = read_document(path)
    except InputError as e:
        assert "laughs.ods" in str(e)
    else:
        assert all(len(c) < 1000 for row in doc.tables[0] for c in row.cells)
    assert time.perf_counter() - start < 5


def test_zip_bomb_in_ods_is_refused(tmp_path):
    path = write_ods(tmp_path / "bomb.ods", [HEADER])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z, z.open("Pictures/zeros", "w", force_zip64=True) as f:
        for _ in range(300):
            f.write(b"\0" * (1 << 20))
    with pytest.raises(InputError, match=r"OpenDocument spreadsheet \(\.ods\).*zip bomb"):
        read_document(path)
