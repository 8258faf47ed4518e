"""Writing an output file safely: `polcmp report -o FILE`, `--output` of any command, or `-` for stdout.

A file is written through a private temporary file in the target's directory (a random name opened
with O_EXCL|O_NOFOLLOW, mode 0600, then given the mode a new file would get) and renamed over the
target, so a reader never sees half a report and a symlink planted at the temporary path is never
followed. FIFOs, devices, sockets and directories are refused from lstat() alone, before anything is
opened. An existing file is overwritten only with `force`, or when `guard` recognises its first bytes
as polcmp's own output (at most GUARD_BYTES are read). Every failure is an InputError naming the path."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from .model import InputError
from .regexcache import compiled

GUARD_BYTES = 8192  # how much of an existing file the guard sees
_ATTEMPTS = 8  # temporary names tried before giving up (each is random: a clash means an attack)
_KINDS = ((stat.S_ISDIR, "is a directory"), (stat.S_ISFIFO, "is a FIFO (named pipe)"),
          (stat.S_ISCHR, "is a character device"), (stat.S_ISBLK, "is a block device"),
          (stat.S_ISSOCK, "is a socket"))


def write_output(path: Path | str, data: str | bytes, *, force: bool = False,
                 guard: Callable[[bytes], bool] | None = None, binary: bool | None = None) -> int:
    """Write `data` (text is UTF-8; bytes as they are, render.encode's) to `path`, or to stdout for "-";
    return the number of bytes written. The one way polcmp writes its output."""
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if str(path) == "-":
        if binary is None:  # text already encoded (GB18030 for a terminal) is told by the caller
            binary = isinstance(data, bytes) and _is_binary(payload)
        return _to_stdout(payload, binary=binary)
    target = Path(path)
    name = str(path)
    try:
        existing = os.lstat(target)
    except FileNotFoundError:
        existing = None
    except OSError as e:
        raise InputError(name, f"cannot be written ({e.strerror})") from None
    if existing is not None:
        _check_existing(target, name, existing, force, guard)
    folder = target.parent
    if not folder.is_dir():
        raise InputError(name, f"cannot be written: folder {str(folder)!r} does not exist")
    mode = stat.S_IMODE(existing.st_mode) if existing is not None and stat.S_ISREG(existing.st_mode) \
        else 0o666 & ~_umask()
    _replace(target, name, payload, mode)
    return len(payload)


def _check_existing(target: Path, name: str, st: os.stat_result, force: bool, guard) -> None:
    for test, what in _KINDS:
        if test(st.st_mode):
            raise InputError(name, f"{what}; polcmp writes only regular files")
    if force:
        return
    if stat.S_ISLNK(st.st_mode):
        raise InputError(name, "is a symbolic link; use --force to replace the link with a file")
    if guard is None or not guard(_head(target, name)):
        raise InputError(name, "already exists and is not a polcmp report; use --force to overwrite it")


def _head(target: Path, name: str) -> bytes:
    """The first GUARD_BYTES of a regular file, opened without following links or blocking."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(target, flags)
    except OSError as e:
        raise InputError(name, f"cannot be read to check what it is ({e.strerror})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(name, "is not a regular file; polcmp writes only regular files")
        return os.read(fd, GUARD_BYTES)
    except OSError as e:
        raise InputError(name, f"cannot be read to check what it is ({e.strerror})") from None
    finally:
        os.close(fd)


def _token() -> str:
    """16 random hex digits: what secrets.token_hex(8) returns, read from the same os.urandom without
    importing secrets (hashlib, hmac, random: 6 ms of every command's start-up)."""
    return os.urandom(8).hex()


def _replace(target: Path, name: str, payload: bytes, mode: int) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    temporary = fd = None
    for _ in range(_ATTEMPTS):
        candidate = target.parent / f".polcmp-{_token()}.tmp"
        try:
            fd = os.open(candidate, flags, 0o600)
        except FileExistsError:
            continue
        except OSError as e:
            raise InputError(name, f"cannot be written ({e.strerror})") from None
        temporary = candidate
        break
    if temporary is None:
        raise InputError(name, f"cannot be written: no free temporary name in {str(target.parent)!r}")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise InputError(name, f"cannot be written ({e.strerror})") from None


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _is_binary(payload: bytes) -> bool:
    if b"\x00" in payload:
        return True
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


class ReaderLeft(Exception):
    """Standard output's reader stopped early (`polcmp diff … | head`): not an error; the command ends
    quietly with its own exit code."""


def _to_stdout(payload: bytes, binary: bool) -> int:
    stream = sys.stdout
    if binary and stream.isatty():
        raise InputError("-", "is a terminal; binary output goes to a file (-o FILE) or a pipe")
    try:
        stream.flush()
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # a text-only stream (tests, notebooks)
            stream.write(payload.decode("utf-8", errors="replace"))
            stream.flush()
            return len(payload)
        view = memoryview(payload)
        while view:  # a write cut short (the reader left mid-way) returns a count: go on, meet EPIPE
            view = view[buffer.write(view):]
        buffer.flush()
    except BrokenPipeError:
        quiet_stdout()
        raise ReaderLeft from None
    except OSError as e:  # a full disk (/dev/full), an I/O error: one line naming the target
        quiet_stdout()  # what is still buffered is dropped, so the interpreter's exit adds no second message
        raise InputError("standard output", f"cannot be written ({e.strerror or type(e).__name__})") from None
    return len(payload)


def quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


_HEAD = compiled(rb"^\s*(?:\xef\xbb\xbf)?(?:<!doctype html[^>]*>\s*)?<html[^>]*>\s*<head(?:\s[^>]*)?>", re.IGNORECASE)
_HEAD_END = compiled(rb"</head|<body", re.IGNORECASE)
_GENERATOR = compiled(rb"""<meta\s+name\s*=\s*["']generator["']\s+content\s*=\s*["']polcmp""", re.IGNORECASE)


def is_polcmp_html(head: bytes) -> bool:
    """A guard for HTML reports: the document starts as HTML and its <head> (up to </head> or <body,
    within the bytes given) holds <meta name="generator" content="polcmp…">. A file that merely
    mentions the tag elsewhere, or an HTML page without it, is not polcmp's."""
    start = _HEAD.match(head)
    if not start:
        return False
    end = _HEAD_END.search(head, start.end())
    return bool(_GENERATOR.search(head, start.end(), end.start() if end else len(head)))
