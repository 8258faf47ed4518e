"""What several renderers share: the reconstruction notice, the sentence for each finding code, clause
segments, labels and small formatting helpers. Pure functions over the result types."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Item, PolicyList
from ..results import (
    BELOW_UNSURE,
    CellState,
    ClauseDiff,
    ClauseStatus,
    Comparison,
    CoverageCell,
    Fate,
    Finding,
    Level,
    Link,
    Status,
    Unlinked,
)

RECONSTRUCTED = "基准为根据地方清单重建的文本，非官方原件"
GENERATOR = "polcmp"  # the creator of every .xlsx and .docx polcmp writes (docProps/core.xml)
NO_LINE_START = set("。，；、：？！）》」』】〕”’…·%％,.;:?!)]}")  # kinsoku: never the first character of a line
NO_LINE_END = set("（《「『【〔“‘([{")  # never the last

# The sentence for each finding code: one table. Fields: base_seq, base_service, other_seq,
# other_service, row, quote, detail, code. A code not listed falls back to "code: quote (detail)".
_STATUS_MESSAGE = "row {other_seq} {other_service}: {code} against baseline {base_seq} {base_service}"
MESSAGES: dict[str, str] = {
    "missing-service": "baseline service {base_seq} {base_service} is missing",
    "exempt": "baseline service {base_seq} {base_service} is missing, exempted: {detail}",
    "clause-dropped": "row {other_seq} {other_service}: baseline clause not promised: 「{quote}」",
    "clause-unsure": "row {other_seq} {other_service}: baseline clause not found in these words (read it: "
                     "it may be kept in others): 「{quote}」",
    "added": "row {other_seq} {other_service}: added",
    "split": "row {other_seq} {other_service}: split, carved out of baseline {base_seq} {base_service}",
    "merged": "baseline {base_seq} {base_service} merged into row {other_seq} {other_service}",
    "referenced": "baseline service {base_seq} {base_service}: named by measure {other_seq} without a commitment "
                  "(另行规定或按现行政策, not coverage): 「{quote}」",
    "measure-added": "measure {other_seq} {other_service}: goes beyond the baseline services",
    "missing-column": "the table has no {detail} column",
    "numbering": "序号 not sequential from 1: {detail}",
    "duplicate-seq": "序号 repeated: {detail}",
    "empty-cell": "row {other_seq}: empty {detail}",
    "unknown-department": "row {other_seq}: department not in mappings/departments.toml: {quote}",
    "reconstructed-baseline": RECONSTRUCTED,
    "below-baseline": "row {other_seq} {other_service}: below the level of baseline {base_seq} {base_service}: {detail}",
    "below-baseline-unsure": "row {other_seq} {other_service}: perhaps below the level of baseline {base_seq} "
                             "{base_service}, baseline clauses not found in these words (read them): {detail}",
    "above-baseline": "row {other_seq} {other_service}: above the level of baseline {base_seq} {base_service}: {detail}",
    "uncertain": "baseline service {base_seq} {base_service}: uncertain match, review it (nearest: row {other_seq} "
                 "{other_service})",
    "parse-note": "{detail}",
    **{s.value: _STATUS_MESSAGE for s in Status},
    **{lv.value: _STATUS_MESSAGE for lv in Level if lv is not Level.SAME},
}


def finding_message(f: Finding) -> str:
    fields = {"code": f.code, "quote": f.quote, "detail": f.detail, "row": f.row if f.row is not None else "",
              "base_seq": f.base.seq if f.base else "", "base_service": f.base.service if f.base else "",
              "other_seq": f.other.seq if f.other else "", "other_service": f.other.service if f.other else ""}
    template = MESSAGES.get(f.code)
    if template is None:
        message = f.code + (f": {f.quote}" if f.quote else "") + (f" ({f.detail})" if f.detail else "")
    else:
        message = template.format(**fields)
    return f"{f.against_label} {f.against}: {message}" if f.against else message


def chain_words(check) -> str:
    """`baseline national`, or `chain national → jiangnan → jiangzhou` for a list checked against a chain."""
    return "chain " + " → ".join(check.chain) if check.chain else f"baseline {check.baseline_id}"


def where(f: Finding) -> str:
    """`file:line` where the finding is on a text line, `file: table row N` for a row of a .docx, .xlsx,
    HTML or PDF table (never `file:N`: an editor would open the wrong line)."""
    if f.line is not None:
        return f"{f.file}:{f.line}"
    return f"{f.file}: {f.place}" if f.row is not None else f.file


def is_polcmp_office(head: bytes) -> bool:
    """Whether the first bytes of a file are those of a .xlsx/.docx polcmp wrote: a zip whose
    docProps/core.xml (an early member in both) names polcmp as its creator. Only `head` is read:
    local file headers are walked, nothing is seeked, at most 64 KiB is inflated."""
    import struct
    import zlib

    position = 0
    while head[position:position + 4] == b"PK\x03\x04" and position + 30 <= len(head):
        method, size = struct.unpack_from("<H", head, position + 8)[0], struct.unpack_from("<I", head, position + 18)[0]
        name_length, extra_length = struct.unpack_from("<HH", head, position + 26)
        name = head[position + 30:position + 30 + name_length]
        start = position + 30 + name_length + extra_length
        if name == b"docProps/core.xml":
            data = head[start:start + size]
            try:
                xml = zlib.decompressobj(-15).decompress(data, 65536) if method == 8 else data
            except zlib.error:
                return False
            return re.search(rb"<dc:creator(?:\s[^>]*)?>" + GENERATOR.encode() + rb"</dc:creator>", xml) is not None
        if size == 0 and struct.unpack_from("<H", head, position + 6)[0] & 0x08:
            return False  # sizes in a trailing descriptor: the next header cannot be found
        position = start + size
    return False


def human_size(n: int) -> str:
    """Bytes for people: 98,132 bytes → '95.8 KiB'; below 1 KiB the exact count."""
    if n < 1024:
        return f"{n} B"
    size = float(n)
    for unit in ("KiB", "MiB", "GiB", "TiB"):
        size /= 1024
        if size < 1024 or unit == "TiB":
            return f"{size:.1f} {unit}"
    raise AssertionError


def short_name(service: str) -> str:
    return service.removesuffix("服务") if len(service) > 4 else service


def reconstructed(lst: PolicyList) -> bool:
    return bool(getattr(lst, "reconstructed", False))


def side_labels(c: Comparison, labels: tuple[str, str] | None) -> tuple[str, str]:
    """What to call each side of a diff: `--label`, else the ids (told apart when both are the same)."""
    if labels:
        return labels
    if c.base.id == c.other.id:
        return f"{c.base.id} (1)", f"{c.other.id} (2)"
    return c.base.id, c.other.id


def clause_segments(clause: ClauseDiff, side: str) -> list[tuple[str, str]]:
    """What one side of a clause diff shows, as (text, kind) with kind plain, kept, deleted, inserted
    or absent; each renderer only decides how each kind looks."""
    if clause.status is ClauseStatus.KEPT:
        return [(clause.base if side == "base" else clause.other, "kept")]
    if clause.status is ClauseStatus.REMOVED:
        return [(clause.base, "deleted")] if side == "base" else [("—", "absent")]
    if clause.status is ClauseStatus.ADDED:
        return [(clause.other, "inserted")] if side == "other" else [("—", "absent")]
    if not clause.words:
        return [(clause.base if side == "base" else clause.other, "plain")]
    wanted = "delete" if side == "base" else "insert"
    return [(w.text, "plain" if w.op == "equal" else ("deleted" if w.op == "delete" else "inserted"))
            for w in clause.words if w.op in ("equal", wanted)]


def term_segments(text: str, terms) -> list[tuple[str, bool]]:
    """`text` cut into (piece, is_term) where every occurrence of any term is marked once: terms that
    overlap (基本公共服务, 公共服务, 公共) make one marked piece, never one mark inside another."""
    spans: list[list[int]] = []
    for term in {t for t in terms if t}:
        start = text.find(term)
        while start != -1:
            spans.append([start, start + len(term)])
            start = text.find(term, start + 1)
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, position = [], 0
    for start, end in merged:
        if start > position:
            out.append((text[position:start], False))
        out.append((text[start:end], True))
        position = end
    if position < len(text):
        out.append((text[position:], False))
    return out


def plain_marks(clause: ClauseDiff, side: str) -> str:
    """A side of a clause with word marks that survive without colour, as `git diff --word-diff=plain`."""
    out = []
    for text, kind in clause_segments(clause, side):
        if kind == "deleted":
            out.append(f"[-{text}-]")
        elif kind == "inserted":
            out.append(f"{{+{text}+}}")
        else:
            out.append(text)
    return "".join(out)


def links_in_order(c: Comparison) -> Iterator[tuple[Status, list[Link]]]:
    """Links grouped by status, in the enum's order (most telling first)."""
    for status in Status:
        links = [link for link in c.links if link.status is status]
        if links:
            yield status, links


