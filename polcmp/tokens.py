"""Word segmentation for word-level diffs: jieba, kept off the start-up path.

jieba's full dictionary (about 350k words) costs about half a second to load; polcmp ships the
60,000 most frequent of its words (polcmp/data/jieba-small.txt, made by scripts/trim_jieba_dict.py)
plus the domain terms in polcmp/data/terms.txt. Segmentations are cached, keyed by their text, in
~/.cache/polcmp (XDG_CACHE_HOME honoured), so a diff the user has run before never loads jieba."""

from __future__ import annotations

import atexit
import json
import os
import zlib
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CACHE_VERSION = "2"


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


class _SegmentationCache:
    """text -> tokens, read once from disk and written back at exit when it grew. Keyed by the text
    itself: no hash to compute or to collide."""

    def __init__(self) -> None:
        terms = f"{zlib.crc32((DATA / 'terms.txt').read_bytes()):08x}"  # new domain terms, new cache
        self.path = cache_dir() / f"tokens-{CACHE_VERSION}-{terms}.json"
        try:
            self.entries: dict[str, list[str]] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}
        self.dirty = False
        atexit.register(self.save)

    def get(self, text: str) -> tuple[str, ...]:
        tokens = self.entries.get(text)
        if tokens is None or "".join(tokens) != text:
            tokens = _tokenizer().lcut(text, HMM=False)
            self.entries[text] = tokens
            self.dirty = True
        return tuple(tokens)

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(self.entries, ensure_ascii=False), encoding="utf-8")
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
