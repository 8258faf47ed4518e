"""A linked pair's changes and its Status."""

from __future__ import annotations

from dataclasses import field, replace

from ..frozen import frozen
from ..level import PairSetting, judge_items, judge_pair, level_of
from ..model import Item
from ..results import Change, ClauseDiff, ClauseStatus, Level, LevelReason, Link, MatchedBy, Status
from .clauses import diff_clauses
from .settings import DEFAULT, MatchSettings
from .similarity import key

# The first status whose change a pair shows wins; IDENTICAL when it shows none.
STATUS_ORDER = (Status.REWORDED, Status.RENAMED, Status.TARGET, Status.DEPARTMENTS, Status.MOVED,
                Status.PUNCTUATION)


def _target_scope(base: str, other: str) -> tuple[str, ...]:
    """Narrowed: the other names a subgroup (longer name containing the base); widened: the reverse."""
    if base and other and base in other:
        return ("narrowed",)
    if base and other and other in base:
        return ("widened",)
    return ()


def changes(a: Item, b: Item) -> tuple[Change, ...]:
    out: list[Change] = []
    if a.content != b.content:
        # the same words, only punctuation or sub-clause numbering (1. 2. / （1）) differs
        if key(a.content) == key(b.content) or key("".join(a.clauses)) == key("".join(b.clauses)):
            out.append(Change(Status.PUNCTUATION, a.content, b.content))
        else:
            out.append(Change(Status.REWORDED, a.content, b.content))
    if key(a.service) != key(b.service):
        out.append(Change(Status.RENAMED, a.service, b.service))
    if key(a.target) != key(b.target):
        out.append(Change(Status.TARGET, a.target, b.target, _target_scope(a.target, b.target)))
    fa, fb = set(a.department_functions), set(b.department_functions)
    if fa != fb:
        out.append(Change(Status.DEPARTMENTS, "、".join(a.departments), "、".join(b.departments),
                          tuple(f for f in b.department_functions if f not in fa),
                          tuple(f for f in a.department_functions if f not in fb)))
    if a.domain and b.domain and a.domain != b.domain:
        out.append(Change(Status.MOVED, a.domain, b.domain))
    return tuple(out)


def status_of(found: tuple[Change, ...]) -> Status:
    kinds = {c.kind for c in found}
    return next((s for s in STATUS_ORDER if s in kinds), Status.IDENTICAL)


@frozen
class Paired:
    """What the alignment found of a pair: its score, the pass that paired it, the reason it gives, and how
    sure it is."""

    score: float
    matched_by: MatchedBy
    reason: str = ""
    confidence: float = 1.0
    uncertain: bool = False


@frozen
class Reading:
    """How a comparison reads its pairs: its match settings, whether clause and word diffs are made (detail;
    coverage goes without), the level markers a pair's commitment level is judged by (None: not judged) and
    the run's memo of them (level.LevelMemo; None: each pair's judgement keeps nothing)."""

    settings: MatchSettings = DEFAULT
    detail: bool = True
    markers: object = None  # level.LevelMarkers
    memo: object = field(default=None, compare=False)


PLAIN = Reading()


@frozen
class Around:
    """What lies around a pair: the other list's other rows (`elsewhere`: a baseline clause missing from the
    pair may be there) and the baseline rows merged into the same row (`merged`: a clause of theirs in the
    row is not a service added)."""

    elsewhere: tuple[str, ...] = ()
    merged: tuple[str, ...] = ()


ALONE = Around()  # a pair judged with nothing around it


def classify(a: Item, b: Item, paired: Paired, reading: Reading = PLAIN, around: Around = ALONE) -> Link:
    """The Link of a pair: its changes, its status, its clause diffs and, given markers, its commitment level."""
    found = changes(a, b)
    clause_diffs = diff_clauses(a.clauses, b.clauses, reading.settings) if reading.detail else ()
    level, reasons = Level.SAME, ()
    markers = reading.markers
    if reading.detail and markers is not None:  # commitment level (polcmp/level/): the pair's and each changed clause's
        level, reasons, clause_diffs = judge(a, b, clause_diffs, markers, around, reading.memo)
    elif markers is not None:  # coverage: the pair's level only, from its clauses (no clause or word diff)
        level, reasons = judge_link(a, b, markers, around, reading.memo)
    # a score carries bonuses (same name, same place) that can pass 1; what users read is a share, at most 1
    return Link(a, b, status_of(found), round(min(paired.score, 1.0), 3), paired.matched_by, found, clause_diffs,
                reason=paired.reason, confidence=round(paired.confidence, 3), uncertain=paired.uncertain,
                level=level, level_reasons=reasons)


def _setting(a: Item, b: Item, around: Around) -> PairSetting:
    return PairSetting(targets=(a.target, b.target), names=(a.service, b.service),
                       elsewhere=tuple(t for t in around.elsewhere if t != b.content), elsewhere_base=around.merged)


def judge_link(a: Item, b: Item, markers, around: Around, memo=None) -> tuple[Level, tuple[LevelReason, ...]]:
    """(level, reasons) of a linked pair without its clause diff: the cheap judgement coverage uses."""
    pair = judge_items(a.clauses, b.clauses, markers, _setting(a, b, around), memo=memo)
    return pair.level, pair.reasons


def judge(a: Item, b: Item, clause_diffs: tuple[ClauseDiff, ...], markers, around: Around, memo=None):
    """(level, reasons, clause diffs with their own levels) of a linked pair."""
    pair = judge_pair(clause_diffs, markers, _setting(a, b, around), memo=memo)
    # A clause line shows the row's reasons whose words it holds: it never says more than the row's
    # judgement (a clause said in another clause of the row, joined by ， in one list and by ； in the
    # other, is not missing on its line while the row keeps it), and the row is judged once.
    judged = []
    for clause in clause_diffs:
        if clause.status is ClauseStatus.CHANGED:
            reasons = tuple(r for r in pair.reasons if (r.base or r.other)
                            and (not r.base or r.base in clause.base) and (not r.other or r.other in clause.other))
            clause = replace(clause, level=level_of(reasons), level_reasons=reasons)
        judged.append(clause)
    return pair.level, pair.reasons, tuple(judged)
