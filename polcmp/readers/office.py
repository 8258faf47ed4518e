"""Word 97-2003 .doc, WPS .wps, OpenDocument .odt and RTF: converted to .docx by LibreOffice, then read
by the .docx reader. The conversion runs in a private temporary folder, on a copy of the bytes already
read (the user's file is never opened by LibreOffice, so never locked or touched), with its own
throw-away profile (-env:UserInstallation) so it neither waits for nor disturbs a running LibreOffice,
and with a time limit after which its whole process group is killed."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..model import InputError
from .detect import describe
from .docx import read_docx_bytes
from .limits import ReadLimits

PACKAGE = "libreoffice-writer-nogui"
_EXTENSION = {"doc": ".doc", "wps": ".wps", "odt": ".odt", "rtf": ".rtf"}


def soffice() -> str | None:
    """The LibreOffice binary: $POLCMP_SOFFICE, else soffice or libreoffice on PATH."""
    configured = os.environ.get("POLCMP_SOFFICE")
    if configured:
        return configured
    return shutil.which("soffice") or shutil.which("libreoffice")


def read(data: bytes, path, name: str, fmt: str, limits: ReadLimits):
    converted = convert(data, name, fmt, "docx", limits)
    document = read_docx_bytes(converted, name, limits, fmt)
    return document


def convert(data: bytes, name: str, fmt: str, target: str, limits: ReadLimits) -> bytes:
    """The bytes of `data` (a file of format `fmt`) converted by LibreOffice to `target` (docx, pdf, …)."""
    binary = soffice()
    if not binary:
        raise InputError(name, f"is {describe(fmt)}; reading it needs LibreOffice, which is not installed "
                               f"(Debian/Ubuntu: apt-get install {PACKAGE}), or save it as .docx first")
    with tempfile.TemporaryDirectory(prefix="polcmp-soffice-") as tmp:
        work = Path(tmp)
        source = work / f"input{_EXTENSION.get(fmt, '.' + fmt)}"
        fd = os.open(source, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        out = work / "out"
        out.mkdir()
        command = [binary, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--nodefault", "--nologo", "--convert-to", target, "--outdir", str(out),
                   str(source)]
        try:
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, cwd=tmp, start_new_session=True,
                                    env={**os.environ, "HOME": tmp})
        except OSError as e:
            raise InputError(name, f"is {describe(fmt)}; LibreOffice ({binary}) could not be started "
                                   f"({e.strerror or e})") from None
        try:
            output, _ = proc.communicate(timeout=limits.convert_seconds)
        except subprocess.TimeoutExpired:
            _kill(proc)
            raise InputError(name, f"is {describe(fmt)}; LibreOffice did not convert it within "
                                   f"{limits.convert_seconds:g} s (killed)") from None
        finally:
            _kill(proc)
        results = list(out.glob(f"*.{target}"))
        if not results:
            said = " ".join(output.decode("utf-8", "replace").split())[-160:]
            code = proc.returncode
            how = f"killed by signal {-code}" if code and code < 0 else f"exit {code}"
            raise InputError(name, f"is {describe(fmt)} that LibreOffice could not convert ({how}"
                                   f"{': ' + said if said else ''}); damaged?")
        result = results[0]
        if result.stat().st_size > limits.max_bytes * 4:
            raise InputError(name, f"is {describe(fmt)} whose conversion is larger than the limit")
        return result.read_bytes()


def _kill(proc: subprocess.Popen) -> None:
    """End the conversion and anything it started (LibreOffice forks oosplash -> soffice.bin); also the
    children a parent that already exited left behind in its process group."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    if proc.poll() is None:
        proc.wait()
