"""A prose plan against a baseline list: each sentence of each measure is scored against every
baseline service by the weighted share of the service's distinctive terms (words found in few
baseline services) among the sentence's words, and is attributed to the services that explain it
nearly as well as the best one does, so a sentence about 普通高中 助学金 counts for 普通高中教育服务
and not for its sibling 中等职业教育助学服务. A service is covered by a measure when the sentences
attributed to it there hold enough of its weighted terms; those sentences, with the terms
highlighted, are the evidence."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from ..frozen import frozen
from ..lexicon import Lexicon
from ..model import InputError, Item, PolicyList
from ..regexcache import compiled
from ..resources import bundled
from ..results import Evidence, Fate, Link, MatchedBy, PlanComparison, Status, Unlinked
from ..tokens import tokenize
from ..tomlcache import load
from .clauses import clause_map
from .settings import DEFAULT, MatchSettings

_STOPWORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "stopwords.txt"


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:  # read once, not once per plan covered
    return frozenset(_STOPWORDS_FILE.read_text(encoding="utf-8").split())


def _words(text: str) -> list[str]:
    # kept: Chinese characters, ASCII digits and '-' (a character test: a CJK class is slow to compile)
    return list(tokenize("".join(ch for ch in text if "\u3400" <= ch <= "\u9fff" or "0" <= ch <= "9" or ch == "-")))


def _terms(text: str, stop: frozenset[str]) -> set[str]:
    return {t for t in _words(text) if len(t) >= 2 and t not in stop}


def service_terms(baseline: PolicyList) -> tuple[dict[int, set[str]], dict[str, float]]:
    """Each baseline service's terms (by item index), and each term's weight: rarer across services
    weighs more."""
    stop = _stopwords()
    terms = {k: _terms(b.service.replace("服务", "") + b.target + b.content, stop)
             for k, b in enumerate(baseline.items)}
    df: dict[str, int] = {}
    for found in terms.values():
        for t in found:
            df[t] = df.get(t, 0) + 1
    return terms, {t: math.log((len(terms) + 1) / count) for t, count in df.items()}


def plan_sentences(measure: Item, clause_end: str = MatchSettings.plan_clause_end) -> list[str]:
    """A measure's clauses: its heading, then its sentences (split after 。 and ；)."""
    parts = [measure.service.rstrip("。") + "。"] if measure.service else []
    return parts + [s.strip() for s in re.split(clause_end, measure.content) if s.strip()]


Attributed = dict[int, list[tuple[str, set[str], float]]]  # service -> (sentence, its words, its share)


@frozen
class ServiceTerms:
    """The baseline services' distinctive terms: each service's terms with their weights (idf), the sum
    of them, and the weight of a term only one service uses."""

    weights: dict[int, dict[str, float]]
    totals: dict[int, float]
    unique: float

    @classmethod
    def of(cls, baseline: PolicyList) -> ServiceTerms:
        terms, idf = service_terms(baseline)
        weights = {k: {t: idf[t] for t in terms[k]} for k in terms}
        totals = {k: math.fsum(w.values()) or 1.0 for k, w in weights.items()}
        # log((N+1)/1), less a rounding margin
        unique = max((v for w in weights.values() for v in w.values()), default=0.0) - 1e-9
        return cls(weights, totals, unique)


def _attribute(sentences: list[str], terms: ServiceTerms, attribution: float) -> Attributed:
    """Each sentence goes to the services that explain it nearly as well as the best one does."""
    weights, totals = terms.weights, terms.totals
    attributed: Attributed = {}
    for sentence in sentences:
        words = set(_words(sentence))  # whole words: 助学 must not match inside 助学金
        shares = {k: math.fsum(w[t] for t in w if t in words) / totals[k] for k, w in weights.items()}
        best = max(shares.values(), default=0.0)
        for k, share in shares.items():
            if share > 0 and share >= attribution * best:
                attributed.setdefault(k, []).append((sentence, words, share))
    return attributed


def _also(sentences: list[str], terms: ServiceTerms, attributed: Attributed, share: float) -> None:
    """A sentence carrying two services (普通高中 and 中职 资助 in one sentence) counts for the second too
    when it names a term of three characters or more that no other baseline service uses (weight
    `unique`: a stage, a programme, not a verb such as 采取) and the
    second's terms that the best service lacks hold `share` of its weight."""
    weights, totals, unique = terms.weights, terms.totals, terms.unique
    for sentence in sentences:
        words = set(_words(sentence))
        scored = {k: math.fsum(w[t] for t in w if t in words) / totals[k] for k, w in weights.items()}
        best = max(scored, key=scored.__getitem__, default=None)
        if best is None or not scored[best]:
            continue
        for k, w in weights.items():
            if k == best or any(sentence == s for s, _, _ in attributed.get(k, ())):
                continue
            if _second_service(w, totals[k], words, weights[best], share, unique):
                attributed.setdefault(k, []).append((sentence, words, scored[k]))


def _second_service(w: dict[str, float], total: float, words: set[str], best: dict[str, float], share: float,
                    unique: float) -> bool:
    """The terms of a service (weights `w`) in the sentence's words that the best service lacks hold
    `share` of its weight, one of them unique to it and of three characters or more."""
    mine = [t for t in w if t in words and t not in best]
    return sum(w[t] for t in mine) / total >= share and any(w[t] >= unique and len(t) >= 3 for t in mine)


