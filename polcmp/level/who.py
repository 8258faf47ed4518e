"""Who a row reaches, as a policy reader compares it: the 服务对象 read as conditions + groups (持有本市居住证、
就读本地学校的流动儿童: two conditions on one group, not three groups); a modifier that only describes
migrant children (随迁子女, （不具有本市户籍）, 来本市务工人员的) is no condition; ages. Conditions written inside
the content (为…的流动儿童) are served.py's. Each function returns reasons quoting both sides."""

from __future__ import annotations

import re
from functools import lru_cache

from ..results import Level, ReasonKind
from .ages import _age_cap_added, stage_narrowed
from .markers import LevelMarkers, LevelReason, reason
from .novelty import _new_words
from .options import _ALTERNATIVE
from .schools import one_venue_list, studies_at, without_venues
from .text import (
    GLOSS,
    _canon,
    _core,
    _number_reasons,
    _short,
    found_share,
    lazy,
    normalize_numbers,
)

# ---------------------------------------------------------------- who: conditions and groups

_PAREN = lazy(r"（([^（）]{1,30})）|\(([^()]{1,30})\)")
# (14岁及以上 is one bound; 一、二年级 one list of grades of one group, one condition)
_GRADES_FOLLOW = r"(?!第?[一二三四五六\d](?:、第?[一二三四五六\d])*(?:年级|学年))"
_SPLIT_CONDITIONS = lazy(rf"、{_GRADES_FOLLOW}|[，,]|且|并且|并(?=[^列])")
_SPLIT_GROUPS = lazy(rf"、{_GRADES_FOLLOW}|和|及(?!以[上下])|与|以及")
_CHOSEN_FROM = lazy(r"的[^，；。的、]{0,8}(?:儿童|学生|子女|家庭)中(?=[^，；。的、])")
_SELECTED_FROM = lazy(r"的[^，；。的]{0,8}(?:儿童|学生|子女|家庭)中$")


def _same_words(condition: str, target: str) -> bool:
    """A condition whose characters the base's 服务对象 already holds, in another order (诊断明确 and
    已明确诊断)."""
    chars = set(_core(condition))
    return bool(chars) and len(chars & set(_core(target))) >= 0.75 * len(chars)




def _further(mods: str) -> set[str]:
    """Phrases joined to a group's modifiers by 且/并且 (家庭经济困难且在校寄宿的): each a further requirement."""
    return {p.strip() for p in re.split(r"且|并且", mods)[1:] if p.strip()}


# an age bound every child meets (未满18周岁的流动儿童, 0-17岁): what 儿童 means, no condition
_EVERY_MINOR = lazy(r"^(?:0\s*[-—－~至到]\s*)?(?:未满|不满|未达|不足)?(?:18|十八)周?岁(?:以下|以内)?$"
                    r"|^0\s*[-—－~至到]\s*17周?岁$")


def _describes_only(phrase: str, describes: re.Pattern) -> bool:
    """Words that say who migrant children are (mappings/levels.toml `describes`) rather than what they must
    hold: such a modifier adds no condition (在本市居住满1年 does: a number is a requirement)."""
    if _EVERY_MINOR.match(phrase.strip()):
        return True
    return bool(describes.search(phrase)) \
        and not _REQUIRES.search(phrase)


# what only a requirement says: a length of time (满1年, 半年以上), a paper held or paid for, a local 户籍
_REQUIRES = lazy(r"满|\d|半年|以上|持有?|缴纳|合法稳定|登记|已|取得|证明|(?<!非)(?<!不具有)(?:本|我)[省市县区]户籍")


# a need, in any of its words (有需求的, 确有需要的): a condition when it narrows the 服务对象 (in the content a
# row names those in need in so many ways that it is read as no condition)
_NEED = lazy(r"确有需要|有需求|有需要")
# (or the age one service is for, said in a bracket: 0-6岁流动儿童（托育服务面向其中3岁以下儿童）)
_AGE_ONLY = lazy(r"(?:[^，；。（）]{2,8}?(?:面向|针对|限于?|适用于)(?:其中)?)?(?:未满|不满)?\d+(?:-\d+)?岁(?:以下|以上)?的?"
                 r"(?:儿童|幼儿)?")


