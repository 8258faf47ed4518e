"""Two hedged sides weighed against each other: a soft hedge (鼓励, 探索) on one side only, or a hedge the other
side puts beside every one the base keeps (有条件的地方就近提供 → 有条件的地方逐步提供); and a gain said under a hedge
of its own. A hedge on one side only is segments._modality's to judge."""

from __future__ import annotations

from ..results import Level, ReasonKind
from .markers import LevelMarkers, LevelReason, Marker, reason
from .text import _find, found_share


def weigh_hedges(hb: list[tuple[Marker, str]], ho: list[tuple[Marker, str]], weakens: bool, texts: tuple[str, str]
                 ) -> list[LevelReason]:
    """Both sides hedged: a soft hedge (鼓励, 探索) on one side only, over hedges that still promise the
    provision somewhere (有条件的地方提供 → 鼓励有条件的地方探索提供); or the other side keeps every hedge of the
    base and adds one more (有条件的地方就近提供 → 有条件的地方逐步提供)."""
    soft_b, soft_o = [w for m, w in hb if m.grade == "soft"], [w for m, w in ho if m.grade == "soft"]
    if soft_o and not soft_b and weakens:
        return [reason(ReasonKind.MODALITY, Level.WEAKER,
                       hb[0][1], soft_o[0], f"{hb[0][1]} → {soft_o[0]}：限定语更弱，承诺减弱")]
    if soft_b and not soft_o:
        return [reason(ReasonKind.MODALITY, Level.STRONGER,
                       soft_b[0], ho[0][1], f"{soft_b[0]} → {ho[0][1]}：限定语变强，承诺更明确")]
    more = _stacked(hb, ho, texts) if weakens else []
    if not more:
        return []
    return [reason(ReasonKind.MODALITY, Level.WEAKER,
                   hb[0][1], more[0], f"{hb[0][1]} → 又加{more[0]}：限定语增加，承诺减弱")]


def _stacked(hb: list[tuple[Marker, str]], ho: list[tuple[Marker, str]], texts: tuple[str, str]) -> list[str]:
    """The hedges the other side adds to every one the base keeps. (One hedge: overlapping words, 视情况; a verb
    before the base's, 支持有条件的地方; the base's words reordered. One dropped may be reworded in words no table
    holds, 逐步 → 分步推进: only those added are read.)"""
    if not {m for m, _ in hb} <= {m for m, _ in ho}:
        return []
    return [w for m, w in ho if m not in {m for m, _ in hb} and found_share(w, texts[0]) < 0.5
            and not any(w in words or words in w or w.strip("，；。") + words in texts[1] for _, words in hb)]


def hedge_over(o: str, at: int, b: str, markers: LevelMarkers) -> bool:
    """The comma-part of o holding position `at` carries a hedge the base b lacks (高中阶段教育视财力逐步实行免费): what
    it gives there is no firm gain (a hedge on another part, 逐步开展…活动，为…免费提供…, leaves it one; so does a
    permission, 可优先实物配租, which gives when asked)."""
    start, end = o.rfind("，", 0, at) + 1, o.find("，", at)
    part = o[start:end if end >= 0 else len(o)]
    return bool({m for m, _ in _find(markers.hedges, part) if m.grade != "may"} - {m for m, _ in _find(markers.hedges, b)})
