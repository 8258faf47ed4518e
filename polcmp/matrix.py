"""Coverage: a comparison read as one column of the matrix — which baseline services the region
carries (the same, reworded, split or merged), which are missing or uncertain, and what it adds."""

from __future__ import annotations

from . import results  # the coverage types by name (results.CoverageCell): built when coverage first needs them
from .results import CellState, Comparison, Evidence, Fate, Level, Link, Status, Unlinked

_SAME_WORDS = (Status.IDENTICAL, Status.PUNCTUATION)


def _link_state(link: Link, split_parents: set[int]) -> CellState:
    if link.uncertain:
        return CellState.UNCERTAIN
    if link.base.index in split_parents:
        return CellState.SPLIT
    return CellState.IDENTICAL if link.status in _SAME_WORDS else CellState.REWORDED


def _evidence(link: Link) -> tuple[Evidence, ...]:
    return link.evidence or (Evidence(link.other, link.other.content),)


def _weakest(levels: list[Level]) -> Level:
    """A service linked several times (a plan's measures) takes the weakest judgement it received."""
    for level in (Level.WEAKER, Level.MIXED, Level.STRONGER):
        if level in levels:
            return level
    return Level.SAME


def region_coverage(comparison: Comparison, *, name: str = "", keep_comparison: bool = False) -> results.RegionCoverage:
    base, other = comparison.base, comparison.other
    split_parents = {u.related.index for u in comparison.added if u.fate is Fate.SPLIT and u.related}
    links: dict[int, list[Link]] = {}
    for link in comparison.links:
        links.setdefault(link.base.index, []).append(link)
    unlinked = {u.item.index: u for u in comparison.dropped}
    cells = []
    for item in base.items:
        own = sorted(links.get(item.index, ()), key=lambda x: -x.score)
        cells.append(_linked_cell(own, split_parents) if own else _unlinked_cell(unlinked.get(item.index)))
    added = tuple(u.item for u in comparison.added if u.fate is Fate.ADDED)
    return results.RegionCoverage(other.id, name or other.id, other.title, other.path, other.kind, tuple(cells),
                                  added, comparison if keep_comparison else None)


def _linked_cell(own: list[Link], split_parents: set[int]) -> results.CoverageCell:
    """A baseline service with links, the best first: the first sure state, every link's evidence, and
    the weakest level with its reasons."""
    states = [_link_state(link, split_parents) for link in own]
    state = next((s for s in states if s is not CellState.UNCERTAIN), CellState.UNCERTAIN)
    evidence = tuple(e for link in own for e in _evidence(link))
    level = _weakest([x.level for x in own])
    reasons = tuple(r for x in own if x.level is level for r in x.level_reasons)
    return results.CoverageCell(state, evidence, level, max(x.confidence for x in own), reasons)


def _unlinked_cell(drop: Unlinked | None) -> results.CoverageCell:
    """A baseline service without a link: merged into a row, referenced by a plan, uncertain or missing."""
    if drop is not None and drop.fate is Fate.MERGED and drop.related is not None:
        return results.CoverageCell(CellState.SPLIT, (Evidence(drop.related, drop.related.content),),
                                    confidence=drop.confidence)
    if drop is not None and drop.fate is Fate.REFERENCED and drop.related is not None:
        return results.CoverageCell(CellState.REFERENCED, (Evidence(drop.related, drop.quote, (), drop.score),))
    if drop is not None and drop.uncertain:
        evidence = (Evidence(drop.related, drop.related.content),) if drop.related else ()
        return results.CoverageCell(CellState.UNCERTAIN, evidence, confidence=drop.confidence)
    return results.CoverageCell(CellState.MISSING, confidence=drop.confidence if drop else 1.0)
