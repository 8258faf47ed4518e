"""polcmp/level/hedges.py: two hedged sides weighed against each other, on whole rows. The stacked hedge was read
from fc203_level's first-contact miss (有条件的地方就近提供 → 有条件的地方逐步提供)."""

import pytest

from polcmp.level import PairSetting, judge_items
from tests.conftest import ROOT, load_level_markers


@pytest.fixture(scope="module")
def markers():
    return load_level_markers(ROOT / "mappings" / "levels.toml")


def row_level(markers, base: str, other: str) -> str:
    setting = PairSetting(targets=("流动儿童", "流动儿童"))
    return judge_items(base.split("；"), other.split("；"), markers, setting).level.value


@pytest.mark.parametrize("base,other,level", [
    ("有条件的地方就近提供托育服务", "有条件的地方逐步提供托育服务", "weaker"),
    ("视情提供疾病治疗服务", "视情逐步提供疾病治疗服务", "weaker"),
    ("根据财力情况给予补助", "根据财力情况，原则上给予补助", "weaker"),
    # one hedge in words that overlap (视情况 is both 视情 and 视…情况), or the base's in another order
    ("视情提供疾病治疗服务", "视情况提供疾病治疗服务", "same"),
    ("由监护人向户籍地民政部门自行申请认定", "由监护人自行向户籍地民政部门申请认定", "same"),
    ("逐步对有需要的流动儿童开展心理健康筛查", "分步骤推进有需要的流动儿童心理健康筛查", "same"),
])
def test_a_second_hedge_stacked_on_the_bases_weakens(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base,other,level", [
    ("有条件的地方提供托育服务", "鼓励有条件的地方探索提供托育服务", "weaker"),  # a soft hedge on one side only
    ("鼓励有条件的地方探索提供托育服务", "有条件的地方提供托育服务", "stronger"),
    ("有条件的地方就近提供托育服务", "支持有条件的地方就近提供托育服务", "same"),  # a verb put before the base's
])
def test_a_soft_hedge_or_a_verb_before_the_bases(markers, base, other, level):
    assert row_level(markers, base, other) == level
