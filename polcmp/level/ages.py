"""Ages, as a policy reader weighs them: an age range the content gives against the ranges the base row names
(its 服务对象, its 服务项目, its content), an upper age put on a group that named none, and a school stage named
in place of one of its parts (义务教育 → 小学)."""

from __future__ import annotations

import re

from ..results import Level, ReasonKind
from .markers import LevelMarkers, LevelReason, reason
from .quantities import new_sum
from .text import _core, _fmt, _quantities, found_share, lazy, normalize_numbers


def content_age_reasons(base_all: str, base_text: str, other_text: str, markers: LevelMarkers, name: str = ""
                        ) -> list[LevelReason]:
    """An age range the other row's content gives (托育服务面向2-3岁流动儿童) against the ranges the base row
    names anywhere (its 服务对象 0-6岁, its 服务项目 name): inside one of them and narrower is weaker, wider
    than every one of them stronger. Ranges the base content itself gives are compared clause by clause. A
    range the name gives one of its services (托育（3岁以下） of 健康和托育（3岁以下）服务) counts only for the
    clauses that speak of that service."""
    out: list[LevelReason] = []
    name_ranges = _name_ranges(normalize_numbers(name))
    for unit in (u for u in markers.numbers if u.kind == "age"):
        row_ranges = {q[:2] for q in _quantities(unit, normalize_numbers(base_all))}
        said = {q[:2] for q in _quantities(unit, normalize_numbers(base_text))}
        for clause in re.split(r"[；。]", normalize_numbers(other_text)):
            base_ranges = row_ranges | {q[:2] for head, text in name_ranges if not head or head in clause
                                        for q in _quantities(unit, text)}
            # (a part promising a sum the base names none of, 对入托的2-3岁儿童按每人每月300元给予托育补贴: its
            # ages are whom that sum is for)
            # (nor a part waiving a fee the base does not name: 对…就读学前一年的流动儿童免除保育教育费)
            clause = "，".join(part for part in clause.split("，")
                              if not new_sum(part, base_text) and not _waives_a_new_fee(part, base_text))
            out += _clause_ages(unit, clause, base_ranges, said)
    return out


_FEE_WAIVED = lazy(r"(?:免除|免收|免交|减免|减收)([^，；。]{0,8}?费)")


def _waives_a_new_fee(part: str, base_text: str) -> bool:
    return any(hit.group(1)[-4:] not in base_text for hit in _FEE_WAIVED.finditer(part))


_AGE_WORDS = lazy(r"\d+(?:-\d+)?(?:周岁|岁)(?:及?以下|及?以上|以内|之间)?")


def ages_dropped(base_text: str, base_target: str, other_all: str, markers: LevelMarkers) -> list[LevelReason]:
    """An age a base promise is limited to (对其中年满14周岁的提供…康复服务), narrower than its 服务对象, where the
    other row names no age at all and still makes the promise: the limit is gone (stronger)."""
    out: list[LevelReason] = []
    for unit in (u for u in markers.numbers if u.kind == "age"):
        if _quantities(unit, normalize_numbers(other_all)):
            return []  # (ages on both sides: content_age_reasons compares them)
        row_ranges = {q[:2] for q in _quantities(unit, normalize_numbers(base_target))}
        for segment in re.split(r"[，；。]", normalize_numbers(base_text)):
            # (what is given to those of that age, the age aside: 14周岁以下流动儿童提供心理健康筛查)
            promise = _core(_AGE_WORDS.sub("", segment.rpartition("的")[2]))
            out += [reason(ReasonKind.NUMBER, Level.STRONGER, _fmt(q, unit), "", f"不再限{_fmt(q, unit)}：年龄范围扩大")
                    for q in _quantities(unit, segment) if q[:2] not in row_ranges and (q[0] > 0 or q[1] < 17)
                    and len(promise) >= 4 and found_share(promise, other_all) >= markers.thresholds.cover]
    return out


def _clause_ages(unit, clause: str, base_ranges: set, said: set) -> list[LevelReason]:
    # an age in a target rate (0-6岁…签约覆盖率不低于85%) names whom the rate counts, not who is served
    given = clause if base_ranges else "；".join(s for s in clause.split("，") if not re.search(r"率|%", s))
    return [r for q in _quantities(unit, given)
            if q[:2] not in said and (r := _age_against(q, unit, base_ranges)) is not None]


_NAME_AGE = lazy(r"([^\W\d_]{2})[（(]([^）)]*岁[^）)]*)[）)]")


def _name_ranges(name: str) -> list[tuple[str, str]]:
    """(the service an age belongs to, or "" for the whole name; the words with the age) of a 服务项目."""
    tied = [(hit.group(1), hit.group(2)) for hit in _NAME_AGE.finditer(name)]
    rest = _NAME_AGE.sub("", name)
    return tied + ([("", rest)] if "岁" in rest else [])


