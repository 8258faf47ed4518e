"""How long a service is open, as a policy reader compares it: each day, round the clock (24小时热线, 全天候,
7×24小时), a window (每日8时至22时) or office hours, fewer hours weaker; hours said to be extended (延长至19时);
and over the year, open all year (全年开放) against only on holidays (节假日和寒暑假期间…开放)."""

from __future__ import annotations

from ..results import Level, ReasonKind
from .markers import LevelReason, reason
from .text import lazy

# the hours a service is open each day: round the clock (24小时热线, 全天候, 7×24小时), or a window (每日8时至22时)
_ROUND_THE_CLOCK = lazy(r"(?<!\d)24小时(?!内|之内|以内|办结|完成)|全天候|7\s*[×xX*]\s*24")
# (8时至22时, 8:00-22:00; 8：30-17：30 counted by its hours)
_WINDOW = lazy(r"(?<!\d)(\d{1,2})(?:时|点|[:：][0-5]\d)\s*[至到\-—～~]\s*(\d{1,2})(?:时|点|[:：][0-5]\d)")


# office hours named, not counted (工作日开通心理援助热线): a working day's, some eight hours; not a deadline's 工作日
_OFFICE_HOURS = lazy(r"(?<![\d个])(?:工作日|工作时间|办公时间)(?:内|期间)?"
                     r"(?=[^，；。\d]{0,6}(?:开通|开放|提供|接听|受理|服务))")


def service_hours(text: str) -> tuple[float, str] | None:
    """(hours a day, the words) of a service's opening hours, or None."""
    window = _WINDOW.search(text)
    if window and 0 <= int(window.group(1)) < int(window.group(2)) <= 24:
        return int(window.group(2)) - int(window.group(1)), window.group()
    clock = _ROUND_THE_CLOCK.search(text)
    if clock:
        return 24.0, clock.group()
    office = _OFFICE_HOURS.search(text)
    return (8.0, office.group()) if office else None


# hours said to run later (课后服务时间延长至19时): the closing hour
_EXTENDED = lazy(r"延长(?:至|到)(\d{1,2})(?:时|点|[:：][0-5]\d)")
# open only in holidays (节假日和寒暑假期间向流动儿童免费开放), or all year (全年向流动儿童开放)
_HOLIDAYS_ONLY = lazy(r"(?:节假日|寒暑假|假期|周末|双休日|寒假|暑假)(?:期间)?[^，；。全常]{0,12}开放")
_ALL_YEAR = lazy(r"(?:全年|常年)[^，；。]{0,12}开放|开放[^，；。]{0,4}(?:全年|常年)")


def _over_the_year(base: str, other: str) -> list[LevelReason]:
    """Open all year on one side, only in holidays on the other (and not all year)."""
    out = []
    for (a, b), level in (((base, other), Level.STRONGER), ((other, base), Level.WEAKER)):
        holidays, all_year = _HOLIDAYS_ONLY.search(a), _ALL_YEAR.search(b)
        if holidays and all_year and not _ALL_YEAR.search(a) and not _HOLIDAYS_ONLY.search(b):
            wider = level is Level.STRONGER
            words = (holidays.group(), all_year.group()) if wider else (all_year.group(), holidays.group())
            out.append(reason(ReasonKind.NUMBER, level, *words,
                              f"开放时间 {words[0]} → {words[1]}：开放时间{'扩大' if wider else '缩小'}"))
    return out


def _extended(base: str, other: str) -> list[LevelReason]:
    """Hours the other row says run later, where the base row says of none (or of an earlier hour)."""
    eb, eo = _EXTENDED.search(base), _EXTENDED.search(other)
    if eo and (not eb or int(eb.group(1)) < int(eo.group(1))):
        return [reason(ReasonKind.NUMBER, Level.STRONGER, eb.group() if eb else "", eo.group(), f"服务时间{eo.group()}")]
    if eb and (not eo or int(eo.group(1)) < int(eb.group(1))):
        return [reason(ReasonKind.NUMBER, Level.WEAKER, eb.group(), eo.group() if eo else "",
                       f"删去“{eb.group()}”：服务时间缩短")]
    return []


def row_hours(base: str, other: str) -> list[LevelReason]:
    """Opening hours of each row, compared wherever they stand (开通24小时热线 against 热线每日8时至22时提供服务)."""
    return _daily(base, other) + _extended(base, other) + _over_the_year(base, other) + _days_a_week(base, other)


# days a week a service runs: so many (每周至少3个工作日), or every school day (工作日放学后, 每个工作日): five
_DAYS_A_WEEK = lazy(r"每周(?:至少|不少于|安排|开展|提供)?(\d)个?(?:工作日|上课日|天)")
_EVERY_SCHOOL_DAY = lazy(r"(?:每个)?(?:工作日|上课日)(?=在?(?:放学后|课后))")


def _days(text: str) -> tuple[int, str] | None:
    hit = _DAYS_A_WEEK.search(text)
    if hit:
        return int(hit.group(1)), hit.group()
    every = _EVERY_SCHOOL_DAY.search(text)
    return (5, every.group()) if every else None


def _days_a_week(base: str, other: str) -> list[LevelReason]:
    db, do = _days(base), _days(other)
    if db is None or do is None or db[0] == do[0]:
        return []
    fewer = do[0] < db[0]
    return [reason(ReasonKind.NUMBER, Level.WEAKER if fewer else Level.STRONGER, db[1], do[1],
                   f"服务天数 {db[1]} → {do[1]}：{'天数减少' if fewer else '天数增加'}")]


def _daily(base: str, other: str) -> list[LevelReason]:
    hb, ho = service_hours(base), service_hours(other)
    if hb is None and ho is not None and ho[0] == 24:  # (a window where the base names none may narrow or not)
        return [reason(ReasonKind.NUMBER, Level.STRONGER, "", ho[1], f"新增服务时间：{ho[1]}")]
    if hb is None or ho is None or hb[0] == ho[0]:
        return []
    shorter = ho[0] < hb[0]
    return [reason(ReasonKind.NUMBER, Level.WEAKER if shorter else Level.STRONGER, hb[1], ho[1],
                   f"服务时间 {hb[1]} → {ho[1]}：{'服务时间缩短' if shorter else '服务时间延长'}")]
