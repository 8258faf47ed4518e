"""Markdown (CommonMark + GFM tables), as GitHub job summaries and issue comments render it.

Word-level changes are `<del>…</del>` and `<ins>…</ins>`: `**`/`~~` stay literal next to Chinese
punctuation under CommonMark's flanking rules. List text is escaped: `|` (table cells), CR/LF (one
line per row), raw HTML (`<`, `>`, `&`) and the ASCII marks that would start emphasis or links."""

from __future__ import annotations

from dataclasses import replace

from ..model import PolicyList
from ..results import (
    CellState,
    CheckReport,
    ClauseDiff,
    ClauseStatus,
    Comparison,
    CoverageMatrix,
    CoverageSummary,
    Fate,
    Link,
    PlanComparison,
    Severity,
    SourceListing,
    Status,
    tally,
)
from . import RenderOptions, register, render
from .common import (
    cell_mark,
    clause_segments,
    finding_message,
    item_name,
    legend,
    level_note,
    links_in_order,
    place,
    reconstructed,
    short_name,
    side_labels,
    summary_line,
    term_segments,
    unlinked_in_order,
)
from .labels import term

_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "\\": "\\\\", "*": "\\*", "_": "\\_", "~": "\\~",
            "`": "\\`", "[": "\\[", "]": "\\]", "\r\n": " ", "\r": " ", "\n": " "}
TRANSPOSE_AFTER = 12  # more regions than this: one row per region


def md(text: object) -> str:
    """Text made inert in Markdown, on one line (safe inside a table cell)."""
    out = str(text).replace("\r\n", "\n")
    return "".join(_ESCAPES.get(ch, ch) for ch in out)


def code(text: str) -> str:
    """A code span when the text allows one (no backtick, one line), else escaped text."""
    return f"`{text}`" if not any(ch in text for ch in "`\r\n") else md(text)


def _notice(flag: bool, options: RenderOptions) -> list[str]:
    return [f"> {options.say('note', text=options.say('reconstructed'))}", ""] if flag else []


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head),
            *("| " + " | ".join(row) + " |" for row in rows)]


# ---------------------------------------------------------------- diff


def words(clause: ClauseDiff, side: str) -> str:
    tags = {"deleted": "<del>{}</del>", "inserted": "<ins>{}</ins>"}
    return "".join(tags.get(kind, "{}").format(md(piece)) for piece, kind in clause_segments(clause, side))


_CHANGE_FIELDS = {Status.TARGET: "field-target", Status.DEPARTMENTS: "field-departments",
                  Status.MOVED: "field-domain", Status.RENAMED: "field-service"}


def _link_md(link: Link, labels: tuple[str, str], options: RenderOptions, reference: str = "") -> list[str]:
    title = f"## {link.base.seq} → {link.other.seq} {md(link.base.service)}"
    if link.other.service != link.base.service:
        title += f" → {md(link.other.service)}"
    lang = options.lang
    lines = [f"{title} · {term(link.status, lang)}", "", _about(link, options), ""]
    note = level_note(link.level, link.level_reasons, lang, reference)
    if note:
        lines += [md(note), ""]
    colon = ": " if lang == "en" else "："
    lines += [f"- {options.say(_CHANGE_FIELDS[ch.kind])}{colon}{md(ch.base) or '—'} → {md(ch.other) or '—'}"
              for ch in link.changes if ch.kind in _CHANGE_FIELDS]
    if link.clauses and (link.status in (Status.REWORDED, Status.PUNCTUATION)
                         or any(c.status is not ClauseStatus.KEPT for c in link.clauses)):
        lines += ["", *_clause_table(link, labels, options, reference)]
    return [*lines, ""]


def _about(link: Link, options: RenderOptions) -> str:
    """相似度 0.83，匹配方式：… and, for a doubtful pair, its confidence."""
    how = term(link.matched_by, options.lang) + (f"（{md(link.reason)}）" if link.reason else "")
    about = options.say("pair-about", score=f"{link.score:.2f}", how=how)
    if link.uncertain:
        confidence = options.say("confidence", confidence=f"{link.confidence:.2f}")
        about += f" · ? {term(CellState.UNCERTAIN, options.lang)}（{confidence}）"
    return about


