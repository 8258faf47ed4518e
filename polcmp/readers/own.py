"""polcmp's own `parse --format json` output read back: a list becomes a table with the canonical
columns, a plan the text of its numbered measures, so both parse again to the same items."""

from __future__ import annotations

import json

from ..model import InputError
from .detect import describe
from .document import Document, TableDocument, TableRow, TextDocument
from .limits import ReadLimits
from .text import decode

HEADER = ("序号", "服务领域", "服务对象", "服务项目", "服务内容", "责任部门")
_NUMERALS = "一二三四五六七八九"


def read(data: bytes, path, name: str, fmt: str, limits: ReadLimits) -> Document:
    text, encoding, notes = decode(data, name, limits, what=describe(fmt))
    try:
        payload = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        raise InputError(name, f"is {describe(fmt)} that is not valid JSON ({e})") from None
    items = payload.get("items") if isinstance(payload, dict) else None
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise InputError(name, f"is {describe(fmt)} but not polcmp's parse output (no \"items\" list)")
    if len(items) > limits.max_rows:
        raise InputError(name, f"is {describe(fmt)} with more than {limits.max_rows} items (the limit)")
    title = _text(payload.get("title"))
    if payload.get("kind") == "plan":
        return TextDocument(name, _plan_text(title, items), encoding, notes, fmt)
    rows = [TableRow(HEADER, 1)]
    for number, item in enumerate(items, 2):
        rows.append(TableRow((_text(item.get("seq")), _text(item.get("domain")), _text(item.get("target")),
                              _text(item.get("service")), _text(item.get("content")),
                              "、".join(_text(d) for d in item.get("departments") or [])), number))
    return TableDocument(name, (tuple(rows),), (title,) if title else (), fmt, notes)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        raise TypeError("a field holds a list or an object where text was expected")
    return str(value)


def numeral(n: int) -> str:
    """1..99 in Chinese numerals, as measures are numbered （一）…（九十九）."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return ((_NUMERALS[tens - 1] if tens > 1 else "") + ("十" if tens else "")
            + (_NUMERALS[ones - 1] if ones else ""))


def _plan_text(title: str, items: list[dict]) -> str:
    lines = [title] if title else []
    domain = None
    section = 0
    for item in items:
        if _text(item.get("domain")) != domain:
            domain = _text(item.get("domain"))
            section += 1
            if domain:
                lines.append(f"{numeral(section)}、{domain}")
        departments = "、".join(_text(d) for d in item.get("departments") or [])
        service, content = _text(item.get("service")), _text(item.get("content"))
        body = service if content == service else f"{service}。{content}"
        seq = item.get("seq")
        number = numeral(seq) if isinstance(seq, int) else _text(seq)
        lines.append(f"（{number}）{body}" + (f"（{departments}负责）" if departments else ""))
    return "\n".join(lines) + "\n"
