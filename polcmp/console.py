"""What the command line writes to the terminal beside a result: one line on stderr and exit 2 for bad
input (never a traceback), the streams' encoding, a progress bar while many lists are read, a line for each
file skipped."""

from __future__ import annotations

import contextlib
import functools
import os
import sys

import typer

from .environment import Environment
from .model import InputError
from .output import quiet_stdout


def configure_streams(encoding: str | None = None) -> None:
    """stdout and stderr in the encoding each should have (polcmp.environment): the terminal's when it is
    one (GB18030 on a zh_CN.GBK terminal), UTF-8 to pipes and files, `--encoding` or PYTHONIOENCODING
    when given; what the encoding cannot carry is replaced or escaped, never an error."""
    for stream in (sys.stdout, sys.stderr):
        wanted = Environment.of_process(encoding=encoding, stdout=stream).encoding
        errors = "backslashreplace" if wanted in ("utf-8", "gb18030") else "replace"
        with contextlib.suppress(AttributeError, ValueError, OSError, LookupError):  # not a TextIOWrapper (embedded)
            stream.reconfigure(encoding=wanted, errors=errors)


def stdout_encoding() -> str:
    """The encoding configure_streams gave stdout (UTF-8 when it is no text stream)."""
    import codecs

    try:
        return codecs.lookup(getattr(sys.stdout, "encoding", None) or "utf-8").name
    except LookupError:
        return "utf-8"


class Progress:
    """A progress bar on stderr when more than a few lists are read and stderr is a terminal."""

    def __init__(self, total: int) -> None:
        self.total, self.bar = total, None

    def __enter__(self):
        if self.total > 5 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.__enter__()
            task = self.bar.add_task("reading lists", total=self.total)
            return lambda done=1: self.bar.advance(task, done)
        return lambda done=1: None

    def __exit__(self, *exc):
        return self.bar.__exit__(*exc) if self.bar else False


def report_skipped(skipped) -> None:
    for s in skipped:
        sys.stderr.write(f"polcmp: skipped {s.path}: {s.problem}\n")


def fail(message: str) -> None:
    sys.stderr.write(f"polcmp: {message}\n")
    raise typer.Exit(2)


_DOCUMENT_PARAMETERS = ("source", "base", "other", "baseline", "sources_", "files", "file")


def _inputs(kwargs: dict) -> str:
    """The documents a command was given (ids or paths), to name them when it fails unexpectedly."""
    given = []
    for name in _DOCUMENT_PARAMETERS:
        value = kwargs.get(name)
        given += [os.fsdecode(v) for v in (value if isinstance(value, list | tuple) else [value]) if v]
    return f" ({', '.join(given)})" if given else ""


def handles_input_errors(func):
    """Bad input becomes one line on stderr and exit code 2, never a traceback; Ctrl-C exits 130; a
    closed pipe (`polcmp diff … | head`) ends quietly."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except InputError as e:
            fail(str(e))
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except BrokenPipeError:
            quiet_stdout()
            raise typer.Exit(0) from None
        except Exception as e:  # an unforeseen failure still gets one line; POLCMP_DEBUG=1 shows the trace
            if os.environ.get("POLCMP_DEBUG"):
                raise
            fail(f"internal error in {func.__name__}{_inputs(kwargs)}: {type(e).__name__}: {e} "
                  "(set POLCMP_DEBUG=1 for details)")

    return wrapper
