"""polcmp/level/schools.py: the schools a 服务对象 or a content says the child studies at are options of one
condition; a school added widens the group, one dropped narrows it, and neither is a condition added or lifted."""

import pytest

from polcmp.level import PairSetting, judge_items
from polcmp.level.schools import one_venue_list, school_reasons, without_venues
from tests.conftest import ROOT, load_level_markers


@pytest.fixture(scope="module")
def markers():
    return load_level_markers(ROOT / "mappings" / "levels.toml")


def row_level(markers, base, other, base_target="流动儿童", other_target="流动儿童") -> str:
    return judge_items(base.split("；"), other.split("；"), markers,
                       PairSetting(targets=(base_target, other_target))).level.value


INSURANCE = "为{}就读的流动儿童购买学生意外伤害保险"


@pytest.mark.parametrize("base_schools,other_schools,level", [
    # read from fc153_level 珮江市 2025 8: 幼儿园 joined by 和 to 中小学 (once a condition lifted: an inversion)
    ("在本市中小学", "在本市幼儿园和中小学", "stronger"),
    ("在本市幼儿园和中小学", "在本市中小学", "weaker"),
    ("在本市中小学", "在本市中小学、幼儿园", "stronger"),
    ("在本县幼儿园", "在本县幼儿园及小学", "stronger"),
    ("在本县幼儿园、小学", "在本县幼儿园", "weaker"),
    # one school said in other words, or 中小学 against its parts: not compared name by name
    ("在本市中小学校", "在本市中小学", "same"),
    ("在本市中小学", "在本市小学、初中", "same"),
])
def test_schools_added_widen_and_dropped_narrow(markers, base_schools, other_schools, level):
    base, other = INSURANCE.format(base_schools), INSURANCE.format(other_schools)
    assert row_level(markers, base, other) == level
    # the same in the 服务对象
    targets = (f"{base_schools}就读的流动儿童", f"{other_schools}就读的流动儿童")
    assert row_level(markers, base, other, *targets) == level


def test_the_schools_are_no_condition_added_or_lifted():
    assert without_venues("在本市幼儿园和中小学就读的流动儿童") == without_venues("在本市中小学就读的流动儿童")
    assert without_venues("在本市公办学校就读") == "在本市公办学校就读"  # no school named: the phrase stays
    assert one_venue_list("在本市幼儿园、小学和初中就读") == "在本市幼儿园/小学/初中就读"


def test_reasons_quote_the_school_added():
    base, other = INSURANCE.format("在本市中小学"), INSURANCE.format("在本市幼儿园和中小学")
    reasons = school_reasons("流动儿童", "流动儿童", base, other)
    assert [(r.direction.value, r.other, r.explanation) for r in reasons] == \
        [("stronger", "幼儿园", "服务对象扩大：新增幼儿园就读")]


def test_two_phrases_in_one_content_are_not_compared():
    """Which of two 在…就读 phrases stands for which is not known: nothing is said."""
    base = "为在本市中小学就读的流动儿童购买保险，为在本市幼儿园就读的流动儿童提供营养餐"
    other = "为在本市幼儿园和中小学就读的流动儿童购买保险，为在本市幼儿园就读的流动儿童提供营养餐"
    assert school_reasons("流动儿童", "流动儿童", base, other) == []
