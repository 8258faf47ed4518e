"""Charges the family pays and benefits it is given, as a policy reader weighs them across a row pair: a charge the
base sets that the other row waives is lifted, whether the other row says so in the segment that restates it or
elsewhere; a benefit the base gives in a clause the other row drops is lost even where the thing is named on; a sum or
share the family pays is read the other way round from one it is given; a cap on a benefit the other row drops while
it still gives the benefit is lifted."""

from __future__ import annotations

import re
from dataclasses import replace

from ..results import Level, ReasonKind
from .markers import LevelMarkers, LevelReason, reason
from .quantities import _amounts, _cap, limits
from .text import _canon, _core, _find, _short, lazy


def charge_waived(b: str, other_whole: str, markers: LevelMarkers) -> LevelReason | None:
    """A base segment that sets a charge (学费按省定标准的50%收取) the other row waives (免除…学费), or charges for a
    stage the other row makes free (高中阶段教育减半收取学费 → 包括…高中阶段教育在内的12年免费教育): the charge
    is gone, not a promise."""
    if not (_find(markers.charge, b) or _PARTLY.search(b)):
        return None
    fee, stage = _FEE.search(b), _core(_CHARGING.sub("", b))
    if (fee and re.search(f"(?<!减)(?:免除|免收|免)[^，；。]{{0,20}}{re.escape(fee.group())}", other_whole)) \
            or (len(stage) >= 4 and any(_FREE.search(s) and stage in _core(s) for s in other_whole.split("；"))):
        return reason(ReasonKind.SCOPE, Level.STRONGER, b, "", f"不再收费：{_short(b)}")
    return None


# a fee waived for a group named before it (对家庭经济困难学生免收课后服务费): the group, and what the fee is for
_WAIVED_FOR_SOME = lazy(r"(?:对|为)([^，；。]{2,16}?)(?:免收|免除|免交|减免)([^，；。]{2,8}?)费")


def waiver_widened(b: str, other_segments, markers: LevelMarkers) -> LevelReason | None:
    """A fee the base waives for a group (对家庭经济困难学生免收课后服务费) the other row waives with no group named
    (课后服务不收取任何费用): waived for all, the group's condition gone."""
    hit = _WAIVED_FOR_SOME.search(b)
    if not hit:
        some = _FREE_FOR_SOME.search(b)
        free_for_all = some and next((o for o in other_segments if _FREE_FOR_ALL.search(o)), None)
        return reason(ReasonKind.CONDITION, Level.STRONGER, some.group(1), free_for_all,
                      f"免收范围扩大：不再限于{some.group(1)}") if free_for_all else None
    thing = hit.group(2)
    for o in other_segments:
        if thing in o and (markers.pattern_of("waived").search(o) or _FREE.search(o)) and hit.group(1) not in o \
                and not re.search(r"(?:对|为)[^，；。]{2,16}?(?:免收|免除|免交|减免|免费)", o):
            return reason(ReasonKind.CONDITION, Level.STRONGER, hit.group(1), o, f"免收范围扩大：不再限于{hit.group(1)}")
    return None


def waiver_narrowed(o: str, base_text: str, markers: LevelMarkers) -> LevelReason | None:
    """A fee the other row waives for a group only (家庭经济困难的免费) where the base waives it for all (全程免费):
    the mirror of waiver_widened."""
    some, free = _FREE_FOR_SOME.search(o), _FREE_SERVICE.search(base_text)
    if some and free:
        return reason(ReasonKind.CONDITION, Level.WEAKER, free.group().strip("，；"), some.group(1),
                      f"免收范围缩小：仅限于{some.group(1)}")
    widened = waiver_widened(o, re.split(r"[，；。]", base_text), markers)
    return replace(widened, direction=Level.WEAKER, base=widened.other, other=widened.base,
                   explanation=f"免收范围缩小：仅限于{widened.base}") if widened else None


