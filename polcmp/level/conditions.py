"""Conditions, as a policy reader weighs them across a row pair: one new to the whole base row (added, or
named as lifted), a restriction the base imposes that the other lifts, one the other still holds, a
reference to rules that defers nothing, and base segments whose loss loses no promise. A side is the
level package's reading of one row (its segments, admin flags, text and conditioned text)."""

from __future__ import annotations

import re
from functools import reduce

from ..regexcache import compiled
from ..results import Level, ReasonKind
from .markers import LevelMarkers, LevelReason, Marker, reason
from .segments import _hedged, _only_who, lifted
from .text import (
    _ENUM,
    APPLIED_FOR,
    BACK_REFERENCE,
    BURDEN,
    ONLY_THEN,
    _canon,
    _conditions,
    _core,
    _find,
    _longest_common,
    _short,
    found_share,
    normalize_numbers,
)

_RULES = compiled(r"规定(?:执行|办理)$")
_BACK_REFERENCE = compiled(rf"^(?:{BACK_REFERENCE})")
_WHOM_WORDS = compiled(r"^(?:对|为|向|给)|的$")
# a document anyone holds offered in the alternative (凭居住证或有效身份证件即可): no requirement at all
_ANY_ID = compiled(r"或(?:其他|本人)?(?:有效)?身份证(?:件)?")
# a document said to be enough (凭居住证即可申请入学, 持居住证即可办理): what suffices, no requirement added
_SUFFICES = compiled(r"(?:凭|持有?)[^，；。]{1,14}?即可")


_LIKEWISE = compiled(r"(?:参照|比照)(?:享受|执行|落实|给予)")  # a group given what others are (参照享受, 比照执行)


def new_conditions(o: str, clause: str, base_text: str, markers: LevelMarkers, rest: str = "") -> list[LevelReason]:
    """Conditions new to the whole baseline row: added (weaker), or named as lifted (stronger). rest: the
    row's other segments; a reference to rules for services the row promises plainly there (职业介绍、职业培训
    按市人社局有关规定执行) defers nothing."""
    # (a lift in the segment that names what it lifts, 不受户籍限制, lifts that only: 持有居住证的…不受户籍限制
    # adds 居住证)
    if _LIKEWISE.search(clause):  # (…1.5倍的流动儿童，参照享受上述措施: those it names are brought in)
        return [reason(ReasonKind.SCOPE, Level.STRONGER, "", words, f"对象扩大：{words}（{_short(clause, 24)}）")
                for _, words in _conditions(o, markers)][:1]
    in_segment = any(not _conditions(words, markers) for _, words in _find(markers.lift, o))
    lifts = [words for _, words in _find(markers.lift, clause)]
    out = []
    # (o is a segment of a _Side, its glosses already set aside: 流动儿童（指…的未成年人） names no condition)
    for m, words in _conditions(o, markers):
        if _not_new(m, words, o, base_text, rest, markers):
            continue
        # lifted when the lift is said in its segment, or names it (不以户籍为条件 lifts 户籍, not 居住满3年)
        if in_segment or any(m.pattern.search(lift) for lift in lifts):
            if not _lifted_in_base_too(o, words, base_text, markers):
                out.append(reason(ReasonKind.CONDITION, Level.STRONGER, "", words, f"取消限制：{words}（{_short(o, 24)}）"))
        elif not _ANY_ID.search(o) and not _suffices(words, o):
            out.append(reason(ReasonKind.CONDITION, Level.WEAKER, "", words, f"新增条件：{words}（{_short(o, 24)}）"))
    return out


def _not_new(m: Marker, words: str, o: str, base_text: str, rest: str, markers: LevelMarkers) -> bool:
    """The base states or implies the condition, or it refers to rules for a service promised plainly elsewhere."""
    return bool(m.pattern.search(base_text) or (m.implied_by and m.implied_by.search(base_text))
                or (_RULES.search(words) and _promised_in(o[:o.find(words)], rest, markers)))


def _suffices(words: str, segment: str) -> bool:
    """The condition's words are, or hold, a document said to be enough (凭居住证即可 of 凭居住证即可申请)."""
    return any(words in hit.group() or hit.group() in words for hit in _SUFFICES.finditer(segment))


