"""How soon, how often, how much, as a policy reader compares them:

  how soon deadlines (5个工作日内办结, 当日办结) in days: a longer one is weaker, a new one stronger
  how often frequencies (每季度, 每年2次) as times a year: fewer is weaker
  how much amounts with their period (每人每月300元 = 3,600 a year), caps (最高不超过2000元, 不超过低保标准的3倍,
           资助面不超过20%) and shares added on top (30%增发): less or a new cap is weaker; floors (每天不少于2小时)
  how long open  opening hours (24小时热线 → 每日8时至22时): fewer is weaker (hours.py)
  the family's   a time limit the family must meet (申请须在…15日内提出): a bar, weaker

Each function returns reasons quoting both sides; the words are read, never the row's position."""

from __future__ import annotations

import re

from ..results import Level, ReasonKind
from .hours import row_hours
from .markers import LevelMarkers, LevelReason, reason
from .text import _quantities, _shown, found_share, lazy
from .waiting import WAITING_WORDS
from .years import years_in_parts

# ---------------------------------------------------------------- how soon, how often, how much

_DEADLINE = lazy(r"(?<![满续\d])(\d+(?:\.\d+)?)(个工作日|工作日|个自然日|自然日|天|日|个?小时|分钟|个月|周)"
                 r"(?:内|之内|以内)(?!不[得再予]?重复)"  # (12个月内不重复救助: a cap's window, read by _cap)
                 # a time limit set or cut to a figure (审批时限压缩至10个工作日, 10个工作日办结)
                 r"|(?<=时限)[^，；。\d]{0,6}?(\d+(?:\.\d+)?)(个工作日|工作日|个自然日|自然日|天|日|个?小时|分钟)"
                 r"|(?<![满续\d])(\d+(?:\.\d+)?)(个工作日|工作日|个自然日|自然日|天|日|个?小时|分钟)(?=办结|完成|办理完毕)")
_DEADLINE_UNIT = {"个工作日": 1.4, "工作日": 1.4, "个自然日": 1.0, "自然日": 1.0, "天": 1.0, "日": 1.0,
                  "小时": 1 / 24, "个小时": 1 / 24, "分钟": 1 / 1440, "个月": 30.0, "周": 7.0}
_AT_ONCE = lazy(r"当日|当天|当场|即时|立即|随到随办|即来即办|即办|马上")
_DONE = lazy(r"(?:当日|当天|当场|即时|立即)(?:办结|办理|受理|完成|结算|到账|发放|处置)")
_PERIOD = {"年": 1, "学年": 1, "学期": 2, "半年": 2, "季度": 4, "季": 4, "月": 12, "半月": 24, "周": 52, "两年": 0.5}
# (the count may close a long clause: 每学年在…的学校和社区开展防溺水、交通安全等安全教育不少于2次)
# (全年…不少于4次 counts per year as 每年 does; 每个学年 as 每学年; an age between, 每半年为0-6岁儿童提供1次)
_FREQUENCY_COUNT = lazy(r"(?:每个?|(?<=全)(?=年))(两年|学年|学期|半年|半月|季度|季|年|月|周)(?:至少|不少于)?"
                        r"(?:[^，；。\d元]|\d+(?:-\d+)?(?:岁|年级)|，(?=不少于|至少)){0,40}?(\d+)(?:次|场|期|轮)")
# a period alone is a frequency only before something done again (每月300元 is an amount's period), or done at all
# (每学期开展安全教育)
_FREQUENCY = lazy(r"每个?(两年|学年|学期|半年|半月|季度|季|年|月|周)(?:至少|不少于)?(?:(?:开展|组织|进行|安排)?"
                  r"(?:一次|走访|探访|随访|回访|家访|筛查|体检|评估|巡访|联系|入户|上门|监测|排查|调查)|开展|组织|举办)")
_EVERY_N = lazy(r"每(\d+)个?(年|学年|学期|季度|月|周)(?:至少|不少于)?[^，；。\d元]{0,20}?(\d+)(?:次|场|期|轮)")
# (1年1次; 一年最多发放一次: a short verb between)
_PER_YEAR = lazy(r"(\d+)(?:年|学年)(?:内)?(?:最多|至多|不超过|至少|不少于)?[^，；。\d元]{0,6}?(\d+)(?:次|场|期|轮)")
# (the cap word may take the verb that pays: 最高补助5000元, 最高可资助)
_AMOUNT = lazy(r"(?P<cap>最高(?:可)?(?:补助|资助|补贴|救助|报销|给予|发放)?(?:不超过)?|不超过|上限为?|最多)?"
               r"(?P<n>\d+(?:\.\d+)?)(?P<wan>万)?元(?P<post>以内|以下)?")
