"""Measure a comparison against a gold file in tests/gold/: precision, recall and F1 (for the scripts and
the tests; polcmp itself never scores against gold)."""

from __future__ import annotations

from dataclasses import dataclass

from polcmp.results import Comparison, Fate


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    found: int
    expected: int


def prf(found: set, expected: set) -> Score:
    hits = len(found & expected)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(expected) if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(round(precision, 3), round(recall, 3), round(f1, 3), len(found), len(expected))


def score_comparison(comparison: Comparison, gold: dict) -> dict[str, Score]:
    """Pairs; and the unpaired items, each labelled added/split (with its parent)/dropped/merged."""
    pairs = {(link.base.seq, link.other.seq) for link in comparison.links}
    unpaired = set()
    for a in comparison.added:
        unpaired.add(("split", a.item.seq, a.related.seq) if a.fate is Fate.SPLIT else ("added", a.item.seq))
    for d in comparison.dropped:
        unpaired.add(("merged", d.item.seq, d.related.seq) if d.fate is Fate.MERGED else ("dropped", d.item.seq))
    gold_pairs = {tuple(p) for p in gold.get("pairs", [])}
    gold_unpaired = {("added", s) for s in gold.get("added", [])}
    gold_unpaired |= {("dropped", s) for s in gold.get("dropped", [])}
    gold_unpaired |= {("split", o, b) for o, b in gold.get("splits", [])}
    gold_unpaired |= {("merged", b, o) for b, o in gold.get("merges", [])}
    return {"pairs": prf(pairs, gold_pairs), "added/dropped": prf(unpaired, gold_unpaired)}
