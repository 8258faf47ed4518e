"""Coverage: which baseline services each region carries, lacks or extends.

A table list is aligned item by item (align.py). A prose plan is matched measure by measure:
each baseline service's distinctive terms (words found in few baseline services) are looked up in
each measure; a service is covered when enough of its weighted terms appear in one measure, and the
sentence holding most of them is the evidence."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from .align import Alignment, align
from .model import InputError, Item, PolicyList
from .normalize import Mappings

CELL_STATES = ("identical", "reworded", "split", "missing")
PLAN_THRESHOLD = 0.37  # calibrated on tests/gold/hebei.toml; see README "Accuracy"
_STOPWORDS_FILE = Path(__file__).resolve().parent / "data" / "stopwords.txt"


@dataclass(frozen=True)
class Evidence:
    other: int  # seq of the local item or measure
    text: str  # its content, or for a plan the sentence that names the service
    terms: tuple[str, ...] = ()


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
    if region.kind == "plan":
        return plan_coverage(baseline, region)
    alignment = align(baseline, region, mappings, detail=detail)
    cells: dict[int, str] = {b.seq: "missing" for b in baseline.items}
    evidence: dict[int, tuple[Evidence, ...]] = {}
    split_parents = {a.related_base.seq for a in alignment.added if a.split_from}
    for pair in alignment.pairs:
        if pair.base.seq in split_parents:
            cells[pair.base.seq] = "split"
        elif pair.status in ("identical", "punctuation"):
            cells[pair.base.seq] = "identical"
        else:
            cells[pair.base.seq] = "reworded"
        evidence[pair.base.seq] = (Evidence(pair.other.seq, pair.other.content),)
    for drop in alignment.dropped:
        if drop.merged_into is not None:
            cells[drop.item.seq] = "split"
            evidence[drop.item.seq] = (Evidence(drop.merged_into.seq, drop.merged_into.content),)
    added = tuple(a.item.seq for a in alignment.added if not a.split_from)
    return RegionCoverage(region.id, region.title, region.path, region.kind, cells, added, evidence, alignment)


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


# ---------------------------------------------------------------- plans


def _stopwords() -> frozenset[str]:
    return frozenset(_STOPWORDS_FILE.read_text(encoding="utf-8").split())


def _terms(text: str, stop: frozenset[str]) -> set[str]:
    from .tokens import tokenize

    return {t for t in tokenize(re.sub(r"[^\u3400-\u9fff0-9-]", "", text)) if len(t) >= 2 and t not in stop}


def service_terms(baseline: PolicyList) -> tuple[dict[int, set[str]], dict[str, float]]:
    """Each baseline service's terms, and each term's weight: rarer across services weighs more."""
    stop = _stopwords()
    terms = {b.seq: _terms(b.service.replace("服务", "") + b.target + b.content, stop) for b in baseline.items}
    df: dict[str, int] = {}
    for found in terms.values():
        for t in found:
            df[t] = df.get(t, 0) + 1
    return terms, {t: math.log((len(terms) + 1) / count) for t, count in df.items()}


def plan_coverage(baseline: PolicyList, plan: PolicyList, threshold: float = PLAN_THRESHOLD) -> RegionCoverage:
    terms, idf = service_terms(baseline)
    cells: dict[int, str] = {}
    evidence: dict[int, tuple[Evidence, ...]] = {}
    used_measures: set[int] = set()
    for b in baseline.items:
        weights = {t: idf[t] for t in terms[b.seq]}
        total = sum(weights.values()) or 1.0
        found: list[tuple[float, Item, list[str]]] = []
        for measure in plan.items:
            text = measure.service + measure.content
            hits = [t for t in weights if t in text]
            share = sum(weights[t] for t in hits) / total
            if share >= threshold:
                found.append((share, measure, hits))
        found.sort(key=lambda f: -f[0])
        cells[b.seq] = "reworded" if found else "missing"
        if found:
            evidence[b.seq] = tuple(Evidence(m.seq, _best_sentence(m, hits), tuple(sorted(hits)))
                                    for _, m, hits in found)
            used_measures.update(m.seq for _, m, _ in found)
    added = tuple(m.seq for m in plan.items if m.seq not in used_measures)
    return RegionCoverage(plan.id, plan.title, plan.path, plan.kind, cells, added, evidence)


def _best_sentence(measure: Item, hits: list[str]) -> str:
    sentences = [s for s in re.split(r"(?<=[。；])", measure.content) if s.strip()] or [measure.content]
    return max(sentences, key=lambda s: sum(1 for t in hits if t in s)).strip()
