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
    PlanComparison,
    Severity,
    SourceListing,
    Status,
    Unlinked,
)
from . import RenderOptions, register
from .common import (
    cell_mark,
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
    verdict_line,
    where,
)
from .labels import term

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


def _notice(flag: bool, options: RenderOptions):
    from rich.text import Text

    return [Text(_note(options), style="bold yellow")] if flag else []


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


def _clause_lines(clause: ClauseDiff, color: bool, options: RenderOptions, reference: str = "") -> list[Line]:
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
    note = level_note(clause.level, clause.level_reasons, options.lang, reference)
    if note:
        out.append(_line(note, "magenta" if color else "", indent=4))
    return out


def _change_lines(link: Link, options: RenderOptions) -> list[Line]:
    out = []
    colon = ": " if options.lang == "en" else "："
    for change in link.changes:
        if change.kind is Status.TARGET:
            scope = f"（{'、'.join(change.added)}）" if change.added else ""
            out.append(_line(f"  {options.say('field-target')}{scope}{colon}{change.base or '—'} → {change.other or '—'}"))
        elif change.kind is Status.DEPARTMENTS:
            moved = "  ".join([*(f"+{f}" for f in change.added), *(f"-{f}" for f in change.removed)])
            out.append(_line(f"  {options.say('field-departments')}{colon}{moved}   （{change.base} → {change.other}）"))
        elif change.kind is Status.MOVED:
            out.append(_line(f"  {options.say('field-domain')}{colon}{change.base} → {change.other}"))
    return out


def _link_lines(link: Link, color: bool, options: RenderOptions, reference: str = "") -> list[Line]:
    spans: list[Span] = [(link.base.service, "")]
    if link.other.service != link.base.service:
        spans += [(" → ", ""), (link.other.service, "yellow")]
    how = term(link.matched_by, options.lang) + (f"：{link.reason}" if link.reason else "")
    spans.append((f"  （{options.say('pair-score', score=f'{link.score:.2f}', how=how)}）", "dim"))
    if link.uncertain:
        confidence = options.say("confidence", confidence=f"{link.confidence:.2f}")
        spans.append((f"  ? {term(CellState.UNCERTAIN, options.lang)}（{confidence}）", "magenta"))
    out = [_line(f"{link.base.seq} → {link.other.seq}  ", "bold", spans=tuple(spans))]
    note = level_note(link.level, link.level_reasons, options.lang, reference)
    if note:
        out.append(_line("  " + note, "magenta"))
    out += _change_lines(link, options)
    if link.status in (Status.REWORDED, Status.PUNCTUATION) or any(
            x.status is not ClauseStatus.KEPT for x in link.clauses):
        for clause in link.clauses:
            out.extend(_clause_lines(clause, color, options, reference))
    return out


def _unlinked_lines(u: Unlinked, labels: tuple[str, str], options: RenderOptions) -> list[Line]:
    doubt = f"  ? {term(CellState.UNCERTAIN, options.lang)}" if u.uncertain else ""
    if u.fate is Fate.SPLIT:
        line = options.say("carved-out", item=f"{labels[1]} {item_name(u.item)}", base=f"{labels[0]} {item_name(u.related)}")
        return [_line(line + doubt, "cyan"), _line(f"  {u.item.content}")]
    if u.fate is Fate.MERGED:
        line = options.say("folded-into", item=f"{labels[0]} {item_name(u.item)}",
                           other=f"{labels[1]} {item_name(u.related)}")
        return [_line(line + doubt, "cyan")]
    sign, style, side = ("+", "green", 0) if u.fate is Fate.ADDED else ("-", "red", 1)
    nearest = (f"  （{options.say('nearest', item=f'{labels[side]} {item_name(u.related)}', score=f'{u.score:.2f}')}）"
               if u.related else "")
    return [_line(f"{sign} {item_name(u.item)}{nearest}{doubt}", style), _line(f"  {u.item.content}")]


def diff_lines(c: Comparison, options: RenderOptions) -> list[Line]:
    labels = side_labels(c, options.labels)
    out = [_line(_note(options), "bold yellow")] if reconstructed(c.base) else []
    out.append(_line(summary_line(c, labels, options.lang), "bold"))
    if any(link.clauses for link in c.links):
        marks = "" if options.color else "  [-删除-] {+新增+}"
        out.append(_line(options.say("clauses-legend", base=labels[0], other=labels[1]) + marks, "dim"))
    for status, links in links_in_order(c):
        out.append(_line(f"{term(status, options.lang)}（{len(links)}）", indent=RULE))
        for link in links:
            out += _link_lines(link, options.color, options, c.reference)
    for fate, items in unlinked_in_order(c):
        out.append(_line(f"{term(fate, options.lang)}（{len(items)}）", indent=RULE))
        for u in items:
            out += _unlinked_lines(u, labels, options)
    return out


