"""A synthetic country for `make bench`: 34 provinces, 330 cities and 2,800 counties, each with a parent
and two editions (2024, 2025), in one registry folder. A province adapts the national list, a city its
province's 2025 edition, a county its city's: rows dropped, reworded and added at every level."""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.synth import EXTRA, REWORD, make_list, write  # noqa: E402

PROVINCES, CITIES, COUNTIES = 34, 330, 2800


def adapt(rows: list[list[str]], rng: random.Random, drop: float = 0.03, reword: float = 0.2) -> list[list[str]]:
    out = []
    for row in rows:
        if rng.random() < drop:
            continue
        row = list(row)
        if rng.random() < reword:
            old, new = rng.choice(REWORD)
            row[3] = row[3].replace(old, new, 1)
        out.append(row)
    if rng.random() < 0.3:
        extra = list(rng.choice(EXTRA))
        if extra not in out:
            out.append(extra)
    return out


def _entry(sid: str, parent: str, name: str, level: str, file: str, edition: str) -> str:
    return (f'[[source]]\nid = "{sid}"\nparent = "{parent}"\nname = "{name}"\nlevel = "{level}"\nkind = "list"\n'
            f'file = "{file}"\ntitle = "{name}流动儿童在居住地享有关爱服务清单（{edition}年版）"\nedition = "{edition}"\n')


def make_country(folder: Path, seed: int = 11) -> dict[str, list[str]]:
    """Writes the folder; returns the ids of each level's 2025 editions."""
    from polcmp.mappings import load_mappings
    from polcmp.sources import load_list, load_registry

    folder.mkdir(parents=True, exist_ok=True)
    national = load_list("national", load_registry(ROOT / "sources"), load_mappings(ROOT / "mappings"))
    shutil.copy(ROOT / "sources" / "national.txt", folder / "national.txt")
    rng = random.Random(seed)
    entries = ['[[source]]\nid = "national"\nname = "全国"\nlevel = "national"\nkind = "list"\nfile = "national.txt"\n'
               'title = "流动儿童在居住地享有关爱服务基础清单"\nedition = "2024"\nreconstructed = true\n']
    latest: dict[str, list[str]] = {"province": [], "city": [], "county": []}
    rows_of: dict[str, list[list[str]]] = {}

    def add(sid: str, parent: str, name: str, level: str, rows: list[list[str]]) -> None:
        (folder / level).mkdir(exist_ok=True)
        for edition, edition_rows in (("2024", rows), ("2025", adapt(rows, rng, drop=0.02, reword=0.1))):
            file = f"{level}/{sid}_{edition}.txt"
            write(edition_rows, folder / file, "rows" if rng.random() < 0.5 else "cells")
            entries.append(_entry(f"{sid}_{edition}", parent, name, level, file, edition))
        rows_of[f"{sid}_2025"] = edition_rows
        latest[level].append(f"{sid}_2025")

    for p in range(PROVINCES):
        add(f"p{p:02d}", "national", f"第{p:02d}省", "province", make_list(national, rng)[0])
    for c in range(CITIES):
        parent = latest["province"][c % PROVINCES]
        add(f"c{c:03d}", parent, f"第{c:03d}市", "city", adapt(rows_of[parent], rng))
    for k in range(COUNTIES):
        parent = latest["city"][k % CITIES]
        add(f"k{k:04d}", parent, f"第{k:04d}县", "county", adapt(rows_of[parent], rng))
    (folder / "registry.toml").write_text("\n".join(entries), encoding="utf-8")
    return latest


if __name__ == "__main__":
    make_country(Path(sys.argv[1]))
