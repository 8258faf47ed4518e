"""Prose plans in every numbering: （一）, 1. restarting per section, 1、, （1）, 一是…, 【…】; a 印发通知 in front."""

import json
import re

import docx
import pytest

from polcmp.model import DocumentKind, InputError
from polcmp.parse import parse_document
from polcmp.readers import TextDocument, read_document
from tests.conftest import ROOT

PLAN_E = ROOT / "tests" / "fixtures" / "devset" / "plan_e.txt"
PLAN_E_GOLD = json.loads((ROOT / "tests" / "fixtures" / "devset" / "plan_e.gold.json").read_text(encoding="utf-8"))


def _parse(text, mappings, name="plan.txt"):
    return parse_document(TextDocument(name, text, "utf-8"), "plan", mappings)


def test_plan_e_measures_restart_per_section_and_are_counted_through_the_plan(mappings):
    plan = parse_document(read_document(PLAN_E), "plan_e", mappings)
    assert plan.kind is DocumentKind.PLAN
    gold = PLAN_E_GOLD["measures"]
    assert [it.seq for it in plan.items] == [int(n) for n in gold] == list(range(1, 14))
    leads = [re.match(r"\S+ (\S+) —", gold[str(n)]).group(1) for n in range(1, 14)]
    assert [it.service for it in plan.items] == leads
    assert [it.index for it in plan.items] == list(range(13))
    assert plan.items[2].domain == "落实基本公共服务"  # 二、1. is measure 3
    assert plan.title == "汉江省加强流动儿童关爱保护工作实施方案"


def test_plan_e_notice_is_not_a_measure(mappings):
    plan = parse_document(read_document(PLAN_E), "plan_e", mappings)
    assert all("印发" not in it.content and "汉民发" not in it.content for it in plan.items)
    assert plan.items[0].provenance.first > 15  # the notice is lines 1-13
    assert any("印发通知" in note for note in plan.notes)


def test_plan_e_departments_without_their_trailer(mappings):
    plan = parse_document(read_document(PLAN_E), "plan_e", mappings)
    assert plan.items[1].departments[0] == "省民政厅"  # 省民政厅牵头，省教育厅…按职责分工负责
    assert plan.items[5].departments == ("省民政厅", "省残联")
    assert not plan.items[5].content.endswith("负责）")


def test_hebei_unchanged(lists):
    hebei = lists["hebei"]
    assert [it.seq for it in hebei.items] == list(range(1, 12))
    assert hebei.items[0].service == "开展流动儿童监测摸排"
    assert hebei.items[10].domain == "完善公共服务措施"


def test_plan_e_as_word_paragraphs_parses_like_its_text(tmp_path, mappings):
    document = docx.Document()
    for line in PLAN_E.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            document.add_paragraph(line)
    document.save(tmp_path / "plan_e.docx")
    from_docx = parse_document(read_document(tmp_path / "plan_e.docx"), "plan_e", mappings)
    from_text = parse_document(read_document(PLAN_E), "plan_e", mappings)
    assert [(i.seq, i.service, i.content, i.departments) for i in from_docx.items] == \
        [(i.seq, i.service, i.content, i.departments) for i in from_text.items]


SECTIONS = "某市加强流动儿童关爱保护实施方案\n一、摸清底数\n{a}\n{b}\n二、落实服务\n{c}\n"


@pytest.mark.parametrize("marks", [
    ("1.", "2.", "3."), ("1、", "2、", "3、"), ("1．", "2．", "3．"), ("（1）", "（2）", "（3）"),
    ("1.", "2.", "1."),  # restarting per section
    ("（一）", "（二）", "（三）"),
])
def test_numbered_measures(mappings, marks):
    text = SECTIONS.format(a=f"{marks[0]}开展监测摸排。每年摸排一次。（市民政局负责）",
                           b=f"{marks[1]}推进数据共享。定期比对信息。",
                           c=f"{marks[2]}做好儿童健康服务。建立健康档案；按规范随访。")
    plan = _parse(text, mappings)
    assert [it.service for it in plan.items] == ["开展监测摸排", "推进数据共享", "做好儿童健康服务"]
    assert [it.seq for it in plan.items] == [1, 2, 3]
    assert plan.items[0].departments == ("市民政局",)
    assert plan.items[2].domain == "落实服务"
    assert plan.items[2].clauses == ("建立健康档案；", "按规范随访。")


def test_yi_shi_er_shi_inside_paragraphs(mappings):
    text = ("某县实施方案\n一、加强基本服务\n各地要做好以下工作：一是开展监测摸排，每年一次；二是推进数据共享，"
            "定期比对。三是做好健康服务，建立档案。\n二、强化保障\n一是加强经费保障，纳入预算。二是加强队伍建设，组织培训。\n")
    plan = _parse(text, mappings)
    assert [it.service for it in plan.items] == ["开展监测摸排", "推进数据共享", "做好健康服务",
                                                 "加强经费保障", "加强队伍建设"]
    assert [it.seq for it in plan.items] == [1, 2, 3, 4, 5]
    assert plan.items[3].domain == "强化保障"


def test_lead_phrases_in_brackets(mappings):
    text = ("某市实施方案\n一、服务\n【开展监测摸排】每年摸排一次流动儿童。\n摸排结果报市民政局。\n"
            "【加强心理关爱】提供心理疏导。（市卫生健康委负责）\n")
    plan = _parse(text, mappings)
    assert [it.service for it in plan.items] == ["开展监测摸排", "加强心理关爱"]
    assert "报市民政局" in plan.items[0].content  # a following paragraph continues the measure
    assert plan.items[1].departments == ("市卫生健康委",)


@pytest.mark.parametrize("numeral,note", [("一一", "not a number"), ("二十一", "measure 2 in reading order"),
                                          ("十十", "not a number"), ("一百零一", "measure 2")])
def test_odd_measure_numerals_parse_or_are_reported(mappings, numeral, note):
    text = f"方案\n一、甲\n（一）开展监测摸排。每年一次。\n（{numeral}）推进数据共享。定期比对。\n"
    plan = _parse(text, mappings)
    assert [it.seq for it in plan.items] == [1, 2]
    assert any(note in n for n in plan.notes), plan.notes


def test_no_measures_is_an_input_error(mappings):
    with pytest.raises(InputError) as caught:
        _parse("某市实施方案\n一、总体要求\n各地要高度重视。\n", mappings)
    assert caught.value.path == "plan.txt"
