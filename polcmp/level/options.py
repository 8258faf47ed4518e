"""Alternatives (或): ways of giving a service offered side by side (实物配租公共租赁住房或者发放租赁补贴), one
the other row no longer offers (weaker) or adds (stronger)."""

from __future__ import annotations

import re

from ..results import Level, ReasonKind
from .markers import LevelMarkers, LevelReason, reason
from .text import BACK_REFERENCE, _canon, _core, _short, found_share, lazy

_ALTERNATIVE = lazy(r"或者|或")
# an option named only to say it is no longer given (不再实物配租公共租赁住房): not offered
# (or offered only to some of those served: 其中多子女家庭可优先实物配租, the option gone for the rest)
_NO_LONGER = lazy(r"(?:不再|停止|不予|(?<![^，；。])其中)[^，；。]*")
_LEAD_VERB = lazy(r"^.*(?:申领|申请|提供|开展|给予|发放|办理|享受|纳入)")


def alternatives(b: str, o: str, removed_only: bool, row: str = "", markers: LevelMarkers | None = None
                 ) -> list[LevelReason]:
    """Ways of giving a service offered as alternatives (实物配租公共租赁住房或者发放租赁补贴): one the other
    side no longer offers is weaker, one it adds is stronger."""
    out = [reason(ReasonKind.SCOPE, Level.WEAKER, head, "", f"可选方式减少：{head}")
           for head in _options_dropped(b, _BY_THE_RULES.sub("", _NO_LONGER.sub("", row or o)), markers)]
    if not removed_only:
        out += [reason(ReasonKind.SCOPE, Level.STRONGER,
                       "", head, f"可选方式增加：{head}") for head in _options_dropped(o, b, markers)]
    return out


def _options_dropped(text: str, against: str, markers: LevelMarkers | None) -> list[str]:
    """The options of each …或… clause of `text` that `against` does not name, where it plainly names one
    of them (it chose; the others are gone)."""
    against_c = _core(_canon(against, markers)) if markers else _core(against)
    out = []
    # a gloss in brackets (家长（父母或者其他监护人）) offers no choice
    for clause in re.split(r"[，；。]", re.sub(r"（[^）]*）|\([^)]*\)", "", text)):
        options = [x for x in _ALTERNATIVE.split(clause) if len(_core(x)) >= 4]
        if len(options) < 2:
            continue
        heads = _option_heads(options)
        shares = [found_share(_core(_canon(h, markers)) if markers else _core(h), against_c) for h in heads]
        # an option that is empty once its group is set aside names nothing to choose between
        if max((s for h, s in zip(heads, shares, strict=True) if len(_core(h)) >= 2), default=0) >= 0.75:
            out += [head for head, share in zip(heads, shares, strict=True)
                    if len(_core(head)) >= 5 and share < 0.5 and not _REFERS_BACK.search(head)]
    return out


# a line that only points to the rules (按公共租赁住房保障政策执行): it names a policy, not an option offered
_BY_THE_RULES = lazy(r"(?:按|按照|依照|参照)[^，；。]{0,20}?(?:政策|制度|规定|办法)(?:有关规定)?执行")


# an option that names what the row said before (为上述父母或其他监护人: the parents its 服务对象 names): no new choice
_REFERS_BACK = lazy(BACK_REFERENCE)


_MEANS = lazy(r"^通过|(?:等)?(?:的?方式)?(?:予以|给予)(?:保障|解决|帮助)$")


def _option_heads(options: list[str]) -> list[str]:
    """What each option names: it ends where its verb begins (父母或者其他监护人提供…: 其他监护人), and the
    first begins after the verb that governs them all (申领基本生活费或生活补贴: 基本生活费)."""
    cut = [re.split(r"(?<=.)(?:提供|开展|给予|发放)", option)[0] for option in options]
    # and the later ones end before what the list is of (生活补贴的办理渠道: 生活补贴; 其他监护人的…服务)
    # (or before whom it is done by: 生活补贴由监护人…自行申领, 生活补贴; or what they may do: 其他监护人可向…申请)
    cut = cut[:1] + [re.split(r"的|(?<=.)由|(?<=.)(?:可以?|应当?|须|需)(?=向|到|在|申请|提出)", c)[0] or c for c in cut[1:]]
    # (通过…或者…予以保障: the means, not the words of means)
    heads = [_MEANS.sub("", re.sub(r"^.*(?:家庭|儿童|学生)", "", c)) for c in cut]
    return [_short(_LEAD_VERB.sub("", heads[0]), 20)] + [_short(h, 20) for h in heads[1:]]
