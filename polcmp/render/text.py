"""Terminal output (Rich), rendered to a string through a Console writing to a StringIO.

Colour and styles only when `options.color`; without them the word-level marks stay visible as
`[-删除-]{+新增+}` (as `git diff --word-diff=plain`). Long Chinese lines wrap without starting a line
with 。，；、） (cjkwrap). Unless `options.terminal`, no line ends in spaces."""

from __future__ import annotations

import io
import re

from ..model import PolicyList
from ..results import (
    CellState,
    CheckReport,
    ClauseDiff,
    ClauseStatus,
    Comparison,
    CoverageMatrix,
    Fate,
    Link,
    Severity,
    SourceListing,
    Status,
    Unlinked,
)
from . import RenderOptions, register
from .common import (
    RECONSTRUCTED,
    cell_mark,
    chain_words,
    clause_segments,
    finding_message,
    item_name,
    legend,
    level_note,
    links_in_order,
    reconstructed,
    short_name,
    side_labels,
    summary_line,
    unlinked_in_order,
    where,
)

STATE_STYLE = {CellState.IDENTICAL: "green", CellState.REWORDED: "yellow", CellState.SPLIT: "cyan",
               CellState.REFERENCED: "blue",
               CellState.UNCERTAIN: "magenta", CellState.MISSING: "bold red"}
SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTICE: "dim"}
_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def _render(renderables, options: RenderOptions, *, wrap: bool = True) -> str:
    """Print through Rich. wrap=False keeps each line whole (one finding per line for grep and CI logs)."""
    from rich.console import Console, Group

    buf = io.StringIO()
    console = Console(file=buf, width=max(options.width, 20), force_terminal=options.color,
                      color_system="standard" if options.color else None, no_color=not options.color,
                      highlight=False, emoji=False, markup=False, legacy_windows=False, force_jupyter=False)
    # one print of a Group: Rich's per-print set-up, paid once rather than per line of a long diff
    if wrap:
        console.print(Group(*renderables))
    else:
        console.print(Group(*renderables), no_wrap=True, overflow="ignore", crop=False)
    text = buf.getvalue()
    return text if options.terminal else _TRAILING.sub(r"\1", text)


def _notice(flag: bool):
    from rich.text import Text

    return [Text(f"注意：{RECONSTRUCTED}", style="bold yellow")] if flag else []


# ---------------------------------------------------------------- diff (lists)
# A list diff is built once as lines, then either printed through Rich (a terminal, or colour asked for:
# wrapped at the width, styled) or joined as plain text (piped or saved without colour: one line per
# line, unwrapped like `check`, for grep and editors; Rich, a third of the command's start-up, is not
# imported). A line: (left padding, base style, spans of (text, style)); padding RULE makes a rule.

RULE = -1
Span = tuple[str, str]
Line = tuple[int, str, tuple[Span, ...]]


def _line(text: str, style: str = "", *, indent: int = 0, spans: tuple[Span, ...] = ()) -> Line:
    return indent, style, ((text, ""), *spans)


def _words(clause: ClauseDiff, side: str, color: bool) -> tuple[Span, ...]:
    styles = {"plain": "", "kept": "dim", "deleted": "red strike", "inserted": "green underline", "absent": "dim"}
    out: list[Span] = []
    for piece, kind in clause_segments(clause, side):
        if color:
            out.append((piece, "green" if kind == "inserted" and clause.status is ClauseStatus.ADDED
                        else styles[kind]))
        elif kind == "deleted" and clause.status is ClauseStatus.CHANGED:
            out.append((f"[-{piece}-]", ""))
        elif kind == "inserted" and clause.status is ClauseStatus.CHANGED:
            out.append((f"{{+{piece}+}}", ""))
        else:
            out.append((piece, ""))
    return tuple(out)


def _clause_lines(clause: ClauseDiff, color: bool) -> list[Line]:
    """'－' the base wording, '＋' the other's; a '~' in the margin pairs the two wordings of a clause.
    Full-width marks, no space after them: Rich would break a long unspaced clause at that space."""
    sides = {ClauseStatus.KEPT: ("base",), ClauseStatus.REMOVED: ("base",), ClauseStatus.ADDED: ("other",),
             ClauseStatus.CHANGED: ("base", "other")}[clause.status]
    margin = "~" if clause.status is ClauseStatus.CHANGED else " "
    out = []
    for side in sides:
        marker = "　" if clause.status is ClauseStatus.KEPT else ("－" if side == "base" else "＋")
        style = ("red" if side == "base" else "green") if color and marker != "　" else ""
        out.append(_line(margin + marker, style, indent=1, spans=_words(clause, side, color)))
    note = level_note(clause.level, clause.level_reasons)
    if note:
        out.append(_line(note, "magenta" if color else "", indent=4))
    return out