_CAP_BEFORE = lazy(r"(?:最高|不超过|上限|最多)(?:不超过)?(?:每(?:人|生|户|名)?每?(?:年|学年|学期|半年|季度|月))$")
_AMOUNT_PERIOD = lazy(r"每(?:人|生|户|名)?每?(年|学年|学期|半年|季度|月)")


def _days(text: str) -> float | None:
    hit = _DEADLINE.search(text)
    if hit:
        number, unit = [g for g in hit.groups() if g is not None][:2]
        return round(float(number) * _DEADLINE_UNIT[unit], 6)  # (120分钟 and 2小时: one time, however divided)
    return 0.0 if _AT_ONCE.search(text) else None


def _per_year(text: str) -> float | None:
    hit = _EVERY_N.search(text)  # 每2年1次 (每两年, its numeral read as a digit): half a time a year
    if hit:
        return _PERIOD[hit.group(2)] * int(hit.group(3)) / int(hit.group(1))
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
        # the cap word may stand before the period (最高不超过每生每年1200元)
        before = _CAP_BEFORE.search(text[max(0, hit.start() - 8): hit.start()])
        out.append((value, bool(hit.group("cap") or hit.group("post") or before)))
    return out


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:.1f}"


def quantity_reasons(b: str, o: str) -> list[LevelReason]:
    """Deadlines, frequencies, floors, caps and amounts of two segments saying one thing, as favours the child."""
    raise_ = _RAISE.search(o)  # a share on top of a standard (按低保标准的30%增发) the base segment does not give
    raised = [reason(ReasonKind.NUMBER, Level.STRONGER, "", raise_.group(), f"新增待遇：{raise_.group()}")] \
        if raise_ and not _RAISE.search(b) else []
    often = _frequency_change(b, o)  # (每年至少2次 → 每季度至少1次: counts over other periods, a frequency, not a floor)
    floors = [r for r in _floor_change(b, o) if not (often and r.other.endswith(("次", "场", "期")))]
    return [*_deadline_change(b, o), *often, *_new_deadline(b, o), *floors,
            *_new_floors(b, o), *_new_cap(b, o), *_amount_change(b, o), *raised]


def _deadline_change(b: str, o: str) -> list[LevelReason]:
    db, do = _days(b), _days(o)
    if db is not None and do is None and not _DEADLINE.search(o) and not _AT_ONCE.search(o):
        return [reason(ReasonKind.NUMBER, Level.WEAKER, _deadline_words(b), "", f"不再写明时限：{_deadline_words(b)}")]
    if db is not None and do is not None and db != do:
        longer, wb, wo = do > db, _deadline_words(b), _deadline_words(o)
        if _FAMILY_WINDOW.search(b) and _FAMILY_WINDOW.search(o):  # the family's window: longer is better
            return [reason(ReasonKind.NUMBER, Level.STRONGER if longer else Level.WEAKER, wb, wo,
                           f"申办期限 {wb} → {wo}：{'期限延长' if longer else '期限缩短'}")]
        return [reason(ReasonKind.NUMBER, Level.WEAKER if longer else Level.STRONGER, wb, wo,
                       f"办理时限 {wb} → {wo}：{'时限延长' if longer else '时限缩短'}")]
    return []


# how long after an event the family may act (新生儿出生后90日内参保的自出生之日起享受待遇): a window, not a time limit
_FAMILY_WINDOW = lazy(r"(?:出生|入学|入园|迁入|到达|确诊|开学|发生)(?:之日)?[后起]\d+(?:个工作日|工作日|天|日|个月)"
                      r"(?:内|之内|以内)[^，；。]{0,4}?(?:参保|参加|登记|申请|申报|办理|报名|提出|(?P<taken>受理))")


