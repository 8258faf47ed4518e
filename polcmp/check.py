"""The CI gate for a newly published list: validate its parse, compare it with the baseline, and
turn what was found into findings (data: severity, code, place, items, quoted words)."""

from __future__ import annotations

from collections import Counter
from functools import singledispatch
from pathlib import Path

from .mappings import Mappings
from .match.similarity import containment
from .model import DocumentKind, Item, PolicyList
from .results import (
    CellState,
    ClauseStatus,
    Comparison,
    Fate,
    Finding,
    FindingCode,
    Level,
    Link,
    ListCheck,
    PlanComparison,
    RegionCoverage,
    Severity,
    Status,
    Unlinked,
    below_only_by_absence,
)
from .settings import CheckSettings

_ORDER = {s: i for i, s in enumerate(Severity)}
# Said of a list the reconstructed baseline was made from, where it falls below the reconstruction's wording
OUTVOTED_NOTE = "重建基准时本清单此处措辞未被采用，官方原文或与本清单一致，请核对"


def _place(lst: PolicyList, item: Item | None) -> tuple[int | None, int | None, str]:
    """(text line, table row, what the row counts) of an item, or of the list's first item: a line only
    where the file has lines; a row of a Word plan is a paragraph."""
    item = item or (lst.items[0] if lst.items else None)
    if item is None:
        return None, None, "table row"
    prov = item.provenance
    if prov.unit == "line":
        return prov.first, None, "table row"
    return None, prov.first, "paragraph" if prov.unit == "paragraph" else "table row"


def _finding(severity: Severity, code: FindingCode | Status | Fate, lst: PolicyList, item: Item | None = None,
             **data) -> Finding:
    line, row, unit = _place(lst, item)
    return Finding(severity, str(code), lst.path, line, row, row_unit=unit, **data)  # the code's value, a str


def validate(lst: PolicyList) -> list[Finding]:
    """Problems of the parse alone, before any comparison."""
    out: list[Finding] = []
    if lst.kind is DocumentKind.LIST:
        for column, word in (("target", "服务对象"), ("departments", "责任部门")):
            if lst.columns and column not in lst.columns:
                out.append(_finding(Severity.WARNING, FindingCode.MISSING_COLUMN, lst, detail=word))
    seqs = [it.seq for it in lst.items]
    repeated = sorted(s for s, n in Counter(seqs).items() if n > 1)
    if repeated:
        out.append(_finding(Severity.ERROR, FindingCode.DUPLICATE_SEQ, lst, detail=", ".join(map(str, repeated))))
    elif seqs != list(range(1, len(seqs) + 1)) and lst.kind is DocumentKind.LIST:
        out.append(_finding(Severity.ERROR, FindingCode.NUMBERING, lst, detail=", ".join(map(str, seqs))))
    for note in lst.notes:
        out.append(_finding(Severity.NOTICE, FindingCode.PARSE_NOTE, lst, detail=note))
    for it in lst.items:
        out += _item_findings(lst, it)
    return out


def _item_findings(lst: PolicyList, it: Item) -> list[Finding]:
    """An item's empty 服务项目/服务内容 and its departments not in the mappings."""
    out = [_finding(Severity.ERROR, FindingCode.EMPTY_CELL, lst, it, other=it, detail=word)
           for field, word in (("service", "服务项目"), ("content", "服务内容")) if not getattr(it, field)]
    if it.unknown_departments:
        out.append(_finding(Severity.WARNING, FindingCode.UNKNOWN_DEPARTMENT, lst, it, other=it,
                            quote="、".join(it.unknown_departments)))
    return out


def _exemption(mappings: Mappings, lst: PolicyList, baseline: PolicyList, base: Item) -> dict | None:
    """An exemption names the list (id or file name), the baseline (default: national) and its row."""
    names = {lst.id, Path(lst.path).name}
    return next((e for e in mappings.exemptions
                 if e.get("list") in names and e.get("baseline", "national") == baseline.id
                 and e.get("baseline_seq") == base.seq), None)


def where_it_would_sit(comparison: Comparison | None, base: Item) -> tuple[Item | None, str]:
    """The item a missing baseline service would sit after (the partner of the nearest earlier baseline
    row), else before (of the nearest later one), with "after" or "before"; (None, '') when no
    neighbour is paired: the finding then sits on the table's first row."""
    if comparison is None:
        return None, ""
    partner = {link.base.index: link.other for link in comparison.links}
    for index in range(base.index - 1, -1, -1):
        if index in partner:
            return partner[index], "after"
    for index in range(base.index + 1, max(partner, default=-1) + 1):
        if index in partner:
            return partner[index], "before"
    return None, ""


