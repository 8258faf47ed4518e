"""compare(): the passes of the match stage in order, from two documents to a `results.Comparison` (the
package's `compare`; the package itself loads this module on first use)."""

from __future__ import annotations

from ..level.markers import Thresholds
from ..level.text import found_share
from ..lexicon import hashed
from ..mappings import Mappings
from ..model import DocumentKind, InputError, PolicyList
from ..results import Comparison, Fate, MatchedBy
from .classify import Around, Paired, Reading, classify
from .clauses import clause_map
from .distinct import distinct_of
from .passes import Pairing, by_order, merged_rows, overrides, pair_all
from .plans import compare_plan, load_patterns
from .relations import Aligned, unlinked_base, unlinked_other
from .settings import DEFAULT, MatchSettings
from .similarity import LazyScores


def compare(base: PolicyList, other: PolicyList, *, mappings: Mappings, settings: MatchSettings = DEFAULT,
            detail: bool = True) -> Comparison:
    """detail=False skips clause and word diffs and the clause map (coverage needs only statuses;
    saves loading jieba). Raises InputError when the two are too long to compare (settings.max_pairs)."""
    if len(base.items) * len(other.items) > settings.max_pairs:
        # scoring, assignment and the clause map grow with rows x rows: bounded, never minutes long
        raise InputError(other.path, f"too many rows to compare: {len(base.items)} x {len(other.items)} items is "
                         f"over {settings.max_pairs:,} pairs (raise [match] max_pairs with --settings)")
    lexicon = hashed(mappings.lexicon)
    if other.kind is DocumentKind.PLAN:
        return compare_plan(base, other, settings, lexicon, detail, load_patterns(mappings.folder))
    scores = LazyScores(base.items, other.items, settings, lexicon)
    pairs = pair_all(base, other, mappings, scores, settings)
    distinct = distinct_of(base.items, lexicon)
    forbidden = overrides(base, other, mappings)[1]
    pairs += [p for p in merged_rows(base, other, pairs, scores, distinct, settings) if (p.i, p.j) not in forbidden]
    pairs += [_reasoned(p, base, other, distinct, detail)
              for p in by_order(base, other, pairs, scores, distinct, settings) if (p.i, p.j) not in forbidden]
    if detail:  # the shared terms are read in words (jieba), which coverage does without
        pairs = [_explained(p, base, other, scores, distinct, settings) for p in pairs]
    beyond = said_beyond_pairs(base, other, pairs, mappings.levels)  # where a baseline clause missing from its pair may be
    reading = Reading(settings, detail, mappings.levels, mappings.level_memo)
    aligned = Aligned(base, other, pairs, scores, settings, lexicon, distinct)
    dropped = unlinked_base(aligned)
    rows_of = _base_rows_of(pairs, dropped)
    links = sorted((classify(base.items[p.i], other.items[p.j],
                             Paired(scores.at(p.i, p.j), p.matched_by, p.reason,
                                    *link_confidence(p, scores, settings, distinct, base, other)),
                             reading, _around(p, beyond, rows_of, base))
                    for p in pairs),
                   key=lambda link: link.base.index)
    added = unlinked_other(aligned)
    return Comparison(base, other, tuple(links), tuple(added), tuple(dropped),
                      clause_map(base, other, lexicon, settings) if detail else ())


def _around(p: Pairing, beyond: tuple[str, ...], rows_of: dict[int, list[int]], base: PolicyList) -> Around:
    return Around(tuple(t for k, t in enumerate(beyond) if k != p.j and t),
                  tuple(base.items[i].content for i in rows_of[p.j] if i != p.i))


def _base_rows_of(pairs: list[Pairing], dropped) -> dict[int, list[int]]:
    """Each other row's base rows: its pairs, and the base rows merged into it (a service of theirs in the
    row is not one added)."""
    merged = [(u.item.index, u.related.index) for u in dropped if u.fate is Fate.MERGED and u.related is not None]
    rows_of: dict[int, list[int]] = {}
    for i, j in [(p.i, p.j) for p in pairs] + merged:
        rows_of.setdefault(j, []).append(i)
    return rows_of


def said_beyond_pairs(base: PolicyList, other: PolicyList, pairs: list[Pairing], markers) -> tuple[str, ...]:
    """Each other row's clauses that the base rows paired with it do not say: where a baseline clause missing
    from its own pair may have moved. A clause that row's own pair says too (免费提供教科书 in both lists'
    high-school rows) has not moved there from another row."""
    paired: dict[int, list[str]] = {}
    for p in pairs:
        paired.setdefault(p.j, []).append(base.items[p.i].content)
    cover = (markers.thresholds if markers is not None else Thresholds()).cover
    out = []
    for j, item in enumerate(other.items):
        own = "；".join(paired.get(j, ()))
        out.append("；".join(c for c in item.clauses if not own or found_share(c, own) < cover))
    return tuple(out)


def _explained(p: Pairing, base, other, scores: LazyScores, distinct, settings: MatchSettings) -> Pairing:
    """An assigned pair short of certain says which distinctive terms its two rows share."""
    if p.matched_by is not MatchedBy.ASSIGNMENT or p.reason \
            or scores.at(p.i, p.j) - settings.pair_threshold >= settings.sure_margin:
        return p
    terms = distinct.shared_terms(p.i, other.items[p.j].content)
    return Pairing(p.i, p.j, p.matched_by, f"共有特征词：{'、'.join(terms)}") if terms else p


def _reasoned(p: Pairing, base, other, distinct, detail: bool = True) -> Pairing:
    terms = distinct.shared_terms(p.i, other.items[p.j].content) if detail else ()
    reason = "按特征词配对（互为最佳候选）" if p.reason == "terms" else "按顺序配对（两侧位于相同的已配对条目之间）"
    reason += f"；共有特征词：{'、'.join(terms)}" if terms else ""
    return Pairing(p.i, p.j, p.matched_by, reason)


def link_confidence(p: Pairing, scores: LazyScores, settings: MatchSettings, distinct=None, base=None,
                    other=None) -> tuple[float, bool]:
    """Override and exact pairs are certain. An assigned pair's confidence grows with its margin over
    the best alternative either item has; a pair barely above the threshold whose items both have a
    near rival is uncertain. A pair found by order is uncertain unless it also shares the baseline row's
    distinctive terms; a merged row's pair is as sure as the share of the row it carries."""
    score = scores.at(p.i, p.j)
    if p.matched_by in (MatchedBy.ORDER, MatchedBy.TERMS) and distinct is not None:
        share = distinct.row_share(p.i, other.items[p.j].content)
        return round(min(1.0, 0.5 + share / 2), 3), p.matched_by is MatchedBy.ORDER and share < settings.order_distinct
    if p.matched_by is not MatchedBy.ASSIGNMENT or score - settings.pair_threshold >= settings.sure_margin:
        return 1.0, False
    rival = scores.runner_up(p.i, p.j)
    confidence = max(0.0, min(1.0, 0.5 + (score - rival) + (score - settings.pair_threshold)))
    uncertain = score - rival < settings.uncertain_band and score - settings.pair_threshold < 2 * settings.uncertain_band
    return confidence, uncertain
