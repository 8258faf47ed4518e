"""Who the content serves, as a policy reader compares it: a group named with its conditions inside the content
(对符合条件且在我市连续居住满1年的流动儿童家庭, 为家庭经济困难的寄宿生): a condition the base row does not state, on a
service both rows give, is added (weaker); one the other row no longer states is removed (stronger)."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..results import Level, ReasonKind
from .markers import LevelMarkers, LevelReason, reason
from .schools import one_venue_list, without_venues
from .text import _canon, _core, found_share, lazy
from .who import _SPLIT_CONDITIONS, _describes_only, _further, _implied

# a group named with its modifiers inside the content (对符合条件且在我市连续居住满1年的流动儿童家庭)
# (the modifiers may be absent: a base row's 为流动儿童提供… names the group its other row narrows; 为流动儿童父母
# names the parents, another recipient)
# a modifier may also stand bare before the group (为家庭经济困难的寄宿流动儿童, 为困难流动儿童): the second group
# (not an age: 为0-3岁儿童 is read by the age ranges)
# (寄宿生, 住校生: the bare 寄宿 before 生; 患者, the patients a mental-health row serves)
# (or the group a segment begins with, who may have it or has it: 有需要的在校流动儿童可接受…, 家庭经济困难的流动儿童
# 享受生活补助, the family's view of 为…提供)
_CONTENT_GROUP = lazy(r"(?:对|为|向|给|(?:^|(?<=[，；。]))"
                      r"(?=[^，；。]{2,50}?(?:儿童|学生|在校生)(?:可以?|能够?|享受|享有|给予)))"
                      r"(?:([^，；。对为向给]{2,40}?)的)?([^，；。对为向给的\d岁]{0,8}?)"
                      r"(?:流动儿童|随迁子女|儿童|学生|残疾学生|在校生|家庭|残疾儿童|(?<=寄宿|住校)生|患者|幼儿|父母|家长|监护人)"
                      r"(?!父母|家长|监护人)")
# "meets the conditions", whatever rules it names: a restatement of a base's 符合条件, no new condition
_GENERIC_RESTATED = lazy(r"符合[^，；。]{0,12}条件")
_GENERIC_CONDITION = lazy(r"^(?:符合(?:相关|有关)?条件|有需要|有关|相关)$")


class _Named(NamedTuple):
    """A group the content names: its modifiers (a bare modifier joins them as one more phrase), what is done for
    it, whether it is the children's parents, and the words that name it."""

    mods: str
    act: str
    parents: bool
    words: str


def _groups_named(text: str) -> list[_Named]:
    """Each group the content names with its modifiers."""
    return [_Named("、".join(m for m in hit.groups() if m), _act(text[hit.end():]), hit.group().endswith(_PARENTS),
                   hit.group()) for hit in _CONTENT_GROUP.finditer(text)]


_PARENTS = ("父母", "家长", "监护人")


def _act(rest: str) -> str:
    """What is done for a group: up to the next comma, or, where the group ends its segment (对…的流动儿童，每生
    每年给予…), the segment after it."""
    act = re.split(r"[，；。]", rest, maxsplit=1)[0]
    # (or what follows the rest of the group's name: 对…的流动儿童在校生，另按…发放)
    if len(_core(act)) >= 2 and not _PEOPLE_ONLY.fullmatch(_core(act)):
        return act
    return re.split(r"[，；。]", rest[len(act):].lstrip("，；。 "), maxsplit=1)[0]


_PEOPLE_ONLY = lazy(r"在校生|学生|儿童|幼儿|子女")


def _content_conditions(text: str, markers: LevelMarkers) -> list[tuple[str, str, bool]]:
    """(condition, what is done for the group, whether it is the parents) for each condition on a group the content
    names."""
    describes, requirement = markers.pattern_of("describes"), markers.pattern_of("requirement")
    out = []
    for mods, act, parents, _ in _groups_named(text):
        mods = one_venue_list(mods)  # one condition's options
        if parents:  # (对在校流动儿童的父母: the parents of pupils only)
            mods = _OF_CHILDREN.sub("", mods)
        further = _further(mods)
        for phrase in _SPLIT_CONDITIONS.split(mods):
            phrase = phrase.strip()
            if (phrase and not _GENERIC_CONDITION.match(phrase)
                    and (phrase in further or requirement.search(phrase) or (parents and _AT_SCHOOL.match(phrase)))
                    and not _describes_only(phrase, describes) and not _takes_the_service(phrase, text)):
                out.append((phrase, act, parents))
    return out


