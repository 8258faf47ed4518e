"""Commitment level of a linked pair: does the other list promise more, less, or the same as the baseline?

Pure: the markers (mappings/levels.toml) are passed in; nothing here reads files except
`load_level_markers`. The unit of judgement is the *segment* (a clause cut at ， ； 。): each segment of
one side is compared with the segments of the other side it resembles (its "group"), so a clause
that was split, joined or reordered is still judged against its own wording. Rules, each giving a
LevelReason that quotes both sides:

  modality   a segment is hedged (鼓励, 有条件的地方, …) or binding; only a change of state counts
  scope      word pairs (免除 → 减免), widening (一律, 全部, （含…）) and narrowing (仅) words, benefits (免费),
             target groups and 学段 named on one side only, the number of groups in 服务对象
  condition  eligibility conditions and deferrals (居住证, 社保, 学籍, 户籍, 按省有关规定) added or
             removed; a condition named next to 取消/无需/免备案 counts as lifted
  number     ages as ranges, years of free education, deadlines, amounts, percentages, counts,
             required years; digits and Chinese numerals; floors (不低于, 至少) and caps (不超过)
  equivalent words that say the same thing (照护 = 生活照料, 实物救助 = 有关物资) are read as one before a
             segment or an item is looked for on the other side (the reasons still quote the real words)
  clause     a baseline segment with no counterpart in the row (nor, when given, anywhere else in
             the other list) is weaker; a new segment that is a real service (a service verb, not
             hedged, not administrative, not found in the baseline row) is stronger

Reasons in both directions make the judgement `mixed`."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property, lru_cache
from pathlib import Path

from rapidfuzz import fuzz

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class Level(str, Enum):
    SAME = "same"
    STRONGER = "stronger"
    WEAKER = "weaker"
    MIXED = "mixed"


KINDS = ("number", "modality", "scope", "condition", "clause")


@dataclass(frozen=True)
class LevelReason:
    kind: str  # number, modality, scope, condition, clause
    direction: str  # stronger, weaker
    base_words: str
    other_words: str
    explanation: str  # one line: "免除 → 减免: exemption narrowed to a reduction"

    def to_json(self) -> dict:
        return {"kind": self.kind, "direction": self.direction, "base": self.base_words,
                "other": self.other_words, "explanation": self.explanation}


@dataclass(frozen=True)
class LevelJudgement:
    level: Level
    reasons: tuple[LevelReason, ...] = ()

    def lines(self) -> list[str]:
        return [f"{r.direction}: {r.explanation}" for r in self.reasons]


SAME = LevelJudgement(Level.SAME)


@dataclass(frozen=True)
class Marker:
    pattern: re.Pattern
    label: str
    source: str = ""


@dataclass(frozen=True)
class ScopePair:
    base: re.Pattern
    other: re.Pattern
    direction: str
    explanation: str


@dataclass(frozen=True)
class NumberUnit:
    unit: str
    kind: str  # age, or a quantity kind
    more: str  # what a larger value on the other side means: stronger / weaker
    label: str
    prefix: str = ""


@dataclass(frozen=True)
class Thresholds:
    """The two numbers of the method. scripts/evaluate_levels.py refits them leaving one list out."""

    match: float = 0.5  # segments this similar are the same commitment
    cover: float = 0.7  # a segment whose character bigrams are this much in a text is found in it
    novel: int = 4  # a new segment sharing a run of this many characters with the baseline row restates it


@dataclass(frozen=True)
class LevelMarkers:
    hedges: tuple[Marker, ...] = ()
    binding: tuple[Marker, ...] = ()
    scope: tuple[ScopePair, ...] = ()
    widen: tuple[Marker, ...] = ()
    narrow: tuple[Marker, ...] = ()
    benefit: tuple[Marker, ...] = ()
    conditions: tuple[Marker, ...] = ()
    lift: tuple[Marker, ...] = ()
    groups: tuple[Marker, ...] = ()
    numbers: tuple[NumberUnit, ...] = ()
    admin: tuple[Marker, ...] = ()
    service: tuple[Marker, ...] = ()
    baseline: tuple[Marker, ...] = ()
    equivalent: tuple[tuple[re.Pattern, str], ...] = ()  # (words, the one word they are read as)
    thresholds: Thresholds = field(default_factory=Thresholds)
    entries: dict = field(default_factory=dict, compare=False, hash=False)  # the raw TOML, for tests

    @cached_property
    def strip_patterns(self) -> tuple[re.Pattern, ...]:
        """Hedge and widen/narrow words, removed before two segments are compared."""
        return tuple(m.pattern for m in (*self.hedges, *self.widen, *self.narrow))


def markers_from_dict(data: dict, thresholds: Thresholds | None = None) -> LevelMarkers:
    def markers(section: str) -> tuple[Marker, ...]:
        return tuple(Marker(re.compile(e["pattern"]), e.get("label", e["pattern"]), e.get("source", ""))
                     for e in data.get(section, []))

    return LevelMarkers(
        hedges=markers("hedge"), binding=markers("binding"),
        scope=tuple(ScopePair(re.compile(e["base"]), re.compile(e["other"]), e["direction"],
                              e.get("explanation", "")) for e in data.get("scope", [])),
        widen=markers("widen"), narrow=markers("narrow"), benefit=markers("benefit"),
        conditions=markers("condition"), lift=markers("lift"), groups=markers("group"),
        numbers=tuple(NumberUnit(e["unit"], e.get("kind", "quantity"), e.get("more", "stronger"),
                                 e.get("label", e["unit"]), e.get("prefix", "")) for e in data.get("number", [])),
        admin=markers("admin"), service=markers("service"), baseline=markers("baseline"),
        equivalent=tuple((re.compile(e["pattern"]), e["canonical"]) for e in data.get("equivalent", [])),
        thresholds=thresholds or Thresholds(), entries=data,
    )


def load_level_markers(path: str | Path) -> LevelMarkers:
    """Read mappings/levels.toml (the only IO of this module)."""
    return markers_from_dict(tomllib.loads(Path(path).read_text(encoding="utf-8")))


# ---------------------------------------------------------------- text helpers

_PUNCT = re.compile(r"[\s，。；：、,.;:！？!?“”\"'‘’（）()《》【】\[\]·…—-]")
_SEGMENT = re.compile(r"[，；。,;！？!?]")
_CLAUSE = re.compile(r"[；。;！？!?]")
_ENUM = re.compile(r"[、和及与]")  # not 或: alternatives (实物配租或者发放租赁补贴) are one service
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百]+(?=个?(?:岁|年|次|元|%|个工作日|工作日|周|月))")
_SERVICE_NOUN = re.compile(r"(?:服务|咨询|培训|指导|介绍|补助|补贴|救助|照料|物资|筛查|节目|助学金|生活费)$")


def chinese_number(text: str) -> int:
    """十二 -> 12, 三 -> 3, 一百二十 -> 120 (the numerals policy lists use)."""
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def normalize_numbers(text: str) -> str:
    """Chinese numerals before a unit become digits; 0～6 and 0—6 become 0-6."""
    text = _CN_NUMBER.sub(lambda m: str(chinese_number(m.group())), text)
    return re.sub(r"(\d)\s*[～~—–至到]\s*(\d)", r"\1-\2", text)


@lru_cache(maxsize=8192)
def _core(text: str) -> str:
    return _PUNCT.sub("", text)


@lru_cache(maxsize=8192)
def _bigrams(text: str) -> frozenset[str]:
    key = _core(text)
    return frozenset(key[i:i + 2] for i in range(len(key) - 1)) or frozenset([key] if key else [])


def found_share(part: str, whole: str) -> float:
    """Share of `part`'s character bigrams that occur in `whole`."""
    a = _bigrams(part)
    return len(a & _bigrams(whole)) / len(a) if a else 1.0