def _frequency_change(b: str, o: str) -> list[LevelReason]:
    if limits(o) and not limits(b):  # 每年限享受1次 caps a benefit, read by _new_cap; no frequency promised
        return []
    fb, fo = _per_year(b), _per_year(o)
    if fb is not None and fo is not None and fb != fo:
        fewer = fo < fb
        wb, wo = _frequency_words(b), _frequency_words(o)
        return [reason(ReasonKind.NUMBER, Level.WEAKER if fewer else Level.STRONGER, wb, wo,
                       f"频次 {wb} → {wo}：{'频次降低' if fewer else '频次提高'}")]
    if fo is not None and fb is None:
        return [reason(ReasonKind.NUMBER, Level.STRONGER, "", _frequency_words(o), f"新增频次：{_frequency_words(o)}")]
    if fb is not None and fo is None and not limits(b):  # the same service, no longer promised at any frequency
        return [reason(ReasonKind.NUMBER, Level.WEAKER, _frequency_words(b), "", f"不再写明频次：{_frequency_words(b)}")]
    return []


def _new_deadline(b: str, o: str) -> list[LevelReason]:
    # a period inside a limit (12个月内…不超过2次) is the limit's window, not a time the office promises
    late = _FAMILY_DEADLINE.search(o) or ((w := _FAMILY_WINDOW.search(o)) and w["taken"] and w)  # (开学后15日内受理)
    if late and not _FAMILY_DEADLINE.search(b) and not _FAMILY_WINDOW.search(b):
        return [reason(ReasonKind.NUMBER, Level.WEAKER, "", late.group(), f"新增申请期限：{late.group()}")]
    if _days(b) is None and _days(o) is not None and (_DEADLINE.search(o) or _DONE.search(o)) and not limits(o) \
            and not (_REPAID.search(o) and not _REPAID.search(b)):
        return [reason(ReasonKind.NUMBER, Level.STRONGER, "", _deadline_words(o), f"新增办理时限：{_deadline_words(o)}")]
    return []


# the family paid back within a time (家庭先行垫付，30个工作日内报销), where the base pays nothing back: how long the
# family waits for money it laid out, not a promise made sooner
_REPAID = lazy(r"报销|返还|退还|退回|拨付给(?:家庭|个人|监护人)")


# a time limit the family must meet (申请须在急难情形发生后15日内提出; 自急难发生之日起3个月内提出申请的): a bar to
# the service, not a promise. The act timed is the family's: an application, not the office's reply or payment
_FAMILY_DEADLINE = lazy(r"(?:须|应|需|应当|必须)(?:由(?:其|本人|监护人|家长|父母|申请人|家庭)+[^，；。\d]{0,10}?|(?:在|于)"
                        r"[^，；。]{0,16}?)\d+(?:\.\d+)?(?:个工作日|工作日|日|天|个月)"
                        r"(?:内|之内|以内)(?:提出|申请|申报|提交|办理)"
                        r"|\d+(?:\.\d+)?(?:个工作日|工作日|日|天|个月)(?:内|之内|以内)(?:提出申请|申请|申报|报名)")


def _floor_change(b: str, o: str) -> list[LevelReason]:
    """One floor of a unit on each side (每天不少于2小时 → 不少于2.5小时): a higher floor is stronger."""
    out = []
    fb, fo = _floors(b), _floors(o)
    for unit in {u for _, u in fb} & {u for _, u in fo}:
        vb, vo = [v for v, u in fb if u == unit], [v for v, u in fo if u == unit]
        if len(vb) == 1 and len(vo) == 1 and vb != vo:
            wb, wo = f"不少于{_num(vb[0])}{unit}", f"不少于{_num(vo[0])}{unit}"
            lower = vo[0] < vb[0]
            out.append(reason(ReasonKind.NUMBER, Level.WEAKER if lower else Level.STRONGER, wb, wo,
                              f"下限 {wb} → {wo}：{'下限降低' if lower else '下限提高'}"))
    return out


def floor_against(r: LevelReason, base_whole: str) -> list[LevelReason]:
    """A floor new to its group, against the rate of its unit another base segment states (每周5天 → 每周不少于3天)."""
    rates = {u for _, u in _rates(base_whole)}  # (not another floor: 暑假不少于4周 beside 寒假不少于2周)
    if r.kind is not ReasonKind.NUMBER or r.direction is not Level.STRONGER or r.base \
            or not r.explanation.startswith("新增下限") or not {u for _, u in _floors(r.other)} & rates:
        return [r]
    return _floor_change(base_whole, r.other)


def _new_floors(b: str, o: str) -> list[LevelReason]:
    new_floors = [f for f in _floors(o) if f not in _floors(b)]
    if new_floors and set(_floors(b)) <= set(_floors(o)):
        words = "、".join(f"不少于{_num(v)}{u}" for v, u in new_floors)
        return [reason(ReasonKind.NUMBER, Level.STRONGER, "", words, f"新增下限：{words}")]
    return []