def _change_lines(link: Link) -> list[Line]:
    out = []
    for change in link.changes:
        if change.kind is Status.TARGET:
            scope = f" ({', '.join(change.added)})" if change.added else ""
            out.append(_line(f"  服务对象{scope}: {change.base or '—'} → {change.other or '—'}"))
        elif change.kind is Status.DEPARTMENTS:
            moved = "  ".join([*(f"+{f}" for f in change.added), *(f"-{f}" for f in change.removed)])
            out.append(_line(f"  责任部门: {moved}   ({change.base} → {change.other})"))
        elif change.kind is Status.MOVED:
            out.append(_line(f"  服务领域: {change.base} → {change.other}"))
    return out


def _link_lines(link: Link, color: bool) -> list[Line]:
    spans: list[Span] = [(link.base.service, "")]
    if link.other.service != link.base.service:
        spans += [(" → ", ""), (link.other.service, "yellow")]
    reason = f": {link.reason}" if link.reason else ""
    spans.append((f"  (score {link.score:.2f}, {link.matched_by.label}{reason})", "dim"))
    if link.uncertain:
        spans.append((f"  ? {CellState.UNCERTAIN.label}（置信度 {link.confidence:.2f}）", "magenta"))
    out = [_line(f"{link.base.seq} → {link.other.seq}  ", "bold", spans=tuple(spans))]
    note = level_note(link.level, link.level_reasons)
    if note:
        out.append(_line("  " + note, "magenta"))
    out += _change_lines(link)
    if link.status in (Status.REWORDED, Status.PUNCTUATION) or any(
            x.status is not ClauseStatus.KEPT for x in link.clauses):
        for clause in link.clauses:
            out.extend(_clause_lines(clause, color))
    return out


def _unlinked_lines(u: Unlinked, labels: tuple[str, str]) -> list[Line]:
    doubt = f"  ? {CellState.UNCERTAIN.label}" if u.uncertain else ""
    if u.fate is Fate.SPLIT:
        return [_line(f"{labels[1]} {item_name(u.item)}  carved out of  {labels[0]} {item_name(u.related)}{doubt}",
                      "cyan"), _line(f"  {u.item.content}")]
    if u.fate is Fate.MERGED:
        return [_line(f"{labels[0]} {item_name(u.item)}  folded into  {labels[1]} {item_name(u.related)}{doubt}",
                      "cyan")]
    sign, style, side = ("+", "green", 0) if u.fate is Fate.ADDED else ("-", "red", 1)
    nearest = f"  (nearest: {labels[side]} {item_name(u.related)}, score {u.score:.2f})" if u.related else ""
    return [_line(f"{sign} {item_name(u.item)}{nearest}{doubt}", style), _line(f"  {u.item.content}")]


def diff_lines(c: Comparison, options: RenderOptions) -> list[Line]:
    labels = side_labels(c, options.labels)
    out = [_line(f"注意：{RECONSTRUCTED}", "bold yellow")] if reconstructed(c.base) else []
    out.append(_line(summary_line(c, labels), "bold"))
    if any(link.clauses for link in c.links):
        marks = "" if options.color else "  [-删除-] {+新增+}"
        out.append(_line(f"clauses: － {labels[0]}  ＋ {labels[1]}  ~ reworded{marks}", "dim"))
    for status, links in links_in_order(c):
        out.append(_line(f"{status.value} {status.label} ({len(links)})", indent=RULE))
        for link in links:
            out += _link_lines(link, options.color)
    for fate, items in unlinked_in_order(c):
        out.append(_line(f"{fate.value} {fate.label} ({len(items)})", indent=RULE))
        for u in items:
            out += _unlinked_lines(u, labels)
    return out


def rich_lines(lines: list[Line]) -> list:
    """The lines as Rich renderables: text wrapped by the Chinese rule (cjkwrap), padding kept."""
    from rich.padding import Padding
    from rich.rule import Rule

    from .cjkwrap import CJKText

    out: list = []
    for indent, style, spans in lines:
        if indent == RULE:
            out.append(Rule(spans[0][0], align="left"))
            continue
        text = CJKText(style=style)
        for piece, piece_style in spans:
            text.append(piece, style=piece_style or None)
        out.append(Padding(text, (0, 0, 0, indent), expand=False) if indent else text)
    return out


