"""Prose plans (实施方案): numbered measures under section headings 一、二、…

Measures may be numbered （一）… through the plan (河北), `1.` `1、` `1．` restarting in each section or
not, 一是…二是… inside paragraphs, or marked by a lead phrase in 【】. Whatever the numbering, measures
are counted 1..n through the whole plan in reading order: Item.seq is that count. A 印发通知 (issuers,
文号, addressees, date) in front of the plan's title is not part of the plan. Paragraphs that follow a
measure before the next measure or heading continue it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import DocumentKind, InputError, Item, PolicyList, Provenance
from ..normalize import clean, split_clauses, split_departments, to_simplified
from ..readers import TableDocument
from ..regexcache import compiled
from .common import ParseJob, check_rows, short, stem
from .numbers import chinese_numeral

_CN = "〇零一二两三四五六七八九十百"
SECTION = compiled(r"^([一二三四五六七八九十]{1,3})、(.+)$")
_STYLES: dict[str, re.Pattern[str]] = {  # in order of preference when two styles are as frequent
    "paren": compiled(rf"^（([{_CN}]{{1,6}})）\s*(.+)$"),
    "arabic": compiled(r"^(?:（(\d{1,3})）|(\d{1,3})\s*[.、．](?!\d))\s*(.+)$"),
    "bracket": compiled(r"^【([^】]{1,60})】\s*(.*)$"),
    "shi": compiled(rf"^([{_CN}]{{1,3}})是(.+)$"),
}
_INLINE_SHI = compiled(rf"(?:^|(?<=[。；;：:，,]))([{_CN}]{{1,3}})是")
_DEPT_TRAILER = compiled(r"（([^（）]*?)(?:按照职责分工|按职责分工|分别|牵头)?负责）\s*$")
_PLAN_TITLE = compiled(r"(方案|措施|办法|计划|意见)$")
_MIN_LINES = {"paren": 1, "arabic": 2, "bracket": 2, "shi": 2}


def plan_style(lines) -> str | None:
    """The numbering the plan's measures use, or None when the text has no measures at all."""
    counts = dict.fromkeys(_STYLES, 0)
    for raw in lines:
        line = clean(to_simplified(raw))
        matched = next((name for name, pattern in _STYLES.items() if pattern.match(line)), None)
        if matched:
            counts[matched] += 1
        elif len(_inline_measures(line)) >= 2:
            counts["shi"] += 2
    best = max(_STYLES, key=lambda name: counts[name])  # max keeps the first of equals
    return best if counts[best] >= _MIN_LINES[best] else None


def _inline_measures(line: str) -> list[tuple[int, str]]:
    """一是…二是…三是… inside one paragraph: (start, numeral) of each in sequence from 一."""
    found: list[tuple[int, str]] = []
    for match in _INLINE_SHI.finditer(line):
        if chinese_numeral(match.group(1)) == len(found) + 1:
            found.append((match.start(), match.group(1)))
    return found


@dataclass
class _Measure:
    numeral: str
    text: str
    domain: str
    first: int
    last: int
    lead: str = ""
    more: list[str] = field(default_factory=list)


def _start(lines: list[str]) -> tuple[int, str]:
    """(index of the first line of the plan, its title): a 印发通知 before the title is skipped."""
    for index, line in enumerate(lines):
        if any(p.match(line) for p in (SECTION, *_STYLES.values())):
            return 0, ""
        if _PLAN_TITLE.search(line) and len(line) < 60 and "《" not in line and "通知" not in line:
            return index + 1, line
    return 0, ""


def _split_line(style: str, line: str) -> list[tuple[str, str, str]]:
    """(numeral, lead, text) of each measure the line opens; [] for a line that opens none."""
    if style == "shi":
        marks = _inline_measures(line)
        if not marks or (marks[0][0] != 0 and len(marks) < 2):
            return []
        ends = [start for start, _ in marks[1:]] + [len(line)]
        texts = [(numeral, line[start + len(numeral) + 1 : end].strip())
                 for (start, numeral), end in zip(marks, ends, strict=True)]
        return [(numeral, re.split(r"[，；。,;：:]", text, maxsplit=1)[0], text) for numeral, text in texts]
    match = _STYLES[style].match(line)
    if not match:
        return []
    if style == "bracket":
        return [("", match.group(1), match.group(2))]
    if style == "arabic":
        return [(match.group(1) or match.group(2), "", match.group(3))]
    return [(match.group(1), "", match.group(2))]


