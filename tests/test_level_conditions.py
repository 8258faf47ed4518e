"""polcmp/level/conditions.py and the parts read with it (items.py, quantities.py): mechanisms read from the misses of the
first-contact batches fc124_level to fc131_level, each on several wordings, judged on whole rows."""

import pytest

from polcmp.level import PairSetting, judge_items
from polcmp.level.text import _conditions
from tests.conftest import ROOT, load_level_markers


@pytest.fixture(scope="module")
def markers():
    return load_level_markers(ROOT / "mappings" / "levels.toml")


def row_level(markers, base_content, other_content, base_target="流动儿童", other_target="流动儿童") -> str:
    clauses = (base_content.split("；"), other_content.split("；"))
    return judge_items(*clauses, markers, PairSetting(targets=(base_target, other_target))).level.value


# ---------------------------------------------------------------- 符合条件的 on one side only

TUITION = "为符合条件的中等职业教育在校生提供国家助学金；免除符合条件的中等职业教育在校生学费"


@pytest.mark.parametrize("base,other,level", [
    # taken off one promise, kept on the other
    (TUITION, "为符合条件的中等职业教育在校生提供国家助学金；免除中等职业教育在校生学费", "stronger"),
    ("符合条件的就近在普惠性幼儿园入园；资助家庭经济困难的儿童接受普惠性学前教育",
     "保障流动儿童就近在普惠性幼儿园入园；资助家庭经济困难的儿童接受普惠性学前教育", "stronger"),
    ("符合条件的就近在普惠性幼儿园入园", "就近安排在普惠性幼儿园入园，学位不足的由区教育局统筹调剂", "stronger"),
    ("对符合条件的，纳入精神障碍社区康复服务范围", "纳入精神障碍社区康复服务范围", "stronger"),
    # put on a promise the base gives to all
    ("为符合条件的中等职业教育在校生提供国家助学金；免除中等职业教育在校生学费", TUITION, "weaker"),
    ("就近在普惠性幼儿园入园", "符合入园条件的，就近在普惠性幼儿园入园", "weaker"),
])
def test_the_qualifier_on_one_side_only(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other", [
    # one qualifier governs every promise of its clause
    "对符合条件的中职在校生发放国家助学金并免除学费",
    "对符合条件的中等职业教育在校生发放国家助学金，并免除其学费",
    "符合条件的中等职业教育在校生，享受国家助学金、免除学费",
    # the whole row qualified by a closing sentence
    "为中职学校在校生提供国家助学金；免除中职学校在校生学费；以上政策适用于符合国家规定条件的学生",
])
def test_a_qualifier_said_once_for_the_clause_or_the_row_is_kept(markers, other):
    assert row_level(markers, TUITION, other) == "same"


@pytest.mark.parametrize("base,other,target", [
    # a condition in its place is judged as that condition (weaker), not as the qualifier lifted (stronger too)
    ("符合条件的就近在普惠性幼儿园入园", "持本市居住证满2年的，就近在普惠性幼儿园入园", "流动儿童"),
    ("符合条件的就近在普惠性幼儿园入园", "在本市连续居住满1年的，就近在普惠性幼儿园入园", "流动儿童"),
    # narrower groups in its place (低保家庭、特困供养家庭), the same
    ("对符合条件的普通高中家庭经济困难学生免除学杂费", "对普通高中在校生中最低生活保障家庭、特困供养家庭的学生免除学杂费",
     "流动儿童"),
])
def test_the_qualifier_replaced_by_a_condition_is_that_condition(markers, base, other, target):
    assert row_level(markers, base, other, target, target) == "weaker"


@pytest.mark.parametrize("base,other", [
    # a hedge in its place: the hedge weakens, the qualifier's loss strengthens nothing
    ("符合条件的纳入精神障碍社区康复服务范围", "视情纳入精神障碍社区康复服务范围"),
    ("符合条件的纳入精神障碍社区康复服务范围", "有条件的地方纳入精神障碍社区康复服务范围"),
])
def test_the_qualifier_replaced_by_a_hedge_is_the_hedge(markers, base, other):
    assert row_level(markers, base, other) == "weaker"


@pytest.mark.parametrize("base,other", [
    # before a group its means test already names, it adds no test of its own
    ("资助家庭经济困难儿童接受普惠性学前教育", "资助符合条件的家庭经济困难儿童接受普惠性学前教育"),
    ("为低保家庭学生提供国家助学金", "为符合条件的低保家庭学生提供国家助学金"),
    # a 服务对象 that qualifies the whole row
])
def test_the_qualifier_before_a_means_tested_group_adds_nothing(markers, base, other):
    assert row_level(markers, base, other) == "same"


def test_a_target_that_qualifies_the_row_keeps_the_content_unqualified(markers):
    target = "符合当地住房保障条件的流动儿童家庭"
    assert row_level(markers, "将符合条件的家庭纳入住房保障范围", "将流动儿童家庭纳入住房保障范围", target, target) == "same"


# ---------------------------------------------------------------- groups joined to the base's own


@pytest.mark.parametrize("base,other,level", [
    ("资助家庭经济困难的儿童接受普惠性学前教育", "资助家庭经济困难儿童和多孩家庭儿童接受普惠性学前教育", "stronger"),
    ("对孤儿、事实无人抚养儿童提供基本生活保障", "对孤儿、事实无人抚养儿童和重病重残儿童提供基本生活保障", "stronger"),
    ("为残疾儿童提供康复训练", "为残疾儿童及疑似残疾儿童提供康复训练", "stronger"),
    # the group's own family, and narrower groups in place of the base's
    ("为流动儿童及其家庭提供免费法律咨询", "为流动儿童和家庭提供免费法律咨询", "same"),
    ("资助家庭经济困难的儿童接受普惠性学前教育", "对本市低保家庭、特困供养家庭的儿童接受普惠性学前教育给予资助", "weaker"),
])
def test_groups_joined_to_the_base_group(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- caps, steps, ways, references back


@pytest.mark.parametrize("base,other", [
    ("发放临时救助金，临时救助金一般不超过当地3个月低保标准；提供临时生活照料", "发放临时救助金；提供临时生活照料"),
    ("发放临时救助金，临时救助金原则上不超过当地6个月低保标准", "发放临时救助金"),
    ("发放交通费补助，交通费补助每生每年最高不超过800元", "发放交通费补助"),
])
def test_a_cap_dropped_is_a_cap_lifted(markers, base, other):
    assert row_level(markers, base, other) == "stronger"


@pytest.mark.parametrize("other", [
    "经参保地备案同意后提供异地就医直接结算服务",
    "办理异地就医备案审核后，提供异地就医直接结算服务",
    "完成参保地备案确认的，提供异地就医直接结算服务",
])
def test_a_filing_approved_first_is_a_condition(markers, other):
    assert row_level(markers, "提供异地就医直接结算服务", other) == "weaker"


@pytest.mark.parametrize("other", [
    "家庭医生团队每三个月至少入户随访一次",
    "家庭医生团队每季度至少入户访视1次",
    "家庭医生团队每季度至少入户探视1次",
])
def test_a_home_visit_in_other_words_is_the_same_way(markers, other):
    assert row_level(markers, "由家庭医生团队每季度至少上门随访1次", other) == "same"


@pytest.mark.parametrize("other", [
    "为上述父母或其他监护人提供家庭教育指导服务",
    "为前述父母或其他监护人提供家庭教育指导服务",
    "向以上家长或其他监护人提供家庭教育指导服务",
])
def test_an_option_that_refers_back_is_no_new_option(markers, other):
    assert row_level(markers, "为流动儿童的父母或其他监护人提供家庭教育指导服务", other) == "same"


# ---------------------------------------------------------------- read from fc128_level to fc131_level misses

SETTLEMENT = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"


@pytest.mark.parametrize("base,other,level", [
    # a bracket that restates the other side's gloss (（即…）) without saying so is a gloss too
    (SETTLEMENT + "（即在本市就医时医疗费用直接结算，无需回参保地垫付报销）",
     SETTLEMENT + "（在居住地就医时医疗费用直接结算，无需回参保地垫付报销）", "same"),
    (SETTLEMENT + "（在居住地就医时医疗费用直接结算，无需回参保地垫付报销）",
     SETTLEMENT + "（即在本市就医时医疗费用直接结算，无需回参保地垫付报销）", "same"),
    # one that says more than the gloss still counts (a number: no advance payment is what 直接结算 means)
    (SETTLEMENT + "（即在本市就医时医疗费用直接结算）",
     SETTLEMENT + "（在居住地就医时医疗费用直接结算，报销比例不低于70%）", "stronger"),
])
def test_a_bracket_restating_a_gloss_is_a_gloss(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other", [
    "在认定相关情形时提供跨省通办服务（异地申请、就地受理），协助流动儿童向户籍地申领基本生活费",
    "在认定相关情形时提供跨省通办服务（即异地申请、就地受理），协助流动儿童向户籍地申领基本生活费",
    "在认定相关情形时提供跨省通办（网上申请、一次办结）服务，协助流动儿童向户籍地申领基本生活费",
])
def test_a_way_of_service_named_only_in_brackets_explains(markers, other):
    base = "在认定相关情形时提供“跨省通办”服务，协助流动儿童向户籍地申领基本生活费"
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("other", [
    "做好儿童医疗保障相关工作（含参保登记、待遇享受），提供异地就医直接结算服务",
    "做好儿童医疗保障相关工作(参保登记、待遇享受等)，提供异地就医直接结算服务",
])
def test_an_administrative_line_with_a_bracket_adds_no_service(markers, other):
    assert row_level(markers, SETTLEMENT, other) == "same"


@pytest.mark.parametrize("base,other", [
    ("为家庭经济困难残疾学生提供12年免费教育（含义务教育和高中阶段教育）",
     "为家庭经济困难残疾学生提供包括义务教育、高中阶段教育在内的12年免费教育"),
    ("为家庭经济困难残疾学生提供包括义务教育、高中阶段教育在内的12年免费教育",
     "为家庭经济困难残疾学生提供12年免费教育（含义务教育和高中阶段教育）"),
])
def test_an_inclusion_said_the_other_way_is_kept(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("base,other,level", [
    ("将符合条件的流动儿童家庭纳入最低生活保障范围", "可将符合条件的流动儿童家庭纳入最低生活保障范围", "weaker"),
    ("将符合条件的流动儿童家庭纳入最低生活保障范围", "可以将符合条件的流动儿童家庭纳入低保范围", "weaker"),
    ("可将符合条件的流动儿童家庭纳入最低生活保障范围", "将符合条件的流动儿童家庭纳入最低生活保障范围", "stronger"),
])
def test_may_put_in_is_a_hedge(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other", [
    "做好儿童医疗保障相关工作；异地就医直接结算须提前办理备案，备案后方可结算",
    "做好儿童医疗保障相关工作；须先办理异地就医备案，备案后才能直接结算",
])
def test_the_service_given_only_after_a_step_is_no_service_added(markers, other):
    assert row_level(markers, SETTLEMENT, other) == "weaker"


