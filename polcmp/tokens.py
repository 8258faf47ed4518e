"""Word segmentation for word-level diffs: jieba, kept off the start-up path.

jieba's full dictionary (about 350k words) costs about half a second to load; polcmp ships the
60,000 most frequent of its words (polcmp/data/jieba-small.txt, made by scripts/trim_jieba_dict.py)
plus the domain terms in polcmp/data/terms.txt. Segmentations are cached, keyed by their text, in
~/.cache/polcmp (XDG_CACHE_HOME honoured), so a diff the user has run before never loads jieba."""

from __future__ import annotations

import atexit
import os
import zlib
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CACHE_VERSION = "3"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "polcmp"


@lru_cache(maxsize=1)
def _tokenizer():
    import logging

    import jieba

    jieba.setLogLevel(logging.CRITICAL)
    tokenizer = jieba.Tokenizer(dictionary=str(DATA / "jieba-small.txt"))
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        tokenizer.tmp_dir = str(folder)
    except OSError:  # a read-only home: jieba falls back to the temp dir
        pass
    tokenizer.initialize()
    for word in (DATA / "terms.txt").read_text(encoding="utf-8").split():
        tokenizer.add_word(word, freq=100000)
    return tokenizer


_SEP = "\x1f"  # between tokens in the cache file; clean() removes control characters from list text
CACHE_LIMIT = 2000  # segmentations kept on disk, most recent last: loading stays a few milliseconds


class _SegmentationCache:
    """text -> tokens, read once from disk and written back at exit when it grew. One segmented text
    per line, tokens separated by \x1f: the text itself is the key, so there is no hash to collide,
    and a line is cheaper to load than JSON lists."""

    def __init__(self) -> None:
        terms = f"{zlib.crc32((DATA / 'terms.txt').read_bytes()):08x}"  # new domain terms, new cache
        self.path = cache_dir() / f"tokens-{CACHE_VERSION}-{terms}.txt"
        try:
            lines = self.path.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError):
            lines = []
        self.entries: dict[str, str] = {line.replace(_SEP, ""): line for line in lines if line}
        self.dirty = False
        atexit.register(self.save)

    def get(self, text: str) -> tuple[str, ...]:
        line = self.entries.get(text)
        if line is not None:
            return tuple(line.split(_SEP))
        tokens = tuple(_tokenizer().lcut(text, HMM=False))
        if "\n" not in text and _SEP not in text:
            self.entries[text] = _SEP.join(tokens)
            self.dirty = True
        return tokens

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text("\n".join(list(self.entries.values())[-CACHE_LIMIT:]) + "\n", encoding="utf-8")
            os.replace(temporary, self.path)  # atomic: concurrent runs never see half a file
            self.dirty = False
        except OSError:  # no writable cache: next run segments again, nothing else changes
            pass


@lru_cache(maxsize=1)
def _cache() -> _SegmentationCache:
    return _SegmentationCache()


@lru_cache(maxsize=65536)
def tokenize(text: str) -> tuple[str, ...]:
    """Deterministic segmentation (no HMM guessing of unknown words)."""
    return _cache().get(text)
