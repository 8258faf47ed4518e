"""Which segment of one side is another segment's counterpart: a segment said word for word elsewhere on
the other side lends no cover to one that only shares its verb or its recipients."""

from __future__ import annotations

from .markers import LevelMarkers
from .segments import _hedged, _object_of, _what_is_given
from .side import _Side
from .text import _core, found_share


def _kept_by_another(i: int, j: int, base: _Side, other: _Side, sims, markers: LevelMarkers) -> bool:
    """Base segment i kept word for word by another other segment (免费提供教科书 there), and little of what it
    gives in segment j (免费提供课后服务 beside it; 住房救助 beside 教育救助): j only shares i's verb, and is
    judged on its own."""
    given = _object_of(base.segments[i], markers)
    # (a hedged segment beside it, 必要时可先行救助, qualifies that promise: it stays its counterpart)
    if _hedged(other.segments[j], markers):
        return False
    if len(given) >= 3 and found_share(given, other.segments[j]) >= 0.5:
        return False
    # a base segment that gives no object (就近在普惠性幼儿园入园) and is j's only counterpart: j stays it unless
    # what j gives is not in it (免除保育教育费 beside it), when j is judged alone
    if len(given) < 3 and (found_share(_what_is_given(other.segments[j]), base.segments[i]) >= 0.5
                           or any(k != i and sims[k][j] >= markers.thresholds.match for k in range(len(sims)))):
        return False
    return any(k != j and sims[i][k] >= 0.9 and found_share(base.segments[i], other.segments[k]) >= 0.9
               for k in range(len(other.segments)))


def _said_by_another(i: int, j: int, base: _Side, other: _Side, sims, markers: LevelMarkers) -> bool:
    """Other segment j is another base segment's counterpart, word for word and far closer than to base
    segment i (提供国家助学金 beside 免除…学杂费, both for the same students): it shares i's recipients,
    not what i gives (its object, 学杂费, is not in it). One that says more than that segment (two base
    clauses joined) may say i too."""
    given = _object_of(base.segments[i], markers)
    return bool(given) and given not in _core(other.segments[j]) \
        and any(row[j] >= sims[i][j] + markers.thresholds.closer and found_share(other.segments[j], base.segments[k]) >= 0.9
                for k, row in enumerate(sims) if k != i)