# free for a group a condition names, the segment's whole (家庭经济困难的免费), and free with no group named: the
# segment says only that all of the service is free (全程免费, 一律免费)
_FREE_FOR_SOME = lazy(r"^([^，；。]{2,16}?)的(?:免费|免收[^，；。]{0,8}?费用?|免除[^，；。]{0,8}?费用?)$")
_FREE_FOR_ALL = lazy(r"^(?:全程|一律|全部|均|完全)免费$")


# a fee, or the part of a cost left over, the family is to bear (签约服务费由签约家庭个人承担; 托管费用按成本分担原则
# 由家庭适当承担; 医保报销后个人自付部分由监护人承担) (its sum may stand between: 签约服务费每人每年120元由个人承担)
_BORNE_WORDS = (r"(?:费用?|自付部分|差额部分?|超出部分|不足部分)[^，；。由需]{0,12}?(?:由|需)[^，；。]{0,6}?"
                r"(?:个人|本人|家庭|家长|监护人)(?:自行)?[^，；。]{0,4}?(?:承担|负担|分担|支付|缴纳)"
                # (or paid by the family itself: 伙食费自理)
                r"|费(?:用)?(?:由[^，；。]{0,6}?)?自理"
                # (or what is paid out is recovered from the family later: 先行垫付，再依法向其监护人追偿)
                r"|(?:向|由)[^，；。]{0,4}?(?:监护人|家庭|家长|父母)[^，；。]{0,4}?(?:追偿|追回|偿还|归还|返还)")
_BORNE = lazy(_BORNE_WORDS)
# a charge put on the family (按规定收取材料费, 收费标准按成本核定), or a fee it is to bear (the words as a string:
# a pattern built from a compiled one would be compiled at import)
_NOW_CHARGED = lazy(r"收取[^，；。]{0,8}?费|(?<!不)(?<!免)收费|" + _BORNE_WORDS)


def free_now_charged(b: str, o: str, clauses: tuple[str, str], markers: LevelMarkers) -> list[LevelReason]:
    """A thing the base gives free (为6-9岁儿童免费实施窝沟封闭) given in the other row's clause with a charge
    beside it (实施窝沟封闭，按规定收取材料费): no longer free, whatever the row gives free elsewhere."""
    free = _FREE.search(b)
    if free and not _FREE.search(o) and _NOW_CHARGED.search(clauses[1]) and not _NOW_CHARGED.search(clauses[0]) \
            and not markers.pattern_of("waived").search(clauses[1]):
        return [reason(ReasonKind.SCOPE, Level.WEAKER, free.group(), "", f"删去“{free.group()}”：改为收费")]
    return []


# help toward a cost in the same segment (个人自付部分给予补助), a cap or a discount on it, or the fee of others
# (收费与本地户籍儿童一致): what it says is relief or equal treatment, not a charge brought in (报销后: what is
# left after a reimbursement, the family's part)
_HELP_TOWARD = lazy(r"免|减|补助|补贴|资助|救助|报销(?!后)|承担部分|不超过|不高于|不另|一致|同等|相同|优惠|折|%|合理(?!收)")
_CAP_ON_CHARGE = lazy(r"不超过|不高于")
# a charge said not to be made, in any words (不向学生家长收取费用)
_NOT_CHARGED = lazy(r"不(?:再|另)?(?:向[^，；。]{1,8}?)?收(?:取)?")


def charge_brought_in(base_text: str, other_text: str, markers: LevelMarkers) -> list[LevelReason]:
    """A charge the family pays for what the row gives (按规定收取培训费用, 收取签约服务费) where the base row names no
    charge at all: the family pays for what it was given unpriced; a fee the base has the family bear, named
    nowhere in the other row, is no longer the family's."""
    return _charged_anew(base_text, other_text, markers) + [
        reason(ReasonKind.SCOPE, Level.STRONGER, r.other, "", f"不再由家庭承担：{_short(r.other)}")
        for r in _charged_anew(other_text, base_text, markers) if _BORNE.search(r.other)]


