"""Text helpers of the level judgement: punctuation-free cores and bigrams, Chinese numerals, marker
search, segments, and the quantities (ages, years, amounts) compared by the number rule."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..lexicon import expand, hashed
from ..regexcache import compiled, lazy
from ..results import Level, ReasonKind
from .markers import LevelMarkers, LevelReason, Marker, NumberUnit, reason
from .shares import shares_as_percent
from .years import ages_as_ranges, years_in_parts

# ---------------------------------------------------------------- text helpers

# what is done within a service (访视, 检查, 救治 …; 测评 of a screening; 报名、考试和录取 of an exam): the parts a
# bracket may list without widening it
_STEP = r"(?:访视|检查|体检|筛查|评估|测评|测查|随访|救治|治疗|诊疗|诊治|咨询|指导|辅导|登记|建档|报名|考试|录取)"


_PUNCT = compiled(r"[\s，。；：、,.;:！？!?“”\"'‘’「」『』（）()《》【】\[\]·…—-]")
_SEGMENT = compiled(r"[，；。,;！？!?]")
_CLAUSE = compiled(r"[；。;！？!?]")
_ENUM = compiled(r"[、和及与]")  # not 或: alternatives (实物配租或者发放租赁补贴) are one service
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# tried only where a run of numerals starts (the lookbehind), so a long run without a unit is linear; a
# match can only start there anyway (no unit is a numeral), so what it finds is unchanged
# a run starts with a digit word or 十 (a lone 万 after digits, 1.5万元, is a unit, not a number)
_CN_NUMBER = compiled(r"(?<![零〇一二两三四五六七八九十百千万\d.])"
                      r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*"
                      r"(?=个?(?:岁|年|次|场|期|轮|元|%|个工作日|工作日|周|月|天|日|小时|倍|处|所|学期|学年|折(?!扣))"
                      # the first number of a range (零至六周岁) takes the unit of the second
                      r"|\s*[～~—–至到-]\s*[零〇一二两三四五六七八九十\d]+个?周?岁)")
# a gloss says what a word means (流动儿童（指…离开户籍地…的未成年人）): no condition, no group
GLOSS = lazy(r"[（(](?:是指|系指|指|即)[^）)]*[）)]"
             # a statutory condition spelled out (符合最低生活保障条件（家庭人均收入低于当地低保标准…）)
             r"|(?:(?<=供养条件)|(?<=保障条件)|(?<=救助条件))[（(][^（）()]{2,60}[）)]"
             # a quoted term explained (“跨省通办”（异地受理、跨省办理）; “跨省通办”服务（监护人可在居住地提出申请…）)
             r"|(?:(?<=[”」])|(?<=[”」]服务))[（(][^（）()]{2,30}[）)]"
             # the parts of a service listed after it, every one a step of that service (健康管理服务（含新生儿访视、
             # 儿童健康检查）): a group or a school added (（含孤独症儿童）, （含技工教育）) is no gloss
             r"|[（(](?:含|包括)(?:[^、，）)]{1,10}?" + _STEP + r"[、和及]?)+[）)]")
# a segment that ends on what the family pays or advances itself (医疗费用由个人先行垫付): a burden, not a
# promise (个人自付部分全额给予救助 relieves one)
# (not one a government payer makes: 由本市先行垫付, 由居住地民政部门先行支付)
BURDEN = compiled(r"(?:由)?(?:(?:个人|本人|家庭|监护人)|(?<![市县区省地府门局构]))(?:先行|自行)"
                  r"(?:垫付|承担|负担|支付)后?[。；，]?$"
                  r"|由[^，；。]{0,4}?(?:个人|本人|家庭|监护人)(?:承担|负担|自付|自负)[。；，]?$")
# words that point back to what the row said before (上述服务, 以上费用): they promise nothing new
BACK_REFERENCE = "上述|以上|前述"
# only then, or only they (…满1学年的方可申请; 经审核后方可办理): what follows is had on a condition
ONLY_THEN = "方可|方能|才能|才可|才予|方予"
# treatment promised the same as another group's (与本地户籍学生同等, 一致)
SAME_TREATMENT = compiled(r"同等|一样|相同|一致")
# what a family applies for is not given by the clause that names it (申请入学须提交…证明)
APPLIED_FOR = compiled(r"申请[^，；。须需应时]{0,6}?(?=须|需|需要|应|必须|时)"
                       r"|^[^，；。须需应]{0,8}?时?(?=(?:须|需|需要|必须|应当?)先?(?:提交|提供|出具|持有?|具备))")
# what a segment says is not covered (住宿费、教材费不属于学费，不在免除范围): it names the limits of a promise,
# neither a service nor items added
EXCLUSION = compiled(r"不属于|不在[^，；。]{0,8}范围|不包括|不包含|不含|逾期不(?:予|再)")


_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int:
    """十二 -> 12, 三 -> 3, 一百二十 -> 120, 两千 -> 2000, 一千零五十 -> 1050, 一万二千 -> 12000 (as lists write them)."""
    total, section, current = 0, 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (current or 1) * _CN_UNITS[ch]
            current = 0
        elif ch == "万":
            total += ((section + current) or 1) * 10_000
            section, current = 0, 0
    return total + section + current


_PERCENT_WORDS = compiled(r"百分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)")
# a half after a count (两个半小时, 一年半, 1个半月) is .5 of its unit; 半年 alone is a period (每半年), or, reached
# (居住满半年), six months; half a month a span (不超过半个月), not a frequency (每半个月)
_AND_A_HALF = compiled(r"(?<![零〇一二两三四五六七八九十百千\d.])([一二两三四五六七八九十\d]{1,3})"
                       r"(?:个半(小时|月|工作日)|(年|小时|天|周)半)")
_HALF_SPAN = compiled(r"(?<=满)半个?年|(?<![每一二两三四五六七八九十\d])半个月")
_TO_SCHOOL_ENTRY = compiled(r"(\d+)岁?(?:至|到|—|-|～)(?:小学)?入学前")
# grades or school years listed (一、二年级, 1年级和2年级, 第一、第二学年): each by its digit, the word said once (1、2年级)
_GRADE = lazy(r"[一二三四五六七八九\d]|[、和及与](?!$)|[至到-]")
_GRADE_RUN = lazy(r"(?:[一二三四五六七八九\d](?:年级|学年)?(?:、|和|及|与|至|到|-)第?)+[一二三四五六七八九\d](年级|学年)")


def _grades(hit: re.Match) -> str:  # (一至三年级 is 1-3年级)
    return "".join("-" if c in "至到-" else "、" if c in "、和及与" else str(_CN_DIGITS.get(c, c))
                   for c in _GRADE.findall(hit.group())) + hit.group(1)


def _half(hit: re.Match) -> str:
    count, unit = hit.group(1), hit.group(2) or hit.group(3)
    whole = int(count) if count.isdigit() else chinese_number(count)
    return f"{whole}.5{'个' if unit in ('月', '工作日') else ''}{unit}"


# a period said with a measure word (在每个学年…不少于一次: fc41_level 玳萦县 17; 每个学期不少于两次: fc170_level
# 珖石县 20): read as 每学年 before any quantity is, not only where words are looked up
_EACH = lazy(r"(?<=每半)个(?=月)|每个(?=学期|学年|年度|季度|月|星期|工作日)")


def normalize_numbers(text: str) -> str:
    """Chinese numerals before a unit become digits; 0～6 and 0—6 become 0-6."""
    # 百分之八十 is 80%
    text = _PERCENT_WORDS.sub(lambda m: (m.group(1) if m.group(1)[0].isdigit() else str(chinese_number(m.group(1))))
                              + "%", text)
    text = shares_as_percent(text)  # 八成, 四分之一, 每100名中15名
    text = _HALF_SPAN.sub(lambda hit: "6个月" if "年" in hit.group() else "0.5个月", _AND_A_HALF.sub(_half, text))
    text = _GRADE_RUN.sub(_grades, text) if "年级" in text or "学年" in text else text
    text = _CN_NUMBER.sub(lambda m: str(chinese_number(m.group())), text).replace("周岁", "岁")
    text = ages_as_ranges(text)  # 36月龄 is 3岁, 出生至未满7周岁 7岁以下, 6周岁及以下 0-6岁
    # school entry is age 6 (3岁至小学入学前 = 3-6岁)
    text = _TO_SCHOOL_ENTRY.sub(r"\1-6岁", text)
    # 每个学期 is 每学期; 每半个月, 每半月
    text = _EACH.sub(lambda m: m.group()[:-1], text) if "每个" in text or "每半个" in text else text
    return re.sub(r"年满(?=\d+-\d+岁)", "", re.sub(r"(\d)\s*岁?\s*[～~—–至到]\s*(\d)", r"\1-\2", text))  # 3岁至6岁: 3-6岁


@lru_cache(maxsize=8192)
def _core(text: str) -> str:
    return _PUNCT.sub("", text)


@lru_cache(maxsize=8192)
def _bigrams(text: str) -> frozenset[str]:
    key = _core(text)
    return frozenset(key[i:i + 2] for i in range(len(key) - 1)) or frozenset([key] if key else [])


def found_share(part: str, whole: str) -> float:
    """Share of `part`'s character bigrams that occur in `whole`."""
    a = _bigrams(part)
    return len(a & _bigrams(whole)) / len(a) if a else 1.0


