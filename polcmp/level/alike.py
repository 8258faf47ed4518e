"""How alike two segments are, as a policy reader sees it: once hedges, settings and who it is for are set aside,
and a thing put before its verb read in the verb's order; one limit stated in other units (照料期限不超过7日,
照料最长为一周) is one promise."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from ..regexcache import compiled
from .caps import same_cap
from .markers import LevelMarkers
from .segments import _ELIGIBLE, _only_who, _strip
from .text import _conditions, found_share

# who a segment is for (为流动儿童…): every row names it, so it says nothing about which commitment a segment is
_RECIPIENT = compiled(r"(?:为|对|向|给)?(?:符合条件的|有需要的)?(?:流动儿童|随迁子女)(?:家庭|父母)?")


def _similar(a: str, b: str, markers: LevelMarkers) -> float:
    # (the list's own place read as one: 在流入地参加中考 is 在本市参加中考)
    ca, cb = (_verb_first(_here_as_one(_strip(_past_its_group(x, markers), markers))) for x in (a, b))
    if bool(_ELIGIBLE.search(ca)) != bool(_ELIGIBLE.search(cb)):
        # who qualifies (符合条件的), said on one side only, is the condition rules' to judge: it says
        # nothing about what is given (said on both, it is evidence the two segments correspond)
        ca, cb = _ELIGIBLE.sub("", ca), _ELIGIBLE.sub("", cb)
    # the recipient (为流动儿童…) set aside too: every row names it, so it can hide a restated commitment
    # (by edit ratio only: a short remainder is found inside many longer segments)
    ra, rb = _RECIPIENT.sub("", ca), _RECIPIENT.sub("", cb)
    if _only_who(ra) or _only_who(rb):
        return 0.0  # a segment that only names who it is for (对符合条件的流动儿童，…) resembles nothing
    score = max(_similar_cores(ca, cb), fuzz.ratio(ra, rb) / 100 if ra and rb else 0.0)
    return markers.thresholds.match if score < markers.thresholds.match and same_cap(a, b) else score


# a thing put before the verb that gives it (学费予以减免): read in the verb's order (减免学费)
_FRONTED_THING = compiled(r"([^，；。对为向给的]{2,6}?)(?:按(?:照)?(?:有关|相关)?规定)?(?:予以|给予)"
                          r"(减免|免除|免收|减收|资助|补助|补贴|报销)")


@lru_cache(maxsize=8192)
def _verb_first(text: str) -> str:
    return _FRONTED_THING.sub(r"\2\1", text) if "予" in text else text


_HERE = compiled(r"在(?:(?:本|我)[省市县区](?!级|财政|户籍|民政|教育|政府)|当地|流入地|居住地)")


@lru_cache(maxsize=8192)
def _here_as_one(text: str) -> str:
    return _HERE.sub("在本地", text) if "在" in text else text


# the group a segment is for, with its conditions, said before the promise (家庭人均收入低于…1.5倍的流动儿童，可申请…)
_GROUP_FIRST = compiled(r"^[^，；。]{2,40}?的(?:流动)?(?:儿童|学生|家庭|子女)[，,]")


def _past_its_group(text: str, markers: LevelMarkers) -> str:
    """A segment less the conditioned group it opens with: the conditions are compared on their own, and a long
    one hides the promise the two segments share."""
    head = _GROUP_FIRST.search(text)
    return text[head.end():] if head and _conditions(head.group(), markers) else text


def _similar_cores(ca: str, cb: str) -> float:
    if not ca or not cb:
        return 0.0
    score = fuzz.ratio(ca, cb) / 100
    if min(len(ca), len(cb)) >= 4:
        score = max(score, found_share(ca, cb) if len(ca) <= len(cb) else found_share(cb, ca))
    return score
