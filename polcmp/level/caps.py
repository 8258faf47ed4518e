"""How long or how often a benefit may be given, capped in both rows (租赁补贴发放期限累计不超过2年 → 3年): a higher
cap gives the family more, a lower one less. Deadlines the office keeps (…内办结) are read by quantities."""

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
