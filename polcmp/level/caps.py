"""Limits on a benefit: how long or how often it may be given, capped in both rows (租赁补贴发放期限累计不超过2年 →
3年: a higher cap gives the family more, a lower one less), and the times of year it is given in (寒暑假期间, 每年
“春风行动”期间: a service held only then is less than one held all year). Deadlines the office keeps (…内办结) are
read by quantities."""

from __future__ import annotations

import re

from ..regexcache import lazy
from ..results import Level, ReasonKind
from .markers import LevelReason, reason
from .quantities import _DONE_BY, _cap
from .text import _core, found_share

_SPAN = lazy(r"(\d+(?:\.\d+)?)(年|个月|月|周|天|日|次)")
# (照料期限不超过7日 is 最长为一周; 不超过半个月 twice as long)
_IN_MONTHS = {"年": 12.0, "个月": 1.0, "月": 1.0, "周": 7 / 30, "天": 1 / 30, "日": 1 / 30}


def cap_change(b: str, o: str) -> list[LevelReason]:
    """Two caps of one kind (a span of time, a number of times, times within a window) on the same benefit,
    compared."""
    cb, co = _cap(b), _cap(o)
    if cb and not co and (year := _ALL_YEAR.search(o)):  # (每年集中受理一次 → 常年受理: the window gone)
        return [reason(ReasonKind.NUMBER, Level.STRONGER, cb.group(), year.group(), f"取消上限：{cb.group()}")]
    if not (cb and co) or _DONE_BY.search(b) or _DONE_BY.search(o):
        return []
    vb, vo = _allowed(cb.group(), co.group())
    if vb == vo:
        return []
    more = vo > vb
    return [reason(ReasonKind.NUMBER, Level.STRONGER if more else Level.WEAKER, cb.group(), co.group(),
                   f"上限 {cb.group()} → {co.group()}：{'上限提高' if more else '上限降低'}")]


def _allowed(cb: str, co: str) -> tuple[float, float]:
    """What each cap allows, in one measure for both: times a year within a window (同一事由12个月内救助1次 →
    6个月内1次: twice as often), else a span in months or a number of times; (0, 0) when they cannot be compared."""
    rb, ro = _rate(cb), _rate(co)
    if rb and ro:
        return rb, ro
    sb, so = _SPAN.search(cb), _SPAN.search(co)
    if not (sb and so) or (sb[2] == "次") != (so[2] == "次"):
        return 0.0, 0.0
    return round(float(sb[1]) * _IN_MONTHS.get(sb[2], 1.0), 6), round(float(so[1]) * _IN_MONTHS.get(so[2], 1.0), 6)


def same_cap(a: str, b: str) -> bool:
    """Two segments that set one limit in other units (照料期限不超过7日, 照料最长为一周): a reader reads them as
    one promise."""
    ca, cb = _cap(a), _cap(b)
    if not (ca and cb) or _DONE_BY.search(a) or _DONE_BY.search(b):
        return False
    va, vb = _allowed(ca.group(), cb.group())
    return bool(va) and va == vb and _shares_a_word(a[:ca.start()] + a[ca.end():], b[:cb.start()] + b[cb.end():])


def _shares_a_word(a: str, b: str) -> bool:
    return any(b[i:i + 2] in a for i in range(len(b) - 1) if not re.search(r"\d|[，；。的为]", b[i:i + 2]))


_WINDOW = lazy(r"(\d+(?:\.\d+)?)(年|个月|月)(?:内|之内|以内)")
_TIMES = lazy(r"(\d+)次")


def _rate(cap: str) -> float:
    """Times a year a cap allows within a window (12个月内救助1次: 1), 0 for a cap without both."""
    window, times = _WINDOW.search(cap), _TIMES.search(cap)
    return float(times[1]) * 12 / (float(window[1]) * _IN_MONTHS[window[2]]) if window and times else 0.0


