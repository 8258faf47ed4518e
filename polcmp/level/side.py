"""One side of a pair as the level rules read it: its clauses cut into segments (a lead phrase read with the
segment it leads, a tail with the segment before it), which segments are administrative, which continue a
hedged clause, and its text with and without them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..regexcache import compiled
from .caps import season_words, using_a_time
from .markers import Level, LevelMarkers, LevelMemo, LevelReason, ReasonKind, reason
from .segments import _hedged, _strip
from .text import (
    _SEGMENT,
    BACK_REFERENCE,
    GLOSS,
    _canon,
    _conditions,
    _core,
    _find,
    _said,
    _segments,
    found_share,
    normalize_numbers,
)
from .who import target_parts

# a lead phrase that only names whom the next segment serves (对获得…后生活仍有困难的儿童，…; 对…家庭的幼儿，给予…)
_WHOM_LEAD = compiled(r"^(?:对|为|向|给)?[^，；。]{1,60}(?:儿童|幼儿|学生|在校生|家庭|患者|人员|子女|父母|家长|监护人)$")

# a segment that only says how often, or what the family pays, of the segment before it
# (a standards cell may name what it counts: 城市融入支持活动每年不少于4次)
_TAIL = compiled(r"^(?:[^，；。\d]{0,12}?每(?:年|学年|学期|季度|月|周)(?:不少于|至少|不低于)?(?:组织|开展|举办|进行)?\d+"
                 r"(?:次|场|期|轮)(?:以上)?|(?:所需|相关|其)?费用[^，；。]{0,24})$")

# within its clause, a tail may name the follow-up done so often (，每季度至少上门随访1次); not a service of its own
# (，每年免费体检1次)
# (or a bare count, 每年免费上门随访，不少于两次: how often the segment before does it)
_TAIL_IN_CLAUSE = compiled(r"^每(?:年|学年|学期|季度|月|周)(?:不少于|至少|不低于)?(?:上门|入户|电话|当面)?"
                           r"(?:随访|走访|探访|回访|家访|访视|巡访|联系)(?:不少于|至少|不低于)?\d+(?:次|场|期|轮)(?:以上)?$"
                           r"|^(?:不少于|至少|不低于)\d+(?:次|场|期|轮)(?:以上)?$")

_BACK_REFERENCE = compiled(rf"^(?:{BACK_REFERENCE}|本项|各项)")
# a second promise joined by 并 without a comma (给予照料并提供住院护理): a segment of its own
_AND_GIVES = compiled(r"(?<=[^，；。,;\s])并(?=(?:免费)?(?:提供|给予|发放|安排))")
_CLOSING_BRACKET = compiled(r"[（(][^（）()]*[）)]$")
_MANNER_LEAD = compiled(r"^以[^，；。]{1,16}(?:为主|为辅|为重点|为基础|为依托)$")
# …or when, a time of the year alone (寒暑假期间，在…开展; 每学年新生入学时，…): the time the next segment is held in
_WHEN_LEAD = compiled(r"^(?:只|仅|均)?(?:在|于)?(?:每年|每学年|每学期)?(?:的)?[^，；。]{0,12}(?:期间|时|之际|两季|季节|后)$")

# hedges that qualify a whole clause (视财力情况，…; 逐步…): not a verb with its own object (引导…参加, 鼓励…)
_ADVERBIAL_HEDGE = compiled(r"视|根据|逐步|原则上|有条件的|力争|争取|量力而行|适时|酌情")


def _tail_owner(tail: str, segments: list[str]) -> int:
    """The segment a tail belongs to: the last one that names what the tail counts (城市融入支持活动每年不少于4次
    belongs to 开展流动儿童城市融入支持活动), else the one before it."""
    subject = _core(tail.split("每")[0])
    if len(subject) >= 4:
        for k in range(len(segments) - 1, -1, -1):
            if subject[:4] in _core(segments[k]):
                return k
    return len(segments) - 1


def _groups_as_related(clause: str, groups: Sequence[str]) -> str:
    """The 服务对象's own groups listed again in the content (认定孤儿、艾滋病病毒感染儿童、事实无人抚养儿童等情形时)
    read as 相关 (认定相关情形时): naming them again adds no one."""
    if len(groups) < 2:
        return clause
    one = "(?:" + "|".join(map(re.escape, sorted(groups, key=len, reverse=True))) + ")"
    listed = re.search(rf"{one}(?:[、和及与或]{one}){{{len(groups) - 1}}}(?:等(?:相关)?)?", clause)
    if listed is None or any(g not in listed.group() for g in groups):
        return clause
    return clause[:listed.start()] + "相关" + clause[listed.end():]


class _Side:
    """One side of a pair: its segments, which are administrative, and the whole text."""

    def __init__(self, clauses: Sequence[str], markers: LevelMarkers, target: str = "", name: str = "",
                 glossed: tuple[str, ...] = ()) -> None:
        # a gloss (（即…）, （指…）) says what a word means: it neither gives nor takes anything; nor does a bracket
        # that restates a gloss of the other side (glossed: its glosses) without saying so
        groups = target_parts(target, markers)[1] if target else ()
        self.glosses = glosses(clauses)
        plain = (_promises_apart(_restating(_explaining(GLOSS.sub("", c)), glossed, markers)) for c in clauses)
        self.clauses = [normalize_numbers(_groups_as_related(_AND_GIVES.sub("，并", using_a_time(c)), groups))
                        for c in plain if c.strip()]
        # the clause (up to ；。) each segment sits in, for lifted conditions
        self.clause_of = [clause for clause in self.clauses for s in _SEGMENT.split(clause) if _core(s)]
        self.segments = _segments(self.clauses)
        self._join_hedged_leads(markers)
        self._carry_clause_hedge(markers)
        self.row_hedge = self._row_hedge(markers)
        self.admin = [self._administrative(i, markers) for i in range(len(self.segments))]
        self.text = "；".join(s for s, a in zip(self.segments, self.admin, strict=True) if not a)
        # the conditions of the row: those of its content and of its 服务对象 (符合户籍地…条件的流动儿童)
        self.conditioned = "；".join(t for t in (self.text, normalize_numbers(target)) if t)
        self.name = name
        self.whole = "；".join(self.segments)  # administrative segments too: a clause restated as a goal is not lost

    def clauses_holding(self, segments: Iterable[int]) -> str:
        """The whole clauses these segments stand in, joined back."""
        wanted = {self.clause_of[k] for k in segments}
        return self.joined(lambda k: self.clause_of[k] in wanted)

    def joined(self, keep: Callable[[int], bool]) -> str:
        """The segments `keep` keeps, joined back: by ， within a clause, by ； between clauses."""
        out, last = [], None
        for k, segment in enumerate(self.segments):
            if keep(k):
                out.append(segment if last is None else ("，" if self.clause_of[k] == last else "；") + segment)
                last = self.clause_of[k]
        return "".join(out)

    def _row_hedge(self, markers: LevelMarkers) -> str:
        """A hedge on what the row says above (上述活动和服务根据年度经费情况开展): the whole row's."""
        return next((h[0][1] for s in self.segments if _BACK_REFERENCE.match(s) and (h := _hedged(s, markers))), "")

    def _administrative(self, i: int, markers: LevelMarkers) -> bool:
        """Segment i promises nothing of its own: a reference to rules, a name the next segment spells out
        (落实“两免”政策，即免除学杂费…), or the row's hedge (read as the row's, not as a clause)."""
        seg = _CLOSING_BRACKET.sub("", self.segments[i])  # (做好…工作（含参保登记…）: the bracket says what the work is)
        return bool(_find(markers.admin, seg)) or self._spelled_out_next(i) \
            or bool(self.row_hedge and _BACK_REFERENCE.match(seg))

    def _spelled_out_next(self, i: int) -> bool:
        return i + 1 < len(self.segments) and self.clause_of[i] == self.clause_of[i + 1] \
            and self.segments[i + 1].lstrip().startswith(("即", "也就是"))

    def _carry_clause_hedge(self, markers: LevelMarkers) -> None:
        """A hedge that opens a clause (视财力情况，逐步将…纳入…，实物配租或者发放租赁补贴) hedges the segments
        that continue it: `led` marks them, so none of them makes the hedged promise plain."""
        self.led, lead = [], False
        for i, seg in enumerate(self.segments):
            if i == 0 or self.clause_of[i] != self.clause_of[i - 1]:
                lead = any(seg.lstrip().startswith(w) and _ADVERBIAL_HEDGE.match(w) for _m, w in _hedged(seg, markers))
                self.led.append(False)
            else:
                self.led.append(lead)

    def _join_hedged_leads(self, markers: LevelMarkers) -> None:
        """A hedge written as a lead phrase of its own (根据…服务能力，就地受理…; 学校可结合新生入学体检，对…开展…)
        hedges the segment it leads, and a lead that only names whom (对…仍有困难的儿童，可视情采取…) is the object
        of the segment it leads: the two are read as one. A tail that only says how often (，每年不少于2次) or
        what the family pays (，费用按…收取) belongs to the segment before it."""
        segments, clause_of, i = [], [], 0
        while i < len(self.segments):
            seg = self.segments[i]
            if i + 1 < len(self.segments) and self.clause_of[i] == self.clause_of[i + 1] \
                    and self._leads(seg, self.segments[i + 1], markers):
                seg = f"{seg}，{self.segments[i + 1]}"
                i += 1
                # a time lead holds over a place lead to the service (寒暑假期间，依托…等场所，开展…)
                while _WHEN_LEAD.match(seg.split("，")[0]) and i + 1 < len(self.segments) \
                        and self.clause_of[i] == self.clause_of[i + 1] and not _find(markers.service, self.segments[i]):
                    seg = f"{seg}，{self.segments[i + 1]}"
                    i += 1
            # (a tail may stand as a sentence of its own: a standards cell after the content)
            if segments and (_TAIL.match(seg) or (_TAIL_IN_CLAUSE.match(seg) and clause_of[-1] == self.clause_of[i])):
                at = _tail_owner(seg, segments)
                segments[at] = f"{segments[at]}，{seg}"
            else:
                segments.append(seg)
                clause_of.append(self.clause_of[i])
            i += 1
        self.segments, self.clause_of = segments, clause_of

    @staticmethod
    def _leads(seg: str, following: str, markers: LevelMarkers) -> bool:
        # whom it serves; or how, as an adverbial phrase with no verb (以公办学校为主，根据学位情况统筹安排入学)
        if _WHOM_LEAD.match(seg) or (_MANNER_LEAD.match(seg) and not _find(markers.service, seg)) \
                or (_WHEN_LEAD.match(seg) and season_words(seg)):
            return True
        # the condition the next segment's service is given on (父母一方在本县参加职工基本养老保险的，资助…)
        if _core(seg).endswith("的") and _conditions(seg, markers):
            return True
        if not _hedged(seg, markers):
            return False
        # a lead phrase, not a hedged service of its own; or one whose next segment begins with whom it serves
        return (not _find(markers.service, seg) and len(_core(_strip(seg, markers))) <= 6) \
            or bool(re.match(r"(?:对|为|向|给)", following))


