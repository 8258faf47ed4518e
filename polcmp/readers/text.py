"""Plain text: bytes -> str (BOMs, UTF-8, UTF-16, GB18030/GBK via charset-normalizer, CRLF), with a
bounded amount of damage tolerated: a few undecodable bytes are replaced and reported as a note."""

from __future__ import annotations

from ..model import InputError
from ..regexcache import compiled
from .document import TextDocument
from .limits import DEFAULT_LIMITS, ReadLimits

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = compiled(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


def read_text(data: bytes, name: str, limits: ReadLimits = DEFAULT_LIMITS) -> TextDocument:
    text, encoding, notes = decode(data, name, limits)
    _check_line_lengths(text, name, limits)
    return TextDocument(name, text, encoding, notes)


def _check_line_lengths(text: str, name: str, limits: ReadLimits) -> None:
    """A line of a text list is a row or one cell: none may exceed a table cell's limit."""
    if len(text) <= limits.max_cell_chars:
        return
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > limits.max_cell_chars:
            raise InputError(name, f"line {number} has {len(line):,} characters (a cell or row may hold at most "
                                   f"{limits.max_cell_chars:,}: [read] max_cell_chars in --settings)")


def decode_text(data: bytes, name: str, limits: ReadLimits = DEFAULT_LIMITS) -> tuple[str, str]:
    """(text, encoding); the replaced-bytes note is dropped (kept for callers of the old API)."""
    text, encoding, _ = decode(data, name, limits)
    return text, encoding


def decode(data: bytes, name: str, limits: ReadLimits = DEFAULT_LIMITS,
           what: str = "a text file") -> tuple[str, str, tuple[str, ...]]:
    """Decode a text list: BOMs and UTF-8 exactly (or UTF-8 with at most `limits.max_bad_bytes` bytes
    replaced, and a note saying so), anything else by charset-normalizer, failing that GB18030 with at
    most that many bytes replaced."""
    notes: tuple[str, ...] = ()
    text, encoding = None, ""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text, encoding, notes = _lenient(data, enc, name, limits)
            if text is None:
                raise InputError(name, f"starts with a {enc} byte-order mark but is not valid {enc}")
            break
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # a few damaged bytes in an otherwise good UTF-8 file: keep the list, say where
            text, encoding, notes = _lenient(data, "utf-8", name, limits)
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data[: 4 * 1024 * 1024]).best()  # detection on a bounded prefix
        if best is not None:
            try:
                text, encoding = data.decode(best.encoding), best.encoding
            except (UnicodeDecodeError, LookupError):
                text = None
    if text is None or not _looks_like_text(text):
        # Chinese government files are GB18030/GBK when not UTF-8: a damaged one is still read
        text, encoding, notes = _lenient(data, "gb18030", name, limits)
    if text is None or not _looks_like_text(text):
        raise InputError(name, f"is not {what} in a known encoding (binary data, or more than "
                               f"{limits.max_bad_bytes} undecodable bytes); expected a list as text, .docx, "
                               ".xlsx, .html, .pdf or .csv")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding, notes


def _lenient(data: bytes, encoding: str, name: str, limits: ReadLimits) -> tuple[str | None, str, tuple[str, ...]]:
    try:
        return data.decode(encoding), encoding, ()
    except UnicodeDecodeError as e:
        first = e.start
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    if bad > limits.max_bad_bytes or bad > len(text) * 0.01:
        return None, "", ()
    line = data[:first].count(b"\n") + 1
    note = f"{bad} undecodable byte{'s' * (bad > 1)} replaced by \ufffd ({encoding}; first on line {line})"
    return text, encoding, (note,)


def _looks_like_text(text: str) -> bool:
    """At most 1% control, private-use or replacement characters: a decoder's guess on binary fails."""
    if not text.strip():
        return False
    return len(_CONTROL.findall(text)) <= len(text) * 0.01


def read(data: bytes, path, name: str, fmt: str, limits: ReadLimits) -> TextDocument:
    return read_text(data, name, limits)
