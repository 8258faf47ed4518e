"""The parts of a row a policy reader compares beyond its wording:

  who      the 服务对象 read as conditions + groups (持有本市居住证、就读本地学校的流动儿童: two conditions on
           one group, not three groups); a modifier that only describes migrant children (随迁子女,
           （不具有本市户籍）, 来本市务工人员的) is no condition
  how soon deadlines (5个工作日内办结, 当日办结) in days: a longer one is weaker, a new one stronger
  how often frequencies (每季度, 每年2次) as times a year: fewer is weaker
  how much amounts with their period (每人每月300元 = 3,600 a year) and caps (最高不超过2000元): less or a new
           cap is weaker
  what     items listed in an enumeration (A、B和C等) that the other side adds

Each function returns reasons (polcmp.results.LevelReason) quoting both sides; the words are read, never
the row's position."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .markers import LevelMarkers, LevelReason, reason
from .text import (
    _ENUM,
    _SERVICE_NOUN,
    _canon,
    _core,
    _fmt,
    _number_reasons,
    _quantities,
    _short,
    found_share,
    lazy,
    normalize_numbers,
)

# ---------------------------------------------------------------- who: conditions and groups

_PAREN = lazy(r"（([^（）]{1,30})）|\(([^()]{1,30})\)")
_SPLIT_CONDITIONS = lazy(r"[、，,]|且|并且|并(?=[^列])")
_SPLIT_GROUPS = lazy(r"[、]|和|及|与|以及")


def _same_words(condition: str, target: str) -> bool:
    """A condition whose characters the base's 服务对象 already holds, in another order (诊断明确 and
    已明确诊断)."""
    chars = set(_core(condition))
    return bool(chars) and len(chars & set(_core(target))) >= 0.75 * len(chars)


def _further(mods: str) -> set[str]:
    """Phrases joined to a group's modifiers by 且/并且 (家庭经济困难且在校寄宿的): each a further requirement."""
    return {p.strip() for p in re.split(r"且|并且", mods)[1:] if p.strip()}


def _describes_only(phrase: str, describes: re.Pattern) -> bool:
    """Words that say who migrant children are (mappings/levels.toml `describes`) rather than what they must
    hold: such a modifier adds no condition (在本市居住满1年 does: a number is a requirement)."""
    return bool(describes.search(phrase)) and not re.search(r"满|\d|持有?|缴纳|合法稳定", phrase)