def _canon(text: str, markers: LevelMarkers, *, lexicon: bool = True) -> str:
    """Equivalent words read as one, and (lexicon) the lexicon's variants as its canonical forms (两免一补
    as its three parts): only to look a segment up, never to quote it. The lexicon reads the row pair
    itself; another row is searched without it, since a short canonical form (基本生活) is found in any
    row that names it (基本生活费)."""
    if lexicon and markers.lexicon:
        text = expand(text, hashed(markers.lexicon))
    return _canon_with(text, markers.equivalent) if markers.equivalent else text


@lru_cache(maxsize=8192)
def _canon_with(text: str, equivalent: tuple[tuple[re.Pattern, str], ...]) -> str:
    for pattern, canonical in equivalent:
        text = pattern.sub(canonical, text)
    return text


def _find(markers: Iterable[Marker], text: str) -> list[tuple[Marker, str]]:
    out = []
    for m in markers:
        hit = m.pattern.search(text)
        if hit:
            out.append((m, hit.group()))
    return out


def _conditions(text: str, markers: LevelMarkers) -> list[tuple[Marker, str]]:
    """The condition markers in `text`, leaving out a group named only to be promised the same treatment
    (与本地户籍学生同等享受: 户籍 there is who the children are equal to, not a condition they must meet)."""
    if not markers.pattern_of("conditions").search(text):  # most segments name none: one search first
        return []
    equal = [hit.span() for e in markers.equal for hit in e.pattern.finditer(text)]
    out = []
    for m in markers.conditions:
        hit = next((h for h in m.pattern.finditer(text) if not any(a <= h.start() and h.end() <= b for a, b in equal)),
                   None)
        if hit:
            out.append((m, hit.group()))
    return out


