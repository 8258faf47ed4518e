"""Stage 3, normalize: one spelling for one meaning, so that later stages compare meaning, not typing.

Traditional -> Simplified, full-width digits, tildes and spaced dashes, spaces inside Chinese text,
half-width punctuation inside Chinese text, clause splitting, department names split. Plain text in,
text out: the department aliases (names -> functions) and the lexicon are read by polcmp/mappings.py."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .regexcache import compiled

_BOOKMARK = compiled(r"\[bookmark:[^\]]*\]")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_RANGE_DASH = compiled(r"(\d)\s*[～~〜—–－-]\s*(\d)")
# Spaces and half-width punctuation are found by small patterns and judged by their neighbours in Python:
# a character class spanning the CJK block costs milliseconds to compile at every start (CPython's re
# fills a 65,536-entry map in Python), a tenth of a diff's own time.
_SPACES = compiled(r"\s+")
_HALF_PUNCT = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}
_HALF_PUNCT_RE = compiled(r"[,;:?!()]")
# Numbered sub-points inside a cell: "1." "2、" "（1）" "①" at the start or after punctuation.
_SUBPOINT = compiled(r"(?:^|(?<=[；;。，\s]))(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])")
_CLAUSE_END = compiled(r"(?<=[；;。])")
# Invisible characters Word and web pages leave in text: removed before anything else looks at it.
INVISIBLE = compiled("[\u200b-\u200d\u2060\ufeff\u00ad]")
# Control characters (CR, vertical tab, form feed, C1, line/paragraph separators) read as a space.
_CONTROL = compiled("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def strip_invisible(text: str) -> str:
    """Zero-width spaces and joiners, word joiners, BOMs inside text and soft hyphens removed."""
    return INVISIBLE.sub("", text)


@lru_cache(maxsize=1)
def _converter():
    import opencc  # the official OpenCC build: exact on phrase-level conversions (臺賬 -> 台账)

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset((Path(__file__).resolve().parent / "data" / "t2s-chars.txt").read_text(encoding="utf-8")) - {"\n"}


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    """OpenCC t2s, skipped for text without any character t2s changes on its own (data/t2s-chars.txt,
    made by scripts/make_t2s_chars.py): Simplified lists never pay the ~20 ms of loading OpenCC.
    The price: a phrase OpenCC converts only as a phrase (反覆 -> 反复) stays as written when nothing
    else in the cell is Traditional."""
    if not text or _traditional_chars().isdisjoint(text):
        return text
    return _converter().convert(text)


@lru_cache(maxsize=1)
def _radicals() -> dict[int, str]:
    """Radical code points that some PDF fonts (a web page printed from a browser) put for ordinary
    characters, 服务项⽬ for 服务项目, ⺠政局 for 民政局: the Kangxi radicals by their Unicode compatibility
    mapping, those of the radicals supplement by polcmp/data/radicals.txt (pairs: radical, character)."""
    import unicodedata

    table = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
    for pair in (Path(__file__).resolve().parent / "data" / "radicals.txt").read_text(encoding="utf-8").split():
        table[ord(pair[0])] = pair[1]
    return table


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """Normalise one cell of text for comparison and display; idempotent."""
    text = _CONTROL.sub(" ", INVISIBLE.sub("", text)).translate(_radicals())
    text = _BOOKMARK.sub("", text).translate(_FULLWIDTH_DIGITS).replace("\u3000", " ")
    text = _RANGE_DASH.sub(r"\1-\2", text)
    text = _HALF_PUNCT_RE.sub(_full_width, text)
    text = _SPACES.sub(_space_or_none, text)
    return re.sub(r"[ \t]+", " ", text).strip()


def is_cjk(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extension A, compatibility ideographs)."""
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _joins_without_space(ch: str) -> bool:
    return is_cjk(ch) or ch.isdecimal() or ch in "，。；：、“”（）"


def _space_or_none(m: re.Match) -> str:
    """A run of spaces between Chinese characters, digits or Chinese punctuation is a typesetting gap."""
    text, start, end = m.string, m.start(), m.end()
    inside = start > 0 and end < len(text) and _joins_without_space(text[start - 1]) and _joins_without_space(text[end])
    return "" if inside else m.group()


def _full_width(m: re.Match) -> str:
    """Brackets always; , ; : ? ! after a Chinese character, a digit, ） or ” (Latin text keeps its own)."""
    ch, start = m.group(), m.start()
    if ch in "()":
        return _HALF_PUNCT[ch]
    before = m.string[start - 1] if start else ""
    return _HALF_PUNCT[ch] if before and (is_cjk(before) or before.isdecimal() or before in "）”") else ch


def join_wrapped(lines: list[str]) -> str:
    """Lines wrapped inside one cell: Chinese text joins without a space, Latin words with one."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            out += " "
        out += line
    return out


@lru_cache(maxsize=65536)  # local lists repeat the baseline's wording: a batch splits each text once
def split_clauses(content: str) -> tuple[str, ...]:
    """Split on numbered sub-points and on sentence/clause ends (；。), dropping the numbers."""
    parts: list[str] = []
    for chunk in _SUBPOINT.split(content):
        for piece in _CLAUSE_END.split(chunk):
            piece = piece.strip().strip("，、 ")
            if piece and piece not in "；;。":
                parts.append(piece)
    return tuple(parts)


def strip_punctuation(text: str) -> str:
    return re.sub(r"[\s，。；：、“”‘’（）()《》〈〉,.;:!?！？\"'\-—…·]", "", text)


_DEPT_SPLIT = compiled(r"[、，,；;/\s]+")
_DEPT_TAIL = compiled(r"(按照?职责分工)?(分别)?(牵头)?负责$|等部门$|牵头$")


@lru_cache(maxsize=65536)
def split_departments(text: str) -> tuple[str, ...]:
    names = []
    for part in _DEPT_SPLIT.split(text):
        part = _DEPT_TAIL.sub("", part.strip()).strip()
        if part and part not in names:
            names.append(part)
    return tuple(names)
