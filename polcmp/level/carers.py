"""Those who care for the child, served in its stead (对流动儿童父母或者其他监护人提供家庭教育指导服务): a carer added
to the base's (父母及隔代照料的祖辈, 父母、其他监护人以及受委托照护人) reaches children the base's carers do not; one
parent in place of both (父母 → 母亲) reaches fewer, both in place of one more."""

from __future__ import annotations

from ..regexcache import lazy
from ..results import Level, ReasonKind
from .either import JOINERS
from .markers import LevelReason, reason

_CARER = r"(?:父母|监护人|家长|祖父母|祖辈|亲属|家属|照护人|照料人|母亲|父亲)"
# the carers a service is given to (为流动儿童父母或者其他监护人提供…)
_CARERS = lazy(rf"(?:为|对|向|给|面向)(?:流动儿童的?)?((?:[^，；。、和及与或为对向给]{{0,12}}?{_CARER})"
               rf"(?:(?:、|和|及|以及|与|或者|或|等)[^，；。、和及与或为对向给]{{0,12}}?{_CARER})*)"
               rf"(?=[^，；。]{{0,4}}(?:提供|开展|给予|发放|组织))")
# who the carer is (其他, 共同生活的): the same carers, said more fully
_SAID_OF = lazy(r"^(?:流动儿童的?|其他|其|共同生活的|实际)+")
_ROLE = lazy(_CARER + "$")


def _carers(text: str) -> list[str]:
    hit = _CARERS.search(text)  # (父母等监护人: parents and the other guardians)
    return [_SAID_OF.sub("", c) for c in _AND_SO_ON.split(hit[1]) for c in JOINERS.split(c)] if hit else []


_AND_SO_ON = lazy(r"等(?=" + _CARER + ")")


def carers_changed(base: str, other: str) -> list[LevelReason]:
    """Carers added beside the base's, or one parent served where the other row serves both (or the reverse)."""
    theirs, ours = _carers(base), _carers(other)
    for wide, narrow, direction, word in ((theirs, ours, Level.WEAKER, "缩小"), (ours, theirs, Level.STRONGER, "扩大")):
        one = [c for c in narrow if c in _ONE_PARENT]
        if len(one) == 1 and "父母" in wide and not any("父母" in c for c in narrow):
            was, now = ("父母", one[0]) if wide is theirs else (one[0], "父母")
            return [reason(ReasonKind.SCOPE, direction, was, now, f"服务对象{word}：{was} → {now}")]
    lost = _carers_added_to(ours, theirs, other)
    return _carers_added(theirs, ours, base) + [
        reason(ReasonKind.SCOPE, Level.WEAKER, t, "", f"服务对象缩小：未含{t}") for t in lost]


_ONE_PARENT = ("母亲", "父亲")


def _carers_added(theirs: list[str], ours: list[str], base: str) -> list[LevelReason]:
    """Carers the other row serves beside every carer the base row serves, none of them named in the base row."""
    added = _carers_added_to(theirs, ours, base)
    return [reason(ReasonKind.SCOPE, Level.STRONGER, "", o, f"服务对象扩大：新增{o}") for o in added]


def _carers_added_to(fewer: list[str], more: list[str], said: str) -> list[str]:
    """The carers of `more` beside every one of `fewer`, none of them named in `said` (the row that has fewer)."""
    if not fewer or not more or not all(any(o.endswith(t) for o in more) for t in fewer):
        return []
    return [o for o in more if o not in said and _ROLE.search(o[-3:]) and not any(o.endswith(t) for t in fewer)]
