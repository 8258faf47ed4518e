"""The HTML report over the result types: WCAG AA contrast for every colour pair in the CSS, Chinese
labels, column labels at phone width, a turned matrix for many regions, list text escaped."""

import re

import pytest

from polcmp.render import RenderOptions, render
from tests.render_fixtures import COMPARISON, MATRIX, PLAN_COMPARISON, many_regions

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
    assert 'class="cell uncertain"' in page and "?▼" in page


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