def _coverage_findings(coverage: RegionCoverage, lst: PolicyList, baseline: PolicyList, mappings: Mappings,
                       comparison: Comparison | None = None) -> list[Finding]:
    out = []
    first = lst.items[0] if lst.items else None
    for base, cell in zip(baseline.items, coverage.cells, strict=True):
        if cell.state is CellState.UNCERTAIN:
            other = cell.evidence[0].other if cell.evidence else None
            out.append(_finding(Severity.WARNING, FindingCode.UNCERTAIN, lst, other or first, base=base, other=other))
            continue
        if cell.state is CellState.REFERENCED:
            # named without a commitment (暂不纳入, 按现行政策执行): the sentence is quoted for the reader, and
            # the service is still not committed to, so the gate treats it as missing
            other = cell.evidence[0].other if cell.evidence else None
            out.append(_finding(Severity.NOTICE, Fate.REFERENCED, lst, other or first, base=base, other=other,
                                quote=cell.evidence[0].text if cell.evidence else ""))
        if cell.state in (CellState.MISSING, CellState.REFERENCED):
            exemption = _exemption(mappings, lst, baseline, base)
            if exemption:
                out.append(_finding(Severity.NOTICE, FindingCode.EXEMPT, lst, first, base=base,
                                    detail=str(exemption.get("reason", ""))))
            else:
                anchor, side = where_it_would_sit(comparison, base)
                out.append(_finding(Severity.ERROR, FindingCode.MISSING_SERVICE, lst, anchor or first, base=base,
                                    other=anchor, detail=side))
    return out


@singledispatch
def _clause_findings(comparison: Comparison, lst: PolicyList, settings: CheckSettings) -> list[Finding]:
    """A baseline clause of a linked item found nowhere in the list: not promised."""
    out: list[Finding] = []
    linked = {link.base.index: link for link in comparison.links}
    if comparison.clause_map:
        for location in comparison.clause_map:
            link = linked.get(location.base.index)
            if link is not None and location.other is None:
                absent = location.score < settings.clause_absent
                out.append(_finding(Severity.WARNING if absent else Severity.NOTICE,
                                    FindingCode.CLAUSE_DROPPED if absent else FindingCode.CLAUSE_UNSURE, lst, link.other,
                                    base=link.base, other=link.other, quote=location.clause))
        return out

    for link in comparison.links:
        for clause in link.clauses:
            if clause.status is ClauseStatus.REMOVED and \
                    containment(clause.base, link.other.content) < settings.clause_kept:
                out.append(_finding(Severity.WARNING, FindingCode.CLAUSE_DROPPED, lst, link.other, base=link.base,
                                    other=link.other, quote=clause.base))
    return out


@_clause_findings.register
def _(comparison: PlanComparison, lst: PolicyList, settings: CheckSettings) -> list[Finding]:
    return []  # a plan's measures are prose: what they commit to is read per service, not per clause


@singledispatch
def _added_code(comparison: Comparison, unlinked: Unlinked):
    return unlinked.fate


@_added_code.register
def _(comparison: PlanComparison, unlinked: Unlinked):
    return FindingCode.MEASURE_ADDED


def _link_findings(comparison: Comparison, lst: PolicyList, baseline: PolicyList, mappings: Mappings
                   ) -> list[Finding]:
    out = []
    for link in comparison.links:
        out += _level_findings(link, lst, baseline, mappings)
        if link.status is not Status.IDENTICAL:
            out.append(_finding(Severity.NOTICE, link.status, lst, link.other, base=link.base,
                                other=link.other))
    for unlinked in comparison.added:
        out.append(_finding(Severity.NOTICE, _added_code(comparison, unlinked), lst, unlinked.item, other=unlinked.item,
                            base=unlinked.related if unlinked.fate is Fate.SPLIT else None))
    for unlinked in comparison.dropped:
        if unlinked.fate is Fate.MERGED and unlinked.related is not None:
            out.append(_finding(Severity.NOTICE, Fate.MERGED, lst, unlinked.related, base=unlinked.item,
                                other=unlinked.related))
    return out


def _level_findings(link: Link, lst: PolicyList, baseline: PolicyList, mappings: Mappings) -> list[Finding]:
    """A mixed pair is below the baseline for its weaker reasons and above it for its stronger ones: each
    finding quotes its own (a service added is no reason for "below")."""
    out = []
    below = "；".join(r.explanation for r in link.level_reasons if r.direction is Level.WEAKER)
    above = "；".join(r.explanation for r in link.level_reasons if r.direction is Level.STRONGER)
    if below and link.level in (Level.WEAKER, Level.MIXED):
        out.append(_below_finding(link, below, lst, baseline, mappings))
    if above and link.level in (Level.STRONGER, Level.MIXED):
        out.append(_finding(Severity.NOTICE, FindingCode.ABOVE_BASELINE, lst, link.other, base=link.base,
                            other=link.other, detail=above))
    return out


