"""Word segmentation for word-level diffs: jieba, kept off the start-up path.

jieba's full dictionary (about 350k words) costs about half a second to load; polcmp ships the
60,000 most frequent of its words (polcmp/data/jieba-small.txt, made by scripts/trim_jieba_dict.py),
plus the domain terms in polcmp/data/terms.txt, which segments policy text as well for diffing."""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "polcmp"


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.CRITICAL)
    tokenizer = jieba.Tokenizer(dictionary=str(DATA / "jieba-small.txt"))
    try:
        cache = _cache_dir()
        cache.mkdir(parents=True, exist_ok=True)
        tokenizer.tmp_dir = str(cache)
    except OSError:  # a read-only home: jieba falls back to the temp dir
        pass
    terms = DATA / "terms.txt"
    if terms.exists():
        tokenizer.initialize()
        for word in terms.read_text(encoding="utf-8").split():
            tokenizer.add_word(word, freq=100000)
    return tokenizer


@lru_cache(maxsize=65536)
def tokenize(text: str) -> tuple[str, ...]:
    """Deterministic segmentation (no HMM guessing of unknown words)."""
    return tuple(_tokenizer().lcut(text, HMM=False))
