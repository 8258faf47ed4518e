"""`make eval`: polcmp on the first-contact batches in tests/fixtures/fc*/ (lists written with gold by
someone who had not read polcmp's code, kept as they were written).

Each batch's README records the figure polcmp gave when the batch was first scored, before anything was
changed for it; this script gives today's figure (in-sample for every batch whose failures have since been
read). Scoring follows ../shared/devset/score.py (items strict, drops, splits and merges found, plan
services covered) plus the commitment level of every row whose gold has one: precision and recall of
weaker and of stronger (mixed counts as both, as scripts/evaluate_levels.py does) and inversions (a row
gold calls weaker reported stronger, or the reverse).

    python scripts/first_contact.py [FOLDER ...] [-v]

The polcmp scored is the one beside this script (its repository goes first on sys.path, ahead of PYTHONPATH): to
score a new batch at the commit its writer worked against, run the script of a worktree of that commit."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polcmp.mappings import load_mappings  # noqa: E402
from polcmp.match import compare  # noqa: E402
from polcmp.model import DocumentKind, InputError, PolicyList  # noqa: E402
from polcmp.results import Fate  # noqa: E402
from polcmp.sources import load_list, load_registry  # noqa: E402
from scripts.evaluate import _ratio, score_list, score_plan  # noqa: E402

WEAKER, STRONGER = {"weaker", "mixed"}, {"stronger", "mixed"}


def _document(folder: Path, stem: str) -> Path | None:
    for path in sorted(folder.iterdir()):
        if path.name.startswith(stem + ".") and not path.name.endswith(".gold.json") and path.name != "README.md" \
                and path.name[len(stem) + 1:].count(".") == 0:
            return path
    return None


def _by_position(comparison, gold: dict):
    """A list whose printed 序号 restart in every 服务领域 is scored by reading order (the gold's
    `keys: position`, as score.py reads other_index): its items are renumbered 1..n after the comparison."""
    if gold.get("keys") != "position":
        return comparison

    def pos(item):
        return replace(item, seq=item.index + 1)

    return replace(comparison,
                   links=tuple(replace(link, other=pos(link.other)) for link in comparison.links),
                   added=tuple(replace(u, item=pos(u.item)) for u in comparison.added),
                   dropped=tuple(replace(u, related=pos(u.related)) if u.related is not None else u
                                 for u in comparison.dropped))


def level_counts(comparison, gold: dict, lst: PolicyList) -> dict:
    """Per row with a gold level: the level polcmp reports on the pair gold expects (none when unpaired)."""
    position = gold.get("keys") == "position"
    reported = {}
    for link in comparison.links:
        key = link.other.index + 1 if position else link.other.seq
        reported.setdefault(key, []).append(link.level.value)
    c = {"rows": 0, "exact": 0, "wp": 0, "wt": 0, "wg": 0, "sp": 0, "st": 0, "sg": 0, "inv": 0, "notes": []}
    for key, g in gold["items"].items():
        if "level" not in g:
            continue
        got_all = reported.get(int(key), [])
        got = got_all[0] if len(got_all) == 1 else ("none" if not got_all else "mixed")
        want = g["level"]
        c["rows"] += 1
        c["exact"] += got == want
        c["wg"] += want in WEAKER
        c["sg"] += want in STRONGER
        c["wp"] += got in WEAKER
        c["sp"] += got in STRONGER
        c["wt"] += got in WEAKER and want in WEAKER
        c["st"] += got in STRONGER and want in STRONGER
        inverted = (want == "weaker" and got == "stronger") or (want == "stronger" and got == "weaker")
        c["inv"] += inverted
        if got != want:
            c["notes"].append(f"level {key}: gold {want}, got {got}{' (INVERTED)' if inverted else ''}"
                              f" — {g.get('why', '')}")
    return c


def score_folder(folder: Path, verbose: bool) -> list[dict]:
    mappings = load_mappings(ROOT / "mappings")
    registry = load_registry(ROOT / "sources")
    national = load_list("national", registry, mappings)
    rows = []
    for gold_file in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        name = gold_file.name[: -len(".gold.json")]
        row = {"doc": name}
        try:
            doc = _document(folder, name)
            other = load_list(str(doc), registry, mappings)
            base = national
            if gold.get("base", "national") != "national":
                base = load_list(str(_document(folder, gold["base"])), registry, mappings)
        except (InputError, TypeError) as e:
            row["failed"] = str(e)
            rows.append(row)
            continue
        c = compare(base, other, mappings=mappings)
        if other.kind is DocumentKind.PLAN or "covered" in gold:
            row["plan"] = score_plan(c, gold) if other.kind is DocumentKind.PLAN else {"tp": 0, "got": 0,
                                                                            "want": len(gold["covered"]),
                                                                            "notes": ["read as a list"]}
        else:
            row["list"] = score_list(_by_position(c, gold), gold)
            row["level"] = level_counts(c, gold, other)
            row["split_flags"] = sum(1 for u in c.added if u.fate is Fate.SPLIT)
        rows.append(row)
    return rows


def _line(row: dict) -> str:
    if "failed" in row:
        return f"  {row['doc']:<16} FAILED: {row['failed']}"
    if "plan" in row:
        p = row["plan"]
        return f"  {row['doc']:<16} plan covered P {_ratio(p['tp'], p['got'])} R {_ratio(p['tp'], p['want'])}"
    s, lv = row["list"], row["level"]
    text = (f"  {row['doc']:<16} items {s['right']:>2}/{s['total']:<2}  dropped P {_ratio(s['drop_true'], s['drop_rep'])}"
            f" R {_ratio(s['drop_hit'], s['drop_gold'])}  splits+merges {s['rel_found']}/{s['rel_total']}")
    if lv["rows"]:
        text += (f"  level {lv['exact']}/{lv['rows']} weaker P {lv['wt']}/{lv['wp']} R {lv['wt']}/{lv['wg']}"
                 f" stronger P {lv['st']}/{lv['sp']} R {lv['st']}/{lv['sg']} inverted {lv['inv']}")
    return text


def summary(rows: list[dict]) -> str:
    lists = [r for r in rows if "list" in r]
    plans = [r for r in rows if "plan" in r]
    t = {k: sum(r["list"][k] for r in lists) for k in ("right", "total", "drop_rep", "drop_true", "drop_hit",
                                                      "drop_gold", "rel_found", "rel_total")}
    lv = {k: sum(r["level"][k] for r in lists) for k in ("rows", "exact", "wp", "wt", "wg", "sp", "st", "sg", "inv")}
    tp, got, want = (sum(r["plan"][k] for r in plans) for k in ("tp", "got", "want"))
    out = [f"  all: items {t['right']}/{t['total']}  dropped P {_ratio(t['drop_true'], t['drop_rep'])} "
           f"R {_ratio(t['drop_hit'], t['drop_gold'])}  splits+merges {t['rel_found']}/{t['rel_total']}"]
    if lv["rows"]:
        out.append(f"  level rows {lv['rows']}: exact {lv['exact']}  weaker P {_ratio(lv['wt'], lv['wp'])} "
                   f"R {_ratio(lv['wt'], lv['wg'])}  stronger P {_ratio(lv['st'], lv['sp'])} "
                   f"R {_ratio(lv['st'], lv['sg'])}  inversions {lv['inv']}")
    if plans:
        out.append(f"  plans: covered P {_ratio(tp, got)} R {_ratio(tp, want)}")
    failed = [r["doc"] for r in rows if "failed" in r]
    if failed:
        out.append(f"  failed to read: {', '.join(failed)}")
    return "\n".join(out)


def recorded(folder: Path) -> str:
    """The figure the batch gave when first scored, as its README's "First contact" table records it: the
    table's last row (the one taken with the batch unseen), each cell named by its column."""
    readme = folder / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    section = text.split("## First contact", 1)[1] if "## First contact" in text else ""
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in section.splitlines()
            if line.startswith("|") and not line.startswith("|---")]
    if len(rows) < 2:
        return "not recorded"
    head, last = rows[0], rows[-1]
    if len(head) != len(last) or head[0] == "document":  # a per-document table: its rows are the figure
        return "; ".join(" ".join(r) for r in rows[1:])
    return ", ".join(f"{h} {v}" for h, v in zip(head, last, strict=True))


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if a != "-v"] or sorted(p for p in (ROOT / "tests" / "fixtures").glob("fc*")
                                                            if p.is_dir())
    for folder in folders:
        rows = score_folder(folder, verbose)
        print(f"first-contact batch {folder.name}")
        print(f"  first contact (its README): {recorded(folder)}")
        print("  today:")
        for row in rows:
            print(_line(row))
            if verbose:
                for note in (row.get("list") or row.get("plan") or {}).get("notes", []) + \
                        row.get("level", {}).get("notes", []):
                    print(f"      {note}")
        print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