def without_comparators(text: str, markers: LevelMarkers) -> str:
    """The text less whom equal treatment is measured against (与本市学生同等参加 → 参加): a group named only as the
    standard is not one the service reaches, nor an item the row lists."""
    if not SAME_TREATMENT.search(text):
        return text
    for m in markers.equal:
        text = m.pattern.sub(lambda hit: "" if SAME_TREATMENT.search(hit.group()) else hit.group(), text)
    return text


def _segments(clauses: Iterable[str]) -> list[str]:
    out = []
    for clause in clauses:
        out.extend(s.strip() for s in _SEGMENT.split(normalize_numbers(clause)) if _core(s))
    return out


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- numbers

_BOUND = r"(?P<pre>不低于|不少于|至少|不超过|不高于|最高|最多|满)?"
_FLOOR = {"不低于", "不少于", "至少", "以上"}
_CAP = {"不超过", "不高于", "最高", "最多", "以下", "以内", "内"}

_DIGIT = compiled(r"\d")


@lru_cache(maxsize=64)
def _quantity_pattern(unit: str) -> re.Pattern:
    # (?<!\d): a match starts only where a number does, so a run of 5,000 digits costs linear time
    return compiled(_BOUND + r"(?<!\d)(?P<n>\d+(?:\.\d+)?)(?:-(?P<m>\d+(?:\.\d+)?))?" + unit
                    + r"(?P<post>以上|以下|以内|内)?")


