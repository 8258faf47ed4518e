"""The policy vocabulary of mappings/lexicon.toml: each variant rewritten to its canonical form, on
both sides, before similarity (低保 -> 最低生活保障, 两免一补 -> its three parts), and the target
groups that cannot be the same service (严重精神障碍 vs 0-6岁)."""

from __future__ import annotations

import re
from functools import lru_cache

from .regexcache import compiled

# (canonical, variants) pairs, as Mappings.lexicon holds them; group names under the key "groups".
Lexicon = tuple[tuple[str, tuple[str, ...]], ...]
GROUPS = "groups"
STAGES = "stages"


class HashedLexicon(tuple):
    """A lexicon that hashes in constant time. The lexicon is an argument of every cached function
    here, and a plain tuple is rehashed, entry by entry, on each call."""

    def __new__(cls, entries=()):
        self = super().__new__(cls, entries)
        self._hash = tuple.__hash__(self)
        # read for every item and pair scored: found once, not by a scan to the lexicon's end each time
        self.groups = _named(self, GROUPS)
        self.stages = _named(self, STAGES)
        return self

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self):
        # rebuilt, never restored: a spawned process hashes strings with its own seed
        return HashedLexicon, (tuple(self),)


_HASHED: list[tuple[Lexicon, HashedLexicon]] = []


def hashed(lexicon: Lexicon) -> HashedLexicon:
    """The same lexicon as a HashedLexicon, one object per lexicon object (the last few are kept)."""
    if isinstance(lexicon, HashedLexicon):
        return lexicon
    for known, value in _HASHED:
        if known is lexicon:
            return value
    value = HashedLexicon(lexicon)
    _HASHED.insert(0, (lexicon, value))
    del _HASHED[4:]
    return value


@lru_cache(maxsize=64)
def _compiled(lexicon: Lexicon) -> tuple[re.Pattern | None, dict[str, str]]:
    table: dict[str, str] = {}
    for canonical, variants in lexicon:
        if canonical in (GROUPS, STAGES):
            continue
        table.setdefault(canonical, canonical)
        for v in variants:
            table.setdefault(v, canonical)
    if not table:
        return None, table
    # longest first, canonical forms included: 特困人员救助供养 is kept, 特困 alone is expanded
    words = sorted(table, key=len, reverse=True)
    return compiled("|".join(map(re.escape, words))), table


@lru_cache(maxsize=65536)
def expand(text: str, lexicon: Lexicon) -> str:
    pattern, table = _compiled(lexicon)
    if pattern is None or not text:
        return text
    return pattern.sub(lambda m: table[m.group(0)], text)


def used_entries(text: str, lexicon: Lexicon) -> set[str]:
    """The variants (not canonical forms) of `lexicon` that `text` holds, as expand() sees them."""
    pattern, table = _compiled(lexicon)
    if pattern is None:
        return set()
    return {m.group(0) for m in pattern.finditer(text) if table[m.group(0)] != m.group(0)}


def group_names(lexicon: Lexicon) -> tuple[str, ...]:
    return lexicon.groups if isinstance(lexicon, HashedLexicon) else _named(lexicon, GROUPS)


def stage_names(lexicon: Lexicon) -> tuple[str, ...]:
    return lexicon.stages if isinstance(lexicon, HashedLexicon) else _named(lexicon, STAGES)


def _named(lexicon: Lexicon, key: str) -> tuple[str, ...]:
    return next((names for canonical, names in lexicon if canonical == key), ())


_AGE = compiled(r"(?<!\d)(\d+)-(\d+)岁|(?<!\d)(\d+)岁以下")  # (?<!\d): linear on a run of 5,000 digits


def _ages(target: str) -> tuple[int, int] | None:
    m = _AGE.search(target)
    if not m:
        return None
    if m.group(3):
        return 0, int(m.group(3))
    return int(m.group(1)), int(m.group(2))


@lru_cache(maxsize=65536)
def targets_conflict(a: str, b: str, lexicon: Lexicon) -> bool:
    """Two targets that name different groups (a special population, or disjoint age bands) cannot be
    the same service; a target naming no group (流动儿童) conflicts with none."""
    if _stages_differ(a, b, lexicon):
        return True
    names = group_names(lexicon)
    ga = {n for n in names if n in a}
    gb = {n for n in names if n in b}
    if ga or gb:
        return _groups_differ(ga, gb, a, b)
    return _ages_disjoint(_ages(a), _ages(b))


def _stages_differ(a: str, b: str, lexicon: Lexicon) -> bool:
    """学段, in canonical words (中职 -> 中等职业教育): a row for one stage is not a row for another."""
    stages = stage_names(lexicon)
    if not stages:
        return False
    sa = {n for n in stages if n in expand(a, lexicon)}
    sb = {n for n in stages if n in expand(b, lexicon)}
    return bool(sa and sb and not sa & sb)


def _groups_differ(ga: set[str], gb: set[str], a: str, b: str) -> bool:
    """Targets of which at least one names a group: different groups conflict when both name one, or
    when one names a group and either names an age band."""
    return ga != gb and bool(ga and gb or ((ga or gb) and (_ages(a) or _ages(b))))


def _ages_disjoint(age_a: tuple[int, int] | None, age_b: tuple[int, int] | None) -> bool:
    return bool(age_a and age_b and (age_a[1] < age_b[0] or age_b[1] < age_a[0]))
