"""Either or both. Of two things given, 或 lets the office give one, 和 gives both (临时救助金或有关物资 → 临时救助金
和有关物资: more); of two conditions, 或 asks for one, 且 for both (在本市就学或居住 → 就学且居住: a higher bar).
Both made either (资助A和B → 资助A或B) is a choice where the base gives both."""

from __future__ import annotations

from ..regexcache import lazy
from ..results import Level, ReasonKind
from .markers import LevelReason, reason

# the words that join the items of a list (父母、其他监护人以及受委托照护人; 在公办幼儿园和普惠性民办幼儿园)
JOINERS = lazy(r"、|以及|和|及|与|或者|或")
_EITHER = lazy(r"([^，；。、和及与或且（）的在]{2,6})(?:或者|或)([^，；。、和及与或且（）的]{2,4})")
_CHOICE = lazy(r"[^，；。]{0,4}?(?:择一|选择|任选|之一|其一)")
_PERSON = lazy(r"人|父母|家长|儿童|子女|亲属|家属|学生|家庭")
_BOTH_REQUIRED = lazy(r"([^，；。、和及与或且（）的在]{2,6})(?:并且|且)([^，；。、和及与或且（）的]{2,4})")


def either_changed(base: str, other: str) -> list[LevelReason]:
    """Two things the base joins by 或 joined by 且 (both required) or by 和 (both given) in the other row, and
    two conditions the base joins by 且 joined by 或."""
    for m in _EITHER.finditer(base):
        for joined in ("并且", "且"):
            if (both := m[1] + joined + m[2]) in other:
                return [reason(ReasonKind.CONDITION, Level.WEAKER, m.group(), both, f"{m.group()} → {both}：须同时满足")]
        for joined in ("和", "及", "以及"):
            at = other.find(both := m[1] + joined + m[2])
            # (not a condition, 就学和居住的; not a choice said another way, 在实物配租和租赁补贴中择一; not those
            # served, 父母或者其他监护人 = 父母及其他监护人: a list of whom, not of what is given)
            if at >= 0 and not other[at + len(both):].startswith("的") and not _CHOICE.match(other[at + len(both):]) \
                    and not _PERSON.search(m[2] + other[at + len(both):at + len(both) + 2]):
                return [reason(ReasonKind.SCOPE, Level.STRONGER, m.group(), both, f"{m.group()} → {both}：由择一改为并给")]
    for m in _BOTH_REQUIRED.finditer(base):
        for joined in ("或者", "或"):
            if (either := m[1] + joined + m[2]) in other:
                return [reason(ReasonKind.CONDITION, Level.STRONGER, m.group(), either,
                               f"{m.group()} → {either}：满足其一即可")]
    return []


_ANY_EITHER = lazy(r"([^，；。、和及与或（）]{2,6})(?:或者|或)([^，；。、和及与或（）]{2,4})")


def both_made_either(b: str, other_text: str) -> list[LevelReason]:
    """Two things the base joins by 和 (both given) joined by 或 in the other row: one or the other."""
    for m in _ANY_EITHER.finditer(other_text):
        for joined in ("和", "及", "与", "、", "以及"):
            if m.group(1) + joined + m.group(2) in b:
                return [reason(ReasonKind.SCOPE, Level.WEAKER, m.group(1) + joined + m.group(2), m.group(),
                               f"由并列改为择一：{m.group()}")]
    return []