def target_parts(target: str, markers: LevelMarkers) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(conditions, groups) of a 服务对象: the phrases before its last 的 that require something
    (mappings/levels.toml `requirement`), and the groups named after it. 流动儿童中的孤儿、… selects groups
    (…中的), it adds no condition."""
    return _target_parts(target, markers.pattern_of("describes"), markers.pattern_of("requirement"))


@lru_cache(maxsize=4096)
def _target_parts(target: str, describes: re.Pattern, requirement: re.Pattern
                  ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    text = GLOSS.sub("", normalize_numbers(target.strip()))  # （指…的未成年人） says what 流动儿童 means
    conditions = _bracketed_conditions(text, describes, requirement)
    text = _PAREN.sub("", text)
    first, *joined = _JOINED_GROUP.split(text)
    if joined:  # …的流动儿童，以及持证残疾的流动儿童: a whole group more, its 的 no condition on the first
        conditions_of_first, groups = _target_parts(first, describes, requirement)
        return (*conditions, *conditions_of_first), (*groups, *(g.strip() for g in joined))
    mods, _, head = _last_modifier(text)
    mods = one_venue_list(mods)
    # those chosen from a group with its own condition (持本市居住证的流动儿童中诊断明确、…的): two conditions
    mods = _CHOSEN_FROM.sub("、", mods)
    further = _further(mods)
    for phrase in _SPLIT_CONDITIONS.split(mods):
        phrase = phrase.strip()
        if phrase in further:  # joined by 且: a further requirement whatever its words
            conditions.append(phrase)
            continue
        phrase = _SELECTED_FROM.sub("", phrase)  # 持有本县居住证的流动儿童中: a condition on those chosen from
        if _NEED.fullmatch(phrase):  # 有需要的流动儿童: those found to need it, not every child of the group
            conditions.append("有需要")
            continue
        if not phrase or phrase.endswith("中") or _describes_only(phrase, describes) or not requirement.search(phrase):
            continue
        conditions.append(phrase)
    groups = tuple(g for g in (x.strip() for x in _SPLIT_GROUPS.split(head)) if len(_core(g)) >= 2)
    return tuple(conditions), groups


def _bracketed_conditions(text: str, describes: re.Pattern, requirement: re.Pattern) -> list[str]:
    """A parenthesis that names a requirement is a condition; （含技工教育） widens, （非本市户籍） describes."""
    return [inner for hit in _PAREN.finditer(text) if (inner := hit.group(1) or hit.group(2))
            and not inner.startswith(("含", "包括", "包含")) and not _describes_only(inner, describes)
            and requirement.search(inner) and not _defines_the_group(inner, describes)]


# the group a bracket defines (（…居住的未满18周岁儿童）): children, of any age a child has
_DEFINED = lazy(r"^(?:(?:未满|不满)18岁(?:以下)?的?)?(?:儿童|未成年人|子女|少年儿童)$")


def _defines_the_group(inner: str, describes: re.Pattern) -> bool:
    """A bracket that says who the group is, each of its words only describing migrant children (流动儿童（非本市户籍、
    随父母或者其他监护人在本市居住的未满18周岁儿童）): a definition, no condition."""
    mods, _, head = inner.rpartition("的")
    return bool(mods) and bool(_DEFINED.match(head)) \
        and all(_describes_only(x, describes) for x in _SPLIT_CONDITIONS.split(mods) if x.strip())


_GROUP_END = lazy(r"(?:儿童|孤儿|学生|子女|少年|人员|家庭)$")
_MIGRANT_ONLY = lazy(r"(?:流动|随迁)?(?:儿童|子女)")
# a whole group phrase joined after another (…的流动儿童，以及持证残疾的流动儿童; …的儿童和…的儿童)
_JOINED_GROUP = lazy(r"(?<=儿童|孤儿|学生|子女|少年|人员|家庭)(?:[，,；;]\s*(?:以及|及|和|与)?|以及|和|与)"
                     r"(?=[^，,；;。]{1,30}?的[^，,；;。的]{0,8}(?:儿童|孤儿|学生|子女|少年|人员|家庭)$)")


def _last_modifier(text: str) -> tuple[str, str, str]:
    """(modifiers, 的, groups) of a 服务对象. A 的 inside the last of several groups (孤儿、事实无人抚养儿童、
    感染艾滋病病毒的儿童) describes that group alone: the groups are all of it, and nothing is required."""
    selection, chosen, rest = text.rpartition("中的")
    # (孤儿、事实无人抚养儿童中的流动儿童: the groups named first, said the other way round)
    if chosen and _MIGRANT_ONLY.fullmatch(_core(rest)) and all(_GROUP_END.search(x) for x in _SPLIT_GROUPS.split(selection)):
        return "", "", selection
    items = _SPLIT_GROUPS.split(rest if chosen else text)
    if len(items) >= 2 and "的" in items[-1] and not any("的" in x for x in items[:-1]) \
            and _GROUP_END.search(items[-2]):
        return (selection, chosen, rest) if chosen else ("", "", text)
    if "的" not in text:  # (a school named before the group, 本市公办中等职业学校在校流动儿童: its pupils)
        school = _SCHOOL_BEFORE.match(text)
        if school:
            return school.group(1), "的", school.group(2)
    return text.rpartition("的")


_SCHOOL_BEFORE = lazy(r"^([^，；。、]{2,20}?(?:学校|幼儿园|中职|高中)(?:在校|在读|在园)?)"
                      r"((?:流动|随迁)?(?:儿童|学生|子女|幼儿|在校生))$")


def target_reasons(base: str, other: str, base_text: str, other_text: str, markers: LevelMarkers
                   ) -> list[LevelReason]:
    """Conditions added to (weaker) or removed from (stronger) the group, and groups added or dropped.
    A condition is new when neither the base's 服务对象 nor its content says it (in any words the
    lexicon knows); removed only when the other side names no condition of its own in its place."""
    base, other = GLOSS.sub("", base), GLOSS.sub("", other)
    if chosen := _chosen_among(base, other, base_text, other_text, markers):
        return chosen
    return [*_age_and_widening(base, other, markers), *_condition_changes(base, other, base_text, other_text, markers),
            *_alternative_groups(base, other), *_alternative_circumstances(base, other),
            *_group_count(base, other, markers, (base_text, other_text)), *_bare_limits(base, other, markers),
            *stage_narrowed(base, other), *_limited_groups(base, other, base_text, other_text, markers)]


# those of a group chosen from it (困境流动儿童中的低保、特困家庭儿童): a group named, then some of it
_AMONG = lazy(r"^(.{2,16}?(?:儿童|学生|子女|家庭|幼儿))(?:之|当)?中的?(.{2,24})$")


def _chosen_among(base: str, other: str, base_text: str, other_text: str, markers: LevelMarkers) -> list[LevelReason]:
    """A 服务对象 that is the other's group with some chosen from it (困境流动儿童 → 困境流动儿童中的低保、特困家庭儿童):
    narrowed to those, or, the other way round, widened to all of it; unless the whole group's row names those in
    its content (流动儿童中的残疾儿童 → 流动儿童, 为…残疾儿童提供…: moved, not widened)."""
    for one, whole, text, direction in ((other, base, base_text, Level.WEAKER), (base, other, other_text, Level.STRONGER)):
        among = _AMONG.match(one)
        if among and _core(among.group(1)) == _core(whole) and not _AMONG.match(whole) \
                and found_share(_canon(among.group(2), markers), _canon(text, markers)) < 0.6:
            word, chosen = "缩小" if direction is Level.WEAKER else "扩大", f"{among.group(1)}中的{among.group(2)}"
            return [reason(ReasonKind.SCOPE, direction, base, other, f"服务对象{word}：{chosen}")]
    return []


def _limited_groups(base: str, other: str, base_text: str, other_text: str, markers: LevelMarkers
                    ) -> list[LevelReason]:
    """A 服务对象 kept to part of its group by a narrowing word (mappings/levels.toml `narrow`: 一、二年级, 仅)
    the other row says nowhere: narrowed (weaker); the limit gone from the other: widened."""
    return [reason(ReasonKind.SCOPE, direction, base, other, f"服务对象{word}：{words}")
            for one, against, direction, word in ((other, "；".join((base, base_text)), Level.WEAKER, "缩小"),
                                                  (base, "；".join((other, other_text)), Level.STRONGER, "扩大"))
            for words in _new_words(markers.narrow, one, against)]


# a limit written bare before the group (在校流动儿童, 寄宿学生): who must be where
_BARE_LIMIT = lazy(r"^(?:在校|在园|在读|寄宿|住校)+$")
_AT_SCHOOL_ONLY = lazy(r"^(?:在校|在园|在读)+$")


def _bare_limits(base: str, other: str, markers: LevelMarkers) -> list[LevelReason]:
    """A group of one 服务对象 that is the other's with a limit before it (流动儿童 → 在校流动儿童): narrowed,
    or, the other way round, widened."""
    bg, og = target_parts(base, markers)[1], target_parts(other, markers)[1]
    out = []
    for wide, narrow, direction, wide_text in ((bg, og, Level.WEAKER, base), (og, bg, Level.STRONGER, other)):
        for g in narrow:
            # (a group named beside the wide one, 流动儿童、持证残疾的流动儿童, limits nothing)
            limit = next((g[: -len(w)] for w in wide if g.endswith(w) and len(g) > len(w) and w not in narrow), "")
            if _AT_SCHOOL_ONLY.match(limit) and studies_at(wide_text):
                continue  # (在园在校 said again as 在幼儿园、中小学就读的)
            if _BARE_LIMIT.match(limit) or (limit and markers.pattern_of("requirement").search(limit)
                                            and not re.search(r"\d|岁", limit)
                                            and not _describes_only(limit, markers.pattern_of("describes"))):
                word = "缩小" if direction is Level.WEAKER else "扩大"
                out.append(reason(ReasonKind.SCOPE, direction, "、".join(bg), "、".join(og), f"服务对象{word}：{limit}"))
    return out


def _condition_changes(base: str, other: str, base_text: str, other_text: str, markers: LevelMarkers
                       ) -> list[LevelReason]:
    bc, oc = target_parts(base, markers)[0], target_parts(other, markers)[0]
    base_all = _canon(without_venues(_NEED.sub("有需要", "；".join((base, base_text)))), markers)
    other_all = _canon(without_venues(_NEED.sub("有需要", "；".join((other, other_text)))), markers)
    added = [c for c in oc if found_share(_canon(without_venues(c), markers), base_all) < 0.6
             and not _implied(c, base_all, markers) and not _one_option_kept(c, base_all, markers)
             and not _same_words(c, base) and not _reworded_modifier(c, base, other, markers)
             and not _AGE_ONLY.fullmatch(normalize_numbers(c))]  # (an age is compared as one: ages.py)
    if added:
        return [reason(ReasonKind.CONDITION, Level.WEAKER,
                       "", c, f"新增条件：{c}（服务对象：{_short(other, 30)}）") for c in added]
    return [reason(ReasonKind.CONDITION, Level.STRONGER,
                   c, "", f"取消条件：{c}（服务对象：{_short(other, 30)}）") for c in bc
            if found_share(_canon(without_venues(c), markers), other_all) < 0.6
            and not _AGE_ONLY.fullmatch(normalize_numbers(c))
            and not _reworded_modifier(c, other, base, markers) and not _one_option_kept(c, other_all, markers)]


_OPENS_OPTIONS = lazy(r"^.*?(?:符合|具有|持有|持)")
_GUARDIAN = lazy(r"(?:其他)?(?:监护人|父母|家长|亲属)")


def _alternative_groups(base: str, other: str) -> list[LevelReason]:
    """A group offered as an alternative (…或…) one 服务对象 names and the other does not (户籍地或本市 → 户籍地)."""
    out = [reason(ReasonKind.SCOPE, Level.STRONGER,
                  "", option, f"服务对象扩大：或{option}") for option in _options(other, base)]
    return out + [reason(ReasonKind.SCOPE, Level.WEAKER,
                         option, "", f"服务对象缩小：不再含{option}") for option in _options(base, other)]


def _alternative_circumstances(base: str, other: str) -> list[LevelReason]:
    """Circumstances any one of which qualifies (监护缺失、监护不当或遭受侵害的): one the other 服务对象 drops narrows
    who is served, one it adds widens it."""
    bc, oc = _circumstances(base), _circumstances(other)
    if not bc or not oc:
        return []
    return [reason(ReasonKind.SCOPE, Level.WEAKER, x, "", f"服务对象缩小：不再含{x}") for x in bc if x not in oc] + \
        [reason(ReasonKind.SCOPE, Level.STRONGER, "", x, f"服务对象扩大：新增{x}") for x in oc if x not in bc]


def _circumstances(target: str) -> list[str]:
    mods = target.rpartition("的")[0]
    parts = [_core(x) for x in re.split(r"或者|或|、", mods)] if _ALTERNATIVE.search(mods) else []
    # (a quantity among them, 身高1.3米以下, is the numbers' to compare)
    return parts if len(parts) >= 2 and all(2 <= len(x) <= 8 and not re.search(r"\d|岁", x) for x in parts) else []


def _options(target: str, against: str) -> list[str]:
    out = []
    parts = _ALTERNATIVE.split(target) if not _ALTERNATIVE.search(against) else []
    for k, option in enumerate(parts if len(parts) > 1 else ()):
        # the first option follows the verb that opens the phrase (符合本市或户籍地…条件的)
        if k == 0 and not _OPENS_OPTIONS.search(option):
            continue
        option = re.split(r"的|特困|条件", _OPENS_OPTIONS.sub("", option) if k == 0 else option)[0]
        if k == 0 and len(_core(option)) > 6:
            continue
        # 跟随父母或其他监护人…: who the child lives with, not another group of children
        if len(_core(option)) >= 2 and option not in against and not _GUARDIAN.match(option):
            out.append(option)
    return out


def _group_count(base: str, other: str, markers: LevelMarkers, contents: tuple[str, str] = ("", "")
                 ) -> list[LevelReason]:
    """More or fewer groups named after the 服务对象's last 的 (孤儿、事实无人抚养儿童 …). A group the other
    row's 服务对象 adds that the base row's content already serves (其父母, where the base gives 为流动儿童父母
    提供…) is no group added; one it drops that its content still serves is not lost."""
    # (read with equivalent words as one: 感染艾滋病病毒的儿童 is one group, 艾滋病病毒感染儿童)
    bg = target_parts(_canon(base, markers, lexicon=False), markers)[1]
    og = target_parts(_canon(other, markers, lexicon=False), markers)[1]
    if len(og) == len(bg) or not bg or not og:
        return []
    new = [g for g in og if _not_among(g, bg, og, markers) and not _served(g, contents[0], markers)]
    lost = [g for g in bg if _not_among(g, og, bg, markers) and not _served(g, contents[1], markers)]
    if len(og) > len(bg) and new:
        return [reason(ReasonKind.SCOPE, Level.STRONGER, "、".join(bg), "、".join(og),
                       f"服务对象 {len(bg)} → {len(og)} 类：新增{'、'.join(new)}")]
    if len(og) < len(bg) and lost:
        return [reason(ReasonKind.SCOPE, Level.WEAKER, "、".join(bg), "、".join(og),
                       f"服务对象 {len(bg)} → {len(og)} 类：未含{'、'.join(lost)}")]
    return []


def _not_among(group: str, groups: tuple[str, ...], its_own: tuple[str, ...], markers: LevelMarkers) -> bool:
    """The group is none of `groups` (its own side names `its_own`): its words are not theirs, or it is named
    beside one of them that it ends with (残疾儿童及疑似残疾儿童: another group, whatever words it shares)."""
    beside = group not in groups and any(group.endswith(g) and len(group) > len(g) and g in its_own for g in groups)
    return beside or found_share(_canon(group, markers), _canon("、".join(groups), markers)) < 0.6


def _served(group: str, content: str, markers: LevelMarkers) -> bool:
    """The content gives something to the group (为流动儿童父母提供… serves 其父母, and 其家庭: the parents are the
    family served)."""
    name = _canon(re.sub(r"^(?:其|及其|和其)", "", group), markers)
    names = "|".join(map(re.escape, (name, "父母", "家长", "监护人") if name == "家庭" else (name,)))
    served = re.search(f"(?:为|向|对|给)[^，；。]{{0,8}}(?:{names})", _canon(content, markers))
    return len(name) >= 2 and served is not None


def _one_option_kept(condition: str, base_all: str, markers: LevelMarkers) -> bool:
    """One side's condition with another way to meet it (持有本市居住证或居住登记凭证 for 持有本市居住证): eased or
    tightened, not added or removed (the option gained or lost is read as such)."""
    options = _ALTERNATIVE.split(condition)
    return len(options) > 1 and any(len(_core(x)) >= 3 and found_share(_canon(x, markers), base_all) >= 0.8
                                    for x in options)


def _modifiers(target: str) -> list[str]:
    """Every phrase before a 服务对象's last 的 (诊断明确、在家居住 of …在家居住的严重精神障碍患者)."""
    mods = _PAREN.sub("", normalize_numbers(target)).rpartition("的")[0]
    return [p for p in (x.strip() for x in _SPLIT_CONDITIONS.split(mods.split("中")[-1])) if len(_core(p)) >= 2]


