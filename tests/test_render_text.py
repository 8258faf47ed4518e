"""Rich terminal output rendered to a string: marks without colour, colour only when asked, Chinese
line breaking, no trailing spaces, region names, the reconstruction notice."""

import re

from polcmp.render import RenderOptions, render
from polcmp.render.cjkwrap import break_offsets
from polcmp.render.common import NO_LINE_START, RECONSTRUCTED
from tests.render_fixtures import CHECK, COMPARISON, MATRIX, PLAN_COMPARISON, many_regions

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_plain_diff_keeps_word_marks_and_reasons():
    text = render(COMPARISON, "text", RenderOptions(width=80))
    assert "\x1b[" not in text
    assert "~－符合条件的就近入园[-；-]" in text and "~＋符合条件的就近入园{+，+}" in text
    assert "[-应当-]发放临时救助金" in text and "{+可以+}发放临时救助金" in text
    assert "▼ 低于基准：应当 → 可以: 义务变为可选" in text
    assert "? 待核实" in text and "综合匹配" in text and "assignment" not in text
    assert text.startswith(f"注意：{RECONSTRUCTED}")


def test_colour_only_when_asked():
    coloured = render(COMPARISON, "text", RenderOptions(width=80, color=True))
    assert "\x1b[9;31m" in coloured  # red strike
    assert "[-" not in ANSI.sub("", coloured) and "{+" not in ANSI.sub("", coloured)


def test_labels_name_the_sides():
    text = render(COMPARISON, "text", RenderOptions(width=80, labels=("旧版", "新版")))
    assert "旧版 → 新版" in text and "－ 旧版  ＋ 新版" in text


def test_no_trailing_spaces_unless_a_terminal():
    for result in (COMPARISON, PLAN_COMPARISON, MATRIX, CHECK):
        text = render(result, "text", RenderOptions(width=60))
        assert not any(line != line.rstrip() for line in text.splitlines()), type(result).__name__


def test_wrapped_lines_never_start_with_closing_punctuation():
    text = ("保障流动儿童接受义务教育，免除学杂费，免费提供教科书；以公办学校为主保障就近入学；"
            "为家庭经济困难流动儿童提供生活补助。")
    for width in range(6, 40):
        starts = [text[o] for o in break_offsets(text, width)]
        assert not set(starts) & NO_LINE_START, width
    rendered = render(COMPARISON, "text", RenderOptions(width=21, terminal=True))
    assert max(len(line) for line in rendered.splitlines()) <= 21  # wrapped, in a terminal
    assert not [line for line in rendered.splitlines() if line[:1] in NO_LINE_START]


def test_piped_diff_is_what_rich_prints_unwrapped():
    """Without a terminal and colour a list diff is joined as plain text (no Rich): the same lines Rich
    prints when nothing needs wrapping, each line whole whatever the width."""
    from polcmp.render.text import _render, diff_lines, rich_lines

    wide = RenderOptions(width=3000)
    assert render(COMPARISON, "text", wide) == _render(rich_lines(diff_lines(COMPARISON, wide)), wide, wrap=False)
    narrow = render(COMPARISON, "text", RenderOptions(width=40))
    assert "  +送法进校园|开放日\n活动。\n" in narrow  # a CR is dropped as Rich drops it; the line not cut
    assert "national → tianjin：4 项对 4 项；改写 2，服务对象变化 1，新增 1，缺失 1，低于基准 1，待核实 1\n" in narrow
    assert "改写（2） " + "─" * 30 + "\n" in narrow  # a rule still fills the width (two cells a character)


def test_matrix_columns_are_chinese_names_with_marks():
    text = render(MATRIX, "text", RenderOptions(width=100))
    assert "天津市" in text and "河北省" in text and "?▼" in text
    assert "待核实" in text and "已跳过 sources/broken.doc" in text


def test_fifty_regions_turn_the_matrix():
    text = render(many_regions(50), "text", RenderOptions(width=80))
    assert "列为基准服务序号" in text
    assert "内蒙古自治区4" in text and max(len(line) for line in text.splitlines()) <= 80


