"""What became of the items left unpaired, from where their clauses and names sit in the other
document:
  split   an added item holding a clause of a paired base item that the base item's own partner
          lacks, or mostly contained in that base item (a baseline row's clauses spread over two rows)
  merged  a dropped base item whose service name or clauses sit in a paired other item (one local row
          holding several baseline rows: 低保和特困供养)
  added / dropped otherwise, with the nearest item and a confidence; a drop with a near candidate
          is `uncertain`, never asserted."""

from __future__ import annotations

from functools import lru_cache

from ..frozen import frozen
from ..lexicon import Lexicon, expand, targets_conflict
from ..model import Item, PolicyList
from ..regexcache import compiled
from ..results import Fate, MatchedBy, Unlinked
from .passes import Pairing
from .settings import MatchSettings
from .similarity import LazyScores, carried_share, containment, key, per_document

_SERVICE_TAIL = compiled(r"（[^）]*）|服务$")


def service_core(service: str, lexicon: Lexicon) -> str:
    """A service's name without 服务 and parenthetical notes, in canonical words."""
    return key(_SERVICE_TAIL.sub("", expand(service, lexicon)).replace("服务", ""))


def clause_share(part: Item, whole: Item, partner: Item | None, lexicon: Lexicon, located: float) -> float:
    """Share of `part`'s clauses (by characters) found in `whole` (bigram containment >= `located`)
    and found less well in `partner`, the item `whole` or `part` is already paired with."""
    clauses = [key(expand(c, lexicon)) for c in part.clauses or (part.content,)]
    clauses = [c for c in clauses if len(c) >= 4]
    total = sum(len(c) for c in clauses)
    if not total:
        return 0.0
    body = expand(whole.content, lexicon)
    rival = expand(partner.content, lexicon) if partner is not None else ""
    held = sum(len(c) for c in clauses if containment(c, body) >= located
               and (not rival or containment(c, body) > containment(c, rival)))
    return held / total


_NAME_JOINS = compiled(r"[和及与、]")


def named_part(small: Item, big: Item, lexicon: Lexicon, common_heads: frozenset[str] = frozenset()) -> bool:
    """`big`'s service name joins several services (低保和特困供养, 健康和托育) and one of them is
    `small`'s: a merge or split written in the names themselves. `common_heads`: name endings several
    baseline services share (健康: 卫生健康, 心理健康), which name no one part."""
    return _named_part(small.service, big.service, lexicon, common_heads)


@lru_cache(maxsize=65536)
def _named_part(small: str, big: str, lexicon: Lexicon, common_heads: frozenset[str]) -> bool:
    parts = [key(p) for p in _NAME_JOINS.split(_SERVICE_TAIL.sub("", expand(big, lexicon)))]
    parts = [p.replace("服务", "") for p in parts if len(p) >= 2]
    core = service_core(small, lexicon)
    # a part names `small` when it holds small's core, or is small's core less a modifier before it: a
    # Chinese noun phrase ends in its head (婴幼儿托育 is a kind of 托育), so a short part counts there,
    # unless other baseline services end in it too
    return len(parts) >= 2 and len(core) >= 2 and any(
        core in p or (p in core and len(p) >= 4) or (core.endswith(p) and p not in common_heads) for p in parts)


def common_heads(items: tuple[Item, ...], lexicon: Lexicon) -> frozenset[str]:
    """The endings (two characters or more) that two or more of these services' names share. Those of
    the last few baselines are kept (by identity), as features_of keeps their features: a batch asks
    twice per list about one baseline (4% of coverage's time)."""
    return per_document(_HEADS, items, lexicon, lambda: _common_heads(items, lexicon))


_HEADS: list[tuple[tuple[Item, ...], Lexicon, frozenset[str]]] = []


def _common_heads(items: tuple[Item, ...], lexicon: Lexicon) -> frozenset[str]:
    cores = [service_core(it.service, lexicon) for it in items]
    endings = [{c[k:] for k in range(len(c) - 1)} for c in cores]
    counts: dict[str, int] = {}
    for ends in endings:
        for e in ends:
            counts[e] = counts.get(e, 0) + 1
    return frozenset(e for e, n in counts.items() if n >= 2)


