"""Shell completion (`polcmp --install-completion`): registry ids and files for lists, each command's own
formats, --color values. Imported by the CLI; never imports more than the registry when it answers."""

from __future__ import annotations

from pathlib import Path

import typer

from .render import FORMATS, formats


def complete_paths(incomplete: str) -> list[str]:
    """Files and folders starting with `incomplete` (Typer's completion scripts take words only)."""
    folder, _, stem = incomplete.rpartition("/")
    base = Path(folder + "/" if folder else ".")
    try:
        entries = sorted(base.iterdir())
    except OSError:
        return []
    prefix = folder + "/" if folder else ""
    return [prefix + e.name + ("/" if e.is_dir() else "") for e in entries
            if e.name.startswith(stem) and (stem.startswith(".") or not e.name.startswith("."))]


def complete_source(incomplete: str) -> list[str]:
    """Registry ids (national, tianjin, …), then files and folders."""
    try:
        # the registry module loads the mappings and level tables (and rapidfuzz): only when a source is completed
        from .sources import load_registry

        ids = [i for i in load_registry().ids() if i.startswith(incomplete)]
    except Exception:  # a broken registry must not break the shell
        ids = []
    return ids + complete_paths(incomplete)


def complete_formats(kind: type):
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        allowed = formats(kind)
        if ctx.info_name == "report":
            allowed = tuple(f for f in allowed if FORMATS[f].binary or f == "html")
        return [f for f in allowed if f.startswith(incomplete)]

    return complete


def complete_color(incomplete: str) -> list[str]:
    return [c for c in ("auto", "always", "never") if c.startswith(incomplete)]
