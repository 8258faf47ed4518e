"""The cache folder polcmp keeps between runs (segmentations, parsed TOML): where it is, that it is
private to the user, and how a cache file is read without trusting it and written whole. Owned here, below both users of
it (tokens.py, tomlcache.py), so neither takes it from the other.

$POLCMP_CACHE_DIR, else $XDG_CACHE_HOME/polcmp, else ~/.cache/polcmp; the folder must be a directory owned
by the user with no access for others (0700; polcmp makes it so, or uses a folder of its own from mkdtemp
for the run when it cannot)."""

from __future__ import annotations

import atexit
import contextlib
import os
from functools import lru_cache
from pathlib import Path


def cache_dir() -> Path:
    """The configured cache folder (not created, not checked: private_dir does both)."""
    environ = os.environ
    return _cache_dir(environ.get("POLCMP_CACHE_DIR"), environ.get("XDG_CACHE_HOME"), environ.get("HOME"))


@lru_cache(maxsize=8)
def _cache_dir(override: str | None, xdg: str | None, home: str | None) -> Path:
    # (read for every pattern compiled: the variables are looked up each time, the path made once for them)
    if override:
        return Path(override)
    base = xdg or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "polcmp"


def private_dir(create: bool = True, folder: Path | None = None) -> Path | None:
    """The cache folder (or `folder`, a cache folder chosen earlier in the run) when it is (or can be made)
    a directory owned by this user with no access for others; else, when `create`, a folder of this run's
    own from mkdtemp (removed at exit), else None."""
    folder = cache_dir() if folder is None else folder
    if _private(str(folder), create):
        return folder
    return _fallback() if create else None


def _private(folder: str, create: bool) -> bool:
    import stat

    try:
        if create:
            os.makedirs(folder, mode=0o700, exist_ok=True)
        st = os.stat(folder)
        if not stat.S_ISDIR(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
            return False
        if st.st_mode & 0o077:
            if not create:
                return False
            os.chmod(folder, 0o700)  # ours but open to others (an older polcmp's 0755): made private
        return True
    except OSError:
        return False


@lru_cache(maxsize=1)
def _fallback() -> Path:
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="polcmp-cache-")  # 0700, a name no one can predict
    atexit.register(shutil.rmtree, folder, True)  # registered before any save: runs after them
    return Path(folder)


CACHE_FILE_LIMIT = 64 * 1024 * 1024  # bytes a cache file may have (the tokens file is about 200 KB)


def read_cache_file(path: Path, limit: int = CACHE_FILE_LIMIT) -> bytes | None:
    """The bytes of a cache file, or None when it is missing, not a regular file of this user's (a
    FIFO, a device, a link), or larger than `limit`. Never blocks and never reads past the limit."""
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit or (
                hasattr(os, "getuid") and st.st_uid != os.getuid()):
            return None
        chunks, size = [], 0
        while size <= limit:  # (one read for a file that does not grow meanwhile: its size and one byte more)
            chunk = os.read(fd, min(max(st.st_size + 1 - size, 64 * 1024), limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return None if size > limit else b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def write_cache_file(path: Path, text: str | bytes, encoding: str = "utf-8") -> bool:
    """Write a cache file whole or not at all, whatever another run does meanwhile: to a file of this
    process's own (0600, never through a link), then renamed over `path`. False when it cannot be written
    (a read-only home): the caller then works without the cache."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(text if isinstance(text, bytes) else text.encode(encoding))
        os.replace(temporary, path)
        return True
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
