"""Opening files safely: only regular files, never more than the byte limit, zips checked before use."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import InputError
from .detect import describe
from .limits import MIB, ReadLimits

if TYPE_CHECKING:
    import zipfile

_HEAD = 64 * 1024


def read_head(path: Path, name: str, limits: ReadLimits) -> bytes:
    """The first 64 KiB of a file, with the same checks as read_bytes: enough to sniff most formats."""
    return read_bytes(path, name, limits, _HEAD)


def read_bytes(path: Path, name: str, limits: ReadLimits, at_most: int | None = None) -> bytes:
    """The whole file (or its first `at_most` bytes), refused before reading when it is not a regular
    file or larger than the limit."""
    _check_stat(path, name, limits)
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO after the stat, open does not hang on it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or type(e).__name__})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(name, "is not a regular file")
        want = limits.max_bytes + 1 if at_most is None else at_most
        # read(n) sets aside n bytes first: asked for the file's size, not the limit (20 MiB for a 3 KB
        # list: 80 us a file), then on to the bound only when the file grew since (or reports no size)
        first = min(want, st.st_size + 1)
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(first)
            if len(data) == first < want:
                data += f.read(want - first)
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or type(e).__name__})") from None
    finally:
        os.close(fd)
    if len(data) > limits.max_bytes:
        raise InputError(name, f"grew past the {_size(limits.max_bytes)} a list file may have while being read")
    return data


def _check_stat(path: Path, name: str, limits: ReadLimits) -> None:
    """Refused before reading: a missing file, a directory, a FIFO, socket or device, a file too large."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or type(e).__name__})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory, not a list file")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "not a regular file")
        raise InputError(name, f"is {kind}, not a list file")
    if st.st_size > limits.max_bytes:
        raise InputError(name, f"is {_size(st.st_size)}, more than the {_size(limits.max_bytes)} a list file may have")


def _size(n: int) -> str:
    return f"{n / MIB:.1f} MiB" if n >= MIB else f"{n} bytes"


def open_zip(data: bytes, name: str, fmt: str, limits: ReadLimits) -> zipfile.ZipFile:
    """A zip container checked against the member-count and size limits from its directory."""
    import io
    import zipfile

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        raise InputError(name, f"is {describe(fmt)} but damaged or truncated: not a valid .{fmt} ({e})") from None
    if len(infos) > limits.max_zip_members:
        raise InputError(name, f"is {describe(fmt)} with {len(infos)} zip members (limit {limits.max_zip_members})")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MIB and info.file_size > max(info.compress_size, 1) * limits.max_zip_ratio:
            raise InputError(name, f"is {describe(fmt)} whose member {info.filename} expands "
                             f"{info.file_size // max(info.compress_size, 1)}x (limit {limits.max_zip_ratio}x): a zip bomb?")
    if total > limits.max_zip_total:
        raise InputError(name, f"is {describe(fmt)} that expands to {_size(total)} "
                         f"(limit {_size(limits.max_zip_total)}): a zip bomb?")
    return zf


def read_member(zf: zipfile.ZipFile, member: str, name: str, fmt: str, limits: ReadLimits) -> bytes:
    """One member, decompressed no further than the total limit whatever its header claims."""
    import zipfile

    try:
        with zf.open(member) as f:
            data = f.read(limits.max_zip_total + 1)
    except KeyError:
        raise InputError(name, f"is {describe(fmt)} but damaged: it has no {member}") from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as e:
        raise InputError(name, f"is {describe(fmt)} but damaged or truncated ({type(e).__name__}: {e})") from None
    if len(data) > limits.max_zip_total:
        raise InputError(name, f"is {describe(fmt)} whose {member} expands past {_size(limits.max_zip_total)}: a zip bomb?")
    return data


def check_zip_expansion(zf: zipfile.ZipFile, name: str, fmt: str, limits: ReadLimits) -> None:
    """Decompress every member once, counting, before handing the file to a library that trusts the
    sizes a zip declares: total and ratio are checked on what really comes out."""
    import zipfile

    total = 0
    for info in zf.infolist():
        seen = 0
        try:
            with zf.open(info) as f:
                while chunk := f.read(MIB):
                    seen += len(chunk)
                    total += len(chunk)
                    if total > limits.max_zip_total:
                        raise InputError(name, f"is {describe(fmt)} that expands past "
                                         f"{_size(limits.max_zip_total)}: a zip bomb?")
                    if seen > MIB and seen > max(info.compress_size, 1) * limits.max_zip_ratio:
                        raise InputError(name, f"is {describe(fmt)} whose member {info.filename} expands more "
                                         f"than {limits.max_zip_ratio}x: a zip bomb?")
        except InputError:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as e:
            raise InputError(name, f"is {describe(fmt)} but damaged or truncated ({type(e).__name__}: {e})") from None


def zip_names(data: bytes) -> tuple[list[str], bytes]:
    """Member names and the `mimetype` member of a zip, for sniffing; ([], b"") when it is not readable."""
    import io
    import zipfile

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = zf.namelist()[:10_000]
        mimetype = b""
        if "mimetype" in names:
            with zf.open("mimetype") as f:
                mimetype = f.read(200)
        return names, mimetype
    except Exception:  # noqa: BLE001 - anything unreadable is reported by the reader that opens it
        return [], b""


def head(data: bytes) -> bytes:
    return data[:_HEAD]
