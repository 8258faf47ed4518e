"""`make eval`: polcmp's comparisons against every gold alignment, in-sample and held-out.

Documents: the seeds (tests/gold/*.toml, against the bundled sources) and the devset copies in
tests/fixtures/devset/ (*.gold.json). Scoring follows ../shared/devset/score.py, computed here on
`results.Comparison` objects so it does not depend on the JSON renderer:
  lists  items right (strict: a row left "added" where the gold pairs it is wrong), dropped precision
         and recall (rows in dropped_accept are not false drops; merges are not drops), splits and
         merges found
  plans  precision and recall of the baseline services reported covered
Held-out: for each document, the settings are chosen on all the other documents (grid in GRID,
objective `fit_score`) and measured on the document itself (leave-one-list-out), with the lexicon
entries written from that document alone left out too (each entry's comment in mappings/lexicon.toml
cites the lists it was read in; `national` does not count, it only shows the canonical words). In-sample:
the shipped settings (MatchSettings()) and the whole lexicon on every document.

    python scripts/evaluate.py [-v]"""

from __future__ import annotations

import itertools
import json
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polcmp.mappings import load_mappings  # noqa: E402
from polcmp.match import MatchSettings, compare  # noqa: E402
from polcmp.model import DocumentKind, InputError, Item, PolicyList, Provenance  # noqa: E402
from polcmp.results import Comparison, Fate  # noqa: E402
from polcmp.sources import load_list, load_registry  # noqa: E402

DEVSET = ROOT / "tests" / "fixtures" / "devset"
DEVSET_DOCS = {"city_b": "city_b.txt", "county_a": "county_a.docx", "city_d_2024": "city_d_2024.docx",
               "city_d_2025": "city_d_2025.docx", "province_c": "province_c.txt", "plan_e": "plan_e.txt"}
# The thresholds chosen leave-one-list-out (every other one stays at its MatchSettings default).
GRID = {"pair_threshold": (0.4, 0.45, 0.5), "mutual_margin": (0.1, 0.15, 0.2), "merge_share": (0.4, 0.5, 0.6)}


@dataclass
class Doc:
    name: str
    base: PolicyList
    other: PolicyList
    gold: dict  # in the devset's format


def _seed_gold(g: dict) -> dict:
    """tests/gold/*.toml in the devset's gold format."""
    if "covered" in g:
        return {"covered": {f"N{int(k):02d}": v for k, v in g["covered"].items()}, "beyond": g.get("added", [])}
    items = {str(o): {"expect": f"N{b:02d}"} for b, o in g["pairs"]}
    items.update({str(o): {"expect": "added"} for o in g.get("added", [])})
    items.update({str(o): {"expect": "added", "accept": [f"N{b:02d}"]} for o, b in g.get("splits", [])})
    for b, o in g.get("merges", []):
        items[str(o)].setdefault("accept", []).append(f"N{b:02d}")
    return {"items": items, "dropped": [f"N{b:02d}" for b in g.get("dropped", [])],
            "dropped_accept": [f"N{b:02d}" for b, _ in g.get("merges", [])],
            "relations": [{"split": str(o), "of": f"N{b:02d}"} for o, b in g.get("splits", [])]
            + [{"merged": f"N{b:02d}", "into": str(o)} for b, o in g.get("merges", [])]}


