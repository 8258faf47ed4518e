"""Terminal output (Rich) of the tables: the coverage matrix, a check report, a parsed list and the
registry's sources. The diff's own renderers, and what both share (_render, _notice, the styles), are in
render/text.py."""

from __future__ import annotations

from dataclasses import replace

from ..model import PolicyList
from ..results import CheckReport, CoverageMatrix, CoverageSummary, Severity, SourceListing, tally
from . import RenderOptions, register, render
from .common import cell_mark, finding_message, legend, reconstructed, short_name, verdict_line, where
from .text import SEVERITY_STYLE, STATE_STYLE, _notice, _render

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

    from .cjkwrap import CJKText  # a rich Text: rich loads with the first terminal output

    out = [*_notice(m.reconstructed or reconstructed(m.baseline), options)]
    if len(m.regions) > 1:  # the question asked first, above the matrix: how many lists carry each service
        plain = replace(m, reconstructed=False, baseline=replace(m.baseline, reconstructed=False))
        out.append(Text(render(CoverageSummary(plain, tally(m)), "text", options).rstrip("\n")))
    out.append(coverage_table(m, options.width, options))
    key = CJKText(legend(options.lang), style="dim")
    skipped = [Text(options.say("skipped", path=s.path, problem=s.problem), style="yellow") for s in m.skipped]
    if options.terminal or options.color:
        return _render([*out, key, *skipped], options)
    # piped or saved: the layout is chosen for the width, but no cell is folded (a region named by its
    # file keeps its name on one line, for grep) and no record wrapped; the legend is prose, wrapped
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

    from .cjkwrap import CJKText  # a rich Text: rich loads with the first terminal output

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
