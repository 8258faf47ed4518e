"""What `polcmp diff` returns: links, clause diffs, additions and drops, their level and its reasons."""

from __future__ import annotations

from dataclasses import field

from ..frozen import frozen
from ..model import Item, PolicyList
from .vocabulary import ClauseStatus, Fate, Level, MatchedBy, ReasonKind, Status


@frozen
class WordOp:
    """A run of words that is kept, removed or inserted in a clause's word diff."""

    op: str  # "equal", "delete", "insert"
    text: str


@frozen
class LevelReason:
    """One reason for a level judgement, quoting the words on both sides."""

    kind: ReasonKind
    direction: Level  # STRONGER or WEAKER
    base: str
    other: str
    explanation: str


@frozen
class ClauseDiff:
    """One clause of a linked pair: its status, its words, and its level with reasons."""

    status: ClauseStatus
    base: str
    other: str
    words: tuple[WordOp, ...] = ()
    level: Level = Level.SAME
    level_reasons: tuple[LevelReason, ...] = ()


@frozen
class Change:
    """One field of a linked pair that differs (content, name, 服务对象, departments) and how."""

    kind: Status
    base: str = ""
    other: str = ""
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@frozen
class Evidence:
    """Where a baseline service is found in the other document: the item or measure and its words."""

    other: Item
    text: str
    terms: tuple[str, ...] = ()
    score: float | None = None


@frozen
class ClauseLocation:
    """Where one baseline clause sits in the other document (the clause map): which item, which of its
    clauses or sentences, how strongly, and how it was recognised. `other` None: found nowhere."""

    base: Item
    clause: str
    other: Item | None = None
    other_clause: str = ""
    score: float = 0.0
    how: str = ""  # verbatim, similar, lexicon, reference (依照/按照…基础清单…), contained


@frozen
class Link:
    """A baseline item and the item of the other document that carries it."""

    base: Item
    other: Item
    status: Status
    score: float
    matched_by: MatchedBy
    changes: tuple[Change, ...] = ()
    clauses: tuple[ClauseDiff, ...] = ()
    evidence: tuple[Evidence, ...] = ()  # for a plan: the sentences that commit to the service
    reason: str = ""  # an override's reason from mappings/
    confidence: float = 1.0
    uncertain: bool = False
    level: Level = Level.SAME
    level_reasons: tuple[LevelReason, ...] = ()


@frozen
class Unlinked:
    """An item without a partner, its fate and the item it relates to (split from, merged into, nearest)."""

    item: Item
    fate: Fate
    related: Item | None
    score: float
    confidence: float = 1.0
    uncertain: bool = False
    quote: str = ""  # REFERENCED: the plan's sentence that names the service
    kind: str = ""  # REFERENCED: exclude, defer or existing (mappings/plans.toml)


def _count(links, added, dropped) -> dict[str, int]:
    """Links by status, unlinked items by fate, the uncertain, links by level (weaker, stronger, mixed): in
    one pass over each (a coverage batch counts twice per list), keys in that order, zeros left out."""
    counts = dict.fromkeys(_COUNT_KEYS, 0)
    for link in links:
        counts[link.status.value] += 1
        if link.level in _COUNTED_LEVELS:
            counts[link.level.value] += 1
        if link.uncertain:
            counts["uncertain"] += 1
    for u in (*added, *dropped):
        counts[u.fate.value] += 1
        if u.uncertain:
            counts["uncertain"] += 1
    return {k: v for k, v in counts.items() if v}


_COUNTED_LEVELS = (Level.WEAKER, Level.STRONGER, Level.MIXED)
_COUNT_KEYS = (*(s.value for s in Status), *(f.value for f in Fate), "uncertain", *(lv.value for lv in _COUNTED_LEVELS))


@frozen
class Comparison:
    """The result of `polcmp diff`, for two lists or a list and a prose plan alike."""

    base: PolicyList
    other: PolicyList
    links: tuple[Link, ...]
    added: tuple[Unlinked, ...]  # items of `other` with no partner: ADDED or SPLIT
    dropped: tuple[Unlinked, ...]  # items of `base` with no partner: DROPPED or MERGED
    clause_map: tuple[ClauseLocation, ...] = ()  # every baseline clause, located (or not) in `other`
    # what a level is said against: '' for the baseline (高于基准), else the base list's short name (高于广西)
    reference: str = ""
    # the two sides as people name them (region names from the registry or the titles) and their dates or
    # editions, for headings a reader files ('' where unknown: renderers fall back to the ids)
    names: tuple[str, str] = ("", "")
    dates: tuple[str, str] = ("", "")
    counts: dict[str, int] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", _count(self.links, self.added, self.dropped))

    @property
    def differs(self) -> bool:
        return bool(self.added or self.dropped or any(link.status is not Status.IDENTICAL for link in self.links))

    def baseline_rows(self) -> tuple[tuple[Item, Link | None], ...]:
        """Each baseline item this view shows, with its link (None: dropped or merged), in baseline order.
        A view filtered by `--only` shows only the items its links and drops name, never the rest as missing."""
        linked = {link.base.index: link for link in self.links}
        gone = {u.item.index for u in self.dropped}
        return tuple((b, linked.get(b.index)) for b in self.base.items if b.index in linked or b.index in gone)

    def only(self, wanted: frozenset[str] | None) -> Comparison:
        """The same comparison restricted to the statuses, fates and levels named (`--only`)."""
        if not wanted:
            return self
        filtered = _FilteredPlan if isinstance(self, PlanComparison) else _Filtered
        return filtered(self.base, self.other, tuple(x for x in self.links if _link_wanted(x, wanted)),
                         tuple(x for x in self.added if _unlinked_wanted(x, wanted)),
                         tuple(x for x in self.dropped if _unlinked_wanted(x, wanted)),
                         self.clause_map, self.reference, self.names, self.dates, full_counts=self.counts)


@frozen
class PlanComparison(Comparison):
    """`polcmp diff` of a prose 实施方案 against a list: `links` are the baseline services its measures commit
    to (each with the measure sentences as evidence), `added` the measures beyond the baseline, `dropped` the
    services it never commits to (REFERENCED: named only to be excluded or deferred). Renderers and checks
    that read a plan differently register for this class."""


def _link_wanted(x: Link, wanted: frozenset[str]) -> bool:
    return x.status.value in wanted or x.level.value in wanted \
        or (x.level is Level.MIXED and bool(wanted & {"weaker", "stronger"})) \
        or ("uncertain" in wanted and x.uncertain)  # a mixed pair is weaker and stronger at once


def _unlinked_wanted(x: Unlinked, wanted: frozenset[str]) -> bool:
    return x.fate.value in wanted or ("uncertain" in wanted and x.uncertain)


@frozen
class _Filtered(Comparison):
    """A filtered view keeps the counts of the whole comparison for its summary line."""

    full_counts: dict[str, int] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", self.full_counts)


@frozen
class _FilteredPlan(_Filtered, PlanComparison):
    """A filtered view of a plan's comparison: still a plan's."""


FILTERS = tuple(dict.fromkeys([*(s.value for s in Status), *(f.value for f in Fate),
                               Level.WEAKER.value, Level.STRONGER.value, Level.MIXED.value, "uncertain"]))
