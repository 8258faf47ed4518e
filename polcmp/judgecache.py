"""Level judgements of row pairs kept between runs. Judging a pair reads it against some four hundred
markers and takes about three milliseconds; a `diff` of two 19-row lists spent some 60 ms of its 220 ms
there, judging the same pairs as the run before it. A judgement depends only on the pair's words, the
markers table and polcmp's code, so it is kept in the cache folder under a fingerprint of the last two
(`fingerprint`): an edited levels.toml, lexicon.toml or module of polcmp starts a new store, and the
stores of older fingerprints are removed when the new one is first written.

A store is 256 small JSON files (`judged-<fingerprint>/<two hex digits>.json`, by the pair's hash), read
one at a time when a pair hashed to it is first looked up: a run reads only what it asks for. Values are
plain JSON, made and read back by the level package; anything wrong with a file (missing, damaged, not
the user's) reads as no entry, and a cache that cannot be written is not written."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path

try:  # the hash alone: hashlib would load OpenSSL first, 2 ms of every start
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another implementation
    from hashlib import blake2b

from .cache import cache_dir, private_dir, read_cache_file, write_cache_file

SHARD_LIMIT = 4 * 1024 * 1024  # bytes a shard file may have to be read
SHARD_ENTRIES = 100  # judgements a shard keeps (25,600 in all): beyond it, those this run used


def fingerprint(*parts: bytes | str) -> str:
    """A fingerprint of what judgements depend on besides the pair: polcmp's code and the given parts (the
    markers table's files, its thresholds)."""
    digest = blake2b(digest_size=10)
    digest.update(_code_fingerprint().encode())
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


def _code_fingerprint() -> str:
    """Every module of polcmp by path, size and modification time: any edit (or another installed version)
    changes it. Stat only: reading the files would cost more than a judgement saves."""
    entries: list[str] = []
    todo = [os.path.dirname(os.path.abspath(__file__))]
    while todo:
        with contextlib.suppress(OSError), os.scandir(todo.pop()) as listing:
            for entry in listing:
                if entry.name.endswith(".py") and entry.is_file():
                    st = entry.stat()
                    entries.append(f"{entry.path}|{st.st_size}|{st.st_mtime_ns}")
                elif entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                    todo.append(entry.path)
    return blake2b("\n".join(sorted(entries)).encode("utf-8", "surrogateescape"), digest_size=10).hexdigest()


def pair_key(*parts: object) -> str:
    """The store's key of a judged pair: a hash of its words and setting (JSON of `parts`)."""
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class JudgementStore:
    """The judgements kept under one fingerprint: `get` and `put` by pair_key; what was put is written
    when the run ends."""

    def __init__(self, fingerprint: str | Callable[[], str]) -> None:
        self.fingerprint = fingerprint  # or what makes it, called at first use: most commands judge nothing
        self.folder: Path | None = None  # the cache folder, fixed at first use
        self.shards: dict[str, dict] = {}
        self.changed: set[str] = set()
        self.used: set[str] = set()
        self.fresh: dict[str, list] = {}  # put since the last `taken`: what a batch's worker process sends back

    def get(self, key: str) -> list | None:
        value = self._shard(key[:2]).get(key)
        if isinstance(value, list):
            self.used.add(key)
            return value
        return None

    def put(self, key: str, value: list) -> None:
        self._shard(key[:2])[key] = value
        self.used.add(key)
        self.fresh[key] = value
        if not self.changed:
            atexit.register(self.save)
        self.changed.add(key[:2])

    def taken(self) -> dict[str, list]:
        """What was put since the last call. A worker process of a batch ends without running `save` (its exit
        skips atexit): it sends these back with its results, and the batch's process `absorb`s them."""
        fresh, self.fresh = self.fresh, {}
        return fresh

    def absorb(self, entries: dict[str, list]) -> None:
        """Judgements another process made (`taken` there), put here to be written with this run's."""
        for key, value in entries.items():
            self.put(key, value)

    @property
    def name(self) -> str:
        if callable(self.fingerprint):
            self.fingerprint = self.fingerprint()
        return f"judged-{self.fingerprint}"

    def _shard(self, name: str) -> dict:
        shard = self.shards.get(name)
        if shard is None:
            if self.folder is None:
                self.folder = cache_dir()
            checked = private_dir(create=False, folder=self.folder)
            raw = read_cache_file(checked / self.name / f"{name}.json", SHARD_LIMIT) if checked else None
            shard = {}
            if raw is not None:
                with contextlib.suppress(ValueError):
                    loaded = json.loads(raw.decode("ascii"))
                    shard = loaded if isinstance(loaded, dict) else {}
            self.shards[name] = shard
        return shard

    def save(self) -> None:
        folder = private_dir(folder=self.folder)
        if folder is None:
            return
        target = folder / self.name
        try:
            fresh = not target.exists()
            target.mkdir(mode=0o700, exist_ok=True)
            if fresh:
                _remove_other_stores(folder, self.name)
            for name in sorted(self.changed):
                shard = self.shards[name]
                if len(shard) > SHARD_ENTRIES:  # judgements of lists long gone give way to this run's
                    shard = {key: value for key, value in shard.items() if key in self.used}
                # ASCII: a list's words may hold a lone surrogate, which UTF-8 cannot write
                write_cache_file(target / f"{name}.json", json.dumps(shard, separators=(",", ":")), "ascii")
        except OSError:  # a read-only home: judged afresh next time
            pass


def _remove_other_stores(folder: Path, keep: str) -> None:
    """Stores of other fingerprints: judgements by code or markers no longer in use."""
    import shutil

    for path in folder.glob("judged-*"):
        if path.name != keep and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
