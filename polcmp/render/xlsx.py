"""Excel workbooks (openpyxl, imported here only): the coverage matrix as a coloured sheet with a legend
and frozen headers, a sheet per region with its pairs and clause changes (deletions red and struck,
insertions underlined, as rich text), and the check findings. Text that starts like a formula is
stored as a string cell, never as a formula."""

from __future__ import annotations

import io
import re

from ..frozen import frozen
from ..results import (
    CellState,
    CheckReport,
    ClauseDiff,
    Comparison,
    CoverageMatrix,
    Fate,
    Level,
    Link,
    Severity,
    Status,
)
from . import RenderOptions, register
from .common import (
    GENERATOR,
    cell_mark,
    clause_segments,
    finding_message,
    legend_marks,
    level_note,
    reconstructed,
    side_labels,
    summary_line,
)
from .labels import columns, level_words, say, term

# (fill, font) per state: the same colours as the HTML report, each at WCAG AA contrast
STATE_COLORS = {CellState.IDENTICAL: ("1B5E20", "FFFFFF"), CellState.REWORDED: ("FFD54F", "212121"),
                CellState.SPLIT: ("0D47A1", "FFFFFF"), CellState.UNCERTAIN: ("6A1B9A", "FFFFFF"),
                CellState.REFERENCED: ("455A64", "FFFFFF"), CellState.MISSING: ("B71C1C", "FFFFFF")}
SEVERITY_COLORS = {Severity.ERROR: ("B71C1C", "FFFFFF"), Severity.WARNING: ("FFD54F", "212121"),
                   Severity.NOTICE: ("E0E0E0", "212121")}


@frozen
class CellStyle:
    """How a cell looks: bold, coloured (fill, text) as a centred badge, wrapped."""

    bold: bool = False
    colors: tuple[str, str] | None = None
    wrap: bool = True


PLAIN = CellStyle()
BOLD = CellStyle(bold=True)
HEADING = CellStyle(bold=True, wrap=False)


def put_cell(ws, row: int, col: int, value, style: CellStyle = PLAIN):
    from openpyxl.styles import Alignment, Font, PatternFill

    bold, colors, wrap = style.bold, style.colors, style.wrap

    c = ws.cell(row=row, column=col)
    c.value = value
    if isinstance(value, str):
        c.data_type = "s"  # "=…" stays text: never a formula
    c.alignment = Alignment(wrap_text=wrap, vertical="top")
    if colors:
        c.fill = PatternFill("solid", fgColor=colors[0])
        c.font = Font(color=colors[1], bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center")
    elif bold:
        c.font = Font(bold=True)
    return c


def _sheet_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "_", name)[:28] or "sheet"
    out, n = base, 2
    while out in taken:
        out, n = f"{base}{n}", n + 1
    taken.add(out)
    return out


