"""Saved web pages: the list's table found among layout tables, rowspan expanded, chrome ignored."""

import time

import pytest

from polcmp.model import InputError
from polcmp.readers import read_document, sniff
from tests.conftest import ROOT
from tests.readers_build import HEADER, fields, parsed, seed_html

DEVSET = ROOT / "tests" / "fixtures" / "devset"
SEEDS = ["tianjin", "guangxi", "heilongjiang", "qingdao", "national"]


def test_devset_city_b_html_gives_the_items_of_its_text():
    text = parsed(DEVSET / "city_b.txt")
    page = parsed(DEVSET / "city_b.html")
    assert fields(page) == fields(text)
    assert page.title == text.title


@pytest.mark.parametrize("sid", SEEDS)
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_seed_page_with_rowspan_and_layout_tables(tmp_path, lists, sid, encoding):
    path = seed_html(lists[sid], tmp_path / f"{sid}.html", encoding)
    assert 'rowspan="' in path.read_bytes().decode(encoding)
    doc = read_document(path)
    assert doc.format == "html" and len(doc.tables) == 1  # neither the layout nor the navigation table
    result = parsed(path, sid)
    assert fields(result) == fields(lists[sid])
    assert result.title == lists[sid].title


def test_colspan_and_rowspan_grid(tmp_path):
    page = ("<table><tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"
            '<tr><td rowspan="2">甲</td><td>1</td><td rowspan="2">儿童</td><td>项目一</td><td>内容一</td>'
            "<td>民政</td></tr><tr><td>2</td><td>项目二</td><td>内容二</td><td>教育</td></tr>"
            '<tr><td colspan="6">注：说明</td></tr></table>')
    path = tmp_path / "g.htm"
    path.write_text(page, encoding="utf-8")
    rows = [r.cells for r in read_document(path).tables[0]]
    assert rows[2] == ("甲", "2", "儿童", "项目二", "内容二", "教育")
    assert rows[3] == ("注：说明", "", "", "", "", "")
    assert [i.service for i in parsed(path).items] == ["项目一", "项目二"]


def test_huge_rowspan_and_colspan_are_bounded(tmp_path):
    page = ("<table><tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"
            '<tr><td rowspan="2000000000">甲</td><td colspan="99999999">1</td></tr></table>')
    path = tmp_path / "span.html"
    path.write_text(page, encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"span\.html: is a web page \(\.html\) with a table row of more than 256"):
        read_document(path)
    assert time.perf_counter() - start < 2


def test_100000_nested_tags_fail_quickly(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000
                    + "<table><tr><th>服务项目</th><th>服务内容</th><th>序号</th></tr></table></body></html>",
                    encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"deep\.html: is a web page \(\.html\) nested deeper than"):
        read_document(path)
    assert time.perf_counter() - start < 5


def test_page_without_the_list(tmp_path):
    path = tmp_path / "news.html"
    path.write_text("<!doctype html><html><body><table><tr><td>新闻</td></tr></table></body></html>",
                    encoding="utf-8")
    assert sniff(path) == "html"
    with pytest.raises(InputError, match=r"is a web page \(\.html\) with no table holding a 服务项目"):
        read_document(path)


def test_no_external_entity_or_network(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]><html><body><table>'
            "<tr><th>序号</th><th>服务项目</th><th>服务内容</th></tr><tr><td>1</td><td>&x;</td><td>内容</td></tr>"
            "</table></body></html>")
    path = tmp_path / "xxe.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert all("SECRET" not in c for row in doc.tables[0] for c in row.cells)
