"""The diff command as a user runs it."""

import json

import pytest
from rich.cells import cell_len

from polcmp.match import compare
from polcmp.render import RenderOptions, render
from tests.conftest import ANSI, check_golden, portable_json


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
    assert [(d["base"], d["merged_into"], d["uncertain"]) for d in data["dropped"]] == [(5, None, False)]
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
    lines = result.stdout.splitlines()
    rules = [line for line in lines if line.endswith("─")]
    assert rules and {cell_len(line) for line in rules} == {80}  # CJK characters are 2 cells
    # piped, nothing is wrapped: a long sentence of 天津 stays on one line, for grep and editors
    assert any(line.endswith("具有本市学籍（不具有本市户籍）的应届初中毕业生可报名参加本市中考，报考方向仅为中高职类学校。")
               for line in lines)


def test_terminal_diff_strikes_deleted_and_underlines_inserted_words(lists, mappings):
    comparison = compare(lists["guangxi"], lists["tianjin"], mappings=mappings)
    lines = render(comparison, "text", RenderOptions(color=True, width=80, terminal=True)).splitlines()
    base = next(line for line in lines if "自治区基本公共卫生服务规范提供健康管理服务" in ANSI.sub("", line))
    other = lines[lines.index(base) + 1]
    assert ANSI.sub("", base).startswith(" ~－") and ANSI.sub("", other).startswith(" ~＋")
    assert "\x1b[9;31m和自治区\x1b[0m" in base  # struck in red, the rest of the clause plain red
    assert "[-" not in base  # in colour the marks are styles, not brackets


def test_only_filters_statuses(run):
    out = run("diff", "national", "qingdao", "--only", "dropped").stdout
    assert "中等职业教育助学服务" in out and "reworded (" not in out
    bad = run("diff", "national", "qingdao", "--only", "nonsense")
    assert bad.exit_code == 2 and "--only: unknown nonsense" in bad.stderr


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_filtered_plan_diff_never_shows_the_rest_as_missing(run, fmt):
    """--only on a plan diff shows the services its filter names; the others are left out, not shown as
    缺失, and the summary keeps the whole comparison's numbers (14 covered, 5 missing)."""
    def missing_rows(out: str) -> int:  # rows of the table saying 缺失 (the summary line says it too)
        if fmt == "html":
            return out.count('class="missing">缺失')
        return sum(1 for line in out.splitlines() if line.startswith(("│", "|")) and "缺失" in line)

    missing = run("diff", "national", "hebei", "--only", "dropped", "--format", fmt).stdout
    assert missing_rows(missing) == 5
    assert "学前教育服务" not in missing  # covered (national 2): not in a view of the drops
    none = run("diff", "national", "hebei", "--only", "uncertain", "--format", fmt).stdout
    assert missing_rows(none) == 0 and "学前教育服务" not in none
    if fmt != "html":
        assert "覆盖基准服务 14/19 项" in none


def test_a_filtered_plan_diff_keeps_the_whole_summary_in_json(run):
    data = json.loads(run("diff", "national", "hebei", "--only", "uncertain", "--format", "json").stdout)
    assert data["summary"] == {"covered": 14, "missing": 5, "referenced": 0, "added": 4, "uncertain": 0}
    assert data["pairs"] == [] and data["dropped"] == []


def test_scores_read_as_shares_at_most_one(run):
    """A pair's score carries bonuses (same name, same place); identical rows show 1.00, never 1.05."""
    data = json.loads(run("diff", "national", "national", "--format", "json").stdout)
    scores = [p["score"] for p in data["pairs"]]
    assert len(scores) == 19 and max(scores) == 1.0
