import json
import subprocess
import sys

import pytest

from polcmp.model import DocumentKind
from polcmp.normalize import clean, split_clauses, to_simplified
from tests.conftest import ROOT, check_golden, portable_json

COUNTS = {"national": 19, "tianjin": 20, "guangxi": 22, "heilongjiang": 23, "qingdao": 22, "hebei": 11}


@pytest.mark.parametrize("sid,count", COUNTS.items())
def test_item_counts(lists, sid, count):
    assert len(lists[sid].items) == count
    assert [it.seq for it in lists[sid].items] == list(range(1, count + 1))


def test_kinds(lists):
    assert lists["hebei"].kind is DocumentKind.PLAN
    assert all(lists[s].kind is DocumentKind.LIST for s in COUNTS if s != "hebei")


def test_spot_checks(lists):
    hlj, gx, tj, hb = lists["heilongjiang"], lists["guangxi"], lists["tianjin"], lists["hebei"]
    assert hlj.item(1).target == "0-6岁流动儿童"  # wrapped "0 - 6岁流动 / 儿童"
    assert gx.item(1).target == "0-6岁流动儿童"  # full-width tilde
    assert tj.item(7).target == "流动儿童"  # blank cell continues row 6
    assert tj.item(4).departments == ("市教委",)  # blank cell continues row 3
    assert hlj.item(4).service == "教育帮扶服务"
    assert hlj.item(4).target == "义务教育阶段流动儿童"
    assert len(gx.item(3).clauses) == 4
    assert gx.item(16).departments == ("自治区人力资源社会保障厅",)  # wrapped department name
    measure = hb.item(5)
    assert measure.service == "完善卫生医疗保障措施"
    assert measure.departments == ("省卫生健康委", "省医保局", "省疾控局", "省残联")
    assert hb.item(1).domain == "监测摸排建立台账"


def test_page_number_dropped(lists):
    hlj = lists["heilongjiang"]
    for it in hlj.items:
        for value in (it.domain, it.target, it.service, it.content, *it.departments):
            assert value != "13" and not value.endswith("13")
    assert any("page number 13" in note for note in hlj.notes)


def test_department_functions(lists):
    assert lists["tianjin"].item(3).department_functions == ("教育",)
    assert lists["guangxi"].item(3).department_functions == ("教育",)
    assert lists["national"].item(3).department_functions == ("教育",)
    assert lists["heilongjiang"].item(1).department_functions == ("卫生健康", "疾控")
    assert lists["guangxi"].item(21).department_functions == ("网信", "教育", "民政", "广电", "团委", "妇联")


def test_normalisation():
    assert clean("0～6岁") == "0-6岁"
    assert clean("0 - 6岁流动儿童") == "0-6岁流动儿童"
    assert clean("０－６岁") == "0-6岁"
    assert clean("中等职业教育 助学服务") == "中等职业教育助学服务"
    assert clean("(3岁以下)") == "（3岁以下）"
    assert clean("[bookmark: _GoBack]天津市") == "天津市"
    assert to_simplified("臺賬") == "台账"
    assert split_clauses("1.甲乙；2.丙丁。") == ("甲乙；", "丙丁。")


@pytest.mark.parametrize("sid", COUNTS)
def test_parse_json_golden(run, sid):
    result = run("parse", sid, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["id"] == sid and len(data["items"]) == COUNTS[sid]
    check_golden(f"parse/{sid}.json", portable_json(result.stdout))


def test_parse_formats(run):
    csv_out = run("parse", "qingdao", "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("seq,domain,target,service,content")
    assert len(csv_out) == 23
    md = run("parse", "guangxi", "--format", "markdown").stdout
    assert "| 3 | 学有所教 | 义务教育阶段流动儿童 | 义务教育服务 |" in md
    table = run("parse", "tianjin").stdout
    assert "（tianjin · 清单 · 20 项）" in table and "法治安" in table
    assert "(tianjin · list · 20 items)" in run("--lang", "en", "parse", "tianjin").stdout


def test_sources_command(run):
    result = run("sources", "--format", "json")
    data = json.loads(result.stdout)
    assert [s["id"] for s in data["sources"]] == list(COUNTS)
    assert {s["id"]: s["items"] for s in data["sources"]} == COUNTS
    table = run("sources").stdout
    assert "heilongjiang" in table.replace("\n", "") or "heilongjia" in table


def test_simplified_text_never_loads_opencc():
    code = ("import sys; from polcmp.normalize import to_simplified; "
            "assert to_simplified('为符合条件的办理残疾人两项补贴') == '为符合条件的办理残疾人两项补贴'; "
            "print('opencc' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    assert to_simplified("建立重點對象工作臺賬") == "建立重点对象工作台账"  # Traditional still goes through OpenCC


def test_t2s_character_list_matches_installed_opencc():
    import opencc

    listed = set((ROOT / "polcmp" / "data" / "t2s-chars.txt").read_text(encoding="utf-8")) - {"\n"}
    converter = opencc.OpenCC("t2s")
    changed = {chr(c) for c in range(0x4E00, 0xA000) if converter.convert(chr(c)) != chr(c)}
    assert changed <= listed, "run scripts/make_t2s_chars.py after upgrading opencc"


def test_the_title_is_the_heading_not_a_browser_print_header():
    from polcmp.parse.common import title_from

    lines = ["11/23/26, 7:13 PM 江州市流动儿童在居住地享有关爱服务清单_通知公告_江州市民政局", "江州市民政局",
             "江州市流动儿童在居住地享有关爱服务清单", "发布时间：2025-04-16"]
    assert title_from(lines, "x/city_b.pdf") == "江州市流动儿童在居住地享有关爱服务清单"
    assert title_from(["1. 江州市清单_附件"], "x/city_b.pdf") == "1. 江州市清单_附件"  # nothing better: the old rule
    assert title_from(["序号", "服务项目"], "x/city_b.pdf") == "city_b"



def test_a_document_kind_is_an_enum_that_reads_as_its_word():
    """Plan or list is a DocumentKind wherever it is decided (routing tests `is`), and still reads as its
    word in output and JSON."""
    from polcmp import api
    ctx = api.context()
    plan, table = api.load("hebei", context=ctx), api.load("guangxi", context=ctx)
    assert plan.kind is DocumentKind.PLAN and table.kind is DocumentKind.LIST
    assert f"{plan.kind}" == "plan" and json.dumps(table.kind) == '"list"'
    assert {s.id: s.kind for s in ctx.registry.sources}["hebei"] is DocumentKind.PLAN


def test_an_unknown_kind_in_the_registry_is_refused(tmp_path):
    from polcmp.model import InputError
    from polcmp.sources import load_registry

    (tmp_path / "registry.toml").write_text('[[source]]\nid = "x"\nfile = "x.txt"\nkind = "memo"\n', encoding="utf-8")
    with pytest.raises(InputError, match="kind must be"):
        load_registry(tmp_path)