def _below_finding(link: Link, below: str, lst: PolicyList, baseline: PolicyList, mappings: Mappings) -> Finding:
    exemption = _exemption(mappings, lst, baseline, link.base)
    # Only baseline clauses not found in the row's words: the row may say them otherwise (a heavy
    # paraphrase), so a reader judges it (a warning, as clause-unsure); a quoted marker (a hedge,
    # 免除 → 减免, a condition, a number) is evidence enough to fail the check.
    inferred = below_only_by_absence(link.level_reasons)
    # Quoted evidence fails the check against any baseline, the reconstructed one included (its
    # caveat is on every output). One exception: a list the reconstruction was made from. Where it
    # differs, the reconstruction took the other lists' wording, and the official text may say what
    # this list says: a reader judges it (a warning; `--fail-on warning` fails it).
    outvoted = baseline.reconstructed and lst.id in baseline.reconstructed_from
    severity = (Severity.NOTICE if exemption else
                Severity.WARNING if inferred or outvoted else Severity.ERROR)
    detail = (f"{below}（豁免：{exemption.get('reason', '')}）" if exemption else
              f"{below}（{OUTVOTED_NOTE}）" if outvoted and not inferred else below)
    code = FindingCode.BELOW_BASELINE_UNSURE if inferred else FindingCode.BELOW_BASELINE
    return _finding(severity, code, lst, link.other, base=link.base, other=link.other, detail=detail)


def check_list(comparison: Comparison, coverage: RegionCoverage, mappings: Mappings, settings: CheckSettings, *,
               fail_on: Severity = Severity.ERROR) -> ListCheck:
    """The findings on comparison.other, the list checked, against comparison.base."""
    lst, baseline = comparison.other, comparison.base
    findings = validate(lst)
    findings += _coverage_findings(coverage, lst, baseline, mappings, comparison)
    findings += _clause_findings(comparison, lst, settings)
    findings += _link_findings(comparison, lst, baseline, mappings)
    findings.sort(key=lambda f: (_ORDER[f.severity], f.line or f.row or 0))
    return ListCheck(lst, baseline.id, tuple(findings), coverage, fail_on)


# ---------------------------------------------------------------- the chain of lists above a list

# What a list owes an ancestor beyond what that ancestor owes its own parent: the services the ancestor
# added (a child may not drop them) and the rows it raised above its parent (a child may not fall below
# them). Everything else the ancestor inherited is checked against the level it came from.
_OWED_ADDED = frozenset({FindingCode.MISSING_SERVICE, FindingCode.EXEMPT, FindingCode.UNCERTAIN,
                         FindingCode.BELOW_BASELINE, FindingCode.BELOW_BASELINE_UNSURE, FindingCode.CLAUSE_DROPPED})
_OWED_RAISED = frozenset({FindingCode.BELOW_BASELINE, FindingCode.BELOW_BASELINE_UNSURE})


def own_items(parent_comparison: Comparison) -> tuple[frozenset[int], frozenset[int]]:
    """(added, raised): indexes of the ancestor's items it added to its parent's list, and of those it
    promises above its parent's level (the comparison is parent → ancestor)."""
    added = frozenset(u.item.index for u in parent_comparison.added if u.fate is Fate.ADDED)
    raised = frozenset(link.other.index for link in parent_comparison.links
                       if link.level in (Level.STRONGER, Level.MIXED))
    return added, raised


def against_ancestor(check: ListCheck, ancestor: PolicyList, level: str, added: frozenset[int],
                     raised: frozenset[int]) -> list[Finding]:
    """The findings of a check against an ancestor that are the ancestor's own: about a service it added
    or a row it raised, each naming the ancestor and its level."""
    from dataclasses import replace

    out = []
    for f in check.findings:
        if f.base is None:
            continue
        owed = (f.base.index in added and f.code in _OWED_ADDED) or \
            (f.base.index in raised and f.code in _OWED_RAISED)
        if owed:
            out.append(replace(f, against=ancestor.id, against_level=level))
    return out


def label_chain(check: ListCheck, baseline: PolicyList, level: str) -> list[Finding]:
    """The baseline check's findings, those about a baseline service naming the baseline and its level."""
    from dataclasses import replace

    return [replace(f, against=baseline.id, against_level=level) if f.base is not None else f
            for f in check.findings]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (_ORDER[f.severity], f.line or f.row or 0))
