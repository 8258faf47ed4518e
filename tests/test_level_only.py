"""`polcmp diff --only weaker` (issue 15) in every format: only the pairs below the baseline's level, a
mixed pair among them (it falls below in at least one respect), each with its reasons next to it."""

import csv
import io
import json

import pytest

# national -> tianjin, by baseline 序号: 4 weaker (普通高中 -> 中高职), 8 mixed (免费体检 added, 社区康复 适时在有条件的区),
# 1 stronger (免费接种), 5 identical.
WEAKER, MIXED, STRONGER, IDENTICAL = 4, 8, 1, 5
REASON_4 = "普通高中 → 中高职"


def _json(run) -> dict:
    return json.loads(run("diff", "national", "tianjin", "--only", "weaker", "--format", "json").stdout)


def test_json_only_weaker(run):
    data = _json(run)
    levels = {p["base_index"] + 1: p["level"] for p in data["pairs"]}
    assert levels[WEAKER] == "weaker" and levels[MIXED] == "mixed"
    assert STRONGER not in levels and IDENTICAL not in levels
    assert set(levels.values()) <= {"weaker", "mixed"}
    assert not data["added"] and not data["dropped"]
    four = next(p for p in data["pairs"] if p["base_index"] == WEAKER - 1)
    assert any(REASON_4 in r["explanation"] for r in four["level_reasons"])


@pytest.mark.parametrize("fmt", ["text", "markdown", "csv"])
def test_text_formats_only_weaker(run, fmt):
    result = run("diff", "national", "tianjin", "--only", "weaker", "--format", fmt)
    assert result.exit_code == 1  # differences found
    out = result.stdout
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
        assert {int(r["base_seq"]) for r in rows} >= {WEAKER, MIXED}
        assert not {int(r["base_seq"]) for r in rows} & {STRONGER, IDENTICAL}
        assert {r["level"] for r in rows} <= {"低于基准", "有升有降"}
        return
    assert "普通高中教育服务" in out and "健康管理服务" in out  # national 4 and 8
    assert "中等职业教育助学服务" not in out  # national 5, identical
    assert REASON_4 in out


def test_html_shows_reasons_next_to_the_clause(run, tmp_path):
    path = tmp_path / "d.html"
    run("diff", "national", "tianjin", "--only", "weaker", "--format", "html", "-o", str(path))
    page = path.read_text(encoding="utf-8")
    assert '<p class="level">▼ 低于基准：' in page and REASON_4 in page
    assert "中等职业教育助学服务" not in page
    assert '<span class="level">' in page  # a changed clause carries its own level beside it


def test_xlsx_and_docx_show_reasons(run, tmp_path):
    from docx import Document
    from openpyxl import load_workbook

    xlsx = tmp_path / "d.xlsx"
    run("diff", "national", "tianjin", "--only", "weaker", "--format", "xlsx", "-o", str(xlsx))
    texts = [c.value for ws in load_workbook(xlsx).worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert any(REASON_4 in t for t in texts)
    assert not any("中等职业教育助学服务" in t for t in texts)
    docx = tmp_path / "d.docx"
    run("diff", "national", "tianjin", "--only", "weaker", "--format", "docx", "-o", str(docx))
    cells = [c.text for t in Document(str(docx)).tables for r in t.rows for c in r.cells]
    assert any(REASON_4 in c for c in cells)
    assert any(c.startswith(("改写", "删除", "新增")) and "低于基准" in c for c in cells)  # beside the clause


def test_only_stronger_and_mixed(run):
    data = json.loads(run("diff", "national", "tianjin", "--only", "stronger", "--format", "json").stdout)
    assert {p["level"] for p in data["pairs"]} == {"stronger", "mixed"}
    data = json.loads(run("diff", "national", "tianjin", "--only", "mixed", "--format", "json").stdout)
    assert {p["level"] for p in data["pairs"]} == {"mixed"}
