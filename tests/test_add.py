"""`polcmp add FILE`: region, level, title and date read from the document, the parent inferred, the
registry rewritten whole and never an existing entry without --force."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "fixtures" / "devset"
HIER = ROOT / "tests" / "fixtures" / "hierarchy"

# every devset list: (region, level) the document names
EXPECTED = {"city_b.txt": ("江州市", "city"), "city_b.xlsx": ("江州市", "city"), "city_b.html": ("江州市", "city"),
            "plan_e.txt": ("汉江省", "province"), "province_c.txt": ("江淮省", "province"),
            "city_d_2024.docx": ("青江市", "city"), "city_d_2025.docx": ("青江市", "city"),
            "county_a.docx": ("宁川县", "county")}


@pytest.fixture
def registry(tmp_path):
    folder = tmp_path / "sources"
    shutil.copytree(HIER, folder)
    return folder


def _add(registry: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "polcmp", "add", *args], capture_output=True, text=True,
                          env={**os.environ, "POLCMP_SOURCES": str(registry)}, cwd=ROOT)


def test_every_devset_list_is_covered():
    files = {p.name for p in DEVSET.iterdir() if p.suffix in (".txt", ".docx", ".xlsx", ".html")}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_add_infers_region_and_level(registry, name):
    from polcmp.sources import load_registry

    run = _add(registry, str(DEVSET / name), "--id", name.replace(".", "_"))
    assert run.returncode == 0, run.stderr
    source = load_registry(registry).get(name.replace(".", "_"))
    assert (source.name, source.level) == EXPECTED[name]
    assert source.title and source.parent == "national"
    assert (registry / source.file).resolve() == (DEVSET / name).resolve()
    if not source.date:
        assert "could not infer date" in run.stdout


def test_dates_from_the_issuing_line_and_the_title(registry):
    from polcmp.model import DocumentKind
    from polcmp.sources import load_registry

    assert _add(registry, str(DEVSET / "county_a.docx")).returncode == 0
    assert _add(registry, str(DEVSET / "plan_e.txt")).returncode == 0
    loaded = load_registry(registry)
    assert loaded.get("county_a").date == "2025-03-20" and loaded.get("county_a").edition == "2025"
    assert loaded.get("plan_e").date == "2024-12-06" and loaded.get("plan_e").kind is DocumentKind.PLAN


def test_parent_is_the_registered_region_the_document_names(registry, tmp_path):
    from polcmp.sources import load_registry

    county = tmp_path / "江北县清单.txt"
    text = (HIER / "county.txt").read_text(encoding="utf-8")
    county.write_text("江州市江北县民政局 2025年3月1日印发\n" + text, encoding="utf-8")
    run = _add(registry, str(county), "--id", "jiangbei2")
    assert run.returncode == 0, run.stderr
    source = load_registry(registry).get("jiangbei2")
    assert (source.parent, source.level, source.date) == ("jiangzhou", "county", "2025-03-01")
    run = _add(registry, str(county), "--id", "jiangbei3", "--parent", "jiangnan", "--edition", "2025")
    source = load_registry(registry).get("jiangbei3")
    assert (source.parent, source.edition) == ("jiangnan", "2025")


def test_an_existing_entry_is_kept_without_force(registry):
    from polcmp.sources import load_registry

    before = (registry / "registry.toml").read_text(encoding="utf-8")
    run = _add(registry, str(DEVSET / "city_b.txt"), "--id", "jiangzhou")
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "--force" in run.stderr
    assert (registry / "registry.toml").read_text(encoding="utf-8") == before
    run = _add(registry, str(DEVSET / "city_b.txt"), "--id", "jiangzhou", "--force", "--parent", "jiangnan")
    assert run.returncode == 0 and run.stdout.startswith("replaced jiangzhou")
    loaded = load_registry(registry)
    assert [s.id for s in loaded.sources].count("jiangzhou") == 1
    assert loaded.get("jiangzhou").name == "江州市" and loaded.get("jiangbei").parent == "jiangzhou"
    assert "synthetic three-level hierarchy" in (registry / "registry.toml").read_text(encoding="utf-8")


def test_an_unreadable_file_is_refused(registry, tmp_path):
    before = (registry / "registry.toml").read_text(encoding="utf-8")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    for path in (bad, tmp_path / "missing.txt"):
        run = _add(registry, str(path))
        assert run.returncode == 2 and run.stderr.count("\n") == 1
    assert (registry / "registry.toml").read_text(encoding="utf-8") == before
    assert not list(registry.glob(".registry-*"))


def test_readme_example_is_real_output(tmp_path):
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^\$ POLCMP_SOURCES=/tmp/reg polcmp add ([^\n]*)\n(.*?)^```", readme, re.M | re.S)
    args, shown = block.group(1).split(), block.group(2)
    folder = tmp_path / "reg"
    shutil.copytree(HIER, folder)
    shutil.copy(DEVSET / "county_a.docx", folder)
    args = [a.replace("/tmp/reg", str(folder)) for a in args]
    run = _add(folder, *args)
    assert run.returncode == 0, run.stderr
    assert run.stdout.replace(str(folder), "/tmp/reg") == shown
