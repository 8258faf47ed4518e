"""Where a service is given: the places a row lists (在学校、幼儿园和“童心港湾”、儿童之家等场所开展…), and the places
one row lists that the other leaves out (fewer places: weaker) or adds (more places: stronger)."""

from __future__ import annotations

import re

from ..results import Level, ReasonKind
from .markers import LevelMarkers, LevelReason, reason
from .text import _core, _said, lazy

_PLACES = "(?:场所|阵地|场地|平台|载体)"  # what a list of places is called
# the places a service is given in, listed (在学校、幼儿园和“童心港湾”、儿童之家等场所开展…)
_VENUE_LIST = lazy(r"(?:在|依托|利用)((?:[^，；。、]{2,12}(?:、|和|及|以及))+[^，；。、]{2,12}?)等?" + _PLACES)


_OPEN_VENUE_LIST = lazy(r"(?:在|依托|利用)([^，；。]{4,80}?)等" + _PLACES)


def _places(listed: str) -> list[str]:
    """The places of a list (学校、幼儿园和儿童之家); one that closes an open list inside it (“童心港湾”等场所以及学校)
    without its 等场所."""
    places = (_OPEN_END.sub("", v) for v in re.split(r"、|以及|和|及", listed))
    return [v for v in places if len(_core(v)) >= 2]


_OPEN_END = lazy(rf"等{_PLACES}.*$")  # (and what follows it before the act: 儿童之家等场所每月不少于1次开展)


def lost_venues(b: str, other_text: str, markers: LevelMarkers) -> list[LevelReason]:
    """Places of such a list the other row no longer names: the service is offered in fewer places. A list the
    other leaves open with 等 gives examples: one that names a place of its own in place of the base's (青少年宫
    for 儿童活动中心, 童心关爱站点 for “童心港湾”) rewords them; one that only leaves places out offers fewer."""
    hit = _VENUE_LIST.search(b)
    venues = _places(hit.group(1)) if hit else []
    lost = [v for v in venues if not _said(v, other_text, markers)]
    if len(venues) < 2 or not lost or len(lost) == len(venues):  # every place gone: the clause itself is judged
        return []
    theirs = _OPEN_VENUE_LIST.search(other_text)
    if theirs and any(not _said(v, b, markers) for v in _places(theirs.group(1))):
        return []
    return [reason(ReasonKind.SCOPE, Level.WEAKER, "、".join(lost), "", f"服务场所减少：未含{'、'.join(lost)}")]


# places listed before the act, closed (在学校、县图书馆和儿童之家开展) or open (…等场所开展)
_VENUES_BEFORE_ACT = lazy(r"(?:在|依托|利用)((?:[^，；。、]{2,14}(?:、|和|及|以及))+[^，；。、]{2,14}?)"
                          rf"(?:等{_PLACES})?(?=开展|提供|组织|举办)")


def gained_venues(b: str, o: str, markers: LevelMarkers) -> list[LevelReason]:
    """Places the other segment lists beside all of the base segment's (乡镇综合文化站、农家书屋 added to 学校、
    儿童之家): the service is offered in more places. One that also drops a place is judged by lost_venues."""
    hb, ho = _VENUES_BEFORE_ACT.search(b), _VENUES_BEFORE_ACT.search(o)
    if not hb or not ho:
        return []
    new = [v for v in _places(ho.group(1)) if not _said(v, hb.group(1), markers)]
    if not new or not all(_said(v, ho.group(1), markers) for v in _places(hb.group(1))):
        return []
    return [reason(ReasonKind.SCOPE, Level.STRONGER, "", "、".join(new), f"服务场所增加：{'、'.join(new)}")]
