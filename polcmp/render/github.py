"""GitHub Actions workflow commands: one `::error|warning|notice …::message` line per finding, then
the verdict per list.

Escaping follows the workflow-command rules (@actions/core): in the message `%`→%25, CR→%0D,
LF→%0A; in properties also `:`→%3A and `,`→%2C, so a file name cannot forge the line or title.
`line=` is given only where the finding's location is a real text line; a row of a .docx, .xlsx, HTML
or PDF table is named in the message instead (`table row 4: …`), since GitHub would mark line 4."""

from __future__ import annotations

from ..results import CheckReport, Finding
from . import RenderOptions, register
from .common import finding_message, place, verdict_line


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items() if v is not None)
    return f"::{level}{' ' + props if props else ''}::{escape_data(message)}"


def annotation(f: Finding, lang: str = "zh") -> str:
    message = finding_message(f, lang)
    if f.line is None and f.row is not None:
        message = f"{place(f, lang)}: {message}"
    return command(f.severity.value, message, file=f.file, line=f.line, title=f"polcmp {f.code}")


@register(CheckReport, "github")
def check(report: CheckReport, options: RenderOptions) -> str:
    lines = [annotation(f, options.lang) for c in report.checks for f in c.findings]
    lines += [command("error", s.problem, file=s.path, title="polcmp unreadable") for s in report.unreadable]
    if report.reconstructed:
        lines.append(command("notice", options.say("reconstructed"), title="polcmp baseline"))
    for c in report.checks:
        lines.append(escape_data(verdict_line(c, options)))
    return "\n".join(lines) + "\n"
