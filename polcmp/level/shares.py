"""Shares said in other words: 八成 and 五分之四 are 80%, 每100名在校生中不少于15名 is 15%; and a share stated as
its converse (在公办学校就读的比例不低于85% = 在非公办学校就读的比例控制在15%以内): a reader turns each into
the share of the same whole before comparing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..regexcache import compiled

_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_TENTHS = compiled(r"([一二两三四五六七八九])成(?=以上|以下|以内|左右|的|予以|给予|发放|补|资助|减免|报销|计"
                   r"|[，；。、）)]|$)")
_PART_WAIVED = compiled(r"(?<!减)免除(?=(\d+(?:\.\d+)?)%)")
_TIMES_A_STANDARD = compiled(r"标准的(\d+(?:\.\d+)?)倍(?=[^，；。]{0,4}(?:计发|核发|发放|给予|补助|确定))")
_FRACTION = compiled(r"(?<!百)(\d+|[二两三四五六七八九十])分之(\d+|[一二三四五六七八九])")
# so many in every hundred, or one in every ten (每100名在校生中受资助的不少于15名; 每10名学生中安排1名)
_PER_HEAD = compiled(r"每(\d+)(名|人)([^，；。]{0,16}?)(不少于|不低于|至少|不超过|最多)?(\d+)(?:名|人)")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _DIGITS[word]


def _times_a_standard(m: re.Match) -> str:
    """A multiple of a standard paid (1.2倍: the standard raised by 20%); not one set as a cap (最高按…的2倍)."""
    if _CAP_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return m.group()
    times = float(m[1])
    return f"标准上浮{_percent(100 * times - 100)}" if times > 1 else f"标准的{_percent(100 * times)}"


def _percent(value: float) -> str:
    return f"{round(value, 1):g}%"


def shares_as_percent(text: str) -> str:
    """Every share the text states in tenths, as a fraction or per head, as a percentage."""
    if "成" in text:
        text = _TENTHS.sub(lambda m: _percent(10 * _number(m[1])), text)
    if "分之" in text:
        text = _FRACTION.sub(lambda m: _percent(100 * _number(m[2]) / _number(m[1])), text)
    if "免除" in text and "%" in text:  # (学费免除50%: half waived, a reduction)
        text = _PART_WAIVED.sub(lambda m: "减免" if float(m[1]) < 100 else m.group(), text)
    if "倍" in text:  # (按当地标准的1.2倍发放: the standard raised by 20%; 0.8倍, 80% of it)
        text = _TIMES_A_STANDARD.sub(_times_a_standard, text)
    if "每" in text:
        text = _PER_HEAD.sub(lambda m: f"{m[3]}{m[4] or ''}{_percent(100 * int(m[5]) / int(m[1]))}"
                             if int(m[1]) >= int(m[5]) else m.group(), text)
    return text


_SHARE_FLOOR = compiled(r"[^，；。]*?(?:不低于|不少于|达到|至少)(\d+(?:\.\d+)?)%(?:以上)?")
# the rest of the whole (非公办学校, 民办学校, 其余, 未在公办学校, 在公办学校以外), held under a cap
_SHARE_CAP = compiled(r"[^，；。]*?(?:非|民办|其余|其他|未在|不在|以外)[^，；。]*?(?:控制在|不超过|不高于|最多|至多)?"
                      r"(\d+(?:\.\d+)?)%(?:以内|以下)?")
_CAPPED = compiled(r"控制在|不超过|不高于|最多|至多|%以内|%以下")
_CAP_BEFORE = compiled(r"控制在|不超过|不高于|不得超过|最多|至多|最高|上限")


def converse_shares(base_clauses: Sequence[str], other_clauses: Sequence[str]) -> tuple[str, ...]:
    """The other side's clauses with a share of the rest under a cap (非公办…控制在15%以内) restated as the
    base's share of the whole at its floor (公办…不低于85%) where the two add up to the whole."""
    floors = [(float(m[1]), m.group()) for c in base_clauses if "%" in c for m in _SHARE_FLOOR.finditer(c)]
    if not floors:
        return tuple(other_clauses)

    def restated(hit: re.Match) -> str:
        if not _CAPPED.search(hit.group()):
            return hit.group()
        return next((said for share, said in floors if share + float(hit[1]) == 100), hit.group())

    return tuple(_SHARE_CAP.sub(restated, c) if "%" in c else c for c in other_clauses)