def _note(options: RenderOptions) -> str:
    return options.say("note", text=options.say("reconstructed"))


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


    labels = side_labels(c, options.labels)
    out: list = [*_notice(reconstructed(c.base), options), Text(
        options.say("plan-summary", base=labels[0], other=labels[1], covered=c.counts.get("covered", 0),
                    total=len(c.base.items), missing=c.counts.get("dropped", 0),
                    referenced=(options.say("plan-referenced", n=c.counts["referenced"])
                                if c.counts.get("referenced") else ""),
                    beyond=c.counts.get("added", 0)),
        style="bold")]
    table = Table(show_lines=True, expand=True)
    head = options.say("plan-head").split("|")
    table.add_column(head[0], justify="right")
    table.add_column(head[1], ratio=1, overflow="fold")
    table.add_column(head[2], justify="right")
    table.add_column(head[3], ratio=3, overflow="fold")
    named = {u.item.index: u for u in c.dropped if u.fate is Fate.REFERENCED and u.related is not None}
    for b, link in c.baseline_rows():
        table.add_row(*_plan_cells(b, link, named.get(b.index), options))
    out.append(table)
    if c.added:
        out.append(Rule(options.say("plan-beyond"), align="left"))
        out.extend(Text(f"+ ({u.item.seq}) {u.item.service}", style="green") for u in c.added)
    return out


def _plan_cells(b, link, named, options: RenderOptions) -> tuple:
    """A baseline service's row: the measure that commits to it (its words, matched terms highlighted, and
    its score), the measure that only names it, or 缺失."""
    from rich.text import Text

    from .cjkwrap import CJKText

    if link is None and named is not None:
        return (str(b.seq), Text(b.service, style="yellow"), f"({named.related.seq})",
                CJKText(f"{CellState.REFERENCED.mark} {term(CellState.REFERENCED, options.lang)}：{named.quote}"))
    if link is None:
        return str(b.seq), Text(b.service, style="red"), "", Text(term(CellState.MISSING, options.lang), style="bold red")
    first = link.evidence[0] if link.evidence else None
    more = f" +{len(link.evidence) - 1}" if len(link.evidence) > 1 else ""
    score = f"{first.score:.2f}" if first and first.score is not None else f"{link.score:.2f}"
    doubt = " ?" if link.uncertain else ""
    text = CJKText(first.text if first else link.other.content)
    if first:
        text.highlight_words(list(first.terms), style="bold yellow" if options.color else "")
    return str(b.seq), b.service, f"({(first.other if first else link.other).seq}){more}{doubt}\n{score}", text


@register(PlanComparison, "text")
def plan_comparison(c: PlanComparison, options: RenderOptions) -> str:
    return _render(plan_renderables(c, options), options)


@register(Comparison, "text")
def comparison(c: Comparison, options: RenderOptions) -> str:
    lines = diff_lines(c, options)
    if options.color or options.terminal:
        return _render(rich_lines(lines), options)
    return plain_lines(lines, max(options.width, 20))


# ---------------------------------------------------------------- coverage


def _mark(cell):
    from rich.text import Text

    return Text(cell_mark(cell), style=STATE_STYLE[cell.state])


_UNFOLDED = 10_000  # the console width for piped coverage: wide enough that Rich folds nothing