def _clause_table(link: Link, labels: tuple[str, str], options: RenderOptions, reference: str) -> list[str]:
    with_level = any(c.level_reasons for c in link.clauses)
    head = ["", md(labels[0]), md(labels[1]), *([options.say("field-level")] if with_level else [])]
    rows = [[c.status.mark.strip() or "=", words(c, "base"), words(c, "other"),
             *([md(level_note(c.level, c.level_reasons, options.lang, reference))] if with_level else [])]
            for c in link.clauses]
    return _table(head, rows)


def _unlinked_md(c: Comparison, labels: tuple[str, str], options: RenderOptions) -> list[str]:
    lines = []
    for fate, items in unlinked_in_order(c):
        rows = []
        for u in items:
            doubt = f" · ? {term(CellState.UNCERTAIN, options.lang)}" if u.uncertain else ""
            if fate is Fate.SPLIT:
                rows.append("- " + options.say("carved-out", item=md(item_name(u.item)),
                                               base=f"{md(labels[0])} {md(item_name(u.related))}") + doubt)
            elif fate is Fate.MERGED:
                rows.append("- " + options.say("folded-into", item=md(item_name(u.item)),
                                               other=f"{md(labels[1])} {md(item_name(u.related))}") + doubt)
            else:
                rows.append(f"- {md(item_name(u.item))}: {md(u.item.content)}{doubt}")
        lines += [f"## {term(fate, options.lang)}（{len(items)}）", "", *rows, ""]
    return lines


def _plan_md(c: Comparison, labels: tuple[str, str], options: RenderOptions) -> list[str]:
    named = {u.item.index: u for u in c.dropped if u.fate is Fate.REFERENCED and u.related is not None}
    rows = [_plan_row(b, link, named.get(b.index), options) for b, link in c.baseline_rows()]
    lines = [_plan_covered(c, options), "", *_table(options.say("plan-head").split("|"), rows)]
    if c.added:
        colon = ": " if options.lang == "en" else "："
        beyond = "、".join(f"（{u.item.seq}）{md(u.item.service)}" for u in c.added)
        lines += ["", options.say("plan-beyond") + colon + beyond]
    return lines


def _plan_row(b, link: Link | None, named, options: RenderOptions) -> list[str]:
    """A baseline service: the measure that commits to it with its words (matched terms in bold), the
    measure that only names it, or 缺失."""
    if link is None and named is not None:
        return [str(b.seq), md(b.service), f"（{named.related.seq}）",
                f"→ {term(named.fate, options.lang)}：{md(named.quote)}"]
    if link is None:
        return [str(b.seq), md(b.service), "", options.say("missing")]
    first = link.evidence[0] if link.evidence else None
    text = "".join(f"<b>{md(piece)}</b>" if marked else md(piece) for piece, marked in
                   term_segments(first.text if first else link.other.content, first.terms if first else ()))
    doubt = " ?" if link.uncertain else ""
    return [str(b.seq), md(b.service), f"（{(first.other if first else link.other).seq}）{doubt}", text]


def _plan_covered(c: Comparison, options: RenderOptions) -> str:
    # the numbers are the whole comparison's; a view filtered by --only names only the drops it shows
    gone = [u for u in c.dropped if u.fate is Fate.DROPPED]
    missing = ", ".join(str(u.item.seq) for u in gone) if gone else ""
    if len(gone) != c.counts.get("dropped", 0):
        total = c.counts.get("dropped", 0)
        missing = options.say("plan-shown", n=total, shown=missing) if missing else str(total)
    return options.say("plan-covered", covered=c.counts.get("covered", 0), total=len(c.base.items),
                       missing=missing or options.say("none"))


def _heading(c: Comparison, options: RenderOptions) -> list[str]:
    return [f"# {md(c.base.title)} → {md(c.other.title)}", "", *_notice(reconstructed(c.base), options)]


@register(PlanComparison, "markdown")
def plan_comparison(c: PlanComparison, options: RenderOptions) -> str:
    lines = [*_heading(c, options), *_plan_md(c, side_labels(c, options.labels), options)]
    return "\n".join(lines).rstrip() + "\n"


@register(Comparison, "markdown")
def comparison(c: Comparison, options: RenderOptions) -> str:
    labels = side_labels(c, options.labels)
    lines = [*_heading(c, options), md(summary_line(c, labels, options.lang)), ""]
    for status, links in links_in_order(c):
        if status is not Status.IDENTICAL:
            for link in links:
                lines += _link_md(link, labels, options, c.reference)
    lines += _unlinked_md(c, labels, options)
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- coverage


