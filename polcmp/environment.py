"""What polcmp knows of the process it runs in, read once at the command line and passed down: whether
standard output is a terminal, its width and encoding, colour, the language of the labels, debugging.
Nothing below the command line reads os.environ or sys.stdout for these."""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Mapping

from .frozen import frozen

# Chinese code pages a terminal may use: GB18030 holds every character they hold and every other one, so
# a GBK terminal shows what it can and nothing raises.
_GB = {"gbk", "gb2312", "gb18030", "cp936", "hz"}


@frozen
class Environment:
    """The terminal facts of a run (read once at the entry and passed down)."""

    terminal: bool = False  # standard output is a terminal
    width: int = 100  # columns, for text
    encoding: str = "utf-8"  # what standard output is written in
    no_color: bool = False  # NO_COLOR is set
    debug: bool = False  # POLCMP_DEBUG: tracebacks instead of one line

    @classmethod
    def of_process(cls, *, encoding: str | None = None, environ: Mapping[str, str] | None = None,
                   stdout=None) -> Environment:
        environ = os.environ if environ is None else environ
        stdout = sys.stdout if stdout is None else stdout
        try:
            terminal = stdout.isatty()
        except (AttributeError, ValueError):
            terminal = False
        return cls(terminal=terminal, width=_width(environ), encoding=output_encoding(encoding, environ, terminal),
                   no_color=bool(environ.get("NO_COLOR")), debug=bool(environ.get("POLCMP_DEBUG")))


def output_encoding(chosen: str | None, environ: Mapping[str, str], terminal: bool) -> str:
    """`--encoding`, else PYTHONIOENCODING, else the terminal's locale (LC_ALL, LC_CTYPE, LANG) when
    writing to a terminal, else UTF-8: pipes and files are UTF-8 whatever the locale."""
    for candidate in (chosen, environ.get("PYTHONIOENCODING", "").split(":")[0]):
        if candidate:
            return _codec(candidate) or "utf-8"
    if terminal:
        for name in ("LC_ALL", "LC_CTYPE", "LANG"):
            value = environ.get(name, "")
            if value:  # the first one set decides, as the C library reads them
                charset = value.partition(".")[2].partition("@")[0]
                return _codec(charset) or "utf-8"
    return "utf-8"


def _codec(name: str) -> str | None:
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return "gb18030" if canonical in _GB else canonical


def known_encoding(name: str) -> bool:
    return _codec(name) is not None


def _width(environ: Mapping[str, str]) -> int:
    try:
        width = int(environ.get("COLUMNS", "0"))
    except ValueError:
        width = 0
    if width <= 0:
        import shutil

        width = shutil.get_terminal_size((80, 24)).columns
    return max(width, 40)
