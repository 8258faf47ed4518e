"""A change a row states itself: 康复救助对象年龄由0-6岁扩大至0-17岁, 补助标准从每人每月300元提高到400元,
审核时限由30个工作日缩短至20个工作日. A policy reader takes the row to promise what it changes to; what it
changes from is history, not a limit the row sets. So the 'from' words are set aside before the row is
compared, and where the base row gives no quantity of that kind the change itself is compared, in the
direction its unit favours the child (mappings/levels.toml [[number]])."""

from __future__ import annotations

from collections.abc import Sequence

from .markers import LevelMarkers, LevelReason, ReasonKind
from .text import _number_reasons, _quantities, lazy, normalize_numbers

# 由/从 <a quantity> <a verb of change> 至/到/为 <a quantity> (in digits or numerals: 由二十个工作日缩短至十个)
_NUMBER = "[\\d零〇一二两三四五六七八九十百千万]"
_STATED = lazy(rf"(?:由|从)(?P<before>[^，；。由从至到为]{{0,12}}?{_NUMBER}[^，；。至到为]{{0,8}}?)"
               r"(?P<verb>扩大|提高|增加|上调|提升|放宽|延长|缩短|降低|下调|减少|缩小|调整|调高|调低)"
               rf"(?P<to>至|到|为)(?P<after>[^，；。]{{0,8}}?{_NUMBER}[^，；。]{{0,10}})")


def without_history(clause: str) -> str:
    """The clause with each stated change's 'from' words set aside (由0-6岁扩大至0-17岁 → 扩大至0-17岁)."""
    if "由" not in clause and "从" not in clause:
        return clause
    return _STATED.sub(lambda hit: hit.group("verb") + hit.group("to") + hit.group("after"), clause)


def told_by_a_change(r: LevelReason, stated: Sequence[LevelReason]) -> bool:
    """A quantity the other row gives that the base row does not (新增办理时限：延长至30个工作日) where the row
    states it as a change: the change says what it means."""
    return r.kind is ReasonKind.NUMBER and not r.base and any(s.other and s.other in r.other for s in stated)


def stated_change_reasons(base_text: str, other_clauses: Sequence[str], markers: LevelMarkers) -> list[LevelReason]:
    """Each change the other row states, compared as from → to, for the kinds of quantity the base row
    does not give (where it does, the row's quantity is compared with the base's)."""
    base = normalize_numbers(base_text)
    out: list[LevelReason] = []
    for clause in other_clauses:
        for hit in _STATED.finditer(clause) if ("由" in clause or "从" in clause) else ():
            before, after = normalize_numbers(hit.group("before")), normalize_numbers(hit.group("after"))
            units = [u for u in markers.numbers if _quantities(u, before) and _quantities(u, after)
                     and not _quantities(u, base)]
            out += _number_reasons(units, before, after)
    return out
