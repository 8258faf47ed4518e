"""Two segments (clauses cut at ， ； 。) compared as a policy reader compares them (how alike they are: alike.py):
the reasons between two that say the same thing
(a hedge added or removed, a scope word changed, numbers, listed items, alternatives, equal treatment,
widening and narrowing words). Whether a segment resembling nothing in the base adds a service: novelty.py."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache, reduce

from ..regexcache import compiled
from ..results import Level, ReasonKind
from .caps import cap_change, same_times, season_change
from .charges import charge_waived, paid_by_family, sum_kept
from .hedges import hedge_over, weigh_hedges
from .items import gained_first_served, gained_groups, gained_items
from .markers import LevelMarkers, LevelReason, Marker, reason
from .narrowed import ADDED_PART, exclusion_change
from .options import alternatives
from .quantities import per_period, quantity_reasons, stated_in
from .schools import names_grades
from .text import (
    _SEGMENT,
    SAME_TREATMENT,
    _canon,
    _conditions,
    _core,
    _find,
    _number_reasons,
    _said,
    _short,
    found_share,
    rearranged,
    some_given_more,
)
from .venues import gained_venues


def _strip(text: str, markers: LevelMarkers) -> str:
    return _strip_with(text, markers.strip_patterns)


@lru_cache(maxsize=8192)
def _strip_with(text: str, patterns: tuple[re.Pattern, ...]) -> str:
    for pattern in patterns:
        text = pattern.sub("", text)
    return _core(text)


_ELIGIBLE = compiled(r"符合(?:相关|有关)?条件的")
_ANY_RECIPIENT = compiled(r"流动儿童|随迁子女")


def _only_who(text: str) -> bool:
    return len(_core(re.sub(r"^(?:对|为|向|给)", "", _ELIGIBLE.sub("", text)))) < 2


def _hedged(text: str, markers: LevelMarkers) -> list[tuple[Marker, str]]:
    # one search with every hedge first: most segments carry none
    if not markers.pattern_of("hedges").search(text):
        return []
    return [(m, words) for m, words in _find(markers.hedges, text)
            if not (m.grade == "may" and _the_family_may(text, words))]


# those who receive it named just before 可, as its subject (…家庭经济困难学生可免除学杂费): what they may have
_RECEIVER_BEFORE = compiled(r"(?:学生|儿童|子女|幼儿|在校生|家庭|父母)$")
# …and not as its object (对符合条件的学生可减免学费: the office may)
_AS_OBJECT = compiled(r"(?:^|[，；。])\s*(?:对|为|向|给)")


def _the_family_may(text: str, words: str) -> bool:
    """A 可 said from the family's side (学生可免除学杂费, 可享受): a permission, not the office's may."""
    before = text[:text.find(words)]
    return bool(_RECEIVER_BEFORE.search(before)) and not _AS_OBJECT.search(before)


def _segment_pair(b: str, o: str, markers: LevelMarkers, *, row: str = "", hedge_weakens: bool = True,
                  clauses: tuple[str, str] = ("", "")) -> list[LevelReason]:
    """Reasons between a base text and an other text that say the same thing, both ways. hedge_weakens:
    False when the other row also makes the base's promise plainly; clauses: the clauses b and o stand in."""
    out = _modality(b, o, markers, weakens=hedge_weakens, clauses=clauses)
    out += _scope_pairs(b, o, markers)
    # counts per period (每学期一次 = 每学年两次) are compared as frequencies by quantity_reasons
    # sums of money are compared by quantity_reasons, per year (每月300元 = 每年3600元)
    skip = ("amount", "count") if per_period(b) and per_period(o) else ("amount",)
    numbers = _number_reasons(markers.numbers, b, o, skip=skip)
    # a quantity this segment lacks but another segment of the row states (90日内) is not lost
    out += [r for r in paid_by_family(numbers + quantity_reasons(b, o) + cap_change(b, o), b, o, markers)
            if r.other or not r.base or not stated_in(r.base, row)]
    out += gained_items(b, o, markers) + gained_venues(b, o, markers) + gained_first_served(b, o, markers) \
        + season_change(b, o) + exclusion_change(b, o)
    out += gained_groups(b, o, markers)
    out += [waived] if (waived := charge_waived(b, o, markers)) else []
    out += alternatives(b, o, False, row, markers)
    out += _equal_treatment(o, b, markers)
    scoped = {r.base for r in out if r.kind is ReasonKind.SCOPE}
    return out + _marked_words(b, o, markers, False, row, scoped, clauses[0])


