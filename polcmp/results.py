"""The result model: the output vocabulary (enums) and the frozen results every command returns.

Renderers, the JSON contract and the HTML template read these types and nothing else. Each enum
member carries its one label and mark, so a new status is one member here and one rule where it is
decided (polcmp/match/); no renderer keeps a list of its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .model import Item, PolicyList


class Vocabulary(str, Enum):
    """A str enum whose members also carry a Chinese label and a one-character mark."""

    def __new__(cls, value: str, label: str, mark: str = ""):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.mark = mark
        return member

    def __str__(self) -> str:
        return self.value


class Status(Vocabulary):
    """How a linked pair differs, most telling first: a pair takes the first status its changes show."""

    REWORDED = ("reworded", "改写", "~")
    RENAMED = ("renamed", "更名", "~")
    TARGET = ("target", "服务对象变化", "~")
    DEPARTMENTS = ("departments", "责任部门变化", "~")
    MOVED = ("moved", "领域变化", "~")
    PUNCTUATION = ("punctuation", "仅标点", "=")
    IDENTICAL = ("identical", "相同", "=")
    COVERED = ("covered", "有对应措施", "~")  # a baseline service a prose plan commits to


class Fate(Vocabulary):
    """What became of an item left without a partner."""

    SPLIT = ("split", "拆分", "÷")
    ADDED = ("added", "新增", "+")
    MERGED = ("merged", "合并", "÷")
    DROPPED = ("dropped", "缺失", "-")
    # a plan names the service only to exclude it, defer it or leave it to existing policy: not coverage
    REFERENCED = ("referenced", "另行规定或按现行政策", "→")


class CellState(Vocabulary):
    """One cell of the coverage matrix."""

    IDENTICAL = ("identical", "相同", "=")
    REWORDED = ("reworded", "改写", "~")
    SPLIT = ("split", "拆分或合并", "÷")
    UNCERTAIN = ("uncertain", "待核实", "?")
    MISSING = ("missing", "缺失", "✗")
    REFERENCED = ("referenced", "另行规定或按现行政策", "→")  # named by a plan without committing to it


class Level(Vocabulary):
    """Commitment level of a linked pair or clause against the baseline."""

    SAME = ("same", "水平相同", "")
    STRONGER = ("stronger", "高于基准", "▲")
    WEAKER = ("weaker", "低于基准", "▼")
    MIXED = ("mixed", "有升有降", "◆")


class Severity(Vocabulary):
    ERROR = ("error", "错误", "✗")
    WARNING = ("warning", "警告", "!")
    NOTICE = ("notice", "提示", "·")


class ReasonKind(Vocabulary):
    """What a level reason compares (JSON keeps the value, people read the label)."""

    NUMBER = ("number", "数量")
    MODALITY = ("modality", "语气")
    SCOPE = ("scope", "范围")
    CONDITION = ("condition", "条件")
    CLAUSE = ("clause", "条款")


class FindingCode(str, Enum):
    """What a finding of `polcmp check` is about: the `code` of a Finding (and of its JSON), the key of
    the renderers' sentence for it. Codes that are a link's status or an item's fate take that word
    (Status, Fate) instead."""

    MISSING_SERVICE = "missing-service"
    EXEMPT = "exempt"
    CLAUSE_DROPPED = "clause-dropped"
    CLAUSE_UNSURE = "clause-unsure"
    MEASURE_ADDED = "measure-added"
    MISSING_COLUMN = "missing-column"
    NUMBERING = "numbering"
    DUPLICATE_SEQ = "duplicate-seq"
    EMPTY_CELL = "empty-cell"
    UNKNOWN_DEPARTMENT = "unknown-department"
    RECONSTRUCTED_BASELINE = "reconstructed-baseline"
    BELOW_BASELINE = "below-baseline"
    BELOW_BASELINE_UNSURE = "below-baseline-unsure"
    ABOVE_BASELINE = "above-baseline"
    UNCERTAIN = "uncertain"
    PARSE_NOTE = "parse-note"

    def __str__(self) -> str:
        return self.value


class Tier(Vocabulary):
    """The level of government a list is issued at (the registry's `level`): what a chain finding is against."""

    NATIONAL = ("national", "国家基础清单")
    PROVINCE = ("province", "省级清单")
    CITY = ("city", "市级清单")
    COUNTY = ("county", "县级清单")

    @classmethod
    def of(cls, level: str) -> Tier | None:
        return next((t for t in cls if t.value == level), None)


def tier_label(level: str, source_id: str = "") -> str:
    """省级清单, or the list's id where its level is not one of the four."""
    tier = Tier.of(level)
    return tier.label if tier else f"{source_id or level}清单"


class ClauseStatus(Vocabulary):
    KEPT = ("kept", "保留", " ")
    CHANGED = ("changed", "改写", "~")
    REMOVED = ("removed", "删除", "-")
    ADDED = ("added", "新增", "+")


class MatchedBy(Vocabulary):
    OVERRIDE = ("override", "人工指定")
    EXACT = ("exact", "内容相同")
    ASSIGNMENT = ("assignment", "综合匹配")
    CLAUSES = ("clauses", "条款匹配")
    ORDER = ("order", "顺序与特征词")  # a leftover pair between the same two anchors on both sides
    TERMS = ("terms", "特征词")  # a row joining several baseline rows, or one part of a divided baseline row


@dataclass(frozen=True)
class WordOp:
    op: str  # "equal", "delete", "insert"
    text: str


@dataclass(frozen=True)
class LevelReason:
    """One reason for a level judgement, quoting the words on both sides."""

    kind: ReasonKind
    direction: Level  # STRONGER or WEAKER
    base: str
    other: str
    explanation: str


@dataclass(frozen=True)
class ClauseDiff:
    status: ClauseStatus
    base: str
    other: str
    words: tuple[WordOp, ...] = ()
    level: Level = Level.SAME
    level_reasons: tuple[LevelReason, ...] = ()


@dataclass(frozen=True)
class Change:
    kind: Status
    base: str = ""
    other: str = ""
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Where a baseline service is found in the other document: the item or measure and its words."""

    other: Item
    text: str
    terms: tuple[str, ...] = ()
    score: float | None = None


@dataclass(frozen=True)
class ClauseLocation:
    """Where one baseline clause sits in the other document (the clause map): which item, which of its
    clauses or sentences, how strongly, and how it was recognised. `other` None: found nowhere."""

    base: Item
    clause: str
    other: Item | None = None
    other_clause: str = ""
    score: float = 0.0
    how: str = ""  # verbatim, similar, lexicon, reference (依照/按照…基础清单…), contained


@dataclass(frozen=True)
class Link:
    """A baseline item and the item of the other document that carries it."""

    base: Item
    other: Item
    status: Status
    score: float
    matched_by: MatchedBy
    changes: tuple[Change, ...] = ()
    clauses: tuple[ClauseDiff, ...] = ()
    evidence: tuple[Evidence, ...] = ()  # for a plan: the sentences that commit to the service
    reason: str = ""  # an override's reason from mappings/
    confidence: float = 1.0
    uncertain: bool = False
    level: Level = Level.SAME
    level_reasons: tuple[LevelReason, ...] = ()


@dataclass(frozen=True)
class Unlinked:
    """An item without a partner, its fate and the item it relates to (split from, merged into, nearest)."""

    item: Item
    fate: Fate
    related: Item | None
    score: float
    confidence: float = 1.0
    uncertain: bool = False
    quote: str = ""  # REFERENCED: the plan's sentence that names the service
    kind: str = ""  # REFERENCED: exclude, defer or existing (mappings/plans.toml)


def _count(links, added, dropped) -> dict[str, int]:
    counts = {s.value: 0 for s in Status}
    for link in links:
        counts[link.status.value] += 1
    for fate in Fate:
        counts[fate.value] = sum(1 for u in (*added, *dropped) if u.fate is fate)
    counts["uncertain"] = sum(1 for x in (*links, *added, *dropped) if x.uncertain)
    for level in (Level.WEAKER, Level.STRONGER, Level.MIXED):
        counts[level.value] = sum(1 for link in links if link.level is level)
    return {k: v for k, v in counts.items() if v}


@dataclass(frozen=True)
class Comparison:
    """The result of `polcmp diff`, for two lists or a list and a prose plan alike."""

    base: PolicyList
    other: PolicyList
    links: tuple[Link, ...]
    added: tuple[Unlinked, ...]  # items of `other` with no partner: ADDED or SPLIT
    dropped: tuple[Unlinked, ...]  # items of `base` with no partner: DROPPED or MERGED
    clause_map: tuple[ClauseLocation, ...] = ()  # every baseline clause, located (or not) in `other`
    # what a level is said against: '' for the baseline (高于基准), else the base list's short name (高于广西)
    reference: str = ""
    # the two sides as people name them (region names from the registry or the titles) and their dates or
    # editions, for headings a reader files ('' where unknown: renderers fall back to the ids)
    names: tuple[str, str] = ("", "")
    dates: tuple[str, str] = ("", "")
    counts: dict[str, int] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", _count(self.links, self.added, self.dropped))

    @property
    def differs(self) -> bool:
        return bool(self.added or self.dropped or any(link.status is not Status.IDENTICAL for link in self.links))

    def baseline_rows(self) -> tuple[tuple[Item, Link | None], ...]:
        """Each baseline item this view shows, with its link (None: dropped or merged), in baseline order.
        A view filtered by `--only` shows only the items its links and drops name, never the rest as missing."""
        linked = {link.base.index: link for link in self.links}
        gone = {u.item.index for u in self.dropped}
        return tuple((b, linked.get(b.index)) for b in self.base.items if b.index in linked or b.index in gone)

    def only(self, wanted: frozenset[str] | None) -> Comparison:
        """The same comparison restricted to the statuses, fates and levels named (`--only`)."""
        if not wanted:
            return self
        filtered = _FilteredPlan if isinstance(self, PlanComparison) else _Filtered
        return filtered(self.base, self.other, tuple(x for x in self.links if _link_wanted(x, wanted)),
                         tuple(x for x in self.added if _unlinked_wanted(x, wanted)),
                         tuple(x for x in self.dropped if _unlinked_wanted(x, wanted)),
                         self.clause_map, self.reference, self.names, self.dates, full_counts=self.counts)


@dataclass(frozen=True)
class PlanComparison(Comparison):
    """`polcmp diff` of a prose 实施方案 against a list: `links` are the baseline services its measures commit
    to (each with the measure sentences as evidence), `added` the measures beyond the baseline, `dropped` the
    services it never commits to (REFERENCED: named only to be excluded or deferred). Renderers and checks
    that read a plan differently register for this class."""


def _link_wanted(x: Link, wanted: frozenset[str]) -> bool:
    return x.status.value in wanted or x.level.value in wanted \
        or (x.level is Level.MIXED and bool(wanted & {"weaker", "stronger"})) \
        or ("uncertain" in wanted and x.uncertain)  # a mixed pair is weaker and stronger at once


def _unlinked_wanted(x: Unlinked, wanted: frozenset[str]) -> bool:
    return x.fate.value in wanted or ("uncertain" in wanted and x.uncertain)


@dataclass(frozen=True)
class _Filtered(Comparison):
    """A filtered view keeps the counts of the whole comparison for its summary line."""

    full_counts: dict[str, int] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", self.full_counts)


@dataclass(frozen=True)
class _FilteredPlan(_Filtered, PlanComparison):
    """A filtered view of a plan's comparison: still a plan's."""


FILTERS = tuple(dict.fromkeys([*(s.value for s in Status), *(f.value for f in Fate),
                               Level.WEAKER.value, Level.STRONGER.value, Level.MIXED.value, "uncertain"]))


# ---------------------------------------------------------------- coverage


# ▽ (a warning in check): below only because baseline clauses were not found in the row's words, which a
# heavy paraphrase also gives, so a reader judges it; a reason quoting a marker is ▼.
BELOW_UNSURE = ("▽", "或低于基准（条款未找到，待核实）")


def below_only_by_absence(reasons: tuple[LevelReason, ...]) -> bool:
    weaker = [r for r in reasons if r.direction is Level.WEAKER]
    return bool(weaker) and all(r.kind == ReasonKind.CLAUSE for r in weaker)  # a baseline clause not found


@dataclass(frozen=True)
class CoverageCell:
    state: CellState
    evidence: tuple[Evidence, ...] = ()
    level: Level = Level.SAME  # the region's commitment against the baseline's (▼ ▲ ◆ beside the state)
    confidence: float = 1.0
    level_reasons: tuple[LevelReason, ...] = ()  # why, one line each, quoting both sides

    @property
    def level_mark(self) -> str:
        """▼ ▲ ◆ of the level, or ▽ when it is below only by clauses not found in the row's words."""
        if self.level is Level.WEAKER and below_only_by_absence(self.level_reasons):
            return BELOW_UNSURE[0]
        return self.level.mark


NOT_CARRIED = frozenset({CellState.MISSING, CellState.REFERENCED})  # cells a region does not carry


@dataclass(frozen=True)
class RegionCoverage:
    """One column of the coverage matrix: a region's list or plan against the baseline."""

    id: str
    name: str  # the registry's name (天津市) or the id
    title: str
    source: str
    kind: str
    cells: tuple[CoverageCell, ...]  # one per baseline item, in the baseline's order
    added: tuple[Item, ...]  # items or measures beyond the baseline
    comparison: Comparison | None = field(default=None, compare=False)

    def states(self) -> tuple[CellState, ...]:
        return tuple(c.state for c in self.cells)

    @property
    def covered(self) -> int:
        return sum(1 for c in self.cells if c.state not in NOT_CARRIED)

    @property
    def ratio(self) -> float:
        return self.covered / len(self.cells) if self.cells else 0.0


@dataclass(frozen=True)
class Skipped:
    path: str
    problem: str


@dataclass(frozen=True)
class CoverageMatrix:
    baseline: PolicyList
    regions: tuple[RegionCoverage, ...]
    skipped: tuple[Skipped, ...] = ()
    reconstructed: bool = False  # the baseline is a reconstruction, not the official text
    carried: tuple[int, ...] = field(init=False, compare=False)  # regions carrying each baseline item

    def __post_init__(self) -> None:
        carried = tuple(sum(1 for r in self.regions if r.cells[i].state not in NOT_CARRIED)
                        for i in range(len(self.baseline.items)))
        object.__setattr__(self, "carried", carried)


@dataclass(frozen=True)
class ServiceTally:
    """One baseline service over the regions of a matrix: how many carry it (at its level or otherwise),
    weaken it, strengthen it (a mixed cell counts as both), and drop it."""

    base: Item
    carried: int
    weaker: int
    stronger: int
    missing: int
    regions: int
    mixed: int = 0  # cells both weaker and stronger (counted in each)

    @property
    def same(self) -> int:
        """Carried at the baseline's level."""
        return self.carried - self.weaker - self.stronger + self.mixed


def tally(m: CoverageMatrix) -> tuple[ServiceTally, ...]:
    return tuple(_tally(base, [r.cells[i] for r in m.regions]) for i, base in enumerate(m.baseline.items))


def _tally(base: Item, cells: list[CoverageCell]) -> ServiceTally:
    """One baseline service over the regions' cells: how many carry it, weaken, strengthen or drop it."""
    carried = [c for c in cells if c.state is not CellState.MISSING]
    return ServiceTally(
        base,
        carried=len(carried),
        weaker=sum(1 for c in carried if c.level in (Level.WEAKER, Level.MIXED)),
        stronger=sum(1 for c in carried if c.level in (Level.STRONGER, Level.MIXED)),
        missing=len(cells) - len(carried),
        regions=len(cells),
        mixed=sum(1 for c in carried if c.level is Level.MIXED))


@dataclass(frozen=True)
class CoverageSummary:
    """`coverage --summary`: per baseline service, how many lists carry, weaken, strengthen and drop it."""

    matrix: CoverageMatrix
    services: tuple[ServiceTally, ...]


# ---------------------------------------------------------------- check


@dataclass(frozen=True)
class Finding:
    """One finding of `polcmp check`, as data; renderers write the sentence for its code."""

    severity: Severity
    code: str  # a FindingCode, Status or Fate value, as a plain string
    file: str
    line: int | None  # a text line of the file, or None where the location is not a line
    row: int | None = None  # the list's row (1-based position) when the location is a table row
    base: Item | None = None
    other: Item | None = None
    quote: str = ""  # the words the finding is about
    detail: str = ""  # e.g. an exemption's reason, a status, the repeated numbers
    row_unit: str = "table row"  # what `row` counts: "table row", or "paragraph" in a Word plan
    against: str = ""  # checked against a chain: the id of the list the finding is against
    against_level: str = ""  # and that list's level (national, province, city, county)

    @property
    def against_label(self) -> str:
        """低于市级清单 (an error or warning) or 对照市级清单 (a notice); '' outside a chain check."""
        if not self.against:
            return ""
        word = "对照" if self.severity is Severity.NOTICE else "低于"
        return f"{word}{tier_label(self.against_level, self.against)}"

    @property
    def place(self) -> str:
        """`line 12`, `table row 4`, `paragraph 7`, or '' when the finding is about the whole file."""
        if self.line is not None:
            return f"line {self.line}"
        return f"{self.row_unit} {self.row}" if self.row is not None else ""


@dataclass(frozen=True)
class ListCheck:
    list: PolicyList
    baseline_id: str
    findings: tuple[Finding, ...]
    coverage: RegionCoverage | None
    fail_on: Severity = Severity.ERROR  # the least severe finding that fails the list (`check --fail-on`)
    chain: tuple[str, ...] = ()  # checked against a chain: the ids from the baseline down to the parent

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def passed(self) -> bool:
        failing = list(Severity)[: list(Severity).index(self.fail_on) + 1]
        return not any(f.severity in failing for f in self.findings)


@dataclass(frozen=True)
class CheckReport:
    checks: tuple[ListCheck, ...]
    unreadable: tuple[Skipped, ...] = ()
    reconstructed: bool = False

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks) and not self.unreadable


