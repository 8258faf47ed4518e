"""The HTML report over the result types: WCAG AA contrast for every colour pair in the CSS, Chinese
labels, column labels at phone width, a turned matrix for many regions, list text escaped."""

import re

import pytest

from polcmp.render import RenderOptions, render
from tests.render_fixtures import (
    COMPARISON,
    MATRIX,
    PLAN_COMPARISON,
    chinese_labels,
    leftover_chinese,
    many_regions,
)

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def colour_pairs(html: str) -> list[tuple[str, str, str]]:
    css = html.split("<style>")[1].split("</style>")[0]
    pairs = []
    for selector, body in RULE.findall(css):
        colour = re.search(r"(?<![-\w])color:\s*#([0-9a-fA-F]{6})", body)
        background = re.search(r"background(?:-color)?:\s*#([0-9a-fA-F]{6})", body)
        if colour:
            pairs.append((selector.strip(), colour.group(1), background.group(1) if background else "ffffff"))
    return pairs


def test_contrast_computation():
    assert round(contrast("ffffff", "000000"), 1) == 21.0
    assert contrast("ffffff", "f9a825") < 3  # the old amber cell: 1.97:1


def test_every_colour_pair_meets_wcag_aa():
    pairs = colour_pairs(render(MATRIX, "html"))
    assert len(pairs) >= 12
    for selector, fg, bg in pairs:
        assert contrast(fg, bg) >= 4.5, (selector, fg, bg, contrast(fg, bg))


@pytest.fixture(scope="module")
def page():
    return render(MATRIX, "html")


def test_page_is_self_contained_and_chinese(page):
    assert "<script" not in page and "http://" not in page.replace('"http://x"', "").replace("&#34;http://x&#34;", "")
    assert 'name="generator" content="polcmp' in page
    assert "注意：基准为根据地方清单重建的文本，非官方原件" in page
    body = page.split("</style>")[1]
    for english in ("assignment", "exact", ">reworded<", ">missing<"):
        assert english not in body
    assert "综合匹配" in page and "改写" in page and "待核实" in page
    assert page.count('class="region-head"') == 2 and 'href="#region-tianjin"' in page
    assert page.count('class="service-row"') == 4


def test_list_text_is_escaped(page):
    assert "<b>宣传</b>" not in page and "法治&lt;b&gt;宣传&lt;/b&gt;教育" in page


def test_changes_levels_and_doubt(page):
    assert "<del>；</del>" in page and "<ins>，</ins>" in page
    assert "▼ 低于基准：应当 → 可以: 义务变为可选" in page
    assert "? 待核实（置信度 0.55）" in page
    assert 'class="cell uncertain"' in page and '?<span class="lv weaker">▼</span>' in page


def test_column_labels_at_phone_width(page):
    assert "@media (max-width: 640px)" in page and "content: attr(data-label)" in page
    assert 'data-label="基准条款"' in page and 'data-label="本地条款"' in page


def test_fifty_regions_turn_the_matrix():
    html = render(many_regions(50), "html")
    assert 'class="matrix transposed"' in html and html.count('class="region-row"') == 50
    assert "内蒙古自治区4" in html and 'class="vert service-head"' in html


def test_single_diff_and_plan_pages():
    html = render(COMPARISON, "html", RenderOptions(labels=("旧", "新")))
    assert "旧（基准条款）" in html and "新（本地条款）" in html and 'id="matrix"' not in html
    plan = render(PLAN_COMPARISON, "html")
    assert "<mark>就近</mark>" in plan and "基准之外的措施" in plan and "缺失" in plan


# ---------------------------------------------------------------- --lang en: every label from the labels table


def visible_text(html: str) -> list[str]:
    """What a reader sees: the text nodes (the chart's titles too) and the title and data-label
    attributes, not the CSS."""
    from html.parser import HTMLParser

    class Text(HTMLParser):
        texts: list[str] = []
        in_style = False

        def handle_starttag(self, tag, attrs):
            self.in_style = tag == "style"
            self.texts += [value for name, value in attrs if name in ("title", "data-label") and value]

        def handle_endtag(self, tag):
            self.in_style = False

        def handle_data(self, data):
            if not self.in_style and data.strip():
                self.texts.append(data)

    parser = Text(convert_charrefs=True)
    parser.texts = []
    parser.feed(html)
    return parser.texts


ENGLISH_PAGES = [
    (COMPARISON, ("Baseline: 流动儿童关爱服务基础清单", "national (baseline clauses)", "tianjin (local clauses)",
                  "· reworded · 0.91 · assignment", "? uncertain (confidence 0.55)", "▼ below the baseline: 应当 → 可以",
                  "added (1)", "dropped (1)", "target: 流动儿童 → 义务教育阶段流动儿童",
                  "national → tianjin: 4 vs 4 items")),
    (PLAN_COMPARISON, ("Baseline services and the measures of the plan", "baseline service", "measure", "evidence",
                       "Measures outside the baseline", "missing", "? uncertain")),
    (MATRIX, ("流动儿童关爱服务基础清单 · local lists compared", "Note: the baseline is reconstructed",
              "Compared: 天津市 (天津市流动儿童关爱服务清单); 河北省 (河北省实施方案)", "Overview of the baseline services",
              "Coverage matrix", "baseline service", "regions", "coverage", "added", "identical", "▼ below the baseline",
              "Not read: sources/broken.doc (not a .docx)", "3 of 4 baseline services covered",
              "missing: 4 中等职业教育助学服务",
              "Lists per baseline service: carried, weaker, stronger, missing")),
]