def excluded(sentence: str, patterns: tuple) -> str:
    """The kind (exclude, defer, existing) of the first pattern of mappings/plans.toml the sentence matches."""
    return next((kind for kind, pattern in patterns if pattern.search(sentence)), "")


def _named(sentences: list[str], terms: ServiceTerms, settings: MatchSettings) -> dict[int, tuple[list, set[str], float]]:
    """The services the sentences name with plan_threshold of their weighted terms: for each, its
    sentences (sentence, words, share), the terms found and their share."""
    attributed = _attribute(sentences, terms, settings.plan_attribution)
    _also(sentences, terms, attributed, settings.plan_multi)
    weights, totals = terms.weights, terms.totals
    out = {}
    for k, own in attributed.items():
        hits = {t for t in weights[k] if any(t in words for _, words, _ in own)}
        share = math.fsum(weights[k][t] for t in hits) / totals[k]
        if share >= settings.plan_threshold:
            out[k] = (own, hits, share)
    return out


def _quoted(own: list) -> str:
    """A service's sentences as evidence: not those touching it by one word (half the strongest share)."""
    strongest = max(s for _, _, s in own)
    return "".join(sentence for sentence, _, s in own if s * 2 >= strongest)


def _measure(measure: Item, terms: ServiceTerms, settings: MatchSettings, found: dict[int, list[Evidence]],
             patterns: tuple = (), referenced: dict[int, list[Evidence]] | None = None) -> bool:
    """Record the services `measure` covers in `found` (and those it names only to exclude, defer or
    leave to existing policy in `referenced`); True when the measure goes beyond them."""
    sentences = plan_sentences(measure, settings.plan_clause_end)
    aside = [s for s in sentences if excluded(s, patterns)]
    if referenced is not None:
        for k, (own, hits, share) in _named(aside, terms, settings).items():
            referenced[k].append(Evidence(measure, "".join(s for s, _, _ in own), tuple(sorted(hits)),
                                          round(share, 2)))
    sentences = [s for s in sentences if s not in aside]
    cited: set[str] = set()
    for k, (own, hits, share) in _named(sentences, terms, settings).items():
        cited.update(sentence for sentence, words, _ in own if hits & words)
        found[k].append(Evidence(measure, _quoted(own), tuple(sorted(hits)), round(share, 2)))
    body = sentences[1 if measure.service else 0:]
    # a measure mostly about something else (monitoring, data sharing, law) that touches a service in
    # one sentence is still an addition; the touched service keeps that sentence as evidence
    return len(cited.intersection(body)) * 2 < len(body)


def load_patterns(folder: str | None) -> tuple[tuple[str, re.Pattern], ...]:
    """mappings/plans.toml's sentence patterns (the user's mappings folder, else the bundled one)."""
    path = Path(folder) / "plans.toml" if folder else None
    if path is None or not path.exists():
        path = bundled("mappings") / "plans.toml"
    return _patterns(str(path))


@lru_cache(maxsize=8)
def _patterns(path: str) -> tuple[tuple[str, re.Pattern], ...]:
    if not Path(path).exists():
        return ()
    out = []
    for k, entry in enumerate(load(Path(path)).get("pattern", [])):
        try:
            out.append((str(entry["kind"]), compiled(str(entry["regex"]))))
        except (KeyError, TypeError, re.error) as e:
            raise InputError(path, f"pattern {k + 1}: needs a kind and a valid regex ({e})") from None
    return tuple(out)


def _fate(b: Item, found: list[Evidence], referenced: list[Evidence], patterns: tuple) -> Link | Unlinked:
    """A baseline service the plan covers (a link, its evidence best first), only names (referenced) or
    leaves out (dropped)."""
    ranked = tuple(sorted(found, key=lambda e: -(e.score or 0)))
    if ranked:
        return Link(b, ranked[0].other, Status.COVERED, ranked[0].score or 0.0, MatchedBy.CLAUSES, evidence=ranked)
    if referenced:
        named = max(referenced, key=lambda e: e.score or 0)
        return Unlinked(b, Fate.REFERENCED, named.other, named.score or 0.0, quote=named.text,
                        kind=excluded(named.text, patterns))
    return Unlinked(b, Fate.DROPPED, None, 0.0)


def compare_plan(baseline: PolicyList, plan: PolicyList, settings: MatchSettings = DEFAULT, lexicon: Lexicon = (),
                 detail: bool = True, patterns: tuple = ()) -> PlanComparison:
    """Which baseline services a prose plan covers, measure by measure, with the sentences as evidence.
    A sentence matching a pattern of mappings/plans.toml (此项不在本方案中部署, 按原有渠道执行, 另文部署 …)
    covers nothing: a service only such sentences name is `referenced` (Fate.REFERENCED, the sentence
    quoted), not covered and not silently missing."""
    terms = ServiceTerms.of(baseline)
    found: dict[int, list[Evidence]] = {k: [] for k in terms.weights}
    referenced: dict[int, list[Evidence]] = {k: [] for k in terms.weights}
    added = [Unlinked(m, Fate.ADDED, None, 0.0) for m in plan.items
             if _measure(m, terms, settings, found, patterns, referenced)]
    fates = [_fate(b, found[k], referenced[k], patterns) for k, b in enumerate(baseline.items)]
    links = [f for f in fates if isinstance(f, Link)]
    dropped = [f for f in fates if isinstance(f, Unlinked)]
    return PlanComparison(baseline, plan, tuple(links), tuple(added), tuple(dropped),
                      clause_map(baseline, plan, lexicon, settings) if detail else ())
