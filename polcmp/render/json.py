"""The whole JSON contract, in one module. Every document carries `"schema": 1`; the shape of each kind
is described by polcmp/schemas/<kind>.schema.json (tested against this module's output).

Items are named by their 序号 (`seq`) as the contract has always done, with `index` (the position
in the document) beside it where two rows may share a number."""

from __future__ import annotations

from functools import singledispatch

from ..model import Item, PolicyList
from ..results import (
    NOT_CARRIED,
    CellState,
    CheckReport,
    ClauseDiff,
    Comparison,
    CoverageMatrix,
    Evidence,
    Fate,
    Finding,
    Level,
    Link,
    PlanComparison,
    RegionCoverage,
    SourceListing,
    Status,
)
from . import RenderOptions, register
from .common import finding_message, reconstructed

SCHEMA_VERSION = 1


def dumps(data: dict) -> str:
    """Indented UTF-8 JSON, text for text as json.dumps(data, ensure_ascii=False, indent=2) gives it."""
    import orjson  # deferred: only JSON output pays its import (~20 ms)

    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode() + "\n"


def item_json(it: Item) -> dict:
    """An item; its `source` says `"unit": "row"` (a table row of a .docx/.xlsx/HTML/PDF) or
    `"paragraph"` (of a Word plan) when the numbers in `lines` are not lines of the file."""
    source = {"path": it.provenance.path, "lines": [it.provenance.first, it.provenance.last]}
    if it.provenance.unit != "line":
        source["unit"] = it.provenance.unit
    return {"seq": it.seq, "index": it.index, "domain": it.domain, "target": it.target, "service": it.service,
            "content": it.content, "clauses": list(it.clauses), "departments": list(it.departments),
            "department_functions": list(it.department_functions), "source": source}


def list_json(lst: PolicyList) -> dict:
    return {"id": lst.id, "title": lst.title, "kind": lst.kind, "reconstructed": reconstructed(lst),
            "items": [item_json(it) for it in lst.items]}


# ---------------------------------------------------------------- parse, sources


@register(PolicyList, "json")
def policy_list(lst: PolicyList, options: RenderOptions) -> str:
    data = {"schema": SCHEMA_VERSION, **list_json(lst)}
    if lst.notes:
        data["notes"] = list(lst.notes)
    return dumps(data)


@register(SourceListing, "json")
def sources(listing: SourceListing, options: RenderOptions) -> str:
    return dumps({"schema": SCHEMA_VERSION, "folder": listing.folder, "sources": [
        {"id": s.id, "name": s.name, "level": s.level, "kind": s.kind, "file": s.file, "title": s.title,
         "issuer": s.issuer, "date": s.date, "items": s.items, "reconstructed": s.reconstructed,
         "parent": s.parent, "edition": s.edition}
        for s in listing.rows]})


# ---------------------------------------------------------------- diff


def _reasons(reasons) -> list[dict]:
    return [{"kind": r.kind, "direction": r.direction.value, "base": r.base, "other": r.other,
             "explanation": r.explanation} for r in reasons]


def _clause(c: ClauseDiff) -> dict:
    data: dict = {"status": c.status.value, "base": c.base, "other": c.other}
    if c.words:
        data["words"] = [[w.op, w.text] for w in c.words]
    if c.level is not Level.SAME:
        data.update(level=c.level.value, level_reasons=_reasons(c.level_reasons))
    return data


def _change(change, clauses) -> dict:
    data: dict = {"kind": change.kind.value}
    if change.base or change.other:
        data.update(base=change.base, other=change.other)
    if change.added or change.removed:
        data.update(added=list(change.added), removed=list(change.removed))
    if change.kind is Status.REWORDED:
        data["clauses"] = [_clause(c) for c in clauses]
    return data