def _quantities(unit: NumberUnit, text: str) -> list[tuple[float, float, str]]:
    """(low, high, bound) for each mention of the unit; a single value has low == high."""
    if not _DIGIT.search(text):  # normalize_numbers has turned numerals into digits
        return []
    return [q for hit in _quantity_pattern(unit.unit).finditer(text) if (q := _quantity(unit, hit)) is not None]


def _quantity(unit: NumberUnit, hit: re.Match) -> tuple[float, float, str] | None:
    pre, post = hit.group("pre") or "", _post(unit, hit)
    if unit.prefix and pre != unit.prefix:
        return None
    if not unit.prefix and pre == "满":
        pre = ""
    low = float(hit.group("n"))
    high = float(hit.group("m")) if hit.group("m") else low
    bound = "floor" if (pre in _FLOOR or post in _FLOOR) else "cap" if (pre in _CAP or post in _CAP) else ""
    if unit.kind == "age" and not hit.group("m"):  # 3岁以下 is 0-3, 6岁以上 is 6-18
        low, high = {"以下": (0.0, low), "以上": (low, 18.0)}.get(post, (low, high))
    return low, high, bound


def _post(unit: NumberUnit, hit: re.Match) -> str:
    if unit.kind == "age" and hit.group("pre") == "满" and not hit.group("post"):  # 年满14周岁 is 14岁以上 (未满 is not)
        return "以下" if hit.string[hit.start() - 1: hit.start()] in ("未", "不") else "以上"
    return hit.group("post") or ""


def _fmt(q: tuple[float, float, str], unit: NumberUnit) -> str:
    def num(x: float) -> str:
        return str(int(x)) if x == int(x) else str(x)

    value = num(q[0]) if q[0] == q[1] else f"{num(q[0])}-{num(q[1])}"
    return value + _shown(unit.unit)


@lru_cache(maxsize=64)
def _shown(unit: str) -> str:
    """A unit's pattern as its words (个?工作日 as 个工作日, 年的?免费教育 as 年免费教育), lookarounds left out."""
    out, depth = [], 0
    for i, ch in enumerate(unit):
        if ch == "(" and unit.startswith(("(?!", "(?=", "(?<!", "(?<="), i) and depth == 0:
            depth = 1
            continue
        if depth:
            depth += {"(": 1, ")": -1}.get(ch, 0) if unit[i - 1] != "\\" else 0
            continue
        out.append(ch)
    return "".join(out).replace("个?", "个").replace("的?", "").replace("\\", "")


def _number_reasons(units: Sequence[NumberUnit], base: str, other: str, skip: tuple[str, ...] = ()) -> list[LevelReason]:
    """skip: kinds of unit compared elsewhere (counts, when both sides give them per period)."""
    if not _DIGIT.search(base) and not _DIGIT.search(other):
        return []
    out = []
    for unit in units:
        qb, qo = _quantities(unit, base), _quantities(unit, other)
        if unit.kind in skip or not qb or not qo or qb == qo \
                or ("教育" in unit.unit and years_in_parts(f"{qb[0][1]:g}", other)):  # (12年免费教育 = 9年加3年)
            continue
        out += [r for b, o in zip(qb, qo, strict=False) if b != o and (r := _compared(unit, b, o)) is not None]
    return out + _rescaled(units, base, other)


