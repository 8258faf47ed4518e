"""The registry's hierarchy (parent, edition) and `check` against every level above a list."""

from __future__ import annotations

import json
import os
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
    tree = run.stdout.split("hierarchy (parent → children):\n")[1].splitlines()
    assert tree[0].strip().startswith("national")
    assert all(line.startswith("    ") for line in tree[1:])
    data = json.loads(subprocess.run([sys.executable, "-m", "polcmp", "sources", "-f", "json"],
                                     capture_output=True, text=True).stdout)
    assert {s["id"]: s["parent"] for s in data["sources"]}["qingdao"] == "national"
