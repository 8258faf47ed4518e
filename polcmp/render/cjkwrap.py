"""Line breaking for Chinese in Rich: a Text whose wrapped lines never start with 。，；、） (nor end with
（“), the rule of Chinese typesetting (避头尾). Rich folds unspaced Chinese anywhere; this moves each
break back by a character or two where it would strand punctuation. Imports Rich: text output only."""

from __future__ import annotations

from rich._wrap import divide_line
from rich.cells import cell_len
from rich.containers import Lines
from rich.text import Text

from .common import NO_LINE_END, NO_LINE_START


def break_offsets(text: str, width: int, fold: bool = True) -> list[int]:
    """Where each wrapped line starts (after the first), Rich's breaks moved back to obey the rule."""
    offsets: list[int] = []
    start = 0
    # Rich looks at the rest of the text on every line: a window of twice the width (a character is at
    # least one cell) gives the same first break and keeps a 50,000-character cell linear, not quadratic.
    window = 2 * width + 2
    while cell_len(text[start:start + window]) > width:
        end = start + window
        while end < len(text) and text[end - 1].isspace():  # a run of spaces belongs to the word before it
            end += 1
        relative = divide_line(text[start:end + width], width, fold=fold)
        if not relative:
            break
        offset = start + relative[0]
        while offset - 1 > start and (text[offset] in NO_LINE_START or text[offset - 1] in NO_LINE_END):
            offset -= 1
        offsets.append(offset)
        start = offset
    return offsets


class CJKText(Text):
    """A rich Text that wraps by the rule above (Text.wrap with other offsets)."""

    def wrap(self, console, width, *, justify=None, overflow=None, tab_size=8, no_wrap=None) -> Lines:
        if no_wrap or self.no_wrap or overflow == "ignore":
            return super().wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size,
                                no_wrap=no_wrap)
        wrap_justify = justify or self.justify or "default"
        wrap_overflow = overflow or self.overflow or "fold"
        lines = Lines()
        for line in self.split(allow_blank=True):
            new_lines = line.divide(break_offsets(str(line), width, fold=wrap_overflow == "fold"))
            for piece in new_lines:
                piece.rstrip_end(width)
            new_lines.justify(console, width, justify=wrap_justify, overflow=wrap_overflow)
            for piece in new_lines:
                piece.truncate(width, overflow=wrap_overflow)
            lines.extend(new_lines)
        return lines
