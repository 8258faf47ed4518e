"""HTML: one self-contained page (inline CSS, no script, no network) for a report (a CoverageMatrix whose
regions carry their comparison) or a single diff. Jinja2 with autoescaping: list text is never markup.
The template (polcmp/templates/report.html.j2) reads only the result types and the helpers below."""

from __future__ import annotations

from pathlib import Path

from .. import __version__
from ..results import (
    CellState,
    ClauseDiff,
    ClauseStatus,
    Comparison,
    CoverageMatrix,
    Fate,
    Level,
    PlanComparison,
    Status,
    tally,
)
from . import RenderOptions, register
from .common import (
    cell_mark,
    clause_segments,
    legend_marks,
    level_note,
    reconstructed,
    short_name,
    side_labels,
    summary_line,
    term_segments,
)
from .labels import columns, say, term
from .summary import svg_chart

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TRANSPOSE_AFTER = 12  # more regions than this: the matrix turns, one row per region


def _environment(lang: str):
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup, escape

    def segments(clause: ClauseDiff, side: str) -> Markup:
        tags = {"deleted": "<del>{}</del>", "inserted": "<ins>{}</ins>", "kept": '<span class="kept">{}</span>'}
        return Markup("").join(Markup(tags.get(kind, "{}")).format(text) for text, kind in clause_segments(clause, side))

    def highlight(text: str, terms: tuple[str, ...]) -> Markup:
        """The evidence with its matched terms in <mark>, one mark per run of overlapping terms; marks
        are placed on the text before escaping, so a term never matches inside markup or an entity."""
        return Markup("").join(Markup("<mark>{}</mark>").format(piece) if marked else escape(piece)
                               for piece, marked in term_segments(text, terms))

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    def note(level: Level, reasons, reference: str = "") -> str:
        return level_note(level, reasons, lang, reference)

    # every word of the page from the labels table, in `lang`: t("matrix-heading"), term(Status.REWORDED)
    env.globals.update(segments=segments, highlight=highlight, cell_mark=cell_mark, level_note=note,
                       level_marks=legend_marks(lang)[len(CellState):], lang=lang,
                       t=lambda key, **fields: say(lang, key, **fields), term=lambda member: term(member, lang),
                       columns=lambda key: columns(lang, key),
                       short_name=short_name, side_labels=side_labels, Status=Status, Fate=Fate,
                       ClauseStatus=ClauseStatus, CellState=CellState, Level=Level,
                       version=__version__, shown_path=shown_path, reference="")
    env.tests["plan"] = lambda c: isinstance(c, PlanComparison)  # {% if c is plan %}: a plan reads by service
    return env


def shown_path(path: str) -> str:
    """A list's file as the reader knows it: relative to the working folder when it lies under it, else
    its name alone (never an install path such as …/site-packages/polcmp/bundled/sources/)."""
    from pathlib import Path

    file = Path(path)
    try:
        return file.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return file.name


def _page(lang: str, **context) -> str:
    return _environment(lang).get_template("report.html.j2").render(**context)


@register(CoverageMatrix, "html")
def report(m: CoverageMatrix, options: RenderOptions) -> str:
    from markupsafe import Markup

    chart = Markup(svg_chart(tally(m), options.lang)) if m.regions else ""  # noqa: S704 - built from escaped text
    return _page(options.lang, title=options.title or options.say("report-title", title=m.baseline.title),
                 baseline=m.baseline, matrix=m,
                 summary_chart=chart,
                 regions=m.regions, transposed=len(m.regions) > TRANSPOSE_AFTER,
                 reconstructed=m.reconstructed or reconstructed(m.baseline), labels=options.labels)


@register(Comparison, "html")
def comparison(c: Comparison, options: RenderOptions) -> str:
    return _page(options.lang, title=options.title or f"{c.base.title} → {c.other.title}", baseline=c.base, matrix=None,
                 regions=(), single=c, transposed=False, reconstructed=reconstructed(c.base), labels=options.labels,
                 reference=c.reference, summary=summary_line(c, side_labels(c, options.labels), options.lang))
