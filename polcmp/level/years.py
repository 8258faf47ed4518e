"""Spans of years stated whole or in parts: 包括义务教育、高中阶段教育在内的12年免费教育 is the same promise as
九年义务教育和三年高中阶段教育的免费教育 or 从小学一年级至高中三年级共十二个学年."""

from __future__ import annotations

import re

from ..regexcache import compiled

_YEARS = compiled(r"(?<![\d.])(\d{1,2})(?:个)?学?年(?!级|内|以)")


def years_in_parts(said: str, other: str) -> bool:
    """A span of years the other row states whole or in parts (12年 = 9年义务教育和3年高中阶段教育)."""
    whole = re.match(r"\d+", said)
    years = [int(y) for y in _YEARS.findall(other)]
    return bool(whole and years and (int(whole.group()) in years or (len(years) > 1 and sum(years) == int(whole.group()))))
