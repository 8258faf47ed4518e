"""Stage 4, align: which items of two lists correspond, and how each pair differs.

Passes, each recorded on the pair it produced (`matched_by`):
  override   a pair forced in mappings/overrides.toml
  exact      the same 服务内容 (punctuation aside), found once in each list
  assignment global one-to-one assignment (Hungarian) on a weighted score, above a threshold, for the rest
Then, for what is left unpaired: split (an added item mostly contained in a paired base item),
merge (a dropped base item mostly contained in a paired other item, or whose clauses that item took
over), related (best weak match)."""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from .model import Item, PolicyList
from .normalize import DEFAULT_MAPPINGS, Mappings, strip_punctuation

STATUS_ORDER = ("reworded", "renamed", "target", "departments", "moved", "punctuation", "identical")


@dataclass(frozen=True)
class AlignConfig:
    """Weights and thresholds in one place; calibrated on the gold alignments in tests/gold/."""

    content_weight: float = 0.45
    service_weight: float = 0.25
    target_weight: float = 0.1
    domain_weight: float = 0.05
    department_weight: float = 0.15
    pair_threshold: float = 0.45
    # A pair needs its own evidence, not just shared context (domain, target, departments):
    # similar content, or the same service name.
    min_content: float = 0.25
    min_service_name: float = 0.8
    split_containment: float = 0.5
    merge_containment: float = 0.7
    # or merged clause by clause: this share of the dropped item's text sits in the other item, in
    # clauses that the other item's own partner does not have
    merge_carried: float = 0.5
    related_threshold: float = 0.3
    content_units: str = "characters"  # or "words" (jieba): scripts/compare_scorers.py measures both
    clause_match: float = 0.62
    clause_contained: float = 0.7


@dataclass(frozen=True)
class WordOp:
    op: str  # "equal", "delete", "insert"
    text: str


@dataclass(frozen=True)
class ClauseDiff:
    status: str  # "kept", "changed", "removed", "added"
    base: str
    other: str
    words: tuple[WordOp, ...] = ()
    level: str = ""  # changed clauses: same / stronger / weaker / mixed (polcmp/level.py)
    level_reasons: tuple = ()  # of level.LevelReason


@dataclass(frozen=True)
class Change:
    kind: str  # "reworded", "renamed", "target", "departments", "moved", "punctuation"
    base: str = ""
    other: str = ""
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def to_json(self) -> dict:
        data: dict = {"kind": self.kind}
        if self.base or self.other:
            data.update(base=self.base, other=self.other)
        if self.added or self.removed:
            data.update(added=list(self.added), removed=list(self.removed))
        return data


@dataclass(frozen=True)
class Pair:
    base: Item
    other: Item
    status: str
    score: float
    matched_by: str
    changes: tuple[Change, ...]
    clauses: tuple[ClauseDiff, ...]
    reason: str = ""  # for overrides: the reason written in mappings/
    level: str = "same"  # commitment level against the base (polcmp/level.py), when detail=True
    level_reasons: tuple = ()  # of level.LevelReason


@dataclass(frozen=True)
class Added:
    item: Item
    related_base: Item | None
    split_from: bool  # True: carved out of related_base (a split)
    score: float


@dataclass(frozen=True)
class Dropped:
    item: Item
    merged_into: Item | None
    score: float


@dataclass(frozen=True)
class Alignment:
    base: PolicyList
    other: PolicyList
    pairs: tuple[Pair, ...]
    added: tuple[Added, ...]
    dropped: tuple[Dropped, ...]

    @property
    def differs(self) -> bool:
        return bool(self.added or self.dropped or any(p.status != "identical" for p in self.pairs))

    def counts(self) -> dict[str, int]:
        counts = {status: 0 for status in STATUS_ORDER}
        for pair in self.pairs:
            counts[pair.status] += 1
        counts["split"] = sum(1 for a in self.added if a.split_from)
        counts["added"] = sum(1 for a in self.added if not a.split_from)
        counts["merged"] = sum(1 for d in self.dropped if d.merged_into)
        counts["dropped"] = sum(1 for d in self.dropped if not d.merged_into)
        return counts


