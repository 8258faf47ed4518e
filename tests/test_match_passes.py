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


def test_a_row_reworded_throughout_pairs_by_its_distinctive_terms(lists, mappings, tmp_path):
    """A row that rewords every word of its baseline row (儿保, 疫苗, 托位 for 健康管理, 接种, 托育) scores
    below the pairing threshold, but what it says belongs mostly to that one row: paired, never reported
    as an addition beside a dropped baseline service."""
    from polcmp.sources import load_list, load_registry

    text = (ROOT / "sources" / "national.txt").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("幼有所育\t1\t"))
    cells = row.split("\t")
    cells[3] = "儿保和照护"
    cells[4] = "纳入居住地儿童保健管理并定期体检；免费接种免疫规划疫苗；普惠托位向流动儿童家庭平等开放。"
    path = tmp_path / "reworded.txt"
    path.write_text(text.replace(row, "\t".join(cells)), encoding="utf-8")
    c = compare(lists["national"], load_list(str(path), load_registry(), mappings), mappings=mappings)
    assert [link.other.seq for link in c.links if link.base.seq == 1] == [1]
    assert not c.dropped and not c.added
