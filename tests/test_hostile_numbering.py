"""Rows are compared by position, never by 序号 alone: an extra service that reuses number 5, and a
baseline (or a local list) numbered per 服务领域 with a service dropped, come out right in `diff`,
`coverage` and `check` alike (issue 16: both used to pass as "19 identical" / 100 %)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import ROOT

DROPPED = "最低生活保障服务"  # national 13: 弱有所扶's fourth row
EXTRA = ["", "5", "流动儿童", "法治宣传教育",
         "针对流动儿童较多的学校开展送法进校园、法庭开放日等法治宣传活动。", "市法院、市教育局"]


def _rows():
    return (ROOT / "sources" / "national.txt").read_text(encoding="utf-8").split("\n")


def _is_row(cells):
    return len(cells) >= 6 and cells[1].strip().isdigit()


def _write(path, lines):
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def per_domain(lines, drop: str | None = None):
    """The national list numbered 1, 2 … afresh in every 服务领域, optionally without one service.
    A dropped row that opens its domain hands the domain cell to the next row."""
    out, k, carry = [], 0, ""
    for line in lines:
        cells = line.split("\t")
        if not _is_row(cells):
            out.append(line)
            continue
        if cells[0]:
            k = 0
        if cells[3] == drop:
            carry = cells[0]
            continue
        k += 1
        domain, carry = cells[0] or carry, ""
        out.append("\t".join([domain, str(k), *cells[2:]]))
    return out


def without(lines, drop: str):
    return [line for line in lines if not (_is_row(line.split("\t")) and line.split("\t")[3] == drop)]


@pytest.fixture
def files(tmp_path):
    national = _rows()
    dup = []
    for line in national:
        dup.append(line)
        if line.split("\t")[1:2] == ["5"]:
            dup.append("\t".join(EXTRA))
    return {
        "dup5": _write(tmp_path / "dup5.txt", dup),
        "perdomain": _write(tmp_path / "perdomain.txt", per_domain(national)),
        "minus": _write(tmp_path / "minus.txt", without(national, DROPPED)),
        "perdomain_minus": _write(tmp_path / "perdomain_minus.txt", per_domain(national, DROPPED)),
    }


def test_an_extra_service_reusing_number_5_is_added_not_identical(run, files):
    diff = run("diff", "national", files["dup5"], "--format", "json")
    assert diff.exit_code == 1
    data = json.loads(diff.stdout)
    assert data["summary"]["identical"] == 19 and data["summary"]["added"] == 1
    assert [a["other_index"] for a in data["added"]] == [5]  # the second row numbered 5, by its position

    cover = json.loads(run("coverage", files["dup5"], "--format", "json").stdout)["regions"][0]
    assert cover["coverage"] == 1.0 and cover["added"] == [5]

    check = run("check", files["dup5"], "--format", "json")
    assert check.exit_code == 1
    errors = [(f["code"], f["message"]) for f in json.loads(check.stdout)["lists"][0]["findings"] if f["level"] == "error"]
    assert errors == [("duplicate-seq", "序号重复：5")]


@pytest.mark.parametrize("other", ["minus", "perdomain_minus"])
def test_a_baseline_numbered_per_domain_shows_the_dropped_service(run, files, other):
    diff = run("diff", files["perdomain"], files[other], "--format", "json")
    assert diff.exit_code == 1
    data = json.loads(diff.stdout)
    assert data["summary"]["identical"] == 18
    assert [(d["base"], d["base_index"]) for d in data["dropped"]] == [(4, 12)]  # 弱有所扶 4 = national 13

    cover = run("coverage", files[other], "--baseline", files["perdomain"], "--format", "csv")
    assert cover.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(cover.stdout.lstrip("\ufeff"))))
    assert len(rows) == 19
    assert [r["service"] for r in rows if r["state"] == "missing"] == [DROPPED]
    coverage = json.loads(run("coverage", files[other], "--baseline", files["perdomain"], "--format", "json").stdout)
    assert coverage["regions"][0]["coverage"] == round(18 / 19, 4)
    # cells keyed by position when the baseline repeats a 序号: all 19 there, the dropped one missing
    keys = [b["key"] for b in coverage["baseline"]["items"]]
    cells = coverage["regions"][0]["cells"]
    assert len(set(keys)) == 19 and set(cells) == set(keys)
    assert [k for k in keys if cells[k] == "missing"] == ["#13"]  # 弱有所扶 4 = national 13

    check = run("check", files[other], "--baseline", files["perdomain"], "--format", "json")
    assert check.exit_code == 1
    findings = json.loads(check.stdout)["lists"][0]["findings"]
    missing = [f["message"] for f in findings if f["code"] == "missing-service"]
    assert len(missing) == 1 and missing[0].startswith(f"基准服务 4 {DROPPED} 缺失（应在第 ")


def test_a_local_list_numbered_per_domain_against_the_national_list(run, files):
    diff = json.loads(run("diff", "national", files["perdomain_minus"], "--format", "json").stdout)
    assert diff["summary"]["identical"] == 18 and [d["base"] for d in diff["dropped"]] == [13]
    check = run("check", files["perdomain_minus"], "--format", "json")
    codes = [f["code"] for f in json.loads(check.stdout)["lists"][0]["findings"] if f["level"] == "error"]
    assert check.exit_code == 1 and sorted(codes) == ["duplicate-seq", "missing-service"]
