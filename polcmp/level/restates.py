"""Segments that neither add a promise nor lose one: a segment naming nothing given, only that the things before it
are given (三项服务，均向流动儿童提供), and a segment that only narrows where the other row states the narrowing in
other words (资助期限为入园后第一学年 against 在入园后首个学年内给予资助)."""

from __future__ import annotations

from ..regexcache import compiled
from ..results import Level, ReasonKind
from .markers import LevelMarkers, LevelReason, reason
from .text import _core, _find

# a segment that names nothing given, only that the things before it are given, by whom or once approved (三项服务，
# 均向流动儿童提供; 由相关部门分工提供; 经同意后提供): the close of the promise before it, not a promise
_ONLY_THE_GIVING = compiled(r"^(?:[^，；。]{0,6}?(?:服务|以上|上述))?(?:均|都|一并|统一|同时|亦|也)?"
                            r"(?:由[^，；。]{1,14}?)?(?:分工|统一|共同)?(?:经[^，；。]{1,12}?后)?"
                            r"(?:向|为|对)?(?:流动儿童|随迁子女)?(?:提供|开展|实施|落实)$")


# (or only how long the family waits first: 资助自幼儿在园满1个学期后方可申请, 纳入管理满6个月后; a wait read by waiting.py)
_ONLY_A_WAIT = compiled(r"^[^，；。]{0,12}满\d+个?(?:学期|学年|年|月|天|日)后(?:方可|才能|才可|即可)?"
                        r"(?:申请|享受|领取|办理)?$")


def gives_nothing(segment: str) -> bool:
    """The segment names nothing given (均向流动儿童提供): it can neither add a service nor lose one."""
    return bool(_ONLY_THE_GIVING.search(_core(segment)) or _ONLY_A_WAIT.search(_core(segment)))


# what a segment that only sets a limit says beside it (资助期限为…): the benefit limited, the verb of being
_ONLY_A_LIMIT = compiled(r"资助|补助|补贴|期限|年限|时间|为|的|给予|限于?|仅|实施|开展|推行")


def _only_narrows(b: str, markers: LevelMarkers, other_whole: str = "") -> list:
    """The narrowing markers of a base segment that says nothing else (资助期限为入园后第一学年), or nothing but
    the thing it limits where the other row names that thing (实物配租仅在…的区实施), else []."""
    found = _find(markers.narrow, b)
    rest = _core(b)
    for words in sorted((w for _, w in found), key=len, reverse=True):  # (仅在…的区 before 仅在)
        rest = rest.replace(_core(words), "")
    rest = _ONLY_A_LIMIT.sub("", rest)
    return found if len(rest) <= 2 or (other_whole and len(rest) <= 6 and rest in _core(other_whole)) else []


def narrowing_kept(b: str, other_whole: str, markers: LevelMarkers) -> bool:
    """A base segment that only narrows (资助期限为入园后第一学年) whose narrowing the other row states in other
    words (在入园后首个学年内给予资助): kept, not lost."""
    found = _only_narrows(b, markers)
    return bool(found) and all(m.pattern.search(other_whole) for m, _ in found)


def narrowing_lifted(b: str, other_whole: str, markers: LevelMarkers) -> LevelReason | None:
    """A base segment that only narrows, whose narrowing the other row states nowhere: the limit is gone."""
    found = _only_narrows(b, markers, other_whole)
    # (not a share, which the other row may state as a quantity: 按不超过在校生总数20%的比例 → 资助面不超过…的20%)
    if found and not any(m.pattern.search(other_whole) or "%" in words for m, words in found):
        return reason(ReasonKind.SCOPE, Level.STRONGER, b, "", f"取消限定：{found[0][1]}")
    return None
