"""Labelled blocks: one row per block, each field on a line of its own as `字段：值` (序号：3 / 服务项目：… /
服务内容：…), as a list copied from a web page's definition list or written as a notice is. A block ends
where a label it already holds comes again; blank lines between blocks are optional."""

from __future__ import annotations

from ..headers import header_field, header_guess
from ..model import PolicyList
from ..regexcache import compiled
from .common import NOTE_LINE, PAGE_NUMBER, ParseJob, Row, require_columns, short
from .rows import rows_to_items

# a label: a short header word, maybe in 【】 or [] and led by a bullet, then a full- or half-width colon;
# matched on the stripped line's head only, so a line of 64,000 spaces costs nothing
_LABEL = compiled(r"[·•\-*]?[【\[]?([^\s：:【】\[\]]{2,10})[】\]]?[ \t]?[：:]")
_HEAD = 16  # characters of a line that may hold its label
_MIN_FIELDS = 3  # distinct fields labelled, one of them 服务项目 or 服务内容
_MIN_BLOCKS = 2


def _labelled(line: str) -> tuple[str, str] | None:
    """(label, value) when the line opens with a header word and a colon."""
    line = line.strip()
    found = _LABEL.match(line[:_HEAD])
    if found is None:
        return None
    label = found.group(1)
    return (label, line[found.end():].strip()) if (header_field(label) or header_guess(label)) else None


def labelled_start(raw_lines: list[str]) -> int | None:
    """Index of the first block's first line when the text is a run of labelled blocks: at least three
    fields labelled, 服务项目 or 服务内容 among them, and some label used in two blocks or more (a plan
    whose measures end in 责任单位：… labels one field only)."""
    counts: dict[str, int] = {}
    labelled = []
    for index, line in enumerate(raw_lines):
        pair = _labelled(line)
        if pair is not None:
            labelled.append((index, pair[0]))
            counts[pair[0]] = counts.get(pair[0], 0) + 1
    fields = {header_field(label) or header_guess(label) for label in counts}
    if len(fields) < _MIN_FIELDS or not fields & {"service", "content"}:
        return None
    # the blocks begin at the first label blocks repeat: a 说明：… above them speaks of the document
    return next((index for index, label in labelled if counts[label] >= _MIN_BLOCKS), None)


def parse_labelled(job: ParseJob, raw_lines: list[str], start: int) -> PolicyList:
    blocks, notes = _blocks(raw_lines, start)
    header = list(dict.fromkeys(label for block, _, _ in blocks for label in block))
    columns = [header_field(label) or header_guess(label) for label in header]
    require_columns(job.path, columns, header)
    rows = [Row(tuple(block.get(label, "") for label in header), first, last) for block, first, last in blocks]
    builder = job.builder()
    builder.notes.extend(notes)
    rows_to_items(rows, columns, header, builder)
    return job.table(builder, raw_lines[:start], columns)


def _blocks(raw_lines: list[str], start: int) -> tuple[list[tuple[dict[str, str], int, int]], list[str]]:
    """Each block's values by label with its first and last line (1-based). An unlabelled line right
    under a labelled one continues its value (a wrapped cell); after a blank line it is noted and left."""
    blocks: list[tuple[dict[str, str], int, int]] = []
    notes: list[str] = []
    current: dict[str, str] = {}
    last_label, first, last, joined = "", 0, 0, False
    for number, raw in enumerate(raw_lines[start:], start + 1):
        line = raw.strip()
        if not line:
            joined = False
            continue
        pair = _labelled(raw)
        if pair is None:
            if NOTE_LINE.match(raw):  # 注：… under the list: the list has ended
                break
            if joined and current:
                current[last_label] += "\n" + line
                last = number
            elif not PAGE_NUMBER.match(line):
                notes.append(f"line {number}: text between blocks ignored: “{short(line)}”")
            continue
        label, value = pair
        if label in current:  # a label the block already holds: the next block begins
            blocks.append((current, first, last))
            current = {}
        if not current:
            first = number
        current[label], last_label, last, joined = value.strip(), label, number, True
    if current:
        blocks.append((current, first, last))
    return blocks, notes
