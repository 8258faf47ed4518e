"""Charges the family pays, as a policy reader weighs them across a row pair: one the base sets that the other row
waives is lifted, whether the other row says so in the segment that restates it or elsewhere."""

from __future__ import annotations

import re

from .markers import LevelMarkers, LevelReason, reason
from .text import _core, _find, _short, lazy


def charge_waived(b: str, other_whole: str, markers: LevelMarkers) -> LevelReason | None:
    """A base segment that sets a charge (学费按省定标准的50%收取) the other row waives (免除…学费), or charges for a
    stage the other row makes free (高中阶段教育减半收取学费 → 包括…高中阶段教育在内的12年免费教育): the charge
    is gone, not a promise."""
    if not _find(markers.charge, b):
        return None
    fee, stage = _FEE.search(b), _core(_CHARGING.sub("", b))
    if (fee and re.search(f"(?:免除|免收|免)[^，；。]{{0,20}}{re.escape(fee.group())}", other_whole)) \
            or (len(stage) >= 4 and any(_FREE.search(s) and stage in _core(s) for s in other_whole.split("；"))):
        return reason("scope", "stronger", b, "", f"不再收费：{_short(b)}")
    return None


_FEE = lazy(r"[^，；。按对为的收取减半免]{1,3}费")  # what is charged (学费, 保教费)
_CHARGING = lazy(r"(?:减半|按[^，；。]{0,12}?)?收取?[^，；。]{0,4}?费(?:用)?|收费")
_FREE = lazy(r"免费|免除")
