"""Stage 5, report: result objects -> Rich tables, JSON, CSV, Markdown, GitHub annotations.
Each renderer is a pure function returning text (Rich ones render onto a given Console)."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

if TYPE_CHECKING:  # type names only: a diff should not pay for importing coverage and check
    from rich.console import Console

    from .align import Alignment, ClauseDiff, Pair
    from .check import CheckResult
    from .coverage import CoverageReport
    from .model import PolicyList
    from .sources import Registry

SCHEMA_VERSION = 1
MARK = {"identical": "=", "reworded": "~", "split": "÷", "missing": "✗"}
MARK_STYLE = {"identical": "green", "reworded": "yellow", "split": "cyan", "missing": "bold red"}
LEGEND = "= identical  ~ reworded  ÷ split or merged  ✗ missing"


def to_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# ---------------------------------------------------------------- sources


def sources_json(registry: Registry, counts: dict[str, int]) -> dict:
    return {"sources": [
        {"id": s.id, "name": s.name, "level": s.level, "kind": s.kind, "file": s.file, "title": s.title,
         "issuer": s.issuer, "date": s.date, "items": counts.get(s.id)} for s in registry.sources]}


def sources_table(registry: Registry, counts: dict[str, int], console: Console) -> None:
    from rich.table import Table  # not on a diff's path: tables cost 8 ms to import

    table = Table(title="polcmp sources", title_justify="left")
    for column in ("id", "name", "level", "kind", "items", "title", "date"):
        table.add_column(column, overflow="fold")
    for s in registry.sources:
        table.add_row(s.id, s.name, s.level, s.kind, str(counts.get(s.id, "?")), s.title, s.date)
    console.print(table)


def sources_markdown(registry: Registry, counts: dict[str, int]) -> str:
    lines = ["| id | name | level | kind | items | title | date |", "|---|---|---|---|---|---|---|"]
    for s in registry.sources:
        lines.append(f"| {s.id} | {s.name} | {s.level} | {s.kind} | {counts.get(s.id, '?')} | "
                     f"{_md(s.title)} | {s.date} |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- parse

PARSE_COLUMNS = ("seq", "domain", "target", "service", "content", "departments", "department_functions")


def parse_table(lst: PolicyList, console: Console) -> None:
    from rich.table import Table

    table = Table(title=f"{lst.title} ({lst.id}, {lst.kind}, {len(lst.items)} items)", title_justify="left",
                  show_lines=True)
    for column, ratio in (("#", None), ("domain", 1), ("target", 2), ("service", 2), ("content", 5),
                          ("departments", 2)):
        table.add_column(column, ratio=ratio, overflow="fold")
    for it in lst.items:
        table.add_row(str(it.seq), it.domain, it.target, it.service, it.content, "、".join(it.departments))
    console.print(table)
    for note in lst.notes:
        console.print(f"[dim]note: {note}[/dim]")


def parse_csv(lst: PolicyList) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*PARSE_COLUMNS, "clauses", "path", "first_line", "last_line"])
    for it in lst.items:
        writer.writerow([it.seq, it.domain, it.target, it.service, it.content, "、".join(it.departments),
                         "、".join(it.department_functions), " | ".join(it.clauses), it.provenance.path,
                         it.provenance.first, it.provenance.last])
    return out.getvalue()


def parse_markdown(lst: PolicyList) -> str:
    lines = [f"# {lst.title}", "", f"`{lst.id}` · {lst.kind} · {len(lst.items)} items", "",
             "| # | 服务领域 | 服务对象 | 服务项目 | 服务内容 | 责任部门 |", "|---|---|---|---|---|---|"]
    for it in lst.items:
        lines.append(f"| {it.seq} | {_md(it.domain)} | {_md(it.target)} | {_md(it.service)} | "
                     f"{_md(it.content)} | {_md('、'.join(it.departments))} |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- diff


def _clauses_json(clauses: tuple[ClauseDiff, ...]) -> list[dict]:
    return [{"status": c.status, "base": c.base, "other": c.other,
             **({"words": [[w.op, w.text] for w in c.words]} if c.words else {}),
             **({"level": c.level, "level_reasons": [r.to_json() for r in c.level_reasons]} if c.level else {})}
            for c in clauses]


def _pair_json(pair: Pair) -> dict:
    changes = []
    for change in pair.changes:
        data = change.to_json()
        if change.kind == "reworded":
            data["clauses"] = _clauses_json(pair.clauses)
        changes.append(data)
    return {"base": pair.base.seq, "other": pair.other.seq, "status": pair.status, "score": pair.score,
            "matched_by": pair.matched_by, **({"reason": pair.reason} if pair.reason else {}),
            "changes": changes, "level": pair.level, "level_reasons": [r.to_json() for r in pair.level_reasons]}


def diff_json(al: Alignment) -> dict:
    def side(lst: PolicyList) -> dict:
        return {"id": lst.id, "title": lst.title, "kind": lst.kind, "items": [it.to_json() for it in lst.items]}

    return {
        "schema": SCHEMA_VERSION,
        "summary": al.counts(),
        "base": side(al.base),
        "other": side(al.other),
        "pairs": [_pair_json(p) for p in al.pairs],
        "added": [{"other": a.item.seq, "related_base": a.related_base.seq if a.related_base else None,
                   "split": a.split_from, "score": a.score} for a in al.added],
        "dropped": [{"base": d.item.seq, "merged_into": d.merged_into.seq if d.merged_into else None,
                     "score": d.score} for d in al.dropped],
    }


def _summary_line(al: Alignment) -> str:
    counts = {k: v for k, v in al.counts().items() if v}
    parts = ", ".join(f"{v} {k}" for k, v in counts.items())
    return f"{al.base.id} → {al.other.id}: {len(al.base.items)} vs {len(al.other.items)} items; {parts}"


def clause_segments(clause: ClauseDiff, side: str) -> list[tuple[str, str]]:
    """What one side of a clause diff shows, as (text, kind) with kind plain, kept, deleted, inserted
    or absent; the Rich, Markdown and HTML renderers only decide how each kind looks."""
    if clause.status == "kept":
        return [(clause.base if side == "base" else clause.other, "kept")]
    if clause.status == "removed":
        return [(clause.base, "deleted")] if side == "base" else [("—", "absent")]
    if clause.status == "added":
        return [(clause.other, "inserted")] if side == "other" else [("—", "absent")]
    wanted = "delete" if side == "base" else "insert"
    return [(w.text, "plain" if w.op == "equal" else ("deleted" if w.op == "delete" else "inserted"))
            for w in clause.words if w.op in ("equal", wanted)]


_RICH_STYLE = {"plain": "", "kept": "dim", "deleted": "red strike", "inserted": "green underline", "absent": "dim"}


def _word_text(clause: ClauseDiff, side: str) -> Text:
    text = Text()
    for piece, kind in clause_segments(clause, side):
        style = "green" if kind == "inserted" and clause.status == "added" else _RICH_STYLE[kind]
        text.append(piece, style=style)
    return text


def _clause_lines(clause: ClauseDiff) -> list[Padding]:
    """A clause as diff lines: '－' the base wording, '＋' the other's, words struck or underlined;
    a '~' in the margin pairs the two wordings of one reworded clause."""
    sides = {"kept": ("base",), "removed": ("base",), "added": ("other",), "changed": ("base", "other")}
    margin = "~" if clause.status == "changed" else " "
    lines = []
    for side in sides[clause.status]:
        # full-width marks, no space after them: Rich wraps at spaces, which would push a long
        # unspaced Chinese clause onto the next line
        marker = "　" if clause.status == "kept" else ("－" if side == "base" else "＋")
        line = Text(margin + marker, style="red" if marker == "－" else "green" if marker == "＋" else "")
        line.append_text(_word_text(clause, side))
        lines.append(Padding(line, (0, 0, 0, 1), expand=False))
    return lines


def _marker(clause: ClauseDiff) -> str:
    return {"kept": " ", "changed": "~", "removed": "-", "added": "+"}[clause.status]


def diff_table(al: Alignment, console: Console, only: set[str] | None = None) -> None:
    """The whole diff as one renderable: one print call, since each Rich print costs a layout pass."""
    out: list = [Text(_summary_line(al), style="bold")]
    legend = Text(f"clauses: － {al.base.id}  ＋ {al.other.id}  ~ reworded", style="dim")
    legend_shown = False  # only above output that has clause lines

    def wanted(s):
        return only is None or s in only

    def section(title: str) -> None:
        out.append(Rule(title, align="left"))

    for status in ("reworded", "renamed", "target", "departments", "moved", "punctuation", "identical"):
        pairs = [p for p in al.pairs if p.status == status]
        if not pairs or not wanted(status):
            continue
        section(f"{status} ({len(pairs)})")
        for pair in pairs:
            head = Text(f"{pair.base.seq} → {pair.other.seq}  ", style="bold")
            head.append(pair.base.service)
            if pair.other.service != pair.base.service:
                head.append(" → ")
                head.append(pair.other.service, style="yellow")
            head.append(f"  (score {pair.score:.2f}, {pair.matched_by}{': ' + pair.reason if pair.reason else ''})",
                        style="dim")
            out.append(head)
            for change in pair.changes:
                if change.kind == "target":
                    scope = f" ({', '.join(change.added)})" if change.added else ""
                    out.append(Text(f"  服务对象{scope}: {change.base or '—'} → {change.other or '—'}"))
                elif change.kind == "departments":
                    moved = "  ".join([*(f"+{f}" for f in change.added), *(f"-{f}" for f in change.removed)])
                    out.append(Text(f"  责任部门: {moved}   ({change.base} → {change.other})"))
                elif change.kind == "moved":
                    out.append(Text(f"  服务领域: {change.base} → {change.other}"))
            if status in ("reworded", "punctuation"):
                if not legend_shown:
                    out.insert(1, legend)
                    legend_shown = True
                for clause in pair.clauses:
                    out.extend(_clause_lines(clause))
    splits = [a for a in al.added if a.split_from]
    if splits and wanted("split"):
        section(f"split ({len(splits)})")
        for a in splits:
            out.append(Text(f"{al.other.id} {a.item.seq} {a.item.service}  carved out of  "
                            f"{al.base.id} {a.related_base.seq} {a.related_base.service}", style="cyan"))
            out.append(Text(f"  {a.item.content}"))
    merges = [d for d in al.dropped if d.merged_into]
    if merges and wanted("merged"):
        section(f"merged ({len(merges)})")
        for d in merges:
            out.append(Text(f"{al.base.id} {d.item.seq} {d.item.service}  folded into  "
                            f"{al.other.id} {d.merged_into.seq} {d.merged_into.service}", style="cyan"))
    added = [a for a in al.added if not a.split_from]
    if added and wanted("added"):
        section(f"added ({len(added)})")
        for a in added:
            related = f"  (nearest: {al.base.id} {a.related_base.seq} {a.related_base.service}, " \
                      f"score {a.score:.2f})" if a.related_base else ""
            out.append(Text(f"+ {a.item.seq} {a.item.service}{related}", style="green"))
            out.append(Text(f"  {a.item.content}"))
    dropped = [d for d in al.dropped if not d.merged_into]
    if dropped and wanted("dropped"):
        section(f"dropped ({len(dropped)})")
        for d in dropped:
            out.append(Text(f"- {d.item.seq} {d.item.service}", style="red"))
            out.append(Text(f"  {d.item.content}"))
    console.print(Group(*out))


def _md_words(clause: ClauseDiff, side: str) -> str:
    marks = {"deleted": "~~{}~~", "inserted": "**{}**"}
    return "".join(marks.get(kind, "{}").format(_md(piece)) for piece, kind in clause_segments(clause, side))


def diff_markdown(al: Alignment, only: set[str] | None = None) -> str:
    def wanted(s):
        return (only is None or s in only)
    lines = [f"# {al.base.title} → {al.other.title}", "", _summary_line(al), ""]
    for pair in al.pairs:
        if pair.status == "identical" or not wanted(pair.status):
            continue
        lines.append(f"## {pair.base.seq} → {pair.other.seq} {_md(pair.base.service)}"
                     + (f" → {_md(pair.other.service)}" if pair.other.service != pair.base.service else "")
                     + f" · {pair.status}")
        lines.append("")
        lines.append(f"score {pair.score:.2f}, matched by {pair.matched_by}"
                     + (f" ({_md(pair.reason)})" if pair.reason else ""))
        lines.append("")
        for change in pair.changes:
            if change.kind in ("target", "departments", "moved", "renamed"):
                label = {"target": "服务对象", "departments": "责任部门", "moved": "服务领域",
                         "renamed": "服务项目"}[change.kind]
                lines.append(f"- {label}: {_md(change.base) or '—'} → {_md(change.other) or '—'}")
        if pair.status in ("reworded", "punctuation"):
            lines += ["", f"| | {al.base.id} | {al.other.id} |", "|---|---|---|"]
            for clause in pair.clauses:
                lines.append(f"| {_marker(clause).strip() or '='} | {_md_words(clause, 'base')} | "
                             f"{_md_words(clause, 'other')} |")
        lines.append("")
    for title, rows in (
        ("Split", [f"- {a.item.seq} {_md(a.item.service)} carved out of {a.related_base.seq} "
                   f"{_md(a.related_base.service)}" for a in al.added if a.split_from and wanted("split")]),
        ("Merged", [f"- {d.item.seq} {_md(d.item.service)} folded into {d.merged_into.seq} "
                    f"{_md(d.merged_into.service)}" for d in al.dropped if d.merged_into and wanted("merged")]),
        ("Added", [f"- {a.item.seq} {_md(a.item.service)}: {_md(a.item.content)}"
                   for a in al.added if not a.split_from and wanted("added")]),
        ("Dropped", [f"- {d.item.seq} {_md(d.item.service)}: {_md(d.item.content)}"
                     for d in al.dropped if not d.merged_into and wanted("dropped")]),
    ):
        if rows:
            lines += [f"## {title}", "", *rows, ""]
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- coverage


def short_name(service: str) -> str:
    return service.removesuffix("服务") if len(service) > 4 else service


def _evidence_json(evidence: tuple) -> dict:
    first, *more = evidence
    data = {"other": first.other, "text": first.text}
    if first.terms:
        data["terms"] = list(first.terms)
    if first.score is not None:
        data["score"] = first.score
    if more:
        data["also"] = [{"other": e.other, "text": e.text, **({"score": e.score} if e.score is not None else {})}
                        for e in more]
    return data


def coverage_json(report: CoverageReport) -> dict:
    return {
        "schema": SCHEMA_VERSION,
        "baseline": {"id": report.baseline.id, "title": report.baseline.title,
                     "items": [{"seq": b.seq, "service": b.service} for b in report.baseline.items]},
        "regions": [{
            "id": r.id, "title": r.title, "source": r.source, "kind": r.kind,
            "covered": r.covered, "missing": r.missing, "reworded": r.reworded, "added": list(r.added),
            "coverage": round(r.ratio, 4), "cells": {str(k): v for k, v in r.cells.items()},
            "evidence": {str(seq): _evidence_json(ev) for seq, ev in r.evidence.items()},
        } for r in report.regions],
        "skipped": [{"source": path, "problem": problem} for path, problem in report.skipped],
    }


def coverage_csv(report: CoverageReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["region", "baseline_seq", "service", "state", "other_seq", "evidence"])
    for r in report.regions:
        for b in report.baseline.items:
            ev = r.evidence.get(b.seq, ())
            writer.writerow([r.id, b.seq, b.service, r.cells[b.seq], ev[0].other if ev else "",
                             ev[0].text if ev else ""])
    return out.getvalue()


def coverage_table(report: CoverageReport, console: Console) -> None:
    from rich.table import Table

    regions = report.regions
    fits = 26 + 5 * len(regions) <= console.width
    if fits:
        table = Table(title=f"Coverage of {report.baseline.id} ({len(report.baseline.items)} services)",
                      title_justify="left", caption=LEGEND, caption_justify="left")
        table.add_column("#", justify="right")
        table.add_column("service", overflow="fold")
        for r in regions:
            table.add_column(r.id[:6], justify="center")
        table.add_column("n", justify="right")
        for b in report.baseline.items:
            marks = [Text(MARK[r.cells[b.seq]], style=MARK_STYLE[r.cells[b.seq]]) for r in regions]
            carried = sum(1 for r in regions if r.cells[b.seq] != "missing")
            table.add_row(str(b.seq), short_name(b.service), *marks, str(carried))
        table.add_section()
        table.add_row("", "coverage %", *[f"{100 * r.ratio:.0f}" for r in regions], "")
        table.add_row("", "added", *[str(len(r.added)) for r in regions], "")
    else:  # many regions: one row per region, baseline services as numbered columns
        table = Table(title=f"Coverage of {report.baseline.id}", title_justify="left", box=box.SIMPLE_HEAD,
                      padding=(0, 0), caption=LEGEND + "; columns are baseline service numbers",
                      caption_justify="left")
        table.add_column("region", overflow="fold", min_width=8)
        for b in report.baseline.items:
            table.add_column(str(b.seq), justify="center", min_width=2)
        table.add_column("%", justify="right")
        table.add_column("+", justify="right")
        for r in regions:
            table.add_row(r.id, *[Text(MARK[r.cells[b.seq]], style=MARK_STYLE[r.cells[b.seq]])
                                  for b in report.baseline.items], f"{100 * r.ratio:.0f}", str(len(r.added)))
    console.print(table)
    for path, problem in report.skipped:
        console.print(Text(f"skipped {path}: {problem}", style="yellow"))


def coverage_markdown(report: CoverageReport) -> str:
    head = "| # | service | " + " | ".join(r.id for r in report.regions) + " | regions |"
    lines = [f"# Coverage of {report.baseline.title}", "", LEGEND, "", head,
             "|---|---|" + "---|" * (len(report.regions) + 1)]
    for b in report.baseline.items:
        carried = sum(1 for r in report.regions if r.cells[b.seq] != "missing")
        lines.append(f"| {b.seq} | {_md(short_name(b.service))} | "
                     + " | ".join(MARK[r.cells[b.seq]] for r in report.regions) + f" | {carried} |")
    lines.append("| | coverage % | " + " | ".join(f"{100 * r.ratio:.0f}" for r in report.regions) + " | |")
    lines.append("| | added | " + " | ".join(str(len(r.added)) for r in report.regions) + " | |")
    for path, problem in report.skipped:
        lines.append(f"\nskipped {path}: {problem}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- check


def check_json(results: list[CheckResult]) -> dict:
    return {"schema": SCHEMA_VERSION, "passed": all(r.passed for r in results), "lists": [
        {"id": r.list.id, "path": r.list.path, "baseline": r.baseline_id, "passed": r.passed,
         "errors": r.errors, "coverage": round(r.coverage.ratio, 4) if r.coverage else None,
         "findings": [f.to_json() for f in r.findings]} for r in results]}


def check_text(results: list[CheckResult]) -> str:
    lines = []
    for r in results:
        for f in r.findings:
            lines.append(f"{f.level.upper():7} {f.file}:{f.line}: {f.message}")
        counts = {lvl: sum(1 for f in r.findings if f.level == lvl) for lvl in ("error", "warning", "notice")}
        verdict = "PASS" if r.passed else "FAIL"
        lines.append(f"{verdict} {r.list.path}: {counts['error']} errors, {counts['warning']} warnings, "
                     f"{counts['notice']} notices (baseline {r.baseline_id})")
    return "\n".join(lines) + "\n"


def _gh_escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def check_github(results: list[CheckResult]) -> str:
    lines = []
    for r in results:
        for f in r.findings:
            lines.append(f"::{f.level} file={_gh_escape(f.file)},line={f.line},title=polcmp {f.code}::"
                         f"{_gh_escape(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "") + check_text(results).splitlines()[-1] + "\n"


def check_markdown(results: list[CheckResult]) -> str:
    lines = ["## polcmp check", ""]
    for r in results:
        icon = "✅" if r.passed else "❌"
        lines += [f"### {icon} `{r.list.path}` against `{r.baseline_id}`", "",
                  f"coverage {100 * r.coverage.ratio:.0f}%, {r.errors} errors" if r.coverage else "", "",
                  "| level | line | finding |", "|---|---|---|"]
        lines += [f"| {f.level} | {f.line} | {_md(f.message)} |" for f in r.findings]
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------- plans (diff against a prose plan)


def plan_diff_json(report: CoverageReport) -> dict:
    """The diff contract for a plan: one pair per (baseline service, measure that commits to it)."""
    region = report.regions[0]
    base = report.baseline
    pairs = [{"base": seq, "other": e.other, "status": "covered", "score": e.score, "matched_by": "clauses",
              "changes": [{"kind": "evidence", "text": e.text, "terms": list(e.terms)}]}
             for seq, evidence in region.evidence.items() for e in evidence]
    return {
        "schema": SCHEMA_VERSION,
        "summary": {"covered": len(region.covered), "missing": len(region.missing), "added": len(region.added)},
        "base": {"id": base.id, "title": base.title, "kind": base.kind, "items": [i.to_json() for i in base.items]},
        "other": {"id": region.id, "title": region.title, "kind": region.kind},
        "pairs": pairs,
        "added": [{"other": seq, "related_base": None} for seq in region.added],
        "dropped": [{"base": seq, "merged_into": None} for seq in region.missing],
    }


def _highlight(text: str, terms: tuple[str, ...]) -> Text:
    out = Text(text)
    for term in terms:
        out.highlight_words([term], style="bold yellow")
    return out


def _measure_name(plan: PolicyList | None, seq: int) -> str:
    try:
        return f"({seq}) {plan.item(seq).service}" if plan is not None else f"({seq})"
    except KeyError:
        return f"({seq})"


def plan_table(report: CoverageReport, console: Console, plan: PolicyList | None = None) -> None:
    from rich.table import Table

    region, base = report.regions[0], report.baseline
    console.print(Text(f"{base.id} → {region.id} (plan): {len(region.covered)} of {len(base.items)} baseline "
                       f"services covered, {len(region.missing)} missing, {len(region.added)} measures "
                       "beyond the baseline", style="bold"))
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right")
    table.add_column("baseline service", ratio=1, overflow="fold")
    table.add_column("measure", justify="right")
    table.add_column("evidence", ratio=3, overflow="fold")
    for b in base.items:
        evidence = region.evidence.get(b.seq)
        if evidence:
            first = evidence[0]
            more = f" +{len(evidence) - 1}" if len(evidence) > 1 else ""
            table.add_row(str(b.seq), b.service, f"({first.other}){more}\n{first.score:.2f}",
                          _highlight(first.text, first.terms))
        else:
            table.add_row(str(b.seq), Text(b.service, style="red"), "", Text("missing", style="bold red"))
    console.print(table)
    if region.added:
        console.rule("measures beyond the baseline", align="left")
        for seq in region.added:
            console.print(Text(f"+ {_measure_name(plan, seq)}", style="green"))


def plan_markdown(report: CoverageReport, plan: PolicyList | None = None) -> str:
    region, base = report.regions[0], report.baseline
    lines = [f"# {base.title} → {region.title}", "",
             f"{len(region.covered)} of {len(base.items)} baseline services covered; missing: "
             + (", ".join(str(s) for s in region.missing) or "none"), "",
             "| # | baseline service | measure | evidence |", "|---|---|---|---|"]
    for b in base.items:
        evidence = region.evidence.get(b.seq)
        if evidence:
            text = _md(evidence[0].text)
            for term in evidence[0].terms:
                text = text.replace(term, f"**{term}**")
            lines.append(f"| {b.seq} | {_md(b.service)} | ({evidence[0].other}) | {text} |")
        else:
            lines.append(f"| {b.seq} | {_md(b.service)} | | **missing** |")
    if region.added:
        lines += ["", "Measures beyond the baseline: " + ", ".join(_md(_measure_name(plan, s)) for s in region.added)]
    return "\n".join(lines) + "\n"
