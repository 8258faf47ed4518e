"""What became of the items left unpaired: a split (an added item mostly contained in a paired base
item), a merge (a dropped base item mostly contained in a paired other item, or whose clauses that
item took over), or a plain addition or drop with its nearest item."""

from __future__ import annotations

from ..model import PolicyList
from ..results import Fate, Unlinked
from .passes import Pairing
from .settings import MatchSettings
from .similarity import LazyScores, carried_share, containment


def _best(indices: range, by) -> tuple[int | None, float]:
    best = max(indices, key=by, default=None)
    return best, (by(best) if best is not None else 0.0)


def unlinked_other(base: PolicyList, other: PolicyList, pairs: list[Pairing], scores: LazyScores,
                   settings: MatchSettings) -> list[Unlinked]:
    paired_b, paired_o = {p.i for p in pairs}, {p.j for p in pairs}
    out: list[Unlinked] = []
    span = range(len(base.items))
    for j, item in enumerate(other.items):
        if j in paired_o:
            continue
        best_i, best = _best(span, lambda i, j=j: scores.at(i, j))
        split_i, share = _best(span, lambda i, item=item: containment(item.content, base.items[i].content))
        if split_i is not None and split_i in paired_b and share >= settings.split_containment:
            out.append(Unlinked(item, Fate.SPLIT, base.items[split_i], round(scores.at(split_i, j), 3)))
        elif best_i is not None and best >= settings.related_threshold:
            out.append(Unlinked(item, Fate.ADDED, base.items[best_i], round(best, 3)))
        else:
            out.append(Unlinked(item, Fate.ADDED, None, round(best, 3)))
    return out


def unlinked_base(base: PolicyList, other: PolicyList, pairs: list[Pairing], scores: LazyScores,
                  settings: MatchSettings) -> list[Unlinked]:
    paired_b, paired_o = {p.i for p in pairs}, {p.j for p in pairs}
    partner_of = {p.j: base.items[p.i] for p in pairs}
    out: list[Unlinked] = []
    span = range(len(other.items))
    for i, item in enumerate(base.items):
        if i in paired_b:
            continue
        merge_j, share = _best(span, lambda j, item=item: containment(item.content, other.items[j].content))
        if merge_j is not None and merge_j in paired_o and share >= settings.merge_containment:
            out.append(Unlinked(item, Fate.MERGED, other.items[merge_j], round(scores.at(i, merge_j), 3)))
            continue
        carried, j = max(((carried_share(item.content, other.items[j].content, partner.content), j)
                          for j, partner in partner_of.items()), default=(0.0, None))
        if j is not None and carried >= settings.merge_carried:
            out.append(Unlinked(item, Fate.MERGED, other.items[j], round(scores.at(i, j), 3)))
        else:
            _, best = _best(span, lambda j, i=i: scores.at(i, j))
            out.append(Unlinked(item, Fate.DROPPED, None, round(best, 3)))
    return out