def qualifier_reasons(base, other, sims, targets: tuple[str, str], markers: LevelMarkers) -> list[LevelReason]:
    """符合条件的 on a promise in one row only (免除符合条件的在校生学费 → 免除在校生学费): the clause without it gives
    the promise to every child the row names (stronger), or the reverse (weaker). The qualifier is a segment's
    own (or its lead's: 符合条件的，纳入…); its absence is the whole clause's that restates the segment, for one
    qualifier governs the promises of its clause (对符合条件的在校生发放助学金，并免除其学费). Not where a 服务对象
    or a closing sentence qualifies the whole row (符合当地住房保障条件的家庭; 以上政策适用于符合…条件的学生), nor
    where the side without it names a condition or a hedge in its place (持本市居住证满2年的，就近入园: judged
    by that condition)."""
    if any(_ANY_QUALIFIER.search(t) for t in targets) or _row_qualified(base) or _row_qualified(other):
        return []
    by_other = [[row[j] for row in sims] for j in range(len(other.segments))]  # sims seen from the other side
    out = []
    for side, against, scores, target, direction in ((base, other, sims, targets[1], Level.STRONGER),
                                                     (other, base, by_other, targets[0], Level.WEAKER)):
        for k, segment in enumerate(side.segments):
            words = "" if side.admin[k] else _qualified(side, k, markers)
            found = _unqualified_counterpart(segment, words, against, scores[k] if words else [], target, markers)
            if found and direction is Level.STRONGER:
                out.append(reason(ReasonKind.CONDITION, Level.STRONGER,
                                  words, "", f"取消限定：{words}的（{_short(found, 24)}）"))
            elif found:
                out.append(reason(ReasonKind.CONDITION, Level.WEAKER,
                                  "", words, f"新增条件：{words}的（{_short(segment, 24)}）"))
    return out


def _unqualified_counterpart(segment: str, words: str, against, scores: list[float], target: str,
                             markers: LevelMarkers) -> str:
    """The clause of the other side that says `segment` (qualified by `words`) most closely, when it says it to
    all: no qualifier in the clause, no condition or hedge in it or in its 服务对象, the segment's promise all
    there, and no more than the segment says (低保家庭、特困供养家庭的学生 names narrower groups in its place)."""
    partners = [p for p, score in enumerate(scores) if score >= markers.thresholds.match and not against.admin[p]]
    if not partners:
        return ""
    closest = max(partners, key=lambda p: scores[p])
    clause = against.clauses_holding([closest])
    rest = _canon(segment.replace(f"{words}的", "").replace(words, ""), markers)
    if _ANY_QUALIFIER.search(clause) or not _open(f"{clause}；{target}", markers) \
            or found_share(rest, _canon(clause, markers)) < markers.thresholds.cover \
            or found_share(_canon(against.segments[closest], markers), _canon(segment, markers)) < markers.thresholds.match:
        return ""
    return clause


def _row_qualified(side) -> bool:
    """A sentence that qualifies all the row says above (以上国家助学金和免学费政策适用于符合国家规定条件的学生;
    国家助学金、免学费均面向符合国家资助条件的学生)."""
    return any((_BACK_REFERENCE.match(s) or _ALL_OF_THEM.search(s)) and _ANY_QUALIFIER.search(s) for s in side.segments)


_ALL_OF_THEM = compiled(r"均(?:仅?限|面向|适用于|针对|须为)")


# any words of qualification (符合当地住房保障条件的, 符合规定的): where one stands, none is added or lifted
_ANY_QUALIFIER = compiled(r"符合[^，；。]{0,16}?(?:条件|规定|情形|标准|要求)")


def _qualified(side, k: int, markers: LevelMarkers) -> str:
    """The qualifier segment k carries, or the lead before it in its clause that only says so (符合条件的，纳入…)."""
    qualifier = markers.pattern_of("qualifiers")
    hit = qualifier.search(side.segments[k])
    if hit is None and k > 0 and side.clause_of[k - 1] == side.clause_of[k]:
        lead = qualifier.search(side.segments[k - 1])
        hit = lead if lead and not _core(_WHOM_WORDS.sub("", qualifier.sub("", side.segments[k - 1]))) else None
    return hit.group() if hit else ""


