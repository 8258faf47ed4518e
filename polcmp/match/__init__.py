"""Stage 4, match: which items of two documents correspond, and how each pair differs.

`compare(base, other, mappings=…)` returns a `results.Comparison` for two lists and for a list and a
prose plan alike. Modules by job: similarity (scores), assignment (Hungarian), passes (override,
exact, assignment), relations (splits and merges), classify (a pair's changes and Status), clauses
(clause and word diff, the clause map), plans (a plan's measures against the baseline), settings
(every threshold)."""

from __future__ import annotations

from ..model import PolicyList
from ..normalize import Mappings
from ..results import Comparison
from .classify import classify
from .clauses import clause_map
from .passes import pair_all
from .plans import compare_plan
from .relations import unlinked_base, unlinked_other
from .settings import DEFAULT, MatchSettings
from .similarity import LazyScores

__all__ = ["MatchSettings", "compare"]


def compare(base: PolicyList, other: PolicyList, *, mappings: Mappings, settings: MatchSettings = DEFAULT,
            detail: bool = True) -> Comparison:
    """detail=False skips clause and word diffs and the clause map (coverage needs only statuses;
    saves loading jieba)."""
    if other.kind == "plan":
        return compare_plan(base, other, settings)
    scores = LazyScores(list(base.items), list(other.items), settings, mappings.lexicon)
    pairs = pair_all(base, other, mappings, scores, settings)
    links = sorted((classify(base.items[p.i], other.items[p.j], scores.at(p.i, p.j), p.matched_by, settings,
                             p.reason, detail) for p in pairs), key=lambda link: link.base.index)
    added = unlinked_other(base, other, pairs, scores, settings, mappings.lexicon)
    dropped = unlinked_base(base, other, pairs, scores, settings, mappings.lexicon)
    return Comparison(base, other, tuple(links), tuple(added), tuple(dropped),
                      clause_map(base, other) if detail else ())