def _canon(text: str, markers: LevelMarkers) -> str:
    """Equivalent words read as one (only to look a segment up, never to quote it)."""
    return _canon_with(text, markers.equivalent) if markers.equivalent else text


@lru_cache(maxsize=8192)
def _canon_with(text: str, equivalent: tuple[tuple[re.Pattern, str], ...]) -> str:
    for pattern, canonical in equivalent:
        text = pattern.sub(canonical, text)
    return text


def _find(markers: Iterable[Marker], text: str) -> list[tuple[Marker, str]]:
    out = []
    for m in markers:
        hit = m.pattern.search(text)
        if hit:
            out.append((m, hit.group()))
    return out


def _segments(clauses: Iterable[str]) -> list[str]:
    out = []
    for clause in clauses:
        out.extend(s.strip() for s in _SEGMENT.split(normalize_numbers(clause)) if _core(s))
    return out


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- numbers


_BOUND = r"(?P<pre>不低于|不少于|至少|不超过|不高于|最高|最多|满)?"
_FLOOR = {"不低于", "不少于", "至少", "以上"}
_CAP = {"不超过", "不高于", "最高", "最多", "以下", "以内", "内"}


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=64)
def _quantity_pattern(unit: str) -> re.Pattern:
    # (?<!\d): a match starts only where a number does, so a run of 5,000 digits costs linear time
    return re.compile(_BOUND + r"(?<!\d)(?P<n>\d+(?:\.\d+)?)(?:-(?P<m>\d+(?:\.\d+)?))?" + unit
                      + r"(?P<post>以上|以下|以内|内)?")