def glosses(clauses: Sequence[str]) -> tuple[str, ...]:
    return tuple(hit.group() for c in clauses for hit in GLOSS.finditer(c))


def glossed_away(reasons: Iterable[LevelReason], base: _Side, other: _Side, markers: LevelMarkers
                 ) -> list[LevelReason]:
    """The reasons less each item, group or stage said lost that a gloss of the other side names, or said gained
    that a gloss of the base names (12年免费教育（即9年义务教育加3年高中阶段教育） beside 包括义务教育、高中阶段教育在内
    的12年免费教育): a gloss says what the words mean, so what it names is said."""
    said = {side: "；".join((side.whole, *side.glosses)) for side in (base, other) if side.glosses}
    if not said:
        return list(reasons)

    def named_in_a_gloss(r: LevelReason) -> bool:
        lost, gained = r.base and not r.other, r.other and not r.base
        side, words = (other, r.base) if lost else (base, r.other) if gained else (None, "")
        return r.kind is ReasonKind.SCOPE and side in said and _said(words, said[side], markers)

    return [r for r in reasons if not named_in_a_gloss(r)]


def _restating(clause: str, glossed: tuple[str, ...], markers: LevelMarkers) -> str:
    """The clause less each bracket whose words a gloss of the other side holds (（在居住地就医时…直接结算） beside
    （即在本市就医时…直接结算）)."""
    if not glossed or "（" not in clause and "(" not in clause:
        return clause
    said = _canon("".join(glossed), markers)
    return _BRACKET.sub(lambda hit: "" if found_share(_canon(hit.group(), markers), said) >= markers.thresholds.cover
                        else hit.group(), clause)