def _segment_lost(b: str, o: str, markers: LevelMarkers, row: str, clause: str = "") -> list[LevelReason]:
    """Only what the base text b has and the other text o (saying the same thing) lacks: the other
    direction is found from the other side. clause: the other side's clauses o stands in."""
    # (a hedge the other side's clause puts on the next segment is kept: 对…的视情转介 → …的，视情况予以转介)
    out = _modality(b, o, markers, weakens=False, clauses=("", clause))
    out += alternatives(b, o, True, row, markers)
    scoped = {r.base for r in out if r.kind is ReasonKind.SCOPE}
    return out + _marked_words(b, o, markers, True, row, scoped)


def _modality(b: str, o: str, markers: LevelMarkers, weakens: bool, clauses: tuple[str, str] = ("", "")
              ) -> list[LevelReason]:
    """A hedge (鼓励, 有条件的地方, 视情 …) on one side only: not one the other side's clause puts on the next
    segment (视情对生活不能自理的给予照料 → 对生活不能自理的，视情给予照料)."""
    hb, ho = _hedged(b, markers), _hedged(o, markers)
    if (not ho and _same_hedge(hb, clauses[1], markers)) or (not hb and _same_hedge(ho, clauses[0], markers)):
        return []
    if hb and not ho:
        binding = _find(markers.binding, o)
        words = binding[0][1] if binding else _short(_strip(o, markers), 12)
        return [reason(ReasonKind.MODALITY, Level.STRONGER,
                       hb[0][1], words, f"{hb[0][1]} → {words}：去掉限定语，承诺更明确")]
    if ho and not hb and weakens:
        binding = _find(markers.binding, b)
        words = binding[0][1] if binding else _short(_strip(b, markers), 12)
        return [reason(ReasonKind.MODALITY, Level.WEAKER, words, ho[0][1], f"{words} → {ho[0][1]}：加了限定语，承诺减弱")]
    return weigh_hedges(hb, ho, weakens, (b, o)) if hb and ho else []


def _same_hedge(hedges: list[tuple[Marker, str]], clause: str, markers: LevelMarkers) -> bool:
    return bool(hedges and clause) and bool({m for m, _ in hedges} & {m for m, _ in _hedged(clause, markers)})


_BY_HOME = compiled(r"由[^，；。]{0,4}户籍(?:所在)?地[^，；。]{0,8}$")


def _scope_pairs(b: str, o: str, markers: LevelMarkers) -> list[LevelReason]:
    """A word of the base replaced by its weaker or stronger counterpart (免除 → 减免)."""
    out = []
    for pair in markers.scope:
        mb, mo = pair.base.search(b), pair.other.search(o)
        # (a base that already says the other word, 提供…和转介服务, has nothing replaced)
        # (nor one the home place does, 生活补贴由户籍地发放: no promise of this list's to weaken)
        if mb and mo and not pair.other.search(b) and (not pair.base.search(o) or _qualifies(pair, mo, o)) \
                and not some_given_more(o, mo) and not _BY_HOME.search(b[:mb.start()]):
            out.append(reason(ReasonKind.SCOPE, pair.direction, mb.group(), mo.group(),
                              f"{mb.group()} → {mo.group()}：{pair.explanation}"))
        # the reverse: the base's narrower word qualifying its wider one (纳入最低生活保障…范围的家庭经济困难儿童),
        # the other row the wider word alone
        narrow, wide = pair.other.search(b), pair.base.search(o)
        if narrow and wide and not mo and _qualifies(pair, narrow, b):
            out.append(reason(ReasonKind.SCOPE, Level.STRONGER, narrow.group(), wide.group(),
                              f"{narrow.group()} → {wide.group()}：对象扩大，不再限于更窄的群体"))
    return out


def _qualifies(pair, word: re.Match, o: str) -> bool:
    """The narrower word put just before the base's, which the other keeps (→ 建档立卡家庭经济困难学生): a narrowing all
    the same, as in a modifier that ends just before it (纳入最低生活保障、特困供养范围的家庭经济困难儿童); in brackets
    (（含建档立卡学生）) or before 等 (低保家庭等经济困难学生) it only names some of those meant."""
    before = o[:word.start()]
    bracketed = max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))
    between = r"(?:[^，；。、（）()等及和或与]{0,4}?|[^，；。（）()等]{0,16}?的)"
    # (or joined to it by 且, 家庭经济困难且已纳入低保的: both must hold)
    joined = re.search("(?:" + pair.base.pattern + r")(?:且|并且|同时)[^，；。]{0,6}$", before)
    return pair.direction is Level.WEAKER and not bracketed and bool(
        joined or re.match(between + "(?:" + pair.base.pattern + ")", o[word.end():]))