# ---------------------------------------------------------------- scoring


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return strip_punctuation(text)


@lru_cache(maxsize=65536)
def _bigrams(text: str) -> frozenset[str]:
    key = _key(text)
    return frozenset(key[i : i + 2] for i in range(len(key) - 1)) or frozenset([key])


def containment(part: str, whole: str) -> float:
    """Share of `part`'s character bigrams found in `whole`."""
    a, b = _bigrams(part), _bigrams(whole)
    return len(a & b) / len(a) if a else 0.0


def carried_share(part: str, whole: str, partner: str) -> float:
    """Share of `part`'s text (by characters) in clauses found nearly verbatim in `whole` but not in
    `partner`, the item `whole` is already paired with: text `whole` took over from `part`."""
    clauses = [_key(c) for c in re.split(r"[，。；,;]", part)]
    clauses = [c for c in clauses if len(c) >= 6]
    total = sum(len(c) for c in clauses)
    carried = sum(len(c) for c in clauses if containment(c, whole) >= 0.9 and containment(c, partner) < 0.5)
    return carried / total if total else 0.0


def content_similarity(a: str, b: str) -> float:
    """Order-aware edit similarity and bag-of-bigrams overlap, averaged: the first rewards the same
    wording, the second the same substance reordered or re-punctuated."""
    if not a or not b:
        return 0.0
    return _content_similarity(_key(a), _bigrams(a), _key(b), _bigrams(b))


def _content_similarity(ka: str, ba: frozenset, kb: str, bb: frozenset) -> float:
    dice = 2 * len(ba & bb) / (len(ba) + len(bb))
    return (fuzz.ratio(ka, kb) / 100 + dice) / 2


@dataclass(frozen=True)
class _Features:
    """What scoring reads of an item, computed once per item rather than once per pair."""

    content: str
    content_key: str
    bigrams: frozenset
    service: str
    target: str
    domain: str
    functions: frozenset

    @classmethod
    def of(cls, item: Item) -> _Features:
        return cls(item.content, _key(item.content), _bigrams(item.content), _key(item.service),
                   _key(item.target), item.domain, frozenset(item.department_functions))


def words_similarity(a: str, b: str) -> float:
    """content_similarity on jieba words instead of characters (token lists, not whitespace splitting)."""
    from .tokens import tokenize

    if not a or not b:
        return 0.0
    ta, tb = tokenize(_key(a)), tokenize(_key(b))
    sa, sb = set(ta), set(tb)
    return (fuzz.ratio(ta, tb) / 100 + 2 * len(sa & sb) / (len(sa) + len(sb))) / 2


def _score(a: _Features, b: _Features, config: AlignConfig) -> float:
    if config.content_units == "words":
        content = words_similarity(a.content, b.content)
    else:
        content = _content_similarity(a.content_key, a.bigrams, b.content_key, b.bigrams) \
            if a.content and b.content else 0.0
    service = fuzz.ratio(a.service, b.service) / 100 if a.service and b.service else 0.0
    target = fuzz.ratio(a.target, b.target) / 100 if a.target and b.target else 0.0
    union = a.functions | b.functions
    departments = len(a.functions & b.functions) / len(union) if union else 0.0
    return (
        config.content_weight * content
        + config.service_weight * service
        + config.target_weight * target
        + config.domain_weight * (1.0 if a.domain and a.domain == b.domain else 0.0)
        + config.department_weight * departments
    )


def corroborated(a: Item, b: Item, config: AlignConfig = AlignConfig()) -> bool:
    return content_similarity(a.content, b.content) >= config.min_content or \
        (bool(a.service) and fuzz.ratio(_key(a.service), _key(b.service)) / 100 >= config.min_service_name)


def score(a: Item, b: Item, config: AlignConfig = AlignConfig()) -> float:
    return _score(_Features.of(a), _Features.of(b), config)


# ---------------------------------------------------------------- assignment