def _age_against(q: tuple[float, float, str], unit, base_ranges: set[tuple[float, float]]) -> LevelReason | None:
    low, high = q[:2]
    words = _fmt(q, unit)
    if not base_ranges:  # the base names no age: every child (0-17); only a narrower range says anything
        return reason(ReasonKind.NUMBER, Level.WEAKER, "", words, f"年龄范围缩小：{words}") if low > 0 or high < 17 else None
    if _said_alike(q, base_ranges):
        return None
    if any(b_low <= low and high <= b_high for b_low, b_high in base_ranges) or _cuts(low, high, base_ranges):
        return reason(ReasonKind.NUMBER, Level.WEAKER, "", words, f"年龄范围缩小：{words}")
    if all(low <= b_low and b_high <= high for b_low, b_high in base_ranges):
        return reason(ReasonKind.NUMBER, Level.STRONGER, "", words, f"年龄范围扩大：{words}")
    return None


def _said_alike(q: tuple[float, float, str], base_ranges: set[tuple[float, float]]) -> bool:
    """The base's own range, or a bound one year from a range's top (0-6岁 = 未满7周岁): the same age."""
    low, high = q[:2]
    return (low, high) in base_ranges or bool(q[2]) and any(bl == low and abs(bh - high) <= 1 for bl, bh in base_ranges)


def _cuts(low: float, high: float, base_ranges: set[tuple[float, float]]) -> bool:
    """An open bound (4岁以上, 5岁以下) inside every range of the base cuts it (3-6岁 → 4-6岁)."""
    return (high >= 18 or low == 0) and all(b_low < low <= b_high or b_low <= high < b_high
                                            for b_low, b_high in base_ranges)


# an upper age bound below 18 on a group (未满16周岁流动儿童, 14岁以下): fewer children than 儿童 means
_AGE_CAP = lazy(r"(?:未满|不满|不足)(\d+)岁|(?<![\d-])(\d+)岁以下|(?<![\d.])\d+-(\d+)岁")


# a lower bound: 10岁以上, 14岁及以上, 年满3岁 (not 满…岁以下, an upper one)
_AGE_FLOOR = lazy(r"(?<![\d.-])([1-9]\d*)岁(?:及|或)?以上|满([1-9]\d*)岁(?!以下|及以下)")


def _age_cap_added(base: str, other: str) -> list[LevelReason]:
    """A 服务对象 given an upper age below 18, or a lower age above 0, where the base's names no age:
    narrowed; the bound dropped: widened (where both name ages, they are compared as numbers)."""
    added = _age_bound(other) if "岁" not in base else ""
    if added:
        return [reason(ReasonKind.SCOPE, Level.WEAKER, "", added, f"服务对象缩小：限{added}")]
    dropped = _age_bound(base) if "岁" not in other else ""
    return [reason(ReasonKind.SCOPE, Level.STRONGER, dropped, "", f"服务对象扩大：不再限{dropped}")] if dropped else []


def _age_bound(target: str) -> str:
    """The words of an age bound that leaves some children out of a 服务对象 ('' for none)."""
    cap = _AGE_CAP.search(target)
    if cap is None:
        floor = _AGE_FLOOR.search(target)
        return floor.group() if floor else ""
    # (未满16岁 stops before 16; 0-16岁 and 16岁以下 take in the sixteen-year-olds; 6-14岁 leaves out the youngest)
    upper = int(cap.group(1)) if cap.group(1) else int(cap.group(2) or cap.group(3)) + 1
    lower = int(cap.group().split("-")[0]) if "-" in cap.group() else 0
    return "" if upper >= 18 and lower == 0 else cap.group()


# the stages a 服务对象 may name in place of the whole (义务教育阶段 → 小学阶段: the older children are left out)
_STAGE_PARTS = {"义务教育": ("小学", "初中")}


def stage_narrowed(base: str, other: str) -> list[LevelReason]:
    """A 服务对象 that names one part of the other's school stage in its place: narrowed (weaker), or the whole in
    place of a part, widened (stronger)."""
    out = []
    for whole, parts in _STAGE_PARTS.items():
        for wide, narrow, direction, word in ((base, other, Level.WEAKER, "缩小"), (other, base, Level.STRONGER, "扩大")):
            named = [p for p in parts if p in narrow]
            if whole in wide and whole not in narrow and len(named) == 1:
                out.append(reason(ReasonKind.SCOPE, direction, base, other, f"服务对象{word}：{whole} → {named[0]}"
                                  if direction is Level.WEAKER else f"服务对象{word}：{named[0]} → {whole}"))
    return out
