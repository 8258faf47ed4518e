"""The command line's shared options and arguments (Typer annotations): --format with the formats of each
command's result, -o, --force, --color, the sources, the baseline, --strict, --fail-on."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated

import typer

from .completion import complete_color, complete_formats, complete_paths, complete_source
from .console import fail
from .environment import Environment
from .frozen import frozen
from .render import ALIASES, formats


def formats_of(kind: type):
    """The --format callback: `-f help` lists the formats of the command's result; an unknown format
    fails before any work is done."""
    def check(value: str | None) -> str | None:
        if value is None:
            return value
        known = formats(kind)
        if value == "help":
            sys.stdout.write("\n".join(known) + "\n")
            raise typer.Exit(0)
        if ALIASES.get(value, value) not in known:
            fail(f"--format {value}: not offered here (choose from {', '.join(known)})")
        return value

    return check


def format_option(kind: type):
    return Annotated[str | None, typer.Option("--format", "-f", callback=formats_of(kind),
                                              help="Output format (default: text); -f help lists this command's formats.",
                                              autocompletion=complete_formats(kind))]


OutputOption = Annotated[str | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout ('-': stdout).",
                                                  autocompletion=complete_paths)]
ForceOption = Annotated[bool, typer.Option(
    help="With -o: replace FILE even when it is not polcmp's own output of this format.")]
ColorOption = Annotated[str, typer.Option("--color", help="auto, always or never: colour and word marks.",
                                          autocompletion=complete_color)]


SourcesArgument = Annotated[list[str] | None, typer.Argument(
    metavar="[SOURCE]...", help="Ids, files or folders of lists (read recursively); default: every registered source.",
    autocompletion=complete_source)]


class FailOn(str, Enum):
    ERROR = "error"
    WARNING = "warning"


BaselineOption = Annotated[str, typer.Option(help="The baseline list (id or path).", autocompletion=complete_source)]
StrictOption = Annotated[bool, typer.Option(help="Fail (exit 2) when any file had to be skipped.")]


@frozen
class Invocation:
    """What the global options chose for this run, and the process's streams as found at its start: made
    once by the callback and kept in the run's click context (no module state), read by the commands."""

    settings: str | None = None
    include_hidden: bool = False
    lang: str = "zh"
    environment: Environment | None = None


def invocation(ctx: typer.Context) -> Invocation:
    """The run's Invocation (a command run without the callback, as a test may: the defaults)."""
    found = ctx.find_root().obj
    return found if isinstance(found, Invocation) else Invocation(environment=Environment.of_process())


@frozen
class Destination:
    """Where and how a command's result goes: --format, -o, --color, --force."""

    fmt: str
    output: str | None = None
    color: str = "auto"
    force: bool = False