def target_parts(target: str, markers: LevelMarkers) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(conditions, groups) of a 服务对象: the phrases before its last 的 that require something
    (mappings/levels.toml `requirement`), and the groups named after it. 流动儿童中的孤儿、… selects groups
    (…中的), it adds no condition."""
    return _target_parts(target, markers.pattern_of("describes"), markers.pattern_of("requirement"))


@lru_cache(maxsize=4096)
def _target_parts(target: str, describes: re.Pattern, requirement: re.Pattern
                  ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    text = normalize_numbers(target.strip())
    conditions: list[str] = []
    for hit in _PAREN.finditer(text):
        inner = hit.group(1) or hit.group(2)
        # （含技工教育）widens; a parenthesis that names a requirement is a condition
        if not inner.startswith(("含", "包括", "包含")) and not _describes_only(inner, describes) \
                and requirement.search(inner):
            conditions.append(inner)
    text = _PAREN.sub("", text)
    mods, _, head = text.rpartition("的")
    further = _further(mods)
    for phrase in _SPLIT_CONDITIONS.split(mods):
        phrase = phrase.strip()
        if phrase in further:  # joined by 且: a further requirement whatever its words
            conditions.append(phrase)
            continue
        if not phrase or phrase.endswith("中") or _describes_only(phrase, describes) or not requirement.search(phrase):
            continue
        conditions.append(phrase)
    groups = tuple(g for g in (x.strip() for x in _SPLIT_GROUPS.split(head)) if len(_core(g)) >= 2)
    return tuple(conditions), groups


def target_reasons(base: str, other: str, base_text: str, other_text: str, markers: LevelMarkers
                   ) -> list[LevelReason]:
    """Conditions added to (weaker) or removed from (stronger) the group, and groups added or dropped.
    A condition is new when neither the base's 服务对象 nor its content says it (in any words the
    lexicon knows); removed only when the other side names no condition of its own in its place."""
    bc, bg = target_parts(base, markers)
    oc, og = target_parts(other, markers)
    out = _age_and_widening(base, other, markers)
    base_all = _canon("；".join((base, base_text)), markers)
    other_all = _canon("；".join((other, other_text)), markers)
    added = [c for c in oc if found_share(_canon(c, markers), base_all) < 0.6 and not _implied(c, base_all, markers)
             and not _same_words(c, base) and not _reworded_modifier(c, base, other, markers)]
    for c in added:
        out.append(reason("condition", "weaker", "", c, f"新增条件：{c}（服务对象：{_short(other, 30)}）"))
    if not added:
        for c in bc:
            if found_share(_canon(c, markers), other_all) < 0.6 and not _reworded_modifier(c, other, base, markers):
                out.append(reason("condition", "stronger", c, "", f"取消条件：{c}（服务对象：{_short(other, 30)}）"))
    for option in _ALTERNATIVE.split(other)[1:] if not _ALTERNATIVE.search(base) else ():
        option = re.split(r"的|特困|条件", option)[0]
        if len(_core(option)) >= 2 and option not in base:
            out.append(reason("scope", "stronger", "", option, f"服务对象扩大：或{option}"))
    if len(og) != len(bg) and bg and og:
        new = [g for g in og if found_share(_canon(g, markers), _canon("、".join(bg), markers)) < 0.6]
        lost = [g for g in bg if found_share(_canon(g, markers), _canon("、".join(og), markers)) < 0.6]
        if len(og) > len(bg) and new:
            out.append(reason("scope", "stronger", "、".join(bg), "、".join(og),
                              f"服务对象 {len(bg)} → {len(og)} 类：新增{'、'.join(new)}"))
        elif len(og) < len(bg) and lost:
            out.append(reason("scope", "weaker", "、".join(bg), "、".join(og),
                              f"服务对象 {len(bg)} → {len(og)} 类：未含{'、'.join(lost)}"))
    return out


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
    chars = set(_core(condition))
    for mod in base_mods:
        if mod in other:
            continue
        shared = chars & set(_core(mod))
        if len(shared) >= 2 and len(shared) >= 0.5 * min(len(chars), len(set(_core(mod)))):
            return True
    return False


def content_age_reasons(base_all: str, base_text: str, other_text: str, markers: LevelMarkers
                        ) -> list[LevelReason]:
    """An age range the other row's content gives (托育服务面向2-3岁流动儿童) against the ranges the base row
    names anywhere (its 服务对象 0-6岁, its 服务项目 （3岁以下）): inside one of them and narrower is weaker,
    wider than every one of them stronger. Ranges the base content itself gives are compared clause by clause."""
    out: list[LevelReason] = []
    for unit in (u for u in markers.numbers if u.kind == "age"):
        base_ranges = {q[:2] for q in _quantities(unit, normalize_numbers(base_all))}
        said = {q[:2] for q in _quantities(unit, normalize_numbers(base_text))}
        for q in _quantities(unit, normalize_numbers(other_text)):
            low, high = q[:2]
            if not base_ranges or (low, high) in base_ranges or (low, high) in said:
                continue
            words = _fmt(q, unit)
            if any(b_low <= low and high <= b_high for b_low, b_high in base_ranges):
                out.append(reason("number", "weaker", "", words, f"年龄范围缩小：{words}"))
            elif all(low <= b_low and b_high <= high for b_low, b_high in base_ranges):
                out.append(reason("number", "stronger", "", words, f"年龄范围扩大：{words}"))
    return out


def _age_and_widening(base: str, other: str, markers: LevelMarkers) -> list[LevelReason]:
    out = _number_reasons(markers.numbers, normalize_numbers(base), normalize_numbers(other))
    describes = markers.pattern_of("describes")
    for m in markers.widen:
        hit, had = m.pattern.search(other), m.pattern.search(base)
        if (hit and _describes_only(hit.group(), describes)) or (had and _describes_only(had.group(), describes)):
            continue  # （含非本市户籍） says who migrant children are: no group added or lost
        if hit and not had:
            out.append(reason("scope", "stronger", base, other, f"服务对象扩大：{hit.group()}"))
        elif had and not hit:
            out.append(reason("scope", "weaker", base, other, f"服务对象缩小：不再含{had.group()}"))
    return out


# ---------------------------------------------------------------- how soon, how often, how much

_DEADLINE = lazy(r"(?<![满续\d])(\d+(?:\.\d+)?)(个工作日|工作日|个自然日|自然日|天|日|小时|个月|周)(?:内|之内|以内)")
_DEADLINE_UNIT = {"个工作日": 1.4, "工作日": 1.4, "个自然日": 1.0, "自然日": 1.0, "天": 1.0, "日": 1.0,
                  "小时": 1 / 24, "个月": 30.0, "周": 7.0}
_AT_ONCE = lazy(r"当日|当天|即时|立即|随到随办|即来即办|即办|马上")
_DONE = lazy(r"(?:当日|当天|即时|立即)(?:办结|办理|受理|完成|结算|到账|发放|处置)")
_PERIOD = {"年": 1, "学年": 1, "学期": 2, "半年": 2, "季度": 4, "季": 4, "月": 12, "周": 52, "两年": 0.5}
_FREQUENCY_COUNT = lazy(r"每(两年|学年|学期|半年|季度|季|年|月|周)(?:至少|不少于)?[^，；。\d元]{0,20}?(\d+)(?:次|场|期|轮)")
# a period alone is a frequency only before something done again (每月300元 is an amount's period)
_FREQUENCY = lazy(r"每(两年|学年|学期|半年|季度|季|年|月|周)(?:至少|不少于)?(?:开展|组织|进行|安排)?"
                        r"(?:一次|走访|探访|随访|回访|家访|筛查|体检|评估|巡访|联系|入户|上门|监测|排查|调查)")
_PER_YEAR = lazy(r"(\d+)(?:年|学年)(\d+)(?:次|场|期|轮)")
_AMOUNT = lazy(r"(?P<cap>最高(?:不超过)?|不超过|上限为?|最多)?(?P<n>\d+(?:\.\d+)?)(?P<wan>万)?元(?P<post>以内|以下)?")
_AMOUNT_PERIOD = lazy(r"每(?:人|生|户|名)?每?(年|学年|学期|半年|季度|月)")


def _days(text: str) -> float | None:
    hit = _DEADLINE.search(text)
    if hit:
        return float(hit.group(1)) * _DEADLINE_UNIT[hit.group(2)]
    return 0.0 if _AT_ONCE.search(text) else None


def _per_year(text: str) -> float | None:
    hit = _PER_YEAR.search(text)
    if hit:
        return int(hit.group(2)) / int(hit.group(1))
    hit = _FREQUENCY_COUNT.search(text)
    if hit:
        return _PERIOD[hit.group(1)] * int(hit.group(2))
    hit = _FREQUENCY.search(text)
    return float(_PERIOD[hit.group(1)]) if hit else None


def per_period(text: str) -> bool:
    """The text gives how often per period (每学期1次, 2年1次)."""
    return _per_year(text) is not None


def _amounts(text: str) -> list[tuple[float, bool]]:
    """(yearly amount, is a cap) of each sum of money: 每月300元 is 3,600 a year."""
    out = []
    for hit in _AMOUNT.finditer(text):
        value = float(hit.group("n")) * (10_000 if hit.group("wan") else 1)
        period = _AMOUNT_PERIOD.search(text[max(0, hit.start() - 12): hit.start()])
        value *= _PERIOD.get(period.group(1), 1) if period else 1
        out.append((value, bool(hit.group("cap") or hit.group("post"))))
    return out


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:.1f}"


def quantity_reasons(b: str, o: str) -> list[LevelReason]:
    """Deadlines, frequencies and amounts of two segments that say the same thing, compared in the
    direction that favours the child."""
    out: list[LevelReason] = []
    db, do = _days(b), _days(o)
    if db is not None and do is None and not _DEADLINE.search(o) and not _AT_ONCE.search(o):
        out.append(reason("number", "weaker", _deadline_words(b), "", f"不再写明时限：{_deadline_words(b)}"))
    if db is not None and do is not None and db != do:
        longer = do > db
        out.append(reason("number", "weaker" if longer else "stronger", _deadline_words(b), _deadline_words(o),
                          f"办理时限 {_deadline_words(b)} → {_deadline_words(o)}：{'时限延长' if longer else '时限缩短'}"))
    fb, fo = _per_year(b), _per_year(o)
    if fb is not None and fo is not None and fb != fo:
        fewer = fo < fb
        wb, wo = _frequency_words(b), _frequency_words(o)
        out.append(reason("number", "weaker" if fewer else "stronger", wb, wo,
                          f"频次 {wb} → {wo}：{'频次降低' if fewer else '频次提高'}"))
    elif fo is not None and fb is None:
        out.append(reason("number", "stronger", "", _frequency_words(o), f"新增频次：{_frequency_words(o)}"))
    if db is None and do is not None and (_DEADLINE.search(o) or _DONE.search(o)) and not limits(o):
        out.append(reason("number", "stronger", "", _deadline_words(o), f"新增办理时限：{_deadline_words(o)}"))
    new_floors = [f for f in _floors(o) if f not in _floors(b)]
    if new_floors and set(_floors(b)) <= set(_floors(o)):
        words = "、".join(f"不少于{_num(v)}{u}" for v, u in new_floors)
        out.append(reason("number", "stronger", "", words, f"新增下限：{words}"))
    cap = _CAP.search(o)
    if cap and not _CAP.search(b) and not _DONE_BY.search(o):
        out.append(reason("number", "weaker", "", cap.group(), f"新增上限：{cap.group()}"))
    ab, ao = _amounts(b), _amounts(o)
    if ab and ao:
        (vb, cb), (vo, co) = ab[0], ao[0]
        wb, wo = _money_words(b), _money_words(o)
        if vb != vo:
            out.append(reason("number", "weaker" if vo < vb else "stronger", wb, wo,
                              f"金额 {wb} → {wo}：{'标准降低' if vo < vb else '标准提高'}"))
        elif co and not cb:
            out.append(reason("number", "weaker", wb, wo, f"金额 {wb} → {wo}：改为上限"))
    elif ao and not ab:
        # a sum where the base names none: a standard promised, unless it is only a cap
        wo = _money_words(o)
        if ao[0][1]:
            out.append(reason("number", "weaker", "", wo, f"新增上限：{wo}"))
        else:
            out.append(reason("number", "stronger", "", wo, f"新增金额标准：{wo}"))
    return out


_FLOOR = lazy(r"(?:不少于|至少|不低于)(\d+(?:\.\d+)?)(周|天|日|小时|课时|学时|个月|次|场|期)")


def _floors(text: str) -> list[tuple[float, str]]:
    """Service durations promised as floors (暑假不少于4周): a new one is a further commitment."""
    return [(float(h.group(1)), h.group(2)) for h in _FLOOR.finditer(text)]


def new_quantity_reasons(o: str, base_text: str) -> list[LevelReason]:
    """A segment the base row has nothing like: a new deadline or frequency commits to more; a cap on
    money the base row names no sum for limits it."""
    out: list[LevelReason] = []
    # a period inside a limit (12个月内…不超过2次) is the limit's window, not a time the office promises
    if _days(o) is not None and _days(base_text) is None and (_DEADLINE.search(o) or _DONE.search(o)) \
            and not limits(o):
        out.append(reason("number", "stronger", "", _deadline_words(o), f"新增办理时限：{_deadline_words(o)}"))
    if _per_year(o) is not None and _per_year(base_text) is None:
        out.append(reason("number", "stronger", "", _frequency_words(o), f"新增频次：{_frequency_words(o)}"))
    if any(cap for _, cap in _amounts(o)) and not _amounts(base_text):
        out.append(reason("number", "weaker", "", _money_words(o), f"新增上限：{_money_words(o)}"))
    cap = _CAP.search(o)
    if cap and not _CAP.search(base_text) and not _DONE_BY.search(o):
        out.append(reason("number", "weaker", "", cap.group(), f"新增上限：{cap.group()}"))
    raise_ = _RAISE.search(o)
    if raise_ and not _RAISE.search(base_text):
        out.append(reason("number", "stronger", "", raise_.group(), f"新增待遇：{raise_.group()}"))
    return out


# a benefit raised by a share on top of a standard (按低保标准的30%增发, 补助标准上浮20%): more than the base gives
_RAISE = lazy(r"\d+(?:\.\d+)?%[^，；。\d]{0,6}?(?:增发|加发|上浮|提高|增加)"
              r"|(?:增发|加发|上浮|提高|增加)[^，；。\d]{0,12}?\d+(?:\.\d+)?%")


# a limit on how long or how often a benefit is given (发放期限最长不超过3年); a time limit for the office
# (…内办结) is a deadline, read above
_CAP = lazy(r"(?:最长|最多|累计)?不(?:超过|得超过|多于)\d+(?:\.\d+)?(?:年|个月|月|次|天|日|人|户)"
                  r"|(?:最长|最多)\d+(?:年|个月|次)"
                  # a sum capped as a multiple of a standard (不超过当地月低保标准的3倍)
                  r"|(?:不(?:超过|得超过|高于)|最高(?:为|按)?)[^，；。]{0,20}?\d+(?:\.\d+)?倍")
def limits(text: str) -> bool:
    """The segment caps how long, how often or for how many a benefit is given."""
    return bool(_CAP.search(text)) and not _DONE_BY.search(text)


_DONE_BY = lazy(r"办结|完成|答复|回复|受理|审核|办理")


def _deadline_words(text: str) -> str:
    hit = _DEADLINE.search(text) or _AT_ONCE.search(text)
    return hit.group() if hit else ""


def _frequency_words(text: str) -> str:
    hit = _PER_YEAR.search(text) or _FREQUENCY_COUNT.search(text) or _FREQUENCY.search(text)
    return hit.group() if hit else ""


def _money_words(text: str) -> str:
    hit = _AMOUNT.search(text)
    if not hit:
        return ""
    period = _AMOUNT_PERIOD.search(text[max(0, hit.start() - 12): hit.start()])
    return (period.group() if period else "") + hit.group()


# ---------------------------------------------------------------- what: enumerations

def lost_items(b: str, other_text: str, elsewhere: Sequence[str], markers: LevelMarkers, base_row: str = ""
               ) -> list[LevelReason]:
    """Services listed in a base segment (A、B和C服务) that the other row no longer names."""
    items = [x for x in _ENUM.split(b) if len(_core(x)) >= 2]
    if len(items) < 2:
        return lost_predicates(b, other_text, elsewhere, markers)
    out = []
    cover = markers.thresholds.cover
    for item in items:
        head = re.sub(r"^.*?(?:提供|发放|开展|给予|予以)", "", item)
        if not _SERVICE_NOUN.search(_core(item)) or len(_core(head)) < 2:
            continue
        # what the item names: 创业指导 of 创业指导等服务, 物资 of 有关物资
        trimmed = _EDGE_GENERIC.sub("", head)
        names = {head, trimmed} if len(_core(trimmed)) >= 2 else {head}
        said = any(_said(x, other_text, markers, base_row) for x in names)
        plain = _canon(head, markers, lexicon=False)
        if not said and not any(found_share(plain, _canon(e, markers, lexicon=False)) >= cover for e in elsewhere):
            out.append(reason("scope", "weaker", head, "", f"列举项删除：{head}（原文：{_short(b, 24)}）"))
        elif said:
            out += _kept_under_a_weaker_verb(b, head, names, other_text, markers)
    heads = {r.base for r in out}
    for thing in _listed(b):
        if any(thing in h or h in thing for h in heads):
            continue
        said = _said(thing, other_text, markers, base_row)
        plain = _canon(thing, markers, lexicon=False)
        if not said and not any(found_share(plain, _canon(e, markers, lexicon=False)) >= cover for e in elsewhere):
            out.append(reason("scope", "weaker", thing, "", f"列举项删除：{thing}（原文：{_short(b, 24)}）"))
    return out + lost_predicates(b, other_text, elsewhere, markers)


def _said(thing: str, other_text: str, markers: LevelMarkers, base_row: str = "") -> bool:
    """An item named in the other row: its words found there, or its characters in order within a short
    span, in the lexicon's words or the row's own (职业培训 in 职业介绍与培训). The lexicon's word is no
    evidence when the base row names it beside the item (阅读指导 read as 文化活动 in a row that also
    开展…文化活动): there it is another item."""
    other_c = _canon(other_text, markers)
    canon = _canon(thing, markers)
    beside = canon != _canon(thing, markers, lexicon=False) and _core(canon) in _core(
        _canon(base_row.replace(thing, ""), markers))
    if not beside and found_share(canon, other_c) >= markers.thresholds.cover:
        return True
    if beside:
        return found_share(_canon(thing, markers, lexicon=False), _canon(other_text, markers, lexicon=False)) \
            >= markers.thresholds.cover or spread_in(_core(thing), _core(other_text))
    return spread_in(_core(_canon(thing, markers)), _core(other_c)) or spread_in(_core(thing), _core(other_text))


# a list closed by 等 (特殊学习用品、教育训练、交通费等予以补助): every item is something the segment gives;
# not a list of places, providers or groups (学校、幼儿园…等场所; 孤儿、…等儿童): those are examples or who
_CLOSED_LIST = lazy(r"[^，；。]*、[^，；。]*?等"
                    r"(?!(?:场所|阵地|场地|平台|机构|单位|部门|地方|地区|儿童|学生|人员|家庭|对象|群体))")
_LIST_LEAD = lazy(r"^.*(?:对|为|向|提供|发放|开展|给予|包括|落实|享受|免除|资助|补助)")


def _listed(b: str) -> list[str]:
    """The items of each 等-closed list in a base segment, the first one less the words that lead to it."""
    out = []
    for hit in _CLOSED_LIST.finditer(b):
        parts = hit.group()[:-1].split("、")
        out += [_LIST_LEAD.sub("", parts[0]), *parts[1:]]
    return [x for x in out if 2 <= len(_core(x)) <= 12]


def _kept_under_a_weaker_verb(b: str, head: str, names: set[str], other_text: str, markers: LevelMarkers
                              ) -> list[LevelReason]:
    """An item still named, but in a clause that only guides to it or hedges it (提供…职业培训 →
    引导其参加职业培训; 提供…创业指导 → 视情开展创业指导): the promise for that item is weaker."""
    from .text import _find

    for clause in re.split(r"[，；。]", other_text):
        clause_c = _core(_canon(clause, markers))
        if not any(found_share(_canon(x, markers), clause_c) >= markers.thresholds.cover for x in names):
            continue
        for pair in markers.scope:
            if pair.direction == "weaker" and pair.base.search(b) and (hit := pair.other.search(clause)) \
                    and not pair.base.search(clause):
                return [reason("scope", "weaker", head, hit.group(),
                               f"{pair.base.search(b).group()} → {hit.group()}：{head}（{_short(clause, 20)}）")]
        hedge = _find(markers.hedges, clause)
        if hedge and not _find(markers.hedges, b):
            return [reason("modality", "weaker", head, hedge[0][1], f"{hedge[0][1]}：{head}（{_short(clause, 20)}）")]
        return []
    return []


def lost_predicates(b: str, other_text: str, elsewhere: Sequence[str], markers: LevelMarkers) -> list[LevelReason]:
    """A second promise joined by 并 (在普通高中就读并在当地参加高考) that the other row no longer makes."""
    parts = re.split(r"并(?=在|为|对|向|提供|给予|参加|享受|纳入|按|免|落实|开展|办理)", b)
    out = []
    other_c = _canon(other_text, markers)
    for part in parts[1:]:
        if len(_core(part)) >= 4 and found_share(_canon(part, markers), other_c) < 0.5 and not any(
                found_share(_canon(part, markers, lexicon=False), _canon(e, markers, lexicon=False)) >= 0.7
                for e in elsewhere):
            out.append(reason("scope", "weaker", part, "", f"删去并列承诺：{_short(part, 24)}"))
    return out



def gained_items(b: str, o: str, markers: LevelMarkers) -> list[LevelReason]:
    """Services the other segment lists (A、B和C) that the base segment does not name."""
    items = [x for x in _ENUM.split(o) if len(_core(x)) >= 2]
    if len(items) < 2:  # a base that names one thing (发放临时救助金) may gain a second (和有关物资)
        return []
    out = []
    base_c = _canon(b, markers)
    for item in items:
        if not _SERVICE_NOUN.search(_core(item)):
            continue
        # the last item of a list closed by 等 ends there (跟踪补种 of 跟踪补种等同等接种服务)
        head = _GENERIC.sub("", re.sub(r"^(?:为.*提供|提供|发放|开展)", "", item.split("等")[0] or item))
        # what the item names once verbs and the words every service shares are set aside
        # 救助物资 for the base's 有关物资: the same thing named more exactly
        specified = re.search(r"(?:有关|相关|其他|必要的?)" + re.escape(_core(head)[-2:]), b)
        if 2 <= len(_core(head)) <= 12 and found_share(_canon(head, markers), base_c) < 0.5 and not specified:
            out.append(reason("scope", "stronger", "", head, f"列举项新增：{head}"))
    return out


_GENERIC = lazy(r"给予|予以|提供|开展|发放|组织|等|的|服务|关爱|普惠性?|相关|活动|工作|支持|帮扶|方面")


# the generic words at an item's ends only: one taken from its middle would join characters never adjacent
_EDGE_GENERIC = lazy(r"^(?:有关|相关|必要的?|其他)+|(?:等|的|服务|活动|工作|方面)+$")


def spread_in(item: str, text: str, slack: int = 3) -> bool:
    """`item`'s characters in order within a short span of `text`: a list written compactly still names
    each item (职业培训 in 职业介绍与培训, 心理辅导 in 心理疏导和辅导)."""
    if len(item) < 2:
        return False
    start = text.find(item[0])
    while start != -1:
        at, ok = start, True
        for ch in item[1:]:
            at = text.find(ch, at + 1, start + len(item) + slack)
            if at == -1:
                ok = False
                break
        if ok:
            return True
        start = text.find(item[0], start + 1)
    return False


# ---------------------------------------------------------------- alternatives

_ALTERNATIVE = lazy(r"或者|或")


def alternatives(b: str, o: str, removed_only: bool, row: str = "", markers: LevelMarkers | None = None
                 ) -> list[LevelReason]:
    """Ways of giving a service offered as alternatives (实物配租公共租赁住房或者发放租赁补贴): one the other
    side no longer offers is weaker, one it adds is stronger."""
    out = []
    for side, text, against, direction, words in (("base", b, row or o, "weaker", "可选方式减少"),
                                                  ("other", o, b, "stronger", "可选方式增加")):
        if side == "other" and removed_only:
            continue
        for clause in re.split(r"[，；。]", text):
            options = [x for x in _ALTERNATIVE.split(clause) if len(_core(x)) >= 4]
            if len(options) < 2:
                continue
            heads = [_short(re.sub(r"^.*(?:家庭|儿童|学生)", "", option), 20) for option in options]
            against_c = _core(_canon(against, markers)) if markers else _core(against)
            shares = [found_share(_core(_canon(h, markers)) if markers else _core(h), against_c) for h in heads]
            # only where the other side plainly names one of the options: it chose, the others are gone
            if max(shares) < 0.8:
                continue
            for head, share in zip(heads, shares, strict=True):
                if len(_core(head)) >= 5 and share < 0.5:
                    out.append(reason("scope", direction, head if side == "base" else "",
                                      head if side == "other" else "", f"{words}：{head}"))
    return out


# ---------------------------------------------------------------- who, inside the content; how; what is no longer said

# a group named with its modifiers inside the content (对符合条件且在我市连续居住满1年的流动儿童家庭)
_CONTENT_GROUP = lazy(r"(?:对|为|向|给)([^，；。对为向给]{2,40}?)的(?:流动儿童|儿童|学生|残疾学生|在校生|家庭|残疾儿童)")  # noqa: E501
_GENERIC_CONDITION = lazy(r"^(?:符合(?:相关|有关)?条件|有需要|有关|相关)$")


def _groups_named(text: str) -> list[tuple[str, str]]:
    """(modifiers, what is done for the group) for each group the content names with its modifiers."""
    return [(hit.group(1), re.split(r"[，；。]", text[hit.end():], maxsplit=1)[0]) for hit in _CONTENT_GROUP.finditer(text)]


def _content_conditions(text: str, markers: LevelMarkers) -> list[tuple[str, str]]:
    """(condition, what is done for the group) for each condition on a group the content names."""
    describes, requirement = markers.pattern_of("describes"), markers.pattern_of("requirement")
    out = []
    for mods, act in _groups_named(text):
        further = _further(mods)
        for phrase in _SPLIT_CONDITIONS.split(mods):
            phrase = phrase.strip()
            if (phrase and not _GENERIC_CONDITION.match(phrase)
                    and (phrase in further or requirement.search(phrase))
                    and not _describes_only(phrase, describes)):
                out.append((phrase, act))
    return out


def _implied(phrase: str, base: str, markers: LevelMarkers) -> bool:
    """A condition the base row already implies (在本地学校就读 in a row about schooling)."""
    return any(m.implied_by and m.pattern.search(phrase) and m.implied_by.search(base) for m in markers.conditions)


def content_condition_reasons(base_text: str, other_text: str, targets: tuple[str, str], markers: LevelMarkers
                              ) -> list[LevelReason]:
    """Conditions put on the group where the content names it (对…的流动儿童家庭): one the base row does not
    state is added (weaker); one the other row no longer states is removed (stronger)."""
    base_all = _canon("；".join((targets[0], base_text)), markers)
    other_all = _canon("；".join((targets[1], other_text)), markers)
    out = []
    base_acts = [_canon(act, markers) for _, act in _groups_named(base_text)]
    # only on a service both rows give to a group they both name (对…的流动儿童家庭 纳入低保 on both sides): a
    # condition on a service the row adds limits that service, a group the base row does not name is a
    # group added, and a condition in a clause the row drops is not lifted
    for c, act in _content_conditions(other_text, markers):
        if found_share(_canon(c, markers), base_all) < 0.6 and not _implied(c, base_all, markers) \
                and any(found_share(_canon(act, markers), b) >= 0.6 for b in base_acts):
            out.append(reason("condition", "weaker", "", c, f"新增条件：{c}"))
    restated = re.search(r"符合[^，；。]{0,12}条件", other_all)  # 符合当地住房保障条件 said as 符合条件
    for c, act in _content_conditions(base_text, markers):
        if c.startswith("符合") and restated:
            continue
        if found_share(_canon(c, markers), other_all) < 0.6 and found_share(_canon(act, markers), other_all) >= 0.6:
            out.append(reason("condition", "stronger", c, "", f"取消条件：{c}"))
    return out


def procedure_reasons(base: str, other: str, markers: LevelMarkers) -> list[LevelReason]:
    """How a service is delivered (就地受理, 跨省通办, 一次办结, 网上办理 …), named by one row only."""
    out = []
    for m in markers.procedures:
        hb, ho = m.pattern.search(base), m.pattern.search(other)
        if ho and not hb:
            out.append(reason("scope", "stronger", "", ho.group(), f"新增办理方式：{ho.group()}"))
        elif hb and not ho:
            out.append(reason("scope", "weaker", hb.group(), "", f"不再写明办理方式：{hb.group()}"))
    return out


def lost_quantities(base: str, other: str, markers: LevelMarkers) -> list[LevelReason]:
    """A quantity the base row promises (12年免费教育) whose thing the other row still names without any
    number: the promise is no longer quantified."""
    from .text import _quantities

    out = []
    for unit in markers.numbers:
        thing = re.sub(r"[\\?.*+()\[\]|^$]", "", unit.unit).lstrip("年个")
        if len(thing) < 3 or unit.kind == "age":
            continue
        if _quantities(unit, base) and not _quantities(unit, other) and thing in other:
            words = re.search(r"\d+(?:\.\d+)?" + unit.unit, base)
            out.append(reason("number", "weaker", words.group() if words else thing, thing,
                              f"不再写明数量：{words.group() if words else thing}"))
    return out
