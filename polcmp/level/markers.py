"""The level package's data: a judgement (its Level and LevelReason are the result model's), and the markers of
mappings/levels.toml as typed data (read by polcmp.mappings: the level package reads no file)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from types import MappingProxyType

from ..frozen import frozen
from ..judgecache import pair_key
from ..regexcache import compiled
from ..results import Level, LevelReason, ReasonKind


def reason(kind: ReasonKind, direction: Level, base: str, other: str, explanation: str) -> LevelReason:
    """A reason of the result model (the marker table's directions are made Levels when it is read)."""
    return LevelReason(kind, direction, base, other, explanation)


@frozen
class LevelJudgement:
    """A level and the reasons it rests on."""

    level: Level
    reasons: tuple[LevelReason, ...] = ()

    def lines(self) -> list[str]:
        return [f"{r.direction}: {r.explanation}" for r in self.reasons]


SAME = LevelJudgement(Level.SAME)


@frozen
class Marker:
    """One entry of a level-markers table (mappings/levels.toml): a pattern and its label."""

    expression: str  # compiled on first use: most markers of a table never meet a segment they match
    label: str
    source: str = ""
    # a condition the base row already implies when this matches it (在本地就读 in a row about schooling)
    implied: str = ""
    # a hedge's: "soft" promises no provision at all (鼓励, 探索), "may" permits it (可), others still promise
    # some; a widening's: "everyone" reaches every one of a group (应签尽签), said even in a segment the base has
    # no counterpart of; a group's: "stage" is a school stage (义务教育), which before the group narrows it
    grade: str = ""

    @cached_property
    def pattern(self) -> re.Pattern:
        return compiled(self.expression)

    @cached_property
    def implied_by(self) -> re.Pattern | None:
        return compiled(self.implied) if self.implied else None

    def said_or_implied(self, text: str) -> re.Match | None:
        """Where the text says the marker, else where it says what implies it; None if it says neither."""
        return self.pattern.search(text) or (self.implied_by.search(text) if self.implied_by else None)


@frozen
class ScopePair:
    """A pair of wordings (免除 against 减免) and the direction of the change between them."""

    base: re.Pattern
    other: re.Pattern
    direction: Level
    explanation: str


@frozen
class NumberUnit:
    """A unit of a quantity (元, 个工作日, 岁) and which way more of it points."""

    unit: str
    kind: str  # age, or a quantity kind
    more: Level  # what a larger value on the other side means: stronger / weaker
    label: str
    prefix: str = ""
    scale: float = 0  # its size in the smallest unit of its kind (年 = 12 个月), for two units of one kind


@frozen
class Thresholds:
    """The numbers of the method. scripts/evaluate_levels.py refits them leaving one list out."""

    match: float = 0.5  # segments this similar are the same commitment
    cover: float = 0.7  # a segment whose character bigrams are this much in a text is found in it
    novel: int = 4  # a new segment sharing a run of this many characters with the baseline row restates it
    closer: float = 0.3  # a base segment another segment says this much more closely lends this one no hedge


@frozen
class LevelMarkers:
    """The level-marker tables of mappings/levels.toml, read once, with the thresholds."""

    hedges: tuple[Marker, ...] = ()
    binding: tuple[Marker, ...] = ()
    scope: tuple[ScopePair, ...] = ()
    widen: tuple[Marker, ...] = ()
    narrow: tuple[Marker, ...] = ()
    benefit: tuple[Marker, ...] = ()
    conditions: tuple[Marker, ...] = ()
    lift: tuple[Marker, ...] = ()
    qualifiers: tuple[Marker, ...] = ()  # the general eligibility qualifier (符合条件的)
    groups: tuple[Marker, ...] = ()
    numbers: tuple[NumberUnit, ...] = ()
    admin: tuple[Marker, ...] = ()
    service: tuple[Marker, ...] = ()
    baseline: tuple[Marker, ...] = ()
    equivalent: tuple[tuple[re.Pattern, str], ...] = ()  # (words, the one word they are read as)
    setting: tuple[Marker, ...] = ()  # where a service is given (在…等场所): set aside when comparing
    equal: tuple[Marker, ...] = ()  # a group named only to promise the same treatment (与本地户籍儿童同等)
    describes: tuple[Marker, ...] = ()  # words that say who migrant children are (随迁子女, 非本市户籍)
    requirement: tuple[Marker, ...] = ()  # what makes a 服务对象 modifier a condition (持有…, 满…, 缴纳…)
    procedures: tuple[Marker, ...] = ()  # how a service is delivered (就地受理, 跨省通办, 一次办结, 网上办理)
    charge: tuple[Marker, ...] = ()  # what the family pays (收费标准, 自付): less of it favours the child
    waived: tuple[Marker, ...] = ()  # what the family no longer pays (免收, 不再收取): no charge
    # the matcher's vocabulary (mappings/lexicon.toml: 两免一补, 中职, 随迁子女 …), read before a segment is
    # looked for on the other side, as the alignment reads it
    lexicon: tuple = field(default=(), compare=False, hash=False)
    thresholds: Thresholds = field(default_factory=Thresholds)
    entries: dict = field(default_factory=dict, compare=False, hash=False)  # the raw TOML, for tests

    # derived from the fields above when the table is made, never changed after: one pattern per section of
    # markers, and the hedge, widen/narrow and setting words removed before two segments are compared
    sections: Mapping[str, re.Pattern] = field(init=False, repr=False, compare=False, hash=False)
    strip_patterns: tuple[re.Pattern, ...] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        marked = {f.name: getattr(self, f.name) for f in fields(self)
                  if f.init and isinstance(getattr(self, f.name), tuple) and f.name not in _NOT_MARKERS}
        sections = {name: _alternation(tuple(m.expression for m in entries)) for name, entries in marked.items()}
        object.__setattr__(self, "sections", MappingProxyType(sections))  # frozen: set once, here
        object.__setattr__(self, "strip_patterns",
                           tuple(m.pattern for m in (*self.hedges, *self.widen, *self.narrow, *self.setting)))

    def pattern_of(self, section: str) -> re.Pattern:
        """One pattern for a section's entries (never matches when the section is empty)."""
        return self.sections[section]


_NOT_MARKERS = frozenset({"scope", "numbers", "equivalent", "lexicon"})


@frozen
class PairSetting:
    """What a row pair is judged within besides its clauses: the two 服务对象 (`targets`) and 服务项目 (`names`),
    the other list's other rows (`elsewhere`: a baseline clause found there is not lost) and the baseline rows
    whose clauses are not new in this row (`elsewhere_base`)."""

    targets: tuple[str, str] = ("", "")
    names: tuple[str, str] = ("", "")
    elsewhere: tuple[str, ...] = ()
    elsewhere_base: tuple[str, ...] = ()


JUDGED_KEPT = 20_000  # pairs a memo keeps in memory (a few MiB)


@dataclass(eq=False)
class LevelMemo:
    """What the level rules have read and judged with one markers table, kept for a run: made beside the markers
    where they are loaded (mappings.load_mappings) and passed to judge_items and judge_pair with them. sides: baseline
    rows already read for judging (level.side._side); judged: row pairs already judged (level._judged), for a batch
    of lists copied from one another meets the same pair again and again; store: a judgecache.JudgementStore
    fingerprinted with the markers' files, where judgements outlive the run. A memo used with another markers
    table forgets what it kept with the first, and no longer reads or writes its store."""

    sides: dict = field(default_factory=dict)
    judged: dict = field(default_factory=dict)
    table: LevelMarkers | None = field(default=None, repr=False)  # the markers its entries were read by
    store: object = field(default=None, repr=False)

    def of(self, markers: LevelMarkers) -> LevelMemo:
        """This memo, holding only what was kept with `markers`."""
        if self.table is not markers:
            self.sides.clear()
            self.judged.clear()
            if self.table is not None:
                self.store = None  # fingerprinted with the first table
            self.table = markers
        return self

    def judged_once(self, key: tuple, judge: Callable[[], LevelJudgement], *, in_run: bool = True) -> LevelJudgement:
        """The judgement of `key` (the pair's clauses and its PairSetting): kept from this run or an earlier one, else
        `judge()`, kept for the next. in_run: kept in memory too (False for a pair judged with one list's other rows,
        met once a run)."""
        found = self.judged.get(key) if in_run else None
        if found is not None:
            return found
        stored = _stored_key(key) if self.store is not None else ""
        found = _judgement(self.store.get(stored)) if stored else None
        if found is None:
            found = judge()
            if stored:
                self.store.put(stored, [found.level.value, [
                    [r.kind.value, r.direction.value, r.base, r.other, r.explanation] for r in found.reasons]])
        if in_run and len(self.judged) < JUDGED_KEPT:
            self.judged[key] = found
        return found


def _stored_key(key: tuple) -> str:
    base, other, setting = key
    return pair_key(base, other, setting.targets, setting.names, setting.elsewhere, setting.elsewhere_base)


def _judgement(value: list | None) -> LevelJudgement | None:
    """A judgement as LevelMemo.judged_once stored it; None for anything else (a damaged or foreign entry)."""
    try:
        level, reasons = value
        return LevelJudgement(Level(level), tuple(LevelReason(ReasonKind(k), Level(d), str(b), str(o), str(e))
                                                  for k, d, b, o, e in reasons))
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=64)
def _alternation(patterns: tuple[str, ...]) -> re.Pattern:
    return compiled("|".join(f"(?:{p})" for p in patterns) if patterns else r"(?!)")


