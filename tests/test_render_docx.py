"""The Word 对照表 opened with python-docx: struck red deletions, underlined insertions, sections."""

import io

from docx import Document

from polcmp.render import RenderOptions, render
from tests.render_fixtures import COMPARISON, MATRIX


def runs(doc):
    return [run for table in doc.tables for row in table.rows for cell in row.cells
            for p in cell.paragraphs for run in p.runs]


def test_diff_table_marks_words():
    doc = Document(io.BytesIO(render(COMPARISON, "docx", RenderOptions(labels=("旧版", "新版")))))
    assert "基准为根据地方清单重建的文本，非官方原件" in "\n".join(p.text for p in doc.paragraphs)
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["基准条款（旧版）", "本地条款（新版）", "变化"]
    struck = [r.text for r in runs(doc) if r.font.strike]
    underlined = [r.text for r in runs(doc) if r.font.underline]
    assert "；" in struck and "应当" in struck and "资助家庭经济困难儿童。" in struck
    assert "，" in underlined and "可以" in underlined
    assert all(str(r.font.color.rgb) == "B71C1C" for r in runs(doc) if r.font.strike)
    texts = [c.text for row in table.rows for c in row.cells]
    assert any("▼ 低于基准" in t for t in texts) and any("? 待核实" in t for t in texts)


def test_report_has_matrix_and_a_section_per_region():
    doc = Document(io.BytesIO(render(MATRIX, "docx")))
    assert len(doc.sections) == 3
    matrix = doc.tables[0]
    assert [c.text for c in matrix.rows[0].cells] == ["序号", "基准服务项目", "天津市", "河北省", "地区数"]
    assert matrix.rows[3].cells[2].text == "?▼"
    assert 'w:fill="6A1B9A"' in matrix.rows[3].cells[2]._tc.xml
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "天津市 · 天津市流动儿童关爱服务清单" in headings
    # the service column keeps 5 cm in every row, so names read as words, not two characters a line
    assert {round(row.cells[1].width.cm, 1) for row in matrix.rows} == {5.0}


def test_pair_level_is_said_once_under_its_heading():
    """A pair's level note (▼ 低于基准：…) stands under the pair's heading row; a clause of the pair
    whose own level is the baseline's does not repeat it in its 变化 cell."""
    from dataclasses import replace

    from polcmp.render.common import level_note
    from polcmp.results import Level

    weaker = next(link for link in COMPARISON.links if link.level is Level.WEAKER and link.clauses)
    plain = tuple(replace(c, level=Level.SAME, level_reasons=()) for c in weaker.clauses)
    comparison = replace(COMPARISON, links=tuple(replace(link, clauses=plain) if link is weaker else link
                                                 for link in COMPARISON.links))
    note = level_note(weaker.level, weaker.level_reasons)
    table = Document(io.BytesIO(render(comparison, "docx"))).tables[0]
    rows = [row for row in table.rows if note in "\n".join(c.text for c in row.cells)]
    assert len(rows) == 1
    assert rows[0].cells[0].text.startswith(f"{weaker.base.seq} → {weaker.other.seq} ")  # the heading row