def _quantities(unit: NumberUnit, text: str) -> list[tuple[float, float, str]]:
    """(low, high, bound) for each mention of the unit; a single value has low == high."""
    out = []
    if not _DIGIT.search(text):  # normalize_numbers has turned numerals into digits
        return out
    for hit in _quantity_pattern(unit.unit).finditer(text):
        pre, post = hit.group("pre") or "", hit.group("post") or ""
        if unit.prefix and pre != unit.prefix:
            continue
        if not unit.prefix and pre == "满":
            pre = ""
        low = float(hit.group("n"))
        high = float(hit.group("m")) if hit.group("m") else low
        bound = "floor" if (pre in _FLOOR or post in _FLOOR) else "cap" if (pre in _CAP or post in _CAP) else ""
        if unit.kind == "age" and not hit.group("m"):
            if post == "以下":
                low, high = 0.0, low
            elif post == "以上":
                high = 18.0
        out.append((low, high, bound))
    return out


def _fmt(q: tuple[float, float, str], unit: NumberUnit) -> str:
    def num(x: float) -> str:
        return str(int(x)) if x == int(x) else str(x)

    value = num(q[0]) if q[0] == q[1] else f"{num(q[0])}-{num(q[1])}"
    return value + unit.unit.replace("个?", "个").replace("\\", "")


def _number_reasons(units: Sequence[NumberUnit], base: str, other: str) -> list[LevelReason]:
    out = []
    if not _DIGIT.search(base) and not _DIGIT.search(other):
        return out
    for unit in units:
        qb, qo = _quantities(unit, base), _quantities(unit, other)
        if not qb or not qo or qb == qo:
            continue
        for b, o in zip(qb, qo, strict=False):
            if b == o:
                continue
            bw, ow = _fmt(b, unit), _fmt(o, unit)
            if unit.kind == "age":
                if o[0] <= b[0] and o[1] >= b[1]:
                    out.append(LevelReason("number", "stronger", bw, ow, f"{bw} → {ow}: age range widened"))
                elif o[0] >= b[0] and o[1] <= b[1]:
                    out.append(LevelReason("number", "weaker", bw, ow, f"{bw} → {ow}: age range narrowed"))
                continue
            if b[2] != o[2] and {b[2], o[2]} == {"floor", "cap"}:
                up = o[2] == "floor"
            elif o[1] != b[1]:
                up = o[1] > b[1]
            else:
                continue
            direction = unit.more if up else ("weaker" if unit.more == "stronger" else "stronger")
            word = "more" if up else "less"
            out.append(LevelReason("number", direction, bw, ow, f"{bw} → {ow}: {unit.label} {word}"))
    return out


def _new_floor(units: Sequence[NumberUnit], text: str) -> str:
    for unit in units:
        if unit.kind != "age" and unit.more == "stronger":
            for q in _quantities(unit, text):
                if q[2] == "floor":
                    return _fmt(q, unit)
    return ""


# ---------------------------------------------------------------- the judgement


def _level(reasons: Sequence[LevelReason]) -> Level:
    directions = {r.direction for r in reasons}
    if directions == {"stronger", "weaker"}:
        return Level.MIXED
    if directions == {"stronger"}:
        return Level.STRONGER
    if directions == {"weaker"}:
        return Level.WEAKER
    return Level.SAME


