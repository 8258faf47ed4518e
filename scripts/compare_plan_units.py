"""How well does plan matching generalise beyond the one real plan? (part of `make eval`)

Only one real prose plan is bundled (河北, gold in tests/gold/hebei.toml), and a threshold calibrated on
one plan may only fit that plan. So this script also rebuilds plans from the four real table lists:
each 服务领域 becomes a measure whose sentences are the rows' 服务对象 + 服务内容 in the local wording,
with 0 or 3 rows removed at random (seeded). The truth of each such plan follows from the gold
alignments in tests/gold/: a baseline service is covered when a remaining row is paired with it or
split from it.

Three matchers are compared at thresholds around the shipped one:
  clause (shipped)   polcmp.match.plans.compare_plan: each sentence attributed to the services that
                     explain it best, a service covered by the sentences attributed to it
  comma clause       the same on clauses split at ，as well as 。；
  whole measure      the earlier matcher: a service's weighted term share in a whole measure
Errors are counted per (plan, baseline service) decision."""

import random
import sys
from dataclasses import replace
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from polcmp.mappings import load_mappings
from polcmp.match import MatchSettings
from polcmp.match.plans import compare_plan, service_terms
from polcmp.model import DocumentKind, Item, PolicyList, Provenance
from polcmp.sources import load_list, load_registry

PLAN_THRESHOLD = MatchSettings().plan_threshold
CLAUSE_END = MatchSettings().plan_clause_end


def plan_coverage(baseline, plan, threshold=PLAN_THRESHOLD, clause_end=CLAUSE_END):
    c = compare_plan(baseline, plan, replace(MatchSettings(), plan_threshold=threshold, plan_clause_end=clause_end))
    return type("Covered", (), {"covered": [x.base.seq for x in c.links]})

ROOT = Path(__file__).resolve().parent.parent
TABLE_LISTS = ("tianjin", "guangxi", "heilongjiang", "qingdao")
VARIANTS = 12  # per list: the whole list, then 11 with three rows removed


def gold(sid: str) -> dict:
    return tomllib.loads((ROOT / "tests" / "gold" / f"{sid}.toml").read_text(encoding="utf-8"))


def rebuilt_plans(registry, mappings) -> list[tuple[str, PolicyList, set[int]]]:
    rng = random.Random(7)
    plans = []
    for sid in TABLE_LISTS:
        lst, g = load_list(sid, registry, mappings), gold(sid)
        carriers = [(b, o) for b, o in g["pairs"]] + [(b, o) for o, b in g["splits"]]
        for variant in range(VARIANTS):
            removed = set(rng.sample([o for _, o in g["pairs"]], 3)) if variant else set()
            domains: dict[str, list[str]] = {}
            for it in lst.items:
                if it.seq not in removed:
                    sentence = (f"为{it.target}" if it.target else "") + it.content.rstrip("；。;")
                    domains.setdefault(it.domain, []).append(sentence + "。")
            measures = tuple(Item(n, "", "", domain, "".join(text), (), (), (), Provenance(sid, 0, 0), index=n - 1)
                             for n, (domain, text) in enumerate(domains.items(), 1))
            kept = {it.seq for it in lst.items} - removed
            plans.append((f"{sid}-{variant}", PolicyList(f"{sid}-{variant}", sid, DocumentKind.PLAN, sid, measures),
                          {b for b, o in carriers if o in kept}))
    return plans


def whole_measure(baseline: PolicyList, plan: PolicyList, threshold: float) -> set[int]:
    terms, idf = service_terms(baseline)
    covered = set()
    for b in baseline.items:
        total = sum(idf[t] for t in terms[b.index]) or 1.0
        if any(sum(idf[t] for t in terms[b.index] if t in m.service + m.content) / total >= threshold
               for m in plan.items):
            covered.add(b.seq)
    return covered


def errors(baseline, cases, matcher, threshold) -> tuple[int, int]:
    fp = fn = 0
    for _, plan, truth in cases:
        found = matcher(baseline, plan, threshold)
        fp += len(found - truth)
        fn += len(truth - found)
    return fp, fn


def main() -> None:
    registry, mappings = load_registry(ROOT / "sources"), load_mappings(ROOT / "mappings")
    base = load_list("national", registry, mappings)
    hebei = [("hebei", load_list("hebei", registry, mappings), {int(k) for k in gold("hebei")["covered"]})]
    rebuilt = rebuilt_plans(registry, mappings)
    matchers = {"clause (shipped)": lambda b, p, t: set(plan_coverage(b, p, threshold=t).covered),
                "comma clause": lambda b, p, t: set(plan_coverage(b, p, threshold=t,
                                                                  clause_end=r"(?<=[。；，])").covered),
                "whole measure": whole_measure}
    print(f"plan matching: 河北 (1 real plan, 19 decisions) and {len(rebuilt)} plans rebuilt from "
          f"{len(TABLE_LISTS)} table lists ({19 * len(rebuilt)} decisions); shipped threshold {PLAN_THRESHOLD}")
    print(f"{'matcher':18} {'threshold':>9} {'河北 wrong':>10} {'rebuilt: false claims':>22} {'missed':>7}")
    for name, matcher in matchers.items():
        for threshold in sorted({0.18, 0.20, PLAN_THRESHOLD, 0.22, 0.23, 0.24, 0.30, 0.37}):
            hfp, hfn = errors(base, hebei, matcher, threshold)
            fp, fn = errors(base, rebuilt, matcher, threshold)
            print(f"{name:18} {threshold:9.2f} {hfp + hfn:10d} {fp:22d} {fn:7d}")


if __name__ == "__main__":
    main()
