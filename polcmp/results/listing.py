"""What `polcmp sources` and `polcmp history` return: the registry's rows and a region's editions."""

from __future__ import annotations

from dataclasses import field

from ..frozen import frozen
from ..model import Item
from .diff import Comparison
from .vocabulary import Vocabulary

# ---------------------------------------------------------------- sources


@frozen
class SourceRow:
    id: str
    name: str
    level: str
    kind: str
    items: int | None  # None: the file could not be read
    title: str
    date: str
    reconstructed: bool = False
    file: str = ""
    issuer: str = ""
    parent: str = ""  # the id of the source above it ("" at the top)
    edition: str = ""


@frozen
class SourceListing:
    folder: str
    rows: tuple[SourceRow, ...]

    def tree(self) -> tuple[tuple[int, SourceRow], ...]:
        """(depth, row) depth first from the sources with no (registered) parent, children in registry
        order; empty when no source names a parent."""
        if not any(r.parent for r in self.rows):
            return ()
        ids = {r.id for r in self.rows}
        out: list[tuple[int, SourceRow]] = []

        def walk(row: SourceRow, depth: int) -> None:
            out.append((depth, row))
            for child in self.rows:
                if child.parent == row.id and child is not row:
                    walk(child, depth + 1)

        for row in self.rows:
            if not row.parent or row.parent not in ids:
                walk(row, 0)
        return tuple(out)


# ---------------------------------------------------------------- history


class Event(Vocabulary):
    """What became of a service from one edition of a list to the next."""

    ADDED = ("added", "新增", "+")
    DROPPED = ("dropped", "删除", "-")
    SPLIT = ("split", "拆分", "÷")
    MERGED = ("merged", "合并", "÷")
    RAISED = ("raised", "提高", "▲")
    LOWERED = ("lowered", "降低", "▼")


@frozen
class Edition:
    id: str
    label: str  # the edition (2025), else the id
    title: str
    path: str
    items: int


@frozen
class ServiceEvent:
    """One change of one service, in the edition where it happened."""

    edition: str  # the label of the edition that made the change
    previous: str  # the label of the edition before it
    event: Event
    service: str  # the service's name in the edition that made the change (or the dropped one's)
    before: Item | None  # the item in the previous edition (None when added)
    after: Item | None  # the item in the edition that made the change (None when dropped)
    reasons: tuple[str, ...] = ()  # level reasons (raised/lowered), or the item split from / merged into


@frozen
class History:
    """The editions of one region in order, and every change between consecutive ones."""

    region: str
    editions: tuple[Edition, ...]
    events: tuple[ServiceEvent, ...]
    comparisons: tuple[Comparison, ...] = field(default=(), compare=False)  # edition i → i + 1

    def of(self, edition: str) -> tuple[ServiceEvent, ...]:
        return tuple(e for e in self.events if e.edition == edition)
