"""The console entry (`polcmp`, `python -m polcmp`): Ctrl-C at any moment, the start-up imports
included, exits 130 with one line on stderr and no traceback.

SIGINT is turned into `Interrupted`, a BaseException that is not a KeyboardInterrupt: click would
turn a KeyboardInterrupt inside a command into "Aborted!" and exit 1, and `except Exception` in a
batch loop must not swallow it either. This module imports nothing heavy, so the handler is in
place before typer, rich or polcmp.cli are loaded."""

from __future__ import annotations

import _signal  # the C module, loaded by the interpreter itself: importing it costs nothing


class Interrupted(BaseException):
    """Raised by the SIGINT handler."""


def _on_sigint(signum, frame) -> None:
    raise Interrupted()


def _install() -> None:
    try:  # noqa: SIM105 - contextlib is not imported yet
        _signal.signal(_signal.SIGINT, _on_sigint)
    except ValueError:  # not the main thread (embedded): keep Python's default
        pass


# At import, before anything else is loaded: this module is the program's entry (the console script and
# polcmp/__main__ import it first, and nothing else imports it), so the window in which a Ctrl-C meets
# Python's default handler ends within polcmp's first lines.
_install()

import contextlib  # noqa: E402
import gc  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a job stopped by Ctrl-C


# Collect young objects every 50,000 allocations, not every 700: a command builds its lists, reasons and reports
# as objects that live to its end, and the default thresholds had the collector search them again and again
# (5-8 ms of a 140 ms `diff`); cycles are still collected, and long batches stay in bounded memory.
GC_THRESHOLDS = (50_000, 20, 20)


def main() -> None:
    _install()
    gc.set_threshold(*GC_THRESHOLDS)  # the program's entry only, never a library call
    try:
        from .cli import main as cli_main  # typer and rich: loaded after the handler is in place

        try:
            cli_main()
        finally:
            # The process is ending: its teardown need not search the run's objects for cycles (a tenth
            # of a short command's time). Only here, the program's entry, never in a library call; inside
            # the try, so a Ctrl-C landing here still exits 130.
            gc.freeze()
    except (Interrupted, KeyboardInterrupt):
        _interrupted()


def _interrupted() -> None:
    with contextlib.suppress(ValueError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C during exit changes nothing
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write("\npolcmp: interrupted\n")
        sys.stderr.flush()
    sys.exit(EXIT_INTERRUPTED)
