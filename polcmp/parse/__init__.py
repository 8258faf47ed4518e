"""Stage 2, parse: a read document -> canonical items. The layout is detected from the text itself.

Layouts (one module each):
  rows   one table row per line, cells separated by tabs (青岛, the national list); .docx tables
  cells  one cell per line: Word's text extraction or LibreOffice's export
  labelled  one block per row, one `字段：值` line per field (序号：3 / 服务项目：… / 服务内容：…)
  plan   a prose 实施方案 with numbered measures （一）…, 1. 2. …, 一是…, 【…】 under headings 一、…

Merged cells: a blank 服务领域 starts nothing new; a blank 服务对象 or 责任部门 continues the value of the
row above within the same 服务领域 (that is what a blank means in a table extracted from Word).

Rows are identified by their position (Item.index), never by 序号 alone: a repeated, missing,
per-domain or non-numeric 序号 keeps its row and leaves a note on PolicyList.notes. The only
exception parse_document raises is InputError."""

from __future__ import annotations

from ..headers import FIELDS, HEADER_WORDS, header_field, header_fields
from ..mappings import Mappings
from ..model import InputError, PolicyList
from ..normalize import strip_invisible
from ..readers import Document, TableDocument
from ..readers.limits import DEFAULT_LIMITS
from .cells import find_cell_header, parse_cell_stream, tokenize_cells
from .common import ParseJob
from .labelled import labelled_start, parse_labelled
from .plan import parse_plan, plan_style
from .rows import no_list_error, parse_docx_tables, parse_row_lines

__all__ = ["FIELDS", "HEADER_WORDS", "header_field", "parse_document"]


def parse_document(doc: Document, source_id: str, mappings: Mappings, title: str = "", *,
                   max_rows: int = DEFAULT_LIMITS.max_rows) -> PolicyList:
    """`max_rows`: more rows (or measures) than this is an InputError, raised before the rest is parsed."""
    parsed = _parse(ParseJob(doc, source_id, mappings, title, max_rows))
    if doc.notes:  # what the reader noticed (replaced bytes, …) comes first
        from dataclasses import replace

        parsed = replace(parsed, notes=(*doc.notes, *parsed.notes))
    return parsed


def _parse(job: ParseJob) -> PolicyList:
    doc = job.doc
    if isinstance(doc, TableDocument):
        return _parse_docx(job, doc)
    raw_lines = strip_invisible(doc.text).split("\n")  # zero-width characters hide headers and numbers
    for index, line in enumerate(raw_lines):
        if line.count("\t") >= 2 and sum(f is not None for f in header_fields(line.split("\t"))) >= 3:
            return parse_row_lines(job, raw_lines, index)
    cells = tokenize_cells(raw_lines)
    header = find_cell_header(cells)
    if header is not None:
        return parse_cell_stream(job, cells, header)
    start = labelled_start(raw_lines)
    if start is not None:
        return parse_labelled(job, raw_lines, start)
    if plan_style(raw_lines) is not None:
        return parse_plan(job, raw_lines)
    raise InputError(
        doc.path, "no table header (服务项目, 服务内容, …) and no numbered measures （一）… found"
    )


def _parse_docx(job: ParseJob, doc: TableDocument) -> PolicyList:
    found = parse_docx_tables(job)
    if found is not None:
        return found
    paragraphs = list(doc.paragraphs)
    start = labelled_start(paragraphs)  # a list written as paragraphs of 字段：值
    if start is not None:
        return parse_labelled(job, paragraphs, start)
    # a 实施方案 is usually a Word document of paragraphs: numbered measures make it a plan
    if plan_style(doc.paragraphs) is not None:
        return parse_plan(job, list(doc.paragraphs))
    raise no_list_error(doc)
