"""How long a family waits before a benefit starts, as a policy reader weighs it: a waiting or observation period
(经6个月观察期后纳入低保, 设3个月待遇等待期), or a wait counted from a step the family takes (自提出申请之日起满3个月后,
领取低保金满1年后). A wait the base row does not set is weaker, a longer one weaker, a shorter one or none stronger;
不设待遇等待期 is a wait of none."""

from __future__ import annotations

from ..results import Level, ReasonKind
from .markers import LevelReason, reason
from .text import chinese_number, lazy

_NUMBER = r"(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,2}|半)"
_UNIT = r"(个月|月|学年|年|天|日|周|个季度|季度|个学期|学期)"
_PERIOD = r"(?:待遇)?(?:等待期|观察期|考察期|轮候期)"
_WAIT = lazy(rf"{_NUMBER}{_UNIT}的?{_PERIOD}"
             rf"|{_PERIOD}(?:为|是)?{_NUMBER}{_UNIT}"
             # counted from a step the family takes, or waiting in a queue (轮候满6个月)
             rf"|(?:申请|登记|缴费|参保|领取|轮候|提出|入园|入学|在园|纳入)[^，；。]{{0,10}}?满{_NUMBER}{_UNIT}(?:后|的|仍|以上|方可|才能|才可|即可)"
             rf"|轮候(?:期)?满?{_NUMBER}{_UNIT}(?=[，；。）]|$)")  # (the queue said at the sentence's end: 须轮候满2年。)
WAITING_WORDS = lazy(r"轮候|等待|等候|排队")  # (a cap after them bounds how long the family waits)
_NO_WAIT = lazy(r"(?:不设|无|取消|免设|没有)(?:待遇)?(?:等待期|观察期|考察期)"
               # (自入园当月起享受, 入园当学期即可申请: from the first month)
               r"|自(?:入园|入学|申请|登记)(?:当月|之日|当日|当天)起|(?:入园|入学)当(?:学期|月)即可")
_IN_DAYS = {"个月": 30, "月": 30, "年": 360, "学年": 360, "学期": 180, "个学期": 180, "天": 1, "日": 1, "周": 7,
            "个季度": 91, "季度": 91}


def _days(number: str, unit: str) -> float:
    value = float(number) if number[0].isdigit() else 0.5 if number == "半" else float(chinese_number(number))
    return value * _IN_DAYS[unit]


def waits(text: str) -> list[tuple[float, str]]:
    """(days, the words) of each wait the text sets; a wait of none where it says there is none."""
    out = []
    for hit in _WAIT.finditer(text):
        number, unit = next((hit[k], hit[k + 1]) for k in (1, 3, 5, 7) if hit[k])
        out.append((_days(number, unit), hit.group()))
    return out + [(0.0, hit.group()) for hit in _NO_WAIT.finditer(text)]


def wait_change(base: str, other: str) -> list[LevelReason]:
    """A wait set, lengthened, shortened or lifted between the two rows."""
    wb, wo = waits(base), waits(other)
    if len(wb) > 1 or len(wo) > 1 or not (wb or wo):
        return []  # (waits for two things: which one each is of, the clauses say)
    if wb and wo:
        (db, said_b), (do, said_o) = wb[0], wo[0]
        if db == do:
            return []
        longer = do > db
        return [reason(ReasonKind.NUMBER, Level.WEAKER if longer else Level.STRONGER, said_b, said_o,
                       f"等待期 {said_b} → {said_o}：{'等待期延长' if longer else '等待期缩短'}")]
    if wo and wo[0][0] > 0:
        return [reason(ReasonKind.NUMBER, Level.WEAKER, "", wo[0][1], f"新增等待期：{wo[0][1]}")]
    if wb and wb[0][0] > 0:
        return [reason(ReasonKind.NUMBER, Level.STRONGER, wb[0][1], "", f"取消等待期：{wb[0][1]}")]
    return []


def waits_read_once(reasons: list[LevelReason]) -> list[LevelReason]:
    """A wait read as a condition too (入园满1个月即可申请: 新增条件 入园满1个月) is one change: the wait's."""
    waited = [r.other for r in reasons if r.kind is ReasonKind.NUMBER and r.other and waits(r.other)]
    return [r for r in reasons if not (r.kind is ReasonKind.CONDITION and r.other and any(r.other in w for w in waited))]