def _link(link: Link) -> dict:
    data = {"base": link.base.seq, "other": link.other.seq, "status": link.status.value,
            "score": round(link.score, 3), "matched_by": link.matched_by.value}
    if link.reason:
        data["reason"] = link.reason
    data["changes"] = [_change(ch, link.clauses) for ch in link.changes]
    data.update(base_index=link.base.index, other_index=link.other.index, level=link.level.value,
                level_reasons=_reasons(link.level_reasons), confidence=round(link.confidence, 3),
                uncertain=link.uncertain)
    return data


def _plan_links(link: Link) -> list[dict]:
    """A plan: one pair per (baseline service, measure sentence that commits to it)."""
    return [{"base": link.base.seq, "other": e.other.seq, "status": link.status.value,
             "score": e.score, "matched_by": link.matched_by.value,
             "changes": [{"kind": "evidence", "text": e.text, "terms": list(e.terms)}],
             "base_index": link.base.index, "other_index": e.other.index, "level": link.level.value,
             "level_reasons": _reasons(link.level_reasons), "confidence": round(link.confidence, 3),
             "uncertain": link.uncertain} for e in (link.evidence or (Evidence(link.other, link.other.content),))]


@singledispatch
def _summary(c: Comparison) -> dict:
    data = {s.value: c.counts.get(s.value, 0) for s in Status if s is not Status.COVERED}
    data.update({f.value: c.counts.get(f.value, 0) for f in Fate})
    data.update({k: c.counts.get(k, 0) for k in ("uncertain", Level.WEAKER.value, Level.STRONGER.value,
                                                  Level.MIXED.value)})
    return data


@_summary.register
def _(c: PlanComparison) -> dict:
    return {"covered": c.counts.get(Status.COVERED.value, 0), "missing": c.counts.get(Fate.DROPPED.value, 0),
                "referenced": c.counts.get(Fate.REFERENCED.value, 0),
                "added": c.counts.get(Fate.ADDED.value, 0), "uncertain": c.counts.get("uncertain", 0)}


@singledispatch
def _pairs(c: Comparison) -> list[dict]:
    return [_link(x) for x in c.links]


@_pairs.register
def _(c: PlanComparison) -> list[dict]:
    return [p for link in c.links for p in _plan_links(link)]


def comparison_json(c: Comparison) -> dict:
    return {
        "schema": SCHEMA_VERSION,
        "summary": _summary(c),
        "base": list_json(c.base),
        "other": list_json(c.other),
        "pairs": _pairs(c),
        "added": [{"other": u.item.seq, "related_base": u.related.seq if u.related else None,
                   "related_base_index": u.related.index if u.related else None,
                   "split": u.fate is Fate.SPLIT, "score": round(u.score, 3), "other_index": u.item.index,
                   "confidence": round(u.confidence, 3), "uncertain": u.uncertain} for u in c.added],
        "dropped": [{"base": u.item.seq, "merged_into": u.related.seq if u.fate is Fate.MERGED and u.related else None,
                     "merged_into_index": u.related.index if u.fate is Fate.MERGED and u.related else None,
                     "score": round(u.score, 3), "base_index": u.item.index,
                     "confidence": round(u.confidence, 3), "uncertain": u.uncertain}
                    for u in c.dropped if u.fate is not Fate.REFERENCED],
        # a plan's services named only to be excluded, deferred or left to existing policy: not coverage
        "referenced": [{"base": u.item.seq, "base_index": u.item.index, "other": u.related.seq,
                        "other_index": u.related.index, "kind": u.kind, "text": u.quote, "score": round(u.score, 3)}
                       for u in c.dropped if u.fate is Fate.REFERENCED and u.related is not None],
    }


@register(Comparison, "json")
def comparison(c: Comparison, options: RenderOptions) -> str:
    return dumps(comparison_json(c))


# ---------------------------------------------------------------- coverage


def _evidence(evidence: tuple[Evidence, ...]) -> dict:
    first, *more = evidence
    data: dict = {"other": first.other.seq, "text": first.text}
    if first.terms:
        data["terms"] = list(first.terms)
    if first.score is not None:
        data["score"] = first.score
    if more:
        data["also"] = [{"other": e.other.seq, "text": e.text, **({"score": e.score} if e.score is not None else {})}
                        for e in more]
    return data


