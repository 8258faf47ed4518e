"""序号 and measure numerals as written in real documents: 1, ①, ², １, 一, 二十一, or nothing sensible.

Nothing here raises: a numeral that cannot be read is None, and the caller numbers the row by its
position and records a note."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..normalize import strip_invisible

_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CHINESE = frozenset(_DIGITS) | {"十", "百"}
MAX_SEQ_DIGITS = 6  # a 序号 longer than this is not a row number (and int() refuses 4,300+ digits)


def chinese_numeral(text: str) -> int | None:
    """一 … 九十九 (and 一百 … 九百九十九) in the standard grammar; anything else (一一, 十十) is None."""
    if not text or len(text) > 6 or not set(text) <= _CHINESE:
        return None
    if "百" not in text:
        return _below_hundred(text)
    head, _, rest = text.partition("百")
    if len(head) != 1 or head not in _DIGITS or _DIGITS[head] == 0:
        return None
    hundreds = _DIGITS[head] * 100
    rest = rest.lstrip("零〇")
    if not rest:
        return hundreds
    below = _below_hundred(rest)
    return None if below is None else hundreds + below


def _below_hundred(text: str) -> int | None:
    """一 … 九十九 (零 alone is 0): a digit, or tens 十 ones with either side optional."""
    if "十" not in text:
        return _DIGITS[text] if len(text) == 1 and text in _DIGITS else None
    tens, _, ones = text.partition("十")
    if not _digit_or_none(tens) or not _digit_or_none(ones):
        return None
    tens_value = _DIGITS[tens] if tens else 1
    if tens_value == 0:
        return None
    return tens_value * 10 + (_DIGITS[ones] if ones else 0)


def _digit_or_none(text: str) -> bool:
    return not text or (len(text) == 1 and text in _DIGITS)


@lru_cache(maxsize=4096)  # a batch meets 1, 2, 3 … in every list
def seq_value(text: str) -> int | None:
    """The number a 序号 cell stands for: 3, ３, ③, ³, 三, 3. and 3、 all read as 3; 1.1, 5,000 digits,
    letters and empty cells are None."""
    folded = unicodedata.normalize("NFKC", strip_invisible(text)).strip().rstrip(".、．)）").lstrip("(（")
    if not folded:
        return None
    if folded.isdecimal():
        return int(folded) if len(folded) <= MAX_SEQ_DIGITS else None
    return chinese_numeral(folded)


def looks_like_seq(text: str) -> bool:
    """A cell that is plausibly a 序号 (used to anchor rows in the one-cell-per-line layout)."""
    stripped = strip_invisible(text).strip()
    if len(stripped) > 8:
        return stripped.isdecimal()  # a number too long to be a row number is still where one stands
    if not stripped:
        return False
    if seq_value(stripped) is not None:
        return True
    folded = unicodedata.normalize("NFKC", stripped)
    return folded.replace(".", "").isdecimal() and folded.count(".") == 1  # 1.1
