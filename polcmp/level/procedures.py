"""How a service is delivered (就地受理, 跨省通办, 一次办结, 网上办理 …), as a policy reader weighs it: a way named by
one row only spares the family a journey or a wait (stronger) or no longer does (weaker)."""

from __future__ import annotations

from ..regexcache import compiled
from ..results import Level, ReasonKind
from .items import _BRACKETED
from .markers import LevelMarkers, LevelReason, reason
from .text import _SEGMENT, _find, lazy, rearranged

_DOCUMENT = lazy(r"(?:按照?|依照|依据|参照)《[^》]+》")


_APPLYING = compiled(r"申请|申报")
# (a means-tested benefit, 纳入低保 or any 救助, is applied for whether or not the row says so)
_ASKED = compiled(r"申请|申报|申领|受理|报名|办理|纳入|救助|认定|审核")


# a formality applied for (异地就医备案可通过线上渠道申请): the family asks for it, not for the service
_FORMALITY = compiled(r"备案|登记|手续")


def _procedure_gained(words: str, base: str, other: str) -> LevelReason:
    """Applying where the family lives spares a journey only where the base has the family apply at all:
    a service the base gives unasked (提供家庭教育指导) that now has to be applied for is weaker."""
    # (one made for the family, 代为申请, asks nothing of it)
    segment = next((s for s in _SEGMENT.split(other) if words in s), "")
    if _APPLYING.search(words) and not _ASKED.search(base) and not words.startswith("代") \
            and not _FORMALITY.search(segment.partition(words)[0]):
        return reason(ReasonKind.CONDITION, Level.WEAKER, "", words, f"改为依申请：{words}")
    return reason(ReasonKind.SCOPE, Level.STRONGER, "", words, f"新增办理方式：{words}")


def procedure_reasons(base: str, other: str, markers: LevelMarkers) -> list[LevelReason]:
    """How a service is delivered (就地受理, 跨省通办, 一次办结, 网上办理 …), named by one row only; one a
    row names only under a hedge (可先行救助, on the other side) or in a reference to a document or rules
    (送教上门按《…》执行) is not promised."""
    out = []
    # (nor one named only in brackets, 跨省通办服务（异地申请、就地受理）: it explains the words before it)
    plain = "；".join(_BRACKETED.sub("", s) for s in _SEGMENT.split(other)
                     if not _find(markers.hedges, s) and not _DOCUMENT.search(s))
    # and one the base names only where it refers to a document or to rules is not lost when the other leaves it
    promised = "；".join(s for s in _SEGMENT.split(base) if not _DOCUMENT.search(s) and not _find(markers.admin, s))
    for m in markers.procedures:
        hb, ho = m.said_or_implied(base), m.pattern.search(other)  # (跨省通办 lets the family apply where it lives)
        if ho and not hb and m.pattern.search(plain):
            out.append(_procedure_gained(ho.group(), base, other))
        elif hb and not m.said_or_implied(other) and m.pattern.search(promised) and not rearranged(hb.group(), other):
            out.append(reason(ReasonKind.SCOPE, Level.WEAKER, hb.group(), "", f"不再写明办理方式：{hb.group()}"))
    return out


