"""How distinctive a piece of text is of one baseline row: an IDF weight for every character bigram of the
baseline, in the lexicon's canonical words, built from the baseline's own rows (so it holds for any
baseline). A bigram found in one row (免疫, 疫苗, 孤儿, 租赁) weighs log((N+1)/1); one found in every row
(流动, 儿童, 提供) weighs almost nothing. Evidence that two texts share a row's distinctive words survives
a paraphrase that changes every common word around them."""

from __future__ import annotations

import math
from functools import lru_cache

from ..lexicon import Lexicon, expand
from ..model import Item
from ..regexcache import compiled
from ..tokens import tokenize
from .similarity import bigrams, key, per_document


class Distinct:
    """IDF of the baseline's bigrams (rows = documents) and each row's weighted bigrams."""

    def __init__(self, items: tuple[Item, ...], lexicon: Lexicon = ()) -> None:
        self.lexicon = lexicon
        self.rows = tuple(bigrams(self.text(it.service.replace("服务", "") + "。" + it.content)) for it in items)
        df: dict[str, int] = {}
        for grams in self.rows:
            for g in grams:
                df[g] = df.get(g, 0) + 1
        n = len(self.rows)
        self.idf = {g: math.log((n + 1) / c) for g, c in df.items()}
        # fsum: exact, so the order a set gives its bigrams in (it changes with PYTHONHASHSEED) never moves a
        # share across a threshold
        self.mass = tuple(math.fsum(self.idf[g] for g in grams) or 1.0 for grams in self.rows)

    def text(self, text: str) -> str:
        return expand(text, self.lexicon)

    def grams(self, text: str) -> frozenset[str]:
        return bigrams(self.text(text))

    def weight(self, grams: frozenset[str]) -> float:
        return math.fsum(self.idf.get(g, 0.0) for g in grams)

    def contained(self, part: str, whole: frozenset[str]) -> float:
        """Weighted share of `part`'s baseline bigrams found in `whole` (bigrams of another text)."""
        mine = self.grams(part)
        total = self.weight(mine)
        return self.weight(mine & whole) / total if total else 0.0

    def row_share(self, i: int, text: str) -> float:
        """Weighted share of baseline row i's bigrams that `text` holds."""
        return self.weight(self.rows[i] & self.grams(text)) / self.mass[i]

    def belongs(self, text: str) -> list[float]:
        """For every baseline row, the weighted share of `text`'s baseline bigrams that the row holds:
        how much of what `text` says is that row's."""
        mine = self.grams(text)
        total = self.weight(mine)
        return [self.weight(mine & row) / total if total else 0.0 for row in self.rows]

    def attribute(self, text: str, belongs: float, min_mass: float) -> tuple[tuple[str, int], ...]:
        """Each clause of `text` (split at 。；) with the baseline row most of its distinctive terms belong
        to: the row holding at least `belongs` of the clause's baseline weight, when that weight reaches
        `min_mass` (a clause of common words belongs to no row)."""
        return _attribute(self, text, belongs, min_mass)

    def shared_terms(self, i: int, text: str, limit: int = 4, min_idf: float | None = None) -> tuple[str, ...]:
        """Readable runs of baseline row i's distinctive characters (bigrams rarer than most) that
        `text` also holds, the rarest first: 共有特征词 of a pair's reasons."""
        floor = math.log((len(self.rows) + 1) / 3) if min_idf is None else min_idf  # in at most 3 rows
        other = self.grams(text)
        return _runs(key(self.text(text)), frozenset(g for g in self.rows[i] & other if self.idf[g] >= floor),
                     limit)


_CLAUSE = compiled(r"[。；;]")


@lru_cache(maxsize=4096)
def _attribute(distinct: Distinct, text: str, belongs: float, min_mass: float) -> tuple[tuple[str, int], ...]:
    out = []
    for clause in _CLAUSE.split(text):
        mine = distinct.grams(clause)
        total = distinct.weight(mine)
        if total < min_mass:
            continue
        shares = [distinct.weight(mine & row) / total for row in distinct.rows]
        best = max(range(len(shares)), key=shares.__getitem__)
        if shares[best] >= belongs:
            out.append((clause, best))
    return tuple(out)


@lru_cache(maxsize=4096)
def _runs(text: str, wanted: frozenset[str], limit: int) -> tuple[str, ...]:
    """Phrases of `text` made of whole words (jieba) every bigram of which is wanted, adjacent words joined:
    免疫规划、疫苗, never a fragment such as 医疗保 or 开展流."""
    runs: list[str] = []
    current = ""
    for word in tokenize(text):
        if len(word) >= 2 and all(word[k:k + 2] in wanted for k in range(len(word) - 1)):
            current += word
        else:
            if current:
                runs.append(current)
            current = ""
    if current:
        runs.append(current)
    out: list[str] = []
    for run in sorted(dict.fromkeys(runs), key=len, reverse=True):
        if not any(run in kept for kept in out):
            out.append(run)
    return tuple(out[:limit])


_CACHE: list[tuple[tuple[Item, ...], Lexicon, Distinct]] = []


def distinct_of(items: tuple[Item, ...], lexicon: Lexicon) -> Distinct:
    """One Distinct per baseline (by identity; the last few kept: a batch compares one baseline many times)."""
    return per_document(_CACHE, items, lexicon, lambda: Distinct(items, lexicon))
