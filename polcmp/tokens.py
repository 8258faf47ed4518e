"""Word segmentation for word-level diffs: jieba, kept off the start-up path.

jieba's full dictionary (about 350k words) costs about half a second to load; polcmp ships the
60,000 most frequent of its words (polcmp/data/jieba-small.txt, made by scripts/trim_jieba_dict.py)
plus the domain terms in polcmp/data/terms.txt. Segmentations are cached, keyed by their text, in
$POLCMP_CACHE_DIR, else $XDG_CACHE_HOME/polcmp, else ~/.cache/polcmp, so a diff the user has run
before never loads jieba.

The cache is safe to share between runs of one user, and private to that user: the folder must be a
directory owned by the user with no access for others (0700; polcmp makes it so, or uses a folder of
its own from mkdtemp for the run when it cannot), jieba's own cache is kept there (never in the shared
temporary folder, where another user could plant one), and a cache file is read only when it is a
regular file owned by the user (opened without blocking, so a FIFO never hangs a run) and no larger
than a bound (a link to /dev/zero is refused, not read). A run writes back under an exclusive lock
(fcntl), merging its new entries into what other runs wrote meanwhile, through a private temporary
file renamed over the cache. A cache file that is damaged or not polcmp's is ignored: a rebuild. Only text without control
characters is cached (list text never has any after normalize.clean()), so a cached run and an
uncached run always segment alike."""

from __future__ import annotations

import atexit
import contextlib
import os
import time
import zlib
from functools import lru_cache
from pathlib import Path

from .cache import CACHE_FILE_LIMIT, cache_dir, private_dir, read_cache_file
from .regexcache import compiled

DATA = Path(__file__).resolve().parent / "data"
CACHE_VERSION = "4"
_MAGIC = f"polcmp-tokens {CACHE_VERSION}"


_JIEBA_CACHE = "jieba-small.cache"


@lru_cache(maxsize=1)
def _tokenizer():
    import logging

    jieba = _import_jieba()
    jieba.setLogLevel(logging.CRITICAL)
    tokenizer = jieba.Tokenizer(dictionary=str(DATA / "jieba-small.txt"))
    folder = private_dir()
    tokenizer.tmp_dir = str(folder)  # never the shared temporary folder
    tokenizer.cache_file = _JIEBA_CACHE
    _regular_or_removed(folder / _JIEBA_CACHE)
    tokenizer.initialize()
    for word in (DATA / "terms.txt").read_text(encoding="utf-8").split():
        tokenizer.add_word(word, freq=100000)
    return tokenizer


def _import_jieba():
    """jieba, imported without pkg_resources: jieba reads its bundled files through pkg_resources when it can
    import it (about 90 ms of setuptools on a cold start) and opens the same files directly when it cannot."""
    import sys

    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # an import of it now raises ImportError
    try:
        import jieba
    finally:
        if hidden:
            del sys.modules["pkg_resources"]
    return jieba


_SEP = "\x1f"  # between tokens in the cache file
_UNCACHEABLE = compiled(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u0085]")  # controls, CR/LF, line separators
CACHE_LIMIT = 2000  # segmentations kept on disk, most recent last: loading stays a few milliseconds
TEXT_LIMIT = 4000  # characters: longer texts are segmented but not cached
LOCK_WAIT = 2.0  # seconds a run waits for another run's write-back before giving up its own


def _regular_or_removed(path: Path) -> None:
    """jieba opens its cache with a plain open(): anything there but a regular file of this user's no
    larger than the bound (a FIFO, a link to a device) is removed first, so jieba rebuilds it."""
    import stat

    try:
        st = os.lstat(path)
    except OSError:
        return
    ours = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    if not stat.S_ISREG(st.st_mode) or not ours or st.st_size > CACHE_FILE_LIMIT:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _valid(line: str) -> bool:
    tokens = line.split(_SEP)
    return all(tokens) and not _UNCACHEABLE.search(line.replace(_SEP, ""))


