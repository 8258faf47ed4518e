"""Which content scorer separates true pairs from false ones better: character bigrams or jieba words?

For each scorer, over a grid of weightings: how many reach F1 = 1.0 on all four gold alignments, and the
margin between the weakest gold pair and the strongest non-gold candidate (higher is safer)."""

import itertools
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polcmp.mappings import load_mappings  # noqa: E402
from polcmp.match import MatchSettings, compare  # noqa: E402
from polcmp.match.similarity import content_similarity, words_similarity  # noqa: E402
from polcmp.sources import load_list, load_registry  # noqa: E402
from scripts.gold_score import score_comparison  # noqa: E402

REGIONS = ["tianjin", "guangxi", "heilongjiang", "qingdao"]


def main() -> None:
    registry, mappings = load_registry(ROOT / "sources"), load_mappings(ROOT / "mappings")
    base = load_list("national", registry, mappings)
    lists = {sid: load_list(sid, registry, mappings) for sid in REGIONS}
    golds = {sid: tomllib.loads((ROOT / "tests" / "gold" / f"{sid}.toml").read_text(encoding="utf-8"))
             for sid in REGIONS}
    grid = list(itertools.product([0.4, 0.45, 0.5, 0.55], [0.15, 0.2, 0.25, 0.3], [0.05, 0.1, 0.15],
                                  [0.1, 0.15, 0.2]))
    for name, units, scorer in (("character bigrams", "characters", content_similarity),
                                ("jieba words", "words", words_similarity)):
        perfect = 0
        for cw, sw, tw, dw in grid:
            config = MatchSettings(content_weight=cw, service_weight=sw, target_weight=tw, department_weight=dw,
                                 content_units=units)
            scores = [score_comparison(compare(base, lists[s], mappings=mappings, settings=config, detail=False),
                                       golds[s]) for s in REGIONS]
            perfect += all(x["pairs"].f1 == 1.0 and x["added/dropped"].f1 == 1.0 for x in scores)
        margins = []
        for sid in REGIONS:
            gold_pairs = {tuple(p) for p in golds[sid]["pairs"]}
            true = [scorer(base.item(b).content, lists[sid].item(o).content) for b, o in gold_pairs]
            false = [scorer(b.content, o.content) for b in base.items for o in lists[sid].items
                     if (b.seq, o.seq) not in gold_pairs]
            margins.append((sorted(true)[len(true) // 10], max(false)))
        print(f"{name:18}: {perfect} of {len(grid)} weightings perfect; content similarity of gold pairs "
              f"(10th percentile) vs best wrong candidate: "
              + ", ".join(f"{s} {t:.2f}/{f:.2f}" for s, (t, f) in zip(REGIONS, margins, strict=True)))


if __name__ == "__main__":
    main()
