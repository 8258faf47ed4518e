"""How should a plan be matched to baseline services: by whole measure, or clause by clause?

For each unit, the weighted term share that the gold-covered services reach at the least, against the
most that a service the plan never mentions reaches (tests/gold/hebei.toml). A unit separates when the
first is above the second; the gap is the room a threshold has."""

import math
import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from polcmp.coverage import _stopwords, _terms, service_terms
from polcmp.normalize import load_mappings
from polcmp.sources import load_list, load_registry

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    registry, mappings = load_registry(ROOT / "sources"), load_mappings(ROOT / "mappings")
    base, plan = load_list("national", registry, mappings), load_list("hebei", registry, mappings)
    covered = {int(k) for k in tomllib.loads((ROOT / "tests" / "gold" / "hebei.toml").read_text(encoding="utf-8"))
               ["covered"]}
    stop = _stopwords()
    item_terms, weights = service_terms(base)

    def idf(term: str) -> float:
        return weights.get(term, math.log(len(item_terms) + 1))

    measures = [m.service + "。" + m.content for m in plan.items]
    sentences = [s for text in measures for s in re.split(r"(?<=[。；])", text) if s.strip()]

    def share(terms: set[str], text: str) -> float:
        total = sum(idf(t) for t in terms) or 1.0
        return sum(idf(t) for t in terms if t in text) / total

    def clause_max(b) -> float:
        names = _terms(b.service.replace("服务", "") + b.target, stop)
        return max(max(share((_terms(c, stop) | names) & set(weights), s) for s in sentences) for c in b.clauses)

    units = {
        "whole measure, whole service (used)": lambda b: max(share(item_terms[b.seq], m) for m in measures),
        "plan sentence, whole service": lambda b: max(share(item_terms[b.seq], s) for s in sentences),
        "plan sentence, baseline clause": clause_max,
    }
    for name, unit in units.items():
        values = {b.seq: unit(b) for b in base.items}
        low = min(v for s, v in values.items() if s in covered)
        high = max(v for s, v in values.items() if s not in covered)
        print(f"{name:38} lowest covered {low:.2f}  highest never mentioned {high:.2f}  gap {low - high:+.2f}")


if __name__ == "__main__":
    main()