def _charged_anew(base_text: str, other_text: str, markers: LevelMarkers) -> list[LevelReason]:
    waived = markers.pattern_of("waived")
    if _find(markers.charge, waived.sub("", base_text)):
        return []
    # (a cap on a charge is relief only where there was a charge: a base that gives the service free has none)
    capped = _CAP_ON_CHARGE if _FREE_SERVICE.search(base_text) else None
    for segment in re.split(r"[，；。（）]", _NOT_CHARGED.sub("", waived.sub("", other_text))):
        charged = _NOW_CHARGED.search(segment)
        if charged and not _HELP_TOWARD.search(capped.sub("", segment) if capped else segment):
            return [reason(ReasonKind.SCOPE, Level.WEAKER, "", segment, f"新增收费：{_short(segment)}")]
    return []


def charge_dropped(b: str, base_whole: str, other_whole: str, markers: LevelMarkers) -> LevelReason | None:
    """A base segment that says what the family pays for the row's service (收费标准按成本核定; 托管费用按成本
    分担原则由家庭适当承担), where the other row gives that service free and the base row nowhere does: the charge
    is gone, not a promise."""
    pays = _find(markers.charge, b) or _BORNE.search(b) or _PARTLY.search(b)
    if pays and _FREE_SERVICE.search(other_whole) and not _FREE_SERVICE.search(base_whole):
        return reason(ReasonKind.SCOPE, Level.STRONGER, b, "", f"不再收费：{_short(b)}")
    return None


_FEE = lazy(r"[^，；。按对为的收取减半免]{1,3}费")  # what is charged (学费, 保教费)
_CHARGING = lazy(r"(?:减半|按[^，；。]{0,12}?)?收取?[^，；。]{0,4}?费(?:用)?|收费"
                 r"|[^，；。]{0,3}费(?:予以|给予)?(?:减免|减半)")
_FREE = lazy(r"免费|(?<!减)免除")
_FREE_SERVICE = lazy(r"(?:^|[，；])(?:全程|一律|全部|均|完全)免费(?=[，；。]|$)"
                     r"|免费(?:提供|开展|开放)|(?:提供|开展)[^，；。]{0,12}免费$|免费提供|免收[^，；。]{0,6}费"
                     r"|不(?:向[^，；。]{1,6}?)?收取(?:任何)?费用")  # (不向家长收取任何费用, 不向学生收取费用: whom not)
# a reduction, not a waiver (学费予以减免, 减半收取): what the family still pays
_PARTLY = lazy(r"减免|减半")


def sum_kept(segment: str, other: str) -> bool:
    """A sum of money the segment pays (另按每生每年500元增发) the other text pays too, perhaps per another period
    (每生每学期250元): the same yearly amount, kept."""
    paid = {v for v, _ in _amounts(segment)}
    return bool(paid) and any(v in paid for v, _ in _amounts(other))


def benefits_lost(b: str, other_whole: str, markers: LevelMarkers) -> list[LevelReason]:
    """The benefit words (先行垫付, 免费) of a base segment the other row drops while it still names the segment's
    object (户籍地未能按时发放的，由本市先行垫付 beside 协助…申领基本生活费): the benefit is gone."""
    said = _canon(other_whole, markers)  # (两免一补 holds 免费 教科书)
    return [reason(ReasonKind.SCOPE, Level.WEAKER,
                   hit.group(), "", f"删去“{hit.group()}”：待遇降低") for m in markers.benefit
            if (hit := m.pattern.search(b)) and not m.pattern.search(other_whole) and not m.pattern.search(said)
            and not (m.implied_by and m.implied_by.search(other_whole)) and not sum_kept(b, other_whole)]


_RELIEF = lazy(r"减免|减收|减半|免收|免除|少收")
# a share of the cost paid (市财政按保费的50%给予补贴), where the base pays it all (由市财政出资…免费投保)
_SHARE_PAID = lazy(r"(?:按[^，；。]{0,10}?|给予|予以)(?:\d+(?:\.\d+)?%|一半|部分|比例)[^，；。]{0,6}"
                   r"(?:给予|予以)?(?:补贴|补助|资助)")
