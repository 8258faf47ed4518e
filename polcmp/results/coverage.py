"""What `polcmp coverage` returns: each region's cells against the baseline, and their tallies."""

from __future__ import annotations

from dataclasses import field

from ..frozen import frozen
from ..model import Item, PolicyList
from .diff import Comparison, Evidence, LevelReason
from .vocabulary import CellState, Level, ReasonKind

# ---------------------------------------------------------------- coverage


# ▽ (a warning in check): below only because baseline clauses were not found in the row's words, which a
# heavy paraphrase also gives, so a reader judges it; a reason quoting a marker is ▼.
BELOW_UNSURE = ("▽", "或低于基准（条款未找到，待核实）")


def below_only_by_absence(reasons: tuple[LevelReason, ...]) -> bool:
    weaker = [r for r in reasons if r.direction is Level.WEAKER]
    return bool(weaker) and all(r.kind == ReasonKind.CLAUSE for r in weaker)  # a baseline clause not found


@frozen
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


@frozen
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


@frozen
class Skipped:
    path: str
    problem: str


@frozen
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


@frozen
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


@frozen
class CoverageSummary:
    """`coverage --summary`: per baseline service, how many lists carry, weaken, strengthen and drop it."""

    matrix: CoverageMatrix
    services: tuple[ServiceTally, ...]
