"""The pairing passes, each recorded on the link it produced (`matched_by`):
  override   a pair forced in mappings/overrides.toml
  exact      the same 服务内容 (punctuation aside), found once in each list
  assignment global one-to-one assignment on the weighted score, above a threshold, for the rest.
Items are identified by position (index into the list's items), never by 序号 alone."""

from __future__ import annotations

from dataclasses import dataclass

from ..frozen import frozen
from ..lexicon import group_names, targets_conflict
from ..mappings import Mappings
from ..model import Item, PolicyList
from ..results import MatchedBy
from .assignment import hungarian
from .settings import MatchSettings
from .similarity import LazyScores, key


@frozen
class Pairing:
    """A base item and an other item paired by one of the match passes, and why."""

    i: int  # index of the base item
    j: int  # index of the other item
    matched_by: MatchedBy
    reason: str = ""


def _rule_applies(rule: dict, base: PolicyList, other: PolicyList) -> bool:
    return rule.get("base") in (base.id, None) and rule.get("other") == other.id


def _index_of(items: tuple[Item, ...]) -> dict[int, int]:
    out: dict[int, int] = {}
    for k, it in enumerate(items):
        out.setdefault(it.seq, k)  # a repeated 序号: an override names the first
    return out


def overrides(base: PolicyList, other: PolicyList, mappings: Mappings
              ) -> tuple[list[Pairing], set[tuple[int, int]]]:
    """Forced pairings and forbidden (i, j) from mappings/overrides.toml."""
    b_index, o_index = _index_of(base.items), _index_of(other.items)
    forced: dict[int, Pairing] = {}
    for rule in mappings.force_pairs:
        if _rule_applies(rule, base, other) and rule.get("base_seq") in b_index \
                and rule.get("other_seq") in o_index:
            i = b_index[rule["base_seq"]]
            forced[i] = Pairing(i, o_index[rule["other_seq"]], MatchedBy.OVERRIDE, str(rule.get("reason", "")))
    forbidden = {(b_index.get(rule.get("base_seq"), -1), o_index.get(rule.get("other_seq"), -1))
                 for rule in mappings.forbid_pairs if _rule_applies(rule, base, other)}
    return list(forced.values()), forbidden


def _unique(items: tuple[Item, ...], taken: set[int]) -> dict[str, int]:
    seen: dict[str, int | None] = {}
    for k, it in enumerate(items):
        k_ = key(it.content)
        seen[k_] = None if k_ in seen else k
    return {k_: k for k_, k in seen.items() if k_ and k is not None and k not in taken}


def exact(base: PolicyList, other: PolicyList, taken_b: set[int], taken_o: set[int],
          forbidden: set[tuple[int, int]]) -> list[Pairing]:
    """Content found exactly once on each side (punctuation aside)."""
    ub, uo = _unique(base.items, taken_b), _unique(other.items, taken_o)
    return [Pairing(i, uo[k], MatchedBy.EXACT) for k, i in ub.items()
            if k in uo and (i, uo[k]) not in forbidden]


def assignment(free_b: list[int], free_o: list[int], scores: LazyScores, forbidden: set[tuple[int, int]],
               settings: MatchSettings) -> list[Pairing]:
    """One-to-one assignment of the rows still free on each side, maximising the sum of (score - threshold)
    over the pairs chosen: one strong pair beats two weak ones. An ineligible pair costs 0, as leaving both
    items unpaired does, and is dropped afterwards."""
    def eligible(i: int, j: int) -> bool:
        return (i, j) not in forbidden and scores.at(i, j) >= settings.pair_threshold \
            and (scores.corroborated(i, j) or scores.clear_best(i, j, settings.mutual_margin))

    cost = [[settings.pair_threshold - scores.at(i, j) - settings.pair_margin if eligible(i, j) else 0.0
             for j in free_o] for i in free_b]
    return [Pairing(free_b[r], free_o[c], MatchedBy.ASSIGNMENT) for r, c in hungarian(cost) if cost[r][c] < 0.0]


def pair_all(base: PolicyList, other: PolicyList, mappings: Mappings, scores: LazyScores,
             settings: MatchSettings) -> list[Pairing]:
    forced, forbidden = overrides(base, other, mappings)
    taken_b, taken_o = {p.i for p in forced}, {p.j for p in forced}
    same = exact(base, other, taken_b, taken_o, forbidden)
    taken_b |= {p.i for p in same}
    taken_o |= {p.j for p in same}
    free_b = [i for i in range(len(base.items)) if i not in taken_b]
    free_o = [j for j in range(len(other.items)) if j not in taken_o]
    rest = assignment(free_b, free_o, scores, forbidden, settings)
    return forced + same + rest