_HOW_OFTEN = lazy(r"每个?(?:学期|学年|年|季度|月|周)[^，；。\d]{0,6}?(?:不少于|至少)?\d+次")
_OF_CHILDREN = lazy(r"(?<=..)(?:流动)?(?:儿童|学生|子女)$")


def _takes_the_service(phrase: str, text: str) -> bool:
    """Those who take a service the row itself gives (对参加课后服务的流动儿童 beside 学校提供课后延时服务): who is
    served, not a condition put on them."""
    taken = re.match(r"参加(.{2,12})$", phrase)
    return bool(taken) and found_share(taken.group(1), text.replace(phrase, "")) >= 0.6


def _wider_than(phrase: str, base: str, markers: LevelMarkers) -> bool:
    """The phrase is the wider word of a scope pair whose narrower word the base says (家庭经济困难 for 低保)."""
    return any(p.direction is Level.STRONGER and p.other.search(phrase) and p.base.search(base) for p in markers.scope)


def content_condition_reasons(base_text: str, other_text: str, targets: tuple[str, str], markers: LevelMarkers
                              ) -> list[LevelReason]:
    """Conditions put on the group where the content names it (对…的流动儿童家庭): one the base row does not
    state is added (weaker); one the other row no longer states is removed (stronger)."""
    base_all = _canon(without_venues("；".join((targets[0], base_text))), markers)
    other_all = _canon(without_venues("；".join((targets[1], other_text))), markers)
    # (each with the words that name it: 为家庭经济困难流动儿童提供生活补助 states its condition there, unparsed)
    base_groups = [(g.mods, _canon(g.words + g.act, markers), g.parents) for g in _groups_named(base_text)]
    # only on a service both rows give to a group they both name (对…的流动儿童家庭 纳入低保 on both sides): a
    # condition on a service the row adds limits that service, a group the base row does not name is a
    # group added, and a condition in a clause the row drops is not lifted
    out = [reason(ReasonKind.CONDITION, Level.WEAKER,
                  "", c, f"新增条件：{c}") for c, act, parents in _content_conditions(other_text, markers)
           if _new_on_a_shared_act(c, act, (base_all, _canon(targets[0], markers)),
                                   [(m, a) for m, a, p in base_groups if p == parents], markers, parents)]
    out += _need_added(other_text, base_all, base_groups, markers)
    restated = _GENERIC_RESTATED.search(other_all)  # 符合当地住房保障条件 said as 符合条件
    other_all = markers.pattern_of("lift").sub("", other_all)  # （不限家庭经济状况） waives what it names
    for c, act, _ in _content_conditions(base_text, markers):
        if c.startswith("符合") and restated:
            continue
        if found_share(_canon(without_venues(c), markers), other_all) < 0.6 \
                and found_share(_canon(act, markers), other_all) >= 0.6 \
                and not _at_school_anyway(c, act, other_text, other_all, markers):
            out.append(reason(ReasonKind.CONDITION, Level.STRONGER, c, "", f"取消条件：{c}"))
    return out


# a row about school or its pupils: 在校 goes without saying there (寄宿 does not)
_SCHOOLING = lazy(r"学生|学校|在校生|就读|入学|入园|幼儿园")
_AT_SCHOOL = lazy(r"^(?:在校|在园|在读)+$")