def test_plan_diff_lists_evidence_and_missing():
    text = render(PLAN_COMPARISON, "text", RenderOptions(width=100))
    assert "覆盖基准服务 2/4 项" in text and "缺失" in text and "+ (1) 开展监测摸排" in text


def test_check_text_lines():
    text = render(CHECK, "text", RenderOptions(width=200))
    lines = text.splitlines()
    assert lines[0] == "错误 sources/天津,市:清单.txt:8: 基准服务 4 中等职业教育助学服务 缺失"
    assert "提示 sources/清单.docx: 表格第 4 行: 第 4 项 法治<b>宣传</b>教育：新增" in lines
    assert "未通过 sources/天津,市:清单.txt：错误 1，警告 2，提示 2（基准 national）" in lines
    english = render(CHECK, "text", RenderOptions(width=200, lang="en")).splitlines()
    assert english[0] == "ERROR   sources/天津,市:清单.txt:8: baseline service 4 中等职业教育助学服务 is missing"
    assert "FAIL sources/天津,市:清单.txt: 1 errors, 2 warnings, 2 notices (baseline national)" in english
    assert lines[-1] == f"注意：{RECONSTRUCTED}"


def test_wrapping_looks_only_a_window_ahead_with_the_same_breaks():
    """break_offsets hands Rich a window of the text, not the whole rest of it (linear on a 50,000-
    character cell): the breaks are those of Rich's divide_line on the whole rest, rule applied."""
    import random

    from rich._wrap import divide_line

    def over_the_whole_rest(text, width):
        offsets, start = [], 0
        while len(text) - start > width:  # one cell per character in this alphabet but for the 。
            relative = divide_line(text[start:], width, fold=True)
            if not relative:
                break
            offset = start + relative[0]
            while offset - 1 > start and text[offset] in NO_LINE_START:
                offset -= 1
            offsets.append(offset)
            start = offset
        return offsets

    rng = random.Random(7)
    alphabet = "abc de fgh ij k lmnop q 12 3 ,.;"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 300)))
        for width in (4, 9, 23, 60):
            assert break_offsets(text, width) == over_the_whole_rest(text, width), (text, width)
    assert len(break_offsets("流动儿童关爱" * 9000, 80)) > 1300


def test_the_summary_stands_above_the_matrix():
    """For each baseline service, how many lists carry, weaken, strengthen and drop it: above the matrix,
    in text and Markdown, its numbers those of the cells below."""
    from polcmp.results import tally

    text = render(MATRIX, "text", RenderOptions(width=100))
    summary_at, matrix_at = text.index("份清单对各项基准服务的承接情况"), text.index("覆盖情况")
    assert summary_at < matrix_at
    rows = {t.base.seq: t for t in tally(MATRIX)}
    line = next(ln for ln in text.splitlines() if ln.strip().startswith("4 ") and "中等职业教育助学" in ln)
    assert line.split()[-5:] == [str(rows[4].carried), str(rows[4].weaker), str(rows[4].stronger),
                                 str(rows[4].missing), str(rows[4].regions)]
    markdown = render(MATRIX, "markdown", RenderOptions())
    assert markdown.index("| 序号 | 基准服务 | 承接 |") < markdown.index("| 序号 | 服务 |")


def test_piped_coverage_never_folds_a_name(run, tmp_path):
    """Piped coverage is whole lines: a region named after its file keeps the name on one line, and the
    files come in natural order (1, 2, 10)."""
    import shutil

    from tests.conftest import ROOT

    for n in (10, 2, 1):
        shutil.copy(ROOT / "sources" / "heilongjiang.txt", tmp_path / f"heilongjiang_a_rather_long_name_{n} 4.txt")
    out = run("coverage", str(tmp_path)).stdout
    rows = [line for line in out.splitlines() if "heilongjiang_a_rather_long_name_" in line]
    assert [r.split("name_")[1].split(" ")[0] for r in rows] == ["1", "2", "10"]
    assert all(r.rstrip().endswith("100 3") for r in rows)  # the whole row on its line
