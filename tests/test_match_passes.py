import sys

import pytest

from polcmp.mappings import Mappings
from polcmp.match import compare
from polcmp.results import MatchedBy
from scripts.gold_score import score_comparison
from tests.conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REGIONS = ["tianjin", "guangxi", "heilongjiang", "qingdao"]


def gold(sid):
    return tomllib.loads((ROOT / "tests" / "gold" / f"{sid}.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("sid", REGIONS)
def test_seed_gold_perfect_without_overrides(lists, mappings, sid):
    bare = Mappings(mappings.department_patterns, lexicon=mappings.lexicon)  # no overrides at all
    scores = score_comparison(compare(lists["national"], lists[sid], mappings=bare), gold(sid))
    assert scores["pairs"].f1 == 1.0, scores
    assert scores["added/dropped"].f1 == 1.0, scores


def test_identical_lists_pair_exactly(lists, mappings):
    c = compare(lists["national"], lists["national"], mappings=mappings)
    assert {link.matched_by for link in c.links} == {MatchedBy.EXACT} and not c.differs


def test_overrides_force_and_forbid(lists, mappings):
    forced = Mappings(mappings.department_patterns, force_pairs=(
        {"base": "national", "base_seq": 19, "other": "guangxi", "other_seq": 17, "reason": "test"},))
    c = compare(lists["national"], lists["guangxi"], mappings=forced)
    link = next(x for x in c.links if x.base.seq == 19)
    assert (link.other.seq, link.matched_by, link.reason) == (17, MatchedBy.OVERRIDE, "test")
    forbidden = Mappings(mappings.department_patterns, forbid_pairs=(
        {"base": "national", "base_seq": 5, "other": "tianjin", "other_seq": 5, "reason": "test"},))
    c = compare(lists["national"], lists["tianjin"], mappings=forbidden)
    assert all(not (x.base.seq == 5 and x.other.seq == 5) for x in c.links)


def test_a_comparison_over_max_pairs_is_refused_naming_the_file(lists, mappings):
    """Work grows with rows x rows: past settings.max_pairs the comparison is an input error at once."""
    from dataclasses import replace

    from polcmp.match import MatchSettings
    from polcmp.model import InputError

    base, other = lists["national"], lists["tianjin"]
    tight = replace(MatchSettings(), max_pairs=len(base.items) * len(other.items) - 1)
    with pytest.raises(InputError) as refused:
        compare(base, other, mappings=mappings, settings=tight)
    assert refused.value.path == other.path and "max_pairs" in str(refused.value)
    roomy = replace(tight, max_pairs=len(base.items) * len(other.items))
    assert compare(base, other, mappings=mappings, settings=roomy, detail=False).links
