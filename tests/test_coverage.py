import json
import shutil
import sys

from polcmp.coverage import plan_coverage
from polcmp.model import Item, PolicyList, Provenance
from tests.conftest import ROOT, check_golden, portable_json

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def test_coverage_of_bundled_sources(run):
    result = run("coverage", "--baseline", "national", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    regions = {r["id"]: r for r in data["regions"]}
    assert list(regions) == ["tianjin", "guangxi", "heilongjiang", "qingdao", "hebei"]
    assert regions["qingdao"]["missing"] == [5]
    for sid in ("tianjin", "guangxi", "heilongjiang"):
        assert regions[sid]["missing"] == [] and regions[sid]["coverage"] == 1.0
    assert regions["hebei"]["kind"] == "plan"
    for r in regions.values():
        assert {"id", "title", "source", "covered", "missing", "reworded", "added", "coverage", "evidence"} <= set(r)
        assert sorted(r["covered"] + r["missing"]) == list(range(1, 20))
    assert regions["guangxi"]["cells"]["19"] == "split"
    assert regions["qingdao"]["evidence"]["1"]["other"] == 1


def test_coverage_formats_golden(run):
    for fmt, ext in (("table", "txt"), ("markdown", "md"), ("csv", "csv"), ("json", "json")):
        result = run("coverage", "--format", fmt)
        assert result.exit_code == 0
        check_golden(f"coverage/all.{ext}", portable_json(result.stdout) if fmt == "json" else result.stdout)
    csv_lines = run("coverage", "--format", "csv").stdout.splitlines()
    assert len(csv_lines) == 1 + 5 * 19


def test_coverage_directory_skips_unreadable(run, tmp_path):
    for sid in ("tianjin", "qingdao"):
        shutil.copy(ROOT / "sources" / f"{sid}.txt", tmp_path / f"{sid}.txt")
    (tmp_path / "broken.txt").write_bytes(b"")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG....")
    result = run("coverage", str(tmp_path), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [r["id"] for r in data["regions"]] == ["qingdao", "tianjin"]
    skipped = {s["source"].rsplit("/", 1)[-1] for s in data["skipped"]}
    assert skipped == {"broken.txt", "scan.png"}
    assert "broken.txt" in result.stderr


def test_coverage_many_regions_is_transposed_at_80_columns(run, tmp_path):
    for n in range(12):
        shutil.copy(ROOT / "sources" / "qingdao.txt", tmp_path / f"city{n:02}.txt")
    out = run("coverage", str(tmp_path)).stdout
    assert "city11" in out and max(len(line) for line in out.splitlines()) <= 80


def test_plan_coverage_against_gold(lists):
    gold = tomllib.loads((ROOT / "tests" / "gold" / "hebei.toml").read_text(encoding="utf-8"))
    result = plan_coverage(lists["national"], lists["hebei"])
    expected = {int(k) for k in gold["covered"]}
    found = set(result.covered)
    assert len(found & expected) / len(expected) >= 0.9
    assert not found & {13, 14}  # the plan never speaks of 最低生活保障 or 特困人员救助供养
    assert found <= expected
    evidence = result.evidence[11][0]
    assert evidence.other == 6 and "残疾人两项补贴" in evidence.text


def _plan(*measures: tuple[str, str]) -> PolicyList:
    items = tuple(Item(n, "", "", heading, text, (), (), (), Provenance("p.txt", n, n), index=n - 1)
                  for n, (heading, text) in enumerate(measures, 1))
    return PolicyList("p", "a plan", "plan", "p.txt", items)


def test_plan_clause_with_different_wording_is_evidence(lists):
    # the plan's wording of 为符合条件的办理残疾人两项补贴, inside a measure about something else
    plan = _plan(("加强生活救助保障", "依托儿童福利机构提供临时监护。"
                                      "协调户籍地民政部门及时为符合条件的残疾儿童办理残疾人两项补贴。"))
    result = plan_coverage(lists["national"], plan)
    evidence = result.evidence[11][0]
    assert evidence.other == 1 and evidence.text == "协调户籍地民政部门及时为符合条件的残疾儿童办理残疾人两项补贴。"
    assert "残疾人两项补贴" in evidence.terms and evidence.score >= 0.21


def test_plan_sentence_counts_for_the_service_it_fits_not_its_sibling(lists):
    # 普通高中 and 中等职业教育 share 在校生, 助学金, 学杂费: the sentence belongs to 普通高中教育服务 only
    plan = _plan(("落实学生资助", "为普通高中在校生中的家庭经济困难学生提供国家助学金，免除其学杂费。"))
    result = plan_coverage(lists["national"], plan)
    assert 4 in result.covered and 5 not in result.covered
    vocational = _plan(("落实学生资助", "为中等职业教育在校生提供国家助学金，免除学费。"))
    assert 5 in plan_coverage(lists["national"], vocational).covered


def test_plan_measure_about_something_else_is_an_addition(lists):
    plan = _plan(("推进数据信息共享", "相关部门要加强流动儿童数据信息比对共享。公安部门加强流动人口居住登记。"),
                 ("完善住房保障", "对符合当地住房保障条件的流动儿童家庭，"
                                  "通过实物配租公共租赁住房或者发放租赁补贴保障住房。"))
    result = plan_coverage(lists["national"], plan)
    assert result.added == (1,) and result.covered == [9]


def test_plan_diff(run):
    result = run("diff", "national", "hebei", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert {d["base"] for d in data["dropped"]} == {5, 8, 12, 13, 14}
    assert any(p["base"] == 11 and p["other"] == 6 for p in data["pairs"])
    table = run("diff", "national", "hebei").stdout
    assert "missing" in table and "残疾人两项补贴" in table
    beyond = table.split("measures beyond the baseline")[-1]
    assert "+ (10) 强化法治安全教育服务" in beyond and "(4)" not in beyond


def test_parallel_coverage_equals_serial(lists, registry, mappings, tmp_path):
    from polcmp.coverage import cover_many

    refs = []
    for n in range(60):
        sid = ("tianjin", "guangxi", "heilongjiang", "qingdao")[n % 4]
        shutil.copy(ROOT / "sources" / f"{sid}.txt", tmp_path / f"{n:02}.txt")
        refs.append(str(tmp_path / f"{n:02}.txt"))
    (tmp_path / "empty.txt").write_bytes(b"")
    refs.append(str(tmp_path / "empty.txt"))
    done = []
    serial = cover_many(lists["national"], refs, registry, mappings, workers=1)
    parallel = cover_many(lists["national"], refs, registry, mappings, workers=2, progress=done.append)
    assert sum(done) == len(refs)
    assert [(r.id, r.cells, r.added) for r in serial[:-1]] == [(r.id, r.cells, r.added) for r in parallel[:-1]]
    assert serial[-1] == parallel[-1] == (str(tmp_path / "empty.txt"), "file is empty")
    assert [r.missing for r in parallel[3:60:4]] == [[5]] * 15  # every qingdao copy lacks 5
