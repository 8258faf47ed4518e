"""CSV for spreadsheets.

Excel on Chinese Windows reads a CSV without a BOM as GBK: FORMATS["csv"].bom says the caller writes
a UTF-8 BOM when the output goes to a file (`polcmp.render.encode`).

Formula injection: a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return would
be run as a formula (or a DDE command) by Excel, LibreOffice and Google Sheets. Every such text cell
is written with a leading `'` (the spreadsheet convention for "text"), so `=HYPERLINK(…)` arrives as
the literal `'=HYPERLINK(…)`. Numbers we write ourselves (seq, scores) are not text and not touched.

`csv` of a coverage matrix is the long shape (one row per region and service); `csv-wide` is the
matrix itself: services as rows, regions as columns headed by their Chinese names."""

from __future__ import annotations

import csv
import io

from ..model import PolicyList
from ..results import CheckReport, Comparison, CoverageMatrix, SourceListing
from . import RenderOptions, register
from .common import finding_message, reconstructed
from .labels import say, term

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A value made safe for a spreadsheet: text that would start a formula gets a leading ', and a CR
    inside the text becomes LF."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_START):
        value = "'" + value
    return value.replace("\r\n", "\n").replace("\r", "\n")  # one line ending inside quoted cells


def _write(header: list[str], rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return out.getvalue()


@register(PolicyList, "csv")
def policy_list(lst: PolicyList, options: RenderOptions) -> str:
    return _write(["seq", "domain", "target", "service", "content", "departments", "department_functions", "clauses",
                   "path", "first_line", "last_line", "index"],
                  ([it.seq, it.domain, it.target, it.service, it.content, "、".join(it.departments),
                    "、".join(it.department_functions), " | ".join(it.clauses), it.provenance.path,
                    it.provenance.first, it.provenance.last, it.index] for it in lst.items))


@register(SourceListing, "csv")
def sources(listing: SourceListing, options: RenderOptions) -> str:
    return _write(["id", "name", "level", "kind", "items", "title", "date", "file", "reconstructed"],
                  ([s.id, s.name, s.level, s.kind, "" if s.items is None else s.items, s.title, s.date, s.file,
                    "yes" if s.reconstructed else ""] for s in listing.rows))


@register(Comparison, "csv")
def comparison(c: Comparison, options: RenderOptions) -> str:
    """One row per linked pair and per unlinked item."""
    def rows():
        for link in c.links:
            yield [link.status.value, link.status.label, link.base.seq, link.base.service, link.other.seq,
                   link.other.service, round(link.score, 3), link.matched_by.label, link.level.label,
                   "yes" if link.uncertain else "", link.base.content, link.other.content]
        for u in c.dropped:
            yield [u.fate.value, u.fate.label, u.item.seq, u.item.service, u.related.seq if u.related else "",
                   u.related.service if u.related else "", round(u.score, 3), "", "", "yes" if u.uncertain else "",
                   u.item.content, ""]
        for u in c.added:
            yield [u.fate.value, u.fate.label, u.related.seq if u.related else "",
                   u.related.service if u.related else "", u.item.seq, u.item.service, round(u.score, 3), "", "",
                   "yes" if u.uncertain else "", "", u.item.content]

    return _write(["status", "状态", "base_seq", "base_service", "other_seq", "other_service", "score", "matched_by",
                   "level", "uncertain", "base_content", "other_content"], rows())


@register(CoverageMatrix, "csv")
def coverage(m: CoverageMatrix, options: RenderOptions) -> str:
    """The long shape (today's contract): region, baseline_seq, service, state, other_seq, evidence."""
    def rows():
        for r in m.regions:
            for b, c in zip(m.baseline.items, r.cells, strict=True):
                ev = c.evidence[0] if c.evidence else None
                yield [r.id, b.seq, b.service, c.state.value, ev.other.seq if ev else "", ev.text if ev else "",
                       r.name, c.level.value, "；".join(x.explanation for x in c.level_reasons)]

    return _write(["region", "baseline_seq", "service", "state", "other_seq", "evidence", "region_name", "level",
                   "level_reasons"], rows())


@register(CoverageMatrix, "csv-wide")
def coverage_wide(m: CoverageMatrix, options: RenderOptions) -> str:
    """The matrix as people read it: one row per baseline service, one column per region."""
    def rows():
        for i, b in enumerate(m.baseline.items):
            yield [b.seq, b.service, *(term(r.cells[i].state, lang) + r.cells[i].level_mark for r in m.regions),
                   m.carried[i]]
        yield ["", say(lang, "row-coverage-rate"), *(f"{100 * r.ratio:.0f}%" for r in m.regions), ""]
        yield ["", say(lang, "row-added"), *(len(r.added) for r in m.regions), ""]
        if m.reconstructed or reconstructed(m.baseline):
            yield ["", say(lang, "csv-note", text=say(lang, "reconstructed"))]

    lang = options.lang
    return _write([say(lang, "col-seq"), say(lang, "col-base-service"), *(r.name for r in m.regions),
                   say(lang, "col-regions")], rows())


@register(CheckReport, "csv")
def check(report: CheckReport, options: RenderOptions) -> str:
    def rows():
        for c in report.checks:
            for f in c.findings:
                yield [c.list.id, f.severity.value, f.code, f.file, "" if f.line is None else f.line,
                       "" if f.row is None else f.row, finding_message(f, options.lang)]
        for s in report.unreadable:
            yield ["", "error", "unreadable", s.path, "", "", s.problem]

    return _write(["list", "level", "code", "file", "line", "row", "message"], rows())