def _collect(style: str, lines: list[str], start: int) -> list[_Measure]:
    measures: list[_Measure] = []
    domain = ""
    current: _Measure | None = None
    for number, line in enumerate(lines[start:], start + 1):
        if not line:
            continue
        section = SECTION.match(line)
        opened = [] if section else _split_line(style, line)
        if section:
            domain, current = section.group(2).strip("。 "), None
        elif opened:
            for numeral, lead, text in opened:
                current = _Measure(numeral, text, domain, number, number, lead)
                measures.append(current)
        elif current is not None:
            current.more.append(line)
            current.last = number
    return measures


def _item(measure: _Measure, seq: int, path: str, mappings, unit: str = "line") -> Item:
    body = "".join([measure.text, *measure.more])
    dept_match = _DEPT_TRAILER.search(body)
    dept_text = dept_match.group(1) if dept_match else ""
    if dept_match:
        body = body[: dept_match.start()].rstrip()
    if measure.lead:
        lead, content = measure.lead, body or measure.lead
    else:
        lead, _, rest = body.partition("。")
        content = rest.strip() or lead
        if len(lead) > 50:  # no lead phrase ending in 。: the first clause names the measure
            lead, content = re.split(r"[，；,;]", lead, maxsplit=1)[0], body
    departments = split_departments(dept_text)
    functions, unknown = mappings.functions_of(departments)
    return Item(
        seq=seq, domain=measure.domain, target="", service=lead.strip(),
        content=content, clauses=split_clauses(content), departments=departments,
        department_functions=functions, provenance=Provenance(path, measure.first, measure.last, unit=unit),
        unknown_departments=unknown, index=seq - 1,
    )


def _numbering_notes(style: str, measures: list[_Measure], unit: str = "line") -> list[str]:
    notes = []
    for seq, measure in enumerate(measures, 1):
        if style == "paren":
            value = chinese_numeral(measure.numeral)
            if value is None:
                notes.append(f"{unit} {measure.first}: measure numeral （{measure.numeral}） is not a number; "
                              f"counted as measure {seq}")
            elif value != seq:
                notes.append(f"{unit} {measure.first}: measure （{measure.numeral}） is measure {seq} in reading order")
        if not measure.text and not measure.more and not measure.lead:
            notes.append(f"{unit} {measure.first}: measure {seq} has no text")
    return notes


def parse_plan(job: ParseJob, raw_lines: list[str]) -> PolicyList:
    doc = job.doc
    lines = [clean(to_simplified(raw)) for raw in raw_lines]
    style = plan_style(lines)
    if style is None:
        raise InputError(doc.path, "no numbered measures （一）… found")
    start, found_title = _start(lines)
    measures = _collect(style, lines, start)
    if not measures:
        raise InputError(doc.path, "no numbered measures （一）… found")
    check_rows(doc.path, len(measures), job.max_rows, "measures")
    # A Word plan's measures are numbered by paragraph: no line of the file, no `line=` for them.
    unit = "paragraph" if isinstance(doc, TableDocument) else "line"
    notes = _numbering_notes(style, measures, unit)
    if start > 1:
        notes.insert(0, f"{unit}s 1-{start}: the text before the plan's title “{short(found_title, 30)}” "
                        "(a 印发通知) is not read as measures")
    items = tuple(_item(m, seq, doc.path, job.mappings, unit) for seq, m in enumerate(measures, 1))
    return PolicyList(job.source_id, job.title or found_title or stem(doc.path), DocumentKind.PLAN, doc.path, items,
                      tuple(notes))
