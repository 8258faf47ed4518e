"""Stage 4, match: which items of two documents correspond, and how each pair differs.

`compare(base, other, mappings=…)` returns a `results.Comparison` for two lists and for a list and a
prose plan alike. Modules by job: align (compare: the passes in order), similarity (scores), assignment
(Hungarian), passes (override, exact, assignment), relations (splits and merges), classify (a pair's
changes and Status), clauses (clause and word diff, the clause map), plans (a plan's measures against the
baseline), settings (every threshold)."""

from __future__ import annotations

from ..lazyload import lazy_names

# The package loads a module when a name of it is first asked for: `polcmp.match.settings`, which every
# command's Settings needs, then costs only MatchSettings, not the matcher (rapidfuzz, the relations, the
# clause map), which `polcmp sources` and `polcmp parse` never use.
_WHERE = {"compare": "align", "link_confidence": "align", "MatchSettings": "settings"}

__all__ = ["MatchSettings", "compare"]


__getattr__, __dir__ = lazy_names(__name__, _WHERE, globals())