def _evidence(small: Item, big: Item, partner: Item | None, contained: float, reader: _Splits | _Merges) -> float:
    """How strongly `small` (the unpaired item) lives inside `big` (a paired item of the other side):
    the share of its clauses there, 1 when its service is named in `big`'s joined name, and its
    whole text's containment scaled so that `contained` reaches the merge_share threshold. reader: the
    pass asking, for its lexicon, settings and shared name endings."""
    lexicon, settings, heads = reader.lexicon, reader.settings, reader.heads
    if targets_conflict(small.target, big.target, lexicon):
        return 0.0
    if named_part(small, big, lexicon, heads):
        return 1.0
    whole = containment(expand(small.content, lexicon), expand(big.content, lexicon))
    if whole < settings.clause_located * settings.merge_share:
        return whole * settings.merge_share / contained  # too little of it there for half its clauses
    clauses = clause_share(small, big, partner, lexicon, settings.clause_located)
    return max(whole * settings.merge_share / contained, clauses)


def _index(item: Item, lst: PolicyList) -> int:
    return item.index if item.index < len(lst.items) and lst.items[item.index] is item else lst.items.index(item)


def _nearest(count: int, by) -> tuple[int | None, float]:
    best = max(range(count), key=by, default=None)
    return best, (by(best) if best is not None else 0.0)


def carried_beyond(distinct, i: int, holder: str, partner: str, rest_share: float = 0.0) -> float:
    """Weighted share of baseline row i's bigrams that `partner` (the item already paired with it, or
    with the holder) lacks and `holder` has: what `holder` carries of row i beyond its partner. 0 when
    what the partner lacks is under `rest_share` of the row (a word or two: no evidence)."""
    if distinct is None:
        return 0.0
    rest = distinct.rows[i] - distinct.grams(partner)
    total = distinct.weight(rest)
    if not total or total < rest_share * distinct.mass[i]:
        return 0.0
    return distinct.weight(rest & distinct.grams(holder)) / total


def own_beyond(distinct, i: int, text: str, partner: str) -> float:
    """Weighted share of the terms `text` shares with baseline row i that `partner` (the row's other
    part) does not hold: what `text` carries of row i that its partner leaves out."""
    shared = distinct.grams(text) & distinct.rows[i]
    total = distinct.weight(shared)
    return distinct.weight(shared - distinct.grams(partner)) / total if total else 0.0


def _split_by_terms(distinct, j_item: Item, partner: dict[int, Item], divided: set[int], settings: MatchSettings
                    ) -> tuple[int | None, float]:
    """The paired baseline row an unpaired row was carved out of, read from the clause map's distinctive
    terms: its clauses belong to that row, and what it shares with the row is what the row's partner
    leaves out; it holds split_distinct of the row's terms (split_distinct_whole when nearly all it shares
    with the row is what the partner leaves out: a short row's two halves, 参保 and 异地就医结算), or the row
    was paired as one of its parts (`divided`: the rows found divided between unpaired rows)."""
    if distinct is None or not partner:
        return None, 0.0
    rows = {i for _, i in distinct.attribute(j_item.content, settings.clause_belongs, settings.clause_mass)}
    for i in sorted(rows & set(partner), key=lambda i: -distinct.row_share(i, j_item.content)):
        beyond = own_beyond(distinct, i, j_item.content, partner[i].content)
        share = distinct.row_share(i, j_item.content)
        if beyond >= settings.beyond_distinct and (
                i in divided or share >= settings.split_distinct
                or (beyond >= settings.beyond_whole and share >= settings.split_distinct_whole)):
            return i, beyond
    return None, 0.0


@frozen
class Aligned:
    """What the unpaired rows of either list are read against: the two lists, the pairs found, their scores,
    the settings, the lexicon and the terms that tell rows apart."""

    base: PolicyList
    other: PolicyList
    pairs: list[Pairing]
    scores: LazyScores
    settings: MatchSettings
    lexicon: Lexicon = ()
    distinct: object = None