def _at_school_anyway(c: str, act: str, text: str, text_all: str, markers: LevelMarkers) -> bool:
    """A bare limit (在校) the other row leaves unsaid but still means: its row is about school or pupils (为流动儿童购买学生
    意外伤害保险), or it names no group for the act at all (每学期组织安全教育不少于2次)."""
    return bool(_AT_SCHOOL.match(c)) and (bool(_SCHOOLING.search(text_all)) or not any(
        found_share(_canon(act, markers), _canon(g.act, markers)) >= 0.6 for g in _groups_named(text)))


_ON_TOP = lazy(r"^(?:另行|另按|另|额外|再|同时|增发|加发)")


def _read_elsewhere(c: str, act: str, base_all: str, markers: LevelMarkers) -> bool:
    """A condition another rule reads, or none at all: a group widened (低保家庭 → 家庭经济困难: the scope pair), the
    base's 符合条件 restated (符合国家资助政策条件), 在校 in a row about school (鼓励学校对…筛查 → 对在校流动儿童…筛查),
    or the group of a grant on top (另按每生每年1000元标准发放市级助学金: no condition on the base's)."""
    return _wider_than(c, base_all, markers) or bool(_GENERIC_RESTATED.match(c) and _GENERIC_RESTATED.search(base_all)) \
        or bool(_AT_SCHOOL.match(c) and _SCHOOLING.search(base_all)) or bool(_ON_TOP.match(_core(act)))


def _new_on_a_shared_act(c: str, act: str, base: tuple[str, str], base_groups: list[tuple[str, str]],
                         markers: LevelMarkers, parents: bool = False) -> bool:
    """A condition of the other row's content the base row does not state, on a service the base gives too; or
    one it states only for another of its services, naming this service's group plainly (对残疾儿童…学前教育予以资助
    beside 为家庭经济困难的残疾学生提供…免费教育 → 对家庭经济困难的残疾儿童…学前教育予以资助). base: the base row's
    words (content and 服务对象) and its 服务对象; base_groups: its groups of the same recipient (the children, or
    their parents: 为即将达到法定就业年龄的流动儿童提供职业介绍 adds a group, no condition on 为流动儿童父母提供…)."""
    base_all, target = base
    if _read_elsewhere(c, act, base_all, markers):
        return False
    # (for the parents, how often it is given is the quantities' to compare: 每学期提供不少于2次…指导服务 shares
    # 提供…指导服务)
    act = _HOW_OFTEN.sub("", act) if parents else act
    shared = [(mods, a) for mods, a in base_groups if found_share(_canon(act, markers), a) >= 0.6]
    if len(_core(act)) < 2 or not shared or _implied(c, base_all, markers):
        return False
    words = _canon(without_venues(c), markers)
    if found_share(words, base_all) < 0.6:
        return True
    # (stated in the base, but not where it names this service's group: not in its modifiers, its words, its 服务对象)
    return not any(mods or found_share(words, a) >= 0.6 for mods, a in shared) and found_share(words, target) < 0.6


_NEED_WORDS = lazy(r"需要|需求|申请")  # (given on application: to those who asked, already)


def _need_added(other_text: str, base_all: str, base_groups: list, markers: LevelMarkers) -> list[LevelReason]:
    """A service the base gives a group plainly (为流动儿童提供阅读指导) given only to those of it who need it (为有需要的
    流动儿童提供…) where the base row names no need at all: those found to need it, not every child (a need said in
    other words, 有需求的, 有心理健康服务需求的, is the same need)."""
    if _NEED_WORDS.search(base_all):
        return []
    return [reason(ReasonKind.CONDITION, Level.WEAKER, "", "有需要", "新增条件：有需要")
            for g in _groups_named(other_text) if _NEED_ONLY.fullmatch(_own(g.mods, g.parents))
            and any(found_share(_canon(g.act, markers), a) >= 0.6 for m, a, p in base_groups
                    if p == g.parents and not _own(m, p))][:1]


_NEED_ONLY = lazy(r"有需要|有需求|确有需要")


def _own(mods: str, parents: bool) -> str:
    """A group's own modifiers: of parents, less the children whose parents they are (有需求、流动儿童 → 有需求)."""
    return "、".join(m for m in mods.split("、") if not (parents and m in ("流动儿童", "随迁子女", "儿童")))
