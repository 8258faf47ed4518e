"""Limits on a benefit: how long or how often it may be given, capped in both rows (租赁补贴发放期限累计不超过2年 →
3年: a higher cap gives the family more, a lower one less), and the times of year it is given in (寒暑假期间, 每年
“春风行动”期间: a service held only then is less than one held all year). Deadlines the office keeps (…内办结) are
read by quantities."""

from __future__ import annotations

from ..regexcache import lazy
from ..results import Level, ReasonKind
from .markers import LevelReason, reason
from .quantities import _DONE_BY, _cap

_SPAN = lazy(r"(\d+(?:\.\d+)?)(年|个月|月|次)")
_IN_MONTHS = {"年": 12.0, "个月": 1.0, "月": 1.0}


def cap_change(b: str, o: str) -> list[LevelReason]:
    """Two caps of one kind (a span of time, a number of times) on the same benefit, compared."""
    cb, co = _cap(b), _cap(o)
    if not (cb and co) or _DONE_BY.search(b) or _DONE_BY.search(o):
        return []
    sb, so = _SPAN.search(cb.group()), _SPAN.search(co.group())
    if not (sb and so) or (sb[2] == "次") != (so[2] == "次"):
        return []
    vb, vo = (float(s[1]) * _IN_MONTHS.get(s[2], 1.0) for s in (sb, so))
    if vb == vo:
        return []
    more = vo > vb
    return [reason(ReasonKind.NUMBER, Level.STRONGER if more else Level.WEAKER, cb.group(), co.group(),
                   f"上限 {cb.group()} → {co.group()}：{'上限提高' if more else '上限降低'}")]


# a time of year a service is held in; and all year round
_SEASON = lazy(r"寒暑假|寒假|暑假|暑期|春季学期|秋季学期|开学(?:初|期间|前后)|春风行动|六一(?:儿童节)?|入园当年"
               r"|(?<![\d.])\d{1,2}月(?:至|到|—|-|～)\d{1,2}月")
_ALL_YEAR = lazy(r"全年|常年|一年四季|长期")


def season_change(b: str, o: str) -> list[LevelReason]:
    """A service held only at some times of the year in one row and at more, or all year, in the other."""
    sb, so = set(_SEASON.findall(b)), set(_SEASON.findall(o))
    if so and not sb and not _ALL_YEAR.search(o):
        words = "、".join(sorted(so))
        return [reason(ReasonKind.SCOPE, Level.WEAKER, "", words, f"限于{words}期间：服务时间缩短")]
    was = "、".join(sorted(sb))
    if sb and (so > sb or (not so and _ALL_YEAR.search(o) and not _ALL_YEAR.search(b))):
        words = "、".join(sorted(so)) or _ALL_YEAR.search(o).group()
        return [reason(ReasonKind.SCOPE, Level.STRONGER, was, words, f"不再限于{was}期间：服务时间延长")]
    if so and sb and so < sb:
        now = "、".join(sorted(so))
        return [reason(ReasonKind.SCOPE, Level.WEAKER, was, now, f"{was} → {now}：服务时间缩短")]
    return []
