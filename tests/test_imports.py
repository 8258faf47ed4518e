"""Import budget: a command loads only the heavy libraries its inputs and output need."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

HEAVY = ("docx", "openpyxl", "pdfplumber", "lxml", "jinja2", "charset_normalizer", "opencc", "python_calamine",
         "markdown_it", "scipy", "numpy", "pandas")

PROBE = """
import json, sys
from polcmp.cli import app
try:
    app(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
sys.stdout.flush()
sys.stderr.write("MODULES" + json.dumps(sorted(sys.modules)))
"""


def _all_modules(tmp_path, *args) -> set[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "POLCMP_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120)
    assert "MODULES" in done.stderr, done.stderr
    return set(json.loads(done.stderr.split("MODULES", 1)[1]))


def _modules(tmp_path, *args) -> set[str]:
    return {m.split(".")[0] for m in _all_modules(tmp_path, *args)}


def test_a_piped_list_diff_prints_without_rich(tmp_path):
    """Rich's console is a third of a diff's start-up; piped without colour the diff is plain lines."""
    assert "rich.console" not in _all_modules(tmp_path, "diff", "guangxi", "tianjin")
    assert "rich.console" in _all_modules(tmp_path, "diff", "guangxi", "tianjin", "--color", "always")


@pytest.mark.parametrize("args, allowed", [
    (("diff", "guangxi", "tianjin", "--format", "json"), ()),
    (("diff", "national", "qingdao"), ()),
    (("coverage", "--format", "csv"), ("opencc",)),  # hebei is written in Traditional characters
    (("parse", "sources/qingdao.txt", "--format", "json"), ()),
])
def test_text_lists_load_no_reader_or_renderer_they_do_not_use(tmp_path, args, allowed):
    loaded = _modules(tmp_path, *args)
    assert not (loaded & set(HEAVY)) - set(allowed), sorted(loaded & set(HEAVY))


def test_a_diff_whose_pairs_were_judged_before_loads_none_of_the_level_rules(tmp_path):
    """The level rules (polcmp.level.judge and the modules it reads with) are a tenth of a diff's start-up; a
    run whose pairs are all in the judgement store (the run before left them there) needs none of them."""
    first = _all_modules(tmp_path, "diff", "guangxi", "tianjin")
    assert "polcmp.level.judge" in first  # judged afresh, and kept
    again = _all_modules(tmp_path, "diff", "guangxi", "tianjin")
    # (text's number words come with it: shares, 八成 = 80%, and years, 36月龄 = 3岁; each imports no rule)
    rules = {m for m in again if m.startswith("polcmp.level.")} - {
        "polcmp.level.markers", "polcmp.level.pairs", "polcmp.level.text", "polcmp.level.verdict",
        "polcmp.level.shares", "polcmp.level.years"}
    assert not rules, sorted(rules)