def hungarian(cost: list[list[float]]) -> list[tuple[int, int]]:
    """Minimum-cost one-to-one assignment on a rectangular matrix (rows <= cols after transposing).
    Jonker-Volgenant style shortest augmenting paths; O(n^2 m), instant at list sizes."""
    if not cost or not cost[0]:
        return []
    transposed = len(cost) > len(cost[0])
    if transposed:
        cost = [list(col) for col in zip(*cost, strict=True)]
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    return [(c, r) for r, c in pairs] if transposed else pairs


def _override_matches(rule: dict, base: PolicyList, other: PolicyList) -> bool:
    return rule.get("base") in (base.id, None) and rule.get("other") == other.id


class _LazyScores:
    """at(i, j): the pair's score, computed on first use: with most rows paired exactly, most pairs are
    never looked at."""

    def __init__(self, base: list[Item], other: list[Item], config: AlignConfig) -> None:
        self._fb = [_Features.of(it) for it in base]
        self._fo = [_Features.of(it) for it in other]
        self._config = config
        self._known: dict[tuple[int, int], float] = {}

    def at(self, i: int, j: int) -> float:
        value = self._known.get((i, j))
        if value is None:
            value = self._known[i, j] = _score(self._fb[i], self._fo[j], self._config)
        return value


def _exact_pairs(b_items: list[Item], o_items: list[Item], taken_b: set[int], taken_o: set[int],
                 forbidden: set[tuple[int, int]]) -> dict[int, int]:
    """Base index -> other index for content found exactly once on each side (punctuation aside)."""
    def unique(items: list[Item], taken: set[int]) -> dict[str, int]:
        seen: dict[str, int | None] = {}
        for k, it in enumerate(items):
            key = _key(it.content)
            seen[key] = None if key in seen else k
        return {key: k for key, k in seen.items() if key and k is not None and k not in taken}

    ub, uo = unique(b_items, taken_b), unique(o_items, taken_o)
    return {i: uo[key] for key, i in ub.items() if key in uo and (i, uo[key]) not in forbidden}


