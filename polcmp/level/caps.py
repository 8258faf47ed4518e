"""Limits on a benefit: how long or how often it may be given, capped in both rows (租赁补贴发放期限累计不超过2年 →
3年: a higher cap gives the family more, a lower one less), and the times of year it is given in (寒暑假期间, 每年
“春风行动”期间: a service held only then is less than one held all year). Deadlines the office keeps (…内办结) are
read by quantities."""

from __future__ import annotations

from ..regexcache import lazy
from ..results import Level, ReasonKind
from .markers import LevelReason, reason
from .quantities import _DONE_BY, _cap

_SPAN = lazy(r"(\d+(?:\.\d+)?)(年|个月|月|次)")
_IN_MONTHS = {"年": 12.0, "个月": 1.0, "月": 1.0}


def cap_change(b: str, o: str) -> list[LevelReason]:
    """Two caps of one kind (a span of time, a number of times) on the same benefit, compared."""
    cb, co = _cap(b), _cap(o)
    if not (cb and co) or _DONE_BY.search(b) or _DONE_BY.search(o):
        return []
    sb, so = _SPAN.search(cb.group()), _SPAN.search(co.group())
    if not (sb and so) or (sb[2] == "次") != (so[2] == "次"):
        return []
    vb, vo = (float(s[1]) * _IN_MONTHS.get(s[2], 1.0) for s in (sb, so))
    if vb == vo:
        return []
    more = vo > vb
    return [reason(ReasonKind.NUMBER, Level.STRONGER if more else Level.WEAKER, cb.group(), co.group(),
                   f"上限 {cb.group()} → {co.group()}：{'上限提高' if more else '上限降低'}")]


# a time of year a service is held in; and all year round
_SEASON = lazy(r"寒暑假|寒假|暑假|暑期|春季学期|秋季学期|开学(?:初|期间|前后)|春风行动|六一(?:儿童节)?|入园当年"
               r"|新生入学(?:时|期间)|入学新生|冬春两季|[春夏秋冬]季(?!度)|春节期间|[一二三四1-4]、?[一二三四1-4]?季度"
               r"|(?<![\d.])\d{1,2}月(?:至|到|—|-|～)\d{1,2}月")
_ALL_YEAR = lazy(r"全年|常年|一年四季|长期")


def season_words(text: str) -> set[str]:
    """The times of the year a text names (寒暑假, 每学年新生入学时)."""
    return set(_SEASON.findall(text))


_MONTHS_OF = {"寒假": (1, 2), "暑假": (7, 8), "暑期": (7, 8), "寒暑假": (1, 2, 7, 8), "春季学期": (3, 4, 5, 6),
              "秋季学期": (9, 10, 11, 12, 1), "冬春两季": (12, 1, 2, 3, 4, 5), "冬季": (12, 1, 2), "春季": (3, 4, 5),
              "夏季": (6, 7, 8), "秋季": (9, 10, 11)}
_QUARTER = lazy(r"[1-4一二三四]")
_MONTH_SPAN = lazy(r"(\d{1,2})月\D{1,2}(\d{1,2})月")


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
        elif (span := _MONTH_SPAN.fullmatch(word)) and 1 <= int(span[1]) <= int(span[2]) <= 12:
            out.update(range(int(span[1]), int(span[2]) + 1))
        else:
            out.add(word)
    return out


def same_times(b: str, o: str) -> bool:
    """Both texts hold their service at the same times of the year (仅在每年一、二季度 = 于每年1月至6月)."""
    held = _held_in(season_words(b))
    return bool(held) and held == _held_in(season_words(o))


def season_change(b: str, o: str) -> list[LevelReason]:
    """A service held only at some times of the year in one row and at more, or all year, in the other; times
    compared by the months they cover where they name months (暑期 → 寒暑假: more)."""
    wb, wo = season_words(b), season_words(o)
    sb, so = _held_in(wb), _held_in(wo)
    was, now = "、".join(sorted(wb)), "、".join(sorted(wo))
    if so and not sb and not _ALL_YEAR.search(o):
        return [reason(ReasonKind.SCOPE, Level.WEAKER, "", now, f"限于{now}期间：服务时间缩短")]
    if sb and (so > sb or (not so and _ALL_YEAR.search(o) and not _ALL_YEAR.search(b))):
        words = now or _ALL_YEAR.search(o).group()
        return [reason(ReasonKind.SCOPE, Level.STRONGER, was, words, f"不再限于{was}期间：服务时间延长")]
    if so and sb and so < sb:
        return [reason(ReasonKind.SCOPE, Level.WEAKER, was, now, f"{was} → {now}：服务时间缩短")]
    return []
