"""What `polcmp check` returns: the findings of each list, and the report over all of them."""

from __future__ import annotations

from ..frozen import frozen
from ..model import Item, PolicyList
from .coverage import RegionCoverage, Skipped
from .vocabulary import Severity, tier_label

# ---------------------------------------------------------------- check


@frozen
class Finding:
    """One finding of `polcmp check`, as data; renderers write the sentence for its code."""

    severity: Severity
    code: str  # a FindingCode, Status or Fate value, as a plain string
    file: str
    line: int | None  # a text line of the file, or None where the location is not a line
    row: int | None = None  # the list's row (1-based position) when the location is a table row
    base: Item | None = None
    other: Item | None = None
    quote: str = ""  # the words the finding is about
    detail: str = ""  # e.g. an exemption's reason, a status, the repeated numbers
    row_unit: str = "table row"  # what `row` counts: "table row", or "paragraph" in a Word plan
    against: str = ""  # checked against a chain: the id of the list the finding is against
    against_level: str = ""  # and that list's level (national, province, city, county)

    @property
    def against_label(self) -> str:
        """低于市级清单 (an error or warning) or 对照市级清单 (a notice); '' outside a chain check."""
        if not self.against:
            return ""
        word = "对照" if self.severity is Severity.NOTICE else "低于"
        return f"{word}{tier_label(self.against_level, self.against)}"

    @property
    def place(self) -> str:
        """`line 12`, `table row 4`, `paragraph 7`, or '' when the finding is about the whole file."""
        if self.line is not None:
            return f"line {self.line}"
        return f"{self.row_unit} {self.row}" if self.row is not None else ""


@frozen
class ListCheck:
    list: PolicyList
    baseline_id: str
    findings: tuple[Finding, ...]
    coverage: RegionCoverage | None
    fail_on: Severity = Severity.ERROR  # the least severe finding that fails the list (`check --fail-on`)
    chain: tuple[str, ...] = ()  # checked against a chain: the ids from the baseline down to the parent

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def passed(self) -> bool:
        failing = list(Severity)[: list(Severity).index(self.fail_on) + 1]
        return not any(f.severity in failing for f in self.findings)


@frozen
class CheckReport:
    checks: tuple[ListCheck, ...]
    unreadable: tuple[Skipped, ...] = ()
    reconstructed: bool = False

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks) and not self.unreadable