@pytest.mark.parametrize("base,other,level", [
    ("为低保家庭流动儿童免费投保学生意外伤害保险", "为低保家庭流动儿童投保学生意外伤害保险，保费由县财政全额承担", "same"),
    ("为低保家庭流动儿童免费投保学生意外伤害保险", "为低保家庭流动儿童投保意外伤害保险，所需费用由市财政全额负担", "same"),
    # where the base says nothing of who pays, a payment in full is a benefit added
    ("为低保家庭流动儿童投保学生意外伤害保险", "为低保家庭流动儿童投保学生意外伤害保险，保费由县财政全额承担", "stronger"),
])
def test_who_pays_in_full_is_the_benefit_not_a_service(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc132_level to fc135_level misses


@pytest.mark.parametrize("base,other", [
    ("为家庭经济困难的残疾学生提供义务教育阶段免费教育，高中阶段教育减半收取学费",
     "为家庭经济困难的残疾学生提供包括义务教育、高中阶段教育在内的12年免费教育"),
    ("保教费按省定标准的50%收取", "免除保教费"),
    ("学费按公办学校标准收取", "免除学费"),
])
def test_a_charge_the_other_row_waives_is_lifted(markers, base, other):
    assert row_level(markers, base, other) == "stronger"


@pytest.mark.parametrize("base,other", [
    ("为残疾学生提供包括高中阶段教育在内的12年免费教育",
     "为残疾学生提供包括高中阶段教育（含普通高中和中等职业教育）在内的12年免费教育"),
    ("符合条件的在流入地参加中考", "符合条件的在本市参加中考（含报名、考试和录取）"),
    ("符合条件的在流入地参加中考（含报名、考试和录取）", "符合条件的在本市参加中考"),
    ("按照规范提供健康管理服务", "按照规范提供健康管理服务（含新生儿访视、儿童健康检查）"),
])
def test_a_bracket_naming_the_parts_of_a_whole_is_a_gloss(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("base,other", [
    # one part included is a widening still, and so are places reached
    ("受理残疾儿童康复救助申请", "受理残疾儿童（含孤独症儿童）康复救助申请"),
    ("在设区市城区实物配租公共租赁住房", "在全市（含县城和乡镇）实物配租公共租赁住房"),
])
def test_a_bracket_that_includes_one_more_or_places_widens(markers, base, other):
    assert row_level(markers, base, other) == "stronger"


@pytest.mark.parametrize("base,other", [
    ("提供管理服务，每季度至少上门随访1次；提供社区康复服务", "提供管理服务，入户随访每季度不少于1次；提供社区康复服务"),
    ("提供管理服务，每月至少电话随访1次", "提供管理服务，电话随访每月不少于1次"),
    ("临时救助金原则上每年不超过1次", "临时救助金原则上每个家庭一年最多发放一次"),
])
def test_a_frequency_said_in_other_words_is_the_same(markers, base, other):
    assert row_level(markers, base, other) == "same"


# ---------------------------------------------------------------- read from fc136_level to fc139_level misses


@pytest.mark.parametrize("base,other", [
    ("学校在工作日提供课后托管服务，收费标准按成本核定，家庭经济困难学生减半收取", "学校在工作日免费提供课后托管服务"),
    ("学校开展暑期托管服务，托管费用按成本分担原则由家庭适当承担", "学校在暑假开展托管服务，免费提供"),
    ("为残疾学生提供9年免费义务教育，高中阶段教育学费予以减免",
     "为残疾学生提供包括义务教育、高中阶段教育在内的12年免费教育"),
])
def test_a_charge_dropped_where_the_service_is_made_free_is_lifted(markers, base, other):
    assert row_level(markers, base, other) == "stronger"


@pytest.mark.parametrize("base,other", [
    # a reduction on both sides, in other words, waives nothing
    ("对符合条件的中等职业教育在校生减免学费", "对符合条件的在校生减免学费"),
    ("按每生每年1200元标准减免保育教育费", "按每生每年1200元标准减免保教费"),
])
def test_a_reduction_kept_is_no_charge_lifted(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("base,other,level", [
    ("义务教育阶段流动儿童", "小学阶段流动儿童", "weaker"),
    ("义务教育阶段流动儿童", "初中阶段流动儿童", "weaker"),
    ("小学阶段流动儿童", "义务教育阶段流动儿童", "stronger"),
])
def test_a_school_stage_named_by_one_part(markers, base, other, level):
    assert row_level(markers, "依托学校为有需要的流动儿童提供暑期托管服务", "依托学校为有需要的流动儿童提供暑期托管服务",
                     base, other) == level


@pytest.mark.parametrize("other", [
    "经核对家庭收入财产后，将符合条件的流动儿童家庭纳入最低生活保障范围",
    "流动儿童家庭提出申请并经核查家庭经济状况后，符合条件的纳入最低生活保障范围",
])
def test_a_means_check_put_first_is_a_condition(markers, other):
    assert row_level(markers, "将符合条件的流动儿童家庭纳入最低生活保障范围", other) == "weaker"


def test_an_application_where_the_family_lives_beside_a_means_check_is_both(markers):
    """Applying where the family lives spares a journey; the check of its income and assets is a condition: both."""
    other = "流动儿童家庭向居住地街道（乡镇）提出申请并经核对收入财产后，符合条件的纳入最低生活保障范围"
    assert row_level(markers, "将符合条件的流动儿童家庭纳入最低生活保障范围", other) == "mixed"


@pytest.mark.parametrize("other", [
    "流动儿童异地就医的，须先行办理异地就医备案，备案后方可直接结算",
    "异地就医须先行完成备案，备案后提供直接结算服务",
])
def test_what_the_family_must_do_first_is_no_benefit_given_first(markers, other):
    assert row_level(markers, "提供异地就医直接结算服务", other) == "weaker"


@pytest.mark.parametrize("other", [
    "提供家庭医生签约服务、基本公共卫生服务；基本医疗服务按当地规定提供",
    "提供家庭医生签约服务、基本公共卫生服务；基本医疗服务按照当地有关规定执行",
])
def test_a_service_deferred_to_local_rules_is_weaker(markers, other):
    assert row_level(markers, "提供家庭医生签约服务、基本医疗服务、基本公共卫生服务", other) == "weaker"


# ---------------------------------------------------------------- read from fc140_level to fc143_level misses


@pytest.mark.parametrize("other", [
    "保障流动儿童接受义务教育；凭父母居住证及在本县连续缴纳社会保险满1年的证明申请入学，以公办学校为主安排就近入学",
    "保障流动儿童接受义务教育；凭居住证和劳动合同申请入学，以公办学校为主安排就近入学",
])
def test_what_the_family_must_show_to_apply_is_a_condition_not_a_service(markers, other):
    assert row_level(markers, "保障流动儿童接受义务教育；以公办学校为主保障就近入学", other) == "weaker"


@pytest.mark.parametrize("other", [
    "提供异地就医直接结算服务；异地就医备案可在线办理，即时办结",
    "提供异地就医直接结算服务；异地就医备案实行在线申请、即时办结",
])
def test_online_in_other_words_is_the_same_way(markers, other):
    assert row_level(markers, "提供异地就医直接结算服务；异地就医备案实行线上办理、即时办结", other) == "same"


@pytest.mark.parametrize("base,other", [
    ("发放租赁补贴，申请时不再要求在本市缴纳社会保险", "发放租赁补贴，申请时不要求在本市缴纳社会保险"),
    ("发放租赁补贴，申请时不要求提供户籍证明", "发放租赁补贴，申请时不再要求提供户籍证明"),
])
def test_no_longer_required_and_not_required_are_one_lift(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("other_target", ["在园在校流动儿童", "在校寄宿流动儿童"])
def test_two_bare_limits_before_the_group_narrow_it(markers, other_target):
    content = "为流动儿童的父母或者其他监护人提供家庭教育指导"
    assert row_level(markers, content, content, "流动儿童", other_target) == "weaker"


# ---------------------------------------------------------------- read from fc144_level to fc147_level misses


@pytest.mark.parametrize("other", [
    "为符合条件的中职学校在校生发放国家助学金，同时免除符合条件的在校生学费",
    "为符合条件的中等职业教育在校生提供国家助学金，并免除符合条件的中等职业教育在校生学费",
])
def test_two_clauses_joined_by_a_joining_word_add_nothing(markers, other):
    assert row_level(markers, "为符合条件的中等职业教育在校生提供国家助学金；免除符合条件的中等职业教育在校生学费",
                     other) == "same"


@pytest.mark.parametrize("other,level", [
    ("开设流动儿童关爱专线，工作日8：30-17：30受理求助并转办", "weaker"),
    ("开设流动儿童关爱专线，每日8:30-20:30受理求助并转办", "weaker"),
    ("开设流动儿童关爱专线，全天候受理求助并转办", "same"),
])
def test_opening_hours_with_minutes_are_hours(markers, other, level):
    assert row_level(markers, "开设流动儿童关爱专线，24小时受理求助并转办", other) == level


# ---------------------------------------------------------------- read from fc148_level to fc151_level misses


@pytest.mark.parametrize("other", [
    "通过实物配租公共租赁住房或者发放租赁补贴予以保障，公租房轮候时间不超过12个月",
    "通过实物配租公共租赁住房或者发放租赁补贴予以保障，等待配租时间最长不超过1年",
])
def test_a_bound_on_the_wait_is_a_time_limit_promised(markers, other):
    assert row_level(markers, "通过实物配租公共租赁住房或者发放租赁补贴予以保障", other) == "stronger"


@pytest.mark.parametrize("base", [
    "协助流动儿童向户籍地申领基本生活费；户籍地未能按时发放的，由本市先行垫付",
    "协助流动儿童向户籍地申领基本生活费；户籍地未及时发放的，由居住地民政部门先行支付",
])
def test_a_payment_made_first_by_the_government_dropped_is_lost(markers, base):
    assert row_level(markers, base, "协助流动儿童向户籍地申领基本生活费") == "weaker"


def test_a_payment_the_family_makes_first_dropped_is_no_loss(markers):
    """A burden the base puts on the family, dropped, takes no promise with it."""
    assert row_level(markers, "提供异地就医直接结算服务；费用由个人先行垫付", "提供异地就医直接结算服务") == "same"


# ---------------------------------------------------------------- read from fc152_level to fc155_level misses


@pytest.mark.parametrize("base", [
    "根据监护人申请，为流动儿童父母或者其他监护人提供家庭教育指导服务",
    "依本人申请，为流动儿童父母或者其他监护人提供家庭教育指导服务",
])
def test_an_application_step_in_other_words_dropped_is_a_requirement_lifted(markers, base):
    assert row_level(markers, base, "为流动儿童父母或者其他监护人提供家庭教育指导服务") == "stronger"


@pytest.mark.parametrize("other,level", [
    ("流动儿童及其监护人申请法律援助的，不进行经济困难审查", "same"),
    ("流动儿童及其监护人申请法律援助的，不开展经济困难审查", "same"),
    ("流动儿童及其监护人申请法律援助的，按规定进行经济困难审查", "weaker"),
])
def test_a_check_not_carried_out_is_a_lift(markers, other, level):
    assert row_level(markers, "流动儿童及其监护人申请法律援助的，免予经济困难审查", other) == level


def test_a_check_not_carried_out_where_the_base_names_none_is_lifted(markers):
    assert row_level(markers, "为流动儿童及其监护人提供法律援助", "为流动儿童及其监护人提供法律援助，不开展经济困难审查") \
        == "stronger"


# ---------------------------------------------------------------- read from fc156_level to fc159_level misses

CARE = "提供基本生活条件，对生活不能自理的给予照料；提供疾病治疗服务"


@pytest.mark.parametrize("added", ["根据需要提供住房救助和教育救助", "视需要提供住房救助", "按需提供心理疏导服务"])
def test_a_service_added_as_the_child_needs_it_is_a_service_added(markers, added):
    """需要 here is the child's need (not 需要提供, a requirement), and a service given as needed is promised."""
    assert row_level(markers, CARE, f"{CARE}；{added}") == "stronger"


@pytest.mark.parametrize("other,level", [
    ("根据需要提供基本生活条件，对生活不能自理的给予照料；提供疾病治疗服务", "weaker"),  # the base's own service hedged
    (f"{CARE}；根据需要提供疾病治疗服务", "same"),  # a base service said again as needed adds nothing
])
def test_a_base_service_given_as_needed_is_no_service_added(markers, other, level):
    assert row_level(markers, CARE, other) == level


def test_help_given_as_needed_in_place_of_help_is_no_service_added(markers):
    """协助 the base gives, left to the family with 根据需要提供协助: weaker, not a service gained."""
    assert row_level(markers, "在认定相关情形时提供跨省通办服务，协助流动儿童向户籍地申领基本生活费",
                     "在认定相关情形时，由监护人自行向户籍地申领基本生活费，居住地民政部门根据需要提供协助") == "weaker"


@pytest.mark.parametrize("other", [
    "流动儿童与本市学生同等参加学校课后服务",
    "流动儿童与当地户籍儿童同等享受课后服务",
    "流动儿童参照本市户籍学生同等参加学校课后服务",
])
def test_the_group_equal_treatment_is_measured_against_is_no_group_added(markers, other):
    assert row_level(markers, "学校课后服务向流动儿童同等开放", other) == "same"


def test_a_group_joined_is_still_a_group_added(markers):
    assert row_level(markers, "为流动儿童提供课后服务", "为流动儿童和本地留守儿童提供课后服务") == "stronger"



@pytest.mark.parametrize("added", ["相关申领材料可全程网上提交", "证明材料可在线上传", "申请材料可线上递交"])
def test_papers_handed_in_online_are_an_easier_procedure(markers, added):
    assert row_level(markers, "受理临时救助申请", f"受理临时救助申请，{added}") == "stronger"


@pytest.mark.parametrize("other,level", [
    ("为流动儿童父母提供政策咨询、职业介绍、职业培训等服务；职业介绍限在本省办理失业登记的人员", "weaker"),
    ("为流动儿童父母提供政策咨询、职业介绍、职业培训等服务，职业培训限持本市居住证的人员参加", "weaker"),
])
def test_a_service_limited_to_some_is_narrowed(markers, other, level):
    assert row_level(markers, "为流动儿童父母提供政策咨询、职业介绍、职业培训等服务", other) == level


def test_not_limited_to_narrows_nothing(markers):
    assert row_level(markers, "提供心理健康筛查", "提供心理健康筛查，不限于在校学生") == "same"


@pytest.mark.parametrize("base,other", [
    ("对有需要的流动儿童提供心理健康筛查", "对有需要的流动儿童开展心理健康筛查（含心理测评）"),
    ("符合条件的在本市参加普通高考", "符合条件的在本市参加普通高考（含报名、考试和录取）"),
])
def test_a_bracket_naming_steps_of_the_service_is_a_gloss(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("added", [
    "并按不低于当地低保标准30%的比例为其中的儿童增发分类施保金",
    "并按当地低保标准的20%为其中的未成年人加发生活补贴",
])
def test_a_sum_paid_on_top_by_a_standard_the_base_names_is_a_benefit_added(markers, added):
    base = "对符合条件的流动儿童家庭纳入最低生活保障范围"
    assert row_level(markers, base, f"{base}，{added}") == "stronger"


# ---------------------------------------------------------------- read from fc160_level to fc163_level misses

ENROL = "以公办学校为主保障就近入学"


@pytest.mark.parametrize("other,level", [
    # a permit said to be enough is no requirement added
    (f"{ENROL}，持居住证即可办理入学", "same"),
    (f"{ENROL}，凭居住证即可申请入学，不再要求提供户籍地无人监护证明等材料", "stronger"),
    # a document the family must show is one (read as a service before)
    (f"{ENROL}，须凭居住证申请入学", "weaker"),
    (f"{ENROL}，入学时需提交居住证", "weaker"),
])
def test_a_document_that_suffices_is_no_requirement_and_one_that_must_be_shown_is(markers, other, level):
    assert row_level(markers, ENROL, other) == level


@pytest.mark.parametrize("other", [
    f"{ENROL}，不将父母社会保险缴纳年限作为入学条件",
    f"{ENROL}，不以户籍或者居住证为入学前提",
    f"{ENROL}，入学申请材料精简为居住证明和户口簿两项",
])
def test_a_requirement_named_in_the_negative_or_cut_down_is_lifted(markers, other):
    """A guard: these held as services added before a condition on what the base gives stopped being one."""
    assert row_level(markers, ENROL, other) == "stronger"


@pytest.mark.parametrize("base,added", [
    ("对符合条件的中等职业教育在校生，提供国家助学金并免除学费", "技工院校在校生参照执行"),
    ("为家庭经济困难的残疾儿童提供康复救助", "疑似残疾儿童参照享受"),
    ("为流动儿童提供课后服务", "在本市居住的留守儿童可比照执行"),
])
def test_a_group_given_the_row_by_reference_widens_it(markers, base, added):
    assert row_level(markers, base, f"{base}；{added}") == "stronger"


def test_a_group_the_base_names_given_by_reference_adds_nothing(markers):
    base = "为残疾儿童和疑似残疾儿童提供康复救助"
    assert row_level(markers, base, f"{base}；疑似残疾儿童参照执行") == "same"


@pytest.mark.parametrize("other", [
    "可组织创作、传播有利于流动儿童成长的广播电视和网络视听节目",
    "可以组织创作、传播有利于流动儿童成长的广播电视和网络视听节目",
])
def test_may_organise_is_a_hedge(markers, other):
    assert row_level(markers, "组织创作、传播有利于流动儿童成长的广播电视和网络视听节目", other) == "weaker"


@pytest.mark.parametrize("added", ["公办学位不足的由政府购买民办学校学位予以保障", "通过购买普惠性民办学校学位保障入学"])
def test_places_bought_for_the_child_are_a_commitment_added(markers, added):
    assert row_level(markers, ENROL, f"{ENROL}，{added}") == "stronger"


# ---------------------------------------------------------------- read from fc164_level to fc167_level misses

RELIEF = "在急难发生地发放临时救助金和有关物资"


@pytest.mark.parametrize("step", ["经户籍地民政部门出具困难情况证明后", "由户籍地乡镇政府开具家庭困难证明后"])
def test_a_certificate_obtained_first_dropped_is_a_requirement_lifted(markers, step):
    assert row_level(markers, f"{step}，{RELIEF}", RELIEF) == "stronger"
    assert row_level(markers, RELIEF, f"{step}，{RELIEF}") == "weaker"


@pytest.mark.parametrize("base,other,level", [
    ("就地受理残疾儿童康复救助申请，提供相关服务", "可就地受理残疾儿童康复救助申请，提供相关服务", "weaker"),
    ("受理临时救助申请", "可受理临时救助申请", "weaker"),
    # only then it may be accepted: when, not whether
    ("残疾儿童康复救助申请须持户籍地残联出具的证明后方予受理",
     "残疾儿童康复救助申请，须持户籍地残联出具的证明方可受理", "same"),
])
def test_may_accept_is_a_hedge_and_only_then_is_not(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other", [
    "鼓励流动儿童家庭自愿为在本市就读的子女投保学生意外伤害保险，市财政按保费的50%给予补贴",
    "由流动儿童家庭为在本市就读的子女投保学生意外伤害保险，财政按一半给予补助",
])
def test_a_share_of_a_cost_the_base_pays_in_full_is_no_service_added(markers, other):
    assert row_level(markers, "由市财政出资，为在本市就读的流动儿童免费投保学生意外伤害保险", other) == "weaker"


def test_a_share_of_a_cost_the_base_does_not_pay_is_a_service_added(markers):
    base = "为在本市就读的流动儿童投保学生意外伤害保险"
    assert row_level(markers, base, f"{base}，财政按保费的50%给予补贴") == "stronger"


# ---------------------------------------------------------------- read from fc168_level to fc171_level misses

INSURED = "流动儿童可在居住地参加城乡居民基本医疗保险"


@pytest.mark.parametrize("base,other,level", [
    # a share of the family's payment given: more is better, wherever the share stands
    (f"{INSURED}，个人缴费部分给予50%补助", f"{INSURED}，个人缴费部分给予30%补助", "weaker"),
    (f"{INSURED}，个人缴费部分给予30%补助", f"{INSURED}，个人缴费部分给予50%补助", "stronger"),
    (f"{INSURED}，个人缴费部分由财政补助50%", f"{INSURED}，个人缴费部分由财政补助30%", "weaker"),
    # a share of a charge: less is better
    ("托管服务收费不超过成本的50%", "托管服务收费不超过成本的30%", "stronger"),
])
def test_a_share_given_and_a_share_charged_run_opposite_ways(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_a_premium_share_paid_where_the_base_gave_insurance_free_is_no_service(markers):
    assert row_level(markers, "免费为在本市中小学、幼儿园就读的流动儿童提供学生意外伤害保险",
                     "鼓励家长自愿为在本市中小学、幼儿园就读的流动儿童投保学生意外伤害保险，财政给予50%保费补贴") == "weaker"


@pytest.mark.parametrize("other", [
    "为符合当地住房保障条件的流动儿童家庭发放租赁补贴，补贴标准与本市户籍家庭一致",
    "为符合当地住房保障条件的流动儿童家庭发放租赁补贴，补贴标准与当地户籍家庭相同",
])
def test_a_standard_equal_to_local_families_is_no_hukou_condition(markers, other):
    assert row_level(markers, "为符合当地住房保障条件的流动儿童家庭发放租赁补贴", other) == "stronger"


def test_a_share_of_places_with_a_bracket_is_a_floor_not_a_condition(markers):
    assert row_level(markers, ENROL, f"{ENROL}，在公办学校就读（含政府购买学位）的比例不低于85%") == "stronger"


@pytest.mark.parametrize("base,other,level", [
    ("对符合条件的流动儿童家庭纳入最低生活保障范围",
     "民政部门定期开展主动排查，将符合条件的流动儿童家庭纳入最低生活保障范围", "stronger"),
    ("民政部门定期开展主动排查，将符合条件的流动儿童家庭纳入最低生活保障范围",
     "民政部门定期主动发现，将符合条件的流动儿童家庭纳入最低生活保障范围", "same"),
])
def test_the_office_finding_families_itself_is_a_procedure(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other", ["每个学期不少于两次", "每个学年至少开展4次"])
def test_each_term_said_with_ge_is_each_term(markers, other):
    base = "免费提供家庭教育指导服务，" + ("每学期至少开展2次" if "学期" in other else "每学年至少开展4次")
    assert row_level(markers, base, f"免费提供家庭教育指导服务，{other}") == "same"


def test_a_bracket_explaining_a_quoted_service_is_a_gloss(markers):
    base = "在认定相关情形时提供“跨省通办”服务，协助流动儿童向户籍地申领基本生活费"
    other = ("在认定相关情形时提供“跨省通办”服务（监护人可在居住地提出申请，无需返回户籍地），"
             "协助流动儿童向户籍地申领基本生活费")
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("other", ["符合条件的在流入地参加中考", "符合条件的在当地参加中考", "符合条件的在居住地参加中考"])
def test_a_condition_replaced_by_the_general_qualifier_is_lifted_wherever_the_place_is_named(markers, other):
    base = "为家庭经济困难流动儿童提供生活补助；持本市居住证满3年的，可在本市参加中考"
    assert row_level(markers, base, f"为家庭经济困难流动儿童提供生活补助；{other}") == "stronger"


# ---------------------------------------------------------------- read from fc172_level to fc175_level misses

SETTLE = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"


@pytest.mark.parametrize("other,level", [
    ("做好儿童医疗保障相关工作，提供异地就医直接结算（就医时直接结算，无需先垫付后回参保地报销）服务", "same"),
    ("做好儿童医疗保障相关工作，提供异地就医直接结算服务（持卡就医、就地结算，无需先行垫付后回户籍地报销）", "same"),
    # a bracket that sets a number, or says who pays, says more than the term
    ("做好儿童医疗保障相关工作，提供异地就医直接结算服务（结算时限不超过5个工作日，当场结算）", "stronger"),
])
def test_a_bracket_saying_how_a_term_works_in_its_own_word_is_a_gloss(markers, other, level):
    assert row_level(markers, SETTLE, other) == level


def test_a_bracket_with_a_frequency_is_no_gloss(markers):
    assert row_level(markers, "提供健康管理服务", "提供健康管理服务（每年随访4次，管理率不低于90%）") == "stronger"


@pytest.mark.parametrize("other", [
    "流动儿童在居住地参加城乡居民基本医疗保险不设户籍门槛",
    "流动儿童在居住地参加城乡居民基本医疗保险不受户籍限制",
])
def test_a_lift_the_base_says_in_the_same_clause_is_not_new(markers, other):
    assert row_level(markers, "流动儿童可在居住地参加城乡居民基本医疗保险，不受户籍限制", other) == "same"


HELPED = "协助流动儿童向户籍地申领基本生活费或生活补贴"
UNHELPED = "基本生活费或生活补贴由监护人持相关证明材料自行向户籍地申领"


@pytest.mark.parametrize("base,other,level", [(HELPED, UNHELPED, "weaker"), (UNHELPED, HELPED, "stronger")])
def test_an_option_ends_before_whom_it_is_done_by(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc176_level to fc179_level misses


@pytest.mark.parametrize("base,other", [
    ("由市财政统一为在校流动儿童免费投保学生意外伤害保险", "家长自愿为子女投保学生意外伤害保险，县财政每生每年补贴30元"),
    ("由政府出资为困境流动儿童免费投保意外伤害保险", "困境流动儿童投保意外伤害保险的，由政府补贴50%保费"),
    ("为在校流动儿童免费办理学生意外伤害保险", "为在校流动儿童办理学生意外伤害保险，保费按每人每年50元标准给予补助"),
])
def test_a_sum_toward_a_cost_the_base_paid_in_full_is_what_is_left_of_it(markers, base, other):
    assert row_level(markers, base, other) == "weaker"


def test_a_sum_toward_a_cost_the_base_does_not_pay_is_a_benefit_added(markers):
    base = "为流动儿童投保学生意外伤害保险"
    assert row_level(markers, base, f"{base}，财政每生每年补贴30元") == "stronger"


def test_a_sum_beside_what_the_base_still_pays_in_full_is_a_benefit_added(markers):
    base = "由市财政出资，为在本市就读的流动儿童免费投保学生意外伤害保险"
    assert row_level(markers, base, f"{base}，对家庭经济困难的另按每人每年200元给予补助") == "stronger"


TOYU = "{}设立普惠托育点，就近提供托育服务"


@pytest.mark.parametrize("base,other,level", [
    (TOYU.format("在全部街道（乡镇）"), TOYU.format("各街道（乡镇）均"), "same"),
    (TOYU.format("各街道（乡镇）均"), TOYU.format("在全部街道（乡镇）"), "same"),
    (TOYU.format("在全部街道（乡镇）"), TOYU.format("在部分街道（乡镇）"), "weaker"),
    ("中等职业教育在校生一律免除学费", "中等职业教育在校生学费全部免除", "same"),
])
def test_every_said_in_other_words_is_every(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other,level", [
    ("为符合条件的中等职业教育在校生提供国家助学金；中等职业教育在校生一律免除学费（不受户籍、家庭经济状况限制）", "same"),
    ("为符合条件的中等职业教育在校生提供国家助学金；中等职业教育在校生一律免除学费", "weaker"),
])
def test_a_lift_said_in_a_bracket_keeps_a_lift_said_in_a_segment(markers, other, level):
    base = "为符合条件的中等职业教育在校生提供国家助学金；免除全体中等职业教育在校生学费，不设户籍和家庭经济条件限制"
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc180_level to fc183_level misses

SIGNED = "提供基本医疗服务、基本公共卫生服务和家庭医生签约服务"


@pytest.mark.parametrize("added", ["0-6岁流动儿童家庭医生签约做到应签尽签", "3岁以下流动儿童健康检查做到应检尽检"])
def test_an_age_in_a_clause_that_reaches_everyone_limits_that_clause(markers, added):
    assert row_level(markers, SIGNED, f"{SIGNED}，{added}") == "stronger"


@pytest.mark.parametrize("hedge", ["分步骤", "分阶段"])
def test_step_by_step_in_other_words_is_the_same_hedge(markers, hedge):
    base = "对有需要的流动儿童提供心理健康筛查，符合条件的逐步纳入精神障碍社区康复服务范围"
    assert row_level(markers, base, base.replace("逐步", hedge)) == "same"


@pytest.mark.parametrize("other,level", [
    ("向流动儿童的监护人（含父母）提供家庭教育指导服务", "same"),
    ("向流动儿童的父母或其他监护人（含委托照护的祖父母）提供家庭教育指导服务", "stronger"),
])
def test_a_short_bracket_naming_what_the_base_names_widens_nothing(markers, other, level):
    assert row_level(markers, "向流动儿童的父母或其他监护人提供家庭教育指导服务", other) == level


@pytest.mark.parametrize("added", ["享受家庭须每半年重新申报核查1次", "相关家庭应当每年重新申请认定"])
def test_a_duty_the_family_must_repeat_is_a_condition(markers, added):
    base = "对符合条件的流动儿童家庭纳入最低生活保障范围"
    assert row_level(markers, base, f"{base}，{added}") == "weaker"


def test_an_application_each_term_before_the_aid_is_a_condition(markers):
    assert row_level(markers, "资助家庭经济困难的儿童接受普惠性学前教育",
                     "家庭经济困难儿童的监护人每学期提出申请并提交家庭收入证明后，给予普惠性学前教育资助") == "weaker"


# ---------------------------------------------------------------- read from fc184_level to fc187_level misses


@pytest.mark.parametrize("base", [
    "提供基本医疗服务、基本公共卫生服务，逐步推进家庭医生签约服务覆盖流动儿童",
    "提供基本医疗服务、基本公共卫生服务；有条件的地方为流动儿童提供家庭医生签约服务",
])
def test_a_hedged_clause_whose_service_the_other_row_gives_plainly_is_a_hedge_lifted(markers, base):
    assert row_level(markers, base, "提供家庭医生签约服务、基本医疗服务、基本公共卫生服务") == "stronger"


def test_a_hedged_clause_whose_service_the_other_row_drops_is_lost(markers):
    base = "提供基本医疗服务、基本公共卫生服务，逐步推进家庭医生签约服务覆盖流动儿童"
    assert row_level(markers, base, "提供基本医疗服务、基本公共卫生服务") == "weaker"


# ---------------------------------------------------------------- read from fc188_level to fc191_level misses

NEWBORN = "新生儿出生后{}日内参加本市城乡居民医保的，自出生之日起享受医保待遇"


@pytest.mark.parametrize("base_days,other_days,level", [(90, 30, "weaker"), (90, 180, "stronger"), (30, 90, "stronger")])
def test_the_familys_window_after_an_event_is_longer_the_better(markers, base_days, other_days, level):
    assert row_level(markers, NEWBORN.format(base_days), NEWBORN.format(other_days)) == level


def test_an_office_time_limit_is_still_shorter_the_better(markers):
    assert row_level(markers, "受理后10个工作日内办结", "受理后20个工作日内办结") == "weaker"


# ---------------------------------------------------------------- read from fc192_level to fc195_level misses

RELIEF_ROW = "在急难发生地发放临时救助金和有关物资"


@pytest.mark.parametrize("added", ["每户每年最多申请临时救助1次", "同一家庭每年最多可领取2次", "同一家庭每年限申请1次"])
def test_a_most_times_a_family_may_ask_is_a_cap_not_a_frequency_promised(markers, added):
    assert row_level(markers, RELIEF_ROW, f"{RELIEF_ROW}，{added}") == "weaker"


def test_at_least_so_often_is_still_a_frequency_promised(markers):
    base = "为流动儿童父母提供家庭教育指导服务"
    assert row_level(markers, base, f"{base}，每学期至少开展2次") == "stronger"


# ---------------------------------------------------------------- read from fc196_level to fc203_level misses

URGENT = "在急难发生地发放临时救助金和有关物资，提供临时生活照料和转介服务；情况紧急的，24小时内先行救助"


@pytest.mark.parametrize("added,level", [
    ("，并提供临时住所", "stronger"), ("，同时提供心理疏导", "stronger"), ("，并为其提供临时住宿", "stronger"),
    ("，并提供生活照料", "same"),  # says again what the clause before gives
])
def test_a_segment_that_says_it_adds_is_judged_on_its_own(markers, added, level):
    # beside a base segment kept word for word, 并提供临时住所 shares its verb and 临时, not what it gives
    assert row_level(markers, URGENT, URGENT + added) == level


def test_an_addition_beside_a_weakening_is_mixed(markers):
    assert row_level(markers, URGENT, URGENT.replace("24小时", "48小时") + "，并提供临时住所") == "mixed"


CLINIC = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"


@pytest.mark.parametrize("added", ["在本市参保的流动儿童门诊费用报销比例不低于60%",
                                   "持本市居住证的流动儿童门诊费用按每人每年500元给予补助",
                                   "参加本市居民医保满1年的，住院费用报销比例提高至70%以上"])
def test_a_condition_of_a_sum_the_row_adds_limits_that_sum(markers, added):
    assert row_level(markers, CLINIC, f"{CLINIC}；{added}") == "stronger"


def test_a_condition_put_on_a_promise_the_base_gives_still_narrows_it(markers):
    assert row_level(markers, CLINIC, "做好儿童医疗保障相关工作；持本市居住证的，提供异地就医直接结算服务") == "weaker"


@pytest.mark.parametrize("cap", ["同一家庭每年最多救助1次", "每户每年最多申请2次", "每个家庭一年内最多救助2次"])
def test_a_cap_on_how_often_dropped_is_a_cap_lifted(markers, cap):
    base = "在急难发生地发放临时救助金和有关物资，提供临时生活照料和转介服务"
    assert row_level(markers, f"{base}；{cap}", base) == "stronger"


def test_a_cap_that_names_a_benefit_the_other_row_lacks_is_lost(markers):
    assert row_level(markers, "提供基本生活条件；每人每年最多资助1次", "提供基本生活条件") == "weaker"


def test_a_hedge_the_other_row_moves_into_the_next_segment_is_kept(markers):
    base = "为符合条件的中等职业教育在校生提供国家助学金；符合条件的中等职业教育在校生学费视财力情况予以减免"
    other = "为符合条件的中等职业教育在校生提供国家助学金；对符合条件的中等职业教育在校生，视财力情况减免学费"
    assert row_level(markers, base, other) == "same"


SETTLED = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"


@pytest.mark.parametrize("gloss", ["（就医费用在就医地直接结算，无需回参保地报销）",
                                   "（医疗费用直接结算，不必先行垫付再回参保地报销）"])
def test_a_bracket_saying_how_settlement_works_is_a_gloss(markers, gloss):
    # the costs a term settles are not a fee someone pays (服务费, 付费, 费用由…)
    assert row_level(markers, SETTLED, SETTLED + gloss) == "same"


INSURED = "为在本市就读的流动儿童统一投保学生意外伤害保险，保费由市财政承担"


@pytest.mark.parametrize("other,level", [
    ("在本市就读的流动儿童统一参加学生意外伤害保险，保费由市级财政全额负担", "same"),
    ("为在本市就读的流动儿童统一投保学生意外伤害保险，保费由市财政全额承担", "same"),
    ("在本市就读的流动儿童参加学生意外伤害保险，保费由家庭承担", "weaker"),
])
def test_a_premium_the_budget_bears_is_borne_in_full(markers, other, level):
    assert row_level(markers, INSURED, other) == level


def test_a_share_put_on_what_the_budget_bore_is_weaker(markers):
    assert row_level(markers, "保费由市财政承担", "保费由市财政承担50%，其余由家庭缴纳") == "weaker"


def test_what_is_given_free_is_paid_by_the_budget(markers):
    assert row_level(markers, "为低保家庭流动儿童免费投保学生意外伤害保险",
                     "为低保家庭流动儿童投保学生意外伤害保险，保费由县财政全额承担") == "same"


# ---------------------------------------------------------------- read from fc204_level to fc207_level misses

AID = "为符合条件的中等职业教育在校生提供国家助学金；免除符合条件的中等职业教育在校生学费"


@pytest.mark.parametrize("gate", ["在本市连续就读满1学年的流动儿童方可申请上述资助",
                                  "持有本市居住证的学生才能申请以上资助",
                                  "在本市就读满1学年的方可享受前述政策"])
def test_who_alone_may_have_what_the_row_gives_above_is_a_condition(markers, gate):
    # not a service added (it names the row's own aid by 上述/以上/前述)
    assert row_level(markers, AID, f"{AID}；{gate}") == "weaker"


@pytest.mark.parametrize("added,level", [
    ("将门诊慢特病费用纳入跨省直接结算范围", "stronger"),
    ("门诊费用纳入直接结算范围", "stronger"),
    ("将异地就医费用纳入直接结算范围", "same"),  # what the base settles already
])
def test_what_a_row_brings_into_a_scheme_is_what_it_gives(markers, added, level):
    assert row_level(markers, CLINIC, f"{CLINIC}，{added}") == level


def test_people_brought_into_a_scheme_receive_it(markers):
    base = "按照国家基本公共卫生服务规范提供健康管理服务"
    other = "将0-6岁流动儿童纳入我县儿童健康管理，按照国家基本公共卫生服务规范开展健康管理"
    assert row_level(markers, base, other, "0-6岁流动儿童", "0-6岁流动儿童") == "same"


SELF_CARE = "提供基本生活条件，对生活不能自理的给予照料"


@pytest.mark.parametrize("base,other,level", [
    (SELF_CARE, "提供基本生活条件，对生活不能自理的经评估后给予照料", "weaker"),
    ("对有需要的提供心理健康筛查，符合条件的纳入精神障碍社区康复服务范围",
     "对有需要的开展心理健康筛查，经监护人申请并评估后纳入精神障碍社区康复服务范围", "weaker"),
    # an assessment that only finds who qualifies, or the step the base names
    ("对有需要的提供心理健康筛查，符合条件的纳入精神障碍社区康复服务范围",
     "对有需要的开展心理健康筛查，经评估符合条件的，纳入精神障碍社区康复服务范围", "same"),
    ("在认定相关情形时提供跨省通办服务", "在认定相关情形时提供跨省通办服务，经认定后及时办理", "same"),
])
def test_an_assessment_put_before_a_service(markers, base, other, level):
    assert row_level(markers, base, other) == level


LOW = "将符合条件的流动儿童家庭纳入低保范围"


@pytest.mark.parametrize("other,level", [
    ("对提供连续6个月收入证明、符合条件的流动儿童家庭纳入低保范围", "weaker"),
    ("对能够提交居住证明的流动儿童家庭，符合条件的纳入低保范围", "weaker"),
])
def test_recipients_named_as_those_who_bring_a_document(markers, other, level):
    assert row_level(markers, LOW, other) == level


def test_a_document_the_office_issues_is_no_condition(markers):
    base = "由户籍地认定相关情形；居住地民政部门出具居住情况证明"
    assert row_level(markers, base, "由户籍地认定相关情形；居住地民政部门及时出具居住情况证明") == "same"


@pytest.mark.parametrize("other,level", [
    ("工作日开通心理援助热线", "weaker"), ("工作时间内提供心理援助热线服务", "weaker"),
    ("开通全天候心理援助热线", "same"),
])
def test_a_helpline_open_in_office_hours_only_is_fewer_hours(markers, other, level):
    assert row_level(markers, "开通24小时心理援助热线", other) == level


def test_a_deadline_in_working_days_is_not_office_hours(markers):
    assert row_level(markers, "受理后5个工作日内办结", "受理后5个工作日内提供服务并办结") == "same"


@pytest.mark.parametrize("other,level", [("为6-36月龄流动婴幼儿免费发放营养包", "stronger"),
                                         ("为6-12月龄流动婴幼儿免费发放营养包", "weaker"),
                                         ("为6至24个月龄流动婴幼儿免费发放营养包", "same")])
def test_an_infants_age_in_months(markers, other, level):
    assert row_level(markers, "为6-24月龄流动婴幼儿免费发放营养包", other) == level


@pytest.mark.parametrize("where,level", [("在本地", "same"), ("在当地", "same"), ("由户籍地", "weaker")])
def test_received_where_the_family_lives_said_otherwise(markers, where, level):
    base = "为符合条件的办理残疾人两项补贴；就地受理残疾儿童康复救助申请，提供相关服务"
    assert row_level(markers, base, base.replace("就地", where)) == level


GRANT = "为普通高中在校生中的家庭经济困难学生提供国家助学金"


@pytest.mark.parametrize("other,level", [
    (GRANT + "，对其中的低保家庭学生按每生每年500元增发市级助学金", "stronger"),
    (GRANT + "，其中低保家庭学生另行发放生活补助", "stronger"),
    ("为普通高中在校生中的低保家庭学生提供国家助学金", "weaker"),  # the group itself narrowed
])
def test_some_of_the_group_given_more_is_no_narrowing(markers, other, level):
    assert row_level(markers, GRANT, other) == level


# ---------------------------------------------------------------- read from fc208_level to fc211_level misses

VOCATIONAL = "为符合条件的中等职业教育在校生提供国家助学金；免除符合条件的中等职业教育在校生学费"


@pytest.mark.parametrize("other,level", [
    ("为符合条件的中等职业教育在校生提供国家助学金；符合条件的中等职业教育在校生，学费按规定给予减免", "weaker"),
    ("为符合条件的中等职业教育在校生提供国家助学金；对符合条件的在校生，学费予以减免", "weaker"),
])
def test_a_fee_waived_said_again_under_the_weaker_word(markers, other, level):
    # the fee is named in two characters (学费): the promise restated, not a service added
    assert row_level(markers, VOCATIONAL, other) == level


@pytest.mark.parametrize("other,level", [
    ("学校在工作日提供课后延时服务，对参加课后服务的流动儿童一律免收服务费", "stronger"),
    ("学校在工作日提供课后延时服务，对参加本市医保的流动儿童免收服务费", "weaker"),
])
def test_those_who_take_the_rows_own_service_are_no_condition(markers, other, level):
    # (the first waives the fee for every child who takes part (一律) where the base waived it for the poor only:
    # wider, and never weaker)
    assert row_level(markers, "学校在工作日提供课后延时服务，对家庭经济困难学生免收服务费", other) == level


@pytest.mark.parametrize("other,level", [
    ("坚持以公办学校为主，就近安排入学", "same"), ("以公办学校为主，就近保障入学", "same"),
    ("以公办学校为主统筹安排入学", "weaker"),  # 就近 lost
])
def test_a_school_place_near_home_with_its_verb_after_jiujin(markers, other, level):
    assert row_level(markers, "以公办学校为主保障就近入学", other) == level


@pytest.mark.parametrize("other", ["签约服务费个人承担部分全部免除", "签约服务费个人承担部分予以全额免除"])
def test_the_familys_share_of_a_fee_waived_in_full(markers, other):
    base = "提供基本医疗服务、基本公共卫生服务和家庭医生签约服务"
    assert row_level(markers, base, f"{base}，{other}") == "stronger"


@pytest.mark.parametrize("check", ["经核对家庭收入和财产状况后", "经核查家庭收入及财产情况后"])
def test_a_means_test_before_relief(markers, check):
    assert row_level(markers, RELIEF_ROW, f"{check}，{RELIEF_ROW}") == "weaker"


def test_the_family_guided_to_buy_what_the_budget_bought(markers):
    enrolled = "在本市就读的流动儿童"
    assert row_level(markers, "由市财政统一为在本市就读的流动儿童购买学生意外伤害保险",
                     "引导流动儿童家庭自愿购买学生意外伤害保险", enrolled, enrolled) == "weaker"


@pytest.mark.parametrize("base,level", [
    ("凭户籍地民政部门出具的困难证明，在急难发生地发放临时救助金和有关物资", "stronger"),  # a condition dropped
    ("持本市居住证的，在急难发生地发放临时救助金和有关物资", "stronger"),
    ("在急难发生地发放临时救助金和有关物资，不受户籍限制", "weaker"),  # a lift dropped
])
def test_a_segment_that_only_sets_a_condition_dropped_lifts_it(markers, base, level):
    assert row_level(markers, base, "在急难发生地发放临时救助金和有关物资") == level


# ---------------------------------------------------------------- read from fc212_level to fc215_level misses

SCREENING = "对有需要的流动儿童提供心理健康筛查，符合条件的纳入精神障碍社区康复服务范围"


@pytest.mark.parametrize("base,other,level", [
    ("按照国家基本公共卫生服务规范提供管理服务",
     "经监护人向所在社区卫生服务中心提出申请后，按照国家基本公共卫生服务规范提供管理服务", "weaker"),
    (SCREENING, "对有需要的流动儿童提供心理健康筛查，经监护人申请且符合条件的，纳入精神障碍社区康复服务范围", "weaker"),
    ("对有需要的流动儿童提供心理健康筛查，经监护人申请并经评估符合条件的，纳入精神障碍社区康复服务范围", SCREENING,
     "stronger"),
    # the same application said with 由; an office that handles claims is no applicant
    ("对符合条件的家庭，经本人申请并提供相关证明后，纳入最低生活保障范围",
     "对符合条件的家庭，由本人申请并提交相关证明后纳入最低生活保障范围", "same"),
    ("提供异地就医直接结算服务", "提供异地就医直接结算服务，暂不能直接结算的由医保经办机构代为受理报销申请", "stronger"),
])
def test_an_application_the_family_must_make_first(markers, base, other, level):
    assert row_level(markers, base, other) == level


VENUES = "在学校、幼儿园和“童心港湾”、儿童活动中心、儿童之家等场所开展流动儿童参加的文化活动"


@pytest.mark.parametrize("other,level", [
    ("在儿童之家、儿童活动中心、“童心港湾”等场所以及学校、幼儿园开展有流动儿童参加的文化活动", "same"),
    ("在儿童之家、儿童活动中心、“童心港湾”等场所以及学校、幼儿园、图书馆开展有流动儿童参加的文化活动", "stronger"),
])
def test_an_open_list_of_places_closed_inside_another(markers, other, level):
    assert row_level(markers, VENUES, other) == level


# ---------------------------------------------------------------- read from fc216_level to fc219_level misses

TREATED = "提供基本生活条件，对生活不能自理的给予照料；提供疾病治疗服务"


@pytest.mark.parametrize("cap", ["每人每年救助金额不超过2万元", "每人每年补助金额最高2万元"])
def test_a_cap_on_the_amount_a_service_pays_is_a_cap_not_a_sum_added(markers, cap):
    assert row_level(markers, TREATED, f"{TREATED}，{cap}") == "weaker"


def test_a_capped_grant_for_something_the_base_never_pays_is_still_added(markers):
    base = "为流动儿童提供职业培训"
    assert row_level(markers, base, f"{base}，参加培训的给予最高2000元培训补贴") == "stronger"


# ---------------------------------------------------------------- read from fc220_level to fc223_level misses

@pytest.mark.parametrize("other,level", [
    ("提供基本生活条件，对生活不能自理的给予照料并提供住院护理；提供疾病治疗服务", "stronger"),
    ("提供基本生活条件，对生活不能自理的给予照料并提供住院护理；疾病治疗服务视情提供", "mixed"),
    ("提供基本生活条件，对生活不能自理的给予照料并提供照料；提供疾病治疗服务", "same"),  # says the same again
])
def test_a_second_promise_joined_by_bing_without_a_comma(markers, other, level):
    assert row_level(markers, TREATED, other) == level


@pytest.mark.parametrize("other,level", [
    ("每半年为0-6岁流动儿童免费提供1次眼保健和视力检查", "stronger"),
    ("每两年为0-6岁流动儿童免费提供1次眼保健和视力检查", "weaker"),
    ("每年为0至6周岁流动儿童免费开展1次眼保健和视力检查", "same"),
])
def test_a_frequency_with_an_age_between_period_and_count(markers, other, level):
    assert row_level(markers, "每年为0-6岁流动儿童免费提供1次眼保健和视力检查", other) == level


# ---------------------------------------------------------------- read from fc228_level to fc231_level misses

TWELVE_YEARS = "为家庭经济困难的残疾学生提供包括义务教育、高中阶段教育在内的12年免费教育"
TWELVE_YEARS_GLOSSED = "为家庭经济困难的残疾学生提供12年免费教育（即9年义务教育加3年高中阶段教育）"


@pytest.mark.parametrize("base,other,level", [
    (TWELVE_YEARS, TWELVE_YEARS_GLOSSED, "same"),  # the stages said in a gloss are still said
    (TWELVE_YEARS, "为家庭经济困难的残疾学生提供12年免费教育（即义务教育和高中阶段教育）", "same"),
    (TWELVE_YEARS_GLOSSED, TWELVE_YEARS, "same"),  # nor are they new where the base's gloss said them
    (TWELVE_YEARS, "为家庭经济困难的残疾学生提供12年免费教育（即9年义务教育）", "weaker"),  # a gloss that leaves one out
    (TWELVE_YEARS, "为家庭经济困难的残疾学生提供9年免费义务教育", "weaker"),
])
def test_what_a_gloss_names_is_neither_lost_nor_gained(markers, base, other, level):
    assert row_level(markers, base, other) == level


RELIEF = "在急难发生地发放临时救助金和有关物资"


@pytest.mark.parametrize("other,level", [
    ("自急难发生之日起3个月内提出申请的，在急难发生地发放临时救助金和有关物资", "weaker"),
    ("在急难发生地发放临时救助金和有关物资，急难发生后30日内申请的方予受理", "weaker"),
    ("在急难发生地发放临时救助金和有关物资，受理申请后3个工作日内办结", "stronger"),  # the office's limit
    ("在急难发生地发放临时救助金和有关物资，5个工作日内提出审核意见", "stronger"),  # the office's opinion
])
def test_a_deadline_for_the_familys_application_is_no_time_limit_of_the_office(markers, other, level):
    assert row_level(markers, RELIEF, other) == level


FEES = "免除符合条件的普通高中家庭经济困难学生学杂费"


@pytest.mark.parametrize("base,other,level", [
    (FEES, "对符合条件的普通高中家庭经济困难学生免除学杂费，免收住宿费", "stronger"),
    (FEES, "对符合条件的普通高中家庭经济困难学生免除学杂费，并免收住宿费", "stronger"),
    (FEES, "对符合条件的普通高中家庭经济困难学生减免学杂费，并免收住宿费", "mixed"),
    (TUITION, "为符合条件的中职学校在校生提供国家助学金，并免除其学费", "same"),  # the base's own fee
])
def test_another_fee_waived_in_a_short_clause(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other,level", [
    ("发放临时救助金；对情况紧急的先行救助，时限为24小时内", "same"),
    ("发放临时救助金；情况紧急的先行救助，24小时内到位", "same"),
    ("发放临时救助金；情况紧急的，48小时内先行救助", "weaker"),
])
def test_a_benefit_of_the_clause_a_case_leads_restated(markers, other, level):
    assert row_level(markers, "发放临时救助金；情况紧急的，24小时内先行救助", other) == level


@pytest.mark.parametrize("other,level", [
    ("流动儿童父母或者其他监护人可向所在社区提出申请，经审核后提供家庭教育指导服务", "weaker"),  # no choice added
    ("对流动儿童父母或者其他监护人提供家庭教育指导服务，也可由祖父母参加", "same"),
])
def test_what_one_of_the_alternatives_may_do_is_no_alternative_of_its_own(markers, other, level):
    assert row_level(markers, "对流动儿童父母或者其他监护人提供家庭教育指导服务", other) == level


TRAINING = "为流动儿童父母提供职业培训、创业指导、职业介绍、政策咨询等服务"


@pytest.mark.parametrize("other,level", [
    ("为流动儿童父母提供职业培训（按规定给予培训补贴）、创业指导、职业介绍、政策咨询等服务", "stronger"),
    ("为流动儿童父母提供职业培训（给予每人500元培训补贴）、创业指导、职业介绍、政策咨询等服务", "stronger"),
    ("为流动儿童父母提供职业培训（按规定给予培训补贴）、创业指导、职业介绍等服务", "mixed"),
])
def test_a_bracket_that_gives_something_is_a_promise_of_its_own(markers, other, level):
    assert row_level(markers, TRAINING, other) == level


@pytest.mark.parametrize("base,other,level", [
    ("接到求助后2小时内响应", "接到求助后30分钟内响应", "stronger"),
    ("接到求助后30分钟内响应", "接到求助后2小时内响应", "weaker"),
    ("接到求助后2小时内响应", "接到求助后120分钟内响应", "same"),
    ("接到求助后2小时内响应", "接到求助后2个小时内响应", "same"),
])
def test_a_time_limit_in_minutes(markers, base, other, level):
    assert row_level(markers, "开通流动儿童关爱求助专线，" + base, "开通流动儿童关爱求助专线，" + other) == level


GUIDANCE = "面向流动儿童的父母或其他监护人开展家庭教育指导服务"


@pytest.mark.parametrize("other,level", [
    ("对提出申请的流动儿童父母或其他监护人提供家庭教育指导服务", "weaker"),
    ("对已递交书面申请的流动儿童父母或其他监护人提供家庭教育指导服务", "weaker"),
    ("面向流动儿童的父母或其他监护人开展家庭教育指导服务，监护人须提前预约", "weaker"),
    ("面向流动儿童的父母或其他监护人开展家庭教育指导服务，可提前预约上门服务", "stronger"),  # a visit offered
])
def test_a_service_only_for_those_who_applied_or_booked(markers, other, level):
    assert row_level(markers, GUIDANCE, other) == level


@pytest.mark.parametrize("target,level", [
    ("在本市有固定住所、符合本地临时救助情形的流动儿童", "weaker"),
    ("具有稳定住所、符合本地临时救助情形的流动儿童", "weaker"),
    ("符合本地临时救助情形的流动儿童（不具有本市户籍）", "same"),  # who migrant children are
])
def test_a_fixed_home_required_of_the_group(markers, target, level):
    assert row_level(markers, "发放临时救助金", "发放临时救助金", "符合本地临时救助情形的流动儿童", target) == level


HOUSING = "为符合当地住房保障条件的流动儿童家庭实物配租公共租赁住房或者发放租赁补贴"


@pytest.mark.parametrize("other,level", [
    ("为符合当地住房保障条件的流动儿童家庭，优先以发放租赁补贴方式保障，也可实物配租公共租赁住房", "same"),
    ("为符合当地住房保障条件的流动儿童家庭实物配租公共租赁住房或者发放租赁补贴，对多子女家庭优先配租", "stronger"),
])
def test_the_way_the_office_prefers_is_no_family_put_first(markers, other, level):
    assert row_level(markers, HOUSING, other) == level


# ---------------------------------------------------------------- read from fc236_level to fc239_level misses

ACTIVITIES = "在学校、幼儿园和“童心港湾”、儿童活动中心、儿童之家等场所每月至少开展1次流动儿童参加的文化活动"


@pytest.mark.parametrize("other,level", [
    ("在学校、幼儿园和“童心港湾”、儿童活动中心、儿童之家等场所每月不少于一次开展流动儿童参加的文化活动", "same"),
    ("在学校、幼儿园和“童心港湾”、儿童活动中心、儿童之家、图书馆等场所每月不少于一次开展流动儿童参加的文化活动",
     "stronger"),
])
def test_a_list_of_places_ends_at_its_dengchangsuo(markers, other, level):
    assert row_level(markers, ACTIVITIES, other) == level


SCREENING = "对有需要的流动儿童提供心理健康筛查，符合条件的纳入精神障碍社区康复服务范围"


@pytest.mark.parametrize("base,other,level", [
    (SCREENING, "根据流动儿童本人或其监护人申请，提供心理健康筛查；符合条件的纳入精神障碍社区康复服务范围", "weaker"),
    ("对符合条件的流动儿童家庭纳入最低生活保障范围", "根据本人申请，对符合条件的流动儿童家庭纳入最低生活保障范围", "same"),
])
def test_only_a_means_tested_scheme_is_applied_for_whatever_the_row_says(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc240_level to fc243_level misses

SETTLEMENT = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"


@pytest.mark.parametrize("other,level", [
    ("做好儿童医疗保障相关工作，对在本市参加城乡居民基本医疗保险的流动儿童，提供异地就医直接结算服务", "weaker"),
    ("做好儿童医疗保障相关工作，为流动儿童在本市参加城乡居民基本医疗保险提供便利，提供异地就医直接结算服务", "stronger"),
])
def test_insured_here_as_a_condition_of_the_service(markers, other, level):
    assert row_level(markers, SETTLEMENT, other) == level


FREE_YEARS = "为家庭经济困难的残疾学生提供包括义务教育、高中阶段教育在内的12年免费教育；对残疾儿童普惠性学前教育予以资助"


@pytest.mark.parametrize("base,other,level", [
    (FREE_YEARS, "为家庭经济困难的残疾学生提供包括学前教育、义务教育、高中阶段教育在内的15年免费教育", "stronger"),
    (FREE_YEARS, "为家庭经济困难的残疾学生提供包括义务教育、高中阶段教育在内的12年免费教育", "weaker"),  # the help lost
])
def test_help_to_pay_for_what_the_other_row_gives_free_is_not_lost(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc244_level to fc247_level misses

TREATMENT = "按照国家基本公共卫生服务规范提供管理服务，提供精神障碍社区康复服务"


@pytest.mark.parametrize("other", [
    "按照国家基本公共卫生服务规范提供管理服务；在康复资源允许时提供精神障碍社区康复服务",
    "按照国家基本公共卫生服务规范提供管理服务；经费允许的，提供精神障碍社区康复服务",
])
def test_a_service_given_as_far_as_resources_allow(markers, other):
    assert row_level(markers, TREATMENT, other) == "weaker"


@pytest.mark.parametrize("other,level", [
    ("资助持有低保证或特困供养证的家庭经济困难儿童接受普惠性学前教育", "weaker"),
    ("资助持有本市居住证的家庭经济困难儿童接受普惠性学前教育", "weaker"),  # (居住证: its own condition)
    ("对家庭经济困难的儿童接受普惠性学前教育给予资助", "same"),
])
def test_a_group_limited_to_holders_of_a_certificate(markers, other, level):
    assert row_level(markers, "资助家庭经济困难的儿童接受普惠性学前教育", other) == level


FILED_FIRST = "做好儿童医疗保障相关工作；异地就医的，须先办理异地就医备案，备案后可直接结算"


@pytest.mark.parametrize("other,level", [
    ("做好儿童医疗保障相关工作，提供异地就医直接结算服务", "stronger"),  # the promise kept, its condition gone
    ("做好儿童医疗保障相关工作；异地就医的，办理异地就医备案后可直接结算", "same"),
])
def test_a_promise_given_without_the_condition_that_opened_it(markers, other, level):
    assert row_level(markers, FILED_FIRST, other) == level


# ---------------------------------------------------------------- read from fc248_level to fc251_level misses

BOUGHT = "由财政统一为在本市中小学就读的流动儿童购买学生意外伤害保险"


@pytest.mark.parametrize("base,other,level", [
    (BOUGHT, "引导家庭自愿为在本市中小学就读的流动儿童购买学生意外伤害保险", "weaker"),
    (BOUGHT, "引导家庭自愿为在本市中小学就读的流动儿童购买学生意外伤害保险，经申请按每人每年50元给予补贴", "weaker"),
    (BOUGHT, BOUGHT + "，另按每人每年50元给予意外医疗补贴", "stronger"),  # a sum beside the premium still paid
    ("引导家庭为在本市中小学就读的流动儿童购买学生意外伤害保险",
     "引导家庭为在本市中小学就读的流动儿童购买学生意外伤害保险，按每人每年50元给予补贴", "stronger"),
])
def test_insurance_the_budget_bought_left_to_the_family(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc256_level to fc259_level misses

PLACES = "以公办学校为主保障就近入学"


@pytest.mark.parametrize("base,other,level", [
    (PLACES + "，申请入学须提供在本市连续居住满2年的证明", PLACES, "stronger"),  # the document no longer asked for
    (PLACES + "，申请入学须提供在本市连续居住满2年的证明", PLACES + "，申请入学须提供在本市连续居住满1年的证明", "stronger"),
    (PLACES, PLACES + "，申请入学须提供在本市连续居住满2年的证明", "weaker"),
])
def test_a_segment_that_only_asks_for_a_document_dropped_lifts_it(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc260_level to fc263_level misses

LIVING = "对符合条件的流动儿童家庭，纳入最低生活保障范围；领取低保金后生活仍然困难的儿童，采取必要措施保障其基本生活"


@pytest.mark.parametrize("other,level", [
    # the office's duty turned into what the family must itself ask for
    ("对符合条件的流动儿童家庭，纳入最低生活保障范围；领取低保金后生活仍然困难的，由监护人另行申请临时救助", "weaker"),
    ("对符合条件的流动儿童家庭，纳入最低生活保障范围；领取低保金后生活仍然困难的，家长须自行向民政部门申请临时救助",
     "weaker"),
    ("对符合条件的流动儿童家庭，纳入最低生活保障范围；领取低保金后生活仍然困难的儿童，采取必要措施保障其基本生活，"
     "由监护人另行申请临时救助", "same"),  # the duty kept: the family's step adds nothing
])
def test_a_duty_turned_into_the_familys_application(markers, other, level):
    assert row_level(markers, LIVING, other) == level


@pytest.mark.parametrize("base,other,level", [
    # a journey the family had to make first, lifted; or imposed
    ("异地就医须先到参保地办理备案手续，备案后方可直接结算", "异地就医备案可通过手机端即时办理，备案后直接结算", "stronger"),
    ("提供异地就医直接结算服务", "异地就医的，须先前往参保地办理备案，备案后方可直接结算", "weaker"),
])
def test_a_journey_to_the_insured_place(markers, base, other, level):
    assert row_level(markers, base, other) == level


HOUSING = "为符合当地住房保障条件的流动儿童家庭实物配租公共租赁住房或者发放租赁补贴"


@pytest.mark.parametrize("other,level", [
    ("为符合当地住房保障条件的流动儿童家庭发放租赁补贴，不再实物配租公共租赁住房", "weaker"),
    ("为符合当地住房保障条件的流动儿童家庭发放租赁补贴，不再实物配租公共租赁住房；多子女家庭补贴标准上浮20%", "mixed"),
    ("为符合当地住房保障条件的流动儿童家庭发放租赁补贴，停止实物配租公共租赁住房", "weaker"),
    ("为符合当地住房保障条件的流动儿童家庭实物配租公共租赁住房或者发放租赁补贴，不再要求提供社保缴纳证明", "stronger"),
])
def test_an_option_no_longer_given_is_not_a_restriction_lifted(markers, other, level):
    assert row_level(markers, HOUSING, other) == level


EMERGENCY = "在急难发生地发放临时救助金和有关物资，提供临时生活照料和转介服务"


@pytest.mark.parametrize("other,level", [
    # a cap on the base's own grant beside a faster payment the row adds: both weigh
    ("在急难发生地发放临时救助金和有关物资，24小时内发放到位，救助金额最高不超过当地月低保标准的3倍；提供临时生活照料和转介服务",
     "mixed"),
    ("在急难发生地发放临时救助金和有关物资，实行先行救助，救助金额一般不超过3000元；提供临时生活照料和转介服务", "mixed"),
    ("在急难发生地发放临时救助金和有关物资，24小时内发放到位；提供临时生活照料和转介服务", "stronger"),
])
def test_a_cap_on_the_base_grant_beside_a_gain(markers, other, level):
    assert row_level(markers, EMERGENCY, other) == level


NURSERY = "有条件的地方就近提供托育服务"


@pytest.mark.parametrize("other,level", [
    # the ages are whom the new sum is for, not a narrowing of the nursery promise
    (NURSERY + "，对入托的2-3岁流动儿童按每人每月300元给予托育补贴", "stronger"),
    (NURSERY + "，对1至3岁入托幼儿每人每年发放1200元托育补助", "stronger"),
    ("有条件的地方就近为2-3岁流动儿童提供托育服务", "weaker"),
])
def test_ages_of_a_new_sum_limit_that_sum(markers, other, level):
    assert row_level(markers, NURSERY, other, "0-6岁流动儿童", "0-6岁流动儿童") == level


@pytest.mark.parametrize("base,other,level", [
    ("家庭收入超过低保标准的，给予6个月渐退期", "家庭收入超过低保标准的，给予3个月渐退期", "weaker"),
    ("家庭收入超过低保标准的，给予6个月渐退期", "家庭收入超过低保标准的，给予12个月的渐退期", "stronger"),
    ("不再符合条件的，给予3个月过渡期", "不再符合条件的，给予三个月过渡期", "same"),
])
def test_how_long_a_benefit_goes_on(markers, base, other, level):
    assert row_level(markers, base, other) == level


GUIDANCE = "对流动儿童父母或者其他监护人提供家庭教育指导服务"


@pytest.mark.parametrize("base,other,level", [
    (GUIDANCE, "对流动儿童父母提供家庭教育指导服务", "weaker"),
    (GUIDANCE, "为流动儿童的父母等监护人提供家庭教育指导服务", "same"),
    (GUIDANCE, "对流动儿童家长提供家庭教育指导服务", "same"),
    (GUIDANCE, "向流动儿童的监护人（含父母）提供家庭教育指导服务", "same"),
    ("对流动儿童父母提供家庭教育指导服务", "对流动儿童父母及与其共同生活的其他监护人提供家庭教育指导服务", "stronger"),
])
def test_guardians_other_than_parents(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_guardians_in_a_gloss_of_who_migrant_children_are_reach_no_one(markers):
    gloss = "流动儿童（指随父母或者其他监护人离开户籍地、跨县域异地居住生活6个月以上的未成年人）"
    assert row_level(markers, "开展城市融入支持活动", "开展城市融入支持活动", "流动儿童", gloss) == "same"


SPECIAL = ("对残疾儿童普惠性学前教育予以资助，为家庭经济困难的残疾学生提供包括义务教育、高中阶段教育在内的12年免费教育，"
           "对残疾学生特殊学习用品、教育训练、交通费等予以补助")


@pytest.mark.parametrize("base,other,level", [
    # free only under a hedge of its own: no gain
    (SPECIAL, "对残疾儿童普惠性学前教育予以资助，为家庭经济困难的残疾学生提供义务教育阶段免费教育，"
              "高中阶段教育视财力逐步实行免费，对残疾学生特殊学习用品、教育训练、交通费等予以补助", "weaker"),
    ("为流动儿童父母提供职业培训", "为流动儿童父母提供职业培训，有条件的地方逐步实行免费", "same"),
    # a hedge on another part leaves the free service a gain
    ("开展城市融入支持活动，为流动儿童父母提供职业培训等服务",
     "逐步开展城市融入支持活动，为流动儿童父母免费提供职业培训等服务", "mixed"),
    # a permission still gives
    (HOUSING, "为符合当地住房保障条件的流动儿童家庭发放租赁补贴；其中多子女家庭可优先实物配租公共租赁住房", "mixed"),
])
def test_a_gain_under_a_hedge_of_its_own(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base,other,level", [
    ("统一投保意外伤害补充保险，保费由财政承担", "统一投保意外伤害补充保险，全部保费由财政负担，学生个人不缴费", "same"),
    ("为在本市就读的流动儿童统一投保意外伤害补充保险，保费由财政承担",
     "为在本市就读的流动儿童统一投保意外伤害补充保险，全部费用由财政保障", "same"),
    ("对有需要的儿童提供心理健康筛查", "将在校儿童全部纳入心理健康筛查范围", "stronger"),  # 全部 of a group still widens
])
def test_the_whole_of_a_charge_is_no_group_widened(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_policy_advice_and_related_services_in_place_of_acceptance_here(markers):
    base = "为符合条件的办理残疾人两项补贴；就地受理残疾儿童康复救助申请，提供相关服务"
    other = "为符合条件的办理残疾人两项补贴；残疾儿童康复救助申请由户籍地受理，本市提供政策咨询和相关服务"
    assert row_level(markers, base, other) == "weaker"


# ---------------------------------------------------------------- read from fc264_level to fc271_level misses

@pytest.mark.parametrize("base,other,level", [
    # a limit put on those the content serves
    ("为家庭经济困难流动儿童提供生活补助", "为家庭经济困难的寄宿生提供生活补助", "weaker"),
    ("为家庭经济困难流动儿童提供生活补助", "为家庭经济困难的住校生提供生活补助", "weaker"),
    ("对有需要的流动儿童提供心理健康筛查", "对有需要的在校流动儿童提供心理健康筛查", "weaker"),
    ("对有需要的流动儿童提供心理健康筛查", "对有需要的在园幼儿提供心理健康筛查", "weaker"),
    ("为患者免费提供基本抗精神病药物", "为家庭经济困难的患者免费提供基本抗精神病药物", "weaker"),
    # 在校生 is what a school row calls its pupils: no limit
    ("为符合条件的中等职业教育在校生提供国家助学金", "为符合条件的中职在校生发放国家助学金", "same"),
])
def test_a_limit_on_those_the_content_serves(markers, base, other, level):
    assert row_level(markers, base, other) == level


SETTLED = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"


@pytest.mark.parametrize("base,other,level", [
    (SETTLED, "做好儿童医疗保障相关工作；参保流动儿童因病在本市住院治疗的，提供异地就医直接结算服务", "weaker"),
    (SETTLED, "做好儿童医疗保障相关工作；参保流动儿童在本市办理异地就医备案满3个月的，提供异地就医直接结算服务", "weaker"),
    (SETTLED, "做好儿童医疗保障相关工作；在本市办理居住登记满半年以上的，提供异地就医直接结算服务", "weaker"),
    ("做好儿童医疗保障相关工作；参保流动儿童在本市办理异地就医备案满3个月的，提供异地就医直接结算服务", SETTLED, "stronger"),
    ("做好儿童医疗保障相关工作；住院的，提供异地就医直接结算服务",
     "做好儿童医疗保障相关工作；住院治疗的，提供异地就医直接结算服务", "same"),
])
def test_a_wait_or_a_kind_of_care_required_first(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base,other,level", [
    ("每学期至少为流动儿童父母免费提供1次家庭教育指导服务",
     "每学期至少为义务教育阶段流动儿童的父母免费提供1次家庭教育指导服务", "weaker"),
    ("对流动儿童提供心理健康筛查", "对义务教育阶段学生提供心理健康筛查", "weaker"),
    # a stage added beside one the base names widens
    ("为义务教育阶段流动儿童提供生活补助", "为学前教育和义务教育阶段流动儿童提供生活补助", "stronger"),
])
def test_a_school_stage_put_before_the_group(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base,other,level", [
    ("将困境流动儿童纳入儿童主任关爱服务范围，建立一人一档，每月至少入户探访1次",
     "将困境流动儿童纳入儿童主任关爱服务范围，每月入户探访不少于一次，建立一人一档", "same"),
    ("建立台账，每学期至少开展2次家访", "每学期开展家访不少于2次，建立台账", "same"),
])
def test_a_quantity_moved_to_another_clause(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_applying_where_the_family_lives_is_what_cross_province_handling_gives(markers):
    base = "在认定相关情形时提供“跨省通办”服务，协助流动儿童向户籍地申领基本生活费或生活补贴"
    other = "上述儿童可在居住地申请相关情形认定，享受“跨省通办”服务；居住地民政部门协助其向户籍地申领基本生活费或生活补贴"
    assert row_level(markers, base, other) == "same"
    assert row_level(markers, "协助流动儿童向户籍地申领基本生活费", "流动儿童可在居住地申请，协助其向户籍地申领基本生活费") \
        == "stronger"


@pytest.mark.parametrize("base,other,level", [
    ("流动儿童可在居住地签约家庭医生，并享受基本公共卫生服务和基本医疗服务",
     "为辖区流动儿童提供家庭医生签约服务、基本医疗服务和基本公共卫生服务", "same"),
    ("流动儿童可在居住地签约家庭医生，并获得基本医疗服务", "为流动儿童提供家庭医生签约服务和基本医疗服务", "same"),
    ("流动儿童可在居住地签约家庭医生，并享受基本公共卫生服务和基本医疗服务", "为流动儿童提供家庭医生签约服务", "weaker"),
])
def test_what_the_family_receives_said_as_what_is_given(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_groups_named_first_and_migrant_children_among_them(markers):
    base, other = "流动儿童中的孤儿、事实无人抚养儿童", "孤儿、事实无人抚养儿童中的流动儿童"
    assert row_level(markers, "协助申领基本生活费", "协助申领基本生活费", base, other) == "same"
    assert row_level(markers, "协助申领基本生活费", "协助申领基本生活费", base, "孤儿中的流动儿童") == "weaker"


CULTURE = "在学校等场所开展流动儿童参加的文化活动；组织创作、传播有利于流动儿童成长的广播电视和网络视听节目"


def test_an_item_the_lexicon_knows_beside_one_it_does_not(mappings):
    # (the lexicon reads 阅读指导 as the base's 文化活动; 精神陪伴 is still new)
    other = "在学校等场所开展流动儿童参加的文化活动；为流动儿童提供阅读指导、精神陪伴等服务；" \
            "组织创作、传播有利于流动儿童成长的广播电视和网络视听节目"
    assert row_level(mappings.levels, CULTURE, other) == "stronger"
    assert row_level(mappings.levels, CULTURE, other.replace("、精神陪伴", "")) == "same"


@pytest.mark.parametrize("base,other,level", [
    # a list one of whose items is new adds it
    ("为流动儿童父母提供职业介绍", "为流动儿童父母提供职业介绍；为流动儿童父母提供职业介绍、法律援助等服务", "stronger"),
    # examples of what the base names, or its items in other words, add nothing
    ("按照国家基本公共卫生服务规范提供健康管理服务",
     "按照国家基本公共卫生服务规范提供健康管理服务；为流动儿童提供新生儿访视、儿童健康检查等健康管理服务", "same"),
    ("为符合条件的中等职业教育在校生提供国家助学金；免除符合条件的中等职业教育在校生学费",
     "中等职业教育在校生中符合条件的，发放国家助学金、免收学费", "same"),
])
def test_an_item_of_a_list_new_or_known(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc272_level to fc275_level misses

REHAB = "为符合条件的办理残疾人两项补贴；就地受理残疾儿童康复救助申请，提供相关服务"


@pytest.mark.parametrize("base,other,level", [
    # advice and referral here, in place of accepting the application here, add nothing
    (REHAB, "为符合条件的办理残疾人两项补贴；残疾儿童康复救助申请由监护人向户籍地残联提出，本市残联提供政策咨询和转介服务",
     "weaker"),
    ("为符合条件的办理残疾人两项补贴；残疾儿童康复救助申请由监护人向户籍地残联提出，本市残联提供政策咨询和转介服务", REHAB,
     "stronger"),
])
def test_advice_and_referral_in_place_of_acceptance_here(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base,other,level", [
    # the school the child attends names a condition, not a stage reached
    ("对有需要的流动儿童提供心理健康筛查", "对在区属中小学就读、有需要的流动儿童提供心理健康筛查", "weaker"),
    ("对有需要的流动儿童提供心理健康筛查", "对在本市初中就读的流动儿童提供心理健康筛查", "weaker"),
    # a benefit kept for those who took the local exam
    ("免除符合条件的中等职业教育在校生学费", "在本省参加中考并升入本省中等职业学校的，免除学费", "weaker"),
    ("免除符合条件的中等职业教育在校生学费", "对在本市参加中考后就读本市中职学校的学生，免除学费", "weaker"),
    # the right to sit the exam here is a promise, not a condition
    ("允许流动儿童在流入地普通高中就读并在当地参加高考", "允许流动儿童在本市普通高中就读，并在本市参加高考", "same"),
])
def test_schooling_named_as_a_condition(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_a_long_lead_naming_whom_and_an_option_restored(markers):
    base = "为符合本市住房保障条件的流动儿童家庭发放租赁补贴"
    other = ("对家庭人均可支配收入低于上年度本区居民人均可支配收入60%、符合本市住房保障条件的流动儿童家庭，"
             "实物配租公共租赁住房或者发放租赁补贴")
    assert row_level(markers, base, other) == "mixed"


@pytest.mark.parametrize("base,other,level", [
    ("提供基本生活条件；对生活不能自理的，有条件的可给予照料", "提供基本生活条件，对生活不能自理的给予照料", "stronger"),
    ("提供基本生活条件；对生活不能自理的，可提供照料", "提供基本生活条件，对生活不能自理的提供照料", "stronger"),
    ("提供基本生活条件，对生活不能自理的给予照料", "提供基本生活条件；对生活不能自理的，有条件的可给予照料", "weaker"),
])
def test_a_short_hedged_promise_made_plainly(markers, base, other, level):
    assert row_level(markers, base, other) == level


VISITS = "签约家庭医生团队每年为签约流动儿童免费上门随访不少于2次"


@pytest.mark.parametrize("other,level", [
    ("对已签约的流动儿童，家庭医生团队每年免费上门随访，不少于两次", "same"),
    ("对已签约的流动儿童，家庭医生团队每年免费上门随访，至少4次", "stronger"),
    ("对已签约的流动儿童，家庭医生团队每年免费上门随访，不少于1次", "weaker"),
])
def test_a_count_after_a_comma_is_how_often_the_clause_before_does_it(markers, other, level):
    assert row_level(markers, VISITS, other) == level


@pytest.mark.parametrize("base,other,level", [
    # what a burden is on goes with the burden: both lifted, the row gains
    ("做好儿童医疗保障相关工作；在外地就医发生的医疗费用，回参保地按规定手工报销",
     "做好儿童医疗保障相关工作，提供异地就医直接结算服务", "stronger"),
    ("做好儿童医疗保障相关工作；住院期间的护理费用，由家庭自行承担", "做好儿童医疗保障相关工作", "same"),
])
def test_the_object_of_a_burden(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc276_level to fc283_level misses

TUITION_GIVEN = "为符合条件的中等职业教育在校生提供国家助学金；免除符合条件的中等职业教育在校生学费"


@pytest.mark.parametrize("base,other", [
    # the family's view of the same two benefits, either way round
    (TUITION_GIVEN, "在中等职业学校就读的流动儿童，符合条件的可以申请国家助学金，并享受免学费政策"),
    ("在中等职业学校就读的流动儿童，符合条件的可以申请国家助学金，并享受免学费政策", TUITION_GIVEN),
    (TUITION_GIVEN, "符合条件的中等职业教育在校生可享受国家助学金，并免交学费"),
])
def test_a_fee_waived_said_from_the_familys_side(markers, base, other):
    assert row_level(markers, base, other) == "same"


def test_an_item_named_elsewhere_only_as_the_title_of_a_norm_is_lost(markers):
    base, other = ["提供家庭医生签约服务、基本医疗服务、基本公共卫生服务"], ["提供家庭医生签约服务和基本医疗服务"]
    norm = PairSetting(targets=("流动儿童", "流动儿童"), elsewhere=("按照国家基本公共卫生服务规范提供健康管理服务",))
    assert judge_items(base, other, markers, norm).level.value == "weaker"
    moved = PairSetting(targets=("流动儿童", "流动儿童"), elsewhere=("为流动儿童提供基本公共卫生服务",))
    assert judge_items(base, other, markers, moved).level.value == "same"


@pytest.mark.parametrize("base,other,level", [
    # a condition on the parents served
    ("为流动儿童父母提供政策咨询、职业介绍等服务", "为在本市办理失业登记的流动儿童父母提供政策咨询、职业介绍等服务",
     "weaker"),
    ("为流动儿童家长提供家庭教育指导", "为持有本市居住证的流动儿童家长提供家庭教育指导", "weaker"),
    ("为在本市办理失业登记的流动儿童父母提供职业介绍", "为在本市登记失业的流动儿童父母提供职业介绍", "same"),
    # a condition the base puts on another of its services, now on this one too
    ("对残疾儿童普惠性学前教育予以资助，为家庭经济困难的残疾学生提供十二年免费教育",
     "对家庭经济困难的残疾儿童普惠性学前教育予以资助，为家庭经济困难的残疾学生提供十二年免费教育", "weaker"),
    ("为家庭经济困难流动儿童提供生活补助", "为其中家庭经济困难的儿童提供生活补助", "same"),
])
def test_conditions_on_whom_each_service_reaches(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base,other,level", [
    ("对有需要的义务教育阶段流动儿童提供心理健康筛查", "对有需要的流动儿童提供心理健康筛查", "stronger"),
    ("为义务教育阶段学生提供心理辅导", "为学生提供心理辅导", "stronger"),
])
def test_a_group_no_longer_kept_to_one_school_stage(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base_target,other_target", [
    ("符合户籍地特困救助供养条件的流动儿童",
     "符合户籍地特困人员救助供养条件（无劳动能力、无生活来源，且无法定抚养义务人或者其法定义务人无履行义务能力）的流动儿童"),
    ("符合最低生活保障条件的流动儿童", "符合最低生活保障条件（家庭人均收入低于当地低保标准且财产状况符合规定）的流动儿童"),
])
def test_a_statutory_condition_spelled_out_is_a_gloss(markers, base_target, other_target):
    content = "提供基本生活条件，对生活不能自理的给予照料"
    assert row_level(markers, content, content, base_target, other_target) == "same"


def test_implementing_the_policies_is_no_service_added(markers):
    base = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"
    assert row_level(markers, base, "落实儿童医疗保障各项政策措施，提供异地就医直接结算服务") == "same"


# ---------------------------------------------------------------- read from fc284_level to fc287_level misses

GRANT_AND_FEES = "为符合条件的中等职业教育在校生提供国家助学金；免除符合条件的中等职业教育在校生学费"


@pytest.mark.parametrize("other", [
    # the qualifier said once for the row's promises, at its end or in a remark
    "为中等职业教育在校生提供国家助学金；免除中等职业教育在校生学费。国家助学金、免学费均面向符合国家资助条件的学生",
    "为中等职业教育在校生提供国家助学金；免除中等职业教育在校生学费。以上两项均限符合国家资助政策条件的学生",
    "为中等职业教育在校生提供国家助学金；免除中等职业教育在校生学费。上述政策适用于符合国家规定条件的学生",
])
def test_a_qualifier_said_once_for_the_whole_row(markers, other):
    assert row_level(markers, GRANT_AND_FEES, other) == "same"


def test_kept_to_those_who_meet_the_conditions_where_the_base_says_none(markers):
    other = "为中等职业教育在校生提供国家助学金，限符合国家资助政策条件的学生"
    assert row_level(markers, "为中等职业教育在校生提供国家助学金", other) == "weaker"


SUPPORT_CARE = "提供基本生活条件，对生活不能自理的给予照料"


@pytest.mark.parametrize("base,other,level", [
    # the family sent home for a service the base gives here, helped or not; and back again
    (SUPPORT_CARE + "；提供疾病治疗服务", SUPPORT_CARE + "；需要疾病治疗的，协助其回户籍地申请救治", "weaker"),
    (SUPPORT_CARE + "；提供疾病治疗服务", SUPPORT_CARE + "；需要住院治疗的，由其返回户籍地就医", "weaker"),
    (SUPPORT_CARE + "；需要疾病治疗的，协助其回户籍地申请救治", SUPPORT_CARE + "；提供疾病治疗服务", "stronger"),
])
def test_sent_home_for_a_service(markers, base, other, level):
    target = "符合户籍地特困救助供养条件的流动儿童"
    assert row_level(markers, base, other, target, target) == level


# ---------------------------------------------------------------- read from fc288_level to fc291_level misses

SETTLEMENT = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"


@pytest.mark.parametrize("other,level", [
    # the service said from the family's side: what can be done for it
    ("做好儿童医疗保障相关工作；流动儿童异地就医的，医疗费用可直接结算", "same"),
    ("做好儿童医疗保障相关工作；异地就医的，可以直接结算", "same"),
])
def test_a_service_said_as_what_can_be_done_for_the_family(markers, other, level):
    assert row_level(markers, SETTLEMENT, other) == level


def test_the_name_of_the_scheme_does_not_name_the_promise(mappings):
    base = "对符合条件的流动儿童家庭纳入最低生活保障范围，对获得最低生活保障金后生活仍有困难的儿童采取必要措施给予生活保障"
    dropped = "对符合条件的流动儿童家庭纳入最低生活保障范围，其中未成年人按当地低保标准上浮20%计发低保金"
    assert row_level(mappings.levels, base, dropped) == "mixed"
    kept = "对符合条件的流动儿童家庭纳入低保范围，对领取低保金后生活仍有困难的儿童采取必要措施给予生活保障"
    assert row_level(mappings.levels, base, kept) == "same"


# ---------------------------------------------------------------- read from fc292_level to fc299_level misses

@pytest.mark.parametrize("base,other,level", [
    # 支持 as the purpose of what the clause before gives, not a hedge on it
    ("资助家庭经济困难的儿童接受普惠性学前教育", "对家庭经济困难的幼儿给予学前教育资助，支持其接受普惠性学前教育", "same"),
    ("提供托育服务", "支持社会力量提供托育服务", "weaker"),
])
def test_support_as_the_purpose_of_what_is_given(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc300_level to fc303_level misses

AID = "为符合条件的学生提供国家助学金；免除符合条件的学生学费"


@pytest.mark.parametrize("base_target,other_target,level", [
    # grades named before the children keep the benefit to part of the stage: one group, narrowed
    ("中等职业教育阶段流动儿童", "中等职业学校全日制一、二年级在校流动儿童", "weaker"),
    ("中等职业教育阶段流动儿童", "中等职业学校一、二年级学生", "weaker"),
    ("中等职业学校一、二年级在校流动儿童", "中等职业教育阶段流动儿童", "stronger"),
    ("中等职业学校一、二年级在校流动儿童", "中等职业学校一、二年级在校流动儿童", "same"),
])
def test_grades_named_in_the_target_narrow_it(markers, base_target, other_target, level):
    assert row_level(markers, AID, AID, base_target, other_target) == level


@pytest.mark.parametrize("base,other,level", [
    # a stricter subgroup of the poor in the base's place, or the wider group back, said in other words
    ("对纳入最低生活保障范围家庭的在园儿童给予学前教育资助", "资助家庭经济困难的儿童接受普惠性学前教育", "stronger"),
    # the condition replaced by a narrower one is that replacement, not a condition removed as well
    ("对家庭经济困难的在园儿童给予学前教育资助", "对纳入最低生活保障范围家庭的在园儿童给予学前教育资助", "weaker"),
    # a longer time at school required before the aid
    ("对在本市连续就读满1学年的家庭经济困难学生发放国家助学金",
     "对在本市连续就读满两学年的家庭经济困难学生发放国家助学金", "weaker"),
    ("对在本市连续就读满2学年的家庭经济困难学生发放国家助学金",
     "对在本市连续就读满1学年的家庭经济困难学生发放国家助学金", "stronger"),
])
def test_who_the_aid_reaches_and_after_how_long(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other,level", [
    # 可免费 before what the child does is a permission, as 可在居住地参加中考 is: no hedge lifted
    ("开设暑期托管班，流动儿童免费参加", "same"),
    ("开设暑期托管班，学校可免费提供托管", "weaker"),  # the office may: a hedge
])
def test_may_take_part_free_is_a_permission(markers, other, level):
    assert row_level(markers, "开设暑期托管班，流动儿童可免费参加", other) == level


# ---------------------------------------------------------------- read from fc304_level to fc311_level misses

EMERGENCY_AID = "在急难发生地发放临时救助金和有关物资，提供临时生活照料和转介服务"


@pytest.mark.parametrize("base,other,level", [
    # given once only for one cause: a cap on how often, not a time limit promised nor a service added
    (EMERGENCY_AID, EMERGENCY_AID + "；同一家庭因同一事由在12个月内只给予一次救助", "weaker"),
    (EMERGENCY_AID + "；同一家庭因同一事由在12个月内只给予一次救助", EMERGENCY_AID, "stronger"),
    # a thing put before the verb that gives it is the same promise (学费予以减免 = 减免学费)
    ("为符合条件的在校生提供国家助学金；对符合条件的在校生减免学费",
     "符合条件的在校生可享受国家助学金，学费予以减免", "same"),
    # costs claimed back where the child is insured, in place of direct settlement
    ("做好儿童医疗保障相关工作，提供异地就医直接结算服务",
     "做好儿童医疗保障相关工作，流动儿童在异地就医发生的医疗费用，按规定回参保地办理报销", "weaker"),
    # the family told to apply itself where the base helps it apply
    ("协助流动儿童向户籍地申领基本生活费或生活补贴", "告知流动儿童监护人向户籍地申领基本生活费或生活补贴", "weaker"),
    ("由监护人向户籍地民政部门申请认定", "监护人向户籍所在地民政部门申请认定", "same"),
    # a service given to the children first
    ("提供家庭医生签约服务、基本医疗服务",
     "将流动儿童纳入家庭医生签约重点人群，优先提供签约服务；提供基本医疗服务", "stronger"),
    # treatment given replaced by a relief of its cost
    ("对生活不能自理的给予照料，提供疾病治疗服务", "对生活不能自理的给予照料；疾病治疗费用按规定予以减免", "weaker"),
])
def test_caps_ways_and_words_read_from_fc304_to_fc311(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other_target,level", [
    # enrolled at a school of the stage, verb first: what the stage already means
    ("就读中等职业学校的流动儿童", "same"),
    ("就读本市公办中等职业学校的流动儿童", "weaker"),
])
def test_enrolled_at_the_stage_verb_first(markers, other_target, level):
    assert row_level(markers, AID, AID, "中等职业教育阶段流动儿童", other_target) == level


# ---------------------------------------------------------------- read from fc312_level to fc315_level misses

READING = "为流动儿童提供阅读指导、精神陪伴等服务"
TRAINING = "为流动儿童父母提供政策咨询、职业介绍、职业培训等服务"
SCREENING = "对有需要的流动儿童提供心理健康筛查，其中在校流动儿童每学年至少筛查1次"


@pytest.mark.parametrize("base,other,level", [
    # a service the base gives the group plainly, kept to those who need it or to those in difficulty
    (READING, "为有需要的流动儿童提供阅读指导、精神陪伴等服务", "weaker"),
    (READING, "为困境流动儿童提供阅读指导、精神陪伴等服务", "weaker"),
    # (a need the base already names, in other words, is no need added)
    ("为有需求的流动儿童提供阅读指导", "为有需要的流动儿童提供阅读指导", "same"),
    # a stage put before the pupils of a clause: those of that stage only; 中小学 is every stage
    (SCREENING, SCREENING.replace("其中在校", "其中初中阶段在校"), "weaker"),
    # a share of the cost of a listed service left to the family
    (TRAINING, TRAINING + "，参加职业培训的由个人承担培训费用的50%", "weaker"),
    # an item of a list read past the verb that leads it (实行先行救助 → 先行救助)
    ("对急难型临时救助开通绿色通道，实行先行救助、事后补充说明",
     "急难型临时救助开通绿色通道，先行救助，事后补充说明", "same"),
    # a fee waived whole is what 免除 says
    ("免除学杂费，免费提供教科书", "学杂费全免，教科书免费提供", "same"),
])
def test_who_is_served_and_what_the_family_pays_read_from_fc312_to_fc315(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_primary_and_secondary_pupils_are_every_stage(markers):
    other = "对有需要的流动儿童提供心理健康筛查，每学年为辖区中小学在校流动儿童免费开展1次心理健康筛查"
    assert row_level(markers, "对有需要的流动儿童提供心理健康筛查", other) == "stronger"


# ---------------------------------------------------------------- read from fc316_level to fc319_level misses

AFTER_SCHOOL = "义务教育学校每周5天开展课后服务"
SEALANT = "每年为在园在校流动儿童提供1次免费口腔检查；为6-9岁儿童免费实施窝沟封闭"


@pytest.mark.parametrize("base,other,level", [
    # a fee waived for some made free for all: the group's condition gone
    (AFTER_SCHOOL + "；对家庭经济困难学生免收课后服务费", AFTER_SCHOOL + "；课后服务不收取任何费用", "stronger"),
    # 可 said from the family's side, its receivers its subject, is a permission; after 对…, the office's may
    ("免除符合条件的普通高中家庭经济困难学生学杂费", "符合条件的普通高中家庭经济困难学生可免除学杂费", "same"),
    ("免除符合条件的学生学杂费", "对符合条件的学生可免除学杂费", "weaker"),
    # a thing given free now given with a charge beside it, whatever else the row gives free
    (SEALANT, "每年为在园在校流动儿童提供1次免费口腔检查；为6-9岁儿童实施窝沟封闭，按规定收取材料费", "weaker"),
    # a cap on a base benefit beside a service added limits that benefit
    (HOUSING, HOUSING + "；多子女家庭可优先选择房源，租赁补贴发放期限最长不超过3年", "mixed"),
    # an option kept for some of those served only (其中多子女家庭…): gone for the rest
    (HOUSING, "为符合当地住房保障条件的流动儿童家庭发放租赁补贴；其中多子女家庭可实物配租公共租赁住房", "weaker"),
])
def test_fees_permissions_and_caps_read_from_fc316_to_fc319(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc320_level to fc323_level misses

SETTLEMENT_ROW = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"


@pytest.mark.parametrize("base,other,level", [
    # the same place in other words (户口所在地) keeps the condition
    ("协助流动儿童向户籍所在地申请基本生活费", "协助流动儿童向户口所在地申请基本生活费", "same"),
    # a bracket cut at its comma glosses what it follows: nothing lifted
    (SETTLEMENT_ROW,
     "做好儿童医疗保障相关工作，提供异地就医直接结算（在就医地直接报销，无需先行垫付后回参保地报销）服务", "same"),
    # given only as far as those who give it can
    ("提供精神障碍社区康复服务", "在康复机构服务能力范围内提供精神障碍社区康复服务", "weaker"),
])
def test_places_glosses_and_capacity_read_from_fc320_to_fc323(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc324_level to fc327_level misses

CARE_CLASS = "开办公益托管班，提供看护照料、作业辅导和文体活动，家长自愿报名"


@pytest.mark.parametrize("base,other,level", [
    # a charge capped at cost made free: the charge gone
    (CARE_CLASS + "，收费不超过服务成本", CARE_CLASS + "，不收取任何费用", "stronger"),
    # 限符合…条件 in brackets is what 符合条件的 already says
    ("免除符合条件的中等职业教育在校生学费", "中职在校生学费予以免除（限符合免学费条件的学生）", "same"),
    # the guardian named beside the child the office helps is no family left to apply alone
    ("协助流动儿童向户籍地申领基本生活费", "协助儿童及其监护人向户籍所在地申请基本生活费", "same"),
    # what is given is itself a service word (给予资助), given by that word
    ("家庭经济困难儿童接受普惠性学前教育的，给予资助", "资助家庭经济困难的儿童接受普惠性学前教育", "same"),
])
def test_charges_brackets_and_service_words_read_from_fc324_to_fc327(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc328_level to fc331_level misses

TRAINING_ROW = "为流动儿童父母提供政策咨询、职业介绍、职业培训等服务"


@pytest.mark.parametrize("base,other,level", [
    # the time at school asked before a benefit, in terms: half a school year
    ("对在本县就读满1学年的学生给予生活补助", "对在本县就读满1学期的学生给予生活补助", "stronger"),
    # a charge brought in where the base names none
    (TRAINING_ROW, "为流动儿童父母提供政策咨询、职业介绍、职业培训（按规定收取培训费用）等服务", "weaker"),
    ("提供家庭医生签约服务", "提供家庭医生签约服务，收取签约服务费", "weaker"),
    # (not a fee said not to be charged, capped, equal to others', or describing what is meant)
    ("提供课后服务", "提供课后服务，课后服务不向学生家长收取费用", "same"),
    ("就近提供普惠托育服务", "就近提供普惠托育服务，收费与本地户籍儿童一致", "same"),
    ("就近进入普惠性幼儿园", "安排就近进入普惠性幼儿园（面向社会、收费合理的幼儿园）", "same"),
])
def test_terms_and_charges_read_from_fc328_to_fc331(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc336_level to fc339_level misses

SUPPORTED = "提供基本生活条件，对生活不能自理的给予照料"


@pytest.mark.parametrize("base,other,level", [
    # treatment given where the base covered only its costs in a catalogue, and the other way round
    (SUPPORTED + "；对基本医疗保险药品目录内的疾病治疗费用予以保障", SUPPORTED + "；提供疾病治疗服务", "stronger"),
    (SUPPORTED + "；提供疾病治疗服务", SUPPORTED + "；对基本医疗保险药品目录内的疾病治疗费用予以保障", "weaker"),
])
def test_treatment_given_or_its_costs_covered(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc344_level to fc347_level misses

PRESCHOOL = "符合条件的流动儿童就近在普惠性幼儿园入园；"
ANY_POOR = PRESCHOOL + "资助家庭经济困难的儿童接受普惠性学前教育"
ON_RELIEF = PRESCHOOL + "对纳入最低生活保障范围家庭的幼儿，给予学前教育资助"


@pytest.mark.parametrize("base,other,level", [
    # a lead naming whom the next segment serves (对…家庭的幼儿，给予…) narrows its group; it adds no service
    (ANY_POOR, ON_RELIEF, "weaker"),
    (ON_RELIEF, ANY_POOR, "stronger"),
])
def test_a_lead_naming_the_children_served_read_from_fc344_to_fc347(markers, base, other, level):
    assert row_level(markers, base, other) == level


SEVERE = "按照国家基本公共卫生服务规范提供管理服务，"
RELIEF_GIVEN = "在急难发生地发放临时救助金和有关物资，提供临时生活照料和转介服务。"
TREATMENT_OPEN = "提供基本生活条件；提供疾病治疗服务"


@pytest.mark.parametrize("base,other,level", [
    # a cap whose word takes the verb that pays (最高补助5000元), where the base names no sum
    (TREATMENT_OPEN, TREATMENT_OPEN + "，个人自付部分每人每年累计最高补助5000元", "weaker"),
    # (help toward the costs of what the base gives no help for is a sum added, however capped)
    ("就地受理残疾儿童康复救助申请，提供相关服务",
     "就地受理残疾儿童康复救助申请，提供相关服务，康复训练费用每人每年最高补助2万元", "stronger"),
    # not given again within so long: a limit on how often
    (RELIEF_GIVEN, RELIEF_GIVEN + "同一家庭同一事由12个月内不重复给予临时救助。", "weaker"),
    # a length said as a floor either way (满2年 = 两年以上)
    ("对持有本市居住证满2年、符合住房保障条件的家庭，实物配租公共租赁住房",
     "对符合住房保障条件且持本市居住证两年以上的家庭，实物配租公共租赁住房", "same"),
    # an age a base promise was limited to, dropped where the other row names no age
    (SEVERE + "对其中年满14周岁的提供精神障碍社区康复服务", SEVERE + "提供精神障碍社区康复服务", "stronger"),
    (SEVERE + "提供精神障碍社区康复服务", SEVERE + "对其中年满14周岁的提供精神障碍社区康复服务", "weaker"),
])
def test_caps_lengths_and_ages_read_from_fc348_to_fc351(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc352_level to fc355_level misses

GRANT_TO_PUPILS = "为符合条件的中等职业教育在校生提供国家助学金"
ENTERED = "符合条件的就近在普惠性幼儿园入园；"
FOURTEEN_AND_OVER = "对符合条件的14周岁以上流动儿童，纳入精神障碍社区康复服务范围"


@pytest.mark.parametrize("base,other,targets,level", [
    # pupils of public schools only: 民办 schools' pupils left out (with 的 or without)
    (GRANT_TO_PUPILS, GRANT_TO_PUPILS, ("中等职业教育阶段流动儿童", "本市公办中等职业学校在校的流动儿童"), "weaker"),
    (GRANT_TO_PUPILS, GRANT_TO_PUPILS, ("中等职业教育阶段流动儿童", "本市公办中等职业学校在校流动儿童"), "weaker"),
    (GRANT_TO_PUPILS, GRANT_TO_PUPILS, ("本市公办中等职业学校在校流动儿童", "中等职业教育阶段流动儿童"), "stronger"),
    # (a school named without a requirement word is no condition)
    (GRANT_TO_PUPILS, GRANT_TO_PUPILS, ("中等职业教育阶段流动儿童", "中等职业学校在校流动儿童"), "same"),
])
def test_pupils_of_one_kind_of_school(markers, base, other, targets, level):
    assert row_level(markers, base, other, *targets) == level


@pytest.mark.parametrize("base,other,level", [
    # a narrower group put in a modifier before the base's wider one: narrowed all the same
    (ENTERED + "资助家庭经济困难的儿童接受普惠性学前教育",
     ENTERED + "对纳入最低生活保障、特困供养范围的家庭经济困难儿童接受普惠性学前教育给予资助", "weaker"),
    # 年满14周岁 is 14周岁以上 (a floor), 未满14周岁 is not
    (FOURTEEN_AND_OVER, "年满十四周岁且符合条件的，纳入精神障碍社区康复服务范围", "same"),
    (FOURTEEN_AND_OVER, "未满十四周岁且符合条件的，纳入精神障碍社区康复服务范围", "weaker"),
])
def test_groups_and_ages_read_from_fc352_to_fc355(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc356_level to fc359_level misses

RELIEF_PAID = "在急难发生地发放临时救助金和有关物资，提供临时生活照料和转介服务"
DISABLED_AID = "就地受理残疾儿童康复救助申请，{}，自受理之日起15个工作日内完成审核"
SETTLED = "提供异地就医直接结算服务"
LEGAL_AID = "流动儿童及其监护人{}抚养、教育、人身损害赔偿等事项申请法律援助的，免予审查经济困难状况"


@pytest.mark.parametrize("base,other,level", [
    # housing given in kind (公共租赁住房实物保障) is not relief in kind said elsewhere
    (RELIEF_PAID, "在急难发生地发放临时救助金，提供临时生活照料和转介服务", "weaker"),
    # an online channel either way; 支持 before it is no hedge
    (DISABLED_AID.format("可通过线上渠道提交"), DISABLED_AID.format("支持网上申办"), "same"),
    # 有条件的镇 is the hedge 有条件的地方 at county level
    ("有条件的地方就近提供托育服务", "在有条件的镇（街道）就近提供托育服务", "same"),
    # a formality applied for online (备案) makes the service no application-based one
    (SETTLED, SETTLED + "；异地就医备案可通过线上渠道申请", "stronger"),
    # the row's groups as its subject, before the word that takes the list (就/因)
    (LEGAL_AID.format("就"), LEGAL_AID.format("因"), "same"),
])
def test_places_channels_and_lists_read_from_fc356_to_fc359(markers, base, other, level):
    assert row_level(markers, base, other, "流动儿童及其监护人", "流动儿童及其监护人") == level


def test_an_office_where_papers_are_handled_is_no_condition(markers):
    # 户籍窗口 is where the family goes, not a 户籍 the child must hold
    assert [m.label for m, _ in _conditions("可在各派出所户籍窗口办理", markers)] == []
    assert [m.label for m, _ in _conditions("具有本市户籍的儿童", markers)] == ["户籍"]


# ---------------------------------------------------------------- read from fc360_level to fc363_level misses

SIGNING_FREE = "提供家庭医生签约服务；提供基本医疗服务、基本公共卫生服务"
FAMILY_PAYS_SIGNING = "提供家庭医生签约服务，签约服务费由签约家庭个人承担；提供基本医疗服务、基本公共卫生服务"
REGISTERED = "为流动儿童办理居住登记；"
PRESCHOOL_AID = "符合条件的就近在普惠性幼儿园入园；对家庭经济困难儿童接受普惠性学前教育给予资助"


@pytest.mark.parametrize("base,other,level", [
    # a fee the family is to bear, brought in, or gone
    (SIGNING_FREE, FAMILY_PAYS_SIGNING, "weaker"),
    (FAMILY_PAYS_SIGNING, SIGNED, "stronger"),
    # a registration the row itself makes, required before a document, asks nothing of the family
    (REGISTERED + "居住满半年的，免费办理居住证", REGISTERED + "办理居住登记后即可免费申领居住证，不受居住满半年的限制",
     "stronger"),
])
def test_fees_borne_and_registrations_read_from_fc360_to_fc363(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_a_condition_given_another_option_is_eased_not_added(markers):
    # 持有本市居住证或居住登记凭证 for 持有本市居住证: the base's condition with another way to meet it
    targets = ("持有本市居住证的3-6岁流动儿童", "持有本市居住证或居住登记凭证的3-6岁流动儿童")
    assert row_level(markers, PRESCHOOL_AID, PRESCHOOL_AID, *targets) == "stronger"
    assert row_level(markers, PRESCHOOL_AID, PRESCHOOL_AID, *reversed(targets)) == "weaker"


# ---------------------------------------------------------------- read from fc364_level to fc367_level misses

INSURED_AT_SCHOOL = "为在本市中小学、幼儿园就读的流动儿童统一投保学生意外伤害保险"
CARED_FOR = "提供基本生活条件，对生活不能自理的{}；提供疾病治疗服务"


@pytest.mark.parametrize("base,other,level", [
    # a period before an activity done at all (每学期开展…) is a frequency
    ("每学期开展防溺水、交通安全等安全教育", "每学年开展防溺水、交通安全等安全教育", "weaker"),
    # care left for the 户籍地 to arrange
    (CARED_FOR.format("给予照料"), CARED_FOR.format("，协调其户籍地安排照料"), "weaker"),
    # 无偿 is 免费; 由居住地受理 is 就地受理
    ("免费为流动儿童及其监护人提供法律咨询", "为流动儿童及其监护人无偿提供法律咨询", "same"),
    ("就地受理残疾儿童康复救助申请", "残疾儿童康复救助申请由居住地受理", "same"),
    # a payment the family is spared is a benefit, not a restriction lifted; and the budget's paying it, said
    # from the family's side, is the same benefit
    ("提供家庭医生签约服务，签约服务费个人不承担", "提供家庭医生签约服务，签约服务费由医保基金承担，个人无需缴纳", "same"),
    (INSURED_AT_SCHOOL + "，保费由市、区两级财政承担", INSURED_AT_SCHOOL + "，家庭无需缴纳保费", "same"),
])
def test_frequencies_places_and_fees_read_from_fc364_to_fc367(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc368_level to fc371_level misses

SUPPORTED_HERE = "提供基本生活条件，对生活不能自理的{}；提供疾病治疗服务"


@pytest.mark.parametrize("base,other,level", [
    # sent back to the 户籍地 for the care itself
    (SUPPORTED_HERE.format("给予照料"),
     "提供基本生活条件；对生活不能自理的，协助其返回户籍地由供养服务机构给予照料；提供疾病治疗服务", "weaker"),
    # (not where the family need not go back: 无需返回户籍地：提供…)
    (SUPPORTED_HERE.format("给予照料"), "在居住地就地提供供养服务，无需返回户籍地：" + SUPPORTED_HERE.format("给予照料"),
     "stronger"),
])
def test_sent_back_for_care_read_from_fc368_to_fc371(markers, base, other, level):
    # (the 服务对象 names the 户籍地 already: no 户籍 condition is new)
    target = "符合户籍地特困救助供养条件的流动儿童"
    assert row_level(markers, base, other, target, target) == level


# ---------------------------------------------------------------- read from fc372_level to fc375_level misses

TWO_SUBSIDIES = "为符合条件的办理残疾人两项补贴；就地受理残疾儿童康复救助申请，提供相关服务"


@pytest.mark.parametrize("base,other,level", [
    # papers another office must issue (凭户籍地残联出具的…材料), required or no longer required
    (TWO_SUBSIDIES, "凭户籍地残联出具的残疾等级评定材料，" + TWO_SUBSIDIES, "weaker"),
    ("凭户籍地残联出具的残疾等级评定材料，" + TWO_SUBSIDIES, TWO_SUBSIDIES, "stronger"),
    # a grant given on top, said 另由市财政发放
    ("提供国家助学金，并由市财政另行发放市级助学金每生每年1000元",
     "提供国家助学金，另由市财政发放市级助学金每生每年一千元", "same"),
])
def test_papers_another_office_issues_read_from_fc372_to_fc375(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc380_level to fc383_level misses

FILED = "已办理异地就医备案的，"


def test_outpatient_costs_after_inpatient_read_from_fc380_to_fc383(markers):
    # inpatient costs settled directly, then outpatient costs too, named after them: the limit to 住院 is gone
    assert row_level(markers, FILED + "住院费用实行直接结算", FILED + "住院费用和门诊费用均实行直接结算") == "stronger"


# ---------------------------------------------------------------- read from fc384_level to fc387_level misses

GRANT_FOR = "为普通高中在校生中的{}提供国家助学金"
REHAB = "就地受理残疾儿童康复救助申请，提供相关服务"


@pytest.mark.parametrize("base,other,level", [
    # narrower groups listed in the wider one's place are no group added
    (GRANT_FOR.format("家庭经济困难学生"), GRANT_FOR.format("脱贫家庭学生和低保家庭学生"), "weaker"),
    # a service for parents kept to some of them
    ("为流动儿童父母提供职业介绍、职业培训等服务", "为流动儿童父母中的就业困难人员提供职业介绍、职业培训等服务", "weaker"),
    # 由居住地直接受理 is 就地受理
    (REHAB, "残疾儿童康复救助申请由居住地直接受理，提供相关服务", "same"),
])
def test_groups_and_places_read_from_fc384_to_fc387(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc388_level to fc391_level misses

MINDED = "利用暑假开设托管班，为流动儿童提供看护、作业辅导和文体活动"


@pytest.mark.parametrize("base,other,level", [
    # a cost-shared charge dropped for none at all, said to whom it is not charged
    (MINDED + "；按照成本分担原则收取适当费用", MINDED + "，不向家长收取任何费用", "stronger"),
    # free tuition said as a policy (免学费政策), then halved
    ("可以享受国家助学金和免学费政策", "可以享受国家助学金；学费按规定减半收取", "weaker"),
])
def test_charges_read_from_fc388_to_fc391(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc392_level to fc395_level misses

GUIDE_PARENTS = "对流动儿童父母或者其他监护人提供家庭教育指导服务"
LOOKED_AFTER = "提供基本生活条件，对生活不能自理的给予照料"


@pytest.mark.parametrize("base,other,level", [
    # the degree of a loss narrows who is cared for; 全部 there is no one more reached
    (LOOKED_AFTER, "提供基本生活条件，对全部丧失生活自理能力的给予照料", "weaker"),
    (LOOKED_AFTER, "提供基本生活条件，对生活全部不能自理的给予照料", "weaker"),
    # a share of the group reached, or a share only striven for, where the base serves all
    (GUIDE_PARENTS, "每年为不少于50%的流动儿童家庭的父母或者其他监护人提供家庭教育指导服务", "weaker"),
    (GUIDE_PARENTS, "为30%的流动儿童家长提供家庭教育指导服务", "weaker"),
    (GUIDE_PARENTS, GUIDE_PARENTS + "，力争覆盖率达到60%", "weaker"),
    (GUIDE_PARENTS, GUIDE_PARENTS + "，争取服务覆盖面达到70%", "weaker"),
    # a firm coverage floor stays a target set
    (GUIDE_PARENTS, GUIDE_PARENTS + "，覆盖率达到60%以上", "stronger"),
])
def test_shares_and_degrees_read_from_fc392_to_fc395(markers, base, other, level):
    assert row_level(markers, base, other) == level


SIGN_UP = "提供家庭医生签约服务、基本医疗服务"


@pytest.mark.parametrize("base,other,level", [
    # a fee waived in full
    (SIGN_UP, "提供家庭医生签约服务，签约服务费全额减免；提供基本医疗服务", "stronger"),
    (SIGN_UP, "提供家庭医生签约服务，签约服务费全部免除；提供基本医疗服务", "stronger"),
    # a registration required said as the step after which the service is had
    ("对已办理异地就医备案的，提供异地就医直接结算服务", "流动儿童办理异地就医备案后，可享受异地就医直接结算服务", "same"),
    ("为已办理失业登记的流动儿童父母提供职业介绍", "流动儿童父母办理失业登记后，可获得职业介绍", "same"),
    # a tie-break (同等条件下) is no equal treatment promised
    ("同等条件下，对有未成年子女的家庭优先配租", "有未成年子女的家庭，在同等条件下优先配租", "same"),
    # the services where they may be had, not everyone who may have them
    ("在街道设立一站式服务窗口，为流动儿童父母提供政策咨询、职业介绍等服务",
     "为流动儿童父母提供政策咨询、职业介绍等服务，上述服务均可在街道一站式服务窗口办理", "same"),
    # a restriction lifted in other words, or a check not made
    ("申请法律援助不受经济困难条件限制", "申请法律援助的，不审查经济困难条件", "same"),
    ("申请法律援助不受经济困难条件限制", "申请法律援助的，免予经济困难审查", "same"),
    ("参保不受户籍限制", "取消参保户籍限制", "same"),
    # a hedge on the services on hand, dropped with its 逐步
    ("结合康复资源布局，逐步提供精神障碍社区康复服务", "提供精神障碍社区康复服务", "stronger"),
    ("提供精神障碍社区康复服务", "结合康复资源布局提供精神障碍社区康复服务", "weaker"),
])
def test_fees_steps_and_lifts_read_from_fc392_to_fc395(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc396_level to fc399_level misses

AFTER_SCHOOL_NEEDED = "为有需要的流动儿童提供课后服务"


@pytest.mark.parametrize("base,other,level", [
    # days a week stated in one segment, a floor on them in another
    (AFTER_SCHOOL_NEEDED + "，每周5天全覆盖", "每周不少于3天" + AFTER_SCHOOL_NEEDED, "weaker"),
    (AFTER_SCHOOL_NEEDED + "，每周5天", "每周不少于5天" + AFTER_SCHOOL_NEEDED, "same"),
    (AFTER_SCHOOL_NEEDED + "，每周5天", "每周不少于3天" + AFTER_SCHOOL_NEEDED, "weaker"),
    # a reimbursement's time limit where the base pays directly: how long the family waits
    ("救助费用由定点机构直接结算，家庭无需垫付", "救助费用由家庭先行垫付，凭票据在30个工作日内报销", "weaker"),
    ("医疗费用直接结算", "医疗费用由个人先行支付，20个工作日内返还", "weaker"),
    # an age the base kept a promise to, dropped
    ("对有需要的14周岁以下流动儿童提供心理健康筛查", "对有需要的流动儿童提供心理健康筛查", "stronger"),
    ("为6周岁以下流动儿童提供健康检查", "为流动儿童提供健康检查", "stronger"),
    # one of two options gone, the other row pointing to the rules by name
    ("为符合条件的家庭实物配租公共租赁住房或者发放租赁补贴",
     "为符合条件的家庭发放租赁补贴；按公共租赁住房保障政策执行", "weaker"),
])
def test_quantities_and_options_read_from_fc396_to_fc399(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base,other,target,level", [
    # enrolment in the office's own area, a condition on the parents served
    ("在居住地享有家庭教育指导服务",
     "在辖区学校就读的流动儿童的父母，在居住地享有家庭教育指导服务", "流动儿童父母", "weaker"),
    # the offices that give it are no items given
    ("提供家庭教育指导服务", "由法院、检察院和教育、公安、妇联等部门为父母提供家庭教育指导服务", "流动儿童父母", "same"),
    ("提供法律援助服务", "由司法行政、共青团、妇联等单位提供法律援助服务", "流动儿童", "same"),
    # a base item said with a generic word around it (有关物资 → 相关物资救助), or a word inside (政策解读咨询)
    (EMERGENCY_AID, "在急难发生地给予临时救助金和相关物资救助，提供临时性生活照料和转介服务", "流动儿童", "same"),
    ("为父母提供职业介绍、创业指导和政策咨询等服务", "为父母提供职业介绍、创业指导和政策解读咨询等服务", "流动儿童", "same"),
])
def test_groups_and_items_read_from_fc396_to_fc399(markers, base, other, target, level):
    assert row_level(markers, base, other, target, target) == level


@pytest.mark.parametrize("grant", ["为符合条件的在校生提供国家助学金", "免除符合条件的在校生学费"])
def test_a_kind_of_student_named_is_no_first_years_limit_read_from_fc398(markers, grant):
    # 五年制高职前三年学生 names students counted with 中职, not a grant kept to the first years
    widened = "中等职业教育阶段流动儿童（含五年制高职前三年学生）"
    assert row_level(markers, grant, grant, "中等职业教育阶段流动儿童", widened) == "stronger"


# ---------------------------------------------------------------- read from fc400_level to fc403_level misses

FREE_TUITION_ROW = "为符合条件的中职在校生提供国家助学金；免除符合条件的中职在校生学费"


@pytest.mark.parametrize("base,other,level", [
    # the family's view of a benefit (享受…政策, 可在居住地签约家庭医生，享受…) and the provider's are one promise
    (FREE_TUITION_ROW, "中职在校生符合条件的，可申请国家助学金，并享受免除学费政策", "same"),
    ("中职在校生符合条件的，可申请国家助学金，并享受免除学费政策", "对符合条件的中职在校生发放国家助学金、免除学费", "same"),
    ("流动儿童可在居住地签约家庭医生，享受基本医疗服务和基本公共卫生服务",
     "为辖区流动儿童提供家庭医生签约服务以及基本医疗、基本公共卫生服务", "same"),
    # a 服务标准 cell that only points to the norms
    ("提供家庭医生签约服务、基本医疗服务", "流动儿童可签约家庭医生，并享受基本医疗服务；按国家规范提供", "same"),
    ("提供家庭医生签约服务", "提供家庭医生签约服务；按照国家基本公共卫生服务规范开展", "same"),
    # named first to be served
    ("提供家庭医生签约服务、基本医疗服务", "将流动儿童作为家庭医生签约服务的优先签约对象，提供基本医疗服务", "stronger"),
    # an event held for the children, on top
    ("为流动儿童提供阅读指导、精神陪伴等服务",
     "为流动儿童提供阅读指导、精神陪伴等服务；区图书馆每月为流动儿童举办一次亲子阅读活动", "stronger"),
    # one window in other words
    ("设立“一站式”服务窗口，为父母提供政策咨询等服务", "设立“一窗通办”综合服务窗口，为父母提供政策咨询等服务", "same"),
    # a widening said in the same clause in other words
    ("每学年开展心理健康筛查，覆盖全部在校流动儿童", "面向全体在校流动儿童，每学年开展心理健康筛查", "same"),
    # the places listed in another order
    ("依托学校、幼儿园和“童心港湾”、儿童之家等场所，每月组织1次文化活动",
     "每月在学校、幼儿园及儿童之家、“童心港湾”等场所组织1次文化活动", "same"),
    # the help toward a case sent home, moot where the case is taken here
    ("康复救助申请由监护人向户籍所在地残联提出，本市协助做好转介衔接", "就地受理康复救助申请，提供相关服务", "stronger"),
    # one option kept in other words (轮候配租公共租赁住房), the other gone
    ("为符合条件的家庭实物配租公共租赁住房或者发放租赁补贴", "对符合条件的家庭，按规定轮候配租公共租赁住房", "weaker"),
])
def test_views_lists_and_options_read_from_fc400_to_fc403(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc404_level to fc407_level misses

SETTLED_BY_FILING = "异地就医须事先办理备案，备案后方可直接结算"
REHAB_HERE = "就地受理残疾儿童康复救助申请"


@pytest.mark.parametrize("base,other,level", [
    # a step deemed taken (视同已备案) lifts the requirement for those it names
    (SETTLED_BY_FILING, SETTLED_BY_FILING + "；因急诊、抢救在县内定点医疗机构就医的，视同已备案，直接结算", "stronger"),
    (SETTLED_BY_FILING, SETTLED_BY_FILING + "；急诊就医的视同已经备案", "stronger"),
    # what the patient may collect free (可免费领取) is no 可 hedge on the office
    ("为家庭经济困难的患者免费提供基本抗精神病药物", "家庭经济困难的患者可免费领取基本抗精神病药物", "same"),
    ("为家庭经济困难的患者免费提供基本抗精神病药物", "家庭经济困难的患者可免费获得基本抗精神病药物", "same"),
    # a promise of related services where the other row names the services it gives
    (REHAB_HERE + "，提供相关服务", REHAB_HERE + "，在定点机构接受康复服务的，救助资金直接结算，家庭无需垫付", "stronger"),
    # a hedge the other clause puts on its next segment is kept
    ("对筛查发现问题的视情转介", "筛查发现问题的，视情况予以转介", "same"),
    ("对在校流动儿童每学年开展1次心理健康筛查，对筛查发现问题的视情转介",
     "每学年为在校流动儿童进行一次心理健康筛查；筛查发现问题的，视情况予以转介", "same"),
])
def test_steps_collections_and_hedges_read_from_fc404_to_fc407(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc408_level to fc411_level misses

SUMMER_CARE = "有条件的学校在暑期开展托管服务"


@pytest.mark.parametrize("base,other,level", [
    # a cost-shared charge gone for a service charged to no one (不向学生收取费用)
    (SUMMER_CARE + "，按照成本分担原则适当收取费用",
     SUMMER_CARE + "，所需经费由县财政保障，不向学生收取费用", "stronger"),
    (SUMMER_CARE + "，按照成本分担原则适当收取费用", SUMMER_CARE + "，不收取费用", "stronger"),
    # what those served must meet, dropped: a requirement lifted, no promise lost
    ("免除符合条件的中职在校生学费，其中流动儿童须父母一方在本市连续缴纳社会保险满3年",
     "免除符合条件的中职在校生学费", "stronger"),
    ("为中职在校生提供国家助学金，申请人须在本市连续居住满2年", "为中职在校生提供国家助学金", "stronger"),
    # the base's narrower group, qualifying its wider one, gone
    ("对纳入最低生活保障或特困人员救助供养范围的家庭经济困难儿童，资助其接受普惠性学前教育",
     "资助家庭经济困难的儿童接受普惠性学前教育", "stronger"),
    # counts over other periods are a frequency, not a floor lowered
    ("开展城市融入支持活动，每个街道每年至少组织2次", "开展城市融入支持活动，每个街道每季度至少组织1次", "stronger"),
    # a need the parents served must show
    ("面向流动儿童的父母及其他监护人开展家庭教育指导服务",
     "依托家长学校，对有需求的流动儿童父母及其他监护人开展家庭教育指导服务", "weaker"),
    # the items of a list sharing their last word (广播电视和网络视听节目), reordered
    ("组织创作、传播有利于流动儿童成长的广播电视和网络视听节目",
     "组织创作、传播有利于流动儿童成长的网络视听和广播电视节目", "same"),
])
def test_charges_requirements_and_groups_read_from_fc408_to_fc411(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_the_family_added_to_a_target_whose_parents_the_content_serves_read_from_fc411(markers):
    content = "开展流动儿童城市融入支持活动，为流动儿童父母提供政策咨询、职业介绍等服务"
    assert row_level(markers, content, content, "流动儿童", "流动儿童及其家庭") == "same"


# ---------------------------------------------------------------- read from fc412_level to fc415_level misses

CITY_GRANT_ROW = "为符合条件的中职在校生提供国家助学金；免除符合条件的中职在校生学费"
INSURED_HERE = "流动儿童可不受户籍限制在本市参加城乡居民基本医疗保险"


@pytest.mark.parametrize("base,other,level", [
    # a grant on top for some (另按…发放市级助学金) puts no condition on the base's grants
    (CITY_GRANT_ROW,
     CITY_GRANT_ROW + "；对家庭经济困难的流动儿童在校生，另按每生每年1000元标准发放市级助学金", "stronger"),
    # what the family may have settled (可办理…直接结算) is no hedge
    ("提供异地就医直接结算服务", "流动儿童在本县就医的，可办理异地就医费用直接结算", "same"),
    # those brought in (将其纳入…健康管理) receive what they enter
    ("按照规范提供严重精神障碍患者管理服务", "依照规范，将其纳入严重精神障碍患者健康管理", "same"),
    # a refusal (材料不全的不予受理) is no service
    ("符合条件的在流入地参加中考", "符合条件的在流入地参加中考；申请须提交居住证，材料不全的不予受理", "weaker"),
    # the family's view of signing a family doctor
    ("提供家庭医生签约服务、基本医疗服务",
     "流动儿童可享受基本医疗服务，并可与社区卫生服务机构签订家庭医生服务协议", "same"),
    ("提供家庭医生签约服务、基本医疗服务", "流动儿童可签约家庭医生，享受基本医疗服务", "same"),
    # examples of a kind the base names are no items
    ("流动儿童可在基层医疗卫生机构享受基本医疗服务",
     "流动儿童可在乡镇卫生院、社区卫生服务中心等基层医疗卫生机构享受基本医疗服务", "same"),
    # a narrower group joined to the wider by 且
    ("家庭经济困难儿童接受普惠性学前教育的，给予资助",
     "家庭经济困难且已纳入低保的儿童接受普惠性学前教育的，给予资助", "weaker"),
    # a lift that names what it lifts lifts nothing else
    (INSURED_HERE, "持有居住证的" + INSURED_HERE, "weaker"),
])
def test_grants_views_and_lifts_read_from_fc412_to_fc415(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base_target,other_target,level", [
    ("在本市居住满半年的流动儿童", "在本市居住满3个月的流动儿童", "stronger"),
    ("在本市居住满1年的流动儿童", "在本市居住满半年的流动儿童", "stronger"),
    ("在本市居住满3个月的流动儿童", "在本市居住满半年的流动儿童", "weaker"),
])
def test_half_a_year_reached_is_six_months_read_from_fc412(markers, base_target, other_target, level):
    assert row_level(markers, "提供临时救助", "提供临时救助", base_target, other_target) == level


# ---------------------------------------------------------------- read from fc416_level to fc419_level misses

RIDE_FREE = "可免费乘坐本市城市公交车"
CASES_AT_HOME = "在认定相关情形时提供“跨省通办”服务，协助流动儿童向户籍地申领基本生活费或生活补贴"


@pytest.mark.parametrize("base,other,level", [
    # a condition on those named and nothing else (由成年人携带), dropped: lifted
    ("6周岁以下儿童由成年人携带，" + RIDE_FREE, "6周岁以下儿童" + RIDE_FREE, "stronger"),
    ("6周岁以下儿童" + RIDE_FREE, "6周岁以下儿童由成年人携带，" + RIDE_FREE, "weaker"),
    # a base service given free to some only: who may have it is limited too
    ("提供家庭医生签约服务、基本医疗服务",
     "提供基本医疗服务；对在本市居住满一年的流动儿童免费提供家庭医生签约服务（签约服务费由财政承担）", "mixed"),
    # a subsidy toward a service the base gives (职业培训补贴) is money added, not the service
    ("为父母提供职业介绍、职业培训等服务",
     "为父母提供职业介绍、职业培训等服务，参加职业培训的按规定给予职业培训补贴", "stronger"),
    # a case left to the 户籍地 office, now taken here
    ("相关情形由儿童户籍地民政部门认定，本市协助申领基本生活费", CASES_AT_HOME, "stronger"),
    # the winter break dropped (寒暑假 → 暑期)
    ("开设寒暑假托管班，提供看护和作业辅导", "开设暑期托管班，提供看护和作业辅导", "weaker"),
    # a way of applying the other row gives as 跨省通办
    ("流动儿童监护人可在居住地申请相关情形认定，通过“跨省通办”办理；协助其向户籍地申领基本生活费或生活补贴",
     CASES_AT_HOME, "same"),
    # a grant the 户籍地 pays is no help turned into the service itself
    (CASES_AT_HOME,
     "相关情形认定由监护人向户籍地县级民政部门提出申请，基本生活费或生活补贴由户籍地按规定发放", "weaker"),
    # an item's time limit changed is the limit, not an item lost and one gained
    ("情况紧急的，24小时内先行救助、事后补办手续", "情况紧急的，受理后3个工作日内先行救助、事后补办手续", "weaker"),
])
def test_conditions_ways_and_items_read_from_fc416_to_fc419(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_an_age_inside_the_groups_own_range_is_a_gloss_read_from_fc416(markers):
    content = "按照国家免疫规划提供接种服务；有条件的地方就近提供托育服务"
    assert row_level(markers, content, content, "0-6岁流动儿童", "0-6岁流动儿童（含3岁以下婴幼儿）") == "same"


# ---------------------------------------------------------------- read from fc420_level to fc423_level misses

SCHOOLING_ROW = "保障流动儿童接受义务教育，免除学杂费，免费提供教科书；为家庭经济困难流动儿童提供生活补助"
GUIDED_PARENTS = "对流动儿童父母或者其他监护人提供家庭教育指导服务"


@pytest.mark.parametrize("base,other,level", [
    # a service lost beside another given by the same verb (免费提供课后服务 beside 免费提供教科书)
    (SCHOOLING_ROW + "；免费提供课后服务", SCHOOLING_ROW, "weaker"),
    # papers another office issues, required first (提供…出具的情况证明后)
    ("监护人可在居住地申请相关情形认定",
     "监护人提供户籍地乡镇（街道）出具的情况证明后，可在居住地申请相关情形认定", "weaker"),
    # the parents of pupils only (对在校流动儿童的父母), given more often
    (GUIDED_PARENTS, "依托家长学校，对在校流动儿童的父母或者其他监护人每学期提供不少于2次家庭教育指导服务", "mixed"),
    # a service added when needed (必要时由…提供): given as the child needs it
    ("发放临时救助金，提供临时生活照料", "发放临时救助金，提供临时生活照料；必要时由救助管理机构提供临时住宿", "stronger"),
    # a hedge on a kind of school (有条件的义务教育学校)
    ("义务教育学校在工作日放学后提供课后服务", "有条件的义务教育学校在工作日放学后提供课后服务", "weaker"),
])
def test_services_papers_and_parents_read_from_fc420_to_fc423(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base_target,other_target,level", [
    # circumstances any one of which qualifies: one dropped narrows, one added widens
    ("监护缺失、监护不当或遭受侵害的流动儿童", "监护缺失或遭受侵害的流动儿童", "weaker"),
    ("监护缺失或遭受侵害的流动儿童", "监护缺失、监护不当或遭受侵害的流动儿童", "stronger"),
    # a quantity among them is compared as a number
    ("6周岁以下或身高1.3米以下的流动儿童", "6周岁以下或身高1.4米以下的流动儿童", "stronger"),
])
def test_alternative_circumstances_read_from_fc422(markers, base_target, other_target, level):
    assert row_level(markers, "提供临时监护和照料", "提供临时监护和照料", base_target, other_target) == level


# ---------------------------------------------------------------- read from fc424_level to fc427_level misses

VOCATIONAL_FEES = "免除符合条件的中等职业教育在校生学费"


@pytest.mark.parametrize("base,other,level", [
    # every one of those named (一律), even in a clause recast, and the reverse
    (VOCATIONAL_FEES, "流动儿童在本市中等职业学校就读的，一律免除学费", "stronger"),
    (VOCATIONAL_FEES, "对在本市中等职业学校就读的流动儿童一律免除学费", "stronger"),
    ("流动儿童在本市中等职业学校就读的，一律免除学费", VOCATIONAL_FEES, "weaker"),
    # the children allowed (支持…流动儿童…就读) is no soft hedge
    ("允许符合条件的流动儿童在流入地普通高中就读", "支持符合条件的流动儿童在我市普通高中就读", "same"),
    # a lift that names several conditions at length (不设父母社保缴纳年限、居住年限等附加条件)
    ("符合条件的在流入地参加中考", "流动儿童均可在就读地参加中考，不设父母社保缴纳年限、居住年限等附加条件", "stronger"),
    # what the family may do free (可以免费咨询) is no hedge on the office
    ("为流动儿童提供免费法律咨询", "流动儿童可以免费咨询法律问题", "same"),
])
def test_everyone_lifts_and_permissions_read_from_fc424_to_fc427(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc428_level to fc431_level misses

RELIEF_HERE = "在急难发生地发放临时救助金和有关物资，提供临时生活照料和转介服务"


@pytest.mark.parametrize("base,other,level", [
    # a benefit left to the 户籍地's rules (免学费按照其户籍地有关政策执行), given here plainly
    ("为在校生提供国家助学金；在校生免学费按照其户籍地有关政策执行",
     "为在校生提供国家助学金；免除符合条件的在校生学费", "stronger"),
    # relief left to the 户籍地 in principle, and here only in an emergency, given here in every case
    ("原则上由户籍地实施临时救助；情况紧急的，" + RELIEF_HERE, RELIEF_HERE, "stronger"),
])
def test_relief_left_to_the_home_place_read_from_fc428_to_fc431(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc432_level to fc439_level misses

PRESCHOOL_AID_ROW = "符合条件的就近在普惠性幼儿园入园；资助家庭经济困难的儿童接受普惠性学前教育"
CLINIC_ROW = "提供家庭医生签约服务、基本医疗服务、基本公共卫生服务"


@pytest.mark.parametrize("base,other,level", [
    # what one must meet to have the row's service, said in a 备注 (享受本项服务须…)
    (PRESCHOOL_AID_ROW, PRESCHOOL_AID_ROW + "；享受本项服务须父母一方在本省连续缴纳社会保险满6个月", "weaker"),
    (PRESCHOOL_AID_ROW, PRESCHOOL_AID_ROW + "；申请上述资助须持有本市居住证", "weaker"),
    # services joined to the verb before them (以及…保健服务)
    (CLINIC_ROW, CLINIC_ROW + "，以及儿童眼保健和口腔保健服务", "stronger"),
    # 先行实施 is 先行给予; 上门送教 is 送教上门
    ("申领期间生活确有困难的，由居住地民政部门先行给予临时救助",
     "申领期间生活确有困难的，由区民政局先行实施临时救助", "same"),
    ("对不能到校就读的重度残疾儿童提供送教上门服务", "重度残疾儿童不能到校就读的，由学校上门送教", "same"),
])
def test_conditions_in_notes_and_joined_services_read_from_fc432_to_fc439(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc440_level to fc447_level misses

SECONDARY_FEES_ROW = "为普通高中在校生中的家庭经济困难学生提供国家助学金"


@pytest.mark.parametrize("base,other,level", [
    # a share of the fee taken off where the base waived it
    (SECONDARY_FEES_ROW + "；免除符合条件的学生学杂费",
     SECONDARY_FEES_ROW + "；对符合条件的学生按50%减收学杂费", "weaker"),
    # within the year's budget, a hedge on the grant
    ("为符合条件的在校生提供国家助学金", "在年度资金预算范围内，为符合条件的在校生提供国家助学金", "weaker"),
    # equal treatment said as 一视同仁: no 户籍 condition added
    ("符合条件的就近在普惠性幼儿园入园",
     "符合条件的流动儿童就近在普惠性幼儿园入园，公办幼儿园招生时与本市户籍儿童一视同仁", "same"),
    # jobs put to the parents in other words
    ("为流动儿童父母提供政策咨询、职业介绍等服务", "为流动儿童父母提供政策咨询、就业岗位推介等服务", "same"),
])
def test_fees_budgets_and_equal_treatment_read_from_fc440_to_fc447(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc448_level to fc451_level misses

WEEKDAY_CARE = "义务教育学校为有需要的流动儿童提供课后服务"


@pytest.mark.parametrize("base,other,level", [
    # every weekday is five days a week: a floor of three is lower
    (WEEKDAY_CARE + "，每个工作日不少于2小时", WEEKDAY_CARE + "，每周不少于3天、每天不少于2小时", "weaker"),
    (WEEKDAY_CARE + "，每个工作日不少于2小时", WEEKDAY_CARE + "，每周不少于5天、每天不少于2小时", "same"),
    # a line that points to the year's notice for the papers
    ("保障流动儿童接受义务教育", "保障流动儿童接受义务教育；入学所需材料以当年招生公告为准", "same"),
])
def test_weekdays_and_notices_read_from_fc448_to_fc451(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc452_level to fc455_level misses


def test_a_reasonable_charge_is_a_charge_read_from_fc454(markers):
    # 按成本合理收取费用 brings in a charge for most, beside a free place for the poor, where the base charged no one
    # (合理 says how much, not that it helps): never stronger
    base = ["暑期开展公益性托管服务，每期不少于4周，不收取费用"]
    other = ["暑期开展托管服务，每期不少于4周，家庭经济困难学生免费参加，其他学生按成本合理收取费用"]
    judged = judge_items(base, other, markers, PairSetting())
    assert judged.level.value != "stronger"
    assert any(r.direction.value == "weaker" and "收取费用" in r.other for r in judged.reasons)


# ---------------------------------------------------------------- read from fc456_level to fc459_level misses

SUMMER_CLASS = "暑假期间开办爱心暑托班，流动儿童可就近报名参加"


@pytest.mark.parametrize("base,other,level", [
    # a capped fee with the poor exempt, made free for every child: the fee gone, the exemption widened
    (SUMMER_CLASS + "，每期收费不超过300元，家庭经济困难的免费", SUMMER_CLASS + "，全程免费", "stronger"),
    (SUMMER_CLASS + "，家庭经济困难的免费", SUMMER_CLASS + "，一律免费", "stronger"),
    # and the reverse: free for all made a capped fee, free for the poor only (the cap caps a charge brought in)
    (SUMMER_CLASS + "，全程免费", SUMMER_CLASS + "，每期收费不超过300元，家庭经济困难的免费", "weaker"),
    (SUMMER_CLASS + "，免费提供托管服务", SUMMER_CLASS + "，每期收费不超过300元，家庭经济困难的免费", "weaker"),
    # hours said to run later, and a venue open all year instead of on holidays only
    ("依托学校提供课后服务", "依托学校提供课后服务，课后服务时间延长至19时", "stronger"),
    ("依托学校提供课后服务，课后服务时间延长至19时", "依托学校提供课后服务", "weaker"),
    ("公共体育场馆在节假日和寒暑假期间向流动儿童开放", "公共体育场馆全年向流动儿童开放", "stronger"),
    ("公共体育场馆全年向流动儿童开放", "公共体育场馆在节假日和寒暑假期间向流动儿童开放", "weaker"),
    # no longer free, but open all year: one change each way
    ("公共体育场馆在节假日和寒暑假期间向流动儿童免费开放",
     "公共体育场馆全年向流动儿童开放，按不超过正常票价50%的标准收费", "mixed"),
])
def test_free_for_all_and_longer_hours_read_from_fc456_to_fc459(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc460_level to fc463_level misses

GRANT_ROW = "为{}符合条件的中等职业教育在校生提供国家助学金"


@pytest.mark.parametrize("base,other,level", [
    # grades listed with the word once or each time, or as school years: one run of grades
    (GRANT_ROW.format("一、二年级"), GRANT_ROW.format("一年级、二年级"), "same"),
    (GRANT_ROW.format("二、三年级"), GRANT_ROW.format("二年级和三年级"), "same"),
    (GRANT_ROW.format("一、二年级"), GRANT_ROW.format("第一、第二学年"), "same"),
    (GRANT_ROW.format("一、二年级"), GRANT_ROW.format("1至2年级"), "same"),
    # a grade dropped or added is the group narrowed or widened, never a limit lifted
    (GRANT_ROW.format("一、二年级"), GRANT_ROW.format("一年级"), "weaker"),
    (GRANT_ROW.format("一年级"), GRANT_ROW.format("一、二年级"), "stronger"),
    (GRANT_ROW.format("一、二年级"), GRANT_ROW.format("一至三年级"), "stronger"),
    ("免除第一、二学年学费", "免除第一学年学费", "weaker"),
    # and named before 符合条件的 where the base names none
    (GRANT_ROW.format(""), "为中等职业教育一、二年级符合条件的在校生提供国家助学金", "weaker"),
])
def test_runs_of_grades_read_from_fc460_to_fc463(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base_target,other_target", [
    ("在园在校流动儿童", "在幼儿园、中小学就读的流动儿童"),
    ("在幼儿园、中小学就读的流动儿童", "在园在校流动儿童"),
    ("在园流动儿童", "在幼儿园就读的流动儿童"),
    ("在校流动儿童", "在中小学校就读的流动儿童"),
])
def test_at_school_said_as_studying_at_a_school_is_the_same_group_read_from_fc460(markers, base_target, other_target):
    content = "依托家长学校，对流动儿童父母提供家庭教育指导服务"
    assert row_level(markers, content, content, base_target, other_target) == "same"


def test_a_bare_limit_is_still_a_narrowing_where_the_other_names_no_school(markers):
    content = "依托家长学校，对流动儿童父母提供家庭教育指导服务"
    assert row_level(markers, content, content, "流动儿童", "在校流动儿童") == "weaker"
    assert row_level(markers, content, content, "流动儿童", "在幼儿园就读的流动儿童") == "weaker"


# ---------------------------------------------------------------- read from fc464_level to fc467_level misses

HOME_VISITS = "由儿童主任{}至少入户探访1次困境流动儿童家庭"
PRESCHOOL_GRANT = "资助家庭经济困难的儿童接受普惠性学前教育"


@pytest.mark.parametrize("base,other,level", [
    # every half month is more often than every month
    (HOME_VISITS.format("每月"), HOME_VISITS.format("每半个月"), "stronger"),
    (HOME_VISITS.format("每半个月"), HOME_VISITS.format("每月"), "weaker"),
    # public schools first, dropped for a pool of public and private places; kept when said as a share or 主要由
    ("以公办学校为主保障就近入学", "统筹公办学校和民办学校（含政府购买学位）学位资源安排就近入学", "weaker"),
    ("以公办学校为主保障就近入学", "主要由公办学校保障就近入学", "same"),
    ("流动儿童在公办学校就读比例不低于85%，保障就近入学", "以公办学校为主保障就近入学", "weaker"),
    # a cap on how many are helped, dropped while the help is still given: the cap lifted
    (PRESCHOOL_GRANT + "，资助名额不超过在园流动儿童总数的10%", PRESCHOOL_GRANT, "stronger"),
    (PRESCHOOL_GRANT, PRESCHOOL_GRANT + "，资助名额不超过在园流动儿童总数的10%", "weaker"),
])
def test_frequency_public_schools_and_quotas_read_from_fc464_to_fc467(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base_target,other_target,level", [
    # some chosen from the group: narrowed, or widened the other way round
    ("困境流动儿童", "困境流动儿童中的低保、特困家庭儿童", "weaker"),
    ("困境流动儿童中的低保、特困家庭儿童", "困境流动儿童", "stronger"),
])
def test_some_chosen_from_the_group_read_from_fc418(markers, base_target, other_target, level):
    content = "由儿童主任每月至少走访1次困境流动儿童家庭，建立一人一档"
    assert row_level(markers, content, content, base_target, other_target) == level


def test_those_chosen_named_in_the_content_instead_are_the_same_group(markers):
    # 流动儿童中的残疾儿童 → 流动儿童, with 残疾儿童 in the content: moved, not widened
    content = "就地受理残疾儿童康复救助申请，提供相关服务"
    assert row_level(markers, content, content, "流动儿童中的残疾儿童", "流动儿童") == "same"


# ---------------------------------------------------------------- read from fc468_level to fc471_level misses

REHAB_APPLY = "为符合条件的办理残疾人两项补贴；{}，提供相关服务"
CASES_APPLY = "{}；协助流动儿童向户籍地申领基本生活费或生活补贴"


@pytest.mark.parametrize("base,other,level", [
    # help toward a step taken back home is part of that lesser way: gone, or added, beside handling it here
    (REHAB_APPLY.format("残疾儿童康复救助申请由户籍所在地受理，居住地协助转介"),
     REHAB_APPLY.format("就地受理残疾儿童康复救助申请"), "stronger"),
    (REHAB_APPLY.format("就地受理残疾儿童康复救助申请"),
     REHAB_APPLY.format("残疾儿童康复救助申请由户籍所在地受理，居住地协助转介"), "weaker"),
    (CASES_APPLY.format("在认定相关情形时提供“跨省通办”服务"),
     CASES_APPLY.format("相关情形由监护人回户籍地申请认定，居住地民政部门提供政策咨询和指引"), "weaker"),
    # what the home place gives is no promise of this list's to weaken (基本生活费由户籍地发放 → 协助申领)
    ("由监护人向户籍地民政部门申请认定，居住地民政部门协助开具相关证明材料，基本生活费或生活补贴由户籍地发放",
     "在认定相关情形时提供“跨省通办”服务，协助流动儿童向户籍地申领基本生活费或生活补贴", "stronger"),
    # one of two ways offered dropped, said with 通过…予以保障
    ("对符合条件的流动儿童家庭，通过公共租赁住房实物保障或者发放租赁补贴予以保障",
     "对符合条件的流动儿童家庭发放租赁补贴", "weaker"),
    ("为符合条件的流动儿童家庭实物配租公共租赁住房或者发放租赁补贴",
     "对符合条件的流动儿童家庭，通过配租公共租赁住房或者发放住房租赁补贴方式予以保障", "same"),
])
def test_help_toward_home_and_ways_offered_read_from_fc468_to_fc471(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc472_level to fc475_level misses

SCREENING_HERE = "提供家庭医生签约服务、基本医疗服务、基本公共卫生服务"


@pytest.mark.parametrize("base_target,other_target", [
    # a bracket that defines the group, every word of it only describing migrant children: no condition
    ("流动儿童", "流动儿童（非本市户籍、随父母或者其他监护人在本市居住的未满18周岁儿童）"),
    ("流动儿童（非本市户籍、随父母或者其他监护人在本市居住的未满18周岁儿童）", "流动儿童"),
])
def test_a_bracket_defining_the_group_is_no_condition_read_from_fc473(markers, base_target, other_target):
    assert row_level(markers, SCREENING_HERE, SCREENING_HERE, base_target, other_target) == "same"


def test_a_bracket_with_a_requirement_is_still_a_condition(markers):
    other_target = "流动儿童（持有本市居住证、在本市居住满1年的未满18周岁儿童）"
    assert row_level(markers, SCREENING_HERE, SCREENING_HERE, "流动儿童", other_target) == "weaker"


@pytest.mark.parametrize("base,other,level", [
    # the group a segment begins with, who may have it (the family's view of 为…提供): a limit put on it narrows it
    ("有需要的流动儿童可接受心理健康筛查", "有需要的在校流动儿童可接受心理健康筛查", "weaker"),
    ("流动儿童可接受心理健康筛查", "在校流动儿童可接受心理健康筛查", "weaker"),
    ("为有需要的流动儿童提供心理健康筛查", "有需要的流动儿童可接受心理健康筛查", "same"),
])
def test_the_group_a_segment_begins_with_read_from_fc474(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc476_level to fc479_level misses

DOCTOR_ROW = "提供家庭医生签约服务、基本医疗服务、基本公共卫生服务"


@pytest.mark.parametrize("base,other,level", [
    # a waiver kept to the pupils of public schools; a grant kept to boarders (随迁子女 read as a group)
    ("免除符合条件的中等职业教育在校生学费", "免除符合条件的公办中等职业学校在校生学费", "weaker"),
    ("对家庭经济困难的随迁子女发放生活补助", "对家庭经济困难的寄宿制随迁子女发放生活补助", "weaker"),
])
def test_public_school_pupils_and_boarders_read_from_fc476(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_public_school_pupils_said_as_studying_at_one_narrow_nothing(markers):
    judged = judge_items(["免除在本市公办中等职业学校就读的在校生学费"], ["免除本市公办中等职业学校在校生学费"], markers,
                         PairSetting())
    assert not any(r.direction.value == "weaker" and "公办" in r.other for r in judged.reasons)


def test_a_time_in_words_is_a_condition_read_from_fc476(markers):
    # 居住半年以上: a length of residence, a requirement, though it holds no digit and no 满
    assert row_level(markers, DOCTOR_ROW, DOCTOR_ROW, "流动儿童", "在居住地居住半年以上的流动儿童") == "weaker"
    assert row_level(markers, DOCTOR_ROW, DOCTOR_ROW, "流动儿童", "在本市居住两年以上的流动儿童") == "weaker"
    assert row_level(markers, DOCTOR_ROW, DOCTOR_ROW, "流动儿童", "在居住地居住的流动儿童") == "same"


# ---------------------------------------------------------------- read from fc480_level to fc487_level misses

SETTLED_IN_PROVINCE = "做好儿童医疗保障相关工作，{}提供异地就医直接结算服务"
PARENTS_TRAINING = "为流动儿童父母提供政策咨询、职业介绍、{}职业技能培训等服务"


@pytest.mark.parametrize("base,other,level", [
    # settlement kept within the province, said at length
    (SETTLED_IN_PROVINCE.format(""), SETTLED_IN_PROVINCE.format("在本省范围内"), "weaker"),
    # a fee the family bears, its sum between the fee and who bears it
    ("流动儿童可签约家庭医生，享受基本医疗服务", "流动儿童可签约家庭医生，签约服务费每人每年120元由个人承担", "weaker"),
    # a subsidy toward training the base gave free: less than free, no service added
    (PARENTS_TRAINING.format("免费"), PARENTS_TRAINING.format("") + "，参加职业技能培训的按规定给予培训补贴", "weaker"),
    (PARENTS_TRAINING.format(""), PARENTS_TRAINING.format("") + "，参加职业技能培训的按规定给予培训补贴", "stronger"),
])
def test_settlement_fees_borne_and_subsidised_training_read_from_fc480_to_fc487(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc488_level to fc491_level misses

MIND_SCREENING = "心理健康筛查，符合条件的纳入精神障碍社区康复服务范围"


@pytest.mark.parametrize("base,other,level", [
    # a service given in some schools, to a sample: coverage cut (the schools are where it is held, no group added)
    ("对有需要的流动儿童提供" + MIND_SCREENING, "每学年在部分中小学抽样开展流动儿童" + MIND_SCREENING, "weaker"),
    ("每学年在部分中小学抽样开展流动儿童" + MIND_SCREENING, "对有需要的流动儿童提供" + MIND_SCREENING, "stronger"),
    ("在中小学校、幼儿园开展安全教育，每学期不少于2次", "每学期在中小学校、幼儿园组织不少于2次安全教育", "same"),
])
def test_a_sample_in_some_schools_read_from_fc491(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc500_level misses

@pytest.mark.parametrize("base,other,level", [
    # how often a family may be helped, capped in any of the words a list uses: the help is limited
    (RELIEF, RELIEF + "；同一家庭12个月内只予救助1次", "weaker"),
    (RELIEF, RELIEF + "；同一家庭一年内至多救助一次", "weaker"),
    (RELIEF, RELIEF + "；每户每年限救助1次", "weaker"),
    (RELIEF + "；同一家庭12个月内只予救助1次", RELIEF, "stronger"),
])
def test_how_often_a_family_is_helped_capped_read_from_fc500(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc504_level to fc507_level misses

KINDERGARTEN_OPEN = "，入园不受户籍限制，与本市户籍儿童同等对待"
INSURED_ANYWHERE = "流动儿童可不受户籍限制参加医保；提供异地就医直接结算服务"
CUSTODY_COSTS = "对暂时无人照料的流动儿童安排临时监护并提供生活照料{}；临时监护期间的生活费用由民政部门{}"


@pytest.mark.parametrize("base,other,level", [
    # a restriction both rows lift is lifted on both sides, whatever else is reworded
    ("就近在普惠性幼儿园入园" + KINDERGARTEN_OPEN, "就近入读普惠性幼儿园" + KINDERGARTEN_OPEN, "same"),
    # a lift of another restriction than the base lifts is new (a filing waived beside 不受户籍限制)
    (INSURED_ANYWHERE, INSURED_ANYWHERE + "，在本县住院的免于办理异地就医备案", "stronger"),
    ("不受户籍限制；法律援助免予经济困难状况审查", "不受户籍限制；法律援助不需审查经济困难状况", "same"),
    # the terms of a filing the family must meet first: a condition
    ("提供异地就医直接结算服务", "符合异地就医备案条件的，可办理异地就医直接结算", "weaker"),
    # what is left after a reimbursement, borne by the family; a cost advanced, then recovered from the family
    ("提供疾病治疗服务", "提供疾病治疗服务，医保报销后个人自付部分由监护人承担", "weaker"),
    (CUSTODY_COSTS.format("", "保障"), CUSTODY_COSTS.format("和心理疏导", "先行垫付，再依法向其监护人追偿"), "mixed"),
])
def test_lifts_compared_by_what_they_lift_and_costs_left_to_the_family_read_from_fc504_to_fc507(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc508_level to fc511_level misses

SUBSIDIES_NAMED = "为符合条件的办理{}；就地受理残疾儿童康复救助申请"
SCHOOL_FREE = "免费提供教科书；以公办学校为主保障就近入学"
HEALTH_CARE = "按照国家基本公共卫生服务规范提供健康管理服务"


@pytest.mark.parametrize("base,other,level", [
    # a bundle named as one (残疾人两项补贴) is the list it stands for: a row naming one part loses the other
    (SUBSIDIES_NAMED.format("残疾人两项补贴"), SUBSIDIES_NAMED.format("困难残疾人生活补贴"), "weaker"),
    (SUBSIDIES_NAMED.format("残疾人两项补贴"), SUBSIDIES_NAMED.format("重度残疾人护理补贴"), "weaker"),
    (SUBSIDIES_NAMED.format("残疾人两项补贴"), SUBSIDIES_NAMED.format("困难残疾人生活补贴和重度残疾人护理补贴"), "same"),
    (SUBSIDIES_NAMED.format("残疾人两项补贴"), SUBSIDIES_NAMED.format("残疾人2项补贴"), "same"),
    # a service given free in the words of a charge not taken from the family
    (SCHOOL_FREE, SCHOOL_FREE + "；课后服务不向流动儿童家庭收取费用", "stronger"),
    # what the insured pays first and claims back at home is no advance by the office
    (SETTLEMENT, "做好儿童医疗保障相关工作；就医费用由参保人先行垫付，回参保地按规定报销", "weaker"),
    # a visit already made at home; the office's own area named as 辖区; how a period is counted
    ("由社区儿童主任定期走访，建立关爱台账", "由社区儿童主任定期入户探访，建立关爱台账", "same"),
    ("统一为在本市中小学就读的流动儿童投保学生意外伤害保险", "统一为在辖区中小学就读的流动儿童投保学生意外伤害保险", "same"),
    (HEALTH_CARE, HEALTH_CARE + "；居住时间自办理居住登记之日起计算", "same"),
])
def test_bundles_free_waivers_and_the_familys_advance_read_from_fc508_to_fc511(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc512_level to fc515_level misses

HOUSING_OPTIONS = "为符合当地住房保障条件的流动儿童家庭实物配租{}"
EITHER_WAY = "公共租赁住房或者发放租赁补贴"
RELIEF_CARE = "在急难发生地发放临时救助金和有关物资，提供临时生活照料{}和转介服务"


@pytest.mark.parametrize("base,other,level", [
    # one more way to be given what the base gives one way or another; the same ways reordered
    (HOUSING_OPTIONS.format(EITHER_WAY), HOUSING_OPTIONS.format("公共租赁住房、保障性租赁住房或者发放租赁补贴"), "stronger"),
    (HOUSING_OPTIONS.format(EITHER_WAY), "为符合当地住房保障条件的流动儿童家庭发放租赁补贴或者实物配租公共租赁住房", "same"),
    # two things given together made one or the other
    ("在急难发生地发放临时救助金和有关物资", "在急难发生地发放临时救助金或有关物资", "weaker"),
    # a cost the family meets itself, even in brackets
    (RELIEF_CARE.format(""), RELIEF_CARE.format("（伙食费自理）"), "weaker"),
    # free said as no charge, as a free ticket; an online channel the office supports is no hedge
    ("免费提供家庭医生签约服务，提供基本公共卫生服务", "家庭医生签约服务不收费；同时提供基本公共卫生服务", "same"),
    ("身高1.3米以下儿童免费乘车", "身高1.3米以下儿童免票乘车", "same"),
    ("就地受理残疾儿童康复救助申请", "就地受理残疾儿童康复救助申请，支持通过“政务服务”平台线上申请", "stronger"),
    # the standard and the scope of a waiver left to the rules: no service added
    ("免除符合条件的中职在校生学费", "免除符合条件的中职在校生学费。资助标准和免学费范围按照国家有关规定执行", "same"),
])
def test_options_either_or_costs_met_and_free_in_other_words_read_from_fc512_to_fc515(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc516_level to fc519_level misses

MIND_CARE = "对有需要的流动儿童提供心理健康筛查，符合条件的{}纳入精神障碍社区康复服务范围"


@pytest.mark.parametrize("base,other,level", [
    # a benefit word moved into the clause before is not gained; said once more, it is
    ("保障流动儿童接受义务教育；以公办学校为主保障就近入学", "坚持以公办学校为主，保障流动儿童就近入学、接受义务教育",
     "same"),
    ("乘坐公交车享受半价优惠，身高1.3米以下儿童免费乘车", "免费乘坐公交车，身高1.3米以下儿童免费乘车", "stronger"),
    # a promise to include turned into a recommendation to
    (MIND_CARE.format(""), MIND_CARE.format("可推荐"), "weaker"),
])
def test_benefit_words_moved_and_inclusion_recommended_read_from_fc516_to_fc519(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc520_level to fc523_level misses

RENT_CAP = "发放租赁补贴，租赁补贴发放期限{}"


@pytest.mark.parametrize("base,other,level", [
    # a cap on how long or how often a benefit is given, raised or lowered, in years, months or times
    (RENT_CAP.format("累计不超过2年"), RENT_CAP.format("累计不超过3年"), "stronger"),
    (RENT_CAP.format("最长不超过2年"), RENT_CAP.format("最长不超过18个月"), "weaker"),
    (RENT_CAP.format("累计不超过24个月"), RENT_CAP.format("累计不超过2年"), "same"),
    ("发放临时救助金，每户每年限救助2次", "发放临时救助金，每户每年限救助1次", "weaker"),
])
def test_a_cap_on_a_benefit_raised_or_lowered_read_from_fc520(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc524_level to fc527_level misses

HEALTH_CHECKS = "为{}流动儿童提供健康管理服务"
PARENTS_HELP = "为流动儿童父母提供政策咨询、职业介绍等服务"


@pytest.mark.parametrize("base,other,level", [
    # one age said as a range, as a bound, or from birth
    (HEALTH_CHECKS.format("0-6岁"), HEALTH_CHECKS.format("出生至未满7周岁的"), "same"),
    (HEALTH_CHECKS.format("0-6岁"), HEALTH_CHECKS.format("6周岁及以下"), "same"),
    (HEALTH_CHECKS.format("6周岁及以下"), HEALTH_CHECKS.format("未满7周岁的"), "same"),
    ("就近提供3岁以下婴幼儿托育服务", "就近提供未满3周岁婴幼儿托育服务", "same"),
    (HEALTH_CHECKS.format("3-6岁"), HEALTH_CHECKS.format("3-5岁"), "weaker"),
    # a service held only at some times of the year, or all year round
    (PARENTS_HELP, "每年“春风行动”期间" + PARENTS_HELP, "weaker"),
    ("每年“春风行动”期间" + PARENTS_HELP, "常年" + PARENTS_HELP, "stronger"),
    ("开展有流动儿童参加的文化活动", "寒暑假期间开展有流动儿童参加的文化活动", "weaker"),
])
def test_one_age_said_many_ways_and_services_held_part_of_the_year_read_from_fc524_to_fc527(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc524_level to fc539_level misses

PUBLIC_SHARE = "以公办学校为主保障就近入学，在{}学校就读的比例{}"
TRANSPORT = "对残疾学生特殊学习用品、教育训练、{}等予以补助"
WINTER = "{}对生活仍有困难的儿童采取必要措施给予生活保障"
TOP_UP = "对生活仍有困难的儿童，按当地低保标准的{}增发低保金"


@pytest.mark.parametrize("base,other,level", [
    # years stated whole or in parts
    (TWELVE_YEARS, "为家庭经济困难的残疾学生提供涵盖九年义务教育和三年高中阶段教育的免费教育", "same"),
    (TWELVE_YEARS, "为家庭经济困难的残疾学生提供9年义务教育免费教育", "weaker"),
    # a share as its converse, in tenths or as a fraction
    (PUBLIC_SHARE.format("公办", "不低于85%"), PUBLIC_SHARE.format("非公办", "控制在15%以内"), "same"),
    (PUBLIC_SHARE.format("公办", "不低于85%"), PUBLIC_SHARE.format("非公办", "控制在25%以内"), "weaker"),
    (PUBLIC_SHARE.format("公办", "不低于85%"), PUBLIC_SHARE.format("公办", "不低于八成"), "weaker"),
    (TOP_UP.format("30%"), TOP_UP.format("四分之一"), "weaker"),
    # the times of year a service is held in, led by a phrase of their own or compared by their months
    (SCREENING, "每学年新生入学时，" + SCREENING, "weaker"),
    (VENUES, "寒暑假期间，依托" + VENUES[1:].replace("场所开展", "场所，开展"), "weaker"),
    ("租赁补贴仅在每年一、二季度集中受理", "租赁补贴于每年1月至6月集中受理", "same"),
    ("为流动儿童提供暑期托管服务", "为流动儿童提供寒暑假托管服务", "stronger"),
    (WINTER.format("在冬春两季"), WINTER.format("每年冬季、春季"), "same"),
    (WINTER.format("在冬春两季"), WINTER.format("每年冬季"), "weaker"),
    # an item swapped for a narrower one (a modifier before the same head), not an item gained
    (TRANSPORT.format("交通费"), TRANSPORT.format("寄宿生往返交通费"), "weaker"),
    (TRANSPORT.format("交通费"), TRANSPORT.format("交通费、生活费"), "stronger"),
])
def test_years_in_parts_shares_in_other_words_times_of_year_and_narrower_items_read_from_fc524_to_fc539(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc540_level to fc543_level misses

TODDLERS = "有条件的地方为{}婴幼儿就近提供托育服务"
SCREENED = "{}心理健康筛查，符合条件的纳入精神障碍社区康复服务范围"


@pytest.mark.parametrize("base,other,level", [
    # an age in months
    (TODDLERS.format("3岁以下"), TODDLERS.format("36月龄以下"), "same"),
    (TODDLERS.format("3岁以下"), TODDLERS.format("18月龄以上、3岁以下"), "weaker"),
    # a service given to every child, not only those who need it
    (SCREENED.format("对有需要的流动儿童提供"), SCREENED.format("对流动儿童普遍开展"), "stronger"),
    # a time put to use is the time the service is held in; held as a matter of course is all year
    (VENUES, "利用寒暑假" + VENUES, "weaker"),
    ("利用寒暑假" + VENUES, VENUES.replace("开展", "常态化开展"), "stronger"),
    # help given once for the same cause within a window: a cap, and a shorter window allows more
    (RELIEF, RELIEF + "，同一事由12个月内救助一次", "weaker"),
    (RELIEF + "，同一事由12个月内救助不超过1次", RELIEF + "，同一事由6个月内救助不超过1次", "stronger"),
])
def test_ages_in_months_help_for_all_times_put_to_use_and_once_per_cause_read_from_fc540_to_fc543(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc540_level to fc547_level misses

DOCTOR_AND = "为流动儿童提供家庭医生签约服务、{}"
STILL_HARD = "对获得最低生活保障金后生活仍有困难的儿童{}"
KINDERGARTEN_AID = "对在{}就读的家庭经济困难儿童给予资助"
CARE_AND_HEALTH = "基本医疗服务、基本公共卫生服务"
MEASURES = "采取必要措施给予生活保障"


@pytest.mark.parametrize("base,other,level", [
    # an item swapped for a part of it, or a part for the whole: one narrowing or widening, not a loss beside a gain
    (DOCTOR_AND.format(CARE_AND_HEALTH), DOCTOR_AND.format("常见病和多发病诊疗服务、基本公共卫生服务"), "weaker"),
    (DOCTOR_AND.format(CARE_AND_HEALTH), DOCTOR_AND.format("门诊基本医疗服务、基本公共卫生服务"), "weaker"),
    (DOCTOR_AND.format("儿童常见病诊疗服务、基本公共卫生服务"), DOCTOR_AND.format(CARE_AND_HEALTH), "stronger"),
    (DOCTOR_AND.format(CARE_AND_HEALTH), DOCTOR_AND.format("基本医疗服务、预防接种服务"), "weaker"),
    # an open-ended duty cut to one payment; a one-off sum added beside the duty is no cut
    (STILL_HARD.format(MEASURES), STILL_HARD.format("给予一次性生活补助"), "weaker"),
    (STILL_HARD.format(MEASURES), STILL_HARD.format(MEASURES + "，并在春节前给予一次性慰问金"), "stronger"),
    # the twelve years named by where school begins and ends
    (TWELVE_YEARS, "为家庭经济困难的残疾学生提供从小学入学到高中阶段毕业的免费教育", "same"),
    # a place of study kept and another added
    (KINDERGARTEN_AID.format("公办幼儿园"), KINDERGARTEN_AID.format("公办幼儿园和普惠性民办幼儿园"), "stronger"),
])
def test_parts_for_wholes_one_off_payments_school_years_and_places_of_study_read_from_fc540_to_fc547(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc548_level to fc551_level misses

CARERS_HELP = "为流动儿童{}提供家庭教育指导服务"


@pytest.mark.parametrize("base,other,level", [
    # a carer served beside the base's carers; the base's carers said as a list of the same ones
    (CARERS_HELP.format("父母"), CARERS_HELP.format("父母及隔代照料的祖辈"), "stronger"),
    (CARERS_HELP.format("父母或者其他监护人"), CARERS_HELP.format("父母、其他监护人以及受委托照护人"), "stronger"),
    (CARERS_HELP.format("父母或者其他监护人"), CARERS_HELP.format("的父母及其他监护人"), "same"),
    # either or both: of things given, of conditions
    ("在急难发生地发放临时救助金或有关物资", "在急难发生地发放临时救助金和有关物资", "stronger"),
    ("在本市就学或居住的流动儿童可参加城乡居民医保", "在本市就学且居住的流动儿童可参加城乡居民医保", "weaker"),
    ("可申请实物配租或者租赁补贴", "可在实物配租和租赁补贴中择一申请", "same"),
    # one month of the year, a week of the year
    ("每年集中受理租赁补贴申请", "每年3月集中受理租赁补贴申请", "weaker"),
    ("开展家庭教育指导服务", "在每年家庭教育宣传周期间开展家庭教育指导服务", "weaker"),
])
def test_carers_added_either_or_both_and_a_month_or_week_of_the_year_read_from_fc548_to_fc551(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc552_level to fc555_level misses

TREATED_AS = "提供基本生活条件，提供疾病{}治疗服务"


@pytest.mark.parametrize("base,other,level", [
    # treatment kept to one of outpatient and inpatient care, or made both
    (TREATED_AS.format(""), TREATED_AS.format("住院"), "weaker"),
    (TREATED_AS.format("住院"), TREATED_AS.format("门诊和住院"), "stronger"),
    # vocational training kept to one trade, or widened back
    ("为流动儿童父母提供职业培训、职业介绍等服务", "为流动儿童父母提供家政服务技能培训、职业介绍等服务", "weaker"),
    ("为流动儿童父母提供家政服务技能培训、职业介绍等服务", "为流动儿童父母提供职业技能培训、职业介绍等服务", "stronger"),
    # the group narrowed to those in particular hardship; a service kept to pilot places or where it already runs
    ("资助家庭经济困难的儿童接受普惠性学前教育", "资助家庭经济特别困难的儿童接受普惠性学前教育", "weaker"),
    ("提供精神障碍社区康复服务", "在试点街道提供精神障碍社区康复服务", "weaker"),
    ("在已建成精神障碍社区康复机构的街道，提供社区康复服务", "社区康复服务在已建成社区康复机构的街道提供", "same"),
])
def test_treatment_kinds_one_trade_particular_hardship_and_pilot_places_read_from_fc552_to_fc555(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc556_level to fc559_level misses

HIGH_SCHOOL = "{}符合条件的流动儿童在流入地普通高中就读并在当地参加高考"


@pytest.mark.parametrize("base,other,level", [
    # a permission made a guarantee, and back
    (HIGH_SCHOOL.format("允许"), HIGH_SCHOOL.format("保障"), "stronger"),
    (HIGH_SCHOOL.format("保障"), HIGH_SCHOOL.format("允许"), "weaker"),
    # the twelve years said as the years of each stage
    (TWELVE_YEARS, "为家庭经济困难的残疾学生提供义务教育9年加高中阶段教育3年的免费教育", "same"),
    # a service held only after the autumn term starts
    ("对有需要的流动儿童提供心理健康筛查", "秋季开学后，对有需要的流动儿童提供心理健康筛查", "weaker"),
])
def test_permission_and_guarantee_years_of_each_stage_and_term_starts_read_from_fc556_to_fc559(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc560_level to fc567_level misses

PRESCHOOL_YEARS = "符合条件的就近在普惠性幼儿园入园；资助家庭经济困难的儿童接受{}"
KEPT_ON_LOW_INCOME = "对符合条件的流动儿童家庭{}纳入最低生活保障范围"


@pytest.mark.parametrize("base,other,level", [
    # the years before school as the ages they cover: one or two of the three is less, all three the whole
    (PRESCHOOL_YEARS.format("普惠性学前教育"), PRESCHOOL_YEARS.format("学前一年普惠性教育"), "weaker"),
    (PRESCHOOL_YEARS.format("普惠性学前教育"), PRESCHOOL_YEARS.format("入小学前最后一学年的普惠性学前教育"),
     "weaker"),
    (PRESCHOOL_YEARS.format("学前两年普惠性教育"), PRESCHOOL_YEARS.format("学前三年普惠性教育"), "stronger"),
    # …but not a fee waived for that year only, which the base does not waive at all
    (PRESCHOOL_YEARS.format("普惠性学前教育"),
     PRESCHOOL_YEARS.format("普惠性学前教育") + "；对在普惠性幼儿园就读学前一年（大班）的流动儿童免除保育教育费",
     "stronger"),
    # the aid kept to the first year, said as its period or as what is no longer given after it
    (PRESCHOOL_YEARS.format("普惠性学前教育"), PRESCHOOL_YEARS.format("普惠性学前教育，资助期限为入园后第一学年"), "weaker"),
    (PRESCHOOL_YEARS.format("普惠性学前教育，资助期限为入园后第一学年"),
     "符合条件的就近在普惠性幼儿园入园；家庭经济困难的儿童接受普惠性学前教育的，在入园后首个学年内给予资助", "same"),
    # a cap on how many in a family, set or lifted
    (PRESCHOOL_YEARS.format("普惠性学前教育"), PRESCHOOL_YEARS.format("普惠性学前教育，每户家庭限资助一名儿童"), "weaker"),
    (PRESCHOOL_YEARS.format("普惠性学前教育，每户家庭最多资助2名儿童"), PRESCHOOL_YEARS.format("普惠性学前教育"),
     "stronger"),
    # a share said as the rest of the whole, however the rest is named
    ("在公办学校就读的比例不低于90%", "未在公办学校就读的比例控制在10%以内", "same"),
    ("在公办学校就读的占比不低于85%", "在公办学校以外就读的占比不超过15%", "same"),
    # spans in other units: a week is seven days, half a month more than a week, ninety minutes less than two hours
    ("提供临时生活照料，照料期限不超过7日", "临时生活照料最长为一周", "same"),
    ("提供临时生活照料（一般不超过7天）", "提供临时生活照料（一般不超过半个月）", "stronger"),
    ("每个上课日课后服务时长不少于2小时", "每个上课日课后服务时长不少于90分钟", "weaker"),
    # a segment naming nothing given: the close of the promise before it
    ("提供家庭医生签约服务、基本医疗服务、基本公共卫生服务",
     "家庭医生签约、基本医疗、基本公共卫生三项服务，均向流动儿童提供", "same"),
    ("家庭医生签约、基本医疗、基本公共卫生三项服务，均向流动儿童提供",
     "流动儿童可与家庭医生签约，并享有基本医疗服务和基本公共卫生服务", "same"),
    ("对流动儿童父母或者其他监护人提供家庭教育指导服务",
     "流动儿童父母或者其他监护人接受家庭教育指导服务，由相关部门分工提供", "same"),
    # steps in their order are one way of doing a thing
    ("情况紧急的，先行救助，事后补办审批手续", "情况紧急的，先救助、后补办审批手续", "same"),
    # a wait before the benefit: set, lengthened, shortened
    (KEPT_ON_LOW_INCOME.format(""), KEPT_ON_LOW_INCOME.format("，经6个月观察期后"), "weaker"),
    (KEPT_ON_LOW_INCOME.format(""), KEPT_ON_LOW_INCOME.format("，自提出申请之日起满3个月后"), "weaker"),
    (KEPT_ON_LOW_INCOME.format("，经6个月观察期后"), KEPT_ON_LOW_INCOME.format("，经一个季度的观察期后"), "stronger"),
    ("流动儿童参加城乡居民基本医疗保险的，不设待遇等待期",
     "流动儿童参加城乡居民基本医疗保险的，自缴费次月起设3个月待遇等待期", "weaker"),
])
def test_preschool_years_family_caps_converse_shares_units_and_waits_read_from_fc560_to_fc567(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base_target,other_target", [
    ("3-6岁流动儿童", "3-6岁（学前三年）流动儿童"),
    ("在本市中小学校就读的流动儿童", "本市中小学校在读流动儿童"),
])
def test_a_group_glossed_or_said_as_the_pupils_a_school_has_is_the_same_read_from_fc561_and_fc562(
        markers, base_target, other_target):
    content = "对其中有需要的提供心理健康筛查"
    assert row_level(markers, content, content, base_target, other_target) == "same"


# ---------------------------------------------------------------- read from fc564_level to fc571_level misses

LIVING_AID = "保障流动儿童接受义务教育；{}享受生活补助"
SCHOOL_DAYS_AND = "学校在工作日放学后{}提供课后服务，流动儿童与其他学生同等参加"


@pytest.mark.parametrize("base,other,level", [
    # the whole of a fee waived for all is the base's waiver; for all where the base waived it for some, more
    ("免除学杂费，免费提供教科书", "学杂费全部免除，教科书免费提供", "same"),
    ("不收取学杂费；教科书免费提供", "教科书免费提供；学杂费全部免除", "same"),
    ("对家庭经济困难学生免收课后服务费", "课后服务费全部免收", "stronger"),
    # a group that has a benefit named before it, in the family's view, with a condition added
    (LIVING_AID.format("家庭经济困难的流动儿童"), LIVING_AID.format("家庭经济困难的寄宿流动儿童"), "weaker"),
    ("家庭经济困难的流动儿童给予生活补助", "对家庭经济困难的住校流动儿童给予生活补助", "weaker"),
    # the top class of kindergarten is the year before school
    (PRESCHOOL_YEARS.format("普惠性学前教育"), PRESCHOOL_YEARS.format("大班幼儿的普惠性学前教育"), "weaker"),
    # a time added beside the base's time, not the service kept to it
    (SCHOOL_DAYS_AND.format(""), SCHOOL_DAYS_AND.format("及暑假期间"), "stronger"),
    (SCHOOL_DAYS_AND.format(""), SCHOOL_DAYS_AND.format("和寒暑假"), "stronger"),
    # those a row brings in to what it gives others
    (KEPT_ON_LOW_INCOME.format(""),
     KEPT_ON_LOW_INCOME.format("") + "；家庭人均收入低于当地最低生活保障标准1.5倍的流动儿童，参照享受上述措施", "stronger"),
    # a limit the base states alone, gone from the other row
    (PRESCHOOL_YEARS.format("普惠性学前教育，资助期限为入园后第一学年"),
     PRESCHOOL_YEARS.format("普惠性学前教育，在园期间各学年均予资助"), "stronger"),
    # direct settlement kept to inpatient costs, said after it
    ("提供异地就医直接结算服务", "提供异地就医直接结算服务，异地就医直接结算暂限住院费用", "weaker"),
    # 可予 is 可; 可免费接受 is the child's, not a hedge
    ("对有需要的家庭可提供托育指导", "对有需要的家庭可予提供托育指导", "same"),
    ("为适龄流动儿童免费提供口腔健康检查", "适龄流动儿童可免费接受口腔健康检查", "same"),
    # a wait in years and in months
    ("轮候满2年后，发放租赁补贴", "轮候期满24个月后，发放租赁补贴", "same"),
    ("对符合条件的家庭发放租赁补贴", "对符合条件的家庭发放租赁补贴；申请家庭须进入轮候名册满12个月后方可领取补贴", "weaker"),
])
def test_whole_fees_groups_that_have_top_class_added_times_brought_in_and_limits_read_from_fc564_to_fc571(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc572_level to fc575_level misses

PARENTS_HELPED = "开展流动儿童城市融入支持活动，为流动儿童{}提供政策咨询、职业介绍、{}、创业指导等服务"
SCREENED_AT = "{}对有需要的流动儿童提供心理健康筛查"


@pytest.mark.parametrize("base,other,level", [
    # one parent in place of both, and both again
    (PARENTS_HELPED.format("父母", "职业培训"), PARENTS_HELPED.format("母亲", "职业培训"), "weaker"),
    (PARENTS_HELPED.format("父亲", "职业培训"), PARENTS_HELPED.format("父母", "职业培训"), "stronger"),
    ("对流动儿童父母提供家庭教育指导服务", "为流动儿童的父亲、母亲开展家庭教育指导服务", "same"),
    # word about a service in place of the service, and the service again
    (PARENTS_HELPED.format("父母", "职业培训"), PARENTS_HELPED.format("父母", "职业培训信息推送"), "weaker"),
    (PARENTS_HELPED.format("父母", "职业培训"), PARENTS_HELPED.format("父母", "职业培训报名指引"), "weaker"),
    (PARENTS_HELPED.format("父母", "职业培训信息推送"), PARENTS_HELPED.format("父母", "职业培训"), "stronger"),
    # a service kept to the schools that have a room for it, and no longer
    (SCREENED_AT.format(""), SCREENED_AT.format("在设有心理辅导室的学校，"), "weaker"),
    (SCREENED_AT.format(""), SCREENED_AT.format("在已配备专职心理教师的学校，"), "weaker"),
    (SCREENED_AT.format("在设有心理辅导室的学校，"), SCREENED_AT.format("在本市各中小学校和社区，"), "stronger"),
    # a frequency that is a cap
    ("为流动儿童父母提供职业培训", "为流动儿童父母提供职业培训，每人每年限参加1次", "weaker"),
    # the two fees named apart, waived for all
    ("保障流动儿童接受义务教育，免除学杂费", "保障流动儿童在本市接受义务教育：学费、杂费一律不收", "same"),
    # care widened to those who partly cannot look after themselves
    ("提供基本生活条件，对生活完全不能自理的给予照料",
     "提供基本生活条件，对生活完全不能自理或者部分不能自理的给予照料", "stronger"),
    # a benefit paid at a share of its standard below the whole
    (KEPT_ON_LOW_INCOME.format(""), KEPT_ON_LOW_INCOME.format("") + "，低保金按本省低保标准的80%核发", "weaker"),
    # no advance payment is what direct settlement means
    ("提供异地就医直接结算服务", "异地就医费用直接结算，无需全额垫付后回参保地报销", "same"),
])
def test_one_parent_word_about_a_service_rooms_caps_and_shares_read_from_fc572_to_fc575(
        markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_the_age_one_service_is_for_in_a_bracket_of_the_group_is_no_condition(markers):
    content = "依照国家基本公共卫生服务规范提供健康管理服务；有条件的地方就近提供托育服务"
    assert row_level(markers, content, content, "0-6岁流动儿童", "0-6岁流动儿童（托育服务面向其中3岁以下儿童）") == "same"
    assert row_level(markers, content, content, "0-6岁流动儿童（托育服务面向3岁以下儿童）", "0-6岁流动儿童") == "same"


# ---------------------------------------------------------------- read from fc576_level to fc583_level misses

SCHOOL_WEEK = "学校{}在放学后提供课后服务，流动儿童与本市户籍学生同等自愿参加"


@pytest.mark.parametrize("base,other,level", [
    # the aid kept to the last year before school, said as its term or as the year it is given in
    (PRESCHOOL_YEARS.format("普惠性学前教育"), PRESCHOOL_YEARS.format("普惠性学前教育，资助期限为在园最后一学年"),
     "weaker"),
    (PRESCHOOL_YEARS.format("普惠性学前教育"),
     PRESCHOOL_YEARS.format("普惠性学前教育，资助期限为幼儿园大班一学年"), "weaker"),
    ("资助家庭经济困难的儿童接受普惠性学前教育",
     "对家庭经济困难的儿童，在其入园最后一学年资助其接受普惠性学前教育", "weaker"),
    # days a week a service runs, against every school day
    (SCHOOL_WEEK.format("在工作日"), SCHOOL_WEEK.format("每周至少3个工作日"), "weaker"),
    (SCHOOL_WEEK.format("每个工作日"), SCHOOL_WEEK.format("每周安排3个工作日"), "weaker"),
])
def test_the_last_year_before_school_and_days_a_week_read_from_fc576_to_fc583(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc584_level to fc587_level misses

HIGH_SCHOOL_AID = "为普通高中家庭经济困难学生提供国家助学金，{}"


@pytest.mark.parametrize("base,other,level", [
    # a sum paid on top, said per another period: the same yearly sum is kept, a smaller one is not
    (HIGH_SCHOOL_AID.format("另按每生每学年500元发放市级助学金"), HIGH_SCHOOL_AID.format("另享受市级助学金每生每学期250元"),
     "same"),
    (HIGH_SCHOOL_AID.format("市级财政另按每生每年500元增发补助"),
     HIGH_SCHOOL_AID.format("并由市级财政每生每学期另行增发补助250元"), "same"),
    (HIGH_SCHOOL_AID.format("另按每生每学年500元发放市级助学金"), HIGH_SCHOOL_AID.format("另享受市级助学金每生每学期200元"),
     "weaker"),
])
def test_a_sum_paid_per_another_period_read_from_fc584_to_fc587(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc588_level to fc591_level misses

REHAB_HERE = "就地受理残疾儿童康复救助申请，提供相关服务"
SETTLED = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"


@pytest.mark.parametrize("base,other,level", [
    # applications taken only so many times a year: a window, not a service given more often
    (REHAB_HERE, "就地受理残疾儿童康复救助申请，每年3月集中受理一次，提供相关服务", "weaker"),
    (REHAB_HERE, REHAB_HERE + "。康复救助申请每年集中受理两次（3月、9月）", "weaker"),
    # the aid kept to one year in school, and lifted again
    ("资助家庭经济困难的儿童接受普惠性学前教育", "资助家庭经济困难的儿童在园第一学年接受普惠性学前教育", "weaker"),
    ("资助家庭经济困难的儿童在园第一学年接受普惠性学前教育", "资助家庭经济困难的儿童在园各学年接受普惠性学前教育",
     "stronger"),
    # a year before school said as the last year in kindergarten glossed as 大班: the same year
    ("家庭经济困难儿童在学前一年（大班）就读期间给予保教费资助",
     "家庭经济困难儿童入园的，其在园最后一学年（大班）的保教费给予资助", "same"),
    # some of those served given the top grade: more for them, not the group narrowed
    ("为普通高中家庭经济困难学生提供国家助学金",
     "为普通高中家庭经济困难学生提供国家助学金，其中特别困难的学生按最高档次发放", "stronger"),
    # a thing given only in months round the turn of the year, and that limit lifted
    (RELIEF_GIVEN, "在急难发生地发放临时救助金，有关物资在每年11月至次年4月发放；提供临时生活照料和转介服务", "weaker"),
    ("在急难发生地发放临时救助金，有关物资在每年11月至次年4月发放；提供临时生活照料和转介服务", RELIEF_GIVEN, "stronger"),
    # a queue said at the sentence's end
    (HOUSING, HOUSING + "。实物配租须轮候满2年", "weaker"),
    # a thing set apart from what is settled, and set apart no longer; those who fail a condition set apart
    # restate it
    (SETTLED, SETTLED + "（门诊费用除外）", "weaker"),
    (SETTLED + "（门诊费用除外）", "做好儿童医疗保障相关工作，提供住院和门诊费用异地就医直接结算服务", "stronger"),
    ("对在本市居住满6个月的流动儿童提供家庭医生签约服务",
     "对在本市居住的流动儿童提供家庭医生签约服务，在本市居住不满6个月的除外", "same"),
])
def test_windows_years_in_school_months_and_things_set_apart_read_from_fc588_to_fc591(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc592_level to fc595_level misses

SCREENING = "对有需要的{}流动儿童提供心理健康筛查，符合条件的纳入精神障碍社区康复服务范围"
PRESCHOOL_AID = "资助家庭经济困难的儿童接受普惠性学前教育{}"


@pytest.mark.parametrize("base,other,level", [
    # some grades of a school stage: those children only, and the limit lifted
    (SCREENING.format(""), SCREENING.format("小学四年级以上"), "weaker"),
    (SCREENING.format("小学四年级以上"), SCREENING.format(""), "stronger"),
    # a window counted from an event the family does not choose: imposed weaker, widened stronger
    (PRESCHOOL_AID.format(""), PRESCHOOL_AID.format("，资助申请仅在每年秋季学期开学后15日内受理"), "weaker"),
    (PRESCHOOL_AID.format("，资助申请于每年秋季学期开学后15日内受理"),
     PRESCHOOL_AID.format("，资助申请于每年秋季学期开学后30日内受理"), "stronger"),
    ("自急难发生之日起30日内提出申请的，在急难发生地发放临时救助金和有关物资",
     "自急难发生之日起90日内提出申请的，在急难发生地发放临时救助金和有关物资", "stronger"),
    # a share in tenths before the verb it sizes
    ("学费按标准的50%予以减免", "学费按标准的七成予以减免", "stronger"),
    # a deposit waived said as none taken
    ("提供异地就医直接结算服务，住院免押金", "提供异地就医直接结算服务，住院不收押金", "same"),
    # who may have what the clause before names: nothing added; those it names beside the base's: more
    ("提供家庭医生签约服务、基本医疗服务", "家庭医生签约服务、基本医疗服务，流动儿童均可享有", "same"),
    ("为家庭经济困难的寄宿流动儿童提供生活补助", "为家庭经济困难流动儿童提供生活补助，寄宿生和走读生均可享受", "stronger"),
    # the guardians beside the parents dropped
    ("为流动儿童的父母等监护人开展家庭教育指导", "为流动儿童的父母开展家庭教育指导", "weaker"),
    # a frequency over a grade bracket: per term against per year
    ("每学年为全体在校流动儿童开展1次心理健康筛查", "每学期为小学四年级及以上在校流动儿童开展1次心理健康筛查", "mixed"),
])
def test_grades_windows_tenths_and_carers_read_from_fc592_to_fc595(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc596_level to fc599_level misses

NEAR_HOME = "符合条件的就近在普惠性幼儿园入园"
HOUSING_PAID = "为符合当地住房保障条件的流动儿童家庭实物配租公共租赁住房或者发放租赁补贴"


@pytest.mark.parametrize("base,other,level", [
    # a benefit word said again only under a hedge, and the hedge lifted
    (NEAR_HOME, "符合条件的在普惠性幼儿园入园，原则上就近安排", "weaker"),
    ("符合条件的在普惠性幼儿园入园，原则上就近安排", NEAR_HOME, "stronger"),
    # some places first, the places the children live together, the districts that have the means; and lifted
    (HOUSING_PAID, "在本市甲区、乙区先行开展，" + HOUSING_PAID, "weaker"),
    ("在本市甲区、乙区先行开展，" + HOUSING_PAID, HOUSING_PAID + "。自2025年起在全市范围实施", "stronger"),
    ("对流动儿童父母提供家庭教育指导服务", "对流动儿童父母提供家庭教育指导服务。在流动儿童集中居住的社区开展", "weaker"),
    (HOUSING_PAID + "；实物配租仅在公租房房源充足的区实施", HOUSING_PAID + "；实物配租在本区全面实施", "stronger"),
    # the same places in other words; a new service placed there is no limit on the row's
    ("在流动人口聚居社区开展伤害预防宣传", "在流动人口集中居住的社区开展伤害预防宣传", "same"),
    ("开展文化活动", "开展文化活动，向流动儿童集中的社区每年送公益电影不少于12场", "stronger"),
    # a multiple of a standard: the standard raised by its excess
    (HOUSING_PAID, HOUSING_PAID + "；租赁补贴按当地标准的1.2倍发放", "stronger"),
    ("发放租赁补贴，补贴标准上浮20%", "发放租赁补贴，按基准标准的1.2倍发放", "same"),
    ("租赁补贴按本市标准的1.2倍发放", "租赁补贴在本市标准基础上上浮10%发放", "weaker"),
])
def test_hedged_benefits_places_and_multiples_read_from_fc596_to_fc599(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc600_level to fc603_level misses

AID = "资助家庭经济困难的儿童接受普惠性学前教育"


@pytest.mark.parametrize("base,other,level", [
    # a wait from entry to kindergarten before the aid may be asked for, shortened, and lifted
    (AID, AID + "，资助自幼儿入园满一学期后方可申请", "weaker"),
    (AID + "，资助自幼儿入园满一学期后方可申请", AID + "。幼儿入园满1个月即可申请资助", "stronger"),
    ("家庭经济困难儿童入园满一学期后，资助其接受普惠性学前教育",
     "家庭经济困难儿童自入园当月起享受普惠性学前教育资助", "stronger"),
    # a queue before the benefit: a wait, not a service
    (HOUSING, HOUSING + "。自申请受理之日起须轮候满12个月方可配租或领取补贴", "weaker"),
    # 可 with the recipients between it and its verb
    (AID, "可对家庭经济困难的儿童接受普惠性学前教育给予资助", "weaker"),
    ("可对家庭经济困难的儿童接受普惠性学前教育给予资助", AID, "stronger"),
    # a waiver of a share of the fee: a reduction
    ("免除符合条件的在校生学费", "符合条件的在校生学费免除50%", "weaker"),
])
def test_waits_from_entry_hedges_and_part_waivers_read_from_fc600_to_fc603(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc604_level to fc607_level misses

INTEGRATION = "组织开展支持流动儿童融入城市的活动，为流动儿童父母提供职业介绍、职业培训等服务"


@pytest.mark.parametrize("base,other,level", [
    # applications taken in one quarter of the year: a window
    (HOUSING, HOUSING + "，申请每年一季度集中受理", "weaker"),
    # the row's own activities held only then; held alongside a campaign is no limit
    (INTEGRATION, INTEGRATION + "。城市融入支持活动在暑期集中开展", "weaker"),
    (INTEGRATION, INTEGRATION + "。结合“春风行动”等专项活动开展", "same"),
    # for now in some cities only
    (SETTLED, SETTLED + "。门诊费用直接结算暂在甲市、乙市实施", "weaker"),
    # 年满 before an age range names the range
    ("资助3-6岁家庭经济困难儿童接受普惠性学前教育", "资助年满3周岁至6周岁的家庭经济困难儿童接受普惠性学前教育", "same"),
    # a clause that only says the services named before are for those named before
    ("按照规范提供管理服务，提供精神障碍社区康复服务",
     "精神障碍社区康复服务，以及按照规范开展的管理服务，均面向上述患者提供", "same"),
])
def test_windows_seasons_pilots_and_ages_read_from_fc604_to_fc607(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc608_level to fc611_level misses

RELIEF_ONCE = "在急难发生地发放临时救助金，同一事由{}不重复救助"


@pytest.mark.parametrize("base,other,level", [
    # a wait counted from being taken into care, alone in its clause
    ("对在家居住的患者提供管理服务，提供社区康复服务",
     "对在家居住的患者提供管理服务，纳入管理满6个月后，提供社区康复服务", "weaker"),
    # aid for so many school years at most; those it is for, limited by age
    (AID, AID + "，每名儿童限资助一个学年", "weaker"),
    (AID, AID + "。资助对象限4周岁及以上在园儿童", "weaker"),
    # applications taken in one month of the year
    (HOUSING, HOUSING + "。租赁补贴每年3月集中受理申请，其他月份不予受理", "weaker"),
    # the window of a cap said in other units
    (RELIEF_ONCE.format("12个月内"), RELIEF_ONCE.format("一年内"), "same"),
])
def test_waits_caps_and_windows_read_from_fc608_to_fc611(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc612_level to fc615_level misses


@pytest.mark.parametrize("base,other,level", [
    # a wait counted from the time in kindergarten, in a clause of its own, and lifted from the first term
    (AID, AID + "，资助自幼儿在园满一个学期后方可申请", "weaker"),
    (AID + "，资助自幼儿在园满一个学期后方可申请", AID + "，入园当学期即可申请", "stronger"),
    # a residence condition of those in school is no wait
    ("为普通高中在校生中持本市居住证满2年的家庭经济困难学生提供国家助学金",
     "为普通高中在校生中持本市居住证满两年的家庭经济困难学生提供国家助学金", "same"),
])
def test_a_wait_in_kindergarten_read_from_fc612_to_fc615(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc616_level to fc619_level misses

MINIMUM = "对符合条件的流动儿童家庭纳入最低生活保障范围"


@pytest.mark.parametrize("base,other,level", [
    # a wider income line for entry to 低保 itself: more families, not a condition; a test before another benefit
    # or a cap on a sum is neither
    (MINIMUM, MINIMUM + "。家庭人均收入低于当地低保标准1.5倍的，将其中的流动儿童单独纳入最低生活保障范围", "stronger"),
    ("免除符合条件的在校生学费", "免除家庭人均收入低于当地最低生活保障标准2倍的在校生学费", "weaker"),
    # a window once a year, now all year
    (HOUSING + "；租赁补贴每年集中受理一次", HOUSING + "。租赁补贴申请常年受理", "stronger"),
    # the same yearly sum said per term is no new benefit
    (HIGH_SCHOOL_AID.format("另按每生每学年1000元发放市级助学金"),
     HIGH_SCHOOL_AID.format("另按每生每学期500元发放市级助学金"), "same"),
])
def test_income_lines_windows_and_sums_read_from_fc616_to_fc619(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc620_level to fc623_level misses


@pytest.mark.parametrize("base,other,level", [
    # a fee waived said as its converse: none taken
    ("免除学杂费", "学杂费不予收取", "same"),
    ("免除学杂费", "对符合条件的学生不向其收取学杂费", "same"),
    ("免除在校生学费", "对在校生按学费标准的50%收取学费", "weaker"),
    # the line for entry to 低保 said as a percentage
    (MINIMUM + "。家庭人均收入低于本市最低生活保障标准1.5倍的，将其中的流动儿童单独纳入最低生活保障范围",
     MINIMUM + "。家庭人均收入低于本市低保标准150%的，将其中的流动儿童单独纳入低保范围", "same"),
])
def test_converse_waivers_and_lines_read_from_fc620_to_fc623(markers, base, other, level):
    assert row_level(markers, base, other) == level
