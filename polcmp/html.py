"""Report stage, HTML: one self-contained page (inline CSS, no script, no network) from the same
result objects the other renderers use. Jinja2 with autoescaping: list text is never markup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .report import clause_segments

if TYPE_CHECKING:
    from .align import ClauseDiff
    from .coverage import RegionCoverage
    from .model import PolicyList, Source

TEMPLATES = Path(__file__).resolve().parent / "templates"
MARKS = {"identical": "=", "reworded": "~", "split": "÷", "missing": "✗"}
STATE_NAMES = {"identical": "相同", "reworded": "改写", "split": "拆分或合并", "missing": "缺失"}
STATUS_NAMES = {"identical": "相同", "punctuation": "仅标点", "reworded": "改写", "renamed": "更名",
                "target": "服务对象变化", "departments": "责任部门变化", "moved": "领域变化"}
CLAUSE_MARKS = {"kept": "", "changed": "~", "removed": "−", "added": "+"}


@dataclass(frozen=True)
class RegionView:
    """A region as the page shows it: its coverage plus what the registry and the parse know."""

    coverage: RegionCoverage
    name: str
    date: str
    added_items: tuple

    def __getattr__(self, name):  # everything else reads through to the coverage
        return getattr(self.coverage, name)

    @property
    def source_name(self) -> str:
        return Path(self.coverage.source).name

    @property
    def added_count(self) -> int:
        return len(self.coverage.added)


def region_view(lst: PolicyList, coverage: RegionCoverage, source: Source | None) -> RegionView:
    added = tuple(it for it in lst.items if it.seq in coverage.added) if lst.kind == "plan" else ()
    return RegionView(coverage, source.name if source else lst.id, source.date if source else "", added)


def render_html(baseline: PolicyList, regions: list[RegionView], baseline_source: Source | None = None) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup, escape

    def segments(clause: ClauseDiff, side: str) -> Markup:
        out = []
        for text, kind in clause_segments(clause, side):
            if kind == "deleted":
                out.append(Markup("<del>{}</del>").format(text))
            elif kind == "inserted":
                out.append(Markup("<ins>{}</ins>").format(text))
            elif kind == "kept":
                out.append(Markup('<span class="kept">{}</span>').format(text))
            else:
                out.append(escape(text))
        return Markup("").join(out)

    def highlight(text: str, terms: tuple[str, ...]) -> Markup:
        html = str(escape(text))
        for term in sorted(terms, key=len, reverse=True):
            html = html.replace(str(escape(term)), f"<mark>{escape(term)}</mark>")
        return Markup(html)

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    carried = {b.seq: sum(1 for r in regions if r.cells[b.seq] != "missing") for b in baseline.items}
    return env.get_template("legacy_report.html.j2").render(
        version=__version__, baseline=baseline, baseline_source=baseline_source, regions=regions,
        services={b.seq: b.service for b in baseline.items}, carried=carried, marks=MARKS,
        state_names=STATE_NAMES, status_names=STATUS_NAMES, clause_marks=CLAUSE_MARKS,
        segments=segments, highlight=highlight,
    )