_BRACKET = compiled(r"[（(][^（）()]{4,}[）)]")
# a bracket after a term that says how the term works, in the term's own word (直接结算（就医时直接结算，无需先垫付…）;
# 直接结算服务（持卡就医、就地结算，…）): a gloss. Not one that names what it includes or limits (（含…）, （限…）),
# nor one that sets a number or a frequency (（每年随访4次，管理率不低于90%）), says who pays (（签约服务费…个人不付费）),
# lists parts (（涵盖义务教育、高中阶段教育）) or promises more (上门, 优先)
_EXPLAINED = compiled(r"([一-龥]{2})(?:服务|工作)?[（(](?!含|包括|不含|不包括|限|仅|除)([^（）()]{6,40})[）)]")


def _explaining(clause: str) -> str:
    """The clause less each bracket that explains the term before it in the term's own word (kept up to the term)."""
    if "（" not in clause and "(" not in clause:
        return clause
    return _EXPLAINED.sub(lambda hit: hit.group()[: hit.start(2) - hit.start() - 1]
                          if hit.group(1) in hit.group(2) and re.search(r"[，,、]", hit.group(2))
                          and not _SETS_A_NUMBER.search(hit.group(2)) else hit.group(), clause)


# a bracket that gives something of its own (职业培训（按规定给予培训补贴）): a promise, not a word explained
_PROMISE_IN_BRACKETS = compiled(r"[（(]((?!含|包括|不含|不包括|限|仅|除|即|指)[^（）()]{0,10}?(?:给予|发放|提供)"
                                r"[^（）()]{0,14}?(?:补贴|补助|资助|津贴)[^（）()]{0,6})[）)]")


