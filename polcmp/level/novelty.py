"""Whether a segment of the other row that resembles nothing in the base row adds a service: plain, with a
service verb, giving something (what is left once who it is for and the verb that gives it are set aside)
that the base row names nowhere, and none of what is never a service added (a limit, hours, a charge, what
the family bears, help with a formality)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..regexcache import compiled
from ..results import Level, ReasonKind
from .conditions import less_words, lifts_implied
from .hours import service_hours
from .markers import LevelMarkers, LevelReason, reason
from .narrowed import ADDED_PART
from .quantities import limits
from .restates import gives_nothing
from .segments import _ANY_RECIPIENT, _FAMILY_VIEW, _hedged, lifted
from .text import (
    APPLIED_FOR,
    BACK_REFERENCE,
    BURDEN,
    EXCLUSION,
    ONLY_THEN,
    _canon,
    _conditions,
    _core,
    _find,
    _longest_common,
    _short,
    found_share,
    spread_in,
)

_FOR_RECIPIENT_THEN_ACT = compiled(r"^(?:为|对|向)[^，；。]{0,16}?(?:免费|无偿)?(?:提供|发放|给予|增发|加发)")
_AGE_RANGE = compiled(r"(?<=学前)\d-\d岁")
_FOR_WHOM = compiled(r"^[^，；。]{2,16}?的(?=按|给予|提供|发放|享受|免除|减免|资助|补助)")


# a segment that only names a group (在本省参加医保的儿童), or the consequence of a condition (须…出具证明后，
# 方可在本市受理), grants nothing new
# who a segment is for, or only what it requires (暂不能直接结算的，…): the next segment gives
# (advice on the rules, 提供医保政策咨询, in place of a service, is no service added either)
_GRANTS_NOTHING = compiled(r"的(?:流动)?(?:儿童|学生|家庭|对象)$|^(?:方可|才能|才可|方能)|^[^，；。]{2,12}的$"
                           # telling the family of a policy (政策告知, 宣传) gives it nothing it did not have
                           r"|政策(?:咨询|解读|告知|宣传|指引)(?:服务)?$|(?:信息|政策)?告知(?:服务)?$"
                           # nor does help with a formality that names no service (学校协助办理): it helps with
                           # what the clause before leaves to the family
                           r"|^[^，；。]{0,8}(?:协助|帮助)(?:其|家长|家庭)?(?:办理|申请|申报)(?:相关)?(?:手续)?$"
                           # nor how the thing the clause names is paid (经审核后按学期发放): a giving verb, no object
                           r"|^[^，；。]{0,12}(?:发放|拨付|兑付|兑现)$"
                           # nor who may have what the clause before names (…基本公共卫生服务，流动儿童均可享有)
                           r"|^(?:(?:符合条件的)?流动儿童|上述[^，；。]{0,6}|以上[^，；。]{0,6})?(?:均|都|皆|也|同样)(?:可|能|可以)?(?:享有|享受)$"
                           r"|^(?:均|都|皆)?(?:面向|向|为)(?:上述|以上|其)[^，；。]{0,8}?(?:提供|开展)$"
                           r"|^[^，；。]{0,8}(?:对象|范围)(?:仅|只)?限(?:于|为)?"  # (资助对象限4岁及以上在园儿童: who alone)
                           # nor what the family must do first (须由家庭向学校提出申请并提交…证明), nor the service
                           # given only once a step is taken (备案后方可结算)
                           r"|^(?:须|需|需要|必须|应当?)(?:由|先|向|到|持)|^[^，；。]{0,30}(?:后|满[^，；。]{1,8}?)(?:方可|才能|才可|方能)"
                           # nor what the family must show to apply (凭父母居住证及…证明申请入学)
                           r"|^凭[^，；。]{2,40}?(?:申请|办理|报名)"
                           # nor who pays for what the row gives (保费由县财政全额承担): a benefit word, judged as such
                           r"|^[^，；。]{0,8}由[^，；。]{1,12}(?:全额)?(?:承担|负担|支付)$"
                           # nor what is no longer given (此后学年不再资助): a limit, read as one
                           r"|^[^，；。]{0,8}(?:不再|不予|不)(?:资助|补助|补贴|提供|发放|给予|受理|办理)[^，；。]{0,6}$")


_LEADING_ACT = compiled(r"^(?:在[^，；。]{0,6}?)?(?:免费|无偿)?(?:提供|开展|发放|给予|实施)")
# the verb after what is given (课后服务对流动儿童免费提供)
_TRAILING_ACT = compiled(r"(?:对|为|向)?(?:免费|无偿)(?:提供|开放|开展|发放|给予)?$"
                         r"|(?:对|为|向)(?:提供|开放|开展|发放|给予)$")


# what the family must itself do (由监护人另行申请临时救助, 家长须自行办理): its burden, no one's promise
_FAMILY_ACT = compiled(r"^(?:(?:须|需|必须|应当?)?由(?:其|本人|监护人|家长|父母|家庭|申请人)+(?:另行|自行)?"
                       r"|(?:其|本人|监护人|家长|父母|家庭|申请人)+(?:须|需|必须|应当?)?(?:另行|自行))"
                       r"(?:向[^，；。]{1,12}?)?(?:提出)?(?:申请|申领|申报|办理)")


def family_acts(o: str) -> bool:
    """The segment says what the family must do, not what it is given."""
    return bool(_FAMILY_ACT.search(_core(o)))


_GIVING = compiled(r"提供|开展|给予|发放|组织")
# a list closed by 等 and what its items are (新生儿访视、儿童健康检查等健康管理服务): examples of that
_EXAMPLES_OF = compiled(r"等([^，；。等]{2,10}?)(?:服务|活动|工作)?$")


def _items_given(o: str, base_text: str) -> list[str]:
    """The items a segment lists after its verb (提供阅读指导、精神陪伴等服务), unless they only exemplify what the
    base names (…等健康管理服务 where the base gives 健康管理服务)."""
    examples = _EXAMPLES_OF.search(o)
    if examples and len(_core(examples.group(1))) >= 2 and _core(examples.group(1)) in _core(base_text):
        return []
    parts = o.split("、")
    # (a list after the verb only: 对因遭遇突发事件、意外伤害等…的家庭，给予临时救助 lists cases, not what is given)
    if len(parts) < 2 or not _GIVING.search(parts[0]) or _GIVING.search(parts[-1]):
        return []
    parts[0] = _GIVING.split(parts[0])[-1]
    parts[-1] = re.sub(r"等(?:服务|活动)?$", "", parts[-1])
    return [_core(x) for x in parts if len(_core(x)) >= 2]


def _is_new_service(o: str, base_text: str, elsewhere_base: Sequence[str], markers: LevelMarkers) -> bool:
    if not _may_be_a_service(o, base_text, markers) or family_acts(o):
        return False
    plain = _canon(o, markers, lexicon=False)
    if _a_base_benefit_had(o, base_text, markers):
        return False
    o, base_text = _canon(o, markers), _canon(base_text, markers)
    if _GRANTS_NOTHING.search(_core(o)) or gives_nothing(o) or (len(_core(o)) < 6 and not _waives_another_fee(o, base_text)):
        return False
    if _only_a_condition(o, plain, base_text, markers):
        return False
    needed = _AS_NEEDED.search(o)  # (a service given as needed: what follows must be new, 提供协助 of 协助…申领 is not)
    if needed and _LEADING_ACT.sub("", _core(o[needed.end():])) in _core(base_text):
        return False
    th = markers.thresholds
    given = _what_is_given(o)
    # (阅读指导、精神陪伴 where the base has only 阅读指导 adds 精神陪伴)
    return (found_share(o, base_text) < th.cover and not _known(o, given, _core(base_text), th.novel)
            and not any(found_share(plain, _canon(e, markers, lexicon=False)) >= th.cover for e in elsewhere_base))


def more_for_some(o: str, base_text: str, gained: Sequence[LevelReason], markers: LevelMarkers) -> bool:
    """The segment gives more (a sum, a benefit) to those it names, on a service the base does not give them
    (对0-6岁残疾儿童…按每人每年2万元补助): what limits them limits that alone. Not a base service given free to
    some only (对在本市居住满一年的流动儿童免费提供家庭医生签约服务): who may have it is limited too."""
    more = any(r.kind in (ReasonKind.NUMBER, ReasonKind.SCOPE) and r.direction is Level.STRONGER and not r.base
               for r in gained)
    return more and not _restates_a_base_service(o, base_text, markers)


def _restates_a_base_service(o: str, base_text: str, markers: LevelMarkers) -> bool:
    given = _what_is_given(re.sub(r"[（(][^）)]*[）)]", "", _FREE_WORDS.sub("", o)))
    return len(_core(given)) >= 4 and found_share(_canon(given, markers), _canon(base_text, markers)) >= 0.9


_FREE_WORDS = compiled(r"免费|无偿")
_PAID_FOR = compiled(r"(?<=[^\W\d_]{2})(?:补贴|津贴|奖励)$")


def _a_base_benefit_had(o: str, base_text: str, markers: LevelMarkers) -> bool:
    """A benefit the family is said to have (并享受免除学费政策) that a base clause gives (免除…学费)."""
    benefit = _FAMILY_VIEW.sub("", _core(o))
    return benefit != _core(o) and 3 <= len(benefit) <= 8 and any(spread_in(benefit, _core(_canon(c, markers)), 24)
                                                                   for c in re.split(r"[；。]", base_text))


def _known(o: str, given: str, base_core: str, novel: int) -> bool:
    """What the segment gives is found in the base: whole, however short, or each item of a list it gives (an item
    whose characters the base mostly holds, 免收学费 of 免除…学费, is the base's in other words)."""
    items = _items_given(o, base_core)
    paid = _PAID_FOR.search(given)  # (职业培训补贴 where the base gives 职业培训: money toward it, not the service)
    if paid and given[max(0, paid.start() - 2):] not in base_core:
        return False
    if not items:
        return _longest_common(given, base_core) >= min(novel, len(given))
    return all(_longest_common(x, base_core) >= min(novel, len(x)) or sum(c in base_core for c in x) >= 0.6 * len(x)
               for x in items)


def _only_a_condition(o: str, plain: str, base_text: str, markers: LevelMarkers) -> bool:
    """A segment that only says on what condition a service is given: the next segment's (具有…学籍并…就读满3年的，),
    or one whose only verb is the condition's (申请人需提供收入证明; 申请入学须提交居住证), or one put on what the base
    gives (须凭居住证申请入学 beside 保障就近入学; not a condition lifted, 不将…作为入学条件)."""
    if _core(o).endswith("的") and _conditions(o, markers):
        return True
    conditions = _conditions(plain, markers)
    rest = less_words(APPLIED_FOR.sub("", plain), conditions)
    if not _find(markers.service, rest) and not _CONTINUES.match(plain):
        return True
    # (办理 and 受理 are how the base's service is had: 持居住证即可办理入学 beside 保障就近入学)
    return bool(conditions) and not _find(markers.lift, o) \
        and all(verb in base_text or verb in ("办理", "受理") for verb in markers.pattern_of("service").findall(rest))


# a fee waived, said shortly (免收住宿费): a benefit however few its words, where the base waives another
_WAIVES_A_FEE = compiled(r"(?:免收|免除|免交|免缴|免征|不收取?)(?:其)?([^，；。其]{1,4}费)")


def _waives_another_fee(o: str, base_text: str) -> bool:
    waived = _WAIVES_A_FEE.search(o)
    return bool(waived) and waived.group(1) not in base_text


# a charge brought in (按照成本分担原则收取托管费): what the family pays, not a service (once its waivers,
# 不再收取托管费, are set aside)
_CHARGES = compiled(r"收取[^，；。]{0,6}费|收费(?!标准)")


# who alone may have what the row gave above (…就读满1学年的流动儿童方可申请上述资助): a condition on the row's
# services, however it names them
_GATED = compiled(rf"(?:{ONLY_THEN})[^，；。]{{0,6}}?(?:{BACK_REFERENCE})")


_CONTINUES = compiled(r"^(?:以及|及)(?!其)")
# what one must meet to have the row's service (享受本项服务须父母一方…缴纳社会保险满6个月): a condition on it
_FOR_THIS_ONE_MUST = compiled(r"(?:享受|申请|获得)(?:本项|上述|以上|该项|此项)(?:服务|政策|待遇|资助|补助)[^，；。]{0,2}"
                              r"(?:须|需|应当?|必须)")


def _may_be_a_service(o: str, base_text: str, markers: LevelMarkers) -> bool:
    """Plain, with a service verb, and none of what is never a service added: an administrative line, a
    narrowing, a limit or hours, what the family bears, what is not covered, who alone may have the row's."""
    # (a segment that continues the verb before it, 以及儿童眼保健和口腔保健服务, gives by that verb; one that gives by
    # another word for one, 课后服务不向家庭收取费用 = 课后服务免费)
    return not (_hedged_beyond_need(o, markers) or not (_find(markers.service, o) or _CONTINUES.match(o)
                                                         or _find(markers.service, _canon(o, markers, lexicon=False)))
                or _find(markers.admin, o)
                or (_find(markers.narrow, o) and not ADDED_PART.match(o)) or _limits_a_service(o, base_text)
                or BURDEN.search(o)
                or EXCLUSION.search(o) or _CHARGES.search(markers.pattern_of("waived").sub("", o))
                or _GATED.search(o) or _FOR_THIS_ONE_MUST.search(o))


# given as the child needs it (根据需要提供住房救助): a service promised to those who need it, as 有需要的 is, not one
# left to the government's means or will
_AS_NEEDED = compiled(r"(?:根据|视|按)(?:实际)?需要|按需|必要时")


def _hedged_beyond_need(o: str, markers: LevelMarkers) -> bool:
    return any(not _AS_NEEDED.fullmatch(words) for _, words in _hedged(o, markers))


def _limits_a_service(o: str, base_text: str) -> bool:
    """A limit on a service (名额, 最长不超过3年), or the hours of one the base row gives hours for
    (每日8时至22时 beside 24小时热线): no service added."""
    return limits(o) or bool(service_hours(o) and service_hours(base_text))


# when the thing is given and by which rule (参加职业培训期间按规定给予…): not what is given
_WHEN = compiled(r"^(?:[^，；。]{2,16}?期间)?(?:按(?:照)?(?:有关|相关)?规定(?=给予|发放|提供))?"
                 # and how much, by a standard the base may name (按不低于当地低保标准30%的比例为…增发…)
                 r"(?:按(?:照)?[^，；。]{0,24}?(?:标准|比例)(?:的?\d+(?:\.\d+)?%(?:的比例)?)?)?")


# when and by whom it is given (必要时由救助管理机构提供临时住宿): not what is given
_BY_WHOM = compiled(r"^(?:必要时|需要时)?(?:由[^，；。]{2,14}?)?(?=(?:免费|无偿)?(?:提供|开展|发放|给予|实施))")
_BROUGHT_IN = compiled(r"^(?:将|把)?(其|[^，；。]{2,20}?)纳入")
_PEOPLE = compiled(r"(?:儿童|学生|在校生|家庭|幼儿|子女|人员|对象|父母|监护人|群体)$")
_THING = compiled(r"[一-龥]{2}(?<!周岁)")  # (not what is left of the people once they are set aside: 0-6岁)


def _what_is_given(o: str) -> str:
    """A segment less who the service is for (参加职业培训的…) and the verb that leads it (在校内免费提供 of
    在校内免费提供课后服务, 免费提供午餐) or closes it (课后服务对…免费提供): what must be new for the segment to
    add a service."""
    # (the years before school are one word of whom it is for, as 学前一年 is: 就读学前5-6岁（大班）的)
    given = _BY_WHOM.sub("", _WHEN.sub("", _FOR_WHOM.sub("", _core(_AGE_RANGE.sub("岁", _ANY_RECIPIENT.sub("", o))))))
    # (将门诊慢特病费用纳入…直接结算范围: what is brought in is given; people brought in receive what they enter)
    brought_in = _BROUGHT_IN.match(given)
    if brought_in and _THING.search(brought_in.group(1)) and not _PEOPLE.search(brought_in.group(1)):
        return brought_in.group(1)
    if brought_in and len(entered := re.sub(r"范围$", "", given[brought_in.end():])) >= 2:
        return entered  # (将其纳入严重精神障碍患者健康管理: what they enter)
    what = _TRAILING_ACT.sub("", _LEADING_ACT.sub("", given))
    if what != given and len(what) >= 2:
        return what
    # led by its recipients (为在校…免费提供营养午餐, 对符合条件的…父母提供创业担保贷款): what follows the verb
    what = _FOR_RECIPIENT_THEN_ACT.sub("", given)
    if what != given and len(what) >= 3:
        return what
    return given if len(given) >= 4 else _core(_ANY_RECIPIENT.sub("", o))


def _said_of_something_else(r: LevelReason, adds_a_service: bool, relief: bool, duties: str, o: str = "",
                            base_text: str = "") -> bool:
    """A quantity of the segment that is not the row's: a limit of the service it adds (最长3个月), not of a benefit
    the base gives (救助金额最高不超过…3倍 beside 24小时内发放到位, the base paying 临时救助金); a sum toward a cost
    the base paid in full, or how often the family must do what a condition asks (须每半年重新申报)."""
    if r.kind is not ReasonKind.NUMBER:
        return False
    if r.direction is Level.WEAKER:
        capped = _core(o[:o.find(r.other)]) if r.other and r.other in o else ""
        return adds_a_service and not (capped and _longest_common(capped[-8:], base_text) >= 3)
    return relief or _longest_common(r.other, duties) >= 4


def _new_marker_reasons(o: str, base_text: str, markers: LevelMarkers) -> list[LevelReason]:
    """A lift, a narrowing, a benefit or everyone reached, said in a new segment and nowhere in the base row (not
    in a part of a bracket cut at its comma: 直接结算（在就医地直接报销，无需先行垫付…） glosses what it follows)."""
    if o.count("（") != o.count("）"):
        return []
    out = []
    # (a lift the base says of the same restriction is not new; one of another is: 不受户籍限制 beside 免于…备案)
    if lifted(o, markers) - lifted(base_text, markers) and not lifts_implied(o, base_text, markers):
        hit = _find(markers.lift, o)[0][1]
        out.append(reason(ReasonKind.CONDITION, Level.STRONGER, "", hit, f"取消限制：{hit}（{_short(o)}）"))
    out += [reason(ReasonKind.SCOPE, Level.WEAKER, "", words, f"范围收窄：{words}（{_short(o)}）")
            for words in _new_words(markers.narrow, o, base_text) if not ADDED_PART.match(o) and not o.startswith("其中")]
    if not _hedged(o, markers):  # 可先行救助 promises nothing; 费用由财政全额承担: a cost the family no longer bears
        out += [reason(ReasonKind.SCOPE, Level.STRONGER, "", words, f"新增“{words}”：待遇提高")
                for words in _new_words(markers.benefit, o, base_text)]
        # everyone reached (0-6岁流动儿童家庭医生签约做到应签尽签): its own age limits it, not the row
        out += [reason(ReasonKind.SCOPE, Level.STRONGER, "", words, f"新增“{words}”：范围扩大")
                for words in _new_words([m for m in markers.widen if m.grade == "everyone"], o, base_text)]
    return out


def everyone_lost(b: str, other_whole: str, markers: LevelMarkers) -> list[LevelReason]:
    """Every one of a group reached (一律免除学费), said in a base segment the other row restates without it."""
    return [reason(ReasonKind.SCOPE, Level.WEAKER, words, "", f"删去“{words}”：扩大范围的表述被删去")
            for words in _new_words([m for m in markers.widen if m.grade == "everyone"], b, other_whole)]


def _new_words(section: Sequence, o: str, base_text: str) -> list[str]:
    """The words of a section's markers in o that the base says neither in them nor in words implying them."""
    return [words for m, words in _find(section, o)
            if not m.pattern.search(base_text) and not (m.implied_by and m.implied_by.search(base_text))]
