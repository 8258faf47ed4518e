"""The data shapes every stage passes on: small, frozen, and the basis of the JSON contracts."""

from __future__ import annotations

import os
from enum import Enum

from .frozen import frozen


def display_name(path: str | os.PathLike) -> str:
    """A path as messages and outputs show it: bytes that are not UTF-8 (which Python keeps as lone
    surrogates) become \\xNN and control characters (a newline in a file name) \\uNNNN, so a name can
    always be printed, rendered and encoded, and always stays on one line. The file itself is still
    opened by its real name."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if text.isprintable():
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    return "".join(out)


class InputError(Exception):
    """Bad input: the CLI prints `polcmp: <path>: <message>` on one line and exits 2."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message

    def __reduce__(self):  # pickled whole between processes (a forked reader, a batch worker)
        return (type(self), (self.path, self.message))


class DocumentKind(str, Enum):
    """What a document is: a list (a table of services) or a plan (prose measures)."""

    LIST = "list"
    PLAN = "plan"

    def __str__(self) -> str:
        return self.value


@frozen
class Provenance:
    """Where an item was read: the file and its lines or table rows."""

    path: str
    first: int  # first line (text) or table row (.docx, spreadsheets, web pages), 1-based
    last: int
    unit: str = "line"  # "line": a line of the file; "row": a row of its table


@frozen
class Item:
    """One service row of a list, or one numbered measure of a prose plan."""

    seq: int  # the 序号 as written; items are identified by `index`, never by seq alone
    domain: str
    target: str
    service: str
    content: str
    clauses: tuple[str, ...]
    departments: tuple[str, ...]
    department_functions: tuple[str, ...]
    provenance: Provenance
    unknown_departments: tuple[str, ...] = ()
    index: int = 0  # position in the document, 0-based: two rows may share a 序号


@frozen
class PolicyList:
    """A parsed document: its items and what is known of it."""

    id: str
    title: str
    kind: DocumentKind
    path: str
    items: tuple[Item, ...]
    notes: tuple[str, ...] = ()  # parse-time observations (dropped page numbers, …)
    columns: tuple[str, ...] = ()  # canonical column names found in the header
    reconstructed: bool = False  # a reconstruction, not the official text (the registry's flag)
    # the lists a reconstruction was made from: where one of them differs from it, the reconstruction took
    # the other lists' wording, and the official text may say what that list says
    reconstructed_from: tuple[str, ...] = ()

    def item(self, seq: int) -> Item:
        for it in self.items:
            if it.seq == seq:
                return it
        raise KeyError(seq)


@frozen
class Source:
    """One entry of the registry in sources/registry.toml."""

    id: str
    name: str
    level: str
    kind: DocumentKind
    file: str
    title: str
    issuer: str = ""
    date: str = ""
    note: str = ""
    reconstructed: bool = False  # not the official text (the bundled national baseline)
    reconstructed_from: tuple[str, ...] = ()  # the source ids a reconstruction was made from
    parent: str = ""  # the id of the list this one adapts (a county's city, a city's province), or ""
    edition: str = ""  # the edition (2024, 2025-03): editions of one region share `name`