def markers_from_dict(data: dict, thresholds: Thresholds | None = None, lexicon: tuple = ()) -> LevelMarkers:
    def markers(section: str) -> tuple[Marker, ...]:
        return tuple(Marker(e["pattern"], e.get("label", e["pattern"]), e.get("source", ""), e.get("implied_by", ""),
                            e.get("grade", "")) for e in data.get(section, []))

    return LevelMarkers(
        hedges=markers("hedge"), binding=markers("binding"),
        scope=tuple(ScopePair(compiled(e["base"]), compiled(e["other"]), Level(e["direction"]),
                              e.get("explanation", "")) for e in data.get("scope", [])),
        widen=markers("widen"), narrow=markers("narrow"), benefit=markers("benefit"),
        conditions=markers("condition"), lift=markers("lift"), qualifiers=markers("qualifier"), groups=markers("group"),
        numbers=tuple(NumberUnit(e["unit"], e.get("kind", "quantity"), Level(e.get("more", "stronger")),
                                 e.get("label", e["unit"]), e.get("prefix", ""), float(e.get("scale", 0)))
                      for e in data.get("number", [])),
        admin=markers("admin"), service=markers("service"), baseline=markers("baseline"),
        equivalent=tuple((compiled(e["pattern"]), e["canonical"]) for e in data.get("equivalent", [])),
        setting=markers("setting"), equal=markers("equal"), describes=markers("describes"),
        requirement=markers("requirement"), procedures=markers("procedure"), charge=markers("charge"),
        waived=markers("waiver"),
        lexicon=lexicon,
        thresholds=thresholds or Thresholds(), entries=data,
    )


