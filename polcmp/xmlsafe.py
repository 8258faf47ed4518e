"""Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return; lone surrogates;
U+FFFE and U+FFFF) and the Unicode non-characters (U+FDD0-U+FDEF, U+nFFFE/U+nFFFF): removed from what
is read, with a note, and again from anything an XML writer (.xlsx, .docx, HTML) is given, so that one
such character in a list, a file name or a --label never loses a report."""

from __future__ import annotations

import dataclasses
import re

from .regexcache import compiled

_NONCHARACTERS = "".join(chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(1, 17))
FORBIDDEN = compiled("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff" + _NONCHARACTERS + "]")
_SPACES = "\x0b\x0c"  # vertical tab and form feed (a page break in text exports) read as a space
# The same characters, or any beyond the BMP: searched first. FORBIDDEN's 32 non-characters of planes 1-16 are
# tested one by one at every character of a text (158 us for a 2 KB list, 26 us here), and nearly every
# text holds none of these.
_MAYBE = compiled("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]")


def holds_forbidden(text: str) -> bool:
    return _MAYBE.search(text) is not None and FORBIDDEN.search(text) is not None


def clean_text(text: str) -> tuple[str, int]:
    """The text without forbidden characters (a vertical tab or form feed becomes a space), and how
    many other characters were removed."""
    if not holds_forbidden(text):
        return text, 0
    removed = 0

    def replace(match: re.Match) -> str:
        nonlocal removed
        if match.group() in _SPACES:
            return " "
        removed += 1
        return ""

    return FORBIDDEN.sub(replace, text), removed


def safe(value, _memo: dict | None = None):
    """`value` with every string in it cleaned: strings, tuples, lists, dicts, sets and (frozen)
    dataclasses are rebuilt only where something changed; anything else is returned as it is."""
    memo = {} if _memo is None else _memo
    key = id(value)
    if key in memo:
        return memo[key][1]
    out = _rebuilt(value, memo)
    memo[key] = (value, out)  # the value is kept alive so that its id is not reused while walking
    return out


def _rebuilt(value, memo: dict):
    if isinstance(value, str):
        return _safe_str(value)
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return _safe_items(value, memo, type(value))
    if isinstance(value, list):
        return _safe_items(value, memo, list)
    if isinstance(value, dict):
        return _safe_dict(value, memo)
    if isinstance(value, frozenset | set):
        return _safe_items(value, memo, type(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _safe_dataclass(value, memo)
    return value


def _safe_str(value: str) -> str:
    out = FORBIDDEN.sub(lambda m: " " if m.group() in _SPACES else "", value) if holds_forbidden(value) else value
    if type(value) is not str and out == value:  # an Enum member of str: kept
        out = value
    return out


def _safe_items(value, memo: dict, make):
    """A tuple, list or set rebuilt with `make` when one of its items changed."""
    items = [safe(v, memo) for v in value]
    return value if all(a is b for a, b in zip(items, value, strict=True)) else make(items)


def _safe_dict(value: dict, memo: dict) -> dict:
    pairs = [(safe(k, memo), safe(v, memo)) for k, v in value.items()]
    same = all(a is k and b is v for (a, b), (k, v) in zip(pairs, value.items(), strict=True))
    return value if same else type(value)(pairs) if type(value) is dict else dict(pairs)


def _safe_dataclass(value, memo: dict):
    """A dataclass instance replaced (never mutated: it may be frozen) when one of its fields changed."""
    changes = {}
    for f in dataclasses.fields(value):
        if not f.init:
            continue
        current = getattr(value, f.name)
        cleaned = safe(current, memo)
        if cleaned is not current:
            changes[f.name] = cleaned
    return dataclasses.replace(value, **changes) if changes else value
