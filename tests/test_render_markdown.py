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
    assert "| 序号 | 服务 | 天津市 | 河北省 | 地区数 |" in render(MATRIX, "markdown")
    assert "| 内蒙古自治区4 |" in render(many_regions(50), "markdown")


def test_plan_evidence_terms_bold_once_never_nested():
    """Terms inside one another (基本公共服务 ⊃ 公共服务 ⊃ 公共) make one <b>, and a term never matches
    inside the escapes (`amp` in &amp;) or the tags themselves (`b`)."""
    from dataclasses import replace

    from polcmp.results import Evidence

    text = "提供基本公共服务与公共租赁住房 & b 帮扶"
    terms = ("公共", "基本公共服务", "公共服务", "租赁", "b", "amp")
    link = replace(PLAN_COMPARISON.links[0], evidence=(Evidence(PLAN_COMPARISON.other.items[1], text, terms, 0.6),))
    plan = replace(PLAN_COMPARISON, links=(link, *PLAN_COMPARISON.links[1:]))
    row = next(line for line in render(plan, "markdown").splitlines() if "租赁" in line)
    assert row.endswith("| 提供<b>基本公共服务</b>与<b>公共</b><b>租赁</b>住房 &amp; <b>b</b> 帮扶 |"), row
    html = to_html(row)
    assert "<b><b>" not in html and html.count("<b>") == html.count("</b>") == 4
