"""The floors of polcmp's house: every import of a polcmp module (module-level or inside a function, where
a cycle could hide) goes to the importer's own floor or one below it, never up. The floors are written
once, here, from the ground up.

The order is the import order, not quite the pipeline's: normalize's text functions (clean,
to_simplified) sit below the readers, which need them to recognise header words (headers.py); the level
rules and the mappings (which build them from levels.toml) sit below parse, which takes a Mappings."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "polcmp"

# ground floor first; a module belongs to the floor of its longest listed prefix
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("foundation", ("polcmp", "polcmp.model", "polcmp.lazyload", "polcmp.resources", "polcmp.cache", "polcmp.tomlcache",
                    "polcmp.regexcache", "polcmp.judgecache", "polcmp.frozen",
                    "polcmp.tokens", "polcmp.xmlsafe", "polcmp.isolate", "polcmp.environment")),
    ("vocabulary", ("polcmp.results", "polcmp.lexicon", "polcmp.regions")),
    ("normalize", ("polcmp.normalize", "polcmp.headers")),
    ("read", ("polcmp.readers",)),
    ("level", ("polcmp.level",)),
    ("mappings", ("polcmp.mappings",)),
    ("parse", ("polcmp.parse",)),
    ("match", ("polcmp.match",)),
    ("services", ("polcmp.check", "polcmp.matrix", "polcmp.history", "polcmp.settings", "polcmp.sources",
                  "polcmp.batch")),
    ("api", ("polcmp.api", "polcmp.register")),
    ("output", ("polcmp.render", "polcmp.output")),
    ("cli", ("polcmp.cli", "polcmp.console", "polcmp.options", "polcmp.completion", "polcmp.entry", "polcmp.__main__",
             "polcmp.ci")),
)
FLOOR = {name: number for number, (name, _) in enumerate(LAYERS)}

# Beyond "never up": render sees only the results (and the ground floor), never how they were made; the
# command line reaches the work through the api, plus render and output to show it.
ONLY = {
    "output": {"foundation", "vocabulary", "output"},
    "cli": {"foundation", "vocabulary", "api", "output", "cli"},
}
# Known exceptions, each with its reason. Keep this short.
EXCEPTIONS = {
    ("polcmp.completion", "polcmp.sources"): "shell completion reads only the registry, never the api",
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def floor_of(module: str) -> str:
    best = max((prefix for _, prefixes in LAYERS for prefix in prefixes
                if module == prefix or module.startswith(prefix + ".")), key=len, default=None)
    assert best is not None, f"{module} is on no floor: add it to LAYERS in tests/test_layers.py"
    return next(name for name, prefixes in LAYERS if best in prefixes)


def _is_module(name: str) -> bool:
    relative = Path(*name.split("."))
    return (ROOT / relative).with_suffix(".py").exists() or (ROOT / relative / "__init__.py").exists()


def imports_of(source: str, module: str, is_package: bool = False) -> set[str]:
    """The polcmp modules a module's source imports anywhere in it (a `from . import name` of a
    non-module name is an import of the package)."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "polcmp"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "polcmp":
                continue
            if node.module is None or target == "polcmp":
                found |= {f"{target}.{a.name}" if _is_module(f"{target}.{a.name}") else target for a in node.names}
            else:
                found.add(target)
    found.discard(module)
    return found


def climbing(source: str, importer: str, is_package: bool = False) -> list[str]:
    here = floor_of(importer)
    wrong = []
    for target in sorted(imports_of(source, importer, is_package)):
        there = floor_of(target)
        if (importer, target) in EXCEPTIONS:
            continue
        if FLOOR[there] > FLOOR[here] or (here in ONLY and there not in ONLY[here]):
            wrong.append(f"{importer} ({here}) imports {target} ({there})")
    return wrong


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_no_import_climbs_a_floor(path):
    assert climbing(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py") == []


def test_the_exceptions_are_still_needed():
    """An exception the code no longer needs is removed from the list, so it cannot hide a new arrow."""
    for importer, target in EXCEPTIONS:
        path = (ROOT / Path(*importer.split("."))).with_suffix(".py")
        assert target in imports_of(path.read_text(encoding="utf-8"), importer), (importer, target)


@pytest.mark.parametrize("importer, source", [
    ("polcmp.readers.html", "def read():\n    from ..parse.common import is_header_row\n"),  # hidden in a function
    ("polcmp.level.text", "from ..match.lexicon import expand\n"),
    ("polcmp.tomlcache", "from .normalize import clean\n"),
    ("polcmp.normalize", "def load():\n    from .level import markers_from_dict\n"),
    ("polcmp.level.markers", "from ..mappings import Mappings\n"),
    ("polcmp.render.text", "from ..readers import read_document\n"),
    ("polcmp.render.json", "from ..level import judge_pair\n"),
    ("polcmp.cli", "from .match import compare\n"),
    ("polcmp.results", "from . import render\n"),
])
def test_an_arrow_that_climbs_fails(importer, source):
    assert climbing(source, importer) != []


def test_every_module_is_on_a_floor():
    for path in MODULES:
        floor_of(module_name(path))


def test_a_deferred_import_of_polcmp_says_what_it_defers():
    """A polcmp module imported inside a function is there only to defer a heavy library (rapidfuzz, rich,
    typer), and the line says which; any other import belongs at the top of its module."""
    unexplained = []
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for function in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                own = isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("polcmp"))
                said = "#" in lines[node.lineno - 1] or lines[node.lineno - 2].strip().startswith("#") if own else True
                if not said:
                    unexplained.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not unexplained
