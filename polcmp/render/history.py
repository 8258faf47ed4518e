"""`polcmp history`: the editions of one region and each service's changes, in the edition where each
happened, as text, Markdown, JSON, HTML (one self-contained page, no script) and .xlsx."""

from __future__ import annotations

import json

from .. import __version__
from ..results import Event, History, ServiceEvent
from . import RenderOptions, register
from .labels import columns, say, term
from .xlsx import BOLD, put_cell, save_workbook

SCHEMA_VERSION = 1


def _seq(event: ServiceEvent) -> str:
    before = f"{event.before.seq}" if event.before else "—"
    after = f"{event.after.seq}" if event.after else "—"
    return f"{before} → {after}"


def _line(event: ServiceEvent, lang: str = "zh") -> str:
    reasons = "；".join(event.reasons)
    return (f"{event.event.mark} {term(event.event, lang)}  {event.service}  ({_seq(event)})"
            + (f"：{reasons}" if reasons else ""))


def _counts(history: History, edition: str, lang: str = "zh") -> str:
    events = history.of(edition)
    parts = [say(lang, "summary-part", n=sum(1 for e in events if e.event is kind), label=term(kind, lang))
             for kind in Event if any(e.event is kind for e in events)]
    return say(lang, "summary-sep").join(parts) or say(lang, "history-no-change")


def _intro(history: History, lang: str = "zh") -> str:
    editions = " → ".join(say(lang, "history-edition", label=e.label, n=e.items) for e in history.editions)
    return say(lang, "history-intro", region=history.region, n=len(history.editions), editions=editions)


@register(History, "text")
def text(history: History, options: RenderOptions) -> str:
    lines = [_intro(history, options.lang)]
    colon = ": " if options.lang == "en" else "："
    for previous, edition in zip(history.editions, history.editions[1:], strict=False):
        lines += ["", f"{previous.label} → {edition.label}{colon}{_counts(history, edition.label, options.lang)}"]
        lines += [f"  {_line(e, options.lang)}" for e in history.of(edition.label)]
    return "\n".join(lines) + "\n"


def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


@register(History, "markdown")
def markdown(history: History, options: RenderOptions) -> str:
    lines = [f"# {_md(say(options.lang, 'history-title', region=history.region))}", "",
             _md(_intro(history, options.lang)), ""]
    for previous, edition in zip(history.editions, history.editions[1:], strict=False):
        counts = _counts(history, edition.label, options.lang)
        lines += [f"## {_md(previous.label)} → {_md(edition.label)}", "", _md(counts), ""]
        events = history.of(edition.label)
        if events:
            lines += ["| " + " | ".join(columns(options.lang, "history-head")) + " |", "|---|---|---|---|"]
            lines += [f"| {e.event.mark} {term(e.event, options.lang)} ({e.event.value}) | {_md(e.service)} | {_seq(e)} | "
                      f"{_md('；'.join(e.reasons))} |" for e in events]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def history_json(history: History) -> dict:
    def item(it):
        return None if it is None else {"seq": it.seq, "service": it.service, "content": it.content}

    return {"schema": SCHEMA_VERSION, "region": history.region,
            "editions": [{"id": e.id, "edition": e.label, "title": e.title, "path": e.path, "items": e.items}
                         for e in history.editions],
            "changes": [{"edition": e.edition, "previous": e.previous, "change": e.event.value,
                         "label": e.event.label, "service": e.service, "before": item(e.before),
                         "after": item(e.after), "reasons": list(e.reasons)} for e in history.events]}


@register(History, "json")
def json_(history: History, options: RenderOptions) -> str:
    return json.dumps(history_json(history), ensure_ascii=False, indent=2) + "\n"


_CSS = """body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:1.5rem;max-width:60rem;color:#212121}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #bdbdbd;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#eeeeee}.added{color:#1b5e20}.dropped,.lowered{color:#b71c1c}
.raised{color:#0d47a1}.split,.merged{color:#4a148c}"""


@register(History, "html")
def html(history: History, options: RenderOptions) -> str:
    from markupsafe import escape

    title = options.title or say(options.lang, "history-title", region=history.region)
    lang = "en" if options.lang == "en" else "zh-CN"
    parts = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
             f'<meta name="generator" content="polcmp {escape(__version__)}">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>",
             f"<h1>{escape(title)}</h1>", f"<p>{escape(_intro(history, options.lang))}</p>"]
    for previous, edition in zip(history.editions, history.editions[1:], strict=False):
        parts.append(f'<h2 id="edition-{escape(edition.label)}">{escape(previous.label)} → {escape(edition.label)}</h2>')
        parts.append(f"<p>{escape(_counts(history, edition.label, options.lang))}</p>")
        events = history.of(edition.label)
        if events:
            parts.append("<table><tr>" + "".join(f"<th>{escape(h)}</th>" for h in columns(options.lang, "history-head"))
                         + "</tr>")
            for e in events:
                parts.append(f'<tr class="{e.event.value}"><td class="{e.event.value}">{escape(e.event.mark)} '
                             f"{escape(term(e.event, options.lang))}</td><td>{escape(e.service)}</td>"
                             f"<td>{escape(_seq(e))}</td>"
                             f"<td>{escape('；'.join(e.reasons))}</td></tr>")
            parts.append("</table>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


@register(History, "xlsx")
def xlsx(history: History, options: RenderOptions) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = say(options.lang, "history-sheet")
    for col, head in enumerate(columns(options.lang, "history-xlsx-head"), 1):
        put_cell(ws, 1, col, head, BOLD)
    for row, e in enumerate(history.events, 2):
        values = (e.edition, e.previous, term(e.event, options.lang), e.service, e.before.seq if e.before else None,
                  e.after.seq if e.after else None, "；".join(e.reasons))
        for col, value in enumerate(values, 1):
            put_cell(ws, row, col, value)
    ws.freeze_panes = "A2"
    for col, width in zip("ABCDEFG", (10, 10, 8, 30, 8, 8, 60), strict=True):
        ws.column_dimensions[col].width = width
    return save_workbook(wb)
