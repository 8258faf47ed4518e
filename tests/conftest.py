import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from polcmp.cli import app
from polcmp.level import LevelMarkers, markers_from_dict
from polcmp.mappings import load_mappings
from polcmp.sources import load_list, load_registry
from polcmp.tomlcache import parse

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="session", autouse=True)
def _private_cache_dir(tmp_path_factory):
    """The suite never reads or writes the developer's ~/.cache/polcmp (tokens.cache_dir())."""
    previous = os.environ.get("POLCMP_CACHE_DIR")
    os.environ["POLCMP_CACHE_DIR"] = str(tmp_path_factory.mktemp("polcmp-cache"))
    yield
    if previous is None:
        os.environ.pop("POLCMP_CACHE_DIR", None)
    else:
        os.environ["POLCMP_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def registry():
    return load_registry(ROOT / "sources")


@pytest.fixture(scope="session")
def mappings():
    return load_mappings(ROOT / "mappings")


@pytest.fixture(scope="session")
def lists(registry, mappings):
    return {sid: load_list(sid, registry, mappings) for sid in registry.ids()}


@pytest.fixture()
def run(monkeypatch):
    """Run the CLI as a user would, with a fixed terminal width and no colour."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.chdir(ROOT)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke


def check_golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites it (then review the diff by eye)."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8")


def portable_json(text: str) -> str:
    """JSON output with absolute source paths made relative to the project root."""
    data = json.loads(text)
    return json.dumps(data, ensure_ascii=False, indent=2).replace(str(ROOT) + "/", "") + "\n"


def load_level_markers(path: str | Path) -> LevelMarkers:
    """A levels.toml read alone (the tool reads it with the other mappings, in polcmp.mappings)."""
    return markers_from_dict(parse(Path(path).read_text(encoding="utf-8")))