def _gap(pairs: list[Pairing], j: int) -> tuple[Pairing | None, Pairing | None]:
    """The anchors either side of other row j: the paired rows nearest before and after it."""
    before = max((p for p in pairs if p.j < j), key=lambda p: p.j, default=None)
    after = min((p for p in pairs if p.j > j), key=lambda p: p.j, default=None)
    return before, after


def _same_domain(base: PolicyList, other: PolicyList, i: int, j: int, anchors) -> bool:
    """One of the anchors sits in base row i's 服务领域 and in other row j's (a list without domains:
    the gap alone)."""
    if not other.items[j].domain or not base.items[i].domain:
        return True
    return any(a is not None and base.items[a.i].domain == base.items[i].domain
               and other.items[a.j].domain == other.items[j].domain for a in anchors)


def attributed(distinct, item: Item, settings: MatchSettings) -> set[int]:
    """The baseline rows the clauses of `item` belong to by their distinctive terms."""
    return {i for _, i in distinct.attribute(item.content, settings.clause_belongs, settings.clause_mass)}


def merged_rows(base: PolicyList, other: PolicyList, pairs: list[Pairing], scores: LazyScores, distinct,
                settings: MatchSettings) -> list[Pairing]:
    """Rows left over because they join or divide baseline rows, read from the distinctive terms of
    their clauses:
      an unpaired row whose clauses belong to several unpaired baseline rows (three kinds of assistance
      in one row), or that holds merge_distinct of each of their weighted terms, is paired with the
      one it scores best with: relations then read the others as merged into it;
      an unpaired baseline row that clauses of several unpaired rows belong to (健康管理 and 托育 each
      in a row of its own, both reworded) is paired with the row it scores best with: relations then
      read the others as split from it."""
    left = _Leftovers(base, other, scores, distinct, settings, {p.i for p in pairs}, {p.j for p in pairs})
    merges = _merges(left)
    return merges + _splits(left)


@dataclass
class _Leftovers:
    """The two lists, their scores and distinctive terms, and the rows paired so far (grown as pairs
    are made)."""

    base: PolicyList
    other: PolicyList
    scores: LazyScores
    distinct: object
    settings: MatchSettings
    taken_b: set[int]
    taken_o: set[int]

    def take(self, i: int, j: int) -> None:
        self.taken_b.add(i)
        self.taken_o.add(j)


def _merges(left: _Leftovers) -> list[Pairing]:
    """Each unpaired row holding the terms of several unpaired baseline rows, paired with its best."""
    out: list[Pairing] = []
    for j, item in enumerate(left.other.items):
        if j in left.taken_o:
            continue
        rows = _rows_held(left, item)
        if len(rows) >= 2:
            i = max(rows, key=lambda i: left.scores.at(i, j))
            out.append(Pairing(i, j, MatchedBy.TERMS, "合并：" + "、".join(
                left.base.items[k].service for k in sorted(rows))))
            left.take(i, j)
    return out


def _rows_held(left: _Leftovers, item: Item) -> set[int]:
    """The unpaired baseline rows `item`'s clauses belong to (with attributed_share of their terms), or
    whose merge_distinct of terms it holds; none whose target conflicts with its."""
    distinct, settings, taken_b = left.distinct, left.settings, left.taken_b
    rows = {i for i in attributed(distinct, item, settings) if i not in taken_b
            and distinct.row_share(i, item.content) >= settings.attributed_share}
    rows |= {i for i in range(len(left.base.items)) if i not in taken_b
             and distinct.row_share(i, item.content) >= settings.merge_distinct}
    return {i for i in rows if not targets_conflict_items(left.base.items[i], item, left.scores)}


def _splits(left: _Leftovers) -> list[Pairing]:
    """Each unpaired baseline row that clauses of several unpaired rows belong to, paired with its best."""
    parts: dict[int, list[int]] = {}
    for j, item in enumerate(left.other.items):
        if j not in left.taken_o:
            for i in attributed(left.distinct, item, left.settings):
                if i not in left.taken_b and not targets_conflict_items(left.base.items[i], item, left.scores):
                    parts.setdefault(i, []).append(j)
    out: list[Pairing] = []
    for i, js in parts.items():
        joined = "。".join(left.other.items[j].content for j in js)
        if len(js) >= 2 and left.distinct.row_share(i, joined) >= left.settings.attributed_share:
            j = max(js, key=lambda j: left.scores.at(i, j))
            out.append(Pairing(i, j, MatchedBy.TERMS, "拆分：" + "、".join(left.other.items[k].service for k in js)))
            left.take(i, j)
    return out


