"""The pairing passes, each recorded on the link it produced (`matched_by`):
  override   a pair forced in mappings/overrides.toml
  exact      the same 服务内容 (punctuation aside), found once in each list
  assignment global one-to-one assignment on the weighted score, above a threshold, for the rest.
Items are identified by position (index into the list's items), never by 序号 alone."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Item, PolicyList
from ..normalize import Mappings
from ..results import MatchedBy
from .assignment import hungarian
from .settings import MatchSettings
from .similarity import LazyScores, key


@dataclass(frozen=True)
class Pairing:
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


def assignment(base: PolicyList, other: PolicyList, scores: LazyScores, taken_b: set[int], taken_o: set[int],
               forbidden: set[tuple[int, int]], settings: MatchSettings) -> list[Pairing]:
    """One-to-one assignment for the rest, maximising the sum of (score - threshold) over the pairs
    chosen: one strong pair beats two weak ones. An ineligible pair costs 0, as leaving both items
    unpaired does, and is dropped afterwards."""
    free_b = [i for i in range(len(base.items)) if i not in taken_b]
    free_o = [j for j in range(len(other.items)) if j not in taken_o]

    def eligible(i: int, j: int) -> bool:
        return (i, j) not in forbidden and scores.at(i, j) >= settings.pair_threshold \
            and (scores.corroborated(i, j) or scores.clear_best(i, j, settings.mutual_margin))

    cost = [[settings.pair_threshold - scores.at(i, j) - settings.pair_margin if eligible(i, j) else 0.0
             for j in free_o] for i in free_b]
    return [Pairing(free_b[r], free_o[c], MatchedBy.ASSIGNMENT) for r, c in hungarian(cost) if cost[r][c] < 0.0]


def _gap(i: int, anchors: dict[int, int], count: int) -> tuple[int, int]:
    """The other-side positions of the paired base rows around base row i (exclusive bounds)."""
    before = [anchors[k] for k in anchors if k < i]
    after = [anchors[k] for k in anchors if k > i]
    return (max(before) if before else -1), (min(after) if after else count)


def by_place(base: PolicyList, other: PolicyList, scores: LazyScores, pairs: list[Pairing],
             forbidden: set[tuple[int, int]], settings: MatchSettings) -> list[Pairing]:
    """Leftovers paired where they sit: a leftover row in the same 服务领域 as a leftover baseline row
    (lists without domains: between the same two paired neighbours), the two each other's best candidate
    there and scoring at least place_threshold. A list that rewords every row keeps its services in their
    domains even when it reorders the domains."""
    taken_b, taken_o = {p.i for p in pairs}, {p.j for p in pairs}
    free_b = [i for i in range(len(base.items)) if i not in taken_b]
    free_o = [j for j in range(len(other.items)) if j not in taken_o]
    if not free_b or not free_o:
        return []
    anchors = {p.i: p.j for p in pairs}

    def same_place(i: int, j: int) -> bool:
        bd, od = key(base.items[i].domain), key(other.items[j].domain)
        if bd and od:
            return bd == od
        low, high = _gap(i, anchors, len(other.items))
        return low < j < high

    # where a row sits is no evidence alone: the pair shares terms its baseline row owns (words every row
    # uses — 流动儿童, 提供, 服务 — prove nothing)
    places = {(i, j) for i in free_b for j in free_o if same_place(i, j) and (i, j) not in forbidden
              and scores.at(i, j) >= settings.place_threshold
              and len(scores.distinctive_terms(i, j)) >= settings.place_terms}
    best_o = {i: max((j for j in free_o if (i, j) in places), key=lambda j, i=i: scores.at(i, j), default=None)
              for i in free_b}
    best_b = {j: max((i for i in free_b if (i, j) in places), key=lambda i, j=j: scores.at(i, j), default=None)
              for j in free_o}
    return [Pairing(i, j, MatchedBy.PLACE, "共有特征词：" + "、".join(scores.distinctive_terms(i, j)[:6]))
            for i, j in best_o.items() if j is not None and best_b[j] == i]


def pair_all(base: PolicyList, other: PolicyList, mappings: Mappings, scores: LazyScores,
             settings: MatchSettings) -> list[Pairing]:
    forced, forbidden = overrides(base, other, mappings)
    taken_b, taken_o = {p.i for p in forced}, {p.j for p in forced}
    same = exact(base, other, taken_b, taken_o, forbidden)
    taken_b |= {p.i for p in same}
    taken_o |= {p.j for p in same}
    rest = assignment(base, other, scores, taken_b, taken_o, forbidden, settings)
    pairs = forced + same + rest
    return pairs + by_place(base, other, scores, pairs, forbidden, settings)