def align(base: PolicyList, other: PolicyList, mappings: Mappings, config: AlignConfig = AlignConfig(),
          detail: bool = True) -> Alignment:
    """detail=False skips clause and word diffs (coverage needs only statuses; saves loading jieba)."""
    b_items, o_items = list(base.items), list(other.items)
    scores = _LazyScores(b_items, o_items, config)
    forced: dict[int, tuple[int, str]] = {}
    forbidden: set[tuple[int, int]] = set()
    b_index = {it.seq: i for i, it in enumerate(b_items)}
    o_index = {it.seq: i for i, it in enumerate(o_items)}
    for rule in mappings.force_pairs:
        if _override_matches(rule, base, other) and rule.get("base_seq") in b_index \
                and rule.get("other_seq") in o_index:
            forced[b_index[rule["base_seq"]]] = (o_index[rule["other_seq"]], str(rule.get("reason", "")))
    for rule in mappings.forbid_pairs:
        if _override_matches(rule, base, other):
            forbidden.add((b_index.get(rule.get("base_seq"), -1), o_index.get(rule.get("other_seq"), -1)))
    exact = _exact_pairs(b_items, o_items, set(forced), {j for j, _ in forced.values()}, forbidden)

    free_b = [i for i in range(len(b_items)) if i not in forced and i not in exact]
    taken_o = {j for j, _ in forced.values()} | set(exact.values())
    free_o = [j for j in range(len(o_items)) if j not in taken_o]
    def eligible(i: int, j: int) -> bool:
        return (i, j) not in forbidden and scores.at(i, j) >= config.pair_threshold \
            and corroborated(b_items[i], o_items[j], config)

    # Ineligible pairs cost more than leaving both items unpaired, so the assignment routes around them.
    cost = [[1.0 - scores.at(i, j) if eligible(i, j) else 2.0 for j in free_o] for i in free_b]
    chosen = [(free_b[r], free_o[c]) for r, c in hungarian(cost) if cost[r][c] < 2.0]

    pairs: list[Pair] = []
    rest = tuple(it.content for it in o_items)  # where a baseline clause missing from its pair may be
    for i, (j, reason) in forced.items():
        pairs.append(compare(b_items[i], o_items[j], scores.at(i, j), "override", config, reason, detail, rest))
    for i, j in exact.items():
        pairs.append(compare(b_items[i], o_items[j], scores.at(i, j), "exact", config, detail=detail, elsewhere=rest))
    for i, j in chosen:
        pairs.append(compare(b_items[i], o_items[j], scores.at(i, j), "assignment", config, detail=detail,
                             elsewhere=rest))
    pairs.sort(key=lambda p: p.base.seq)

    paired_b = {p.base.seq for p in pairs}
    paired_o = {p.other.seq for p in pairs}

    added: list[Added] = []
    for j, item in enumerate(o_items):
        if item.seq in paired_o:
            continue
        best_i = max(range(len(b_items)), key=lambda i: scores.at(i, j), default=None)
        # A split: the new item's content is mostly found inside a base item that is paired elsewhere.
        split_i = max(range(len(b_items)), key=lambda i: containment(item.content, b_items[i].content),
                      default=None)
        if split_i is not None and b_items[split_i].seq in paired_b and \
                containment(item.content, b_items[split_i].content) >= config.split_containment:
            added.append(Added(item, b_items[split_i], True, round(scores.at(split_i, j), 3)))
        elif best_i is not None and scores.at(best_i, j) >= config.related_threshold:
            added.append(Added(item, b_items[best_i], False, round(scores.at(best_i, j), 3)))
        else:
            added.append(Added(item, None, False, round(scores.at(best_i, j), 3) if best_i is not None else 0.0))

    dropped: list[Dropped] = []
    partner_of = {p.other.seq: p.base for p in pairs}
    for i, item in enumerate(b_items):
        if item.seq in paired_b:
            continue
        merge_j = max(range(len(o_items)), key=lambda j: containment(item.content, o_items[j].content),
                      default=None)
        if merge_j is not None and o_items[merge_j].seq in paired_o and \
                containment(item.content, o_items[merge_j].content) >= config.merge_containment:
            dropped.append(Dropped(item, o_items[merge_j], round(scores.at(i, merge_j), 3)))
            continue
        carried, j = max(((carried_share(item.content, o.content, partner_of[o.seq].content), j)
                          for j, o in enumerate(o_items) if o.seq in partner_of), default=(0.0, None))
        if carried >= config.merge_carried:
            dropped.append(Dropped(item, o_items[j], round(scores.at(i, j), 3)))
        else:
            best = max((scores.at(i, j) for j in range(len(o_items))), default=0.0)
            dropped.append(Dropped(item, None, round(best, 3)))
    return Alignment(base, other, tuple(pairs), tuple(added), tuple(dropped))


# ---------------------------------------------------------------- comparing one pair


@lru_cache(maxsize=4)
def level_markers(folder: str = ""):
    """mappings/levels.toml of POLCMP_MAPPINGS, or the bundled one (the lead routes this through
    load_mappings later)."""
    from .level import load_level_markers

    path = Path(folder or os.environ.get("POLCMP_MAPPINGS") or DEFAULT_MAPPINGS) / "levels.toml"
    return load_level_markers(path if path.exists() else DEFAULT_MAPPINGS / "levels.toml")


