"""Word 对照表 (python-docx, imported here only): for a diff, one table 基准条款 | 本地条款 | 变化 with a
header row per pair; deletions struck in red, insertions underlined (and green), level reasons beside
the clause. For a report, the coverage matrix first, then one section (new page) per region."""

from __future__ import annotations

import io

from ..results import CellState, ClauseDiff, Comparison, CoverageMatrix, Fate, Link
from . import RenderOptions, register
from .common import (
    GENERATOR,
    RECONSTRUCTED,
    cell_mark,
    clause_segments,
    legend_marks,
    level_note,
    reconstructed,
    side_labels,
)

RED, GREEN, GREY = "B71C1C", "1B5E20", "595959"
FILLS = {CellState.IDENTICAL: ("1B5E20", "FFFFFF"), CellState.REWORDED: ("FFD54F", "212121"),
         CellState.SPLIT: ("0D47A1", "FFFFFF"), CellState.UNCERTAIN: ("6A1B9A", "FFFFFF"),
         CellState.REFERENCED: ("455A64", "FFFFFF"), CellState.MISSING: ("B71C1C", "FFFFFF")}


def _runs(paragraph, clause: ClauseDiff, side: str) -> None:
    from docx.shared import RGBColor

    for text, kind in clause_segments(clause, side):
        run = paragraph.add_run(text)
        if kind == "deleted":
            run.font.strike = True
            run.font.color.rgb = RGBColor.from_string(RED)
        elif kind == "inserted":
            run.font.underline = True
            run.font.color.rgb = RGBColor.from_string(GREEN)
        elif kind in ("kept", "absent"):
            run.font.color.rgb = RGBColor.from_string(GREY)


def _shade(cell, fill: str, color: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)
    for p in cell.paragraphs:
        for run in p.runs:
            run.font.color.rgb = RGBColor.from_string(color)
            run.font.bold = True


def _header_row(table, text: str, note: str = "") -> None:
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[2])
    merged.paragraphs[0].add_run(text).bold = True
    _shade(merged, "EEEEEE", "212121")
    if note:  # the pair's level, once under its heading (as in the HTML), not repeated on every clause
        merged.add_paragraph().add_run(note)


def _link_rows(table, link: Link) -> None:
    doubt = f" · ? 待核实（置信度 {link.confidence:.2f}）" if link.uncertain else ""
    name = link.base.service + (f" → {link.other.service}" if link.other.service != link.base.service else "")
    note = level_note(link.level, link.level_reasons)
    by_clause = link.clauses and not link.evidence
    _header_row(table, f"{link.base.seq} → {link.other.seq} {name} · {link.status.label} · "
                       f"{link.score:.2f} · {link.matched_by.label}{doubt}", note if by_clause else "")
    if link.evidence or not link.clauses:
        cells = table.add_row().cells
        cells[0].text = link.base.content
        cells[1].text = "；".join(e.text for e in link.evidence) or link.other.content
        cells[2].text = "　".join(x for x in (link.status.label, note) if x)
        return
    for clause in link.clauses:
        cells = table.add_row().cells
        _runs(cells[0].paragraphs[0], clause, "base")
        _runs(cells[1].paragraphs[0], clause, "other")
        cells[2].text = "　".join(x for x in (clause.status.label, level_note(clause.level, clause.level_reasons)) if x)


def _unlinked_rows(table, c: Comparison) -> None:
    from docx.shared import RGBColor

    for fate in Fate:
        items = [u for u in (*c.added, *c.dropped) if u.fate is fate]
        if not items:
            continue
        _header_row(table, f"{fate.label}（{len(items)}）")
        for u in items:
            cells = table.add_row().cells
            base_side = fate in (Fate.DROPPED, Fate.MERGED)
            run = cells[0 if base_side else 1].paragraphs[0].add_run(f"{u.item.seq} {u.item.service}：{u.item.content}")
            if base_side:
                run.font.strike = fate is Fate.DROPPED
                run.font.color.rgb = RGBColor.from_string(RED)
            else:
                run.font.underline = True
                run.font.color.rgb = RGBColor.from_string(GREEN)
            related = f"（{u.related.seq} {u.related.service}）" if u.related else ""
            cells[2].text = fate.label + related + ("　? 待核实" if u.uncertain else "")


def _comparison(doc, c: Comparison, options: RenderOptions) -> None:
    labels = side_labels(c, options.labels)
    doc.add_paragraph(f"{labels[0]}：{c.base.title}\n{labels[1]}：{c.other.title}")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, (f"基准条款（{labels[0]}）", f"本地条款（{labels[1]}）", "变化"),
                          strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for link in c.links:
        _link_rows(table, link)
    _unlinked_rows(table, c)


def _notice(doc, flag: bool) -> None:
    if flag:
        from docx.shared import RGBColor

        run = doc.add_paragraph().add_run(f"注意：{RECONSTRUCTED}")
        run.bold = True
        run.font.color.rgb = RGBColor.from_string("7A4F01")


def _new_document(title: str):
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")  # Chinese text in 宋体 in Word and WPS
    doc.add_heading(title, level=1)
    return doc


def _save(doc) -> bytes:
    doc.core_properties.author = GENERATOR  # how `-o` knows its own document when asked to write it again
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


@register(Comparison, "docx")
def comparison(c: Comparison, options: RenderOptions) -> bytes:
    doc = _new_document(options.title or f"{c.base.title} → {c.other.title} 对照表")
    _notice(doc, reconstructed(c.base))
    _comparison(doc, c, options)
    return _save(doc)


def _matrix(doc, m: CoverageMatrix) -> None:

    regions = m.regions
    table = doc.add_table(rows=1, cols=3 + len(regions))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, ("序号", "基准服务项目", *(r.name for r in regions), "地区数"),
                          strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for i, b in enumerate(m.baseline.items):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[-1].text = str(b.seq), b.service, str(m.carried[i])
        for j, r in enumerate(regions):
            cells[2 + j].text = cell_mark(r.cells[i])
            _shade(cells[2 + j], *FILLS[r.cells[i].state])
    cells = table.add_row().cells
    cells[1].text = "覆盖率"
    for j, r in enumerate(regions):
        cells[2 + j].text = f"{100 * r.ratio:.0f}%"
    _column_widths(table, len(regions))
    doc.add_paragraph("图例：" + "　".join(legend_marks()))


def _column_widths(table, regions: int) -> None:
    """The service name keeps 5 cm so it is read as words, not two characters a line; the regions share
    the rest of a 16 cm text width (at least 0.9 cm each)."""
    from docx.shared import Cm

    region = max(0.9, (16.0 - 1.1 - 5.0 - 1.4) / max(regions, 1))
    widths = [Cm(1.1), Cm(5.0), *[Cm(region)] * regions, Cm(1.4)]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the table grid: what LibreOffice reads
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width  # each cell: what Word reads


@register(CoverageMatrix, "docx")
def report(m: CoverageMatrix, options: RenderOptions) -> bytes:
    from docx.enum.section import WD_SECTION

    doc = _new_document(options.title or f"{m.baseline.title} · 各地清单对照")
    _notice(doc, m.reconstructed or reconstructed(m.baseline))
    doc.add_heading("覆盖矩阵", level=2)
    _matrix(doc, m)
    for r in m.regions:
        if r.comparison is None:
            continue
        doc.add_section(WD_SECTION.NEW_PAGE)
        doc.add_heading(f"{r.name} · {r.title}", level=2)
        _comparison(doc, r.comparison, options)
    return _save(doc)
