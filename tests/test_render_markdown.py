"""Markdown renders under CommonMark + GFM tables + strikethrough without literal ** or ~~, marks as
<del>/<ins>, and list text stays text (| CR LF and raw HTML escaped)."""

import pytest

from polcmp.render import render
from tests.render_fixtures import BASE, CHECK, COMPARISON, MATRIX, PLAN_COMPARISON, SOURCES, many_regions

markdown_it = pytest.importorskip("markdown_it")
RESULTS = [COMPARISON, PLAN_COMPARISON, MATRIX, many_regions(50), CHECK, BASE, SOURCES]


def to_html(text: str) -> str:
    return markdown_it.MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(text)


@pytest.mark.parametrize("result", RESULTS, ids=lambda r: type(r).__name__)
def test_no_literal_emphasis_marks(result):
    html = to_html(render(result, "markdown"))
    assert "**" not in html and "~~" not in html
    assert "<b>宣传</b>" not in html and "<script" not in html


@pytest.mark.parametrize("result", RESULTS, ids=lambda r: type(r).__name__)
def test_every_table_row_has_its_cells(result):
    text = render(result, "markdown")
    html = to_html(text)
    rows = [line for line in text.splitlines() if line.startswith("|")]
    separators = [line for line in rows if line.startswith("|---")]
    assert html.count("<tr>") == len(rows) - len(separators)


def test_word_marks_are_del_and_ins():
    html = to_html(render(COMPARISON, "markdown"))
    assert "符合条件的就近入园<del>；</del>" in html and "符合条件的就近入园<ins>，</ins>" in html
    assert "<del>应当</del>发放临时救助金。" in html
    assert "▼ 低于基准" in html and "? 待核实" in html


def test_list_text_is_escaped():
    text = render(COMPARISON, "markdown")
    assert "法治&lt;b&gt;宣传&lt;/b&gt;教育" in text and "送法进校园\\|开放日 活动" in text
    assert "\r" not in text


def test_reconstruction_is_flagged_in_chinese():
    for result in (COMPARISON, MATRIX, CHECK):
        assert "基准为根据地方清单重建的文本，非官方原件" in render(result, "markdown")


def test_matrix_headed_by_chinese_names():
    assert "| # | service | 天津市 | 河北省 | regions |" in render(MATRIX, "markdown")
    assert "| 内蒙古自治区4 |" in render(many_regions(50), "markdown")
