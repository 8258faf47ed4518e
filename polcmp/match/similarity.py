"""Similarity of two items: character bigrams, edit ratio, and the weighted pair score over content,
service name, target, domain and department functions."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz

from ..frozen import frozen
from ..lexicon import Lexicon, expand, group_names, targets_conflict
from ..model import Item
from ..normalize import strip_punctuation
from ..tokens import tokenize
from .settings import DEFAULT, MatchSettings

T = TypeVar("T")


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    return strip_punctuation(text)


@lru_cache(maxsize=65536)
def bigrams(text: str) -> frozenset[str]:
    k = key(text)
    return frozenset(k[i : i + 2] for i in range(len(k) - 1)) or frozenset([k])


def containment(part: str, whole: str) -> float:
    """Share of `part`'s character bigrams found in `whole`."""
    a, b = bigrams(part), bigrams(whole)
    return len(a & b) / len(a) if a else 0.0


def carried_share(part: str, whole: str, partner: str) -> float:
    """Share of `part`'s text (by characters) in clauses found nearly verbatim in `whole` but not in
    `partner`, the item `whole` is already paired with: text `whole` took over from `part`."""
    clauses = _long_clauses(part)
    total = sum(len(c) for c in clauses)
    carried = sum(len(c) for c in clauses if containment(c, whole) >= 0.9 and containment(c, partner) < 0.5)
    return carried / total if total else 0.0


@lru_cache(maxsize=65536)
def _long_clauses(part: str) -> tuple[str, ...]:
    """`part`'s comma clauses of six characters or more, punctuation stripped; split once per text."""
    return tuple(c for c in (key(c) for c in re.split(r"[，。；,;]", part)) if len(c) >= 6)


def content_similarity(a: str, b: str) -> float:
    """Order-aware edit similarity and bag-of-bigrams overlap, averaged: the first rewards the same
    wording, the second the same substance reordered or re-punctuated."""
    if not a or not b:
        return 0.0
    return _content_similarity(key(a), bigrams(a), key(b), bigrams(b))


def _content_similarity(ka: str, ba: frozenset, kb: str, bb: frozenset) -> float:
    """`ba`, `bb`: bigrams(ka), bigrams(kb), so the two keys decide the value, kept per pair of keys: a
    batch of lists copied from one baseline meets the same pair of texts in list after list."""
    value = _CONTENT.get((ka, kb))
    if value is None:
        if len(_CONTENT) >= _CONTENT_LIMIT:
            _CONTENT.clear()
        dice = 2 * len(ba & bb) / (len(ba) + len(bb))
        value = _CONTENT[ka, kb] = (fuzz.ratio(ka, kb) / 100 + dice) / 2
    return value


_CONTENT: dict[tuple[str, str], float] = {}
_CONTENT_LIMIT = 65536


def words_similarity(a: str, b: str) -> float:
    """content_similarity on jieba words instead of characters (token lists, not whitespace splitting)."""
    if not a or not b:
        return 0.0
    ta, tb = tokenize(key(a)), tokenize(key(b))
    sa, sb = set(ta), set(tb)
    return (fuzz.ratio(ta, tb) / 100 + 2 * len(sa & sb) / (len(sa) + len(sb))) / 2


@frozen
class Features:
    """What scoring reads of an item, computed once per item rather than once per pair: its text with
    the lexicon's variants rewritten to their canonical forms."""

    content: str
    content_key: str
    bigrams: frozenset
    service: str
    target: str
    domain: str
    functions: frozenset
    position: float  # 0 first item … 1 last
    raw_target: str
    groups: frozenset = frozenset()  # the special groups its target names (严重精神障碍, 残疾, …)

    @classmethod
    def of(cls, item: Item, lexicon: Lexicon = (), count: int = 1) -> Features:
        content = expand(item.content, lexicon)
        return cls(content, key(content), bigrams(content), key(expand(item.service, lexicon)),
                   key(expand(item.target, lexicon)), item.domain, frozenset(item.department_functions),
                   item.index / max(count - 1, 1), item.target,
                   frozenset(n for n in group_names(lexicon) if n in item.target))


def _ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100 if a and b else 0.0


def content_score(a: Features, b: Features, settings: MatchSettings) -> float:
    """The content part of the pair score, before its weight. (Weighing the overlap by how distinctive each
    character pair is across the baseline changed no pairing on the devset or the first-contact batches and
    cost a third of coverage's time: distinctive terms are read where order and clauses decide, distinct.py.)"""
    if settings.content_units == "words":
        return words_similarity(a.content, b.content)
    return _content_similarity(a.content_key, a.bigrams, b.content_key, b.bigrams) \
        if a.content and b.content else 0.0