def _new_cap(b: str, o: str) -> list[LevelReason]:
    cap = _cap(o)
    if cap and not _cap(b) and WAITING_WORDS.search(o[:cap.start()]):  # how long the family waits, bounded
        return [reason(ReasonKind.NUMBER, Level.STRONGER, "", cap.group(), f"新增等待时限：{cap.group()}")]
    if cap and not _cap(b) and not _DONE_BY.search(o.replace(cap.group(), "")):  # (集中受理2次: the cap's own word)
        return [reason(ReasonKind.NUMBER, Level.WEAKER, "", cap.group(), f"新增上限：{cap.group()}")]
    return []


def _amount_change(b: str, o: str) -> list[LevelReason]:
    ab, ao = _amounts(b), _amounts(o)
    if ab and ao:
        (vb, cb), (vo, co) = ab[0], ao[0]
        wb, wo = _money_words(b), _money_words(o)
        if vb != vo:
            return [reason(ReasonKind.NUMBER, Level.WEAKER if vo < vb else Level.STRONGER, wb, wo,
                           f"金额 {wb} → {wo}：{'标准降低' if vo < vb else '标准提高'}")]
        if co and not cb:
            return [reason(ReasonKind.NUMBER, Level.WEAKER, wb, wo, f"金额 {wb} → {wo}：改为上限")]
    elif ao and not ab:
        # a sum where the base names none: a standard promised, unless it is only a cap
        wo = _money_words(o)
        if ao[0][1]:
            return [reason(ReasonKind.NUMBER, Level.WEAKER, "", wo, f"新增上限：{wo}")]
        return [reason(ReasonKind.NUMBER, Level.STRONGER, "", wo, f"新增金额标准：{wo}")]
    return []


# a floor on how long, how often or how many places (暑假不少于4周, 每个县至少建成1处, 至少组织1次): a verb may
# stand between
_FLOOR = lazy(r"(?:不少于|至少|不低于)[^\d，；。]{0,12}?(\d+(?:\.\d+)?)"
              r"(周|天|日|小时|分钟|课时|学时|个月|次|场|期|处|所|个(?!工作日)|家)")


# so many days or hours in each week or month (每周5天全覆盖): what a floor on the same span is measured against
_RATE = lazy(r"每(?:周|月|学期|学年)(?:开展|提供|安排|开放)?(\d+(?:\.\d+)?)(天|日|小时|课时)")
_EVERY_WEEKDAY = lazy(r"每个?工作日(?!内)")


def _rates(text: str) -> list[tuple[float, str]]:
    """Days or hours given per week or month (每周5天; 每个工作日: five days a week)."""
    weekdays = [(5.0, "天")] if _EVERY_WEEKDAY.search(text) else []
    return [(float(h.group(1)), h.group(2)) for h in _RATE.finditer(text)] + weekdays


def _floors(text: str) -> list[tuple[float, str]]:
    """Service durations promised as floors (暑假不少于4周) or per week or month: a new one is a further commitment."""
    # (in hours: 不少于90分钟 is less than 不少于2小时)
    return [(float(h.group(1)) / 60, "小时") if h.group(2) == "分钟" else (float(h.group(1)), h.group(2))
            for h in _FLOOR.finditer(text)] + _rates(text)


# what a sum is paid as (培训补贴, 救助金): capped, it limits a benefit the base pays, or brings in one it does not
# (not 救助金额, the amount of some relief: what it caps is how much a service the base gives pays)
_PAID = lazy(r"[^\W\d_，；。的给予发放最高不超过元]{2,6}(?:补贴|补助|资助|助学金|救助金|奖励|津贴|生活费)(?!金?额)")


# the costs a sum helps pay (康复训练费用每人每年最高补助2万元)
_COSTS_OF = lazy(r"([^\W\d_，；。的由经]{2,8}?)费用(?=[^，；。]{0,12}(?:最高|不超过)[^，；。]{0,4}(?:补助|资助|补贴|报销))")


# for whom, how often and in sum (单次, 每生每年, 合计): not what is paid
_PER_WHOM = lazy(r"单次|每次|每人|每户|每生|每名|每年|每月|每季度|每学期|每学年|合计|累计")


