"""Commitment level in the coverage matrix (issue 15): `polcmp coverage` judges each linked pair's level
without the clause or word diff, and every coverage format shows ▼ ▲ ◆ beside the cell's state."""

import csv
import io
import json
from pathlib import Path

import pytest

from polcmp import api
from polcmp.results import CellState, Level

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "fixtures" / "devset"
SEEDS = ("tianjin", "guangxi", "heilongjiang", "qingdao")


@pytest.fixture(scope="module")
def ctx():
    return api.context()


@pytest.fixture(scope="module")
def national(ctx):
    return api.load("national", context=ctx)


@pytest.fixture(scope="module")
def matrix(ctx, national):
    return api.cover(national, list(SEEDS), context=ctx)


@pytest.mark.parametrize("ref", [*SEEDS, "hebei", str(DEVSET / "province_c.txt"), str(DEVSET / "city_b.txt"),
                                 str(DEVSET / "county_a.docx")])
def test_coverage_level_is_the_diff_level(ref, ctx, national):
    """The cheap judgement (no clause diff) gives every pair the level and reasons the full diff gives."""
    other = api.load(ref, context=ctx)
    full = {(x.base.seq, x.other.seq): (x.level, x.level_reasons) for x in api.compare(national, other, context=ctx).links}
    cheap = {(x.base.seq, x.other.seq): (x.level, x.level_reasons)
             for x in api.compare(national, other, context=ctx, detail=False).links}
    assert cheap.keys() == full.keys()
    for key, (level, reasons) in full.items():
        assert cheap[key][0] is level, key
        assert set(cheap[key][1]) == set(reasons), key


def test_coverage_cells_carry_the_level(matrix):
    tianjin = next(r for r in matrix.regions if r.id == "tianjin")
    assert tianjin.cells[3].level is Level.WEAKER  # national 4: 普通高中 -> 中高职
    assert any("中高职" in r.explanation for r in tianjin.cells[3].level_reasons)
    assert tianjin.cells[4].level is Level.SAME and not tianjin.cells[4].level_reasons  # national 5 identical
    levels = {c.level for r in matrix.regions for c in r.cells}
    assert {Level.WEAKER, Level.STRONGER, Level.MIXED} <= levels
    for r in matrix.regions:
        for c in r.cells:
            assert c.level is Level.SAME or c.state is not CellState.MISSING  # a missing service has no level
            assert bool(c.level_reasons) == (c.level is not Level.SAME)


def test_text_coverage_shows_the_marks(run):
    result = run("coverage", "tianjin", "guangxi")
    assert result.exit_code == 0
    # the matrix's row (the summary above it names the service too, with numbers)
    row4 = next(line for line in result.output.splitlines() if "普通高中教育" in line and "~" in line)
    assert "~▼" in row4  # 天津 national 4: reworded and weaker
    assert "◆" in result.output and "▲" in result.output


def test_markdown_csv_and_json_coverage_show_the_level(run):
    md = run("coverage", "tianjin", "--format", "markdown").output
    assert "| 4 | 普通高中教育 | \\~▼ |" in md
    rows = list(csv.DictReader(io.StringIO(run("coverage", "tianjin", "--format", "csv").output.lstrip("\ufeff"))))
    row4 = next(r for r in rows if r["baseline_seq"] == "4")
    assert row4["level"] == "weaker" and "中高职" in row4["level_reasons"]
    assert next(r for r in rows if r["baseline_seq"] == "5")["level"] == "same"
    wide = run("coverage", "tianjin", "--format", "csv-wide").output
    assert "普通高中教育服务,改写▼" in wide
    data = json.loads(run("coverage", "tianjin", "--format", "json").output)
    region = data["regions"][0]
    assert region["levels"]["4"] == "weaker" and region["levels"]["8"] == "mixed" and region["levels"]["1"] == "stronger"
    assert "5" not in region["levels"]
    assert {r["direction"] for r in region["level_reasons"]["8"]} == {"weaker", "stronger"}
    assert region["level_reasons"].keys() == region["levels"].keys()


def test_html_xlsx_docx_coverage_show_the_level(run, tmp_path):
    html = tmp_path / "c.html"
    assert run("coverage", "tianjin", "--format", "html", "-o", str(html)).exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert '~<span class="lv weaker">▼</span></td>' in page and "普通高中改为中高职，升学渠道收窄" in page

    from openpyxl import load_workbook

    xlsx = tmp_path / "c.xlsx"
    assert run("coverage", "tianjin", "--format", "xlsx", "-o", str(xlsx)).exit_code == 0
    ws = load_workbook(xlsx).active
    cells = {ws.cell(row=r, column=2).value: ws.cell(row=r, column=3) for r in range(1, ws.max_row + 1)}
    assert cells["普通高中教育服务"].value == "~▼"
    assert "中高职" in cells["普通高中教育服务"].comment.text
    assert cells["中等职业教育助学服务"].value == "=" and cells["中等职业教育助学服务"].comment is None

    from docx import Document

    docx = tmp_path / "c.docx"
    assert run("coverage", "tianjin", "--format", "docx", "-o", str(docx)).exit_code == 0
    doc = Document(str(docx))
    marks = [row.cells[2].text for row in doc.tables[0].rows]
    assert "~▼" in marks and "~◆" in marks
    assert any("◆ 有升有降" in p.text for p in doc.paragraphs)