def _open(clause: str, markers: LevelMarkers) -> bool:
    """A clause that names no condition and no hedge: it promises to every child the row names."""
    return not _conditions(clause, markers) and not _hedged(clause, markers)


def _lifted_in_base_too(o: str, words: str, base_text: str, markers: LevelMarkers) -> bool:
    """The base lifts the same requirement in other words (不再要求提供…证明 → 无需提交…证明), or spares it by what
    it gives (跨省通办 spares 返回户籍地办理)."""
    if lifts_implied(o, base_text, markers):
        return True
    if not _find(markers.lift, base_text):
        return False
    rest = markers.pattern_of("lift").sub("", o).replace(words, "")
    return found_share(_canon(rest, markers), _canon(base_text, markers)) >= markers.thresholds.cover


def less_words(text: str, hits: list[tuple[Marker, str]]) -> str:
    """The text without the words markers found in it, the longest first (户籍 is part of 提供户籍地…出具的情况证明)."""
    return reduce(lambda t, hit: t.replace(hit[1], ""), sorted(hits, key=lambda hit: -len(hit[1])), text)


def lifts_implied(o: str, base_text: str, markers: LevelMarkers) -> bool:
    """Every lift of o is one the base text implies (无需返回户籍地 where the base gives 跨省通办)."""
    hits = _find(markers.lift, o)
    return bool(hits) and all(m.implied_by and m.implied_by.search(base_text) for m, _ in hits)


def conditions_of_a_base_segment(b: str, clause: str, other_whole: str, kept: str, markers: LevelMarkers
                                 ) -> list[LevelReason]:
    """A base segment's conditions the other row no longer holds (removed: stronger); where the base clause
    lifts a restriction (不受户籍限制), a row that no longer says so keeps it (weaker)."""
    if _prerequisite(b, clause) and found_share(_canon(b, markers), _canon(other_whole, markers)) < markers.thresholds.cover:
        return [reason(ReasonKind.CONDITION, Level.STRONGER, b, "", f"取消前置条件：{_short(b, 24)}")]
    lift = _find(markers.lift, clause)
    if lift:
        return [] if _find(markers.lift, other_whole) else \
            [reason(ReasonKind.CONDITION, Level.WEAKER, lift[0][1], "", f"不再写明取消限制：{_short(b, 24)}")]
    # one the other row implies (在本市普通高中就读 in a row that still admits to 流入地普通高中) is kept
    return [reason(ReasonKind.CONDITION, Level.STRONGER, words, "", f"取消条件：{words}")
            for m, words in _conditions(b, markers) if not m.pattern.search(kept)
            and not (m.implied_by and m.implied_by.search(other_whole))]


def _promised_in(subject: str, rest: str, markers: LevelMarkers) -> bool:
    """Every item of `subject` (职业介绍、职业培训) is said in `rest`."""
    items = [i for i in _ENUM.split(re.sub(r"(?:按照|按|依照|依据)$", "", _core(subject))) if len(i) >= 2]
    cover, rest = markers.thresholds.cover, _canon(rest, markers)
    return bool(items) and all(found_share(_canon(i, markers), rest) >= cover for i in items)


def without_conditions(text: str, markers: LevelMarkers) -> str:
    """The text less its condition phrases and venues: 小学 in 在本市中小学校就读 names where a child studies, a
    condition, and in 依托中小学校、幼儿园等阵地 where an activity is held, not a group the service reaches."""
    text = _PAST_SCHOOLING.sub("", text)  # first: a condition marker would take the words around the 学段
    for m in (*markers.conditions, *markers.setting):
        text = m.pattern.sub("", text)
    return text


# a 学段 the child has been through, named by a condition (取得本市初中学籍, 连续就读初中满3年): no group reached
_PAST_SCHOOLING = compiled(r"(?:初中|小学|高中|中职)(?:阶段)?(?:学籍|毕业)|(?:就读|学习|在读)(?:初中|小学|高中|中职)")


# a group named, the end of a segment that only says who (…的, …的家庭经济困难儿童)
_WHO_ENDS = compiled(r"的$|的[^，；。的]{0,10}(?:儿童|学生|子女|家庭)$")
# the step by which the family asks (经监护人申请, 根据监护人申请, 经本人申请并经审核同意后): how, not what, is given
_APPLICATION_STEP = compiled(r"[，,]?(?:经|由|根据|依|凭)(?:其|本人|监护人|家长|父母|家庭)*(?:提出)?申请"
                             r"(?:并经[^，；。]{0,10}(?:审核|核准|审批|同意))?后?[，,。；]?$")
