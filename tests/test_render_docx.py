"""The Word 对照表 opened with python-docx: struck red deletions, underlined insertions, sections."""

import io

from docx import Document

from polcmp.render import RenderOptions, render
from tests.render_fixtures import COMPARISON, MATRIX, chinese_labels, leftover_chinese


def runs(doc):
    return [run for table in doc.tables for row in table.rows for cell in row.cells
            for p in cell.paragraphs for run in p.runs]


def test_diff_table_marks_words():
    doc = Document(io.BytesIO(render(COMPARISON, "docx", RenderOptions(labels=("旧版", "新版")))))
    assert "基准为根据地方清单重建的文本，非官方原件" in "\n".join(p.text for p in doc.paragraphs)
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["基准条款（旧版）", "本地条款（新版）", "说明"]
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
    assert 'w:fill="F3E5F5"' in matrix.rows[3].cells[2]._tc.xml  # uncertain: a light fill under its mark
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


def _xml(doc) -> str:
    return doc.element.xml


def test_pages_are_laid_out_as_an_office_files_them():
    """A4 landscape with GB/T 9704 margins, 仿宋 text and 黑体 headings named in the east-Asian font slot,
    the page number "— N —" from a PAGE field, and the header row repeated on every page."""
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm

    for result in (COMPARISON, MATRIX):
        doc = Document(io.BytesIO(render(result, "docx", RenderOptions())))
        for section in doc.sections:
            assert section.orientation == WD_ORIENT.LANDSCAPE
            assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (29.7, 21.0)
            assert abs(section.left_margin - Cm(3.7)) < Cm(0.01) and abs(section.top_margin - Cm(2.8)) < Cm(0.01)
            footer = section.footer.paragraphs[0]
            assert footer.text.startswith("— ") and footer.text.endswith(" —")
            assert "PAGE" in "".join(t.text or "" for t in footer._p.iter(qn("w:instrText")))
        normal = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
        assert normal.get(qn("w:eastAsia")) == "仿宋_GB2312"
        heading = doc.styles["Heading 2"].element.rPr.find(qn("w:rFonts"))
        assert heading.get(qn("w:eastAsia")) == "黑体"
        for table in doc.tables:
            first = table.rows[0]._tr.trPr
            assert first is not None and first.find(qn("w:tblHeader")) is not None


def test_two_local_lists_are_named_by_their_regions_not_as_baseline_and_local():
    """Neither side is the baseline: the columns carry the two regions' names and the level says 低于广西."""
    import dataclasses

    local = dataclasses.replace(COMPARISON, reference="广西", names=("广西壮族自治区", "天津市"), dates=("2024", ""))
    doc = Document(io.BytesIO(render(local, "docx", RenderOptions())))
    heads = [c.text for c in doc.tables[0].rows[0].cells]
    assert heads == ["广西壮族自治区条款", "天津市条款", "说明"]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "广西壮族自治区与天津市清单对照表" in text and "（2024）" in text
    cells = "\n".join(c.text for row in doc.tables[0].rows for c in row.cells)
    assert "低于广西" in cells and "低于基准" not in cells and "基准条款" not in cells


def test_coverage_marks_read_without_colour():
    """Light fills under dark symbols: no cell is black or white text on a dark fill."""
    from docx.oxml.ns import qn

    doc = Document(io.BytesIO(render(MATRIX, "docx", RenderOptions())))
    fills = {shd.get(qn("w:fill")) for shd in doc.element.iter(qn("w:shd"))}
    assert fills and all(int(f[:2], 16) + int(f[2:4], 16) + int(f[4:], 16) > 3 * 0xD0 for f in fills if f != "EEEEEE")


def doc_texts(doc) -> list[str]:
    """Every paragraph and every table cell (header rows included) a reader sees."""
    return [p.text for p in doc.paragraphs] + [c.text for table in doc.tables for row in table.rows for c in row.cells]


def test_english_documents_have_no_chinese_label():
    """`--lang en`: the title, the lines naming the lists, the caveat, the column heads, the pair headings,
    the 说明 column, the matrix and its legend in English; the lists' own text stays as it is."""
    import dataclasses

    local = dataclasses.replace(COMPARISON, reference="广西", names=("广西壮族自治区", "天津市"), dates=("2024", ""))
    for result in (COMPARISON, local, MATRIX):
        doc = Document(io.BytesIO(render(result, "docx", RenderOptions(lang="en"))))
        texts = doc_texts(doc)
        assert leftover_chinese(texts, result) == "", result
        shown = "\n".join(texts)
        assert sorted(label for label in chinese_labels(result) if label in shown) == []
    diff = Document(io.BytesIO(render(COMPARISON, "docx", RenderOptions(lang="en"))))
    assert [c.text for c in diff.tables[0].rows[0].cells] == ["baseline clauses (national)", "local clauses (tianjin)",
                                                              "notes"]
    paragraphs = [p.text for p in diff.paragraphs]
    assert paragraphs[:4] == ["national and tianjin: the lists compared", "national: 流动儿童关爱服务基础清单",
                              "tianjin: 天津市流动儿童关爱服务清单",
                              "Note: the baseline is reconstructed from local lists, not the official text"]
    cells = "\n".join(doc_texts(diff))
    for english in ("· reworded · 0.61 · assignment · ? uncertain (confidence 0.55)", "changed  ▼ below the baseline",
                    "added (1)", "dropped (1)", "4 中等职业教育助学服务: =HYPERLINK"):
        assert english in cells, english
    local_doc = Document(io.BytesIO(render(local, "docx", RenderOptions(lang="en"))))
    assert [c.text for c in local_doc.tables[0].rows[0].cells] == ["广西壮族自治区 clauses", "天津市 clauses", "notes"]
    assert "广西壮族自治区: 流动儿童关爱服务基础清单 (2024)" in [p.text for p in local_doc.paragraphs]
    assert "below 广西" in "\n".join(doc_texts(local_doc))
    report = Document(io.BytesIO(render(MATRIX, "docx", RenderOptions(lang="en"))))
    assert [c.text for c in report.tables[0].rows[0].cells] == ["#", "baseline service", "天津市", "河北省", "regions"]
    assert report.tables[0].rows[-1].cells[1].text == "coverage"
    paragraphs = [p.text for p in report.paragraphs]
    assert paragraphs[:2] == ["流动儿童关爱服务基础清单 · local lists compared", "Compared: 2 lists"]
    assert "Coverage matrix" in paragraphs
    assert any(p.startswith("Legend: = identical  ~ reworded") for p in paragraphs)


def test_chinese_documents_keep_their_chinese_labels():
    diff = "\n".join(doc_texts(Document(io.BytesIO(render(COMPARISON, "docx")))))
    report = "\n".join(doc_texts(Document(io.BytesIO(render(MATRIX, "docx")))))
    for label in ("national与tianjin清单对照表", "national：流动儿童关爱服务基础清单", "注意：基准为根据地方清单重建的文本",
                  "基准条款（national）", "本地条款（tianjin）", "说明", "改写　▼ 低于基准", "新增（1）", "缺失（1）",
                  "· 改写 · 0.61 · 综合匹配 · ? 待核实（置信度 0.55）", "4 中等职业教育助学服务：=HYPERLINK"):
        assert label in diff, label
    for label in ("流动儿童关爱服务基础清单 · 各地清单对照", "对照：2 份清单", "覆盖矩阵", "序号", "基准服务项目", "地区数",
                  "覆盖率", "图例：= 相同　~ 改写"):
        assert label in report, label
    for english in ("baseline", "notes", "Legend", "coverage", "reworded"):
        assert english not in diff + report, english
