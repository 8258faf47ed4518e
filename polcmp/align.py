"""COMPATIBILITY ONLY — delete when cli.py, report.py, html.py and check.py read results.Comparison.

The matcher is polcmp/match/ (`polcmp.match.compare`). This module re-exposes its result in the old
shape (plain-string statuses) for the renderers not yet rewritten."""

from __future__ import annotations

from dataclasses import dataclass

from .match import MatchSettings, compare
from .match.settings import DEFAULT
from .match.similarity import containment
from .model import Item, PolicyList
from .normalize import Mappings
from .results import Comparison, Fate

__all__ = ["Alignment", "align", "containment", "from_comparison"]
STATUS_ORDER = ("reworded", "renamed", "target", "departments", "moved", "punctuation", "identical")


@dataclass(frozen=True)
class WordOp:
    op: str
    text: str


@dataclass(frozen=True)
class ClauseDiff:
    status: str
    base: str
    other: str
    words: tuple[WordOp, ...] = ()


@dataclass(frozen=True)
class Change:
    kind: str
    base: str = ""
    other: str = ""
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def to_json(self) -> dict:
        data: dict = {"kind": self.kind}
        if self.base or self.other:
            data.update(base=self.base, other=self.other)
        if self.added or self.removed:
            data.update(added=list(self.added), removed=list(self.removed))
        return data


@dataclass(frozen=True)
class Pair:
    base: Item
    other: Item
    status: str
    score: float
    matched_by: str
    changes: tuple[Change, ...]
    clauses: tuple[ClauseDiff, ...]
    reason: str = ""


@dataclass(frozen=True)
class Added:
    item: Item
    related_base: Item | None
    split_from: bool
    score: float


@dataclass(frozen=True)
class Dropped:
    item: Item
    merged_into: Item | None
    score: float


@dataclass(frozen=True)
class Alignment:
    base: PolicyList
    other: PolicyList
    pairs: tuple[Pair, ...]
    added: tuple[Added, ...]
    dropped: tuple[Dropped, ...]

    @property
    def differs(self) -> bool:
        return bool(self.added or self.dropped or any(p.status != "identical" for p in self.pairs))

    def counts(self) -> dict[str, int]:
        counts = {status: 0 for status in STATUS_ORDER}
        for pair in self.pairs:
            counts[pair.status] += 1
        counts["split"] = sum(1 for a in self.added if a.split_from)
        counts["added"] = sum(1 for a in self.added if not a.split_from)
        counts["merged"] = sum(1 for d in self.dropped if d.merged_into)
        counts["dropped"] = sum(1 for d in self.dropped if not d.merged_into)
        return counts


def from_comparison(c: Comparison) -> Alignment:
    pairs = tuple(Pair(link.base, link.other, link.status.value, link.score, link.matched_by.value,
                       tuple(Change(x.kind.value, x.base, x.other, x.added, x.removed) for x in link.changes),
                       tuple(ClauseDiff(d.status.value, d.base, d.other, tuple(WordOp(w.op, w.text) for w in d.words))
                             for d in link.clauses), link.reason) for link in c.links)
    added = tuple(Added(u.item, u.related, u.fate is Fate.SPLIT, u.score) for u in c.added)
    dropped = tuple(Dropped(u.item, u.related if u.fate is Fate.MERGED else None, u.score) for u in c.dropped)
    return Alignment(c.base, c.other, pairs, added, dropped)


def align(base: PolicyList, other: PolicyList, mappings: Mappings, config: MatchSettings = DEFAULT,
          detail: bool = True) -> Alignment:
    return from_comparison(compare(base, other, mappings=mappings, settings=config, detail=detail))