def _dedupe(reasons: Iterable[LevelReason]) -> tuple[LevelReason, ...]:
    seen, out = set(), []
    for r in reasons:
        key = (r.kind, r.direction, r.base_words, r.other_words)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return tuple(out)


class _Side:
    """One side of a pair: its segments, which are administrative, and the whole text."""

    def __init__(self, clauses: Sequence[str], markers: LevelMarkers) -> None:
        self.clauses = [normalize_numbers(c) for c in clauses if c.strip()]
        self.segments = _segments(self.clauses)
        self.admin = [bool(_find(markers.admin, s)) for s in self.segments]
        self.text = "；".join(s for s, a in zip(self.segments, self.admin, strict=True) if not a)
        self.whole = "；".join(self.segments)  # administrative segments too: a clause restated as a goal is not lost
        # the clause (up to ；。) each segment sits in, for lifted conditions
        self.clause_of = []
        for clause in self.clauses:
            for s in _SEGMENT.split(clause):
                if _core(s):
                    self.clause_of.append(clause)


def _similar(a: str, b: str, markers: LevelMarkers) -> float:
    ca, cb = _strip(a, markers), _strip(b, markers)
    if not ca or not cb:
        return 0.0
    score = fuzz.ratio(ca, cb) / 100
    if min(len(ca), len(cb)) >= 4:
        score = max(score, found_share(ca, cb) if len(ca) <= len(cb) else found_share(cb, ca))
    return score


def _strip(text: str, markers: LevelMarkers) -> str:
    return _strip_with(text, markers.strip_patterns)


@lru_cache(maxsize=8192)
def _strip_with(text: str, patterns: tuple[re.Pattern, ...]) -> str:
    for pattern in patterns:
        text = pattern.sub("", text)
    return _core(text)


def _hedged(text: str, markers: LevelMarkers) -> list[tuple[Marker, str]]:
    return _find(markers.hedges, text)


def _judge(base_clauses: Sequence[str], other_clauses: Sequence[str], markers: LevelMarkers,
           elsewhere: Sequence[str] = (), elsewhere_base: Sequence[str] = (),
           targets: tuple[str, str] = ("", ""), names: tuple[str, str] = ("", "")) -> LevelJudgement:
    th = markers.thresholds
    base, other = _Side(base_clauses, markers), _Side(other_clauses, markers)
    reasons: list[LevelReason] = []
    sims = [[_similar(b, o, markers) for o in other.segments] for b in base.segments]
    refers_to_baseline = bool(_find(markers.baseline, other.text))

    def lifted(j: int) -> bool:
        return bool(_find(markers.lift, other.clause_of[j]))

    # ---- each other segment against the base segments it resembles
    for j, o in enumerate(other.segments):
        if other.admin[j]:
            continue
        group = [base.segments[i] for i in range(len(base.segments)) if sims[i][j] >= th.match and not base.admin[i]]
        joined = "；".join(group)
        if group:
            reasons += _segment_pair(joined, o, markers)
        # conditions: new to the whole baseline row
        for m, words in _find(markers.conditions, o):
            if not m.pattern.search(base.text):
                if lifted(j):
                    reasons.append(LevelReason("condition", "stronger", "", words,
                                               f"{words}: condition lifted ({_short(o, 24)})"))
                else:
                    reasons.append(LevelReason("condition", "weaker", "", words,
                                               f"+ {words}: condition added ({_short(o, 24)})"))
        if group:
            continue
        # a new segment
        if _find(markers.lift, o) and not _find(markers.lift, base.text):
            hit = _find(markers.lift, o)[0][1]
            reasons.append(LevelReason("condition", "stronger", "", hit, f"+ {_short(o)}: {hit}, a requirement lifted"))
        for _m, words in _find(markers.narrow, o):
            reasons.append(LevelReason("scope", "weaker", "", words, f"+ {_short(o)}: narrowed by {words}"))
        floor = _new_floor(markers.numbers, o)
        if floor and not _hedged(o, markers):
            reasons.append(LevelReason("number", "stronger", "", floor, f"+ {_short(o)}: new floor {floor}"))
        if _is_new_service(o, base.text, elsewhere_base, markers):
            reasons.append(LevelReason("clause", "stronger", "", o, f"+ {_short(o)}: service added"))

    # ---- each base segment against the other segments it resembles
    for i, b in enumerate(base.segments):
        if base.admin[i]:
            continue
        group = [other.segments[j] for j in range(len(other.segments)) if sims[i][j] >= th.match and not other.admin[j]]
        if group:
            joined = "；".join(group)
            reasons += [r for r in _segment_pair(b, joined, markers, removed_only=True)]
            reasons += _lost_items(b, other.text, elsewhere, markers)
        for m, words in _find(markers.conditions, b):
            if not m.pattern.search(other.text):
                reasons.append(LevelReason("condition", "stronger", words, "", f"{words} → —: condition removed"))
        if group or refers_to_baseline:
            continue
        cb = _canon(b, markers)
        if found_share(cb, _canon(other.whole, markers)) >= th.cover or any(
                found_share(cb, _canon(e, markers)) >= th.cover for e in elsewhere):
            continue
        reasons.append(LevelReason("clause", "weaker", b, "", f"{_short(b)} → —: baseline segment has no counterpart"))

    # ---- groups and 学段 named on one side only (content and 服务对象)
    btext, otext = "；".join((base.text, *targets[:1], *names[:1])), "；".join((other.text, *targets[1:], *names[1:]))
    for m in markers.groups:
        hb, ho = m.pattern.search(btext), m.pattern.search(otext)
        if ho and not hb:
            reasons.append(LevelReason("scope", "stronger", "", ho.group(), f"+ {ho.group()}: group widened"))
        elif hb and not ho:
            reasons.append(LevelReason("scope", "weaker", hb.group(), "", f"{hb.group()} → —: group narrowed"))
    if targets[0] and targets[1] and targets[0] != targets[1]:
        reasons += _target_reasons(targets[0], targets[1], markers)
    reasons = list(_dedupe(reasons))
    return LevelJudgement(_level(reasons), tuple(reasons))