def feature_score(a: Features, b: Features, settings: MatchSettings, lexicon: Lexicon = (),
                  content: float | None = None) -> float:
    """`content`: content_score(a, b, settings) when the caller has it already."""
    if content is None:
        content = content_score(a, b, settings)
    union = a.functions | b.functions
    departments = len(a.functions & b.functions) / len(union) if union else 0.0
    return (
        settings.content_weight * content
        + settings.service_weight * _ratio(a.service, b.service)
        + settings.target_weight * _ratio(a.target, b.target)
        + settings.domain_weight * (1.0 if a.domain and a.domain == b.domain else 0.0)
        + settings.department_weight * departments
        + settings.order_weight * (1.0 - abs(a.position - b.position))
        + settings.target_group_weight * (1.0 if a.groups and a.groups == b.groups else 0.0)
        - (settings.target_conflict_penalty if a.raw_target != b.raw_target
           and targets_conflict(a.raw_target, b.raw_target, lexicon) else 0.0)
    )


def score(a: Item, b: Item, settings: MatchSettings = DEFAULT, lexicon: Lexicon = ()) -> float:
    return feature_score(Features.of(a, lexicon), Features.of(b, lexicon), settings, lexicon)


def corroborated(a: Features, b: Features, settings: MatchSettings = DEFAULT, content: float | None = None) -> bool:
    """A pair needs its own evidence: similar content, or the same service name. `content`: the pair's
    character content similarity when the caller has it already."""
    if content is None:
        content = _content_similarity(a.content_key, a.bigrams, b.content_key, b.bigrams) \
            if a.content and b.content else 0.0
    return content >= settings.min_content or \
        (bool(a.service) and fuzz.ratio(a.service, b.service) / 100 >= settings.min_service_name)


def per_document(cache: list, items: tuple[Item, ...], lexicon: Lexicon, make: Callable[[], T]) -> T:
    """What `make` computes for a document, the last few documents' kept (by identity of its items and
    lexicon): a batch compares one baseline with thousands of lists, and what is read of it never changes."""
    for known_items, known_lexicon, value in cache:
        if known_items is items and known_lexicon is lexicon:
            return value
    value = make()
    cache.insert(0, (items, lexicon, value))
    del cache[4:]
    return value


def features_of(items: tuple[Item, ...], lexicon: Lexicon) -> tuple[Features, ...]:
    """Features of every item of a document."""
    return per_document(_FEATURES, items, lexicon,
                        lambda: tuple(Features.of(it, lexicon, len(items)) for it in items))


_FEATURES: list[tuple[tuple[Item, ...], Lexicon, tuple[Features, ...]]] = []


class LazyScores:
    """at(i, j): the pair's score, computed on first use: with most rows paired exactly, most pairs are
    never looked at."""

    def __init__(self, base: tuple[Item, ...], other: tuple[Item, ...], settings: MatchSettings,
                 lexicon: Lexicon = ()) -> None:
        self.base = features_of(tuple(base), lexicon)
        self.other = tuple(Features.of(it, lexicon, len(other)) for it in other)
        self._settings = settings
        self._lexicon = lexicon
        self._known: dict[tuple[int, int], float] = {}
        self._content: dict[tuple[int, int], float] = {}  # character content similarity, reused by corroborated
        self._best: dict[tuple[str, int], tuple[float, int, float]] = {}  # runner_up's best two per row/column

    def at(self, i: int, j: int) -> float:
        value = self._known.get((i, j))
        if value is None:
            a, b = self.base[i], self.other[j]
            content = content_score(a, b, self._settings)
            if self._settings.content_units != "words":
                self._content[i, j] = content
            value = self._known[i, j] = feature_score(a, b, self._settings, self._lexicon, content)
        return value

    def corroborated(self, i: int, j: int) -> bool:
        return corroborated(self.base[i], self.other[j], self._settings, self._content.get((i, j)))

    def _best_two(self, axis: str, index: int) -> tuple[float, int, float]:
        """(best score, its position, second best) along base row `index` (axis "row") or other
        column `index` (axis "col"), every score of it computed once."""
        known = self._best.get((axis, index))
        if known is None:
            values = [self.at(index, k) for k in range(len(self.other))] if axis == "row" else \
                [self.at(k, index) for k in range(len(self.base))]
            best_at = max(range(len(values)), key=values.__getitem__, default=-1)
            second = max((v for k, v in enumerate(values) if k != best_at), default=0.0)
            known = self._best[axis, index] = (values[best_at] if best_at >= 0 else 0.0, best_at, second)
        return known

    def runner_up(self, i: int, j: int) -> float:
        """The best score either item reaches with any other partner."""
        row_best, row_at, row_second = self._best_two("row", i)
        col_best, col_at, col_second = self._best_two("col", j)
        row = row_second if row_at == j else row_best
        col = col_second if col_at == i else col_best
        return max(row, col)

    def clear_best(self, i: int, j: int, margin: float) -> bool:
        """Each is the other's best match, by `margin` over anything else either could pair with:
        evidence of its own when the wording is all paraphrase."""
        return self.at(i, j) - self.runner_up(i, j) >= margin
