"""polcmp/level/stated.py: a change a row states itself (由0-6岁扩大至0-17岁) promises what it changes to; the
'from' words are history, and where the base row gives no such quantity the change is read in its unit's
direction. Read from fc200_level's first-contact inversion; each on several wordings, on whole rows."""

import pytest

from polcmp.level import PairSetting, judge_items
from polcmp.level.stated import without_history
from tests.conftest import ROOT, load_level_markers


@pytest.fixture(scope="module")
def markers():
    return load_level_markers(ROOT / "mappings" / "levels.toml")


def judged(markers, base: str, other: str):
    return judge_items(base.split("；"), other.split("；"), markers, PairSetting(targets=("流动儿童", "流动儿童")))


REHAB = "就地受理残疾儿童康复救助申请，提供相关服务"
LOW_INCOME = "申请家庭符合条件的，纳入最低生活保障范围"


@pytest.mark.parametrize("base,other,level", [
    # the base names no quantity of the kind: the stated change is compared, from → to
    (REHAB, f"{REHAB}；康复救助对象年龄由0-6岁扩大至0-17岁", "stronger"),
    (REHAB, f"{REHAB}；救助年龄从0至6岁放宽到0至14岁", "stronger"),
    (LOW_INCOME, f"{LOW_INCOME}，审核确认时限由30个工作日缩短至20个工作日", "stronger"),
    (LOW_INCOME, f"{LOW_INCOME}，审核确认时限从二十个工作日延长至三十个工作日", "weaker"),
    ("按规定发放生活补贴", "生活补贴标准由每人每月600元调整为每人每月400元", "weaker"),
    ("按规定发放生活补贴", "生活补贴标准从每人每月300元提高到每人每月400元", "stronger"),
    # the base names one: the row's quantity against the base's, whatever the history
    ("按每人每月500元发放生活补贴", "生活补贴标准由每人每月300元提高到每人每月400元", "weaker"),
    ("按每人每月300元发放生活补贴", "生活补贴标准由每人每月300元提高到每人每月400元", "stronger"),
])
def test_a_stated_change_promises_what_it_changes_to(markers, base, other, level):
    assert judged(markers, base, other).level.value == level


def test_the_from_words_are_no_limit_of_the_row(markers):
    # before: 0-6岁 read as an age range put on the row (weaker)
    reasons = judged(markers, REHAB, f"{REHAB}；康复救助对象年龄由0-6岁扩大至0-17岁").reasons
    assert [r.explanation for r in reasons] == ["0-6岁 → 0-17岁：年龄范围扩大"]


@pytest.mark.parametrize("clause,kept", [
    ("康复救助对象年龄由0-6岁扩大至0-17岁", "康复救助对象年龄扩大至0-17岁"),
    ("审核时限从二十个工作日缩短为十个工作日", "审核时限缩短为十个工作日"),
    ("由户籍地提供基本生活条件", "由户籍地提供基本生活条件"),  # 由 of who acts, no change stated
    ("从2025年起执行", "从2025年起执行"),
])
def test_without_history(clause, kept):
    assert without_history(clause) == kept
