"""Word 对照表 (python-docx, imported here only), laid out as a 机关 files a document (GB/T 9704-2012): A4,
landscape for the wide tables, its margins, 仿宋 text, 黑体 headings, a 小标宋 title, page numbers
"— N —", header rows repeated on every page. For a diff, one table 基准条款 | 本地条款 | 说明 (or the two
regions' names when neither side is the baseline) with a header row per pair; deletions struck,
insertions underlined, so the marks read in black and white. For a report, the coverage matrix first
(symbols on light fills), then one section (new page) per region."""

from __future__ import annotations

import io

from ..results import CellState, ClauseDiff, Comparison, CoverageMatrix, Fate, Link
from . import RenderOptions, register
from .common import (
    GENERATOR,
    cell_mark,
    clause_segments,
    legend_marks,
    level_note,
    reconstructed,
    side_labels,
)
from .labels import say, term

RED, GREEN, GREY = "B71C1C", "1B5E20", "595959"
# (fill, text): light fills under dark symbols, so a cell reads on a greyscale printer by its mark
FILLS = {CellState.IDENTICAL: ("E8F5E9", "1B5E20"), CellState.REWORDED: ("FFF8E1", "5D4037"),
         CellState.SPLIT: ("E3F2FD", "0D47A1"), CellState.UNCERTAIN: ("F3E5F5", "4A148C"),
         CellState.REFERENCED: ("ECEFF1", "263238"), CellState.MISSING: ("FFEBEE", "B71C1C")}
# GB/T 9704: fonts named in the east-Asian slot, so Word and WPS use them where installed and fall back
BODY_FONT, HEADING_FONT, TITLE_FONT = "仿宋_GB2312", "黑体", "方正小标宋简体"
# margins in cm of an A4 page: 天头 3.7, 订口 2.8 (portrait); landscape turns them with the page
PORTRAIT_MARGINS = {"top": 3.7, "bottom": 3.5, "left": 2.8, "right": 2.6}
LANDSCAPE_MARGINS = {"top": 2.8, "bottom": 2.6, "left": 3.7, "right": 3.5}
TEXT_WIDTH_CM = 29.7 - 3.7 - 3.5


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


def _link_rows(table, link: Link, lang: str, reference: str = "") -> None:
    doubt = " · " + say(lang, "uncertain-confidence", confidence=f"{link.confidence:.2f}") if link.uncertain else ""
    name = link.base.service + (f" → {link.other.service}" if link.other.service != link.base.service else "")
    note = level_note(link.level, link.level_reasons, lang, reference)
    by_clause = link.clauses and not link.evidence
    _header_row(table, f"{link.base.seq} → {link.other.seq} {name} · {term(link.status, lang)} · "
                       f"{link.score:.2f} · {term(link.matched_by, lang)}{doubt}", note if by_clause else "")
    gap = say(lang, "gap")
    if link.evidence or not link.clauses:
        cells = table.add_row().cells
        cells[0].text = link.base.content
        cells[1].text = "；".join(e.text for e in link.evidence) or link.other.content  # the plan's own words
        cells[2].text = gap.join(x for x in (term(link.status, lang), note) if x)
        return
    for clause in link.clauses:
        cells = table.add_row().cells
        _runs(cells[0].paragraphs[0], clause, "base")
        _runs(cells[1].paragraphs[0], clause, "other")
        clause_note = level_note(clause.level, clause.level_reasons, lang, reference)
        cells[2].text = gap.join(x for x in (term(clause.status, lang), clause_note) if x)


