"""A pair's verdict from its reasons: the level they add up to, each reason said once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .markers import Level, LevelReason, ReasonKind


def level_of(reasons: Sequence[LevelReason]) -> Level:
    directions = {r.direction for r in reasons}
    if directions == {Level.STRONGER, Level.WEAKER}:
        return Level.MIXED
    if directions == {Level.STRONGER}:
        return Level.STRONGER
    if directions == {Level.WEAKER}:
        return Level.WEAKER
    return Level.SAME


def each_once(reasons: Iterable[LevelReason]) -> tuple[LevelReason, ...]:
    """Each reason once; a number said to be new (or gone) where the same words are read as changed from (or
    to) another number (新增办理时限：5个工作日内 beside 48小时内 → 5个工作日内) is that change, not news; a
    condition added in words another added condition holds (户籍, 经户籍地审核 of 经户籍地审核同意后) is that one;
    a condition said removed (or added) in the words a scope pair reads as replaced (家庭经济困难 → 最低生活保障)
    is that replacement, not a condition gone."""
    reasons = list(reasons)
    changed, replaced = _both_sides(reasons, ReasonKind.NUMBER), _both_sides(reasons, ReasonKind.SCOPE)
    added = {r.other for r in reasons if r.kind is ReasonKind.CONDITION and r.other and not r.base}
    seen, out = set(), []
    for r in reasons:
        key = (r.kind, r.direction, r.base, r.other)
        if key not in seen and not _said_by_another(r, changed, added) and not _replaced(r, replaced):
            seen.add(key)
            out.append(r)
    return tuple(out)


def _both_sides(reasons: list[LevelReason], kind: ReasonKind) -> set[str]:
    """The words on either side of each reason of the kind that quotes both (a number changed, a word replaced)."""
    return {w for r in reasons if r.kind is kind and r.base and r.other for w in (r.base, r.other)}


def _said_by_another(r: LevelReason, changed: set[str], added: set[str]) -> bool:
    if r.kind is ReasonKind.NUMBER and not (r.base and r.other):  # (不少于1次 of 每月不少于1次 → 每季度不少于1次)
        return any((r.base or r.other) in w for w in changed)
    return r.other in added and any(r.other != w and r.other in w for w in added)


def _replaced(r: LevelReason, replaced: set[str]) -> bool:
    return r.kind is ReasonKind.CONDITION and not (r.base and r.other) and (r.base or r.other) in replaced
