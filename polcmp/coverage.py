"""Coverage: which baseline services each region carries, lacks or extends.

A table list is aligned item by item (align.py). A prose plan is matched clause by clause: each
sentence of each measure is scored against every baseline service by the weighted share of the
service's distinctive terms (words found in few baseline services) among the sentence's words, and is
attributed to the services that explain it nearly as well as the best one does, so a sentence about
普通高中 助学金 counts for 普通高中教育服务 and not for its sibling 中等职业教育助学服务. A service is
covered by a measure when the sentences attributed to it there hold enough of its weighted terms;
those sentences, with the terms highlighted, are the evidence."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .align import Alignment, align
from .model import InputError, Item, PolicyList
from .normalize import Mappings

CELL_STATES = ("identical", "reworded", "split", "missing")
PLAN_THRESHOLD = 0.21  # calibrated on tests/gold/hebei.toml and plans rebuilt from the table lists (make eval)
PLAN_ATTRIBUTION = 0.85  # a sentence counts for every service scoring at least this share of its best one
PLAN_CLAUSE_END = r"(?<=[。；])"  # sentences, not comma clauses: comma clauses do worse (make eval)
_STOPWORDS_FILE = Path(__file__).resolve().parent / "data" / "stopwords.txt"


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


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:  # read once, not once per plan covered
    return frozenset(_STOPWORDS_FILE.read_text(encoding="utf-8").split())


def _words(text: str) -> list[str]:
    from .tokens import tokenize

    return list(tokenize(re.sub(r"[^\u3400-\u9fff0-9-]", "", text)))


def _terms(text: str, stop: frozenset[str]) -> set[str]:
    return {t for t in _words(text) if len(t) >= 2 and t not in stop}


def service_terms(baseline: PolicyList) -> tuple[dict[int, set[str]], dict[str, float]]:
    """Each baseline service's terms, and each term's weight: rarer across services weighs more."""
    stop = _stopwords()
    terms = {b.seq: _terms(b.service.replace("服务", "") + b.target + b.content, stop) for b in baseline.items}
    df: dict[str, int] = {}
    for found in terms.values():
        for t in found:
            df[t] = df.get(t, 0) + 1
    return terms, {t: math.log((len(terms) + 1) / count) for t, count in df.items()}


def plan_sentences(measure: Item, clause_end: str = PLAN_CLAUSE_END) -> list[str]:
    """A measure's clauses: its heading, then its sentences (split after 。 and ；)."""
    parts = [measure.service.rstrip("。") + "。"] if measure.service else []
    return parts + [s.strip() for s in re.split(clause_end, measure.content) if s.strip()]


Attributed = dict[int, list[tuple[str, set[str], float]]]  # service -> (sentence, its words, its share)


def _attribute(sentences: list[str], weights: dict[int, dict[str, float]], totals: dict[int, float],
               attribution: float) -> Attributed:
    """Each sentence goes to the services that explain it nearly as well as the best one does."""
    attributed: Attributed = {}
    for sentence in sentences:
        words = set(_words(sentence))  # whole words: 助学 must not match inside 助学金
        shares = {seq: sum(w[t] for t in w if t in words) / totals[seq] for seq, w in weights.items()}
        best = max(shares.values(), default=0.0)
        for seq, share in shares.items():
            if share > 0 and share >= attribution * best:
                attributed.setdefault(seq, []).append((sentence, words, share))
    return attributed


def plan_coverage(baseline: PolicyList, plan: PolicyList, threshold: float = PLAN_THRESHOLD,
                  attribution: float = PLAN_ATTRIBUTION, clause_end: str = PLAN_CLAUSE_END) -> RegionCoverage:
    """Which baseline services a prose plan covers, measure by measure, with the sentences as evidence."""
    terms, idf = service_terms(baseline)
    weights = {b.seq: {t: idf[t] for t in terms[b.seq]} for b in baseline.items}
    totals = {seq: sum(w.values()) or 1.0 for seq, w in weights.items()}
    found: dict[int, list[Evidence]] = {b.seq: [] for b in baseline.items}
    beyond: list[int] = []
    for measure in plan.items:
        sentences = plan_sentences(measure, clause_end)
        cited: set[str] = set()
        attributed = _attribute(sentences, weights, totals, attribution)
        for seq, own in attributed.items():
            hits = {t for t in weights[seq] if any(t in words for _, words, _ in own)}
            share = sum(weights[seq][t] for t in hits) / totals[seq]
            if share >= threshold:
                strongest = max(s for _, _, s in own)
                cited.update(sentence for sentence, words, _ in own if hits & words)
                quoted = [sentence for sentence, _, s in own if s * 2 >= strongest]  # not those touching one word
                found[seq].append(Evidence(measure.seq, "".join(quoted), tuple(sorted(hits)), round(share, 2)))
        body = sentences[1 if measure.service else 0:]
        # a measure mostly about something else (monitoring, data sharing, law) that touches a service in
        # one sentence is still an addition; the touched service keeps that sentence as evidence
        if len(cited.intersection(body)) * 2 < len(body):
            beyond.append(measure.seq)
    cells: dict[int, str] = {}
    evidence: dict[int, tuple[Evidence, ...]] = {}
    for b in baseline.items:
        ranked = sorted(found[b.seq], key=lambda e: -(e.score or 0))
        cells[b.seq] = "reworded" if ranked else "missing"
        if ranked:
            evidence[b.seq] = tuple(ranked)
    return RegionCoverage(plan.id, plan.title, plan.path, plan.kind, cells, tuple(beyond), evidence)