def _new_capped_sum(o: str, base_text: str) -> LevelReason:
    """A capped sum where the base names none: a limit on what the base pays, or, for something the base
    never pays (参加培训的给予最高2000元培训补贴), a sum added."""
    given = _PAID.search(o)  # (单次救助金: the 救助金 the base pays, capped)
    costs = _COSTS_OF.search(o)  # (康复训练费用…最高补助2万元: help toward costs of what the base gives no help for)
    if (given and found_share(_PER_WHOM.sub("", given.group())[-5:], base_text) < 0.7) \
            or (costs and found_share(costs.group(1)[-4:], base_text) < 0.7):
        return reason(ReasonKind.NUMBER, Level.STRONGER, "", _money_words(o), f"新增金额标准：{_money_words(o)}")
    return reason(ReasonKind.NUMBER, Level.WEAKER, "", _money_words(o), f"新增上限：{_money_words(o)}")


def new_quantity_reasons(o: str, base_text: str) -> list[LevelReason]:
    """A segment the base row has nothing like: a new deadline or frequency commits to more; a cap on
    money the base row names no sum for limits it."""
    out = _new_deadline(base_text, o) + _new_floors(base_text, o)
    if _per_year(o) is not None and _per_year(base_text) is None and not limits(o):
        out.append(reason(ReasonKind.NUMBER, Level.STRONGER, "", _frequency_words(o), f"新增频次：{_frequency_words(o)}"))
    if any(cap for _, cap in _amounts(o)) and not _amounts(base_text):
        out.append(_new_capped_sum(o, base_text))
    out += _new_cap(base_text, o)
    raise_ = _RAISE.search(o)
    if raise_ and not _RAISE.search(base_text):
        out.append(reason(ReasonKind.NUMBER, Level.STRONGER, "", raise_.group(), f"新增待遇：{raise_.group()}"))
    share = _SHARE_OF_STANDARD.search(o) if not raise_ else None  # 按标准的20%增发 is a raise, read above
    if share and not _SHARE_OF_STANDARD.search(base_text) and float(share.group(1)) != 100:
        above = float(share.group(1)) > 100
        out.append(reason(ReasonKind.NUMBER, Level.STRONGER if above else Level.WEAKER, "", share.group(),
                          f"按标准的{share.group(1)}%：{'高于' if above else '低于'}标准"))
    return out


# a benefit paid as a share of a standard (未成年人按低保标准的110%计发): above it is more than the standard gives
_SHARE_OF_STANDARD = lazy(r"标准的(\d+(?:\.\d+)?)%(?=[^，；。]{0,4}(?:计发|核发|发放|给予|保障|补助|确定))")


def new_sum(o: str, base_text: str) -> str:
    """The words of a sum the segment promises (每生每年800元) where the base row names no sum at all, or ''
    (a cap is read as one by new_quantity_reasons)."""
    sums = _amounts(o)
    return _money_words(o) if sums and not any(cap for _, cap in sums) and not _amounts(base_text) else ""


# a benefit raised by a share on top of a standard (按低保标准的30%增发, 补助标准上浮20%): more than the base gives
_RAISE = lazy(r"\d+(?:\.\d+)?%[^，；。\d]{0,6}?(?:增发|加发|上浮|提高|增加)"
              r"|(?:增发|加发|上浮|提高|增加)[^，；。\d]{0,12}?\d+(?:\.\d+)?%"
              # or a floor set as a multiple of one (救助金额不低于当地月最低生活保障标准的3倍)
              r"|(?:不低于|不少于|至少(?:为|按)?)[^，；。\d]{0,20}?标准的?\d+(?:\.\d+)?倍")