def _reworded_modifier(condition: str, base: str, other: str, markers: LevelMarkers) -> bool:
    """A modifier of the other 服务对象 that restates one of the base's in other words (在家居住 →
    居家生活, 诊断明确 → 确诊): no more modifiers than the base has, one of the base's no longer said and
    sharing half its characters, and no condition word (居住证, 社保, 户籍 …) the base lacks."""
    base_mods, other_mods = _modifiers(base), _modifiers(other)
    if not base_mods or len(other_mods) > len(base_mods):
        return False
    if any(m.pattern.search(condition) and not m.pattern.search(base) for m in markers.conditions):
        return False
    # (本市公办中等职业学校在校 for 中等职业教育阶段: a stage requires nothing; numbers are the number rules')
    required = [hit.group() for hit in markers.pattern_of("requirement").finditer(re.sub(r"[\d.]+", "", condition))]
    if required and not markers.pattern_of("requirement").search(base) and all(found_share(w, base) < 0.5 for w in required):
        return False
    chars = set(_core(condition))
    for mod in base_mods:
        if mod in other:
            continue
        shared = chars & set(_core(mod))
        if len(shared) >= 2 and len(shared) >= 0.5 * min(len(chars), len(set(_core(mod)))):
            return True
    return False


def _age_and_widening(base: str, other: str, markers: LevelMarkers) -> list[LevelReason]:
    numbered = normalize_numbers(base), normalize_numbers(other)
    out = _number_reasons(markers.numbers, *numbered) + _age_cap_added(*numbered)
    describes = markers.pattern_of("describes")
    for m in markers.widen:
        hit, had = m.pattern.search(other), m.pattern.search(base)
        if (hit and _describes_only(hit.group(), describes)) or (had and _describes_only(had.group(), describes)):
            continue  # （含非本市户籍） says who migrant children are: no group added or lost
        if hit and not had:
            out.append(reason(ReasonKind.SCOPE, Level.STRONGER, base, other, f"服务对象扩大：{hit.group()}"))
        elif had and not hit:
            out.append(reason(ReasonKind.SCOPE, Level.WEAKER, base, other, f"服务对象缩小：不再含{had.group()}"))
    return out


