"""Where the bundled sources and mappings are: a user's folder first, then the package's own copy.

In a checkout (and an editable install) they are the repository's top-level `sources/` and
`mappings/`; an installed wheel carries the same files as `polcmp/bundled/`."""

from __future__ import annotations

import os
from pathlib import Path

_ENV = {"sources": "POLCMP_SOURCES", "mappings": "POLCMP_MAPPINGS"}


def bundled(kind: str) -> Path:
    """The package's own copy of `sources` or `mappings`."""
    # Beside this module, not importlib.resources: a wheel installs as plain files, and importlib.resources
    # would import zipfile at every start-up.
    installed = Path(__file__).resolve().parent / "bundled" / kind
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / kind


def folder(kind: str, given: str | Path | None = None) -> Path:
    """The folder to read `kind` from: the one given, else $POLCMP_SOURCES / $POLCMP_MAPPINGS, else bundled."""
    chosen = given or os.environ.get(_ENV[kind])
    return Path(chosen) if chosen else bundled(kind)
