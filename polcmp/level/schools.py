"""Where the child studies, as a 服务对象 or a content names it (在本市幼儿园、小学就读的流动儿童): the schools listed are
options of one condition, not conditions; a school dropped narrows the group, one added widens it. Likewise the
grades a row keeps its service to (一、二年级在校生)."""

from __future__ import annotations

import re

from ..results import Level, ReasonKind
from .either import JOINERS
from .markers import LevelReason, reason
from .text import lazy, normalize_numbers

# where a child may study, listed (在本市幼儿园、小学就读): options of one condition, not conditions
_VENUE = r"(?:幼儿园|托育机构|中小学校?|小学|初中|普通高中|高中|中等职业学校|中职学校|中职|技工院校|特殊教育学校)"
_VENUE_JOIN = r"(?:、|和|及|与|以及|/)"  # (/: the list as target_parts writes it)
_VENUE_LIST = lazy(rf"{_VENUE}(?:{_VENUE_JOIN}{_VENUE})+")
_VENUES = lazy(_VENUE)
_VENUE_RUN = lazy(rf"{_VENUE}(?:{_VENUE_JOIN}{_VENUE})*")
_STUDYING_AT = lazy(rf"在[^，；。的]{{0,8}}?{_VENUE}(?:{_VENUE_JOIN}{_VENUE})*[^，；。的]{{0,4}}?"
                     r"(?:就读|在读|入学|入园|学习)")
# one name for each kind of school, whatever the list calls it
_VENUE_NAMES = {"中小学校": "中小学", "中等职业学校": "中职", "中职学校": "中职", "普通高中": "高中"}


def one_venue_list(text: str) -> str:
    """The text with each list of schools joined by / (幼儿园/小学): one phrase where conditions are split at 、."""
    return _VENUE_LIST.sub(lambda hit: re.sub(_VENUE_JOIN, "/", hit.group()), text)


def school_reasons(base: str, other: str, base_text: str, other_text: str) -> list[LevelReason]:
    """Where the child may study, listed in both 服务对象 (在本市幼儿园、小学就读 → 在本县幼儿园就读; 在本市中小学
    → 在本市幼儿园和中小学), or, where neither 服务对象 says, in the one such phrase of each content: an option
    dropped narrows the group, one added widens it."""
    bv, ov = _venue_options(base), _venue_options(other)
    if not bv and not ov and len(_STUDYING_AT.findall(base_text)) == 1 == len(_STUDYING_AT.findall(other_text)):
        bv, ov = _venue_options(base_text), _venue_options(other_text)
    if not bv or not ov or _spans_parts(bv, ov) or _spans_parts(ov, bv):
        return []
    return [reason(ReasonKind.SCOPE, Level.WEAKER, v, "", f"服务对象缩小：不再含{v}就读") for v in bv if v not in ov] + \
        [reason(ReasonKind.SCOPE, Level.STRONGER, "", v, f"服务对象扩大：新增{v}就读") for v in ov if v not in bv]


def _spans_parts(options: list[str], others: list[str]) -> bool:
    """中小学 on one side, its parts (小学, 初中, 高中) on the other: the two lists are not compared name by name."""
    return "中小学" in options and "中小学" not in others and any(v in ("小学", "初中", "高中") for v in others)


def _venue_options(target: str) -> list[str]:
    """The schools of a 在…就读 phrase (not a 学段 named as the group: 普通高中教育阶段流动儿童)."""
    hit = _STUDYING_AT.search(target)
    return [_VENUE_NAMES.get(v, v) for v in _VENUES.findall(hit.group())] if hit else []


def studies_at(text: str) -> bool:
    """The text says where the child studies (在幼儿园、中小学就读)."""
    return bool(_STUDYING_AT.search(text))


def without_venues(text: str) -> str:
    """The text with the schools of each 在…就读 phrase said as 学校: which schools is the venue rule's to weigh,
    not a condition added or lifted (在本市中小学就读 → 在本市幼儿园和中小学就读)."""
    if "在" not in text:
        return text
    return _STUDYING_AT.sub(lambda hit: _VENUE_RUN.sub("学校", hit.group()), text)


# schools named as where a service is held (在部分中小学抽样开展…筛查; 在本市各中小学校和社区，对…提供): a place, not a
# group served
_HELD_AT = lazy(rf"在[^，；。]{{0,8}}?{_VENUE}(?:{_VENUE_JOIN}{_VENUE})*"
                rf"(?=[^，；。]{{0,6}}?(?:开展|举办|设立|实施|组织)|[^，；。的]{{0,8}}[，,])")


def without_schools_held_at(text: str) -> str:
    return _HELD_AT.sub("在", text) if "在" in text else text


# grades named, as normalize_numbers writes them (1、2年级; 第1、2学年)
_GRADES = lazy(r"第?(\d(?:[、-]\d)*)(?:年级|学年)")  # (1-3年级: the first three)


def names_grades(text: str) -> bool:
    return bool(_GRADES.search(normalize_numbers(text)))


def grade_reasons(base: str, other: str) -> list[LevelReason]:
    """The grades a row keeps its service to, where each side names one run of them (一、二年级在校生 → 一年级在校生):
    a grade dropped narrows who is served, one added widens it."""
    bg, og = list(_GRADES.finditer(normalize_numbers(base))), list(_GRADES.finditer(normalize_numbers(other)))
    if len(bg) != 1 or len(og) != 1:
        return []
    b, o, words = _each_grade(bg[0].group(1)), _each_grade(og[0].group(1)), (bg[0].group(), og[0].group())
    if o < b:
        return [reason(ReasonKind.SCOPE, Level.WEAKER, *words, f"年级范围缩小：{words[0]} → {words[1]}")]
    if o > b:
        return [reason(ReasonKind.SCOPE, Level.STRONGER, *words, f"年级范围扩大：{words[0]} → {words[1]}")]
    return []


def _each_grade(run: str) -> set[int]:
    out: set[int] = set()
    for part in run.split("、"):
        first, _, last = part.partition("-")
        out |= set(range(int(first), int(last or first) + 1))
    return out


_STUDY_PLACES = lazy(r"在([^，；。在]{2,30}?)(?:就读|就学|接受|入园|入学)")


def places_added(reasons: list[LevelReason], base_text: str) -> list[LevelReason]:
    """A condition of where the child studies (在公办幼儿园和普惠性民办幼儿园就读) that keeps the place the base
    row names (在公办幼儿园就读) and adds others: more places, not a condition added."""
    said = {p for hit in _STUDY_PLACES.finditer(base_text) for p in JOINERS.split(hit[1])}
    out = []
    for r in reasons:
        hit = _STUDY_PLACES.search(r.other) if r.kind is ReasonKind.CONDITION and r.direction is Level.WEAKER else None
        places = JOINERS.split(hit[1]) if hit else []
        added = [p for p in places if p not in said]
        if len(places) > 1 and len(added) < len(places):
            out += [reason(ReasonKind.SCOPE, Level.STRONGER, "", p, f"就读范围扩大：新增{p}") for p in added]
        else:
            out.append(r)
    return out

