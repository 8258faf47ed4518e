"""`make eval`: precision, recall and F1 of polcmp's comparisons against the gold files in tests/gold/."""

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polcmp.evaluate import prf, score_comparison  # noqa: E402
from polcmp.match import compare  # noqa: E402
from polcmp.normalize import load_mappings  # noqa: E402
from polcmp.sources import load_list, load_registry  # noqa: E402


def main() -> int:
    registry, mappings = load_registry(ROOT / "sources"), load_mappings(ROOT / "mappings")
    worst = 1.0
    print(f"{'list':14} {'what':17} {'P':>6} {'R':>6} {'F1':>6}")
    for gold_file in sorted((ROOT / "tests" / "gold").glob("*.toml")):
        gold = tomllib.loads(gold_file.read_text(encoding="utf-8"))
        base = load_list(gold["base"], registry, mappings)
        other = load_list(gold["other"], registry, mappings)
        result = compare(base, other, mappings=mappings, detail=False)
        if other.kind == "plan":
            scores = {"covered services": prf({x.base.seq for x in result.links}, {int(k) for k in gold["covered"]}),
                      "added measures": prf({u.item.seq for u in result.added}, set(gold["added"]))}
        else:
            scores = score_comparison(result, gold)
        for what, s in scores.items():
            worst = min(worst, s.f1)
            print(f"{gold['other']:14} {what:17} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    print(f"lowest F1: {worst:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