def unlinked_other(aligned: Aligned) -> list[Unlinked]:
    """The other list's unpaired rows: split from a baseline row, or added."""
    base, other, pairs, scores = aligned.base, aligned.other, aligned.pairs, aligned.scores
    settings, lexicon, distinct = aligned.settings, aligned.lexicon, aligned.distinct
    partner = {p.i: other.items[p.j] for p in pairs}
    divided = {p.i for p in pairs if p.matched_by is MatchedBy.TERMS and p.reason.startswith("拆分")}
    paired_o = {p.j for p in pairs}
    heads = common_heads(base.items, lexicon)
    first = _unlinked_other(other, paired_o, partner, scores, settings,
                            _Splits(base, partner, divided, lexicon, settings, distinct, heads))
    # A row found carved out of a baseline row shows that row divided: the other unpaired rows whose clauses
    # belong to it are read again as its parts (a three-way split, whose third part shares less of the row)
    found = {_index(u.related, base) for u in first if u.fate is Fate.SPLIT and u.related is not None} - divided
    if not found:
        return first
    return _unlinked_other(other, paired_o, partner, scores, settings,
                           _Splits(base, partner, divided | found, lexicon, settings, distinct, heads))


def _unlinked_other(other: PolicyList, paired_o: set[int], partner: dict[int, Item], scores: LazyScores,
                    settings: MatchSettings, splits: _Splits) -> list[Unlinked]:
    base = splits.base
    out: list[Unlinked] = []
    for j, item in enumerate(other.items):
        if j in paired_o:
            continue
        split_i, share = splits.source(item)
        best_i, best = _nearest(len(base.items), lambda i, j=j: scores.at(i, j))
        contested = _contested(((scores.at(i, j), scores.corroborated(i, j),
                                 scores.at(i, _index(partner[i], other)) if i in partner else None)
                                for i in range(len(base.items))), settings)
        if split_i is not None and share >= settings.merge_share:
            out.append(Unlinked(item, Fate.SPLIT, base.items[split_i], round(scores.at(split_i, j), 3),
                                confidence=round(min(1.0, share), 3)))
        else:
            related = base.items[best_i] if best_i is not None and best >= settings.related_threshold else None
            out.append(Unlinked(item, Fate.ADDED, related, round(best, 3),
                                confidence=_absent_confidence(contested, share, settings),
                                uncertain=_ambiguous(contested, share, settings)))
    return out


@frozen
class _Splits:
    """Which paired baseline row an unpaired row was carved out of, and how surely."""

    base: PolicyList
    partner: dict[int, Item]  # a paired baseline row (by index) -> its partner in the other list
    divided: set[int]
    lexicon: Lexicon
    settings: MatchSettings
    distinct: object
    heads: frozenset[str] = frozenset()  # name endings several baseline services share (common_heads)

    def source(self, item: Item) -> tuple[int | None, float]:
        """(the baseline row, or None; the share of it the row holds): by the words of the row's partner,
        else by the distinctive terms."""
        settings, partner = self.settings, self.partner
        split_i, share = max(((i, _evidence(item, self.base.items[i], partner[i], settings.split_containment, self))
                              for i in partner), key=lambda x: x[1], default=(None, 0.0))
        if share < settings.merge_share:
            by_terms, carried = _split_by_terms(self.distinct, item, partner, self.divided, settings)
            if by_terms is not None and not targets_conflict(item.target, self.base.items[by_terms].target,
                                                             self.lexicon):
                split_i, share = by_terms, max(settings.merge_share, carried)
        return split_i, share


def _contested(candidates, settings: MatchSettings) -> float:
    """The best score of a candidate that counts against an addition or a drop: one that could pair at
    all (evidence of its own: similar content or the same service name, not just the same domain, target
    and departments) and is free (partner score None), or holds the item nearly as well as its partner."""
    return max((score for score, corroborated, held in candidates
                if corroborated and (held is None or score >= held - settings.uncertain_band)), default=0.0)


def _absent_confidence(best: float, share: float, settings: MatchSettings) -> float:
    """1 when nothing on the other side resembles the item; falls as the nearest candidate nears the
    pairing threshold or carries part of it."""
    closeness = max(best / settings.pair_threshold, share / settings.merge_share)
    return round(max(0.0, min(1.0, 1.0 - closeness / 2)), 3)