def _rescaled(units: Sequence[NumberUnit], base: str, other: str) -> list[LevelReason]:
    """One quantity in another unit of its kind on each side (满1年 → 满6个月): compared in its smallest unit."""
    out = []
    for kind in {u.kind for u in units if u.scale}:
        said = _said_once(units, kind, base), _said_once(units, kind, other)
        if None in said or said[0][1] is said[1][1]:  # one unit on both sides: compared above
            continue
        (b, bu), (o, ou) = said
        if b[1] * bu.scale != o[1] * ou.scale:
            up = o[1] * ou.scale > b[1] * bu.scale
            bw, ow = _fmt(b, bu), _fmt(o, ou)
            direction = bu.more if up else (Level.WEAKER if bu.more is Level.STRONGER else Level.STRONGER)
            out.append(reason(ReasonKind.NUMBER, direction, bw, ow, f"{bu.label} {bw} → {ow}：{'增加' if up else '减少'}"))
    return out


def _said_once(units: Sequence[NumberUnit], kind: str, text: str) -> tuple[tuple, NumberUnit] | None:
    """The one quantity of a kind (in any of its scaled units) that `text` says; None for none or several."""
    found = [(q, u) for u in units if u.kind == kind and u.scale for q in _quantities(u, text)]
    return found[0] if len(found) == 1 else None


def _compared(unit: NumberUnit, b: tuple[float, float, str], o: tuple[float, float, str]) -> LevelReason | None:
    """One quantity of the base against the other's, in the direction that favours the child."""
    bw, ow = _fmt(b, unit), _fmt(o, unit)
    if unit.kind == "age":
        # (one year apart at the top, said once as a range and once as a bound, is one age: 0-6岁 = 未满7周岁)
        if o[0] == b[0] and abs(o[1] - b[1]) <= 1 and b[2] != o[2]:
            return None
        if o[0] <= b[0] and o[1] >= b[1]:
            return reason(ReasonKind.NUMBER, Level.STRONGER, bw, ow, f"{bw} → {ow}：年龄范围扩大")
        if o[0] >= b[0] and o[1] <= b[1]:
            return reason(ReasonKind.NUMBER, Level.WEAKER, bw, ow, f"{bw} → {ow}：年龄范围缩小")
        return None
    if b[2] != o[2] and {b[2], o[2]} == {"floor", "cap"}:
        up = o[2] == "floor"
    elif o[1] != b[1]:
        up = o[1] > b[1]
    else:
        return None
    direction = unit.more if up else (Level.WEAKER if unit.more is Level.STRONGER else Level.STRONGER)
    return reason(ReasonKind.NUMBER, direction, bw, ow, f"{unit.label} {bw} → {ow}：{'增加' if up else '减少'}")


def _new_floor(units: Sequence[NumberUnit], text: str) -> str:
    for unit in units:
        if unit.kind != "age" and unit.more is Level.STRONGER:
            for q in _quantities(unit, text):
                if q[2] == "floor":
                    return _fmt(q, unit)
    return ""


def _longest_common(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        k = best + 1
        while i + k <= len(a) and a[i:i + k] in b:
            best = k
            k += 1
    return best


def rearranged(words: str, o: str) -> bool:
    """Marker words the other segment still says, word by word in another order (对急难型救助实行先行救助 →
    急难型救助先行实施: 救助 and then 先行): not removed. (In their order with words between, 就医住院 → 就医门诊和
    住院, they are no longer the marker's phrase.)"""
    halves = [words[k:k + 2] for k in range(0, len(words) - 1, 2)]
    where = [o.find(h) for h in halves]
    return len(words) >= 4 and len(words) % 2 == 0 and -1 not in where and where != sorted(where)


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


def some_given_more(o: str, word: re.Match) -> bool:
    """The other word names some of those the row serves, given more (对其中的低保家庭学生增发…): not the group
    narrowed, nor a promise restated."""
    return o[:word.start()].endswith(("其中的", "其中"))
