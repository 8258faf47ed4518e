"""The registry's hierarchy (parent, edition) and `check` against every level above a list."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from polcmp.model import InputError
from polcmp.sources import load_registry

ROOT = Path(__file__).resolve().parent.parent
HIER = ROOT / "tests" / "fixtures" / "hierarchy"


def _registry(tmp_path: Path, entries: str) -> Path:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "registry.toml").write_text(entries, encoding="utf-8")
    return tmp_path


def _entry(sid: str, parent: str = "") -> str:
    return f'[[source]]\nid = "{sid}"\nfile = "a.txt"\nparent = "{parent}"\n\n'


def test_bundled_sources_sit_under_national():
    registry = load_registry()
    assert registry.get("national").parent == ""
    for s in registry.sources:
        if s.id != "national":
            assert s.parent == "national", s.id
            assert [a.id for a in registry.ancestors(s.id)] == ["national"]
    assert [s.id for s in registry.under("national")][0] == "national"
    assert len(registry.under("national")) == len(registry.sources)


def test_unknown_parent_is_bad_input(tmp_path):
    folder = _registry(tmp_path, _entry("national") + _entry("city", "nowhere"))
    with pytest.raises(InputError, match="parent 'nowhere'"):
        load_registry(folder)


def test_cycle_is_bad_input(tmp_path):
    folder = _registry(tmp_path, _entry("a", "b") + _entry("b", "c") + _entry("c", "a"))
    with pytest.raises(InputError, match="cycle"):
        load_registry(folder)


def test_reconstructed_from_names_source_ids(tmp_path):
    assert load_registry().get("national").reconstructed_from == ("tianjin", "guangxi", "heilongjiang", "qingdao")
    folder = _registry(tmp_path, '[[source]]\nid = "n"\nfile = "a.txt"\nreconstructed_from = "tianjin"\n')
    with pytest.raises(InputError, match="reconstructed_from of source 'n' must be a list"):
        load_registry(folder)


def test_cycle_exits_2_with_one_line(tmp_path):
    folder = _registry(tmp_path, _entry("a", "a"))
    run = subprocess.run([sys.executable, "-m", "polcmp", "sources"], capture_output=True, text=True,
                         env={**os.environ, "POLCMP_SOURCES": str(folder)})
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "cycle" in run.stderr


def test_sources_shows_the_tree():
    run = subprocess.run([sys.executable, "-m", "polcmp", "sources"], capture_output=True, text=True,
                         env={**os.environ, "COLUMNS": "200"})
    assert run.returncode == 0
    tree = run.stdout.split("层级（上级 → 下级）：\n")[1].splitlines()
    assert tree[0].strip().startswith("national")
    assert all(line.startswith("    ") for line in tree[1:])
    data = json.loads(subprocess.run([sys.executable, "-m", "polcmp", "sources", "-f", "json"],
                                     capture_output=True, text=True).stdout)
    assert {s["id"]: s["parent"] for s in data["sources"]}["qingdao"] == "national"


# ---------------------------------------------------------------- check against the chain


def _polcmp(*args: str, mappings: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "POLCMP_SOURCES": str(HIER), "COLUMNS": "200"}
    if mappings is not None:
        env["POLCMP_MAPPINGS"] = str(mappings)
    return subprocess.run([sys.executable, "-m", "polcmp", *args], capture_output=True, text=True, env=env, cwd=ROOT)


@pytest.fixture(scope="module")
def hier():
    from polcmp import api

    ctx = api.context(sources=HIER)
    return ctx, api.baseline("national", context=ctx)


def _owed(report):
    [checked] = report.checks
    return {(f.code, f.against, f.base.service) for f in checked.findings if f.against and f.severity.value != "notice"}


def test_county_findings_are_each_against_the_right_level(hier):
    from polcmp import api

    ctx, national = hier
    report = api.check(["jiangbei"], baseline=national, context=ctx, chain=True)
    [checked] = report.checks
    assert checked.chain == ("national", "jiangnan", "jiangzhou")
    assert _owed(report) == {
        ("below-baseline", "jiangnan", "健康和托育（3岁以下）服务"),  # the province raised row 1; the county hedges it
        ("missing-service", "jiangzhou", "困境儿童探访服务"),  # the city's addition, dropped by the county
    }
    labels = {f.against: f.against_label for f in checked.findings if f.against}
    assert labels == {"jiangnan": "低于省级清单", "jiangzhou": "低于市级清单"}
    assert not report.passed


def test_against_the_baseline_alone_the_county_passes(hier):
    from polcmp import api

    ctx, national = hier
    report = api.check(["jiangbei"], baseline=national, context=ctx)
    assert report.passed and not report.checks[0].chain
    assert all(not f.against for f in report.checks[0].findings)


def test_a_list_below_national_names_the_national_level(hier, tmp_path):
    from polcmp import api

    ctx, national = hier
    text = (HIER / "county.txt").read_text(encoding="utf-8").split("\n")
    text = [line for line in text if "\t5\t" not in line]  # drop a national service (renumbering aside)
    county = tmp_path / "江北县.txt"
    county.write_text("\n".join(text), encoding="utf-8")
    report = api.check([str(county)], baseline=national, context=ctx, parent="jiangzhou")
    findings = report.checks[0].findings
    missing = [f for f in findings if f.code == "missing-service"]
    assert {(f.against, f.base.service) for f in missing} == {("national", "中等职业教育助学服务"),
                                                              ("jiangzhou", "困境儿童探访服务")}
    assert next(f for f in missing if f.against == "national").against_label == "低于国家基础清单"


def test_cli_check_uses_the_registry_chain_and_baseline_checks_one_list():
    run = _polcmp("check", "tests/fixtures/hierarchy/county.txt")
    assert run.returncode == 1, run.stderr
    assert "低于省级清单 jiangnan：第 1 项 健康和托育（3岁以下）服务" in run.stdout
    assert "低于市级清单 jiangzhou：基准服务 22 困境儿童探访服务 缺失" in run.stdout
    assert "（逐级对照 national → jiangnan → jiangzhou）" in run.stdout
    one = _polcmp("check", "tests/fixtures/hierarchy/county.txt", "--baseline", "national")
    assert one.returncode == 0 and "低于" not in one.stdout
    data = json.loads(_polcmp("check", "jiangbei", "-f", "json").stdout)
    assert data["lists"][0]["chain"] == ["national", "jiangnan", "jiangzhou"]
    assert {(f["against"], f["against_level"]) for f in data["lists"][0]["findings"] if "against" in f} >= {
        ("jiangnan", "province"), ("jiangzhou", "city")}
    bad = _polcmp("check", "jiangbei", "--parent", "nowhere")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_an_exemption_scoped_to_an_ancestor(tmp_path):
    (tmp_path / "exemptions.toml").write_text(
        '[[exemption]]\nlist = "jiangbei"\nbaseline = "jiangzhou"\nbaseline_seq = 22\n'
        'reason = "探访由乡镇承担"\n', encoding="utf-8")
    run = _polcmp("check", "jiangbei", mappings=tmp_path)
    assert "对照市级清单 jiangzhou：基准服务 22 困境儿童探访服务 缺失，已豁免：探访由乡镇承担" in run.stdout
    assert "低于市级清单" not in run.stdout
    assert "低于省级清单 jiangnan" in run.stdout  # scoped: the province's finding stands


def test_ancestor_comparisons_are_memoised(hier, monkeypatch):
    """Once per chain check, in that check's own memo: a second check compares again (nothing is kept for the
    process)."""
    from polcmp import api

    ctx, national = hier
    calls = []
    real = api.compare

    def counting(base, other, **kw):
        calls.append((base.id, other.id))
        return real(base, other, **kw)

    monkeypatch.setattr(api, "compare", counting)
    api.check(["jiangbei", "tests/fixtures/hierarchy/county.txt"], baseline=national, context=ctx, chain=True)
    assert calls.count(("national", "jiangnan")) == 1 and calls.count(("jiangnan", "jiangzhou")) == 1
    api.check(["jiangbei", "tests/fixtures/hierarchy/county.txt"], baseline=national, context=ctx, chain=True)
    assert calls.count(("national", "jiangnan")) == 2 and calls.count(("jiangnan", "jiangzhou")) == 2


def test_readme_examples_with_their_own_registry():
    """The README's `$ POLCMP_SOURCES=DIR polcmp …` blocks are real output (test_docs runs the others)."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```\n\$ POLCMP_SOURCES=(\S+) polcmp ([^\n]*)\n(.*?)^```", readme, re.M | re.S)
    assert len(blocks) >= 2
    for folder, command, shown in blocks:
        command, _, pipe = command.partition(" | ")
        env = {**os.environ, "POLCMP_SOURCES": folder, "COLUMNS": "200"}
        out = subprocess.run([sys.executable, "-m", "polcmp", *command.split()], capture_output=True, text=True,
                             env=env, cwd=ROOT).stdout
        if pipe:
            tool, count = pipe.split()[0], int(pipe.split()[1].lstrip("-"))
            lines = out.rstrip("\n").split("\n")
            out = "\n".join(lines[-count:] if tool == "tail" else lines[:count]) + "\n"
        assert out == shown, command


