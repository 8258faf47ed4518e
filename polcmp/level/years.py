"""Years said in other words: a span stated whole or in parts (包括义务教育、高中阶段教育在内的12年免费教育 is the
same promise as 九年义务教育和三年高中阶段教育的免费教育 or 共十二个学年); an age in months (36月龄 is 3岁), from
birth or at most."""

from __future__ import annotations

import re

from ..regexcache import compiled

_YEARS = compiled(r"(?<![\d.])(\d{1,2})(?:个)?学?年(?!级|内|以)")


# the twelve years of school named by where they begin and end (从小学一年级到高中阶段毕业)
_PRIMARY_TO_SENIOR = compiled(r"小学(?:1年级|入学)?起?(?:到|至)(?:普通)?高中(?:阶段)?(?:3年级|毕业)")


def years_in_parts(said: str, other: str) -> bool:
    """A span of years the other row states whole or in parts (12年 = 9年义务教育和3年高中阶段教育), or as the
    school years it runs over (从小学入学到高中阶段毕业)."""
    whole = re.match(r"\d+", said)
    years = [int(y) for y in _YEARS.findall(other)] + ([12] if _PRIMARY_TO_SENIOR.search(other) else [])
    return bool(whole and years and (int(whole.group()) in years or (len(years) > 1 and sum(years) == int(whole.group()))))


_MONTHS_OF_AGE = compiled(r"(?<![\d.])(?:(\d+)(?:个?月龄)?[-～~—至到])?(\d+)个?月龄")


# the years before school counted back from school entry at 6 (学前一年 is 5-6岁, 学前三年 the whole of 3-6岁)
# (not a count of the years of school, 包括学前三年、义务教育…在内的15年, nor the words a gloss explains)
_PRESCHOOL_YEARS = compiled(r"(?:学前|(?:入|进入|升入)?小学前的?最?后?)([1-3])个?学?年(?!级|[、和及与]|是?指)")
_TOP_CLASS = compiled(r"(?<![指即])幼儿园大班|(?<![指即园])大班")  # (not the words a gloss explains: 学前一年指幼儿园大班)
_SAID_AGAIN = compiled(r"(\d+-\d+岁)[（(]学前\1[）)]")
_AT_MOST = compiled(r"(?<![\d.-])(\d+)岁及以下")
_FROM_BIRTH = compiled(r"(?:自|从)?出生(?:之日)?起?(?:至|到)(?:未满|不满)?(\d+)岁")


def ages_as_ranges(text: str) -> str:
    """Ages in months in years (6-24月龄 is 0.5-2岁); from birth (出生至未满7岁) and at most (6岁及以下) as bounds;
    the years before school as the ages they cover (学前一年 and 大班 are 5-6岁)."""
    if "月龄" in text:
        text = _MONTHS_OF_AGE.sub(lambda hit: (f"{int(hit[1]) / 12:g}-" if hit[1] else "") + f"{int(hit[2]) / 12:g}岁", text)
    if "学前" in text or "大班" in text:
        text = _PRESCHOOL_YEARS.sub(lambda hit: f"学前{6 - int(hit[1])}-6岁", text)
        text = _TOP_CLASS.sub("学前5-6岁", text)
        text = _SAID_AGAIN.sub(r"\1", text)  # (3-6岁（学前三年）: the gloss names the same ages)
    text = _FROM_BIRTH.sub(r"\1岁以下", text) if "出生" in text else text
    return _AT_MOST.sub(r"0-\1岁", text) if "及以下" in text else text
