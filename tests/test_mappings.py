"""polcmp/mappings.py: a user's mappings folder read as the bundled one is, its faults named in one line."""

import shutil

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("edit, words", [
    (lambda t: t.replace('direction = "weaker"', 'direction = "weakr"', 1), "'weakr' is not a valid Level"),
    (lambda t: t.replace('more = "stronger"', 'more = "up"', 1), "'up' is not a valid Level"),
    (lambda t: t.replace('[[scope]]\nbase = ', '[[scope]]\nbse = ', 1), "KeyError: 'base'"),
])
def test_a_level_table_with_a_wrong_direction_or_key_is_named_with_its_fault(run, tmp_path, monkeypatch, edit, words):
    mappings = tmp_path / "mappings"
    shutil.copytree(ROOT / "mappings", mappings)
    levels = mappings / "levels.toml"
    text = levels.read_text(encoding="utf-8")
    assert edit(text) != text  # (the fault is really written)
    levels.write_text(edit(text), encoding="utf-8")
    monkeypatch.setenv("POLCMP_MAPPINGS", str(mappings))
    result = run("diff", "national", "qingdao")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(levels) in lines[0] and words in lines[0], result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
