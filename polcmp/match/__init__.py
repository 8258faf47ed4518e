"""Stage 4, match: which items of two documents correspond, and how each pair differs.

`compare(base, other, mappings=…)` returns a `results.Comparison` for two lists and for a list and a
prose plan alike. Modules by job: align (compare: the passes in order), similarity (scores), assignment
(Hungarian), passes (override, exact, assignment), relations (splits and merges), classify (a pair's
changes and Status), clauses (clause and word diff, the clause map), plans (a plan's measures against the
baseline), settings (every threshold)."""

from __future__ import annotations

import importlib

# The package loads a module when a name of it is first asked for: `polcmp.match.settings`, which every
# command's Settings needs, then costs only MatchSettings, not the matcher (rapidfuzz, the relations, the
# clause map), which `polcmp sources` and `polcmp parse` never use.
_WHERE = {"compare": "align", "link_confidence": "align", "MatchSettings": "settings"}

__all__ = ["MatchSettings", "compare"]


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