# a limit on how long, how often or to how many of a family a benefit is given (发放期限最长不超过3年, 每户家庭限资助一名
# 儿童); a time limit for the office (…内办结) is a deadline, read above
_CAP = lazy(r"(?:最长|最多|累计)?不(?:超过|得超过|多于)\d+(?:\.\d+)?(?:年|个月|月|周|次|天|日|人|户)"
                  r"|(?:最长|最多)(?:发放|享受|补贴|给予|救助|资助|可|申请|领取)?[^，；。\d]{0,6}?\d+(?:年|个月|周|天|日|次)"
                  # a benefit limited to a number of times (每人每年限享受1次)
                  r"|限(?:享受|申请|领取|补贴|参加|参与|使用|办理|资助|补助)?\d+(?:次|年|个月|个?学年|个?学期)|以\d+(?:次|年|个月|人|户)为限"
                  r"|每户(?:家庭)?(?:限|最多|至多|仅)[^，；。\d]{0,4}?(?:\d+|[一二两三四五])(?:名|人|个)"
                  # (or given once only: 同一事由在12个月内只给予一次救助, 只予救助1次, 至多救助1次, 限救助1次)
                  r"|(?:只|仅|至多|最多|限)(?:能|可)?予?(?:给予|享受|申请|救助|发放|资助|领取|补贴|补助)?\d+次"
                  r"|同一(?:事由|原因|家庭|户)[^，；。]{0,12}?(?:救助|给予|享受|申请|资助|发放)[^，；。\d]{0,4}?\d+次"
                  r"|(?:集中|统一)(?:受理|申报|报名|申请|审核)[^，；。\d]{0,4}?\d+次|(?<=季度|\d月)集中(?:受理|申报|报名)"
                  # (or not again within so long: 同一事由12个月内不重复给予)
                  r"|\d+(?:年|个月|月)(?:内|之内|以内)不(?:得|再|予)?重复(?:给予|享受|申请|救助|发放|资助|领取)?"
                  # a sum capped as a multiple of a standard (不超过当地月低保标准的3倍, 不超过当地3个月最低生活保障标准)
                  r"|(?:不(?:超过|得超过|高于)|最高(?:为|按)?)[^，；。]{0,20}?\d+(?:\.\d+)?倍"
                  r"|(?:不(?:超过|得超过|高于)|最高(?:为|按)?)[^，；。\d]{0,8}?\d+个月[^，；。]{0,12}?标准"
                  # those served capped as a share (资助面不超过在校生总数的20%, 名额控制在…的10%以内)
                  r"|(?:不(?:超过|得超过|高于)|控制在)[^，；。]{0,16}?\d+(?:\.\d+)?%(?:以内|以下)?")
def limits(text: str) -> bool:
    """The segment caps how long, how often, for how many or how much a benefit is given (最高不超过每生每年1200元)."""
    return (bool(cap := _cap(text)) and not _DONE_BY.search(text.replace(cap.group(), ""))) \
        or any(capped for _, capped in _amounts(text)) or bool(_FAMILY_DEADLINE.search(text))


# what the family pays (个人自付比例不超过10%): a cap on it limits a cost, not the benefit
_COST = lazy(r"自付|自负|负担|承担|缴纳|缴费|收费|费用")
_DONE_BY = lazy(r"办结|完成|答复|回复|受理|审核|办理")  # (what the office does within a time limit)


def _cap(text: str) -> re.Match | None:
    cap = _CAP.search(text)
    if cap and cap.group().endswith(("%", "以内", "以下")) and _COST.search(text[:cap.start()]):
        return None
    return cap


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


def stated_in(words: str, row: str) -> bool:
    """A quantity (90日内, 每学年至少开展1次) the row states in some segment, in these words or others that come
    to the same (每学年开展…不少于1次): not lost."""
    if words in row:
        return True
    often, days = _per_year(words), _days(words)
    segments = re.split(r"[，；。]", row)
    return (often is not None and any(_per_year(s) == often for s in segments)) or \
        (days is not None and any(_days(s) == days for s in segments))


def lost_quantities(base: str, other: str, markers: LevelMarkers) -> list[LevelReason]:
    """A quantity the base row promises (12年免费教育) whose thing the other row still names without any
    number: the promise is no longer quantified."""
    out = _row_deadline(base, other) + row_hours(base, other)
    for unit in markers.numbers:
        thing = _shown(unit.unit).lstrip("年个")
        if len(thing) < 3 or unit.kind == "age":
            continue
        if _quantities(unit, base) and not _quantities(unit, other) and thing in other:
            words = re.search(r"\d+(?:\.\d+)?" + unit.unit, base)
            if words and years_in_parts(words.group(), other):
                continue
            out.append(reason(ReasonKind.NUMBER, Level.WEAKER, words.group() if words else thing, thing,
                              f"不再写明数量：{words.group() if words else thing}"))
    return out


def _row_deadline(base: str, other: str) -> list[LevelReason]:
    """The one time limit each row sets, compared even where the two sit in segments that are not paired
    (24小时内发放救助金 against 先行救助在3个工作日内发放)."""
    tb = [s for s in re.split(r"[，；。]", base) if _days(s) is not None]
    to = [s for s in re.split(r"[，；。]", other) if _days(s) is not None]
    return _deadline_change(tb[0], to[0]) if len(tb) == 1 and len(to) == 1 else []