def plain_lines(lines: list[Line], width: int) -> str:
    """The lines as plain text, each whole: what Rich prints without colour and without wrapping."""
    out = []
    for indent, _style, spans in lines:
        text = "".join(piece for piece, _ in spans).translate(_CONTROL)
        if indent == RULE:
            out.append(f"{text} " + "─" * max(width - _cells(text) - 1, 0))
        else:
            out += [" " * indent + part for part in text.split("\n")]
    return "".join(line.rstrip(" \t") + "\n" for line in out)


# Removed as Rich removes them (BEL, BS, VT, FF, CR), and ESC: a list's text never moves the cursor.
_CONTROL = dict.fromkeys((7, 8, 11, 12, 13, 27))


def _cells(text: str) -> int:
    """Terminal cells of a rule's title: two for a wide (Chinese) character."""
    from unicodedata import east_asian_width

    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def plan_renderables(c: Comparison, options: RenderOptions) -> list:
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    from .cjkwrap import CJKText

    labels = side_labels(c, options.labels)
    out: list = [*_notice(reconstructed(c.base)), Text(
        f"{labels[0]} → {labels[1]} (plan): {c.counts.get('covered', 0)} of {len(c.base.items)} baseline services "
        f"covered, {c.counts.get('dropped', 0)} missing, "
        + (f"{c.counts['referenced']} named without a commitment, " if c.counts.get("referenced") else "")
        + f"{c.counts.get('added', 0)} measures beyond the baseline",
        style="bold")]
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right")
    table.add_column("baseline service", ratio=1, overflow="fold")
    table.add_column("measure", justify="right")
    table.add_column("evidence", ratio=3, overflow="fold")
    named = {u.item.index: u for u in c.dropped if u.fate is Fate.REFERENCED and u.related is not None}
    for b, link in c.baseline_rows():
        if link is None and b.index in named:
            u = named[b.index]
            table.add_row(str(b.seq), Text(b.service, style="yellow"), f"({u.related.seq})",
                          CJKText(f"{CellState.REFERENCED.mark} {CellState.REFERENCED.label}：{u.quote}"))
            continue
        if link is None:
            table.add_row(str(b.seq), Text(b.service, style="red"), "", Text(CellState.MISSING.label, style="bold red"))
            continue
        first = link.evidence[0] if link.evidence else None
        more = f" +{len(link.evidence) - 1}" if len(link.evidence) > 1 else ""
        score = f"{first.score:.2f}" if first and first.score is not None else f"{link.score:.2f}"
        doubt = " ?" if link.uncertain else ""
        text = CJKText(first.text if first else link.other.content)
        if first:
            text.highlight_words(list(first.terms), style="bold yellow" if options.color else "")
        table.add_row(str(b.seq), b.service, f"({(first.other if first else link.other).seq}){more}{doubt}\n{score}",
                      text)
    out.append(table)
    if c.added:
        out.append(Rule("measures beyond the baseline", align="left"))
        out.extend(Text(f"+ ({u.item.seq}) {u.item.service}", style="green") for u in c.added)
    return out


@register(Comparison, "text")
def comparison(c: Comparison, options: RenderOptions) -> str:
    if c.is_plan:
        return _render(plan_renderables(c, options), options)
    lines = diff_lines(c, options)
    if options.color or options.terminal:
        return _render(rich_lines(lines), options)
    return plain_lines(lines, max(options.width, 20))


# ---------------------------------------------------------------- coverage


def _mark(cell):
    from rich.text import Text

    return Text(cell_mark(cell), style=STATE_STYLE[cell.state])