def _read_entries(path: Path, *, checked: bool = True) -> dict[str, str]:
    """text -> cache line; {} for a missing, damaged or foreign file. checked=False: the lines are not checked
    here but where one is used (a run uses a few dozen of the two thousand; checking them all took 2 ms)."""
    data = read_cache_file(path, 4 * 1024 * 1024)
    if data is None:
        return {}
    try:
        text = data.decode("utf-8")  # no newline translation: a CR is never a line end
    except UnicodeDecodeError:
        return {}
    lines = text.split("\n")
    if not lines or lines[0] != _MAGIC:
        return {}
    if not checked:
        return {line.replace(_SEP, ""): line for line in lines[1:] if line}
    if _all_valid(text[len(_MAGIC) + 1 :]):  # the usual case, checked in one pass over the whole file
        return {line.replace(_SEP, ""): line for line in lines[1:] if line}
    return {line.replace(_SEP, ""): line for line in lines[1:] if line and _valid(line)}


def _all_valid(body: str) -> bool:
    """Every non-empty line of `body` passes _valid: no line starts or ends with a separator or holds
    two in a row (an empty token), and no character but the separators and line ends is uncacheable."""
    if not body:
        return True
    empty_token = body[0] == _SEP or body[-1] == _SEP or any(
        pair in body for pair in (_SEP + _SEP, "\n" + _SEP, _SEP + "\n"))
    return not empty_token and not _UNCACHEABLE.search(body.replace(_SEP, "").replace("\n", ""))


@contextlib.contextmanager
def _locked(path: Path):
    """An exclusive lock on `path` (fcntl), waited for at most LOCK_WAIT; yields False on timeout."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock, the merge still keeps most entries
        yield True
        return
    import stat

    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0), 0o600)
    except OSError:
        yield False
        return
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or device planted as the lock: no write-back
            yield False
            return
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    yield False
                    return
                time.sleep(0.01)
        yield True
    finally:
        os.close(fd)  # closing releases the lock


class _SegmentationCache:
    """text -> tokens, read once from disk and merged back at exit when it grew. One segmented text
    per line after a header line, tokens separated by \\x1f: the text itself is the key, so there is
    no hash to collide, and a line is cheaper to load than JSON lists."""

    def __init__(self) -> None:
        terms = f"{zlib.crc32((DATA / 'terms.txt').read_bytes()):08x}"  # new domain terms, new cache
        self.name = f"tokens-{CACHE_VERSION}-{terms}.txt"
        folder = private_dir(create=False)  # a folder that is not private is not read
        self.path = (folder or cache_dir()) / self.name
        self.entries = _read_entries(self.path, checked=False) if folder is not None else {}
        self.added: dict[str, str] = {}
        atexit.register(self.save)

    def get(self, text: str) -> tuple[str, ...]:
        line = self.entries.get(text)
        if line is not None and _valid(line):  # (a damaged line is segmented again and replaced)
            return tuple(line.split(_SEP))
        tokens = tuple(_tokenizer().lcut(text, HMM=False))
        if text and len(text) <= TEXT_LIMIT and not _UNCACHEABLE.search(text) and all(tokens):
            self.entries[text] = self.added[text] = _SEP.join(tokens)
        return tokens

    def save(self) -> None:
        if not self.added:
            return
        temporary = None
        try:
            self.path = private_dir() / self.name
            with _locked(self.path.with_suffix(".lock")) as acquired:
                if not acquired:
                    return
                merged = {k: v for k, v in _read_entries(self.path).items() if k not in self.added}
                merged.update(self.added)
                kept = list(merged.values())[-CACHE_LIMIT:]
                import tempfile  # only when writing back: it costs start-up time to every run

                fd, temporary = tempfile.mkstemp(prefix=".tokens-", suffix=".tmp", dir=self.path.parent)
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                    f.write("\n".join([_MAGIC, *kept]) + "\n")
                os.replace(temporary, self.path)  # atomic: readers never see half a file
                temporary = None
            self.added = {}
        except OSError:  # no writable cache: next run segments again, nothing else changes
            pass
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)


@lru_cache(maxsize=1)
def _cache() -> _SegmentationCache:
    return _SegmentationCache()


@lru_cache(maxsize=65536)
def tokenize(text: str) -> tuple[str, ...]:
    """Deterministic segmentation (no HMM guessing of unknown words)."""
    return _cache().get(text)