_FORMALITY = compiled(r"^(?:协助|帮助|指导)(?:办理|申请|完成)([^，；。]{2,8}?)(?:备案|登记|手续)(?:手续)?$")
_GENERIC_PROMISE = compiled(r"^(提供|给予|做好)(?:相关|有关|相应|必要的?)(?:服务|帮助|支持|工作)$")
# the family sent back home for a step (高考须回户籍地报名参加, 医疗费用回参保地报销, 须先到参保地办理备案), unhelped:
# a burden
_SENT_BACK = compiled(r"^(?![^，；。]*(?:协助|帮助|代为|指导))[^，；。]*"
                      r"(?:回|(?:须|需|需要|必须|应当?)[^，；。]{0,4}?(?:到|前往|返回))(?:户籍地|参保地)")
# sent back, forwarded there, or left to the office or the rules there (相关情形由儿童户籍地民政部门认定; 原则上由户籍地
# 实施临时救助; 免学费按照其户籍地有关政策执行)
_ELSEWHERE = compiled(r"(?:向|回|到)(?:户籍(?:所在)?地|参保地)|(?:协助|代为)?(?:转递|转交|转报)"
                      r"|由[^，；。]{0,4}户籍(?:所在)?地[^，；。]{0,8}(?:认定|办理|受理|审核|实施|负责)"
                      r"|按照?(?:其)?户籍(?:所在)?地[^，；。]{0,6}(?:政策|规定|标准)执行")
_HELPS_ALONG = compiled(r"协助|转介|衔接|咨询|指引|告知|开具[^，；。]{0,8}证明")


def helps_toward_home(segment: str, clause: str, against_whole: str, markers: LevelMarkers) -> bool:
    """A segment that only helps the family toward a step taken back home (居住地协助转介; 提供政策咨询和指引 beside
    回户籍地申请认定) where the other row has it done here (就地受理, 跨省通办): part of the lesser way, no service."""
    return bool(_HELPS_ALONG.search(segment) and _ELSEWHERE.search(clause)) and not _find(markers.procedures, segment) \
        and bool(_find(markers.procedures, against_whole))


def unlifted(side, markers: LevelMarkers) -> str:
    """The side's conditions text less the clauses that lift a restriction (不设居住年限要求): a condition
    named only there is removed, not kept."""
    return "；".join(c for c in side.conditioned.split("；") if not _find(markers.lift, c))


def lifted_here(base, other, markers: LevelMarkers) -> list[LevelReason]:
    """A restriction the other row lifts (不受户籍地限制, in its 服务对象 or its content) that the base row
    imposes (符合户籍地…条件的): a condition removed."""
    kept = unlifted(base, markers)
    lifted_in_base = lifted(base.text, markers)  # (lifted on both sides: 入园不受户籍限制 in each)
    out = []
    for m in markers.lift:
        if m.implied_by and m.implied_by.search(base.text):  # (无需返回户籍地 where the base gives 跨省通办)
            continue
        for hit in m.pattern.finditer(other.conditioned):
            out += [reason(ReasonKind.CONDITION, Level.STRONGER, words, hit.group(), f"取消限制：{hit.group()}")
                    for c, words in _conditions(hit.group(), markers)
                    if c.pattern.search(kept) and words not in lifted_in_base]
    return out


# a step the family must take first (按规定办理异地就医备案手续后，方可享受…): a condition, not a promise
_THEN_ONLY = compiled(rf"^[，,]?\s*(?:{ONLY_THEN})")


# (出具…证明后: a certificate the family must first obtain, 经户籍地民政部门出具困难情况证明后)
_STEP_TAKEN = compiled(r"(?:办理|提交|审核|审批|核实|核查|核准|批准|备案|登记|取得|完成|出具|开具)[^，；。]{0,12}后$")


def _prerequisite(b: str, clause: str) -> bool:
    """A step taken before the service: …后，方可…, or a formality done (审核同意并办理…备案后，提供…)."""
    at = clause.find(b)
    following = clause[at + len(b):] if at >= 0 else ""
    return b.endswith("后") and bool(_THEN_ONLY.search(following) or (following and _STEP_TAKEN.search(b)))