_MARKED_KINDS = (("widen", Level.STRONGER, "范围扩大", "扩大范围的表述被删去"),
                 ("narrow", Level.WEAKER, "范围收窄", "限定被取消"),
                 ("benefit", Level.STRONGER, "待遇提高", "待遇降低"),
                 ("lift", Level.STRONGER, "取消限制", "不再写明取消限制"))


def _marked_words(b: str, o: str, markers: LevelMarkers, removed_only: bool, row: str, scoped: set[str],
                  base_clause: str = "") -> list[LevelReason]:
    """Widening, narrowing, benefit and lifting words (一律, 仅, 免费, 不受…限制) on one side only (one the other row says
    in any of its segments, a marker anchored to a segment's start among them, is not removed; a lift the base says
    in the clause b stands in is not new, 参加医保，不受户籍限制 → 参加医保不设户籍门槛, nor is a widening, 覆盖全部在校
    流动儿童 → 面向全体在校流动儿童, nor any marker of the clause
    a b that only names the case leads, 情况紧急的，24小时内先行救助 → 对情况紧急的先行救助，时限为24小时内)."""
    out = []
    for section, direction, added, removed in _MARKED_KINDS:
        for m in getattr(markers, section):
            in_b = m.pattern.search(b)
            in_o = _gained(m, section, b, o, base_clause, markers)
            if in_o and not removed_only:
                out.append(reason(ReasonKind.SCOPE, direction, "", in_o.group(), f"新增“{in_o.group()}”：{added}"))
            elif in_b and in_b.group() not in scoped and _unmarked(m, section, in_b, b, o, row, markers):
                opposite = Level.WEAKER if direction is Level.STRONGER else Level.STRONGER
                out.append(reason(ReasonKind.SCOPE, opposite, in_b.group(), "", f"删去“{in_b.group()}”：{removed}"))
            elif in_b and section == "benefit" and not m.pattern.search(o) and not _hedged(b, markers) \
                    and (hedged := _said_only_hedged(m, row, markers)):
                out.append(reason(ReasonKind.MODALITY, Level.WEAKER, in_b.group(), hedged,
                                  f"{in_b.group()} → {hedged}：加了限定语，承诺减弱"))
    return out


def _said_only_hedged(m: Marker, row: str, markers: LevelMarkers) -> str:
    """The one segment of the row that says the marker's words, where a hedge holds them back (原则上就近安排),
    else ''."""
    said = [seg for seg in _SEGMENT.split(row) if m.pattern.search(seg)]
    return said[0] if len(said) == 1 and _hedged(said[0], markers) else ""


def _gained(m: Marker, section: str, b: str, o: str, base_clause: str, markers: LevelMarkers) -> re.Match | None:
    """The marker's words o says and b does not; not a gain a hedge holds back, nor grades b names too (those are
    grade_reasons' to weigh), nor a limit in a part that adds (并在首次发放前给予一次性临时生活补助: it limits that)."""
    in_o = _newly_marked(m, base_clause if base_clause and (section in ("lift", "widen", "narrow") or _leads_only(b)) else b,
                         o, markers)
    if not in_o or _held_back(section, in_o, b, o, markers):
        return None
    if m.implied_by and m.implied_by.search(base_clause):  # (said by b's clause in other words: 比例不低于85%，保障…)
        return None
    return None if section == "narrow" and ((names_grades(in_o.group()) and names_grades(b)) or same_times(b, o)
                                            or ADDED_PART.match(re.split(r"[，；。]", o[:in_o.start()])[-1])) else in_o


def _held_back(section: str, in_o: re.Match, b: str, o: str, markers: LevelMarkers) -> bool:
    """A gain a hedge holds back, or a sum b pays too, perhaps per another period (另按每生每学期500元发放 where b pays
    1000元 a year)."""
    return (section in ("benefit", "widen") and hedge_over(o, in_o.start(), b, markers)) \
        or (section == "benefit" and sum_kept(o, b))


def _leads_only(b: str) -> bool:
    """b only names the case the next segment of its clause serves (情况紧急的)."""
    return _core(b).endswith("的")