def unlinked_in_order(c: Comparison) -> Iterator[tuple[Fate, list[Unlinked]]]:
    for fate in Fate:
        items = [u for u in (*c.added, *c.dropped) if u.fate is fate]
        if items:
            yield fate, items


def summary_line(c: Comparison, labels: tuple[str, str]) -> str:
    """`national → tianjin: 19 vs 20 items; 15 改写 reworded, …` in the enums' order."""
    parts = []
    for member in (*Status, *Fate, Level.WEAKER, Level.STRONGER, Level.MIXED):
        n = c.counts.get(member.value, 0)
        if n:
            parts.append(f"{n} {member.value}")
    if c.counts.get("uncertain"):
        parts.append(f"{c.counts['uncertain']} uncertain")
    kind = " (plan)" if c.is_plan else ""
    return f"{labels[0]} → {labels[1]}{kind}: {len(c.base.items)} vs {len(c.other.items)} items; " + ", ".join(parts)


def cell_mark(cell: CoverageCell) -> str:
    """The matrix cell: the state's mark, and ▼/▽/▲/◆ beside it when the level differs."""
    return cell.state.mark + cell.level_mark


def legend_marks() -> list[str]:
    """Every mark of the matrix with its label, states then levels."""
    levels = [f"{lv.mark} {lv.label}" for lv in Level if lv.mark]
    return [f"{s.mark} {s.label}" for s in CellState] + levels[:2] + [" ".join(BELOW_UNSURE)] + levels[2:]


def legend() -> str:
    return "  ".join(legend_marks())


def level_note(level: Level, reasons) -> str:
    """`▼ 低于基准：应当 → 可以: modality hedged` for the reasons of a pair or clause; '' when the level is the same."""
    if level is Level.SAME:
        return ""
    # An explanation already quotes both sides ("免除 → 减免: scope narrowed"); only bare reasons get them here.
    why = "；".join(r.explanation or f"{r.base or '—'} → {r.other or '—'}（{r.kind}）" for r in reasons)
    return f"{level.mark} {level.label}" + (f"：{why}" if why else "")


def item_name(item: Item | None) -> str:
    return f"{item.seq} {item.service}" if item is not None else "—"


def escape_cells(text: str) -> str:
    """One line for a table cell: CR/LF become spaces."""
    return text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