# ---------------------------------------------------------------- sources


@dataclass(frozen=True)
class SourceRow:
    id: str
    name: str
    level: str
    kind: str
    items: int | None  # None: the file could not be read
    title: str
    date: str
    reconstructed: bool = False
    file: str = ""
    issuer: str = ""
    parent: str = ""  # the id of the source above it ("" at the top)
    edition: str = ""


@dataclass(frozen=True)
class SourceListing:
    folder: str
    rows: tuple[SourceRow, ...]

    def tree(self) -> tuple[tuple[int, SourceRow], ...]:
        """(depth, row) depth first from the sources with no (registered) parent, children in registry
        order; empty when no source names a parent."""
        if not any(r.parent for r in self.rows):
            return ()
        ids = {r.id for r in self.rows}
        out: list[tuple[int, SourceRow]] = []

        def walk(row: SourceRow, depth: int) -> None:
            out.append((depth, row))
            for child in self.rows:
                if child.parent == row.id and child is not row:
                    walk(child, depth + 1)

        for row in self.rows:
            if not row.parent or row.parent not in ids:
                walk(row, 0)
        return tuple(out)


# ---------------------------------------------------------------- history


class Event(Vocabulary):
    """What became of a service from one edition of a list to the next."""

    ADDED = ("added", "新增", "+")
    DROPPED = ("dropped", "删除", "-")
    SPLIT = ("split", "拆分", "÷")
    MERGED = ("merged", "合并", "÷")
    RAISED = ("raised", "提高", "▲")
    LOWERED = ("lowered", "降低", "▼")


@dataclass(frozen=True)
class Edition:
    id: str
    label: str  # the edition (2025), else the id
    title: str
    path: str
    items: int


@dataclass(frozen=True)
class ServiceEvent:
    """One change of one service, in the edition where it happened."""

    edition: str  # the label of the edition that made the change
    previous: str  # the label of the edition before it
    event: Event
    service: str  # the service's name in the edition that made the change (or the dropped one's)
    before: Item | None  # the item in the previous edition (None when added)
    after: Item | None  # the item in the edition that made the change (None when dropped)
    reasons: tuple[str, ...] = ()  # level reasons (raised/lowered), or the item split from / merged into


@dataclass(frozen=True)
class History:
    """The editions of one region in order, and every change between consecutive ones."""

    region: str
    editions: tuple[Edition, ...]
    events: tuple[ServiceEvent, ...]
    comparisons: tuple[Comparison, ...] = field(default=(), compare=False)  # edition i → i + 1

    def of(self, edition: str) -> tuple[ServiceEvent, ...]:
        return tuple(e for e in self.events if e.edition == edition)