# enrolled at a school, of no place or kind in particular (在中职学校就读, 就读中等职业学校; not 在本市…, 在公办…)
_ENROLLED = lazy(r"^在[^，；。本我当公]{0,8}(?:学校|中职|高中|幼儿园|园|校)(?:就读|在读|学习)$"
                 r"|^(?:就读|在读|就学)于?[^，；。本我当公]{0,8}(?:学校|中职|高中|幼儿园)$")


def _implied(phrase: str, base: str, markers: LevelMarkers) -> bool:
    """A condition the base row already implies (在本地学校就读 in a row about schooling); a length of time
    (就读满1学年) is a requirement beyond it."""
    if re.search(r"满|\d", phrase):
        return False
    # (a school named as one venue among others, 在…以及学校、幼儿园等场所开展, makes no school row)
    # (在中职学校就读, in a school row: not one of 家庭教育)
    if _ENROLLED.match(phrase) and re.search(r"(?<!家庭)教育|就读|在校|在园|在读|入学|入园", base):
        return True
    # every condition the phrase names (在本省公办中等职业学校就读: 在本地就读 is implied, 公办 is not)
    named = [m for m in markers.conditions if m.pattern.search(phrase)]
    return bool(named) and all(m.implied_by and m.implied_by.search(base) for m in named)