@pytest.mark.parametrize("result, english", ENGLISH_PAGES, ids=["diff", "plan", "coverage"])
def test_english_page_has_no_chinese_label(result, english):
    """`--lang en`: every heading, column head, legend, note and mark in English; only the lists' own
    text (titles, names, services, clauses, reasons) stays Chinese."""
    page = render(result, "html", RenderOptions(lang="en"))
    texts = visible_text(page)
    assert '<html lang="en">' in page
    assert leftover_chinese(texts, result) == ""
    shown = "\n".join(texts)
    assert sorted(label for label in chinese_labels(result) if label in shown) == []
    assert [e for e in english if e not in shown] == []
    assert 'content: attr(data-label) ": "' in page


def test_chinese_page_keeps_its_chinese_labels():
    page = render(MATRIX, "html")
    shown = "\n".join(visible_text(page))
    assert '<html lang="zh-CN">' in page and 'content: attr(data-label) "："' in page
    for label in ("注意：基准为根据地方清单重建的文本，非官方原件", "基准：流动儿童关爱服务基础清单", "各项基础服务概览",
                  "覆盖矩阵", "基准服务项目", "地区数", "覆盖率", "新增", "未能读取：", "覆盖 3/4 项基准服务",
                  "缺失：4 中等职业教育助学服务", "天津市（天津市流动儿童关爱服务清单）", "相同", "▼ 低于基准",
                  "各项基础服务：承接、低于基准、高于基准、缺失的清单数", "变化", "（基准条款）", "? 待核实（置信度 0.55）",
                  "缺失（1）", "基准服务与方案措施", "基准之外的措施"):
        assert label in shown, label
    for english in ("Coverage matrix", "baseline service", "Legend", "Note:", "uncertain", "carried"):
        assert english not in shown, english


# ---------------------------------------------------------------- evidence marks: never one inside another


def _overlapping_plan():
    """The plan fixture with evidence whose terms overlap (基本公共服务 holds 公共服务 and 公共), touch
    (公共|租赁) and would match markup once marked (mark, amp: inside `<mark>` and `&amp;`)."""
    from dataclasses import replace

    from polcmp.results import Evidence

    text = "提供基本公共服务与公共租赁住房 & mark 帮扶"
    terms = ("公共", "基本公共服务", "公共服务", "租赁", "mark", "amp", "帮扶")
    link = replace(PLAN_COMPARISON.links[0], evidence=(Evidence(PLAN_COMPARISON.other.items[1], text, terms, 0.6),))
    return replace(PLAN_COMPARISON, links=(link, *PLAN_COMPARISON.links[1:])), text


def _mark_depths(html: str) -> tuple[int, list[str]]:
    """The deepest nesting of <mark> and the text of each outermost mark."""
    from html.parser import HTMLParser

    class Marks(HTMLParser):
        depth = deepest = 0
        texts: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag == "mark":
                self.depth += 1
                self.deepest = max(self.deepest, self.depth)
                if self.depth == 1:
                    self.texts.append("")

        def handle_endtag(self, tag):
            if tag == "mark":
                self.depth -= 1

        def handle_data(self, data):
            if self.depth:
                self.texts[-1] += data

    parser = Marks(convert_charrefs=True)
    parser.texts = []
    parser.feed(html)
    return parser.deepest, parser.texts


def test_overlapping_evidence_terms_make_one_mark():
    plan, _ = _overlapping_plan()
    cell = render(plan, "html").split('data-label="依据">')[1].split("</td>")[0]
    deepest, marked = _mark_depths(cell)
    assert deepest == 1
    assert marked == ["基本公共服务", "公共", "租赁", "mark", "帮扶"]  # `amp` is not in the text, only in its escape
    assert cell == ("提供<mark>基本公共服务</mark>与<mark>公共</mark><mark>租赁</mark>住房 &amp; <mark>mark</mark> "
                    "<mark>帮扶</mark>")


def test_report_evidence_has_no_nested_marks(lists, mappings):
    """national → hebei (a plan) has evidence terms inside one another (基本公共 / 公共租赁 / 公共)."""
    from polcmp.match import compare

    html = render(compare(lists["national"], lists["hebei"], mappings=mappings), "html")
    deepest, marked = _mark_depths(html)
    assert marked and deepest == 1


def test_term_segments():
    from polcmp.render.common import term_segments

    assert term_segments("甲基本公共服务乙", ("公共", "基本公共服务", "公共服务")) == \
        [("甲", False), ("基本公共服务", True), ("乙", False)]
    assert term_segments("公共租赁", ("公共", "租赁")) == [("公共", True), ("租赁", True)]  # touching, not nested
    assert term_segments("ABCD", ("ABC", "BCD")) == [("ABCD", True)]  # overlapping: one piece
    assert term_segments("公共与公共", ("公共",)) == [("公共", True), ("与", False), ("公共", True)]
    assert term_segments("无", ("", "有")) == [("无", False)]
    assert term_segments("", ("有",)) == []
