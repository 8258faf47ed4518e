import dataclasses
import io
import json
import sys

import pytest
from rich.cells import cell_len
from rich.console import Console

from polcmp import report
from polcmp.align import align, hungarian, score
from polcmp.evaluate import score_alignment
from polcmp.normalize import Mappings
from tests.conftest import ANSI, ROOT, check_golden, portable_json

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REGIONS = ["tianjin", "guangxi", "heilongjiang", "qingdao"]


def gold(sid):
    return tomllib.loads((ROOT / "tests" / "gold" / f"{sid}.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("sid", REGIONS)
def test_gold_f1_without_overrides(lists, mappings, sid):
    bare = Mappings(mappings.department_patterns)  # no overrides at all
    scores = score_alignment(align(lists["national"], lists[sid], bare), gold(sid))
    assert scores["pairs"].f1 >= 0.97, scores
    assert scores["added/dropped"].f1 >= 0.97, scores


def test_hungarian_finds_the_global_optimum():
    cost = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
    pairs = hungarian(cost)
    assert sorted(pairs) == [(0, 1), (1, 0), (2, 2)]
    assert hungarian([[1, 0]]) == [(0, 1)]
    assert sorted(hungarian([[1], [0]])) == [(1, 0)]


def test_content_outweighs_a_reused_name(lists):
    """黑龙江 18 心理健康筛查 carries the baseline's 心理健康服务 content; its own 心理健康服务 (20) is new."""
    n17, hlj = lists["national"].item(17), lists["heilongjiang"]
    assert score(n17, hlj.item(18)) > score(n17, hlj.item(20))


def test_qingdao_drops_secondary_vocational_aid(lists, mappings):
    al = align(lists["national"], lists["qingdao"], mappings)
    assert [(d.item.seq, d.item.service, d.merged_into) for d in al.dropped] == [(5, "中等职业教育助学服务", None)]


def test_splits(lists, mappings):
    gx = align(lists["national"], lists["guangxi"], mappings)
    assert [(a.item.service, a.related_base.service) for a in gx.added if a.split_from] == [("求职服务", "城市融入服务")]
    hlj = align(lists["national"], lists["heilongjiang"], mappings)
    assert [(a.item.service, a.related_base.service) for a in hlj.added if a.split_from] == \
        [("网络服务", "精神文化生活服务")]


def test_tianjin_senior_high_clause_removed_and_vocational_clause_added(lists, mappings):
    al = align(lists["national"], lists["tianjin"], mappings)
    pair = next(p for p in al.pairs if p.base.seq == 4)
    assert pair.status == "reworded" and pair.other.seq == 4
    removed = [c.base for c in pair.clauses if c.status == "removed"]
    added = [c.other for c in pair.clauses if c.status == "added"]
    assert any("普通高中就读" in c and "高考" in c for c in removed)
    assert any("中高职" in c for c in added)
    changed = [c for c in pair.clauses if c.status == "changed"]
    assert changed and all(c.words for c in changed)
    assert any(w.op == "delete" for c in changed for w in c.words)


def test_department_and_target_changes(lists, mappings):
    al = align(lists["national"], lists["tianjin"], mappings)
    pair = next(p for p in al.pairs if p.base.seq == 6)
    dept = next(c for c in pair.changes if c.kind == "departments")
    assert dept.added == ("疾控",) and dept.removed == ()
    qd = align(lists["national"], lists["qingdao"], mappings)
    target = next(c for p in qd.pairs if p.base.seq == 10 for c in p.changes if c.kind == "target")
    assert "重点困境儿童" in target.other


def test_overrides_force_and_forbid(lists, mappings):
    forced = Mappings(mappings.department_patterns, force_pairs=(
        {"base": "national", "base_seq": 19, "other": "guangxi", "other_seq": 17, "reason": "test"},))
    al = align(lists["national"], lists["guangxi"], forced)
    pair = next(p for p in al.pairs if p.base.seq == 19)
    assert (pair.other.seq, pair.matched_by, pair.reason) == (17, "override", "test")
    forbidden = Mappings(mappings.department_patterns, forbid_pairs=(
        {"base": "national", "base_seq": 5, "other": "tianjin", "other_seq": 5, "reason": "test"},))
    al = align(lists["national"], lists["tianjin"], forbidden)
    assert all(not (p.base.seq == 5 and p.other.seq == 5) for p in al.pairs)


def test_identical_lists_exit_0_and_differences_exit_1(run):
    same = run("diff", "national", "national", "--format", "json")
    assert same.exit_code == 0
    assert {p["status"] for p in json.loads(same.stdout)["pairs"]} == {"identical"}
    assert run("diff", "national", "qingdao", "--format", "json").exit_code == 1


def test_diff_json_contract(run):
    result = run("diff", "national", "qingdao", "--format", "json")
    data = json.loads(result.stdout)
    assert {"base", "other", "pairs", "added", "dropped"} <= set(data)
    assert {"id", "title", "items"} <= set(data["base"])
    for pair in data["pairs"]:
        assert {"base", "other", "status", "score", "matched_by", "changes"} <= set(pair)
        assert isinstance(pair["base"], int) and isinstance(pair["other"], int)
    assert data["dropped"] == [{"base": 5, "merged_into": None, "score": data["dropped"][0]["score"]}]
    assert {a["other"] for a in data["added"]} == {8, 9, 20, 22}


@pytest.mark.parametrize("a,b", [("national", "tianjin"), ("guangxi", "tianjin")])
@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
def test_diff_golden(run, a, b, fmt):
    result = run("diff", a, b, "--format", fmt)
    assert result.exit_code == 1
    text = portable_json(result.stdout) if fmt == "json" else result.stdout
    check_golden(f"diff/{a}-{b}.{ 'md' if fmt == 'markdown' else fmt }", text)


def test_piped_output_has_no_ansi(run, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    result = run("diff", "national", "tianjin")
    assert not ANSI.search(result.stdout)
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= 80  # CJK characters are 2 cells


def test_terminal_diff_strikes_deleted_and_underlines_inserted_words(lists, mappings):
    console = Console(file=io.StringIO(), force_terminal=True, color_system="standard", width=80)
    report.diff_table(align(lists["guangxi"], lists["tianjin"], mappings), console)
    lines = console.file.getvalue().splitlines()
    base = next(line for line in lines if "自治区基本公共卫生服务规范提供健康管理服务" in ANSI.sub("", line))
    other = lines[lines.index(base) + 1]
    assert ANSI.sub("", base).startswith(" ~－") and ANSI.sub("", other).startswith(" ~＋")
    assert "\x1b[9;31m和自治区\x1b[0m" in base  # struck in red, the rest of the clause plain red
    assert "\x1b[4;32m儿童\x1b[0m" in lines[lines.index(base) + 3]  # 疫苗儿童免疫程序: underlined green


def test_only_filters_statuses(run):
    out = run("diff", "national", "qingdao", "--only", "dropped").stdout
    assert "中等职业教育助学服务" in out and "reworded (" not in out
    bad = run("diff", "national", "qingdao", "--only", "nonsense")
    assert bad.exit_code == 2 and "unknown status" in bad.stderr


def test_numbering_only_difference_is_not_a_rewording(lists, mappings):
    # guangxi numbers its sub-clauses (1.…；2.…); tianjin writes the same two clauses without numbers
    pair = next(p for p in align(lists["guangxi"], lists["tianjin"], mappings).pairs if p.base.seq == 5)
    assert pair.base.content.startswith("1.") and not pair.other.content.startswith("1.")
    assert pair.status == "punctuation" and [c.status for c in pair.clauses] == ["kept", "kept"]


def test_merge_by_clauses_found_only_in_the_other_item(lists, mappings):
    # guangxi split 求职服务 out of 城市融入服务; tianjin keeps its clause 为流动儿童父母提供政策咨询… in 城市融入服务
    dropped = {d.item.seq: d for d in align(lists["guangxi"], lists["tianjin"], mappings).dropped}
    assert dropped[17].merged_into is not None and dropped[17].merged_into.seq == 19
    assert dropped[16].merged_into is None  # 技能培训: tianjin has no such clause


def test_no_merge_when_the_partner_already_holds_the_clause(lists, mappings):
    # 健康管理服务's 按照国家基本公共卫生服务规范提供管理服务 is nearly item 1's own clause: dropping 8 is a drop
    national = lists["national"]
    without_8 = dataclasses.replace(national, id="without-8", items=tuple(i for i in national.items if i.seq != 8))
    al = align(national, without_8, mappings)
    assert [(d.item.seq, d.merged_into) for d in al.dropped] == [(8, None)]