def _unlinked_rows(table, c: Comparison, lang: str) -> None:
    from docx.shared import RGBColor

    for fate in Fate:
        items = [u for u in (*c.added, *c.dropped) if u.fate is fate]
        if not items:
            continue
        _header_row(table, say(lang, "count-heading", label=term(fate, lang), n=len(items)))
        for u in items:
            cells = table.add_row().cells
            base_side = fate in (Fate.DROPPED, Fate.MERGED)
            run = cells[0 if base_side else 1].paragraphs[0].add_run(
                say(lang, "item-content", item=f"{u.item.seq} {u.item.service}", content=u.item.content))
            if base_side:
                run.font.strike = fate is Fate.DROPPED
                run.font.color.rgb = RGBColor.from_string(RED)
            else:
                run.font.underline = True
                run.font.color.rgb = RGBColor.from_string(GREEN)
            related = say(lang, "paren", text=f"{u.related.seq} {u.related.service}") if u.related else ""
            doubt = say(lang, "gap") + say(lang, "uncertain-mark") if u.uncertain else ""
            cells[2].text = term(fate, lang) + related + doubt


def side_names(c: Comparison, options: RenderOptions) -> tuple[str, str]:
    """What each side is called in headings: `--label`, else the regions' names, else the ids."""
    if options.labels:
        return options.labels
    ids = side_labels(c, None)
    return c.names[0] or ids[0], c.names[1] or ids[1]


def column_heads(c: Comparison, options: RenderOptions) -> tuple[str, str, str]:
    """基准条款（全国）| 本地条款（天津市）| 说明, or 广西壮族自治区条款 | 天津市条款 | 说明 between two local
    lists: neither is then the baseline."""
    names, say_ = side_names(c, options), options.say
    if c.reference:
        return say_("docx-side-col", name=names[0]), say_("docx-side-col", name=names[1]), say_("col-notes")
    return say_("docx-base-col", name=names[0]), say_("docx-other-col", name=names[1]), say_("col-notes")


def title_lines(c: Comparison, options: RenderOptions) -> tuple[str, ...]:
    """The documents compared, each with its date or edition when known."""
    names = side_names(c, options)
    return tuple(options.say("doc-line", name=name, title=lst.title) + (options.say("paren", text=date) if date else "")
                 for name, lst, date in zip(names, (c.base, c.other), c.dates, strict=True))


def _comparison(doc, c: Comparison, options: RenderOptions) -> None:
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, column_heads(c, options), strict=True):
        _font(cell.paragraphs[0].add_run(text), HEADING_FONT, 12)
    for link in c.links:
        _link_rows(table, link, options.lang, c.reference)
    _unlinked_rows(table, c, options.lang)
    _repeat_header(table)


def _notice(doc, flag: bool, lang: str) -> None:
    if flag:
        from docx.shared import RGBColor

        run = doc.add_paragraph().add_run(say(lang, "note", text=say(lang, "reconstructed")))
        run.bold = True
        run.font.color.rgb = RGBColor.from_string("7A4F01")


def _font(target, east_asian: str, size: float | None = None, bold: bool | None = None) -> None:
    """Set a style's or run's font: Times New Roman for Latin text, `east_asian` for Chinese."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    target.font.name = "Times New Roman"
    r_pr = target.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = r_pr.makeelement(qn("w:rFonts"), {})
        r_pr.append(fonts)
    fonts.set(qn("w:eastAsia"), east_asian)
    if size is not None:
        target.font.size = Pt(size)
    if bold is not None:
        target.font.bold = bold
    target.font.color.rgb = RGBColor(0, 0, 0)


def _page_setup(section, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Cm(29.7), Cm(21.0)) if landscape else (Cm(21.0), Cm(29.7))
    for side, cm in (LANDSCAPE_MARGINS if landscape else PORTRAIT_MARGINS).items():
        setattr(section, f"{side}_margin", Cm(cm))
    section.footer_distance = Cm(1.8)
    _page_number(section)


def _page_number(section) -> None:
    """The footer "— N —": a PAGE field between two dashes, centred, 4号 宋体."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.text = ""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in ("— ", None, " —"):
        run = paragraph.add_run()
        _font(run, "宋体", 14)
        if part is not None:
            run.text = part
            continue
        for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
            if kind:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
            elif text == " PAGE ":
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = text
            else:
                element = OxmlElement("w:t")
                element.text = text
            run._r.append(element)