def _segment_pair(b: str, o: str, markers: LevelMarkers, removed_only: bool = False) -> list[LevelReason]:
    """Reasons between a base text and an other text that say the same thing. removed_only: only what
    the base has and the other lacks (the other direction is found from the other side)."""
    out: list[LevelReason] = []
    hb, ho = _hedged(b, markers), _hedged(o, markers)
    if hb and not ho:
        binding = _find(markers.binding, o)
        words = binding[0][1] if binding else _short(_strip(o, markers), 12)
        out.append(LevelReason("modality", "stronger", hb[0][1], words, f"{hb[0][1]} → {words}: hedge removed"))
    elif ho and not hb and not removed_only:
        binding = _find(markers.binding, b)
        words = binding[0][1] if binding else _short(_strip(b, markers), 12)
        out.append(LevelReason("modality", "weaker", words, ho[0][1], f"{words} → {ho[0][1]}: hedged"))
    if not removed_only:
        for pair in markers.scope:
            mb, mo = pair.base.search(b), pair.other.search(o)
            if mb and mo and not pair.base.search(o):
                out.append(LevelReason("scope", pair.direction, mb.group(), mo.group(),
                                       f"{mb.group()} → {mo.group()}: {pair.explanation}"))
        out += _number_reasons(markers.numbers, b, o)
    scoped = {r.base_words for r in out if r.kind == "scope"}
    for kind_markers, direction, what in ((markers.widen, "stronger", "widened"),
                                          (markers.narrow, "weaker", "narrowed"),
                                          (markers.benefit, "stronger", "benefit"),
                                          (markers.lift, "stronger", "requirement lifted")):
        for m in kind_markers:
            in_b, in_o = m.pattern.search(b), m.pattern.search(o)
            if in_o and not in_b and not removed_only:
                out.append(LevelReason("scope", direction, "", in_o.group(), f"+ {in_o.group()}: {what}"))
            elif in_b and not in_o and in_b.group() not in scoped:
                opposite = "weaker" if direction == "stronger" else "stronger"
                out.append(LevelReason("scope", opposite, in_b.group(), "", f"{in_b.group()} → —: {what} removed"))
    return out