def _unmarked(m: Marker, section: str, in_b: re.Match, b: str, o: str, row: str, markers: LevelMarkers) -> bool:
    """The marker's words in b are said nowhere in o or its row: not in them nor in their equivalents (不收费 for
    免费), in words that imply them, nor otherwise (_said_otherwise)."""
    return not m.pattern.search(o) and not any(map(m.pattern.search, (row, *_SEGMENT.split(row)))) \
        and not m.pattern.search(_canon(row or o, markers, lexicon=False)) \
        and not (m.implied_by and m.implied_by.search(row or o)) and not _said_otherwise(section, in_b, b, o, row, markers)


def _said_otherwise(section: str, in_b: re.Match, b: str, o: str, row: str, markers: LevelMarkers) -> bool:
    """The marker's words said inside a promise of equal treatment, in another order, or (a widening) as the things
    it names, (a narrowing) as grades or the same times of year, (a benefit) as the sum it pays, perhaps per another
    period."""
    if _within_equal(in_b, b, markers) or rearranged(in_b.group(), o):
        return True
    if section == "widen":
        return _names_only(in_b.group(), o, markers)
    if section == "narrow":  # (grades are grade_reasons' to weigh; 仅在一、二季度 → 于1月至6月: the same limit)
        return (names_grades(in_b.group()) and names_grades(o)) or same_times(b, o)
    return section == "benefit" and sum_kept(b, row or o)


def _newly_marked(m: Marker, b: str, o: str, markers: LevelMarkers) -> re.Match | None:
    """The marker's words in o that b does not say, in them or in words it implies (免除 for 免收); a lift of
    another restriction than b lifts is new (免于办理…备案 beside 不受户籍限制)."""
    in_o = m.pattern.search(o)
    if not in_o or (m.implied_by and m.implied_by.search(b)) or (
            m.pattern.search(b) and (m not in markers.lift or lifted(in_o.group(), markers) <= lifted(b, markers))):
        return None
    return None if _names_only(in_o.group(), b, markers) or _within_equal(in_o, o, markers) \
        or _joins_what_the_base_gives(in_o, o, b, markers) else in_o


def lifted(text: str, markers: LevelMarkers) -> set[str]:
    """What the lifts in `text` lift: the conditions each names (不受户籍限制: 户籍), or '' for one that names none
    (免于办理异地就医备案, 免予经济困难审查: said in too many words to tell one from another)."""
    out: set[str] = set()
    for m in markers.lift:
        for hit in m.pattern.finditer(text):
            out |= {words for _, words in _conditions(hit.group(), markers)} or {""}
    return out


# a joining word before a giving verb (同时免除, 另行发放): the benefit is new only if what it gives is
_JOINING = compiled(r"^(?:同时|另行|额外|并|还)")


def _joins_what_the_base_gives(hit: re.Match, o: str, b: str, markers: LevelMarkers) -> bool:
    """同时免除…学费 where the base already gives 免除…学费 (two clauses joined): nothing is added."""
    if not _JOINING.match(hit.group()):
        return False
    rest = o[:hit.start()] + _JOINING.sub("", hit.group()) + o[hit.end():]
    return found_share(_canon(rest, markers), _canon(b, markers)) >= markers.thresholds.cover


# another group given the row's treatment by reference (技工院校在校生参照执行)
_BY_REFERENCE = compiled(r"([^，；。]{2,16}?(?:学生|儿童|在校生|幼儿|家庭|子女))(?:可)?(?:参照|比照)(?:本项|上述|以上)?"
                         r"(?:执行|享受|办理|落实)")


def _equal_treatment(o: str, base_text: str, markers: LevelMarkers) -> list[LevelReason]:
    """Treatment promised equal to local children's (与本市户籍考生同等录取) where the base promises none, or given
    by reference to a group the base does not name (技工院校在校生参照执行): more children reached."""
    referred = _BY_REFERENCE.search(o)
    if referred and not _said(referred.group(1), base_text, markers):
        return [reason(ReasonKind.SCOPE, Level.STRONGER, "", referred.group(1), f"对象扩大：{referred.group()}")]
    for m in markers.equal:
        hit = m.pattern.search(o)
        if hit and SAME_TREATMENT.search(hit.group()) and not m.pattern.search(base_text) \
                and not _restates(o[hit.end():], base_text, markers):
            return [reason(ReasonKind.SCOPE, Level.STRONGER, "", hit.group(), f"新增同等待遇：{_short(o, 24)}")]
    return []