def _promises_apart(clause: str) -> str:
    """The clause with each promising bracket said after it, as a segment of its own."""
    if "（" not in clause and "(" not in clause:
        return clause
    promises = _PROMISE_IN_BRACKETS.findall(clause)
    if not promises:
        return clause
    body = _PROMISE_IN_BRACKETS.sub("", clause).rstrip("。；，")
    return "，".join((body, *promises))


# (费 where someone pays: 服务费, 付费, 费用由…; not the costs a term settles, 就医费用在就医地直接结算)
_SETS_A_NUMBER = compiled(r"\d|每|不低于|不少于|不超过|至少|以上|以内|服务费|[付收缴交]费|费用由|免|承担|资助|补"
                          r"|涵盖|覆盖|上门|优先")


def _side(clauses: tuple[str, ...], markers: LevelMarkers, target: str, name: str,
          memo: LevelMemo | None = None, glossed: tuple[str, ...] = ()) -> _Side:
    """The baseline's side of a pair, read once per run's memo (of one markers table): a batch meets the same
    row in every list. glossed: the other side's glosses."""
    if memo is None:
        return _Side(clauses, markers, target, name, glossed)
    key = (clauses, target, name, glossed)
    side = memo.sides.get(key)
    if side is None:
        side = memo.sides[key] = _Side(clauses, markers, target, name, glossed)
    return side


def row_hedges(base: _Side, other: _Side) -> list[LevelReason]:
    """A hedge the row puts on all it says above (上述活动和服务根据年度经费情况开展), on one side only."""
    if other.row_hedge and not base.row_hedge:
        return [reason(ReasonKind.MODALITY, Level.WEAKER,
                       "", other.row_hedge, f"{other.row_hedge}：整项服务以此为前提，承诺减弱")]
    if base.row_hedge and not other.row_hedge:
        return [reason(ReasonKind.MODALITY, Level.STRONGER, base.row_hedge, "", f"不再以{base.row_hedge}为前提：承诺更明确")]
    return []
