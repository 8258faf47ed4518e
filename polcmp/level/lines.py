"""An income line set above the standard a service uses (家庭人均收入低于当地低保标准1.5倍的，将其中的流动儿童单独纳入低保):
those below it are reached though the standard alone would leave them out. The line names the families it adds,
not a condition on those the base serves: a widening, read once."""

from __future__ import annotations

from ..results import Level, ReasonKind
from .markers import LevelReason, reason
from .text import lazy

# (低于当地低保标准1.5倍的，将其中的流动儿童单独纳入低保): a line for entry to 低保 itself, not a test put before
# another benefit (家庭人均收入低于低保标准2倍的学生免除学费 narrows who has the fee waived) nor a cap on a sum
_INTO = r"纳入[^，；。]{0,4}?(?:最低生活保障|低保)"
_RAISED_LINE = lazy(rf"低于[^，；。]{{0,12}}?(?:最低生活保障|低保)标准的?(\d+(?:\.\d+)?)(倍|%)的?[^。；]{{0,24}}?{_INTO}")
_ENTRY = lazy(_INTO)  # (the row is 低保 itself: its base brings families in)


def _line(text: str) -> tuple[float, str] | None:
    hit = _RAISED_LINE.search(text)  # (1.5倍 and 150% the same line)
    times = float(hit[1]) / (100 if hit[2] == "%" else 1) if hit else 0.0
    return (times, hit.group()[:hit.group().index(hit[2]) + 1]) if times > 1 else None


def raised_lines(reasons: list[LevelReason], base: str, other: str) -> list[LevelReason]:
    """The reasons with an income line for entry to 低保 above its standard read as a widening where one row sets it
    and the other does not (the base row being 低保 itself): the conditions read from the line's own words dropped."""
    lb, lo = _line(base), _line(other)
    if bool(lb) == bool(lo) or not _ENTRY.search(base):
        return reasons
    side, words = (other, lo[1]) if lo else (base, lb[1])
    kept = [r for r in reasons if not _read_from(r, side)]
    if lo:
        return kept + [reason(ReasonKind.SCOPE, Level.STRONGER, "", words, f"收入线放宽至{words}：覆盖更多家庭")]
    return kept + [reason(ReasonKind.SCOPE, Level.WEAKER, words, "", f"不再放宽收入线（{words}）：覆盖家庭减少")]


def _read_from(r: LevelReason, side: str) -> bool:
    """A condition read from the line's own words (新增条件：家庭人均收入低于当地低保标准)."""
    words = r.other or r.base
    return r.kind is ReasonKind.CONDITION and bool(words) and words in side