def _within_equal(hit: re.Match, o: str, markers: LevelMarkers) -> bool:
    """A word inside a promise of equal treatment (与本市户籍学生同等享受…): _equal_treatment judges it."""
    return any(e.start() <= hit.start() and hit.end() <= e.end() for m in markers.equal for e in m.pattern.finditer(o))


def _restates(what: str, base_text: str, markers: LevelMarkers) -> bool:
    """What is made equal is what the base already gives (同等“两免一补”政策 where the base frees 学杂费 and
    gives 教科书): in the lexicon's words, or its own."""
    what = _core(re.split(r"[，；。]", what)[0])
    return not what or found_share(_canon(what, markers), _canon(base_text, markers)) >= 0.5


def _names_only(words: str, base: str, markers: LevelMarkers) -> bool:
    """A widening phrase that names only what the other segment names too ((含义务教育和高中阶段教育) beside
    包括义务教育、高中阶段教育在内的): nothing is added, nor lost."""
    inner = _core(re.sub(r"^[（(]?(?:含|包括|包含)|[）)]$", "", words))
    if len(inner) < 4:  # (a short one named word for word: 父母或其他监护人 → 监护人（含父母）)
        return len(inner) >= 2 and inner in _core(base)
    return found_share(_canon(inner, markers), _canon(base, markers)) >= markers.thresholds.cover


def _names_the_service(o: str, name: str, markers: LevelMarkers) -> bool:
    """Every service word of the segment is a word of the row's 服务项目 (按照…救助供养标准执行 in a row
    named 特困人员救助供养服务): the segment names the row's service, it does not add one."""
    words = [hit.group() for m in markers.service for hit in m.pattern.finditer(o)]
    return bool(name) and bool(words) and all(w in name for w in words)


def _found_elsewhere(b: str, whole: str, elsewhere: Sequence[str], markers: LevelMarkers) -> bool:
    cover = markers.thresholds.cover
    # who qualifies (符合条件的) is the condition rules' to judge, not a word the segment must be found by; a
    # benefit the family is said to have (并享受免除学费政策) is found as the benefit given (免除学费)
    given = _FAMILY_VIEW.sub("", _core(_ELIGIBLE.sub("", b)))
    if found_share(_canon(given if len(given) >= 3 else _ELIGIBLE.sub("", b), markers), _canon(whole, markers)) >= cover:
        return True
    if _one_benefit_kept(b, whole, markers) or _every_item_named(b, whole):
        return True
    cb = _canon(b, markers, lexicon=False)
    return any(found_share(cb, _canon(e, markers, lexicon=False)) >= cover for e in elsewhere)


def _every_item_named(b: str, whole: str) -> bool:
    """A list of three or more (依托学校、幼儿园和“童心港湾”…等场所) each of whose items the other row names, in any
    order: the list is kept, however it is led or closed."""
    items = [_core(x) for x in re.split(r"[、和及与]", b)]
    items[0], items[-1] = _LIST_LEAD.sub("", items[0]), re.sub(r"等.*$", "", items[-1])
    return len(items) >= 3 and all(len(x) >= 2 and x in _core(whole) for x in items)


_LIST_LEAD = compiled(r"^(?:依托|通过|利用|在)")
_FAMILY_VIEW = compiled(r"^(?:并|均|也|同时)?(?:可以?|能够?)?(?:享受|享有|获得)|(?<=.)(?:政策|待遇)$")


def _one_benefit_kept(b: str, whole: str, markers: LevelMarkers) -> bool:
    """A segment that is all one benefit (保费由市、区两级财政承担) the other row gives in other words (家庭无需缴纳保费)."""
    hits = _find(markers.benefit, b)
    rest = reduce(lambda t, hit: t.replace(_core(hit[1]), ""), hits, _core(b))
    return bool(hits) and len(rest) <= 2 and all(m.said_or_implied(whole) for m, _ in hits) \
        and not _FAMILY_SHARES.search(whole)


# (not where the family still pays a part: 保费由个人按比例分担, 由县级财政和学生家庭各承担50%)
_FAMILY_SHARES = compiled(r"(?:个人|家庭|本人|家长|监护人)(?![^，；。]{0,4}?(?:无需|无须|不需|不|免))[^，；。]{0,4}?"
                          r"(?:分担|承担|负担|支付|缴纳)")
