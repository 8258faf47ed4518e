import json
import shutil

from tests.conftest import ROOT, check_golden, portable_json


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
    rows = [line for line in out.splitlines() if "(city" in line]
    # one row per region (transposed), each whole on its line: a name is never folded to fit 80 columns
    assert len(rows) == 12 and all(r.rstrip().endswith("95 4") and "(city" in r for r in rows)
    assert "列为基准服务序号" in out


def test_plan_diff(run):
    result = run("diff", "national", "hebei", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert {d["base"] for d in data["dropped"]} == {5, 8, 12, 13, 14}
    assert any(p["base"] == 11 and p["other"] == 6 for p in data["pairs"])
    table = run("diff", "national", "hebei").stdout
    assert "缺失" in table and "残疾人两项补贴" in table
    beyond = table.split("超出基准的措施 ─")[-1]
    assert "+ (10) 强化法治安全教育服务" in beyond and "(4)" not in beyond


def test_parallel_coverage_equals_serial(tmp_path):
    import dataclasses

    from polcmp import api
    from polcmp.settings import BatchSettings

    for n in range(60):
        sid = ("tianjin", "guangxi", "heilongjiang", "qingdao")[n % 4]
        shutil.copy(ROOT / "sources" / f"{sid}.txt", tmp_path / f"{n:02}.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    serial_ctx = api.context()
    parallel_ctx = dataclasses.replace(serial_ctx, settings=dataclasses.replace(
        serial_ctx.settings, batch=BatchSettings(parallel_from=1, workers=2, chunk=7)))
    base = api.load("national", context=serial_ctx)
    done = []
    serial = api.cover(base, [str(tmp_path)], context=serial_ctx)
    parallel = api.cover(base, [str(tmp_path)], context=parallel_ctx, progress=done.append)
    assert sum(done) == 61 and len(serial.regions) == 60
    assert serial.regions == parallel.regions
    assert [s.path for s in parallel.skipped] == [str(tmp_path / "empty.txt")]


def test_regions_are_named_by_their_titles_and_told_apart(run, tmp_path):
    """Files the registry does not name read by the region their title names (江州市); one list in two
    formats gets two columns told apart by file name, in names and in ids."""
    for name in ("city_b.txt", "city_b.xlsx", "province_c.txt"):
        shutil.copy(ROOT / "tests" / "fixtures" / "devset" / name, tmp_path / name)
    data = json.loads(run("coverage", str(tmp_path), "--format", "json").stdout)
    names = sorted(r["name"] for r in data["regions"])
    assert names[:2] == ["江州市 (city_b.txt)", "江州市 (city_b.xlsx)"] and len(names) == 3
    assert not names[2].startswith("江州市") and len({r["id"] for r in data["regions"]}) == 3