@register(CoverageMatrix, "markdown")
def coverage(m: CoverageMatrix, options: RenderOptions) -> str:
    base, regions = m.baseline, m.regions
    say = options.say
    lines = [f"# {say('coverage-title', title=md(base.title))}", "",
             *_notice(m.reconstructed or reconstructed(base), options)]
    if len(regions) > 1:  # the question asked first, above the matrix: how many lists carry each service
        plain = replace(m, reconstructed=False, baseline=replace(m.baseline, reconstructed=False))
        lines += [say("summary-title", n=len(regions), id=md(base.id)), "",
                  render(CoverageSummary(plain, tally(m)), "markdown", options).rstrip("\n"), ""]
    lines += [md(legend(options.lang)), ""]
    if len(regions) <= TRANSPOSE_AFTER:
        rows = [[str(b.seq), md(short_name(b.service)), *(md(cell_mark(r.cells[i])) for r in regions), str(m.carried[i])]
                for i, b in enumerate(base.items)]
        rows.append(["", say("row-coverage"), *(f"{100 * r.ratio:.0f}" for r in regions), ""])
        rows.append(["", say("row-added"), *(str(len(r.added)) for r in regions), ""])
        lines += _table([say("col-seq"), say("col-service"), *(md(r.name) for r in regions), say("col-regions")], rows)
    else:
        lines += [", ".join(f"{b.seq} {md(short_name(b.service))}" for b in base.items), ""]
        rows = [[md(r.name), *(md(cell_mark(cell)) for cell in r.cells), f"{100 * r.ratio:.0f}", str(len(r.added))]
                for r in regions]
        lines += _table([say("col-region"), *(str(b.seq) for b in base.items), "%", "+"], rows)
    lines += ["\n" + say("skipped", path=md(s.path), problem=md(s.problem)) for s in m.skipped]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- check


def _against(c) -> str:
    return " → ".join(code(i) for i in c.chain) if c.chain else code(c.baseline_id)


@register(CheckReport, "markdown")
def check(report: CheckReport, options: RenderOptions) -> str:
    say, lang = options.say, options.lang
    lines = [f"## {say('check-title')}", "", *_notice(report.reconstructed, options)]
    for c in report.checks:
        icon = "✅" if c.passed else "❌"
        lines += [f"### {icon} {code(c.list.path)} {say('check-against', against=_against(c))}", "",
                  say("check-coverage", ratio=f"{100 * c.coverage.ratio:.0f}", errors=c.errors) if c.coverage else "",
                  ""]
        rows = [[term(f.severity, lang), place(f, lang), md(finding_message(f, lang))] for f in c.findings]
        lines += [*_table(say("check-head").split("|"), rows), ""]
    if report.unreadable:
        lines += [f"### ❌ {say('check-unreadable')}", "", *(f"- {md(s.path)}: {md(s.problem)}" for s in report.unreadable),
                  ""]
    if not report.checks and not report.unreadable:
        lines += [say("check-nothing"), ""]
    counts = [sum(c.count(s) for c in report.checks) for s in Severity]
    lines += [" · ".join(say("summary-part", n=n, label=term(s, lang)) for n, s in zip(counts, Severity, strict=True)),
              ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- parse, sources


@register(PolicyList, "markdown")
def policy_list(lst: PolicyList, options: RenderOptions) -> str:
    rows = [[str(it.seq), md(it.domain), md(it.target), md(it.service), md(it.content), md("、".join(it.departments))]
            for it in lst.items]
    say = options.say
    head = [say(k) for k in ("col-seq", "field-domain", "field-target", "field-service", "field-content",
                             "field-departments")]
    return "\n".join([f"# {md(lst.title)}", "", say("list-about", id=md(lst.id), kind=say(f"kind:{lst.kind}"),
                                                      n=len(lst.items)), "",
                      *_notice(reconstructed(lst), options), *_table(head, rows)]) + "\n"


@register(SourceListing, "markdown")
def sources(listing: SourceListing, options: RenderOptions) -> str:
    rows = [[md(s.id), md(s.name), s.level, s.kind, "?" if s.items is None else str(s.items),
             md(s.title) + (f"（{options.say('reconstructed-short')}）" if s.reconstructed else ""), md(s.date)]
            for s in listing.rows]
    notes = ([f"{options.say('reconstructed-short')}：{options.say('reconstructed')}"]
             if any(s.reconstructed for s in listing.rows) else [])
    return "\n".join([*_table(options.say("sources-head").split("|"), rows), "", *notes]).rstrip() + "\n"