def _ambiguous(best: float, share: float, settings: MatchSettings) -> bool:
    return best >= settings.pair_threshold - settings.uncertain_band or \
        share >= settings.merge_share - settings.uncertain_band


def unlinked_base(aligned: Aligned) -> list[Unlinked]:
    """The baseline's unpaired rows: merged into a row of the other list, or dropped."""
    base, other, pairs, scores = aligned.base, aligned.other, aligned.pairs, aligned.scores
    settings, lexicon, distinct = aligned.settings, aligned.lexicon, aligned.distinct
    partner = {p.j: base.items[p.i] for p in pairs}
    paired_b = {p.i for p in pairs}
    merges = _Merges(other, partner, lexicon, settings, distinct, common_heads(base.items, lexicon))
    out: list[Unlinked] = []
    for i, item in enumerate(base.items):
        if i in paired_b:
            continue
        merge_j, share = merges.into(i, item)
        if merge_j is not None and share >= settings.merge_share:
            out.append(Unlinked(item, Fate.MERGED, other.items[merge_j], round(scores.at(i, merge_j), 3),
                                confidence=round(min(1.0, share), 3)))
            continue
        _, best = _nearest(len(other.items), lambda j, i=i: scores.at(i, j))
        contested = _contested(((scores.at(i, j), scores.corroborated(i, j),
                                 scores.at(_index(partner[j], base), j) if j in partner else None)
                                for j in range(len(other.items))), settings)
        out.append(Unlinked(item, Fate.DROPPED, None, round(best, 3),
                            confidence=_absent_confidence(contested, share, settings),
                            uncertain=_ambiguous(contested, share, settings)))
    return out


@frozen
class _Merges:
    """Where an unpaired baseline row went: into which paired row of the other list, and how surely."""

    other: PolicyList
    partner: dict[int, Item]  # a paired row of the other list (by index) -> its baseline partner
    lexicon: Lexicon
    settings: MatchSettings
    distinct: object
    heads: frozenset[str] = frozenset()  # name endings several baseline services share (common_heads)

    def into(self, i: int, item: Item) -> tuple[int | None, float]:
        """(the paired row baseline row i was merged into, or None; the share of it that row holds)."""
        settings, partner, others = self.settings, self.partner, self.other.items
        merge_j, share = max(((j, _evidence(item, others[j], partner[j], settings.merge_containment, self))
                              for j in partner), key=lambda x: x[1], default=(None, 0.0))
        by_carried = max(((j, carried_share(item.content, others[j].content, partner[j].content))
                          for j in partner), key=lambda x: x[1], default=(None, 0.0))
        if by_carried[0] is not None and by_carried[1] >= settings.merge_carried and by_carried[1] > share:
            merge_j, share = by_carried
        if share < settings.merge_share and self.distinct is not None and partner:
            by_terms, by_terms_share = self._by_terms(i, item)
            if by_terms is not None:
                merge_j, share = by_terms, by_terms_share
        return merge_j, share

    def _by_terms(self, i: int, item: Item) -> tuple[int | None, float]:
        """The paired rows holding enough of this row's weighted terms (one set intersection each), then:
        a clause of one belongs to this row by its distinctive terms (the clause map), or it carries the
        terms of this row that its own partner lacks."""
        distinct, settings, others = self.distinct, self.settings, self.other.items
        held = {j: r for j in self.partner if (r := distinct.row_share(i, others[j].content))
                >= settings.attributed_share and not targets_conflict(item.target, others[j].target, self.lexicon)}
        hit = next((j for j in held if i in {k for _, k in distinct.attribute(
            others[j].content, settings.clause_belongs, settings.clause_mass)}), None)
        if hit is not None:
            return hit, settings.merge_share
        j, carried = max(((j, carried_beyond(distinct, i, others[j].content, self.partner[j].content,
                                             settings.rest_distinct))
                          for j, r in held.items() if r >= settings.merge_distinct),
                         key=lambda x: x[1], default=(None, 0.0))
        if j is not None and carried >= settings.carried_distinct:
            return j, max(settings.merge_share, carried)
        return None, 0.0

