"""An item swapped for a narrower one. A Chinese noun phrase ends in its head: 寄宿生往返交通费 is a kind of 交通费,
门诊疾病治疗 a kind of 疾病治疗. An item of the other list that ends in a base item, with words before it that
narrow it, names less than the base item; words that only count or frame it (涵盖9年义务教育) narrow nothing. A word
swapped for its part or its whole (levels.toml [[scope]]: 基本医疗服务 → 常见病和多发病诊疗服务) is one change, not an
item lost beside an item gained; and a limit in a part that adds (并…给予一次性…) limits only that addition."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..regexcache import compiled
from ..results import Level, ReasonKind
from .markers import LevelReason, reason

# a part of a clause that adds to what it follows (并在首次发放前给予一次性临时生活补助): a limit in it limits the addition
ADDED_PART = compiled(r"\s*(?:并|另行|另|同时|还|此外)")
# framing words before an item that narrow nothing: a verb that lists, a count of years, a pronoun, 的
_FRAMING = compiled(r"涵盖|覆盖|包括|包含|含|其|各类|各项|相关|有关|\d+(?:\.\d+)?个?(?:学?年|项|类)|[的和及与、，]")


def _framed(item: str, base_item: str) -> bool | None:
    """None: item does not hold base_item's words; True: only framing words before them; False: a narrowing."""
    at = item.find(base_item)
    if len(base_item) < 2 or at < 0:
        return None
    return not _FRAMING.sub("", item[:at])


def narrower_than(item: str, listed: Sequence[str], others: Sequence[str]) -> str:
    """The base item (of `listed`) that `item` narrows (交通费 for 寄宿生往返交通费), unless another item of the
    other list (`others`) still names it; '' when it narrows none."""
    for base_item in sorted(listed, key=len, reverse=True):
        if _framed(item, base_item) is False and not any(
                x != item and _framed(x, base_item) for x in others):
            return base_item
    return ""


# word about a service in place of the service (职业培训 → 职业培训信息推送, 职业培训报名指引)
_ABOUT_WORDS = r"(?:报名|政策|相关)?(?:信息推送|信息|指引|宣传|告知)"
_ABOUT = compiled(rf"([^\W\d_、，；。和及与或等]{{3,8}}?){_ABOUT_WORDS}(?=[、，；。和及与或等]|$)")


def word_about_only(base: str, other: str) -> list[LevelReason]:
    """A service the other row replaces with word about it (职业培训 → 职业培训信息推送): weaker; the reverse stronger."""
    out = []
    for said, plain, direction in ((other, base, Level.WEAKER), (base, other, Level.STRONGER)):
        for hit in _ABOUT.finditer(said):
            thing = hit[1]
            if thing in plain and not re.search(re.escape(thing) + _ABOUT_WORDS, plain):
                was, now = (thing, hit.group()) if direction is Level.WEAKER else (hit.group(), thing)
                out.append(reason(ReasonKind.SCOPE, direction, was, now,
                                  f"{was} → {now}：{'仅提供信息' if direction is Level.WEAKER else '提供服务本身'}"))
    return out


def framed_only(item: str, base: str) -> bool:
    """The item is what the base text names, with framing words only (涵盖9年义务教育 for 包括义务教育…在内)."""
    plain = _FRAMING.sub("", item)
    return plain != item and len(plain) >= 2 and plain in base


def swaps_explain(reasons: Iterable[LevelReason]) -> list[LevelReason]:
    """The reasons without the item gained and the item lost that a word swapped for its narrower or wider
    counterpart already reads (基本医疗服务 → 常见病和多发病诊疗服务: one narrowing, not a loss beside a gain)."""
    reasons = list(reasons)
    swaps = [r for r in reasons
             if r.kind is ReasonKind.SCOPE and r.base and r.other and not r.explanation.startswith("列举项")]

    def explained(r: LevelReason) -> bool:
        if r.explanation.startswith("列举项新增"):
            return any(r.other and _in_order(r.other, s.other) for s in swaps)  # (家政培训 of 家政服务培训)
        if r.explanation.startswith("列举项删除"):
            return any(s.base in r.base for s in swaps)
        return False

    return [r for r in reasons if not explained(r)]


def _in_order(part: str, whole: str) -> bool:
    """Every character of part in whole, in order (家政培训 in 家政服务培训: the same item, a generic word left out)."""
    rest = iter(whole)
    return all(ch in rest for ch in part)


# a thing set apart from what the segment gives (（门诊费用除外）, 不含门诊费用): the rest is given, not it
_SET_APART = compiled(r"(?:不含|不包括|不包含)([^，；。（）()]{2,12})|([^，；。（）()]{2,12}?)(?:等)?除外")


def _set_apart(text: str) -> set[str]:
    """What is set apart, less those who fail a condition (居住不满6个月的除外: the condition said again)."""
    return {x for hit in _SET_APART.finditer(text) if not _FAILS.search(x := (hit[1] or hit[2]).removeprefix("但"))}


_FAILS = compiled(r"不满|未满|不足|不符合|未达到|未取得|未办理")


def exclusion_change(b: str, o: str) -> list[LevelReason]:
    """Things one segment sets apart from what it gives and the other does not: less given where the other sets
    them apart, more where the base did (提供异地就医直接结算服务（门诊费用除外） → 提供住院和门诊费用…直接结算服务)."""
    added, lifted = _set_apart(o) - _set_apart(b), _set_apart(b) - _set_apart(o)
    return [reason(ReasonKind.SCOPE, Level.WEAKER, "", x, f"排除{x}：范围缩小") for x in sorted(added)] + \
        [reason(ReasonKind.SCOPE, Level.STRONGER, x, "", f"不再排除{x}：范围扩大") for x in sorted(lifted)]