def _rich(clause: ClauseDiff, side: str):
    """One side of a clause as rich text: deletions red and struck, insertions green and underlined."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    fonts = {"deleted": InlineFont(color="B71C1C", strike=True), "inserted": InlineFont(color="1B5E20", u="single")}
    parts = [TextBlock(fonts[kind], text) if kind in fonts else text for text, kind in clause_segments(clause, side)]
    return CellRichText(*parts) if any(not isinstance(p, str) for p in parts) else "".join(parts)


def _table_head(ws, row: int, names, last_row: int, height: float = 32) -> None:
    """A header row people can use: wrapped and tall enough for a region's name, a filter on every
    column, repeated at the top of every printed page."""
    from openpyxl.utils import get_column_letter

    for col, name in enumerate(names, 1):
        put_cell(ws, row, col, name, BOLD)
    ws.row_dimensions[row].height = height
    ws.auto_filter.ref = f"A{row}:{get_column_letter(len(names))}{max(last_row, row)}"
    ws.print_title_rows = f"{row}:{row}"


def _caveat(ws, flag: bool, lang: str) -> int:
    """The reconstructed-baseline caveat in the first row, where a reader starts; the next free row."""
    if flag:
        put_cell(ws, 1, 1, say(lang, "note", text=say(lang, "reconstructed")), HEADING)
        return 2
    return 1


def _link_rows(link: Link, lang: str, reference: str = "") -> list[list]:
    head = [link.base.seq, link.base.service, link.other.seq, link.other.service, term(link.status, lang),
            round(link.score, 3), term(link.matched_by, lang), "?" if link.uncertain else ""]
    if not link.clauses:
        evidence = "；".join(e.text for e in link.evidence)  # the plan's own words
        note = level_note(link.level, link.level_reasons, lang, reference)
        return [[*head, "", link.base.content, evidence or link.other.content, note]]
    rows = []
    for i, clause in enumerate(link.clauses):
        note = level_note(clause.level, clause.level_reasons, lang, reference)
        if i == 0 and not note:
            note = level_note(link.level, link.level_reasons, lang, reference)
        rows.append([*(head if i == 0 else [""] * len(head)), f"{clause.status.mark} {term(clause.status, lang)}".strip(),
                     _rich(clause, "base"), _rich(clause, "other"), note])
    return rows


def _comparison_sheet(ws, c: Comparison, options: RenderOptions) -> None:
    from openpyxl.utils import get_column_letter

    lang = options.lang
    row = _caveat(ws, reconstructed(c.base), lang)
    put_cell(ws, row, 1, _sides(c, options), HEADING)
    row += 1
    head_row = row
    ws.freeze_panes = ws.cell(row=row + 1, column=3)
    rows = [r for link in c.links for r in _link_rows(link, lang, c.reference)]
    for u in (*c.dropped, *c.added):
        related = u.related.seq if u.related else ""
        dropped = u.fate in (Fate.DROPPED, Fate.MERGED)
        base_side = [u.item.seq, u.item.service, related, ""] if dropped else [related, "", u.item.seq, u.item.service]
        rows.append([*base_side, term(u.fate, lang), round(u.score, 3), "", "?" if u.uncertain else "", u.fate.mark,
                     u.item.content if u.fate in (Fate.DROPPED, Fate.MERGED) else "",
                     u.item.content if u.fate in (Fate.ADDED, Fate.SPLIT) else "", ""])
    for values in rows:
        row += 1
        for col, value in enumerate(values, 1):
            put_cell(ws, row, col, value)
    _table_head(ws, head_row, columns(lang, "xlsx-pair-head"), row, height=18)
    for col, width in enumerate((6, 16, 6, 16, 10, 6, 10, 6, 8, 50, 50, 24), 1):
        ws.column_dimensions[get_column_letter(col)].width = width


def _matrix_sheet(ws, m: CoverageMatrix, lang: str) -> None:
    from openpyxl.utils import get_column_letter

    first = _caveat(ws, m.reconstructed or reconstructed(m.baseline), lang)
    put_cell(ws, first, 1, say(lang, "matrix-of", title=m.baseline.title), HEADING)
    top = first + 1
    head = [say(lang, "col-seq"), say(lang, "col-base-service"), *(r.name for r in m.regions), say(lang, "col-regions")]
    _table_head(ws, top, head, top + len(m.baseline.items),
                height=16 * max(1, max((len(r.name) for r in m.regions), default=1) // 4 + 1))
    for i, b in enumerate(m.baseline.items):
        row = top + 1 + i
        put_cell(ws, row, 1, b.seq)
        put_cell(ws, row, 2, b.service)
        for j, r in enumerate(m.regions):
            cell = r.cells[i]
            put = put_cell(ws, row, 3 + j, cell_mark(cell), CellStyle(colors=STATE_COLORS[cell.state]))
            if cell.level_reasons:  # why ▼ ▲ ◆, on hover
                from openpyxl.comments import Comment

                put.comment = Comment(level_note(cell.level, cell.level_reasons, lang), "polcmp")  # against the baseline
        put_cell(ws, row, 3 + len(m.regions), m.carried[i])
    row = top + 1 + len(m.baseline.items)
    put_cell(ws, row, 2, say(lang, "row-coverage-rate"), BOLD)
    put_cell(ws, row + 1, 2, say(lang, "row-added"), BOLD)
    for j, r in enumerate(m.regions):
        put_cell(ws, row, 3 + j, round(r.ratio, 4)).number_format = "0%"
        put_cell(ws, row + 1, 3 + j, len(r.added))
    ws.freeze_panes = ws.cell(row=top + 1, column=3)
    legend = row + 3
    put_cell(ws, legend, 2, say(lang, "legend-heading"), BOLD)
    for k, state in enumerate(CellState, 1):
        put_cell(ws, legend + k, 1, state.mark, CellStyle(colors=STATE_COLORS[state]))
        put_cell(ws, legend + k, 2, term(state, lang))
    put_cell(ws, legend + len(CellState) + 1, 2, say(lang, "gap").join(legend_marks(lang)[len(CellState):]))
    ws.column_dimensions["B"].width = 30
    for j in range(len(m.regions) + 1):
        ws.column_dimensions[get_column_letter(3 + j)].width = 9


def _findings_sheet(ws, report: CheckReport, lang: str) -> None:
    row = _caveat(ws, report.reconstructed, lang)
    head_row = row
    ws.freeze_panes = ws.cell(row=row + 1, column=1)
    for c in report.checks:
        for f in c.findings:
            row += 1
            for col, value in enumerate((c.list.id, term(f.severity, lang), f.code, f.file, f.line, f.row,
                                         finding_message(f, lang)), 1):
                put_cell(ws, row, col, value, CellStyle(colors=SEVERITY_COLORS[f.severity] if col == 2 else None))
    for s in report.unreadable:
        row += 1
        for col, value in enumerate(("", term(Severity.ERROR, lang), "unreadable", s.path, None, None, s.problem), 1):
            put_cell(ws, row, col, value, CellStyle(colors=SEVERITY_COLORS[Severity.ERROR]) if col == 2 else PLAIN)
    _table_head(ws, head_row, columns(lang, "xlsx-check-head"), row, height=18)
    for col, width in zip("ABCDEFG", (12, 8, 16, 30, 6, 6, 80), strict=True):
        ws.column_dimensions[col].width = width


def save_workbook(wb) -> bytes:
    for ws in wb.worksheets:  # printed (or converted to PDF): A4 landscape, one page wide
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.properties.creator = GENERATOR  # how `-o` knows its own workbook when asked to write it again
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@register(CoverageMatrix, "xlsx")
def coverage(m: CoverageMatrix, options: RenderOptions) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = options.say("matrix-heading")
    taken = {ws.title}
    _matrix_sheet(ws, m, options.lang)
    for r in m.regions:
        if r.comparison is not None:
            _comparison_sheet(wb.create_sheet(_sheet_name(r.name, taken)), r.comparison, options)
    return save_workbook(wb)


@register(Comparison, "xlsx")
def comparison(c: Comparison, options: RenderOptions) -> bytes:
    """One sheet per view: 概览 (the summary and the counts), 配对 (a row per pair, addition and drop, with
    its level and reasons), 条款 (a row per clause, to filter the changed or weaker ones)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = options.say("sheet-overview")
    _overview_sheet(wb.active, c, options)
    _pairs_sheet(wb.create_sheet(options.say("sheet-pairs")), c, options.lang)
    _clauses_sheet(wb.create_sheet(options.say("sheet-clauses")), c, options.lang)
    return save_workbook(wb)