def _only_requirements(b: str, clause: str, markers: LevelMarkers) -> bool:
    """The segment says who must ask or meet what, or what the family bears, and promises nothing."""
    who = _APPLICATION_STEP.sub("", b)  # 在本市居住满2年的困难儿童，经监护人申请: who, and how they ask
    if b.strip() and not who.strip("，,。；; "):  # 经监护人申请 alone: how the family must ask, a requirement
        return True
    return bool((_WHO_ENDS.search(_core(who)) and _conditions(who, markers)) or BURDEN.search(b) or _SENT_BACK.search(b)
                or _prerequisite(b, clause) or _only_who(b)  # (对符合条件的，纳入…: who the next segment is for)
                or _object_of_a_burden(b, clause, markers) or _must_meet(b, markers)
                or bool(_CASE_LEAD.fullmatch(_core(b)) and not _find(markers.service, b)))


# the case a clause's promise is kept to (情况紧急的，…): no promise of its own
_CASE_LEAD = compiled(r"(?:对)?[^的]{2,8}的")


# what those served must meet (其中流动儿童须父母一方在本市连续缴纳社会保险满3年): a requirement, no promise
_MUST = compiled(r"(?:须|需|应当?|必须)(?!提供|给予|发放|开展|免除|落实|做好|保障|安排|纳入)")


def _must_meet(b: str, markers: LevelMarkers) -> bool:
    """须 before a condition, or a segment that is a condition on those it names and nothing else (6周岁以下儿童由
    成年人携带)."""
    conditions = _conditions(b, markers)
    if not conditions or _find(markers.service, b):
        return False
    rest = less_words(normalize_numbers(b), conditions)
    return bool(_MUST.search(b)) or not _core(_THOSE_NAMED.sub("", rest))


_THOSE_NAMED = compiled(r"\d+(?:-\d+)?岁(?:及?以下|及?以上)?|流动儿童|儿童|学生|幼儿|子女")


def _object_of_a_burden(b: str, clause: str, markers: LevelMarkers) -> bool:
    """A segment that only names what the burden after it is on (在外地就医发生的医疗费用，回参保地按规定手工报销)."""
    at = clause.find(b)
    following = re.split(r"[，,]", clause[at + len(b):].lstrip("，, "), maxsplit=1)[0] if at >= 0 else ""
    return bool(following) and bool(_SENT_BACK.search(following) or BURDEN.search(following)) \
        and not _find(markers.service, b)


def no_promise_of_its_own(b: str, other, markers: LevelMarkers, clause: str = "") -> bool:
    """A base segment whose loss loses no promise: only the condition a group must meet (随父母在本市连续居住
    满1年的: judged as a condition); a promise of nothing in particular (提供相关服务) where the other row gives
    a service by its verb; help with a formality (协助办理异地就医备案) toward a service the other row gives
    plainly (提供异地就医直接结算); a cost the family bears (由个人先行垫付) or a journey home it must make
    unhelped (回参保地报销); or a way of sending the family back to 户籍地 where the other row gives the service
    here (就地受理)."""
    if _only_requirements(b, clause, markers):
        return True
    # a segment that only lifts (不设户籍和家庭经济条件限制) where the other row lifts too (（不受户籍…限制）)
    if _find(markers.lift, b) and not _find(markers.service, b) and _find(markers.lift, other.whole):
        return True
    if _given_otherwise(b, other, markers):
        return True
    # (or where the other row lifts the journey: 个人无需回参保地办理; or gives here what the family was sent home
    # for: 需要疾病治疗的，协助其回户籍地申请救治 → 提供疾病治疗服务)
    # (or the help given toward a case sent back: 向户籍所在地残联提出，本市协助做好转介衔接)
    sent = _ELSEWHERE.search(b) or (_HELPS_ALONG.search(b) and _ELSEWHERE.search(clause))
    return bool(sent) and not _find(markers.procedures, b) and bool(
        _find(markers.procedures, other.whole) or _find(markers.lift, other.whole) or _given_here(b, clause, other, markers))