def targets_conflict_items(a: Item, b: Item, scores: LazyScores) -> bool:
    """The two targets name different groups; one naming a part of the other's groups (孤儿、事实无人抚养儿童
    of 孤儿、艾滋病病毒感染儿童、事实无人抚养儿童) does not conflict here: a narrower target is a level, not
    another service."""
    if a.target == b.target:
        return False
    names = group_names(scores._lexicon)
    if {n for n in names if n in a.target} & {n for n in names if n in b.target}:
        return False
    return targets_conflict(a.target, b.target, scores._lexicon)


def _by_terms(left: _Leftovers, j: int, belongs: dict[int, list[float]]) -> int | None:
    """Wherever it sits: the leftover baseline row most of a leftover row's baseline terms belong to, when
    no other leftover row belongs to it more, the row scores at least order_floor with it, and holds
    terms_pair of its weighted terms (or terms_floor of them with terms_belongs of its own terms that
    row's, or terms_clear and far more than any other row's: a short rewording naming a programme, an
    illness, a venue alike)."""
    settings = left.settings
    free_b = [i for i in range(len(left.base.items)) if i not in left.taken_b]
    if not free_b:
        return None
    mine = belongs[j]
    i = max(free_b, key=mine.__getitem__)
    if not _holds_terms(left, i, j, mine) or left.scores.at(i, j) < settings.order_floor \
            or targets_conflict_items(left.base.items[i], left.other.items[j], left.scores):
        return None
    if any(belongs[k][i] >= mine[i] for k in belongs if k != j and k not in left.taken_o):
        return None
    return i


def _holds_terms(left: _Leftovers, i: int, j: int, mine: list[float]) -> bool:
    """Row j holds terms_pair of baseline row i's weighted terms, or terms_floor of them when its own terms
    are clearly row i's (terms_belongs of them, or terms_clear and terms_lead times any other row's)."""
    settings = left.settings
    share = left.distinct.row_share(i, left.other.items[j].content)
    runner_up = max((mine[k] for k in range(len(mine)) if k != i), default=0.0)
    clear = mine[i] >= settings.terms_belongs or (
        mine[i] >= settings.terms_clear and mine[i] >= settings.terms_lead * runner_up)
    return share >= settings.terms_pair or (clear and share >= settings.terms_floor)


def by_order(base: PolicyList, other: PolicyList, pairs: list[Pairing], scores: LazyScores, distinct,
             settings: MatchSettings) -> list[Pairing]:
    """A leftover row between the same two anchors as a leftover baseline row (the anchors in order on
    both sides, one of them in the same 服务领域), when that baseline row is its best candidate of all and
    it is that row's best of the gap's leftovers: order and distinctive terms, not the weighted score."""
    left = _Leftovers(base, other, scores, distinct, settings, {p.i for p in pairs}, {p.j for p in pairs})
    out: list[Pairing] = []
    belongs = {j: distinct.belongs(other.items[j].content) for j in range(len(other.items)) if j not in left.taken_o}
    for j in range(len(other.items)):
        if j in left.taken_o:
            continue
        i = _by_terms(left, j, belongs)
        if i is not None:
            out.append(Pairing(i, j, MatchedBy.ORDER, "terms"))
            left.take(i, j)
            continue
        before, after = _gap(pairs, j)
        if before is None or after is None or before.i >= after.i:
            continue  # an open end, or anchors out of order (a reordered domain): no evidence from order
        i = _in_gap(left, j, (before, after), belongs[j])
        if i is not None:
            out.append(Pairing(i, j, MatchedBy.ORDER))
            left.take(i, j)
    return out


def _in_gap(left: _Leftovers, j: int, anchors: tuple[Pairing, Pairing], mine: list[float]) -> int | None:
    """The baseline row between the anchors that is row j's best candidate by score or by terms, when
    it shares a 服务领域 with an anchor and row j is its best of the gap's leftovers."""
    before, after = anchors
    n = len(left.base.items)
    by_score = max(range(n), key=lambda i: left.scores.at(i, j))
    by_terms = max(range(n), key=mine.__getitem__)
    for i in {by_score, by_terms}:
        if i in left.taken_b or not before.i < i < after.i or left.scores.at(i, j) < left.settings.order_floor \
                or targets_conflict_items(left.base.items[i], left.other.items[j], left.scores) \
                or not _same_domain(left.base, left.other, i, j, anchors):
            continue
        rivals = [k for k in range(before.j + 1, after.j) if k not in left.taken_o and k != j]
        if any(left.scores.at(i, k) > left.scores.at(i, j) for k in rivals):
            continue  # not this baseline row's best of the gap
        return i
    return None