def coverage_table(m: CoverageMatrix, width: int):
    """Baseline services as rows and regions as columns headed by their Chinese names; when the
    regions do not fit the width, transposed: one row per region, services as numbered columns."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    regions, base = m.regions, m.baseline
    if 30 + sum(max(cell_len(r.name), 3) + 3 for r in regions) <= width:
        table = Table(title=f"Coverage of {base.id} ({len(base.items)} services)", title_justify="left")
        table.add_column("#", justify="right")
        table.add_column("service", overflow="fold")
        for r in regions:
            table.add_column(r.name, justify="center", no_wrap=True)
        table.add_column("n", justify="right")
        for i, b in enumerate(base.items):
            table.add_row(str(b.seq), short_name(b.service), *[_mark(r.cells[i]) for r in regions], str(m.carried[i]))
        table.add_section()
        table.add_row("", "coverage %", *[f"{100 * r.ratio:.0f}" for r in regions], "")
        table.add_row("", "added", *[str(len(r.added)) for r in regions], "")
        return table
    table = Table(title=f"Coverage of {base.id}; columns are baseline service numbers", title_justify="left",
                  box=box.SIMPLE_HEAD, padding=(0, 0))
    table.add_column("region", overflow="fold", min_width=8)
    for b in base.items:
        table.add_column(str(b.seq), justify="center", min_width=2)
    table.add_column("%", justify="right")
    table.add_column("+", justify="right")
    for r in regions:
        table.add_row(r.name, *[_mark(cell) for cell in r.cells], f"{100 * r.ratio:.0f}", str(len(r.added)))
    return table


@register(CoverageMatrix, "text")
def coverage(m: CoverageMatrix, options: RenderOptions) -> str:
    from rich.text import Text

    from .cjkwrap import CJKText

    out = [*_notice(m.reconstructed or reconstructed(m.baseline)), coverage_table(m, options.width),
           CJKText(legend(), style="dim")]
    out.extend(Text(f"skipped {s.path}: {s.problem}", style="yellow") for s in m.skipped)
    return _render(out, options)


# ---------------------------------------------------------------- check


@register(CheckReport, "text")
def check(report: CheckReport, options: RenderOptions) -> str:
    from rich.text import Text

    out: list = []
    for c in report.checks:
        for f in c.findings:
            line = Text(f"{f.severity.value.upper():7} ", style=SEVERITY_STYLE[f.severity])
            line.append(f"{where(f)}: {finding_message(f)}")
            out.append(line)
        verdict = "PASS" if c.passed else "FAIL"
        out.append(Text(f"{verdict} {c.list.path}: {c.errors} errors, {c.count(Severity.WARNING)} warnings, "
                        f"{c.count(Severity.NOTICE)} notices ({chain_words(c)})",
                        style="bold green" if c.passed else "bold red"))
    out.extend(Text(f"UNREADABLE {s.path}: {s.problem}", style="bold red") for s in report.unreadable)
    out.extend(_notice(report.reconstructed))
    # Piped or saved, a finding stays on one line: tools grep it, and its path is never split.
    return _render([Text("\n").join(out)] if out else [], options, wrap=options.terminal)


# ---------------------------------------------------------------- parse, sources


@register(PolicyList, "text")
def policy_list(lst: PolicyList, options: RenderOptions) -> str:
    from rich.table import Table
    from rich.text import Text

    from .cjkwrap import CJKText

    table = Table(title=f"{lst.title} ({lst.id}, {lst.kind}, {len(lst.items)} items)", title_justify="left",
                  show_lines=True)
    for column, ratio in (("#", None), ("domain", 1), ("target", 2), ("service", 2), ("content", 5),
                          ("departments", 2)):
        table.add_column(column, ratio=ratio, overflow="fold")
    for it in lst.items:
        table.add_row(str(it.seq), it.domain, CJKText(it.target), CJKText(it.service), CJKText(it.content),
                      CJKText("、".join(it.departments)))
    notes = [Text(f"note: {note}", style="dim") for note in lst.notes]
    return _render([*_notice(reconstructed(lst)), table, *notes], options)


@register(SourceListing, "text")
def sources(listing: SourceListing, options: RenderOptions) -> str:
    from rich.table import Table

    table = Table(title="polcmp sources", title_justify="left", caption=f"{listing.folder}", caption_justify="left")
    for column in ("id", "name", "level", "kind", "items", "title", "date"):
        table.add_column(column, overflow="fold")
    for s in listing.rows:
        title = s.title + (f"（{RECONSTRUCTED}）" if s.reconstructed else "")
        table.add_row(s.id, s.name, s.level, s.kind, "?" if s.items is None else str(s.items), title, s.date)
    return _render([table, *source_tree(listing)], options)


def source_tree(listing: SourceListing) -> list:
    """The hierarchy under the table: one line per source, indented under its parent."""
    from rich.text import Text

    tree = listing.tree()
    if not tree:
        return []
    lines = ["hierarchy (parent → children):"]
    lines += [f"{'  ' * (depth + 1)}{r.id} {r.name}" + (f" {r.edition}" if r.edition else "") for depth, r in tree]
    return [Text("\n".join(lines))]
