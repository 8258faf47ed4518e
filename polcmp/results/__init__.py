"""The result model: the output vocabulary (enums) and the frozen results every command returns.

Renderers, the JSON contract and the HTML template read these types and nothing else. Each enum
member carries its one label and mark, so a new status is one member here and one rule where it is
decided (polcmp/match/); no renderer keeps a list of its own.

One module per command's result (vocabulary, diff, coverage, check, listing), loaded when a name of it is
first asked for: `polcmp diff` never builds the coverage, check or history types (a frozen dataclass costs
most of a millisecond to create)."""

from __future__ import annotations

from ..lazyload import lazy_names

_WHERE = {
    "CheckReport": "check",
    "Finding": "check",
    "ListCheck": "check",
    "BELOW_UNSURE": "coverage",
    "CoverageCell": "coverage",
    "CoverageMatrix": "coverage",
    "CoverageSummary": "coverage",
    "NOT_CARRIED": "coverage",
    "RegionCoverage": "coverage",
    "ServiceTally": "coverage",
    "Skipped": "coverage",
    "_tally": "coverage",
    "below_only_by_absence": "coverage",
    "tally": "coverage",
    "Change": "diff",
    "ClauseDiff": "diff",
    "ClauseLocation": "diff",
    "Comparison": "diff",
    "Evidence": "diff",
    "FILTERS": "diff",
    "LevelReason": "diff",
    "Link": "diff",
    "PlanComparison": "diff",
    "Unlinked": "diff",
    "WordOp": "diff",
    "_Filtered": "diff",
    "_FilteredPlan": "diff",
    "_count": "diff",
    "_link_wanted": "diff",
    "_unlinked_wanted": "diff",
    "Edition": "listing",
    "Event": "listing",
    "History": "listing",
    "ServiceEvent": "listing",
    "SourceListing": "listing",
    "SourceRow": "listing",
    "CellState": "vocabulary",
    "ClauseStatus": "vocabulary",
    "Fate": "vocabulary",
    "FindingCode": "vocabulary",
    "Level": "vocabulary",
    "MatchedBy": "vocabulary",
    "ReasonKind": "vocabulary",
    "Severity": "vocabulary",
    "Status": "vocabulary",
    "Tier": "vocabulary",
    "Vocabulary": "vocabulary",
    "tier_label": "vocabulary",
}

__all__ = [name for name in _WHERE if not name.startswith("_")]


__getattr__, __dir__ = lazy_names(__name__, _WHERE, globals())