def rebuilt_plan(path: Path) -> PolicyList:
    """A plan numbered 1. 2. restarting per section, read here only while parse.py cannot: each
    `N.lead phrase。body` line is a measure, counted through the whole plan."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*\d+[.．、]\s*([^。]+)。(.*)$", line)
        if m:
            n = len(items) + 1
            items.append(Item(n, "", "", m.group(1), m.group(2).strip(), (), (), (), Provenance(str(path), 0, 0),
                              index=n - 1))
    return PolicyList(path.stem, path.stem, DocumentKind.PLAN, str(path), tuple(items))


def documents(mappings) -> list[Doc]:
    registry = load_registry(ROOT / "sources")
    national = load_list("national", registry, mappings)
    docs = []
    for gold_file in sorted((ROOT / "tests" / "gold").glob("*.toml")):
        g = tomllib.loads(gold_file.read_text(encoding="utf-8"))
        docs.append(Doc(g["other"], national, load_list(g["other"], registry, mappings), _seed_gold(g)))
    loaded: dict[str, PolicyList] = {}
    for name, file in DEVSET_DOCS.items():
        try:
            loaded[name] = load_list(str(DEVSET / file), registry, mappings)
        except InputError:
            loaded[name] = rebuilt_plan(DEVSET / file)
        if name == "plan_e" and loaded[name].kind is not DocumentKind.PLAN:
            loaded[name] = rebuilt_plan(DEVSET / file)
    for name in DEVSET_DOCS:
        g = json.loads((DEVSET / f"{name}.gold.json").read_text(encoding="utf-8"))
        base = national if g["base"] == "national" else loaded[g["base"]]
        docs.append(Doc(name, base, loaded[name], g))
    return docs


# ---------------------------------------------------------------- scoring (the rules of score.py)


def _num(gid: str) -> int:
    return int(re.sub(r"\D", "", gid))


def score_list(c: Comparison, gold: dict) -> dict:
    prefix = "N" if gold.get("base", "national") == "national" else "B"
    pairs: dict[int, set[int]] = {}
    links: dict[int, set[int]] = {}
    for link in c.links:
        pairs.setdefault(link.other.seq, set()).add(link.base.seq)
        links.setdefault(link.other.seq, set()).add(link.base.seq)
    added = {u.item.seq: u for u in c.added}
    drops = {u.item.seq for u in c.dropped if u.fate is Fate.DROPPED}
    for u in c.dropped:
        if u.fate is Fate.MERGED:
            links.setdefault(u.related.seq, set()).add(u.item.seq)
    wrong = []
    for key, g in gold["items"].items():
        ok = {g["expect"], *g.get("accept", [])}
        o = int(key)
        if o in pairs:
            good = {f"{prefix}{b:02d}" for b in pairs[o]} <= ok
            got = "+".join(f"{prefix}{b:02d}" for b in sorted(pairs[o]))
        elif o in added:
            good, got = "added" in ok, "added"
        else:
            good, got = False, "not reported"
        if not good:
            wrong.append(f"{key}: gold {'|'.join(sorted(ok))}, got {got}")
    gdrop = {_num(x) for x in gold.get("dropped", [])}
    gdrop_ok = gdrop | {_num(x) for x in gold.get("dropped_accept", [])}
    found = 0
    notes = []
    for r in gold.get("relations", []):
        if "split" in r:
            s, b = int(r["split"]), _num(r["of"])
            firsts = [int(k) for k, g in gold["items"].items() if g["expect"] == r["of"] and int(k) != s]
            ok = any(carved in added and added[carved].fate is Fate.SPLIT and added[carved].related is not None
                     and added[carved].related.seq == b and b in pairs.get(kept, set())
                     for first in firsts for carved, kept in ((s, first), (first, s)))
        else:
            b, s = _num(r["merged"]), int(r["into"])
            ok = b in links.get(s, set()) and len(links.get(s, set())) >= 2
        found += ok
        if not ok:
            notes.append(f"missed {r}")
    return {"right": len(gold["items"]) - len(wrong), "total": len(gold["items"]),
            "drop_rep": len(drops), "drop_true": len(drops & gdrop_ok), "drop_hit": len(drops & gdrop),
            "drop_gold": len(gdrop), "rel_found": found, "rel_total": len(gold.get("relations", [])),
            "notes": wrong + [f"false drop {prefix}{b:02d}" for b in sorted(drops - gdrop_ok)]
            + [f"missed drop {prefix}{b:02d}" for b in sorted(gdrop - drops)] + notes}


def score_plan(c: Comparison, gold: dict) -> dict:
    got = {link.base.seq for link in c.links}
    want = {_num(k) for k in gold["covered"]}
    return {"tp": len(got & want), "got": len(got), "want": len(want),
            "notes": [f"false cover N{b:02d}" for b in sorted(got - want)]
            + [f"missed cover N{b:02d}" for b in sorted(want - got)]}


def score(doc: Doc, settings: MatchSettings, mappings) -> dict:
    c = compare(doc.base, doc.other, mappings=mappings, settings=settings, detail=False)
    return score_plan(c, doc.gold) if doc.other.kind is DocumentKind.PLAN else score_list(c, doc.gold)


def fit_score(s: dict) -> float:
    """What fitting maximises on a document: errors of every kind, drops weighing double."""
    if "tp" in s:
        return -((s["got"] - s["tp"]) + (s["want"] - s["tp"]))
    false_drops = s["drop_rep"] - s["drop_true"]
    missed = s["drop_gold"] - s["drop_hit"]
    return -((s["total"] - s["right"]) + 2 * (false_drops + missed) + (s["rel_total"] - s["rel_found"]))


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def line(s: dict) -> str:
    if "tp" in s:
        return f"covered P {_ratio(s['tp'], s['got'])} R {_ratio(s['tp'], s['want'])}"
    return (f"items {s['right']:>2}/{s['total']:<2} {_ratio(s['right'], s['total'])}  "
            f"dropped P {_ratio(s['drop_true'], s['drop_rep'])} R {_ratio(s['drop_hit'], s['drop_gold'])}  "
            f"splits+merges {s['rel_found']}/{s['rel_total']}")


# the documents an entry's comment may cite (city_d is either edition)
_CITABLE = re.compile(r"city_d_20\d\d|city_d|city_b|county_a|province_c|plan_e|guangxi|tianjin|qingdao|heilongjiang|hebei")
_ENTRY = re.compile(r'^\s*"?([^"=\s]+)"?\s*=\s*\[.*?\]\s*#(.*)$')


def lexicon_sources(path: Path = ROOT / "mappings" / "lexicon.toml") -> dict[str, set[str]]:
    """Each lexicon entry's key (canonical form, or `names`/`stages`) -> the documents its comment cites."""
    out: dict[str, set[str]] = {}
    for text in path.read_text(encoding="utf-8").splitlines():
        m = _ENTRY.match(text)
        if m:
            out[m.group(1)] = set(_CITABLE.findall(m.group(2)))
    return out