# ---------------------------------------------------------------- coverage by hierarchy, the summary


def test_coverage_under_a_province_takes_it_and_everything_below():
    run = _polcmp("coverage", "--under", "jiangzhou", "-f", "json")
    assert run.returncode == 0, run.stderr
    assert [r["id"] for r in json.loads(run.stdout)["regions"]] == ["jiangzhou", "jiangbei"]
    bad = _polcmp("coverage", "--under", "nowhere")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_summary_counts_per_baseline_service(hier):
    from polcmp import api
    from polcmp.results import tally

    ctx, national = hier
    matrix = api.cover(national, ["jiangnan", "jiangzhou", "jiangbei"], context=ctx)
    first = tally(matrix)[0]
    assert (first.carried, first.weaker, first.stronger, first.missing, first.regions, first.same) == (3, 0, 2, 0, 3, 1)
    data = json.loads(_polcmp("coverage", "--under", "jiangnan", "--summary", "-f", "json").stdout)
    assert data["services"][0] == {"seq": 1, "service": "健康和托育（3岁以下）服务", "carried": 3, "weaker": 0,
                                   "stronger": 2, "missing": 0, "lists": 3}
    text = _polcmp("coverage", "--under", "jiangnan", "--summary").stdout
    assert re.search(r"承接 +低于基准 +高于基准 +缺失", text)
    assert "| 序号 | 基准服务 |" in _polcmp("coverage", "--summary", "-f", "markdown").stdout


def test_report_has_an_inline_svg_summary(tmp_path):
    out = tmp_path / "r.html"
    run = _polcmp("report", "jiangnan", "jiangbei", "-o", str(out))
    assert run.returncode == 0, run.stderr
    page = out.read_text(encoding="utf-8")
    assert page.index('<section id="summary">') < page.index('<section id="matrix">')
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert "<script" not in page.lower() and "http" not in svg and svg.startswith("<svg role=\"img\"")
    assert svg.count('class="stronger"') == 1 and "2/2" in svg


def test_summary_json_validates_against_its_schema():
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    data = json.loads(_polcmp("coverage", "--under", "jiangnan", "--summary", "-f", "json").stdout)
    schema = json.loads(resources.files("polcmp").joinpath("schemas/summary.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    check = json.loads(_polcmp("check", "jiangbei", "-f", "json").stdout)
    schema = json.loads(resources.files("polcmp").joinpath("schemas/check.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(check, schema)