_PAID_IN_FULL = lazy(r"免费|全额|(?:财政|政府)(?:统一)?(?:出资|承担|负担|支付)"
                     r"|(?:财政|政府)统一[^，；。]{0,24}?(?:购买|投保)")  # (由财政统一为…购买…保险: the whole premium)
# a sum or share toward a cost (每生每年补贴30元, 补贴50%保费): where the base paid it all and the other row no longer
# does, what is left of that promise
_SUM_TOWARD = lazy(r"(?:补贴|补助|资助)[^，；。]{0,6}?(?:\d+(?:\.\d+)?(?:%|元)|一半)"
                   r"|(?:\d+(?:\.\d+)?(?:%|元)|一半)[^，；。]{0,6}?(?:补贴|补助|资助)")


def part_of_a_charge(o: str, base_whole: str, other_text: str, markers: LevelMarkers) -> bool:
    """A segment that only says how much of a cost is relieved, no service added: a waiver for some (家庭经济困难的
    予以减免) of a charge the other side brings in where the base names none (按成本收取托管费), or a share of a
    cost the base pays in full (市财政按保费的50%给予补贴 beside 由市财政出资…免费投保), or a sum toward it where the
    other row pays it in full no more (县财政每生每年补贴30元 beside 由市财政统一…免费投保). (A line that only refers
    to the rules on fees, 按…收费和资助政策执行, brings in no charge; the base's own waiver, 不收取费用, is none.)"""
    if _PAID_IN_FULL.search(base_whole) and (
            _SHARE_PAID.search(o) or (_SUM_TOWARD.search(o) and not _PAID_IN_FULL.search(other_text))):
        return True
    return bool(_RELIEF.search(o)) and bool(_find(markers.charge, other_text)) \
        and not _find(markers.charge, markers.pattern_of("waived").sub("", base_whole))


_MONEY_OR_SHARE = lazy(r"金额|比例|上限")
# a share of a charge the government pays (个人缴费部分由市财政补助50%): more is better, as for any benefit
# (or said before what is given: 个人缴费部分给予50%补助, 财政给予50%保费补贴; or a sum paid toward it:
# 个人自付部分每人每年最高补助5000元)
_GIVEN_SHARE = lazy(r"(?:补助|补贴|资助|报销|承担|负担)(?:比例)?(?:为|达)?\d+(?:\.\d+)?%"
                    r"|\d+(?:\.\d+)?%[^，；。\d]{0,6}?(?:补助|补贴|资助|报销)|(?:补助|补贴|资助|报销)\d+(?:\.\d+)?万?元")


def paid_by_family(reasons: list[LevelReason], b: str, o: str, markers: LevelMarkers) -> list[LevelReason]:
    """Sums and shares of what the family pays (收费标准最高不超过公示价格的50%) read the other way round: a
    lower charge, or a new cap on it, favours the child. Both sides must speak of a charge (b may be '')."""
    charge = markers.pattern_of("charge")
    if not charge.search(o) or (b and not charge.search(b)) or _GIVEN_SHARE.search(o):
        return reasons
    flip = {Level.WEAKER: Level.STRONGER, Level.STRONGER: Level.WEAKER}
    return [replace(r, direction=flip.get(r.direction, r.direction), explanation=f"{r.explanation}（收费，越低越有利）")
            if r.kind is ReasonKind.NUMBER and _MONEY_OR_SHARE.search(r.explanation) else r for r in reasons]

def priced_anew(reasons: list[LevelReason], o: str, base_text: str, markers: LevelMarkers) -> list[LevelReason]:
    """The sums and caps of a new segment: of a charge, read the other way round (paid_by_family); but where the
    base gives the service free there was no charge to cap, and a capped charge is a charge brought in."""
    if _FREE_SERVICE.search(base_text) and _NOW_CHARGED.search(o):
        return [r for r in reasons if r.kind is not ReasonKind.NUMBER]
    return paid_by_family(reasons, "", o, markers)