def _new_document(title: str, landscape: bool = True, lines: tuple[str, ...] = ()):
    """A document with the page, fonts and title block of GB/T 9704; `lines` name the documents compared."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    _page_setup(doc.sections[0], landscape)
    _font(doc.styles["Normal"], BODY_FONT, 12)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        _font(doc.styles[name], HEADING_FONT, {"Heading 1": 16, "Heading 2": 14, "Heading 3": 12}[name], False)
    heading = doc.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(heading.add_run(title), TITLE_FONT, 22)
    for line in lines:
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(paragraph.add_run(line), BODY_FONT, 14)
    return doc


def _repeat_header(table) -> None:
    """The first row repeats at the top of every page; no row splits across a page."""
    from docx.oxml import OxmlElement

    for k, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        if k == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))
        tr_pr.append(OxmlElement("w:cantSplit"))


def _save(doc) -> bytes:
    doc.core_properties.author = GENERATOR  # how `-o` knows its own document when asked to write it again
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


@register(Comparison, "docx")
def comparison(c: Comparison, options: RenderOptions) -> bytes:
    names = side_names(c, options)
    doc = _new_document(options.title or options.say("docx-title", base=names[0], other=names[1]),
                        lines=title_lines(c, options))
    _notice(doc, reconstructed(c.base), options.lang)
    _comparison(doc, c, options)
    return _save(doc)


def _matrix(doc, m: CoverageMatrix, lang: str) -> None:

    regions = m.regions
    table = doc.add_table(rows=1, cols=3 + len(regions))
    table.style = "Table Grid"
    table.autofit = False
    head = (say(lang, "col-seq"), say(lang, "col-base-service"), *(r.name for r in regions), say(lang, "col-regions"))
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        _font(cell.paragraphs[0].add_run(text), HEADING_FONT, 10.5)
    for i, b in enumerate(m.baseline.items):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[-1].text = str(b.seq), b.service, str(m.carried[i])
        for j, r in enumerate(regions):
            cells[2 + j].text = cell_mark(r.cells[i])
            _shade(cells[2 + j], *FILLS[r.cells[i].state])
    cells = table.add_row().cells
    cells[1].text = say(lang, "row-coverage-rate")
    for j, r in enumerate(regions):
        cells[2 + j].text = f"{100 * r.ratio:.0f}%"
    _column_widths(table, len(regions))
    _repeat_header(table)
    doc.add_paragraph(say(lang, "legend", marks=say(lang, "gap").join(legend_marks(lang))))


def _column_widths(table, regions: int) -> None:
    """The service name keeps 5 cm so it is read as words, not two characters a line; the regions share
    the rest of the landscape text width (at least 0.9 cm each)."""
    from docx.shared import Cm

    region = max(0.9, (TEXT_WIDTH_CM - 1.1 - 5.0 - 1.4) / max(regions, 1))
    widths = [Cm(1.1), Cm(5.0), *[Cm(region)] * regions, Cm(1.4)]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the table grid: what LibreOffice reads
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width  # each cell: what Word reads


@register(CoverageMatrix, "docx")
def report(m: CoverageMatrix, options: RenderOptions) -> bytes:
    from docx.enum.section import WD_SECTION

    doc = _new_document(options.title or options.say("report-title", title=m.baseline.title),
                        lines=(options.say("compared-lists", n=len(m.regions)),))
    _notice(doc, m.reconstructed or reconstructed(m.baseline), options.lang)
    doc.add_heading(options.say("matrix-heading"), level=2)
    _matrix(doc, m, options.lang)
    for r in m.regions:
        if r.comparison is None:
            continue
        doc.add_section(WD_SECTION.NEW_PAGE)
        doc.add_heading(f"{r.name} · {r.title}", level=2)
        _comparison(doc, r.comparison, options)
    return _save(doc)