def _cites_only(cited: set[str], name: str) -> bool:
    family = {name, "city_d"} if name.startswith("city_d") else {name}
    return bool(cited) and cited <= family


def mappings_without(mappings, name: str, sources: dict[str, set[str]]):
    """`mappings` without the lexicon entries read in document `name` alone."""
    keys = {"groups": "names", "stages": "stages"}
    kept = tuple(entry for entry in mappings.lexicon
                 if not _cites_only(sources.get(keys.get(entry[0], entry[0]), set()), name))
    return replace(mappings, lexicon=kept)


def grid() -> list[MatchSettings]:
    keys = list(GRID)
    return [replace(MatchSettings(), **dict(zip(keys, values, strict=True)))
            for values in itertools.product(*(GRID[k] for k in keys))]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    mappings = load_mappings(ROOT / "mappings")
    docs = documents(mappings)
    shipped = MatchSettings()
    candidates = grid()
    table = [[score(d, s, mappings) for d in docs] for s in candidates]
    sources = lexicon_sources()
    print(f"{'document':13} {'in-sample (shipped settings, whole lexicon)':58} held-out (settings and lexicon)")
    for k, doc in enumerate(docs):
        inside = score(doc, shipped, mappings)
        best = max(range(len(candidates)),
                   key=lambda g: (sum(fit_score(table[g][m]) for m in range(len(docs)) if m != k),
                                  candidates[g] == shipped))
        # the held-out settings' column was scored with the whole lexicon: score again without this
        # document's own entries
        held = score(doc, candidates[best], mappings_without(mappings, doc.name, sources))
        print(f"{doc.name:13} {line(inside):58} {line(held)}")
        if verbose:
            for note in inside["notes"]:
                print(f"{'':15}in-sample: {note}")
            for note in held["notes"]:
                print(f"{'':15}held-out:  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
