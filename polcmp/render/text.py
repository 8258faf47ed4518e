"""Terminal output (Rich), rendered to a string through a Console writing to a StringIO.

Colour and styles only when `options.color`; without them the word-level marks stay visible as
`[-删除-]{+新增+}` (as `git diff --word-diff=plain`). Long Chinese lines wrap without starting a line
with 。，；、） (cjkwrap). Unless `options.terminal`, no line ends in spaces."""

from __future__ import annotations

import io
import re

from ..regexcache import compiled
from ..results import (
    CellState,
    ClauseDiff,
    ClauseStatus,
    Comparison,
    Fate,
    Link,
    PlanComparison,
    Severity,
    Status,
    Unlinked,
)
from . import RenderOptions, register
from .common import (
    clause_segments,
    item_name,
    level_note,
    links_in_order,
    reconstructed,
    side_labels,
    summary_line,
    unlinked_in_order,
)
from .labels import term

STATE_STYLE = {CellState.IDENTICAL: "green", CellState.REWORDED: "yellow", CellState.SPLIT: "cyan",
               CellState.REFERENCED: "blue",
               CellState.UNCERTAIN: "magenta", CellState.MISSING: "bold red"}
SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTICE: "dim"}
_TRAILING = compiled(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


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

    from .cjkwrap import CJKText  # a rich Text: rich loads with the first terminal output

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

    from .cjkwrap import CJKText  # a rich Text: rich loads with the first terminal output

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