def _lost_items(b: str, other_text: str, elsewhere: Sequence[str], markers: LevelMarkers) -> list[LevelReason]:
    """Services listed in a base segment (A、B和C服务) that the other row no longer names."""
    items = [x for x in _ENUM.split(b) if len(_core(x)) >= 2]
    if len(items) < 2:
        return []
    out = []
    cover = markers.thresholds.cover
    for item in items:
        head = re.sub(r"^(?:提供|发放|为.*提供|开展)", "", item)
        if not _SERVICE_NOUN.search(_core(item)) or len(_core(head)) < 2:
            continue
        head_c, other_c = _canon(head, markers), _canon(other_text, markers)
        if found_share(head_c, other_c) < cover and not any(found_share(head_c, _canon(e, markers)) >= cover
                                                            for e in elsewhere):
            out.append(LevelReason("scope", "weaker", head, "", f"{head} → —: dropped from {_short(b, 24)}"))
    return out


def _is_new_service(o: str, base_text: str, elsewhere_base: Sequence[str], markers: LevelMarkers) -> bool:
    if _hedged(o, markers) or not _find(markers.service, o) or _find(markers.admin, o):
        return False
    o, base_text = _canon(o, markers), _canon(base_text, markers)
    if len(_core(o)) < 6:
        return False
    th = markers.thresholds
    return (found_share(o, base_text) < th.cover and _longest_common(_core(o), _core(base_text)) < th.novel
            and not any(found_share(o, _canon(e, markers)) >= th.cover for e in elsewhere_base))


def _longest_common(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        k = best + 1
        while i + k <= len(a) and a[i:i + k] in b:
            best = k
            k += 1
    return best


def _target_reasons(base: str, other: str, markers: LevelMarkers) -> list[LevelReason]:
    out = _number_reasons(markers.numbers, normalize_numbers(base), normalize_numbers(other))
    for m in markers.widen:
        hit = m.pattern.search(other)
        if hit and not m.pattern.search(base):
            out.append(LevelReason("scope", "stronger", base, other, f"服务对象 + {hit.group()}: target widened"))
    nb, no = len(base.split("、")), len(other.split("、"))
    if no != nb and found_share(base, other) >= 0.5:
        direction = "stronger" if no > nb else "weaker"
        what = "more groups named" if no > nb else "fewer groups named"
        out.append(LevelReason("scope", direction, base, other, f"服务对象 {nb} → {no}: {what}"))
    return out


# ---------------------------------------------------------------- public API


def judge_clause(base: str, other: str, markers: LevelMarkers) -> LevelJudgement:
    """The level of one linked clause pair (the baseline's wording, the other list's)."""
    if _core(base) == _core(other):
        return SAME
    return _judge([base], [other], markers)


def judge_pair(clause_diffs: Sequence, markers: LevelMarkers, *, targets: tuple[str, str] = ("", ""),
               names: tuple[str, str] = ("", ""), elsewhere: Sequence[str] = (),
               elsewhere_base: Sequence[str] = ()) -> LevelJudgement:
    """The level of a linked row pair from its clause diffs (objects with .status kept / changed /
    removed / added, .base, .other). targets: the two 服务对象; names: the two 服务项目 (a group in
    the name is not lost from the content). elsewhere: the other list's other
    rows (a baseline clause found there is not lost); elsewhere_base: the baseline's other rows (a
    local clause found there is not new)."""
    base = [c.base for c in clause_diffs if c.status != "added" and c.base]
    other = [c.other for c in clause_diffs if c.status != "removed" and c.other]
    if all(c.status == "kept" for c in clause_diffs) and targets[0] == targets[1]:
        return SAME
    return _judge(base, other, markers, elsewhere, elsewhere_base, targets, names)


def judge_items(base_clauses: Sequence[str], other_clauses: Sequence[str], markers: LevelMarkers, *,
                targets: tuple[str, str] = ("", ""), names: tuple[str, str] = ("", ""),
                elsewhere: Sequence[str] = (), elsewhere_base: Sequence[str] = ()) -> LevelJudgement:
    """The level of a linked row pair from the two rows' clauses, without a clause diff (what coverage
    uses: no word diff, no tokenizer). Gives the judgement judge_pair gives on the pair's clause diff:
    the rule reads every clause of each side, and a pair whose clauses are the same words is SAME."""
    if targets[0] == targets[1] and sorted(map(_core, base_clauses)) == sorted(map(_core, other_clauses)):
        return SAME
    return _judge(base_clauses, other_clauses, markers, elsewhere, elsewhere_base, targets, names)
