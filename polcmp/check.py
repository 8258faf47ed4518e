"""The CI gate for a newly published list: validate its parse, align it to the baseline, and turn
what was found into findings with a level, a file and a line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .align import containment
from .coverage import RegionCoverage, region_coverage
from .model import PolicyList
from .normalize import Mappings

LEVELS = ("error", "warning", "notice")
CLAUSE_KEPT = 0.75  # a baseline clause this contained in the local item's content is still promised


@dataclass(frozen=True)
class Finding:
    level: str
    code: str
    file: str
    line: int
    message: str

    def to_json(self) -> dict:
        return {"level": self.level, "code": self.code, "file": self.file, "line": self.line,
                "message": self.message}


@dataclass(frozen=True)
class CheckResult:
    list: PolicyList
    baseline_id: str
    findings: tuple[Finding, ...]
    coverage: RegionCoverage | None

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.level == "error")

    @property
    def passed(self) -> bool:
        return self.errors == 0


def validate(lst: PolicyList) -> list[Finding]:
    """Problems of the parse alone, before any comparison."""
    out: list[Finding] = []
    first_line = lst.items[0].provenance.first if lst.items else 1
    if lst.kind == "list":
        for column, word in (("target", "服务对象"), ("departments", "责任部门")):
            if lst.columns and column not in lst.columns:
                out.append(Finding("warning", "missing-column", lst.path, first_line,
                                   f"the table has no {word} column"))
    seqs = [it.seq for it in lst.items]
    duplicates = sorted({s for s in seqs if seqs.count(s) > 1})
    if duplicates:
        out.append(Finding("error", "numbering", lst.path, first_line,
                           f"序号 repeated: {', '.join(map(str, duplicates))}"))
    elif seqs != list(range(1, len(seqs) + 1)):
        out.append(Finding("error", "numbering", lst.path, first_line,
                           f"序号 not sequential from 1: {', '.join(map(str, seqs))}"))
    for it in lst.items:
        for field, word in (("service", "服务项目"), ("content", "服务内容")):
            if not getattr(it, field):
                out.append(Finding("error", "empty-cell", lst.path, it.provenance.first,
                                   f"row {it.seq}: empty {word}"))
        if it.unknown_departments:
            out.append(Finding("warning", "unknown-department", lst.path, it.provenance.first,
                               f"row {it.seq}: department not in mappings/departments.toml: "
                               f"{'、'.join(it.unknown_departments)}"))
    return out


def _exemption(mappings: Mappings, lst: PolicyList, seq: int) -> dict | None:
    names = {lst.id, Path(lst.path).name}
    return next((e for e in mappings.exemptions
                 if e.get("list") in names and e.get("baseline_seq") == seq), None)


def check(lst: PolicyList, baseline: PolicyList, mappings: Mappings) -> CheckResult:
    findings = validate(lst)
    coverage = region_coverage(baseline, lst, mappings, detail=True)
    first_line = lst.items[0].provenance.first if lst.items else 1
    for seq in coverage.missing:
        service = baseline.item(seq).service
        exemption = _exemption(mappings, lst, seq)
        if exemption:
            findings.append(Finding("notice", "exempt", lst.path, first_line,
                                    f"baseline service {seq} {service} is missing, exempted: "
                                    f"{exemption.get('reason', '')}"))
        else:
            findings.append(Finding("error", "missing-service", lst.path, first_line,
                                    f"baseline service {seq} {service} is missing"))
    alignment = coverage.alignment
    if alignment is not None:
        for pair in alignment.pairs:
            line = pair.other.provenance.first
            for clause in pair.clauses:
                if clause.status == "removed" and containment(clause.base, pair.other.content) < CLAUSE_KEPT:
                    findings.append(Finding("warning", "clause-dropped", lst.path, line,
                                            f"row {pair.other.seq} {pair.other.service}: baseline clause "
                                            f"not promised: 「{clause.base}」"))
            if pair.status != "identical":
                findings.append(Finding("notice", pair.status, lst.path, line,
                                        f"row {pair.other.seq} {pair.other.service}: {pair.status} against "
                                        f"baseline {pair.base.seq} {pair.base.service}"))
        for added in alignment.added:
            kind = "split" if added.split_from else "added"
            what = f", carved out of baseline {added.related_base.seq} {added.related_base.service}" \
                if added.split_from else ""
            findings.append(Finding("notice", kind, lst.path, added.item.provenance.first,
                                    f"row {added.item.seq} {added.item.service}: {kind}{what}"))
        for dropped in alignment.dropped:
            if dropped.merged_into:
                findings.append(Finding("notice", "merged", lst.path, dropped.merged_into.provenance.first,
                                        f"baseline {dropped.item.seq} {dropped.item.service} merged into row "
                                        f"{dropped.merged_into.seq} {dropped.merged_into.service}"))
    else:
        for seq in coverage.added:
            item = lst.item(seq)
            findings.append(Finding("notice", "added", lst.path, item.provenance.first,
                                    f"measure {seq} {item.service}: goes beyond the baseline services"))
    order = {level: i for i, level in enumerate(LEVELS)}
    findings.sort(key=lambda f: (order[f.level], f.line))
    return CheckResult(lst, baseline.id, tuple(findings), coverage)