def compare(a: Item, b: Item, pair_score: float, matched_by: str, config: AlignConfig = AlignConfig(),
            reason: str = "", detail: bool = True, elsewhere: tuple[str, ...] = ()) -> Pair:
    changes: list[Change] = []
    clause_diffs = diff_clauses(a.clauses, b.clauses, config) if detail else ()
    level, level_reasons = "same", ()
    if detail:  # commitment level (issue 15): the pair's, and each changed clause's
        from .level import judge_clause, judge_pair

        markers = level_markers()
        judged = judge_pair(clause_diffs, markers, targets=(a.target, b.target), names=(a.service, b.service),
                            elsewhere=tuple(t for t in elsewhere if t != b.content))
        level, level_reasons = judged.level.value, judged.reasons
        clause_diffs = tuple(replace(c, level=(j := judge_clause(c.base, c.other, markers)).level.value,
                                     level_reasons=j.reasons) if c.status == "changed" else c for c in clause_diffs)
    if a.content != b.content:
        # the same words, only punctuation or sub-clause numbering (1. 2. / （1）) differs
        if _key(a.content) == _key(b.content) or _key("".join(a.clauses)) == _key("".join(b.clauses)):
            changes.append(Change("punctuation", a.content, b.content))
        else:
            changes.append(Change("reworded", a.content, b.content))
    if _key(a.service) != _key(b.service):
        changes.append(Change("renamed", a.service, b.service))
    if _key(a.target) != _key(b.target):
        changes.append(Change("target", a.target, b.target, _target_scope(a.target, b.target)))
    fa, fb = set(a.department_functions), set(b.department_functions)
    if fa != fb:
        changes.append(Change("departments", "、".join(a.departments), "、".join(b.departments),
                              tuple(f for f in b.department_functions if f not in fa),
                              tuple(f for f in a.department_functions if f not in fb)))
    if a.domain and b.domain and a.domain != b.domain:
        changes.append(Change("moved", a.domain, b.domain))
    kinds = {c.kind for c in changes}
    status = next((s for s in STATUS_ORDER if s in kinds), "identical")
    return Pair(a, b, status, round(pair_score, 3), matched_by, tuple(changes), clause_diffs, reason, level,
                level_reasons)


def _target_scope(base: str, other: str) -> tuple[str, ...]:
    """Narrowed: the other names a subgroup (longer name containing the base); widened: the reverse."""
    if base and other and base in other:
        return ("narrowed",)
    if base and other and other in base:
        return ("widened",)
    return ()


def diff_clauses(base: tuple[str, ...], other: tuple[str, ...], config: AlignConfig = AlignConfig()
                 ) -> tuple[ClauseDiff, ...]:
    """Clauses kept, changed (with word-level ops), removed and added, in the base's order.
    One-to-one first; then a clause left over that is mostly contained in a clause of the other
    side (two clauses joined into one, or one split in two) is shown as changed against it."""
    sims = [[fuzz.ratio(_key(a), _key(b)) / 100 for b in other] for a in base]
    matched = {r: c for r, c in hungarian([[1 - s for s in row] for row in sims])
               if sims[r][c] >= config.clause_match} if base and other else {}
    for r, clause in enumerate(base):
        if r not in matched and other:
            c = max(range(len(other)), key=lambda c: containment(clause, other[c]))
            if containment(clause, other[c]) >= config.clause_contained:
                matched[r] = c
    used = set(matched.values())
    for c, clause in enumerate(other):
        if c not in used and base:
            r = max(range(len(base)), key=lambda r: containment(clause, base[r]))
            if containment(clause, base[r]) >= config.clause_contained and r not in matched:
                matched[r] = c
                used.add(c)
    out: list[ClauseDiff] = []
    for r, clause in enumerate(base):
        if r in matched:
            o = other[matched[r]]
            if _key(clause) == _key(o):
                out.append(ClauseDiff("kept", clause, o))
            else:
                out.append(ClauseDiff("changed", clause, o, word_diff(clause, o)))
        else:
            out.append(ClauseDiff("removed", clause, ""))
    out.extend(ClauseDiff("added", "", o) for c, o in enumerate(other) if c not in used)
    return tuple(out)


def word_diff(a: str, b: str) -> tuple[WordOp, ...]:
    from .tokens import tokenize

    ta, tb = tokenize(a), tokenize(b)
    ops: list[WordOp] = []
    matcher = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(WordOp("equal", "".join(ta[i1:i2])))
        else:
            if i2 > i1:
                ops.append(WordOp("delete", "".join(ta[i1:i2])))
            if j2 > j1:
                ops.append(WordOp("insert", "".join(tb[j1:j2])))
    return tuple(ops)
