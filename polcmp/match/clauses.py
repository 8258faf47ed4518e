"""Clause diff of a linked pair (with word-level ops), and the clause map: where each baseline clause
sits in the other document."""

from __future__ import annotations

import difflib

from rapidfuzz import fuzz

from ..lexicon import Lexicon, expand, used_entries
from ..model import Item, PolicyList
from ..regexcache import compiled
from ..results import ClauseDiff, ClauseLocation, ClauseStatus, WordOp
from ..tokens import tokenize
from .assignment import hungarian
from .settings import DEFAULT, MatchSettings
from .similarity import containment, key


def _one_to_one(base: tuple[str, ...], other: tuple[str, ...], settings: MatchSettings) -> dict[int, int]:
    sims = [[fuzz.ratio(key(a), key(b)) / 100 for b in other] for a in base]
    return {r: c for r, c in hungarian([[1 - s for s in row] for row in sims])
            if sims[r][c] >= settings.clause_match} if base and other else {}


def _contained(base: tuple[str, ...], other: tuple[str, ...], matched: dict[int, int],
               settings: MatchSettings) -> set[int]:
    """Clauses left over that sit mostly inside a clause of the other side (two joined into one, or one
    split in two) are matched against it; returns the other side's clauses used."""
    for r, clause in enumerate(base):
        if r not in matched and other:
            c = max(range(len(other)), key=lambda c: containment(clause, other[c]))
            if containment(clause, other[c]) >= settings.clause_contained:
                matched[r] = c
    used = set(matched.values())
    for c, clause in enumerate(other):
        if c not in used and base:
            r = max(range(len(base)), key=lambda r: containment(clause, base[r]))
            if containment(clause, base[r]) >= settings.clause_contained and r not in matched:
                matched[r] = c
                used.add(c)
    return used


def diff_clauses(base: tuple[str, ...], other: tuple[str, ...], settings: MatchSettings = DEFAULT
                 ) -> tuple[ClauseDiff, ...]:
    """Clauses kept, changed (with word-level ops), removed and added, in the base's order.
    One-to-one first; then a clause left over that is mostly contained in a clause of the other
    side is shown as changed against it."""
    matched = _one_to_one(base, other, settings)
    used = _contained(base, other, matched, settings)
    out: list[ClauseDiff] = []
    for r, clause in enumerate(base):
        if r in matched:
            o = other[matched[r]]
            if key(clause) == key(o):
                out.append(ClauseDiff(ClauseStatus.KEPT, clause, o))
            else:
                out.append(ClauseDiff(ClauseStatus.CHANGED, clause, o, word_diff(clause, o)))
        else:
            out.append(ClauseDiff(ClauseStatus.REMOVED, clause, ""))
    out.extend(ClauseDiff(ClauseStatus.ADDED, "", o) for c, o in enumerate(other) if c not in used)
    return tuple(out)


def word_diff(a: str, b: str) -> tuple[WordOp, ...]:
    ta, tb = tokenize(a), tokenize(b)
    ops: list[WordOp] = []
    matcher = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(WordOp("equal", "".join(ta[i1:i2])))
            continue
        if i2 > i1:
            ops.append(WordOp("delete", "".join(ta[i1:i2])))
        if j2 > j1:
            ops.append(WordOp("insert", "".join(tb[j1:j2])))
    return tuple(ops)


_SENTENCE = compiled(r"(?<=[。；;])")
_REFERENCE = compiled(r"(依照|按照|根据|除包括).{0,20}(基础清单|民发〔2024〕35号|国家清单)")


def units(item: Item) -> tuple[str, ...]:
    """An item's clauses: a list item's clauses, a plan measure's heading and sentences."""
    if item.clauses:
        return item.clauses
    parts = [item.service] if item.service else []
    return tuple(parts + [s for s in _SENTENCE.split(item.content) if s.strip()]) or (item.content,)


def locate_clause(clause: str, other: PolicyList, lexicon: Lexicon = ()) -> tuple[Item | None, str, float]:
    """The item and clause (or sentence) of `other` holding `clause` best: the containment of its
    bigrams, both sides in the lexicon's canonical words."""
    best: tuple[Item | None, str, float] = (None, "", 0.0)
    wanted = expand(clause, lexicon)
    for item in other.items:
        # the whole content too: a baseline clause may be shared between two local clauses
        for candidate in units(item) + ((item.content,) if len(item.clauses) > 1 else ()):
            share = containment(wanted, expand(candidate, lexicon))
            if share > best[2]:
                best = (item, candidate, share)
    return best


def _how(clause: str, text: str, share: float, lexicon: Lexicon) -> str:
    if key(clause) == key(text):
        return "verbatim"
    if used_entries(clause + text, lexicon) and containment(clause, text) < share:
        return "lexicon"
    return "contained" if share >= 0.9 else "similar"


def clause_map(base: PolicyList, other: PolicyList, lexicon: Lexicon = (), settings: MatchSettings = DEFAULT
               ) -> tuple[ClauseLocation, ...]:
    """Every clause of every base item, located in `other` (or not: below settings.clause_floor).
    A local item that adopts the baseline by reference (按照…基础清单…) holds every clause of the
    baseline item of its own service (by name): those clauses are located there with how="reference".
    A reference in the 心理健康 row says nothing of the 特困 row's clauses."""
    out: list[ClauseLocation] = []
    referring = [it for it in other.items if _REFERENCE.search(it.content)]
    for item in base.items:
        for clause in units(item):
            where, text, share = locate_clause(clause, other, lexicon)
            if where is not None and share >= settings.clause_floor:
                out.append(ClauseLocation(item, clause, where, text, round(share, 3),
                                          _how(clause, text, share, lexicon)))
            elif (ref := _referring(item, referring, lexicon, settings)) is not None:
                out.append(ClauseLocation(item, clause, ref, _REFERENCE.search(ref.content).group(0),
                                          round(share, 3), "reference"))
            else:
                out.append(ClauseLocation(item, clause, None, "", round(share, 3), ""))
    return tuple(out)


def _referring(item: Item, referring: list[Item], lexicon: Lexicon, settings: MatchSettings) -> Item | None:
    """The referring item whose service is `item`'s, if any."""
    name = expand(item.service, lexicon)
    share, best = max(((containment(name, expand(it.service, lexicon)), it) for it in referring),
                      key=lambda pair: pair[0], default=(0.0, None))
    return best if share >= settings.reference_service else None
