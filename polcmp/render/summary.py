"""The summary above a coverage matrix: for each baseline service, how many lists carry it, weaken it,
strengthen it and drop it. A table in text, Markdown, CSV and JSON (`coverage --summary`); a plain
inline SVG bar chart (no script) in the HTML report."""

from __future__ import annotations

import json

from ..results import CoverageSummary, ServiceTally
from . import RenderOptions, register
from .csv import _write
from .labels import columns, say
from .markdown import md

HEAD = ("#", "baseline service", "carried", "weaker", "stronger", "missing", "lists")  # CSV: for machines


def _rows(summary: CoverageSummary) -> list[tuple]:
    return [(t.base.seq, t.base.service, t.carried, t.weaker, t.stronger, t.missing, t.regions)
            for t in summary.services]


def width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _notice(summary: CoverageSummary, lang: str = "zh") -> list[str]:
    return [say(lang, "note", text=say(lang, "reconstructed"))] if summary.matrix.reconstructed else []


@register(CoverageSummary, "text")
def text(summary: CoverageSummary, options: RenderOptions) -> str:
    rows = [tuple(str(v) for v in row) for row in _rows(summary)]
    head = options.say("summary-head").split("|")
    widths = [max([width(str(h)), *(width(r[i]) for r in rows)]) for i, h in enumerate(head)]

    def line(values) -> str:
        # padded by display width: a Chinese heading takes two cells a character
        parts = [v + " " * (w - width(v)) if i == 1 else " " * (w - width(v)) + v
                 for i, (v, w) in enumerate(zip(values, widths, strict=True))]
        return "  ".join(parts).rstrip()

    out = [*_notice(summary, options.lang),
           options.say("summary-title", n=len(summary.matrix.regions), id=summary.matrix.baseline.id),
           line(head), *(line(r) for r in rows)]
    return "\n".join(out) + "\n"


@register(CoverageSummary, "markdown")
def markdown(summary: CoverageSummary, options: RenderOptions) -> str:
    head = options.say("summary-head").split("|")
    out = [f"> {n}" for n in _notice(summary, options.lang)] + ([""] if summary.matrix.reconstructed else [])
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(md(v) for v in row) + " |" for row in _rows(summary)]
    return "\n".join(out) + "\n"


@register(CoverageSummary, "csv")
def csv(summary: CoverageSummary, options: RenderOptions) -> str:
    return _write(["seq", "service", "carried", "weaker", "stronger", "missing", "lists"], _rows(summary))


@register(CoverageSummary, "json")
def json_(summary: CoverageSummary, options: RenderOptions) -> str:
    return json.dumps({"schema": 1, "baseline": summary.matrix.baseline.id, "reconstructed": summary.matrix.reconstructed,
                       "lists": len(summary.matrix.regions),
                       "services": [dict(zip(("seq", "service", "carried", "weaker", "stronger", "missing", "lists"), row,
                                             strict=True)) for row in _rows(summary)]},
                      ensure_ascii=False, indent=2) + "\n"


# (class, colour): the same colours as the report's matrix; the labels are summary-head's columns 2-5
_BARS = (("same", "#1B5E20"), ("weaker", "#E65100"), ("stronger", "#0D47A1"), ("missing", "#B71C1C"))


def svg_chart(services: tuple[ServiceTally, ...], lang: str = "zh") -> str:
    """A horizontal stacked bar per baseline service: carried at the baseline's level, weaker, stronger
    (a mixed cell in both: the bar may pass the list count), missing; every number also written."""
    from markupsafe import escape

    row, label_w, bar_w = 22, 230, 360
    most = max((t.regions + t.mixed for t in services), default=1) or 1
    height = row * len(services) + 40
    parts = [f'<svg role="img" class="summary-chart" width="{label_w + bar_w + 150}" '
             f'height="{height}" viewBox="0 0 {label_w + bar_w + 150} {height}" font-size="12">',
             f"<title>{escape(say(lang, 'chart-title'))}</title>"]
    bars = [(name, colour, label) for (name, colour), label in zip(_BARS, columns(lang, "summary-head")[2:6], strict=True)]
    for i, (_, colour, label) in enumerate(bars):
        parts.append(f'<rect x="{label_w + i * 90}" y="4" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{label_w + i * 90 + 14}" y="13">{escape(label)}</text>')
    for n, t in enumerate(services):
        y = 24 + n * row
        same = t.same
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{t.base.seq} '
                     f"{escape(t.base.service[:16])}</text>")
        x = label_w
        for (name, colour, label), value in zip(bars, (same, t.weaker, t.stronger, t.missing), strict=True):
            if value:
                w = bar_w * value / most
                parts.append(f'<rect class="{name}" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
                             f'fill="{colour}"><title>{escape(label)} {value}</title></rect>')
                x += w
        counts = say(lang, "chart-counts", carried=t.carried, regions=t.regions, weaker=t.weaker, stronger=t.stronger,
                     missing=t.missing)
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 14}">{escape(counts)}</text>')
    parts.append("</svg>")
    return "".join(parts)