def _sides(c: Comparison, options: RenderOptions) -> str:
    """`national → tianjin：title → title`, the first line of a diff's sheet."""
    labels = side_labels(c, options.labels)
    return options.say("sides-titles", base=labels[0], other=labels[1], base_title=c.base.title,
                       other_title=c.other.title)


def _overview_sheet(ws, c: Comparison, options: RenderOptions) -> None:
    lang = options.lang
    row = _caveat(ws, reconstructed(c.base), lang)
    put_cell(ws, row, 1, _sides(c, options), HEADING)
    put_cell(ws, row + 1, 1, summary_line(c, side_labels(c, options.labels), lang), CellStyle(wrap=False))
    head_row = row + 3
    counts = [(term(m, lang) if not isinstance(m, Level) else level_words(m, lang, c.reference), c.counts.get(m.value, 0))
              for m in (*Status, *Fate, Level.WEAKER, Level.STRONGER, Level.MIXED) if c.counts.get(m.value)]
    for k, (label, n) in enumerate(counts, 1):
        put_cell(ws, head_row + k, 1, label)
        put_cell(ws, head_row + k, 2, n)
    _table_head(ws, head_row, columns(lang, "xlsx-count-head"), head_row + len(counts), height=18)
    ws.column_dimensions["A"].width = 16


def _pairs_sheet(ws, c: Comparison, lang: str) -> None:
    from openpyxl.utils import get_column_letter

    ws.freeze_panes = "C2"
    row = 1
    for link in c.links:
        row += 1
        note = level_note(link.level, link.level_reasons, lang, c.reference)
        values = (link.base.seq, link.base.service, link.other.seq, link.other.service, term(link.status, lang),
                  round(link.score, 3), term(link.matched_by, lang), "?" if link.uncertain else "",
                  level_words(link.level, lang, c.reference) if link.level is not Level.SAME else "", note)
        for col, value in enumerate(values, 1):
            put_cell(ws, row, col, value)
    for u in (*c.dropped, *c.added):
        row += 1
        related = u.related.seq if u.related else ""
        dropped = u.fate in (Fate.DROPPED, Fate.MERGED)
        sides = (u.item.seq, u.item.service, related, "") if dropped else (related, "", u.item.seq, u.item.service)
        for col, value in enumerate((*sides, term(u.fate, lang), round(u.score, 3), "", "?" if u.uncertain else "", "",
                                     u.item.content), 1):
            put_cell(ws, row, col, value)
    _table_head(ws, 1, columns(lang, "xlsx-pairs-head"), row, height=18)
    for col, width in enumerate((6, 18, 6, 18, 10, 6, 10, 6, 10, 60), 1):
        ws.column_dimensions[get_column_letter(col)].width = width


def _clauses_sheet(ws, c: Comparison, lang: str) -> None:
    from openpyxl.utils import get_column_letter

    ws.freeze_panes = "D2"
    row = 1
    for link in c.links:
        for clause in link.clauses:
            row += 1
            values = (link.base.seq, link.other.seq, link.base.service, term(clause.status, lang),
                      _rich(clause, "base"), _rich(clause, "other"),
                      level_note(clause.level, clause.level_reasons, lang, c.reference))
            for col, value in enumerate(values, 1):
                put_cell(ws, row, col, value)
    _table_head(ws, 1, columns(lang, "xlsx-clauses-head"), row, height=18)
    for col, width in enumerate((6, 6, 18, 8, 50, 50, 30), 1):
        ws.column_dimensions[get_column_letter(col)].width = width


@register(CheckReport, "xlsx")
def check(report: CheckReport, options: RenderOptions) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = options.say("sheet-check")
    _findings_sheet(wb.active, report, options.lang)
    taken = {wb.active.title}
    for c in report.checks:
        if c.coverage is not None and c.coverage.comparison is not None:
            _comparison_sheet(wb.create_sheet(_sheet_name(c.coverage.name, taken)), c.coverage.comparison, options)
    return save_workbook(wb)
