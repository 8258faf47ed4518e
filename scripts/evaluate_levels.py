"""`make eval`: precision and recall of the commitment levels (polcmp/level/, issue 15) against the
gold levels in tests/gold/levels/*.toml (the seeds, written by reading them) and
tests/fixtures/devset/province_c.gold.json (the devset's own gold).

In-sample: the marker table and the thresholds as shipped. Held-out (leave one list out), for each list:
  - markers: every entry of mappings/levels.toml whose `source` cites that list and no other document
    (no other list, not the issue; the national baseline, one side of every pair, does not count) is
    removed before the list is judged;
  - thresholds: the three numbers of level.Thresholds are refitted on the other lists by a grid search
    on the mean F1 of weaker and stronger, then used on the list left out.

    python scripts/evaluate_levels.py [-v]     (-v lists every disagreement with its reasons)
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polcmp.level import LevelMarkers, PairSetting, Thresholds, judge_pair, markers_from_dict  # noqa: E402
from polcmp.mappings import load_mappings  # noqa: E402
from polcmp.match import compare  # noqa: E402
from polcmp.match.classify import Paired, classify  # noqa: E402
from polcmp.results import MatchedBy  # noqa: E402
from polcmp.sources import load_list, load_registry  # noqa: E402

# How a marker's `source` names each list judged here (a marker citing only its list is held out).
CITED_AS = {"tianjin": ("天津",), "guangxi": ("广西",), "heilongjiang": ("黑龙江",), "qingdao": ("青岛",),
            "province_c": ("province_c", "江淮")}
# Other documents a source may cite that make a marker independent of the list left out: the issues' own
# lists of words (issue 12 names the 依照/按照/除包括…基础清单…规定 reference), the 河北 plan, the devset's
# lists and plan that have no level gold (their wording is evidence, never judged here), 实施方案 in
# general. Citing the national baseline does not: the baseline is one side of every pair, so a marker
# citing `national 15 …; 天津 15 …` was still written from 天津.
OTHER_DOCUMENTS = ("issue 15", "issue 12", "issue 20", "河北", "city_b", "city_d", "county_a", "plan_e", "实施方案")
GRID = [Thresholds(m, c, n) for m in (0.4, 0.5, 0.6, 0.7) for c in (0.6, 0.7, 0.8) for n in (3, 4, 5, 6)]


@dataclass
class Row:
    doc: str
    other_seq: int
    base_seq: int
    gold: str
    why: str
    pair: object  # the polcmp Pair linking the gold base row to this row, or None
    elsewhere: tuple[str, ...]


def gold_rows() -> list[Row]:
    """Every gold row with the pair polcmp's alignment gives it (None when it is not paired as gold says)."""
    registry, mappings = load_registry(ROOT / "sources"), load_mappings(ROOT / "mappings")
    national = load_list("national", registry, mappings)
    docs = []
    for path in sorted((ROOT / "tests" / "gold" / "levels").glob("*.toml")):
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        rows = {int(k): (v["base"], v["level"], v.get("why", "")) for k, v in gold["rows"].items()}
        docs.append((gold["other"], load_list(gold["other"], registry, mappings), rows))
    devset = ROOT / "tests" / "fixtures" / "devset"
    for path in sorted(devset.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        rows = {int(k): (int(v["expect"].lstrip("N")), v["level"], v.get("why", ""))
                for k, v in gold.get("items", {}).items() if "level" in v}
        if rows:
            docs.append((gold["list"], load_list(str(devset / f"{gold['list']}.txt"), registry, mappings), rows))
    out = []
    for name, other, rows in docs:
        comparison = compare(national, other, mappings=mappings)
        by_other = {p.other.seq: p for p in comparison.links}
        contents = tuple(it.content for it in other.items)
        for seq, (base_seq, level, why) in sorted(rows.items()):
            pair = by_other.get(seq)
            if pair is None or pair.base.seq != base_seq:  # judge the gold pair anyway
                pair = classify(national.item(base_seq), other.item(seq), Paired(0.0, MatchedBy.OVERRIDE))
            out.append(Row(name, seq, base_seq, level, why, pair, contents))
    return out


def predict(row: Row, markers: LevelMarkers) -> tuple[str, tuple]:
    p = row.pair
    setting = PairSetting(targets=(p.base.target, p.other.target), names=(p.base.service, p.other.service),
                          elsewhere=tuple(t for t in row.elsewhere if t != p.other.content))
    j = judge_pair(p.clauses, markers, setting)
    return j.level.value, j.reasons


def prf(rows: list[Row], predicted: list[str], label: str) -> tuple[float, float, int, int]:
    """Precision and recall of one level; `mixed` counts as both weaker and stronger."""
    def has(level: str) -> bool:
        return level == label or level == "mixed"

    tp = sum(1 for r, p in zip(rows, predicted, strict=True) if has(r.gold) and has(p))
    npred = sum(1 for p in predicted if has(p))
    ngold = sum(1 for r in rows if has(r.gold))
    return (tp / npred if npred else 1.0), (tp / ngold if ngold else 1.0), npred, ngold


def f1(rows: list[Row], predicted: list[str]) -> float:
    total = 0.0
    for label in ("weaker", "stronger"):
        p, r, _, _ = prf(rows, predicted, label)
        total += 2 * p * r / (p + r) if p + r else 0.0
    return total / 2


def table(title: str, rows: list[Row], predicted: list[str], docs: list[str]) -> None:
    print(title)
    print(f"  {'list':14} {'rows':>4} {'exact':>6} {'weaker P':>9} {'R':>6} {'stronger P':>11} {'R':>6}")
    for doc in [*docs, "all"]:
        idx = [k for k, r in enumerate(rows) if doc in ("all", r.doc)]
        rs, ps = [rows[k] for k in idx], [predicted[k] for k in idx]
        exact = sum(1 for r, p in zip(rs, ps, strict=True) if r.gold == p) / len(rs)
        wp, wr, wn, wg = prf(rs, ps, "weaker")
        sp, sr, sn, sg = prf(rs, ps, "stronger")
        print(f"  {doc:14} {len(rs):4d} {exact:6.2f} {wp:6.2f}/{wn:<2d} {wr:4.2f}/{wg:<2d} "
              f"{sp:8.2f}/{sn:<2d} {sr:4.2f}/{sg:<2d}")


def cites_only(source: str, doc: str) -> bool:
    """Does a marker's `source` cite this list and no other document?"""
    if not any(name in source for name in CITED_AS[doc]):
        return False
    others = [n for d, names in CITED_AS.items() if d != doc for n in names] + list(OTHER_DOCUMENTS)
    return not any(name in source for name in others)


def held_out_markers(markers: LevelMarkers, doc: str) -> tuple[LevelMarkers, list[str]]:
    """The marker table without the entries written from this list alone, and their labels; the lexicon
    it reads without the entries read in this list alone (as scripts/evaluate.py holds them out)."""
    kept, removed = {}, []
    for section, entries in markers.entries.items():
        kept[section] = []
        for entry in entries:
            if cites_only(entry.get("source", ""), doc):
                removed.append(f"{section} {entry.get('label') or entry.get('base', '') + '→' + entry.get('other', '')}")
            else:
                kept[section].append(entry)
    from scripts.evaluate import lexicon_sources, mappings_without

    lexicon = mappings_without(load_mappings(ROOT / "mappings"), doc, lexicon_sources()).lexicon
    return markers_from_dict(kept, markers.thresholds, lexicon=lexicon), removed


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    markers = markers_from_dict(tomllib.loads((ROOT / "mappings" / "levels.toml").read_text(encoding="utf-8")),
                                lexicon=load_mappings(ROOT / "mappings").lexicon)
    rows = gold_rows()
    docs = sorted({r.doc for r in rows})
    print("commitment levels against gold (P/R of weaker and of stronger; mixed counts as both; "
          "/n = rows predicted / in gold)")
    in_sample = [predict(r, markers)[0] for r in rows]
    table(f"in-sample: markers and thresholds as shipped ({markers.thresholds})", rows, in_sample, docs)

    held_out = list(in_sample)
    notes = []
    for doc in docs:
        own, removed = held_out_markers(markers, doc)
        train = [k for k, r in enumerate(rows) if r.doc != doc]
        best = max(GRID, key=lambda th: (f1([rows[k] for k in train],
                                            [predict(rows[k], replace(own, thresholds=th))[0] for k in train]),
                                         th == markers.thresholds))
        for k, r in enumerate(rows):
            if r.doc == doc:
                held_out[k] = predict(r, replace(own, thresholds=best))[0]
        notes.append(f"  without {doc}: thresholds match={best.match} cover={best.cover} novel={best.novel}; "
                     f"{len(removed)} marker(s) citing only it removed" + (f" ({', '.join(removed)})" if removed else ""))
    table("held-out, leave one list out (markers citing only the list removed, thresholds refitted without it)",
          rows, held_out, docs)
    print("\n".join(notes))
    print("targets: weaker P and R >= 0.90, stronger P and R >= 0.85 (held-out)")
    if verbose:
        for title, predicted in (("in-sample", in_sample), ("held-out", held_out)):
            print(f"\ndisagreements ({title}):")
            for r, p in zip(rows, predicted, strict=True):
                if r.gold != p:
                    print(f"- {r.doc} {r.other_seq} (national {r.base_seq}): gold {r.gold}, polcmp {p}  [{r.why}]")
                    if title == "in-sample":
                        for reason in predict(r, markers)[1]:
                            print(f"    {reason.direction}: {reason.explanation}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
