"""What several renderers share: the reconstruction notice, the sentence for each finding code, clause
segments, labels and small formatting helpers. Pure functions over the result types."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import singledispatch

from .. import results  # the coverage and check types by name: rendering a diff never builds them
from ..model import Item, PolicyList
from ..results import (
    CellState,
    ClauseDiff,
    ClauseStatus,
    Comparison,
    Fate,
    Level,
    Link,
    PlanComparison,
    Severity,
    Status,
    Unlinked,
)
from .labels import TABLE, level_words, say, term

RECONSTRUCTED = TABLE["reconstructed"][0]
GENERATOR = "polcmp"  # the creator of every .xlsx and .docx polcmp writes (docProps/core.xml)
NO_LINE_START = set("。，；、：？！）》」』】〕”’…·%％,.;:?!)]}")  # kinsoku: never the first character of a line
NO_LINE_END = set("（《「『【〔“‘([{")  # never the last

def finding_message(f: results.Finding, lang: str = "zh") -> str:
    """The sentence for a finding, from the labels table (finding:<code>)."""
    message = _finding_sentence(f, lang)
    if not f.against:
        return message
    label = f.against_label if lang != "en" else f"{'against' if f.severity is Severity.NOTICE else 'below'} " \
        f"the {f.against_level or 'parent'} list"
    return f"{label} {f.against}: {message}" if lang == "en" else f"{label} {f.against}：{message}"


def _finding_fields(f: results.Finding) -> dict:
    return {"code": f.code, "quote": f.quote, "detail": f.detail, "row": f.row if f.row is not None else "",
            "base_seq": f.base.seq if f.base else "", "base_service": f.base.service if f.base else "",
            "other_seq": f.other.seq if f.other else "", "other_service": f.other.service if f.other else ""}


def _finding_sentence(f: results.Finding, lang: str) -> str:
    fields = _finding_fields(f)
    vocabulary = {m.value: m for m in (*Status, *Level) if m is not Level.SAME}
    if f"finding:{f.code}-{f.detail}" in TABLE:  # a variant named by the detail (missing-service-after)
        return say(lang, f"finding:{f.code}-{f.detail}", **fields)
    if f"finding:{f.code}" in TABLE:
        return say(lang, f"finding:{f.code}", **fields)
    if f.code in vocabulary:
        return say(lang, "finding:status", label=term(vocabulary[f.code], lang), **fields)
    colon, left, right = (": ", " (", ")") if lang == "en" else ("：", "（", "）")
    return f.code + (f"{colon}{f.quote}" if f.quote else "") + (f"{left}{f.detail}{right}" if f.detail else "")


def chain_words(check, lang: str = "zh") -> str:
    """`基准 national` / `baseline national`, or the chain (national → jiangnan → jiangzhou) a list was
    checked against."""
    if check.chain:
        return say(lang, "chain-of", chain=" → ".join(check.chain))
    return say(lang, "baseline-of", id=check.baseline_id)


def verdict_line(c, options) -> str:
    """`通过 FILE：错误 0，警告 9，提示 23（基准 national）` or its English, for a checked list."""
    return options.say("check-verdict", verdict=options.say("check-passed" if c.passed else "check-failed"),
                       path=c.list.path, errors=c.errors, warnings=c.count(Severity.WARNING),
                       notices=c.count(Severity.NOTICE), against=chain_words(c, options.lang))


def place(f: results.Finding, lang: str = "zh") -> str:
    """`第 12 行`, `表格第 4 行`, `第 7 段`, or '' when the finding is about the whole file."""
    if f.line is not None:
        return say(lang, "line", n=f.line)
    if f.row is None:
        return ""
    return say(lang, "paragraph" if f.row_unit == "paragraph" else "table-row", n=f.row)


def where(f: results.Finding, lang: str = "zh") -> str:
    """`file:line` where the finding is on a text line, `file: 表格第 N 行` for a row of a .docx, .xlsx,
    HTML or PDF table (never `file:N`: an editor would open the wrong line)."""
    if f.line is not None:
        return f"{f.file}:{f.line}"
    return f"{f.file}: {place(f, lang)}" if f.row is not None else f.file


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
    for word in {t for t in terms if t}:
        start = text.find(word)
        while start != -1:
            spans.append([start, start + len(word)])
            start = text.find(word, start + 1)
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


def summary_line(c: Comparison, labels: tuple[str, str], lang: str = "zh") -> str:
    """`national → tianjin：19 项对 20 项；改写 15，…` in the enums' order."""
    parts = []
    for member in (*Status, *Fate, Level.WEAKER, Level.STRONGER, Level.MIXED):
        n = c.counts.get(member.value, 0)
        if n:
            label = level_words(member, lang, c.reference) if isinstance(member, Level) else term(member, lang)
            parts.append(say(lang, "summary-part", n=n, label=label))
    if c.counts.get("uncertain"):
        parts.append(say(lang, "summary-part", n=c.counts["uncertain"], label=say(lang, "uncertain-count")))
    return say(lang, "summary", base=labels[0], other=labels[1], plan=_plan_word(c, lang),
               n_base=len(c.base.items), n_other=len(c.other.items), parts=say(lang, "summary-sep").join(parts))


@singledispatch
def _plan_word(c: Comparison, lang: str) -> str:
    return ""


@_plan_word.register
def _(c: PlanComparison, lang: str) -> str:
    return say(lang, "plan")  # （实施方案）


def cell_mark(cell: results.CoverageCell) -> str:
    """The matrix cell: the state's mark, and ▼/▽/▲/◆ beside it when the level differs."""
    return cell.state.mark + cell.level_mark


def legend_marks(lang: str = "zh", reference: str = "") -> list[str]:
    """Every mark of the matrix with its label, states then levels."""
    levels = [f"{lv.mark} {level_words(lv, lang, reference)}" for lv in Level if lv.mark]
    mark, words = results.BELOW_UNSURE
    unsure = words if lang != "en" else "perhaps below the baseline (clauses not found: read them)"
    return [f"{s.mark} {term(s, lang)}" for s in CellState] + levels[:2] + [f"{mark} {unsure}"] + levels[2:]


def legend(lang: str = "zh", reference: str = "") -> str:
    return "  ".join(legend_marks(lang, reference))


def level_note(level: Level, reasons, lang: str = "zh", reference: str = "") -> str:
    """`▼ 低于基准：应当 → 可以…` (or 低于广西 against a local list) for the reasons of a pair or clause; ''
    when the level is the same. The reasons stay as polcmp wrote them (Chinese, quoting the lists)."""
    if level is Level.SAME:
        return ""
    # An explanation already quotes both sides ("免除 → 减免: scope narrowed"); only bare reasons get them here.
    why = "；".join(r.explanation or f"{r.base or '—'} → {r.other or '—'}（{r.kind}）" for r in reasons)
    separator = ": " if lang == "en" else "："
    return f"{level.mark} {level_words(level, lang, reference)}" + (f"{separator}{why}" if why else "")


def item_name(item: Item | None) -> str:
    return f"{item.seq} {item.service}" if item is not None else "—"
