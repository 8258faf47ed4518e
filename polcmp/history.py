"""Editions of one list in order: every service added, dropped, split, merged, raised or lowered, in the
edition where it happened (each consecutive pair compared with `compare`)."""

from __future__ import annotations

from . import results  # the history types by name (results.Edition): built when history first needs them
from .model import PolicyList
from .results import Comparison, Fate, Level, Link, Unlinked


def edition_events(comparison: Comparison, previous: str, edition: str) -> list[results.ServiceEvent]:
    """The changes from one edition to the next, in the order of the newer edition's rows (a service
    dropped at the place it held in the older one)."""
    out: list[tuple[int, results.ServiceEvent]] = []
    for link in comparison.links:
        out += _level_events(link, previous, edition)
    out += [_added_event(u, previous, edition) for u in comparison.added]
    out += [_dropped_event(u, previous, edition) for u in comparison.dropped]
    out.sort(key=lambda pair: pair[0])
    return [event for _, event in out]


def _level_events(link: Link, previous: str, edition: str) -> list[tuple[int, results.ServiceEvent]]:
    """A row raised, lowered (or both: a mixed pair), each with its reasons."""
    out = []
    for direction, event in ((Level.STRONGER, results.Event.RAISED), (Level.WEAKER, results.Event.LOWERED)):
        reasons = tuple(r.explanation for r in link.level_reasons if r.direction is direction)
        if reasons and link.level in (direction, Level.MIXED):
            out.append((link.other.index, results.ServiceEvent(edition, previous, event, link.other.service,
                                                               link.base, link.other, reasons)))
    return out


def _added_event(u: Unlinked, previous: str, edition: str) -> tuple[int, results.ServiceEvent]:
    event = results.Event.SPLIT if u.fate is Fate.SPLIT else results.Event.ADDED
    reasons = (f"拆分自 {u.related.seq} {u.related.service}",) if u.fate is Fate.SPLIT and u.related else ()
    before = u.related if u.fate is Fate.SPLIT else None  # an addition's `related` is only its nearest
    return u.item.index, results.ServiceEvent(edition, previous, event, u.item.service, before, u.item, reasons)


def _dropped_event(u: Unlinked, previous: str, edition: str) -> tuple[int, results.ServiceEvent]:
    """A row dropped or merged, at the place it held in the older edition (merged: where it went)."""
    event = results.Event.MERGED if u.fate is Fate.MERGED else results.Event.DROPPED
    reasons = (f"并入 {u.related.seq} {u.related.service}",) if u.fate is Fate.MERGED and u.related else ()
    place = u.related.index if u.related is not None else u.item.index
    return place, results.ServiceEvent(edition, previous, event, u.item.service, u.item, u.related, reasons)


def edition(lst: PolicyList, label: str) -> results.Edition:
    return results.Edition(lst.id, label or lst.id, lst.title, lst.path, len(lst.items))