def coverage_table(m: CoverageMatrix, width: int, options: RenderOptions | None = None):
    """Baseline services as rows and regions as columns headed by their Chinese names; when the
    regions do not fit the width, transposed: one row per region, services as numbered columns."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    say = (options or RenderOptions()).say
    regions, base = m.regions, m.baseline
    if 30 + sum(max(cell_len(r.name), 3) + 3 for r in regions) <= width:
        table = Table(title=say("coverage-services", title=base.id, n=len(base.items)), title_justify="left")
        table.add_column(say("col-seq"), justify="right")
        table.add_column(say("col-service"), overflow="fold")
        for r in regions:
            table.add_column(r.name, justify="center", no_wrap=True)
        table.add_column("n", justify="right")
        for i, b in enumerate(base.items):
            table.add_row(str(b.seq), short_name(b.service), *[_mark(r.cells[i]) for r in regions], str(m.carried[i]))
        table.add_section()
        table.add_row("", say("row-coverage"), *[f"{100 * r.ratio:.0f}" for r in regions], "")
        table.add_row("", say("row-added"), *[str(len(r.added)) for r in regions], "")
        return table
    table = Table(title=say("coverage-columns", title=base.id), title_justify="left",
                  box=box.SIMPLE_HEAD, padding=(0, 0))
    table.add_column(say("col-region"), overflow="fold", min_width=8)
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

    out = [*_notice(m.reconstructed or reconstructed(m.baseline), options)]
    if len(m.regions) > 1:  # the question asked first, above the matrix: how many lists carry each service
        from dataclasses import replace

        from ..results import CoverageSummary, tally
        from .summary import text as summary_text

        plain = replace(m, reconstructed=False, baseline=replace(m.baseline, reconstructed=False))
        out.append(Text(summary_text(CoverageSummary(plain, tally(m)), options).rstrip("\n")))
    out.append(coverage_table(m, options.width, options))
    key = CJKText(legend(options.lang), style="dim")
    skipped = [Text(options.say("skipped", path=s.path, problem=s.problem), style="yellow") for s in m.skipped]
    if options.terminal or options.color:
        return _render([*out, key, *skipped], options)
    # piped or saved: the layout is chosen for the width, but no cell is folded (a region named by its
    # file keeps its name on one line, for grep) and no record wrapped; the legend is prose, wrapped
    from dataclasses import replace

    wide = replace(options, width=_UNFOLDED)
    return _render(out, wide, wrap=False) + _render([key], options) + (_render(skipped, wide, wrap=False)
                                                                        if skipped else "")


# ---------------------------------------------------------------- check


def _severity(severity: Severity, lang: str) -> str:
    """`ERROR  ` / `错误` padded so the findings' paths line up."""
    return f"{severity.value.upper():7}" if lang == "en" else f"{severity.label:2}"


@register(CheckReport, "text")
def check(report: CheckReport, options: RenderOptions) -> str:
    from rich.text import Text

    out: list = []
    for c in report.checks:
        for f in c.findings:
            line = Text(f"{_severity(f.severity, options.lang)} ", style=SEVERITY_STYLE[f.severity])
            line.append(f"{where(f, options.lang)}: {finding_message(f, options.lang)}")
            out.append(line)
        out.append(Text(verdict_line(c, options), style="bold green" if c.passed else "bold red"))
    unreadable = options.say("check-unreadable")
    out.extend(Text(f"{unreadable} {s.path}: {s.problem}", style="bold red") for s in report.unreadable)
    out.extend(_notice(report.reconstructed, options))
    # Piped or saved, a finding stays on one line: tools grep it, and its path is never split.
    return _render([Text("\n").join(out)] if out else [], options, wrap=options.terminal)


# ---------------------------------------------------------------- parse, sources


@register(PolicyList, "text")
def policy_list(lst: PolicyList, options: RenderOptions) -> str:
    from rich.table import Table
    from rich.text import Text

    from .cjkwrap import CJKText

    about = options.say("list-about", id=lst.id, kind=options.say(f"kind:{lst.kind}"), n=len(lst.items))
    table = Table(title=f"{lst.title} ({about})" if options.lang == "en" else f"{lst.title}（{about}）",
                  title_justify="left", show_lines=True)
    for column, ratio in (("col-seq", None), ("field-domain", 1), ("field-target", 2), ("field-service", 2),
                          ("field-content", 5), ("field-departments", 2)):
        table.add_column(options.say(column), ratio=ratio, overflow="fold")
    for it in lst.items:
        table.add_row(str(it.seq), it.domain, CJKText(it.target), CJKText(it.service), CJKText(it.content),
                      CJKText("、".join(it.departments)))
    notes = [Text(options.say("note", text=note), style="dim") for note in lst.notes]
    return _render([*_notice(reconstructed(lst), options), table, *notes], options)


@register(SourceListing, "text")
def sources(listing: SourceListing, options: RenderOptions) -> str:
    from rich.table import Table

    table = Table(title="polcmp sources", title_justify="left", caption=f"{listing.folder}", caption_justify="left")
    for column in options.say("sources-head").split("|"):
        table.add_column(column, overflow="fold")
    for s in listing.rows:
        title = s.title + (f"（{options.say('reconstructed')}）" if s.reconstructed else "")
        table.add_row(s.id, s.name, s.level, s.kind, "?" if s.items is None else str(s.items), title, s.date)
    return _render([table, *source_tree(listing, options)], options)


def source_tree(listing: SourceListing, options: RenderOptions | None = None) -> list:
    """The hierarchy under the table: one line per source, indented under its parent."""
    from rich.text import Text

    tree = listing.tree()
    if not tree:
        return []
    lines = [(options or RenderOptions()).say("sources-tree")]
    lines += [f"{'  ' * (depth + 1)}{r.id} {r.name}" + (f" {r.edition}" if r.edition else "") for depth, r in tree]
    return [Text("\n".join(lines))]