def baseline_keys(baseline: PolicyList) -> list[str]:
    """The key of each baseline item in a region's cells, levels and evidence: its 序号, or, when the
    baseline repeats a 序号 (numbered per 服务领域), its position `#7`, so no cell is lost."""
    seqs = [b.seq for b in baseline.items]
    if len(set(seqs)) == len(seqs):
        return [str(s) for s in seqs]
    return [f"#{b.index + 1}" for b in baseline.items]


def region_json(r: RegionCoverage, baseline: PolicyList) -> dict:
    seqs = [b.seq for b in baseline.items]
    pairs = list(zip(seqs, r.cells, strict=True))
    keyed = list(zip(baseline_keys(baseline), r.cells, strict=True))
    leveled = [(k, c) for k, c in keyed if c.level is not Level.SAME]
    return {
        "id": r.id, "name": r.name, "title": r.title, "source": r.source, "kind": r.kind,
        "covered": _seqs(pairs, *(s for s in CellState if s not in NOT_CARRIED)),
        "referenced": _seqs(pairs, CellState.REFERENCED),
        "missing": _seqs(pairs, CellState.MISSING),
        "reworded": _seqs(pairs, CellState.REWORDED),
        "uncertain": _seqs(pairs, CellState.UNCERTAIN),
        "added": [it.seq for it in r.added],
        "coverage": round(r.ratio, 4),
        "cells": {k: c.state.value for k, c in keyed},
        "levels": {k: c.level.value for k, c in leveled},
        "level_reasons": {k: _reasons(c.level_reasons) for k, c in leveled},
        "evidence": {k: _evidence(c.evidence) for k, c in keyed if c.evidence},
    }


def _seqs(pairs, *states: CellState) -> list[int]:
    return [s for s, c in pairs if c.state in states]


@register(CoverageMatrix, "json")
def coverage(m: CoverageMatrix, options: RenderOptions) -> str:
    base = m.baseline
    return dumps({
        "schema": SCHEMA_VERSION,
        "baseline": {"id": base.id, "title": base.title, "reconstructed": m.reconstructed or reconstructed(base),
                     "items": [{"seq": b.seq, "key": k, "service": b.service, "index": b.index, "carried": n}
                               for b, k, n in zip(base.items, baseline_keys(base), m.carried, strict=True)]},
        "regions": [region_json(r, base) for r in m.regions],
        "skipped": [{"source": s.path, "problem": s.problem} for s in m.skipped],
    })


# ---------------------------------------------------------------- check


def finding_json(f: Finding, lang: str = "zh") -> dict:
    data: dict = {"level": f.severity.value, "code": f.code, "file": f.file, "line": f.line,
                  "message": finding_message(f, lang)}
    if f.row is not None:
        data["row"] = f.row
    if f.base is not None:
        data["base"] = f.base.seq
    if f.other is not None:
        data["other"] = f.other.seq
    if f.quote:
        data["quote"] = f.quote
    if f.detail:
        data["detail"] = f.detail
    if f.against:
        data["against"] = f.against
        data["against_level"] = f.against_level
    return data


@register(CheckReport, "json")
def check(report: CheckReport, options: RenderOptions) -> str:
    return dumps({"schema": SCHEMA_VERSION, "passed": report.passed, "reconstructed": report.reconstructed, "lists": [
        {"id": c.list.id, "path": c.list.path, "baseline": c.baseline_id, "passed": c.passed, "errors": c.errors,
         "coverage": round(c.coverage.ratio, 4) if c.coverage else None,
         "findings": [finding_json(f, options.lang) for f in c.findings], **({"chain": list(c.chain)} if c.chain else {})}
        for c in report.checks],
        "unreadable": [{"path": s.path, "problem": s.problem} for s in report.unreadable]})
