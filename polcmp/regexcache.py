"""Regular expressions compiled once per pattern, not once per run. polcmp's level markers, parsers and
readers are some four hundred patterns, and Python compiles each in pure Python at every start: about
75 ms of a 280 ms `diff`. What re's compiler produces for a pattern (the SRE code, a list of numbers, and
its group names) is kept in the cache folder, one file per interpreter and SRE version; a later run hands
it to `_sre.compile`, the step re.compile ends with, which checks the code before it builds the pattern.
The file is an index (each pattern's flags, groups and where its code lies; marshal, read in a fifth of
the time JSON took) and then the code of every pattern as raw bytes: read in 1 ms, where the same code as
JSON text took 9 ms.

Any problem (no cache, a damaged or foreign one, another Python whose re works differently) compiles as
re.compile does, so the result is always the pattern re.compile would give."""

from __future__ import annotations

import atexit
import contextlib
import marshal
import re
import sys
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .cache import cache_dir, private_dir, read_cache_file, write_cache_file

try:  # the hash alone: hashlib would load OpenSSL first
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another implementation
    from hashlib import blake2b

try:  # the compiler's own parts: present in CPython 3.11 to 3.13, checked again at every use
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another implementation: plain re.compile
    _sre = _compiler = _parser = None


ENTRY_LIMIT = 5000  # patterns a cache file keeps; polcmp compiles some four hundred


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), from the cache when this pattern was compiled before."""
    flags = int(flags)
    store = _store(str(cache_dir()))
    if store is None:
        return re.compile(pattern, flags)
    key = entry_key(pattern, flags)
    entry = store.entry(key)
    if entry is not None:
        try:
            built = _built(pattern, entry)
            store.used.add(key)
            return built
        except (TypeError, ValueError, RuntimeError, IndexError, KeyError):  # damaged: compiled afresh below
            pass
    try:
        built, entry = _compile(pattern, flags)
    except (AttributeError, TypeError):  # the compiler's parts changed shape: plain re.compile
        return re.compile(pattern, flags)
    store.add(key, entry)
    return built


class lazy:  # noqa: N801 - used as re.compile is
    """A regular expression compiled on first use: a command that judges no level never pays for the level
    rules' patterns at start-up."""

    __slots__ = ("expression", "_compiled")

    def __init__(self, expression: str) -> None:
        self.expression = expression
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = compiled(self.expression)
        return getattr(self._compiled, name)


def entry_key(pattern: str, flags: int = 0) -> str:
    """A pattern's key in the file: a hash of it and its flags. The patterns themselves (the level markers are
    alternations of some hundred words) made the file's index a quarter of a megabyte to parse at every start."""
    return blake2b(f"{flags}|{pattern}".encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def _compile(pattern: str, flags: int) -> tuple[re.Pattern, list]:
    """What re._compiler.compile does, keeping the pieces it hands to _sre.compile."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    entry = [flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1, groupindex, indexgroup]
    return _built(pattern, entry), entry


def _built(pattern: str, entry: list) -> re.Pattern:
    """The pattern from a cache entry: (flags, code as bytes, groups, group index, index group)."""
    code = array("I")
    code.frombytes(entry[1])
    return _sre.compile(pattern, entry[0], code.tolist(), entry[2], entry[3], tuple(entry[4]))


def _encoded(entries: dict) -> bytes:
    """The file: the index {key: [flags, offset, length, groups, group index, index group]} in marshal's
    format, after its length (4 bytes), then the code of every entry, one after another."""
    index, blob, offset = {}, [], 0
    for key, (flags, code, groups, groupindex, indexgroup) in entries.items():
        index[key] = [flags, offset, len(code), groups, groupindex, indexgroup]
        blob.append(bytes(code))
        offset += len(code)
    head = marshal.dumps(index)
    return len(head).to_bytes(4, "little") + head + b"".join(blob)


def _index(raw: bytes) -> tuple[dict, memoryview]:
    """A file's index ({key: [flags, offset, length, groups, group index, index group]}) and its code; an
    empty index for anything but a file `_encoded` wrote."""
    size = int.from_bytes(raw[:4], "little")
    try:  # (marshal reads data, never runs anything: a damaged index is a ValueError, EOFError or TypeError)
        index = marshal.loads(raw[4:4 + size]) if 4 + size <= len(raw) else {}
    except (ValueError, EOFError, TypeError):
        index = {}
    return (index if isinstance(index, dict) else {}), memoryview(raw)[4 + size:]


def _entry(row, code: memoryview) -> list | None:
    """An index row as an entry (flags, code, groups, group index, index group); None when not of that shape.
    The code is checked when the pattern is built."""
    try:
        flags, offset, length, groups, groupindex, indexgroup = row
        return [flags, code[offset:offset + length], groups, groupindex, indexgroup]
    except (TypeError, ValueError):
        return None


@dataclass
class _Store:
    """The patterns of one cache file: those read from it and those compiled in this run."""

    folder: Path
    name: str
    entries: dict = field(default_factory=dict)
    used: set = field(default_factory=set)
    added: bool = False
    # the file's index and code: an entry is made from them when its pattern is first asked for (a run asks
    # for a few hundred; making all of them at load took 2 ms)
    index: dict = field(default_factory=dict)
    code: memoryview = field(default_factory=lambda: memoryview(b""))

    def entry(self, key: str) -> list | None:
        found = self.entries.get(key)
        if found is None and key in self.index:
            found = _entry(self.index.pop(key), self.code)
            if found is not None:
                self.entries[key] = found
        return found

    def add(self, key: str, entry: list) -> None:
        self.entries[key] = entry
        self.used.add(key)
        if not self.added:
            self.added = True
            atexit.register(self.save)

    def save(self) -> None:
        for key in list(self.index):  # the file's other patterns are kept (unless over the limit, below)
            self.entry(key)
        if len(self.entries) > ENTRY_LIMIT:  # patterns of mappings long since edited: keep this run's
            self.entries = {key: self.entries[key] for key in self.used}
        folder = private_dir(folder=self.folder)
        if write_cache_file(folder / self.name, _encoded(self.entries)):  # unwritable: no cache
            for older in ("-2.bin", ".bin"):  # the files of earlier formats (a JSON index; patterns as keys)
                with contextlib.suppress(OSError):
                    (folder / self.name.replace("-3.bin", older)).unlink(missing_ok=True)


@lru_cache(maxsize=4)
def _store(folder: str) -> _Store | None:
    """The store of this interpreter's cache file in `folder`, loaded once per run; None without the
    compiler's parts. Kept per folder so that a run (or a test) with another cache folder starts afresh."""
    if _sre is None or not hasattr(_compiler, "_code") or array("I").itemsize != _sre.CODESIZE:
        return None
    name = f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-3.bin"  # 3: a marshal index
    store = _Store(Path(folder), name)
    checked = private_dir(create=False, folder=store.folder)
    raw = read_cache_file(checked / name, 8 * 1024 * 1024) if checked is not None else None
    if raw is not None:
        store.index, store.code = _index(raw)
    return store