# a segment that only caps a sum (交通费补助每生每年不超过800元): what is capped, then the cap
# (一般, 原则上: how firmly the cap holds, not what it caps)
_CAPPED = lazy(r"^([^，；。]{2,10}?)(?:补助|补贴|资助)?(?:标准)?(?:每[^，；。不]{1,6})?(?:一般|原则上)?(?:最高|最多)?"
               r"不(?:超过|得超过|高于)")
# before a cap that is the whole segment (同一家庭每年最多救助1次): only whom and how often it counts
# (for one cause within so long: 同一家庭因同一事由在12个月内只给予一次救助)
_WHO_AND_WHEN = lazy(r"^(?:同一|每个?|单个|每一)?(?:家庭|户|人|名|生|学生|儿童|对象|申请人)?(?:因同一(?:事由|原因))?在?"
                     r"(?:每|一|1|\d+个?)?(?:年|学年|学期|季度|月|自然年度|年度)?(?:内|度)?$")
_CAP_VERB = lazy(r"救助|补贴|补助|资助")  # the benefit a cap names (申请, 领取: what the family does)
_HOW_MANY = lazy(r"(?:名额|人数|人次|数量|规模)$")  # how many are helped (资助名额): a cap on the help itself
_WHOM_COUNTED = lazy(r"儿童|学生|子女|幼儿")  # (what a count of people counts: 每户家庭限资助一名儿童)


def cap_lifted(b: str, other_whole: str) -> LevelReason | None:
    """A base segment that only caps a benefit, found nowhere in the other row while the benefit is still given
    there (交通费补助每生每年不超过800元 → 对…交通费等予以补助; 同一家庭每年最多救助1次 beside 发放临时救助金):
    the cap is gone, not the promise."""
    if not limits(b):
        return None
    core = _core(b)
    capped, cap = _CAPPED.search(core), _cap(core)
    verb = _CAP_VERB.search(cap.group()) if cap else None
    after = core[cap.end():] if cap else ""  # (nothing, or the benefit capped: …只给予一次救助)
    # (a cap on how many are helped, 资助名额不超过…10%, caps the help: 资助)
    thing = _HOW_MANY.sub("", capped.group(1)) if capped else ""
    if (len(thing) >= 2 and thing in other_whole) or (
            cap and _WHO_AND_WHEN.search(core[:cap.start()]) and (not after or _CAP_VERB.fullmatch(after)
                                                                  or _WHOM_COUNTED.fullmatch(after))
            and (verb is None or verb.group() in other_whole)):
        return reason(ReasonKind.NUMBER, Level.STRONGER, b, "", f"取消上限：{_short(b)}")
    return None


# a segment that only helps pay for something (对残疾儿童普惠性学前教育予以资助): what it pays towards, before the help
_HELPS_PAY = lazy(r"^(?:对|为)?(.{2,24}?)(?:予以|给予)?(?:资助|补助|补贴)$")


# help toward a cost (按规定给予培训补贴): what it pays towards, before the help
_HELP_TOWARD_COST = lazy(r"(?:补贴|补助|资助)$")
_FREE_THING = lazy(r"免费(?:提供|开展|参加)?([^，；。、等]{2,10})")


def helps_pay_for_a_free(o: str, base_whole: str) -> bool:
    """A segment that only helps pay for something the base gives free (参加职业技能培训的按规定给予培训补贴 where the
    base gives 免费职业技能培训): less than free, not a service added."""
    return bool(_HELP_TOWARD_COST.search(_core(o))) and any(
        len(_core(hit.group(1))) >= 2 and _core(hit.group(1)) in _core(o) for hit in _FREE_THING.finditer(base_whole))


def paid_for_now_free(b: str, other_whole: str) -> bool:
    """A base segment that helps pay for something the other row gives free (对…学前教育予以资助 beside 包括学前教育、
    义务教育…在内的15年免费教育): more than the help is given, nothing is lost."""
    helped = _HELPS_PAY.search(_core(b))
    thing = _core(helped.group(1))[-4:] if helped else ""
    return len(thing) == 4 and any(thing in part and "免费" in part for part in re.split(r"[，；。]", other_whole))