# a time of year a service is held in; and all year round
_SEASON = lazy(r"寒暑假|寒假|暑假|暑期|春季学期|秋季学期|(?:[春秋]季)?开学(?:初|期间|前后|后)|春风行动|六一(?:儿童节)?"
               r"|入园当年"
               r"|新生入学(?:[^，；。]{0,6}?时|期间)|入学新生|新入学|冬春两季|[春夏秋冬]季(?!度)|春节期间|宣传周|宣传月"
               r"|(?<=每年)\d{1,2}月(?!份?(?:至|到|—|-|～|\d))|[一二三四1-4]、?[一二三四1-4]?季度"
               r"|(?<![\d.])\d{1,2}月(?:至|到|—|-|～)(?:次年|翌年)?\d{1,2}月")
_ALL_YEAR = lazy(r"全年|常年|一年四季|长期|常态化")
# times a service is no longer kept to (不限于开学期间): no limit
_NOT_KEPT_TO = lazy(r"不(?:再)?(?:限于|局限于|仅限于?)[^，；。]*")


_USING = lazy(r"(?:利用|借助|结合)((?:每年)?(?:寒暑假|寒假|暑假|暑期|节假日|周末)(?:期间)?)(?:时间)?[，,]?")


def using_a_time(clause: str) -> str:
    """A time put to use (利用寒暑假在…开展) said as the time the service is held in (寒暑假期间，在…开展)."""
    return _USING.sub(lambda m: m[1] + ("" if m[1].endswith("期间") else "期间") + "，", clause) if "用" in clause \
        or "助" in clause or "结合" in clause else clause


def season_words(text: str) -> set[str]:
    """The times of the year a text names (寒暑假, 每学年新生入学时)."""
    return set(_SEASON.findall(_NOT_KEPT_TO.sub("", text)))


_MONTHS_OF = {"寒假": (1, 2), "暑假": (7, 8), "暑期": (7, 8), "寒暑假": (1, 2, 7, 8), "春季学期": (3, 4, 5, 6),
              "秋季学期": (9, 10, 11, 12, 1), "冬春两季": (12, 1, 2, 3, 4, 5), "冬季": (12, 1, 2), "春季": (3, 4, 5),
              "夏季": (6, 7, 8), "秋季": (9, 10, 11)}
_QUARTER = lazy(r"[1-4一二三四]")
_MONTH_SPAN = lazy(r"(\d{1,2})月\D{1,3}(\d{1,2})月")


def _held_in(words: set[str]) -> set:
    """The months the words name (一、二季度 = 1月至6月 = {1…6}); a time with no months (六一, 开学初) as itself."""
    out: set = set()
    for word in words:
        if word in _MONTHS_OF:
            out.update(_MONTHS_OF[word])
        elif word.endswith("季度"):
            for q in _QUARTER.findall(word):
                n = "一二三四".find(q) + 1 or int(q)
                out.update(range(3 * n - 2, 3 * n + 1))
        elif (span := _MONTH_SPAN.fullmatch(word)) and 1 <= int(span[1]) <= 12 and 1 <= int(span[2]) <= 12:
            first, last = int(span[1]), int(span[2])  # (11月至次年4月: round the turn of the year)
            out.update(range(first, last + 1) if first <= last else (*range(first, 13), *range(1, last + 1)))
        elif word[:-1].isdigit() and word.endswith("月"):  # (每年3月)
            out.add(int(word[:-1]))
        else:
            out.add(word)
    return out


def same_times(b: str, o: str) -> bool:
    """Both texts hold their service at the same times of the year (仅在每年一、二季度 = 于每年1月至6月)."""
    held = _held_in(season_words(b))
    return bool(held) and held == _held_in(season_words(o))


# a time of year joined to another time (工作日放学后及暑假期间)
_AND_A_SEASON = lazy(r"(放学后|课后|工作日|周末|节假日|双休日|平时|日常|学期中|学期内|上学日)[^，；。]{0,6}?"
                     r"(?:及|和|以及|与|、|并在)[^，；。]{0,2}?(?:寒暑假|寒假|暑假|暑期)")


