"""Labelled blocks (`字段：值` per line, one block per row), first met in fc45's county list."""

import json

import pytest

from polcmp.model import DocumentKind, InputError
from polcmp.parse import parse_document
from polcmp.parse.labelled import labelled_start
from polcmp.readers import TextDocument
from tests.conftest import ROOT, check_golden, portable_json

FC45 = ROOT / "tests" / "fixtures" / "fc45_level"


def _parse(text, mappings):
    return parse_document(TextDocument("list.txt", text, "utf-8"), "x", mappings)


BLOCKS = """某县流动儿童关爱服务清单

本清单依据国家基础清单制定。

序号：1
服务领域：幼有所育
服务项目：学前教育服务
服务对象：3至6岁流动儿童
服务内容：就近进入普惠性幼儿园就读；
对家庭经济困难儿童给予资助。
责任部门：县教育局

序号：2
服务项目：义务教育服务
服务对象：义务教育阶段流动儿童
服务内容：免除学杂费，免费提供教科书。
责任部门：县教育局、县财政局
"""


def test_blocks_become_rows_with_wrapped_values_and_merged_domain(mappings):
    lst = _parse(BLOCKS, mappings)
    assert lst.kind is DocumentKind.LIST and lst.title == "某县流动儿童关爱服务清单"
    first, second = lst.items
    assert (first.seq, first.service, first.target) == (1, "学前教育服务", "3至6岁流动儿童")
    assert "就近进入普惠性幼儿园就读" in first.content and "给予资助" in first.content  # the wrapped line joined
    assert second.domain == "幼有所育"  # a block without 服务领域 continues the one above, as a merged cell
    assert second.departments == ("县教育局", "县财政局")
    assert (first.provenance.first, first.provenance.last, second.provenance.first) == (5, 11, 13)


def test_blocks_without_blank_lines_split_where_a_label_comes_again(mappings):
    text = "\n".join(BLOCKS.replace("\n\n序号：2", "\n序号：2").splitlines())
    assert [i.service for i in _parse(text, mappings).items] == ["学前教育服务", "义务教育服务"]


def test_bracketed_labels_and_half_width_colons(mappings):
    text = "\n".join(f"【{line.split('：', 1)[0]}】: {line.split('：', 1)[1]}" if "：" in line else line
                     for line in BLOCKS.splitlines())
    lst = _parse(text, mappings)
    assert [i.service for i in lst.items] == ["学前教育服务", "义务教育服务"]
    assert lst.items[1].content == "免除学杂费，免费提供教科书。"


def test_text_between_blocks_is_noted_not_joined(mappings):
    text = BLOCKS.replace("责任部门：县教育局\n\n序号：2", "责任部门：县教育局\n\n二、学有所教\n\n序号：2")
    lst = _parse(text, mappings)
    assert lst.items[0].departments == ("县教育局",)
    assert any("二、学有所教" in note for note in lst.notes)


def test_a_plan_whose_measures_end_in_a_department_label_stays_a_plan(mappings):
    plan = ("某县实施方案\n一、主要措施\n（一）保障入学。为流动儿童提供义务教育服务。\n责任单位：县教育局\n"
            "（二）加强医疗保障。落实异地就医直接结算。\n责任单位：县医保局\n")
    assert labelled_start(plan.splitlines()) is None
    assert _parse(plan, mappings).kind is DocumentKind.PLAN


def test_labels_without_service_or_content_are_not_a_list():
    lines = ["序号：1", "服务对象：流动儿童", "责任部门：县民政局", "序号：2", "服务对象：儿童", "责任部门：县妇联"]
    assert labelled_start(lines) is None


def test_labels_used_once_are_not_a_list():
    assert labelled_start(["服务项目：甲", "服务内容：乙", "责任部门：丙"]) is None


def test_blocks_without_a_content_label_name_the_missing_column(mappings):
    text = "\n".join(line for line in BLOCKS.splitlines() if not line.startswith(("服务内容", "对家庭")))
    with pytest.raises(InputError, match="服务内容"):
        _parse(text, mappings)


def test_fc45_county_golden(mappings):
    from polcmp.readers import read_document

    lst = parse_document(read_document(str(FC45 / "yupo_county.txt")), "yupo_county", mappings)
    assert len(lst.items) == 20 and [i.seq for i in lst.items] == list(range(1, 21))
    check_golden("parse/yupo_county.json", portable_json(json.dumps(
        [{"seq": i.seq, "domain": i.domain, "target": i.target, "service": i.service, "content": i.content,
          "departments": list(i.departments)} for i in lst.items], ensure_ascii=False, indent=1)))


def test_a_word_document_of_labelled_paragraphs_is_a_list(tmp_path, mappings):
    import docx

    from polcmp.readers import read_document

    document = docx.Document()
    for line in BLOCKS.splitlines():
        document.add_paragraph(line)
    document.save(tmp_path / "blocks.docx")
    lst = parse_document(read_document(str(tmp_path / "blocks.docx")), "x", mappings)
    assert lst.kind is DocumentKind.LIST
    assert [(i.seq, i.service) for i in lst.items] == [(1, "学前教育服务"), (2, "义务教育服务")]
    assert lst.items[0].provenance.unit == "line"


@pytest.mark.parametrize("preface", [
    "说明：本清单在市级清单基础上，结合本县实际制定。",
    "编制说明：本清单自印发之日起施行。\n备注：各部门按职责分工落实。",
])
def test_a_labelled_preface_above_the_blocks_is_no_part_of_the_first_row(mappings, preface):
    text = BLOCKS.replace("本清单依据国家基础清单制定。", preface)
    items = _parse(text, mappings).items
    assert [it.seq for it in items] == [1, 2]
    assert items[0].content.startswith("就近进入普惠性幼儿园就读")
    assert "本清单" not in items[0].content and "各部门" not in items[0].content


@pytest.mark.parametrize("placeholder", ["—", "——", "-", "/", "无", "暂无"])
def test_a_placeholder_in_an_extra_column_adds_nothing_to_the_content(mappings, placeholder):
    # a 备注 of — or 无 marks the cell empty (fc460's 2025 edition): no clause of the content; a note that says
    # something is kept
    text = BLOCKS.replace("责任部门：县教育局\n\n", f"责任部门：县教育局\n备注：{placeholder}\n\n", 1) \
        .replace("责任部门：县教育局、县财政局\n", "责任部门：县教育局、县财政局\n备注：教科书目录每年公布\n")
    first, second = _parse(text, mappings).items
    assert first.content == "就近进入普惠性幼儿园就读；对家庭经济困难儿童给予资助。"
    assert second.content == "免除学杂费，免费提供教科书。教科书目录每年公布"