def _given_otherwise(b: str, other, markers: LevelMarkers) -> bool:
    """A promise of nothing in particular, help with a formality, or a way of applying, that the other row gives
    in its own words."""
    generic, step = _GENERIC_PROMISE.search(_core(b)), _FORMALITY.search(_core(b))
    return bool(generic and _given_plainly(generic, other, markers)) or _only_a_way_kept(b, other, markers) \
        or bool(step and _plainly(other, markers, step.group(1), service=True))


def _only_a_way_kept(b: str, other, markers: LevelMarkers) -> bool:
    """A segment that says only how the family applies (监护人可在居住地申请相关情形认定), which the other row gives
    in its own words (在认定相关情形时提供“跨省通办”服务): the way is kept, no promise lost."""
    ways = _find(markers.procedures, b)
    if not ways or not all(m.said_or_implied(other.whole) for m, _ in ways):
        return False
    rest = _FAMILY_ASKS.sub("", reduce(lambda t, way: t.replace(way[1], ""), ways, _core(b)))
    return len(rest) < 2 or found_share(rest, _core(other.whole)) >= 0.75


# who asks and how the segment says they may (流动儿童监护人可…申请): not what is asked for
_FAMILY_ASKS = compiled(r"流动儿童|儿童|监护人|父母|家长|家庭|可以?|申请|办理")


def _given_plainly(generic: re.Match, other, markers: LevelMarkers) -> bool:
    """A promise of nothing in particular (提供相关服务) that a plain segment of the other row gives by its verb, or
    by naming the services it gives (在定点康复机构接受康复服务的)."""
    names_services = generic.group().endswith("服务") and _plainly(other, markers, "服务")
    return names_services or _plainly(other, markers, generic.group(1))


def _given_here(b: str, clause: str, other, markers: LevelMarkers) -> bool:
    """What the clause sends the family home for (its words beside b, or b's own less the sending: 在校生免学费 of
    在校生免学费按照其户籍地有关政策执行) given by a plain segment of the other row that sends no one anywhere."""
    case = _core(clause.replace(b, ""))
    own = _canon(_core(_SENT_OFF.sub("", b)), markers)
    return any(_find(markers.service, o) and not _ELSEWHERE.search(o)
               and ((len(case) >= 4 and _longest_common(case, _core(o)) >= 4)
                    or (len(own) >= 4 and found_share(own, _canon(o, markers)) >= 0.6)) for o in other.segments)


_SENT_OFF = compiled(_ELSEWHERE.pattern + r"|原则上|一般")


def _plainly(side, markers: LevelMarkers, words: str, service: bool = False) -> bool:
    """A plain (unhedged, not administrative) segment of the side holds `words` (and a service verb)."""
    return any(words in s and not _hedged(s, markers) and (not service or _find(markers.service, s))
               for s, a in zip(side.segments, side.admin, strict=True) if not a)


def condition_dropped(b: str, markers: LevelMarkers, other_whole: str = "") -> LevelReason | None:
    """A base segment that opens with a condition and says nothing else (凭户籍地民政部门出具的困难证明，…发放临时救助金),
    or nothing the other row does not give without it (备案后可直接结算 beside 提供异地就医直接结算服务), or whose only
    act is what the family must bring to apply (申请入学须提供在本市连续居住满2年的证明), found nowhere in the other
    row: the condition is lifted, not a promise lost."""
    conditions, core = _conditions(b, markers), _core(b)
    opening = next((words for _, words in conditions if core.startswith(_core(words))), "")
    rest, asked = core, APPLIED_FOR.sub("", core)
    for _, words in conditions:
        rest, asked = rest.replace(_core(words), ""), asked.replace(_core(words), "")
    # (one whose only act is what the family applies for, 申请入学须提供…证明, is a condition throughout)
    only_asks = bool(conditions) and asked != rest and not _find(markers.service, asked)
    opening = opening or (conditions[0][1] if only_asks else "")
    given_anyway = only_asks or (bool(other_whole) and found_share(_canon(rest, markers), _canon(other_whole, markers))
                                 >= markers.thresholds.cover)
    # (one that lifts a condition, 不受户籍限制, is a lift lost, read where the lifts are)
    if not opening or (_find(markers.service, rest) and not given_anyway) or _find(markers.lift, b):
        return None
    return reason(ReasonKind.CONDITION, Level.STRONGER, b, "", f"取消条件：{opening}（{_short(b)}）")