def _held_only_then(b: str, o: str, now: str) -> list[LevelReason]:
    """Times of year the other row names and the base does not: the service kept to them, unless they are joined
    to a time the base gives (工作日放学后 → 工作日放学后及暑假期间: a time added)."""
    joined = _AND_A_SEASON.search(o)
    if joined and joined.group(1) in b:
        return [reason(ReasonKind.SCOPE, Level.STRONGER, "", now, f"新增{now}期间：服务时间延长")]
    return [reason(ReasonKind.SCOPE, Level.WEAKER, "", now, f"限于{now}期间：服务时间缩短")]


def season_change(b: str, o: str) -> list[LevelReason]:
    """A service held only at some times of the year in one row and at more, or all year, in the other; times
    compared by the months they cover where they name months (暑期 → 寒暑假: more)."""
    wb, wo = season_words(b), season_words(o)
    sb, so = _held_in(wb), _held_in(wo)
    was, now = "、".join(sorted(wb)), "、".join(sorted(wo))
    if so and not sb and not _ALL_YEAR.search(o):
        return _held_only_then(b, o, now)
    if sb and (so > sb or (not so and _ALL_YEAR.search(o) and not _ALL_YEAR.search(b))):
        words = now or _ALL_YEAR.search(o).group()
        return [reason(ReasonKind.SCOPE, Level.STRONGER, was, words, f"不再限于{was}期间：服务时间延长")]
    if so and sb and so < sb:
        return [reason(ReasonKind.SCOPE, Level.WEAKER, was, now, f"{was} → {now}：服务时间缩短")]
    return []


# the words that set a time apart from what is given at it (有关物资在每年11月至次年4月发放: 有关物资…发放)
_AT_A_TIME = lazy(r"(?:仅|只|均)?(?:在|于)?(?:每年|每学年)?(?:的)?$")


def _given_then(text: str) -> tuple[str, str]:
    """The times of year a segment names and what it gives then, the times taken out; ("", "") for none."""
    words = season_words(text)
    if not words:
        return "", ""
    rest = text
    for word in sorted(words, key=len, reverse=True):
        at = rest.find(word)
        rest = _AT_A_TIME.sub("", rest[:at]) + rest[at + len(word):].removeprefix("期间")
    return "、".join(sorted(words)), _core(rest)


def season_lifted(b: str, other_whole: str) -> LevelReason | None:
    """A base segment that gives one of the row's things only at some times of year (有关物资在每年11月至次年4月发放),
    where the other row gives that thing and names no time: given all year now."""
    words, given = _given_then(b)
    if words and len(given) >= 4 and not season_words(other_whole) and found_share(given, other_whole) >= 0.8:
        return reason(ReasonKind.SCOPE, Level.STRONGER, words, "", f"不再限于{words}期间：服务时间延长")
    return None


# (or what the row gives, held then: 城市融入支持活动在暑期集中开展 has no object of its own but the activities)
_HELD = lazy(r"[^，；。]{0,10}?(?:活动|服务)?(?:集中|统一|主要|均|仅|只)?(?:开展|实施|举办|组织|进行)")
_ALONGSIDE = lazy(r"结合|借助|依托|等")  # (结合“春风行动”等专项活动开展: held with a campaign, not only then)


def season_kept_to(o: str, base_text: str) -> list[LevelReason]:
    """The reverse: a segment that says again what the base row gives, now only at some times of year."""
    words, given = _given_then(o)
    if words and not season_words(base_text) and ((_HELD.fullmatch(given) and not _ALONGSIDE.search(o)) or (
            len(given) >= 4 and found_share(given, base_text) >= 0.8)):
        return [reason(ReasonKind.SCOPE, Level.WEAKER, "", words, f"限于{words}期间：服务时间缩短")]
    return []
