"""Coverage: which baseline services each region carries, lacks or extends.

The matching (table lists and prose plans alike) is polcmp/match/; this module turns a
`results.Comparison` into a region's coverage cells, and runs many lists.

COMPATIBILITY: `RegionCoverage`, `Evidence` and `CoverageReport` keep the shape cli.py, report.py,
html.py and check.py read today; the lead replaces them with results.RegionCoverage."""

from __future__ import annotations

from dataclasses import dataclass

from .align import Alignment, from_comparison
from .match import compare
from .model import InputError, PolicyList
from .normalize import Mappings
from .results import Comparison, Fate, Status

CELL_STATES = ("identical", "reworded", "split", "missing")


@dataclass(frozen=True)
class Evidence:
    other: int  # seq of the local item or measure
    text: str  # its content, or for a plan the sentences of the measure attributed to the service
    terms: tuple[str, ...] = ()
    score: float | None = None  # for a plan: the weighted share of the service's terms found


@dataclass(frozen=True)
class RegionCoverage:
    id: str
    title: str
    source: str
    kind: str
    cells: dict[int, str]  # baseline seq -> one of CELL_STATES
    added: tuple[int, ...]
    evidence: dict[int, tuple[Evidence, ...]]
    alignment: Alignment | None = None

    @property
    def covered(self) -> list[int]:
        return [s for s, state in self.cells.items() if state != "missing"]

    @property
    def missing(self) -> list[int]:
        return [s for s, state in self.cells.items() if state == "missing"]

    @property
    def reworded(self) -> list[int]:
        return [s for s, state in self.cells.items() if state == "reworded"]

    @property
    def ratio(self) -> float:
        return len(self.covered) / len(self.cells) if self.cells else 0.0


@dataclass(frozen=True)
class CoverageReport:
    baseline: PolicyList
    regions: tuple[RegionCoverage, ...]
    skipped: tuple[tuple[str, str], ...] = ()  # (path, problem) of unreadable lists


def region_coverage(baseline: PolicyList, region: PolicyList, mappings: Mappings,
                    detail: bool = False) -> RegionCoverage:
    return coverage_of(compare(baseline, region, mappings=mappings, detail=detail))


def plan_coverage(baseline: PolicyList, plan: PolicyList) -> RegionCoverage:
    """Compatibility: a plan's coverage (polcmp.match.compare does the matching)."""
    return coverage_of(compare(baseline, plan, mappings=Mappings(())))


def _plan_coverage(c: Comparison) -> RegionCoverage:
    cells = {b.seq: "missing" for b in c.base.items}
    evidence: dict[int, tuple[Evidence, ...]] = {}
    for link in c.links:
        cells[link.base.seq] = "reworded"
        evidence[link.base.seq] = tuple(Evidence(e.other.seq, e.text, e.terms, e.score) for e in link.evidence)
    added = tuple(u.item.seq for u in c.added)
    return RegionCoverage(c.other.id, c.other.title, c.other.path, c.other.kind, cells, added, evidence)


def coverage_of(c: Comparison) -> RegionCoverage:
    """A region's coverage cells and evidence from its comparison with the baseline."""
    if c.is_plan:
        return _plan_coverage(c)
    cells: dict[int, str] = {b.seq: "missing" for b in c.base.items}
    evidence: dict[int, tuple[Evidence, ...]] = {}
    split_parents = {u.related.index for u in c.added if u.fate is Fate.SPLIT}
    for link in c.links:
        if link.base.index in split_parents:
            cells[link.base.seq] = "split"
        elif link.status in (Status.IDENTICAL, Status.PUNCTUATION):
            cells[link.base.seq] = "identical"
        else:
            cells[link.base.seq] = "reworded"
        evidence[link.base.seq] = (Evidence(link.other.seq, link.other.content),)
    for drop in c.dropped:
        if drop.fate is Fate.MERGED:
            cells[drop.item.seq] = "split"
            evidence[drop.item.seq] = (Evidence(drop.related.seq, drop.related.content),)
    added = tuple(u.item.seq for u in c.added if u.fate is Fate.ADDED)
    return RegionCoverage(c.other.id, c.other.title, c.other.path, c.other.kind, cells, added, evidence,
                          from_comparison(c))


# ---------------------------------------------------------------- many lists

Outcome = RegionCoverage | tuple[str, str]  # a region, or (path, problem) of an unreadable list


def _cover_chunk(refs: list[str], baseline: PolicyList, registry, mappings: Mappings) -> list[Outcome]:
    from .sources import load_list

    out: list[Outcome] = []
    for ref in refs:
        try:
            region = region_coverage(baseline, load_list(ref, registry, mappings), mappings)
            out.append(RegionCoverage(region.id, region.title, region.source, region.kind, region.cells,
                                      region.added, region.evidence))  # the alignment stays in the worker
        except InputError as e:
            out.append((e.path, e.message))
    return out


def cover_many(baseline: PolicyList, refs: list[str], registry, mappings: Mappings, workers: int = 1,
               progress=lambda done: None) -> list[Outcome]:
    """Coverage of many lists, in order. Each list is independent, so with workers > 1 chunks of lists
    go to worker processes; progress(n) is called as each n lists are done."""
    chunk = 25
    chunks = [refs[i : i + chunk] for i in range(0, len(refs), chunk)]
    if workers <= 1 or len(chunks) <= 1:
        out: list[Outcome] = []
        for part in chunks:
            out += _cover_chunk(part, baseline, registry, mappings)
            progress(len(part))
        return out
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(_cover_chunk, part, baseline, registry, mappings) for part in chunks]
        results = []
        for future, part in zip(futures, chunks, strict=True):
            results += future.result()
            progress(len(part))
    return results
