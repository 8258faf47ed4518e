"""polcmp/level/who.py, quantities.py, items.py: the parts of a row a policy reader compares (who, how soon, how often, how
much, what is listed), each mechanism on several wordings, and through judge_items on whole rows."""

import pytest

from polcmp.level import PairSetting, judge_items
from polcmp.level.quantities import quantity_reasons
from polcmp.level.who import target_parts
from tests.conftest import ROOT, load_level_markers


@pytest.fixture(scope="module")
def markers():
    return load_level_markers(ROOT / "mappings" / "levels.toml")


INFANTS = ("0-6岁流动儿童", "0-6岁流动儿童")
UNDER_THREES = PairSetting(targets=INFANTS, names=("健康和托育（3岁以下）服务", "健康和托育（3岁以下）服务"))


def row_level(markers, base_content, other_content, base_target="流动儿童", other_target="流动儿童") -> str:
    judged = judge_items([base_content], [other_content], markers, PairSetting(targets=(base_target, other_target)))
    return judged.level.value


@pytest.mark.parametrize("target,conditions,groups", [
    ("持有本市居住证、就读本地学校的流动儿童", 2, 1),
    ("父母在本市合法稳定就业且持有居住证的流动儿童", 2, 1),
    ("在本区连续居住满1年的适龄流动儿童", 1, 1),
    ("流动儿童中的孤儿、艾滋病病毒感染儿童、事实无人抚养儿童", 0, 3),
    ("随迁子女", 0, 1),
    ("进城务工人员随迁子女（不具有本市户籍）", 0, 1),
    ("来本市务工人员的0-6岁子女", 0, 1),
])
def test_a_target_is_conditions_on_groups(markers, target, conditions, groups):
    c, g = target_parts(target, markers)
    assert (len(c), len(g)) == (conditions, groups), (c, g)


@pytest.mark.parametrize("other_target", [
    "持有本市居住证、就读本地学校的流动儿童",
    "父母一方缴纳本市社会保险满1年的流动儿童",
    "在本县居住满二年且已办理居住登记的流动儿童",
    "取得本市学籍的流动儿童",
])
def test_a_condition_added_to_the_group_is_weaker(markers, other_target):
    assert row_level(markers, "提供心理健康筛查", "提供心理健康筛查", "流动儿童", other_target) == "weaker"


@pytest.mark.parametrize("other_target", [
    "随迁子女", "非本市户籍的流动儿童", "进城务工人员随迁子女（不具有本市户籍）", "来本市务工、经商人员的子女",
    "在本市居住的流动儿童",
])
def test_a_phrase_that_only_describes_migrant_children_is_no_condition(markers, other_target):
    assert row_level(markers, "提供心理健康筛查", "提供心理健康筛查", "流动儿童", other_target) == "same"


def test_groups_added_or_dropped_after_the_last_de(markers):
    base = "流动儿童中的孤儿、事实无人抚养儿童"
    assert row_level(markers, "协助申领基本生活费", "协助申领基本生活费", base,
                     "流动儿童中的孤儿、事实无人抚养儿童、重残儿童") == "stronger"
    assert row_level(markers, "协助申领基本生活费", "协助申领基本生活费", base, "流动儿童中的孤儿") == "weaker"


@pytest.mark.parametrize("base,other,expected", [
    ("10个工作日内办结", "20个工作日内办结", "weaker"),
    ("15日内完成审核", "7日内完成审核", "stronger"),
    ("5个工作日内办结", "当日办结", "stronger"),
    ("即时受理", "三个工作日内受理", "weaker"),
    ("每季度开展1次走访", "每年开展1次走访", "weaker"),
    ("每年组织两次健康体检", "每学期组织一次健康体检", "same"),
    ("每学期至少走访1次", "每月走访1次", "stronger"),
    ("每人每月发放300元", "每人每月发放200元", "weaker"),
    ("每人每月发放300元", "每人每年发放3600元", "same"),
    ("每生每年补助2000元", "每生每学期补助1500元", "stronger"),
    ("发放2000元生活补助", "发放生活补助，最高不超过2000元", "weaker"),
])
def test_quantities_compared_with_their_units(base, other, expected):
    from polcmp.level import level_of, normalize_numbers

    reasons = quantity_reasons(normalize_numbers(base), normalize_numbers(other))
    assert level_of(reasons).value == expected, reasons


@pytest.mark.parametrize("base,other,expected", [
    ("提供托育服务", "视财力情况提供托育服务", "weaker"),
    ("开展城市融入活动", "量力而行开展城市融入活动", "weaker"),
    ("实现心理健康筛查全覆盖", "力争实现心理健康筛查全覆盖", "weaker"),
    ("发放交通补贴", "根据地方财政承受能力发放交通补贴", "weaker"),
    ("鼓励学校开展课后服务", "学校应当开展课后服务", "stronger"),
])
def test_hedges_in_new_shapes(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_an_enumeration_that_loses_or_gains_an_item(markers):
    base = "为流动儿童父母提供政策咨询、职业介绍、职业培训等服务"
    assert row_level(markers, base, "为流动儿童父母提供政策咨询、职业介绍等服务") == "weaker"
    assert row_level(markers, base, "为流动儿童父母提供政策咨询、职业介绍、职业培训、法律援助等服务") == "stronger"
    assert row_level(markers, base, "为流动儿童的父母提供职业培训、政策咨询和职业介绍等服务") == "same"


def test_a_rule_reference_is_not_a_service_added(markers):
    base = "在急难发生地发放临时救助金"
    for line in ("按照有关规定执行", "按国家和省有关规定落实", "严格执行相关政策规定", "依法依规办理"):
        assert row_level(markers, base, f"{base}；{line}") == "same", line


def test_a_commitment_added_is_stronger(markers):
    base = "提供学前教育服务"
    for added in ("开通入园绿色通道", "寒暑假期间提供免费托管服务", "设立流动儿童服务专窗"):
        assert row_level(markers, base, f"{base}；{added}") == "stronger", added


def test_a_restriction_lifted_in_the_base_and_absent_in_the_other_is_weaker(markers):
    base = "流动儿童不受户籍限制参加城乡居民基本医疗保险"
    assert row_level(markers, base, "流动儿童参加城乡居民基本医疗保险") == "weaker"
    assert row_level(markers, "流动儿童参加城乡居民基本医疗保险", base) == "stronger"
    lifted = "取消户籍地参保限制，流动儿童在居住地参加城乡居民基本医疗保险"
    assert row_level(markers, lifted, "流动儿童在居住地参加城乡居民基本医疗保险") == "weaker"


@pytest.mark.parametrize("base,other,expected", [
    ("就地受理残疾儿童康复救助申请", "残疾儿童康复救助申请由户籍地受理，居住地协助转递", "weaker"),
    ("办理残疾人两项补贴", "办理残疾人两项补贴，实行“跨省通办”", "stronger"),
    ("受理入学申请", "入学申请实行网上报名、一次办结", "stronger"),
    ("在认定相关情形时提供“跨省通办”服务，协助申领基本生活费", "在认定相关情形时，协助申领基本生活费", "weaker"),
    ("提供家庭医生签约服务", "提供家庭医生签约服务；签约可通过微信小程序网上办理", "stronger"),
])
def test_how_a_service_is_delivered(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


DIBAO = "对符合条件的流动儿童家庭纳入最低生活保障范围"


@pytest.mark.parametrize("base,other,expected", [
    (DIBAO, DIBAO.replace("符合条件的", "符合条件且在我市连续居住满1年的"), "weaker"),
    (DIBAO.replace("符合条件的", "符合条件且在我市连续居住满1年的"), DIBAO, "stronger"),
    ("为家庭经济困难的残疾学生提供12年免费教育", "为残疾学生提供12年免费教育", "stronger"),
    ("为符合当地住房保障条件的流动儿童家庭发放租赁补贴", "符合条件的流动儿童家庭，发放租赁补贴", "same"),
])
def test_conditions_on_a_group_the_content_names(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_a_condition_the_base_row_implies_is_not_added(markers):
    """在本县就读 in a row about schooling names where the child studies; in a screening row it limits who is
    screened; a condition on the parents' work limits any row."""
    school = "允许符合条件的流动儿童在流入地普通高中就读并在当地参加高考"
    assert row_level(markers, school, "允许符合条件的流动儿童在本县普通高中就读并在当地参加高考") == "same"
    assert row_level(markers, "对有需要的流动儿童提供心理健康筛查",
                     "对在本市中小学校就读、有需要的流动儿童提供心理健康筛查") == "weaker"
    assert row_level(markers, "符合条件的就近在普惠性幼儿园入园", "符合条件的就近在普惠性幼儿园入园",
                     "3-6岁流动儿童", "3-6岁、父母一方在本县稳定就业的流动儿童") == "weaker"


def test_acts_and_gates_that_weaken(markers):
    assert row_level(markers, "提供精神障碍社区康复服务", "需要社区康复的，转介至市级精神障碍社区康复机构") == "weaker"
    assert row_level(markers, "对有需要的流动儿童提供心理健康筛查",
                     "经学校或社区评估确有需要的流动儿童，可为其提供心理健康筛查") == "weaker"
    assert row_level(markers, "为家庭经济困难流动儿童提供生活补助",
                     "为家庭经济困难流动儿童提供生活补助，补助名额按学校在校生人数的5%核定") == "weaker"


def test_a_service_added_carries_its_own_conditions(markers):
    """可凭居住证参加医保 is a service the row adds; its 居住证 limits that service, not the baseline's."""
    base = "做好儿童医疗保障相关工作，提供异地就医直接结算服务"
    assert row_level(markers, base, base + "；流动儿童可凭居住证在我市参加城乡居民基本医疗保险") == "stronger"


def test_the_group_widened_by_an_alternative(markers):
    assert row_level(markers, "提供基本生活条件", "提供基本生活条件", "符合户籍地特困救助供养条件的流动儿童",
                     "符合户籍地或居住地特困救助供养条件的流动儿童") == "stronger"


def test_a_quantity_no_longer_stated(markers):
    base = "为家庭经济困难的残疾学生提供包括义务教育、高中阶段教育在内的12年免费教育"
    assert row_level(markers, base, "为家庭经济困难的残疾学生提供义务教育阶段免费教育，对高中阶段教育按规定给予资助") \
        == "weaker"


@pytest.mark.parametrize("base,other,expected", [
    ("允许流动儿童在流入地普通高中就读并在当地参加高考", "允许流动儿童在居住地普通高中就读", "weaker"),
    ("即时受理临时救助申请", "受理临时救助申请", "weaker"),
    ("发放租赁补贴", "发放租赁补贴，发放期限最长不超过3年", "weaker"),
    ("减半收取学杂费", "免除学杂费", "stronger"),
    ("发放临时救助金", "发放临时救助金，情况紧急的先行救助、事后补办手续", "stronger"),
    ("对家庭经济困难的流动儿童给予生活补助", "对家庭经济困难且在校寄宿的流动儿童给予生活补助", "weaker"),
    (DIBAO + "，对获得最低生活保障金后生活仍有困难的儿童采取必要措施给予生活保障", DIBAO, "weaker"),
])
def test_promises_dropped_limited_or_made_firmer(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_a_widening_dropped_from_the_group_and_a_condition_reordered(markers):
    content = "为符合条件的在校生提供国家助学金"
    assert row_level(markers, content, content, "中等职业教育阶段流动儿童（含五年制高职前三年学生）",
                     "中等职业教育阶段流动儿童") == "weaker"
    assert row_level(markers, content, content, "流动儿童中诊断明确、在家居住的严重精神障碍患者",
                     "流动儿童中在家居住、已明确诊断的严重精神障碍患者") == "same"


# ---------------------------------------------------------------- session 8: mechanisms read from fc4's misses

@pytest.mark.parametrize("base,other,expected", [
    # a sum capped as a multiple of a standard, where the base names no sum
    ("发放临时救助金", "发放临时救助金；临时救助金一般不超过当地月最低生活保障标准的3倍", "weaker"),
    ("给予生活补助", "给予生活补助，最高按低保标准的2倍发放", "weaker"),
    # a benefit raised by a share on top of a standard
    ("纳入最低生活保障范围", "纳入最低生活保障范围；低保家庭中的流动儿童按当地低保标准的30%增发低保金", "stronger"),
    ("发放基本生活费", "发放基本生活费，补助标准上浮20%", "stronger"),
    # a sum where the base names none: a floor is a standard promised
    ("资助家庭经济困难的儿童接受普惠性学前教育",
     "资助家庭经济困难的儿童接受普惠性学前教育，每生每年不低于1000元", "stronger"),
    # a count of events per period where the base names none
    ("开展流动儿童文化活动", "开展流动儿童文化活动，每年暑期在每个乡镇开展不少于2场专场活动", "stronger"),
])
def test_quantities_new_to_the_row(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other", [
    ("对残疾学生特殊学习用品、教育训练、交通费等予以补助", "对残疾学生特殊学习用品予以补助"),
    ("为父母提供政策咨询、职业介绍、职业培训、创业指导等服务", "为父母提供政策咨询、职业介绍等服务"),
    ("对孤儿、事实无人抚养儿童、艾滋病病毒感染儿童等给予保障", "对孤儿、事实无人抚养儿童给予保障"),
])
def test_an_item_of_a_list_closed_by_deng_that_is_lost(markers, base, other):
    assert row_level(markers, base, other) == "weaker"


@pytest.mark.parametrize("base,other", [
    # the list written compactly, or a generic item named more exactly: nothing lost, nothing gained
    ("为父母提供政策咨询、职业介绍、职业培训、创业指导等服务", "为其父母提供政策咨询、职业介绍与培训、创业指导等服务"),
    ("发放临时救助金和有关物资，提供临时生活照料和转介服务",
     "由急难发生地发放临时救助金、救助物资，并提供临时生活照料、转介服务"),
    # venues are examples: others named in place of the base's reword them (one only left out is weaker: below)
    ("在学校、幼儿园、儿童之家等场所开展文化活动", "在学校、幼儿园、青少年宫等场所开展文化活动"),
    # a widening phrase naming only what the base names
    ("为家庭经济困难的残疾学生提供包括义务教育、高中阶段教育在内的12年免费教育",
     "为家庭经济困难的残疾学生提供12年免费教育（含义务教育和高中阶段教育）"),
    # a goal written as "do the work", and a duty over two things said in one phrase
    ("做好儿童医疗保障相关工作，提供异地就医直接结算服务", "落实儿童医疗保障各项工作；异地就医实行直接结算"),
    ("为符合条件的中等职业教育在校生提供国家助学金；免除符合条件的中等职业教育在校生学费",
     "落实中职国家助学金和免学费政策，惠及符合条件的在校流动儿童"),
])
def test_rewordings_that_keep_the_level(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("line", [
    "资助标准由各市县确定",
    "两项补贴标准按省有关规定执行",
    "依据《国家基本公共卫生服务规范（第三版）》",
    "中考报名条件按各市招生政策执行",
])
def test_a_remarks_line_that_only_refers_to_rules_adds_nothing(markers, line):
    content = "资助家庭经济困难的儿童接受普惠性学前教育"
    assert row_level(markers, content, f"{content}；{line}") == "same"


def test_a_citation_that_carries_a_promise_is_read(markers):
    # 按照《…办法》享受康复救助 gives the service; only a bare citation is administrative
    assert row_level(markers, "就地受理残疾儿童康复救助申请",
                     "按照《省残疾儿童康复救助实施办法》享受康复救助，就地受理残疾儿童康复救助申请") == "same"


@pytest.mark.parametrize("base_target,other_target", [
    ("流动儿童中诊断明确、在家居住的严重精神障碍患者", "流动儿童中确诊且居家生活的严重精神障碍患者"),
    ("流动儿童中确诊且居家生活的严重精神障碍患者", "流动儿童中诊断明确、在家居住的严重精神障碍患者"),
])
def test_a_condition_of_the_group_said_in_other_words(markers, base_target, other_target):
    content = "提供精神障碍社区康复服务"
    assert row_level(markers, content, content, base_target, other_target) == "same"


def test_a_reworded_condition_is_not_a_new_condition_word(markers):
    # 持有居住证 shares 居, 住 with 在家居住 but is a condition word the base lacks
    assert row_level(markers, "提供精神障碍社区康复服务", "提供精神障碍社区康复服务",
                     "流动儿童中在家居住的严重精神障碍患者", "流动儿童中持有居住证的严重精神障碍患者") == "weaker"


def test_applying_where_the_family_lives_is_a_procedure_added(markers):
    assert row_level(markers, "将符合条件的流动儿童家庭纳入最低生活保障范围",
                     "将符合条件的流动儿童家庭纳入最低生活保障范围，可向经常居住地乡镇人民政府提出申请") == "stronger"


@pytest.mark.parametrize("base,other,expected", [
    # equal treatment promised where the base promises none
    ("符合条件的在流入地参加中考", "符合条件的在本市参加中考，与本市户籍考生同等录取", "stronger"),
    ("开展流动儿童文化活动", "开展流动儿童文化活动，流动儿童与本地儿童同等享受公共文化场馆优惠", "stronger"),
])
def test_equal_treatment_promised(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # a duty softened to helping, working with or guiding others to it
    ("提供精神障碍社区康复服务", "协助提供精神障碍社区康复服务", "weaker"),
    ("提供精神障碍社区康复服务", "配合做好精神障碍社区康复服务", "weaker"),
    ("提供精神障碍社区康复服务", "引导患者参加精神障碍社区康复服务", "weaker"),
    # a guided service kept as it was, its clauses in another order, is the same
    ("引导有需要的流动儿童参加心理健康筛查，符合条件的纳入精神障碍社区康复服务范围",
     "对符合条件的流动儿童，纳入精神障碍社区康复服务范围；引导有需要的流动儿童参加心理健康筛查", "same"),
    # a share written in words, a count per period read as a frequency
    ("健康管理率不低于90%", "健康管理率不低于百分之八十", "weaker"),
    ("每学期开展一次心理测评", "每学年开展两次心理测评", "same"),
    ("每学期开展一次心理测评", "每学年开展一次心理测评", "weaker"),
    # conditions: years of residence, a document to show
    ("为流动儿童提供健康管理", "为在本市连续居住半年以上的流动儿童提供健康管理", "weaker"),
    ("为流动儿童提供健康管理", "流动儿童凭居住登记凭证享受健康管理", "weaker"),
    ("持居住证在居住地参加医保", "凭居住证在我县参加医保", "same"),
    ("为流动儿童提供健康管理", "为在本市居住的流动儿童提供健康管理", "same"),
])
def test_duties_quantities_and_conditions_in_other_words(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # a hedged addition beside the plain promise hedges only what it adds
    ("发放临时救助金", "发放临时救助金，必要时可先行救助", "stronger"),
    # the promise itself hedged, beside an unrelated plain service, is still weaker
    ("提供精神障碍社区康复服务", "提供免费药物等服务，适时在有条件的区提供精神障碍社区康复服务", "mixed"),
])
def test_a_hedge_weakens_the_promise_it_restates(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc5's misses (after its first contact)

def test_an_age_in_the_content_narrower_than_the_row_names(markers):
    def level(content):
        judged = judge_items(["有条件的地方就近提供托育服务"], [f"有条件的地方就近提供托育服务；{content}"], markers,
                             UNDER_THREES)
        return judged.level.value
    assert level("托育服务面向2-3岁流动儿童") == "weaker"
    assert level("托育服务面向两至三周岁的流动儿童") == "weaker"
    assert level("托育服务面向3岁以下流动儿童") == "same"


@pytest.mark.parametrize("other", [
    "为在我省中小学校、幼儿园在籍在园的流动儿童提供家庭医生签约服务",
    "为在本市学校在籍的流动儿童提供家庭医生签约服务",
])
def test_enrolment_is_a_condition_not_a_group_added(markers, other):
    assert row_level(markers, "提供家庭医生签约服务", other) == "weaker"


@pytest.mark.parametrize("base,other", [
    ("保障流动儿童接受义务教育，免除学杂费，免费提供教科书",
     "保障流动儿童接受义务教育，与本市户籍学生同等享受免除学杂费、免费提供教科书政策"),
    ("保障流动儿童接受义务教育，与本市户籍学生同等享受免除学杂费、免费提供教科书政策",
     "保障流动儿童接受义务教育，免除学杂费、免费提供教科书"),
    ("做好儿童医疗保障相关工作，提供异地就医直接结算服务", "落实儿童医保相关政策，提供异地就医直接结算服务"),
    ("为流动儿童及其父母办理居住登记、申领居住证提供便利", "流动儿童及其父母申请居住登记、居住证的，提供便利服务"),
])
def test_equal_treatment_over_what_is_given_and_other_restatements_are_the_same(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("base_target,other_target", [
    ("流动儿童中的残疾儿童", "在本市居住的残疾儿童（含非本市户籍）"),
    ("在本市居住的残疾儿童（含非本市户籍）", "流动儿童中的残疾儿童"),
])
def test_a_parenthesis_that_only_says_who_migrant_children_are(markers, base_target, other_target):
    content = "就地受理残疾儿童康复救助申请，提供相关服务"
    assert row_level(markers, content, content, base_target, other_target) == "same"


def test_a_window_inside_a_limit_is_no_deadline(markers):
    assert row_level(markers, "发放临时救助金，提供转介服务",
                     "发放临时救助金，提供转介服务；同一家庭12个月内申请临时救助原则上不超过2次") == "weaker"


def test_a_second_thing_given_beside_the_one_the_base_names(markers):
    assert row_level(markers, "由急难发生地发放临时救助金，并提供转介服务",
                     "由急难发生地发放临时救助金和有关物资，并提供转介服务") == "stronger"


def test_a_lexicon_category_is_no_evidence_for_an_item_beside_it():
    """阅读指导 is read as 文化活动 by the matcher's lexicon; in a row that also holds 文化活动 that reading
    would hide the item's loss."""
    from polcmp.mappings import load_mappings

    levels = load_mappings(ROOT / "mappings").levels
    base = ["在学校等场所开展流动儿童参加的文化活动；", "为流动儿童提供阅读指导、精神陪伴等服务。"]
    other = ["在学校等场所开展流动儿童参加的文化活动；", "为流动儿童提供精神陪伴等服务。"]
    assert judge_items(base, other, levels).level.value == "weaker"


# ---------------------------------------------------------------- read from fc6's misses (after its first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a promise made through a reference (按规定享受…政策) is a promise, and restated with a weaker verb
    ("符合条件的中职在校生，按规定享受国家助学金和免学费政策",
     "符合条件的中职在校生，按规定享受国家助学金；学费按规定予以减免", "weaker"),
    ("免除学杂费", "减免学杂费", "weaker"),
    # every N years
    ("为签约的流动儿童每年提供1次免费健康体检", "为签约的流动儿童每两年提供一次免费健康体检", "weaker"),
    ("每3年开展1次家访", "每年开展1次家访", "stronger"),
    # a condition lifted in the negative
    ("为家庭经济困难的残疾学生提供12年免费教育", "为残疾学生提供12年免费教育，不设家庭经济状况条件", "stronger"),
    # the exam's full name, the application steps, a clause that only names who qualifies
    ("允许流动儿童在流入地普通高中就读并在当地参加高考",
     "流动儿童可在我省普通高中就读，并可在就读地报名参加普通高校招生考试", "same"),
    ("免除符合条件的中等职业教育在校生学费",
     "免除符合条件的中职在校生学费。学生向就读学校提出申请，学校初审后报市教育局复核", "same"),
    ("符合条件的可视情纳入精神障碍社区康复服务范围", "对符合条件的，视情况纳入精神障碍社区康复服务范围", "same"),
    # a new commitment sharing two characters with a base clause is no restatement of it
    ("对有需要的流动儿童提供心理健康筛查",
     "对有需要的流动儿童提供心理健康筛查，发现心理危机的在48小时内转介专业机构", "stronger"),
])
def test_promises_restated_lifted_or_spaced_out(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc7's misses (after its first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a cap on the sum is a limit, not a service, wherever the cap word stands
    ("资助家庭经济困难的儿童接受普惠性学前教育",
     "资助家庭经济困难的儿童接受普惠性学前教育。资助标准最高不超过每生每年1200元", "weaker"),
    # giving turned into helping to apply
    ("为符合条件的中职在校生发放国家助学金", "协助符合条件的中职在校生申请国家助学金", "weaker"),
    # a procedure named by another verb; a clause that only sets a condition; sent back to 户籍地 no more
    ("认定孤儿等情形时实行“跨省通办”；协助其向户籍地申领基本生活费",
     "在认定相关情形时提供“跨省通办”服务，协助向户籍地申领基本生活费", "same"),
    ("随父母在本市连续居住满1年的，可就近在普惠性幼儿园入园",
     "符合条件的就近在普惠性幼儿园入园，不设居住年限要求", "stronger"),
    ("为符合条件的办理残疾人两项补贴；协助残疾儿童向户籍地申请康复救助",
     "为符合条件的办理残疾人两项补贴；由区残联就地受理残疾儿童康复救助申请，并提供相关服务", "stronger"),
    # venues are where, not who
    ("在学校、幼儿园和儿童之家等场所开展流动儿童参加的文化活动",
     "依托中小学校、幼儿园以及儿童之家等阵地，组织流动儿童参加文化活动", "same"),
    # a cost borne in full
    ("提供家庭医生签约服务", "提供家庭医生签约服务，签约服务费由县财政全额承担", "stronger"),
])
def test_caps_helping_to_apply_procedures_and_costs(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc8's misses (after its first contact)

@pytest.fixture(scope="module")
def full_markers():
    """The markers as the tool reads them, with the lexicon (助学金 read as 国家助学金)."""
    from polcmp.mappings import load_mappings

    return load_mappings(ROOT / "mappings").levels


@pytest.mark.parametrize("numeral,value", [
    ("两千", 2000), ("一千零五十", 1050), ("一万二千", 12000), ("三万", 30000), ("十五", 15), ("二百四十", 240),
])
def test_chinese_numerals_with_thousands_and_ten_thousands(numeral, value):
    from polcmp.level import chinese_number

    assert chinese_number(numeral) == value


@pytest.mark.parametrize("base,other,expected", [
    ("每生每年补助一千五百元", "每生每年补助两千元", "stronger"),
    ("每人每月补贴五百元", "每人每月补贴四百元", "weaker"),
    # what the family pays: a lower charge or share favours the child; what it is paid back does not turn round
    ("课后托管服务收费不超过每月300元", "课后托管服务收费不超过每月200元", "stronger"),
    ("门诊费用个人自付比例不超过20%", "门诊费用个人自付比例不超过百分之十", "stronger"),
    ("住院费用报销比例不低于70%", "住院费用报销比例不低于60%", "weaker"),
    # a facility count as a floor, the verb between
    ("开展流动儿童参加的文化活动", "开展流动儿童参加的文化活动，每个街道至少设立两处活动场所", "stronger"),
    # help before the usual channel pays, by the government; not what the family pays first
    ("协助流动儿童向户籍地申领临时救助金",
     "协助流动儿童向户籍地申领临时救助金；户籍地未及时发放的，由区民政局先行垫付", "stronger"),
])
def test_sums_charges_and_counts(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_a_new_grant_with_its_sum_beside_the_one_the_base_names(full_markers):
    base = "为家庭经济困难学生提供国家助学金"
    assert row_level(full_markers, base, base + "；区财政另按每生每学期400元发放区级助学金") == "stronger"
    assert row_level(full_markers, base, base + "；区财政可视财力另按每生每学期400元发放区级助学金") != "stronger"


@pytest.mark.parametrize("base,other,base_target,other_target,expected", [
    # years of insurance, said in a clause of its own
    ("为流动儿童提供家庭医生签约服务", "为流动儿童提供家庭医生签约服务，签约对象限于缴纳职工医疗保险满两年的家庭",
     "流动儿童", "流动儿童", "weaker"),
    # a restriction the base imposes lifted in the other's 服务对象
    ("将符合条件的家庭纳入低保", "将符合条件的家庭纳入低保", "符合户籍地低保条件的流动儿童家庭",
     "符合低保条件的流动儿童家庭（不受户籍限制）", "stronger"),
    # a condition on the group where the content names it, the base naming it plainly
    ("为流动儿童提供课后托管服务", "为低收入家庭的流动儿童提供课后托管服务", "流动儿童", "流动儿童", "weaker"),
    # a registration already made, in the 服务对象
    ("发放临时救助金", "发放临时救助金", "符合临时救助条件的流动儿童",
     "已在本区完成居住登记、符合临时救助条件的流动儿童", "weaker"),
    # a clause that only sets the condition the next one's service is given on
    ("符合条件的在当地参加中考", "在本市连续就读满两年的，可在当地参加中考", "流动儿童", "流动儿童", "weaker"),
])
def test_conditions_in_new_shapes(markers, base, other, base_target, other_target, expected):
    assert row_level(markers, base, other, base_target, other_target) == expected


@pytest.mark.parametrize("base,other,expected", [
    # rules for services the row still promises plainly defer nothing; rules in place of the promise do
    ("为流动儿童父母提供职业介绍、创业指导等服务",
     "为流动儿童父母提供职业介绍、创业指导等服务；创业指导按区就业部门有关规定执行", "same"),
    ("为流动儿童父母提供职业介绍、创业指导等服务",
     "为流动儿童父母提供职业介绍等服务；创业指导按照本区有关规定执行", "weaker"),
    # 可 with the recipient between it and the action
    ("为有需要的流动儿童家庭提供上门指导", "社区可为有需要的流动儿童家庭提供上门指导", "weaker"),
    # a policy's name spelled out after 即 is the promise, not a second one
    ("为家庭经济困难寄宿生提供生活补助", "执行“一补”政策，即为家庭经济困难寄宿生提供生活补助", "same"),
    # an item of the list moved into a hedged clause
    ("对交通费、伙食费、住宿费等予以补助", "对交通费、伙食费等予以补助；逐步将住宿费纳入补助范围", "weaker"),
    # what is given, put before its verb, given by another verb and more
    ("提供基本生活条件；对患病儿童的康复治疗费用按规定予以减免",
     "提供基本生活条件；提供康复治疗服务，开通康复绿色通道", "stronger"),
    # help with a formality toward a service now given plainly
    ("协助办理转诊备案，逐步推进异地转诊直接结算", "提供异地转诊直接结算服务", "stronger"),
])
def test_rules_hedges_names_and_formalities(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # a benefit on top of the base's, given by another purse or for another fee
    ("为家庭经济困难学生提供国家助学金", "为家庭经济困难学生提供国家助学金，县财政另行发放县级生活补助", "stronger"),
    ("免除在校生学杂费", "免除在校生学杂费，对走读的在校生同时减免交通费", "stronger"),
    # 同时 joining two promises the base already makes says nothing new; 另行制定 defers
    ("做好随访管理，并提供康复指导", "做好随访管理，同时提供康复指导", "same"),
    ("为家庭经济困难学生提供生活补助", "家庭经济困难学生生活补助办法另行制定", "weaker"),
])
def test_a_benefit_on_top_and_a_conjunction(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # floors on events, the numeral before 场 and a verb between 至少 and the count
    ("为流动儿童家长开设家长课堂", "为流动儿童家长开设家长课堂，每学期组织不少于三场", "stronger"),
    ("开展亲子阅读活动", "开展亲子阅读活动，暑期每个社区至少举办一次亲子阅读专场", "stronger"),
    # a promise of nothing in particular is kept by any service given in its place
    ("受理康复救助申请，提供相关服务", "受理康复救助申请，为其免费提供言语训练服务", "stronger"),
    ("受理康复救助申请，提供相关服务", "受理康复救助申请", "weaker"),
])
def test_event_floors_and_a_promise_of_nothing_in_particular(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # a stricter subgroup of the poor in the base's place, and the reverse
    ("为家庭经济困难学生发放生活补助", "为特困家庭学生发放生活补助", "weaker"),
    ("对最低生活保障家庭的儿童给予资助", "对家庭经济困难的儿童给予资助", "stronger"),
    # a way of giving or a benefit named only under a hedge promises nothing
    ("受理临时救助申请", "受理临时救助申请，情况紧急的可先行救助", "same"),
])
def test_subgroups_and_hedged_additions(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_a_quantity_said_in_another_segment_of_the_row_is_not_lost(markers):
    assert row_level(markers, "在本区出生的新生儿可在出生后60日内办理参保，自出生之日起享受待遇",
                     "在本区出生的新生儿，出生后60日内办理参保的，自出生之日起享受待遇") == "same"
    assert row_level(markers, "在本区出生的新生儿可在出生后60日内办理参保，自出生之日起享受待遇",
                     "在本区出生的新生儿，办理参保的，自出生之日起享受待遇") == "weaker"


def test_who_a_new_benefit_is_for_is_set_aside_when_looking_for_it_in_the_base(markers):
    base = "为流动儿童父母提供职业介绍、职业技能培训等服务"
    assert row_level(markers, base, base + "，参加职业技能培训的按规定给予交通补贴") == "stronger"


@pytest.mark.parametrize("base,other,expected", [
    # a soft hedge (鼓励, 探索) over one that still promises the provision somewhere, and the reverse
    ("有条件的街道为流动儿童提供托管服务", "鼓励有条件的街道探索为流动儿童提供托管服务", "weaker"),
    ("鼓励有条件的学校开设课后托管", "有条件的学校开设课后托管", "stronger"),
    # one soft verb for another
    ("引导社会组织开展关爱服务", "鼓励社会组织开展关爱服务", "same"),
])
def test_soft_hedges_over_conditional_ones(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # a group of a listed set no longer named; the same groups reordered
    ("为孤儿、事实无人抚养儿童、重病患儿家庭提供走访服务", "为孤儿、事实无人抚养儿童提供走访服务", "weaker"),
    ("为孤儿、事实无人抚养儿童提供走访服务", "为事实无人抚养儿童、孤儿提供走访服务", "same"),
    # a sum per month against the same sum per year
    ("每人每月补助200元", "每人每年补助二千四百元", "same"),
    # a time limit set or cut to a figure
    ("符合条件的纳入低保", "符合条件的纳入低保，审核时限压缩至八个工作日", "stronger"),
    ("审批时限为20个工作日", "审批时限为三十个工作日", "weaker"),
    # discretion over how much, and promoting that something be done
    ("给予交通补助", "适当给予交通补助", "weaker"),
    ("为流动儿童提供课后服务", "积极推动学校为流动儿童提供课后服务", "weaker"),
])
def test_groups_listed_sums_per_period_time_limits_and_discretion(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # a thing given beside one the base names, parallel to it (高考 beside 中考)
    ("在当地参加中考", "在当地参加中考和高考", "stronger"),
    ("开展法治宣传教育", "开展法治宣传教育和安全教育", "stronger"),
    # a place added beside all the base's is the service offered in more places (writers of fc34, fc36 and
    # earlier batches read it as a gain: 新市民驿站 venue added, 儿童之家 added as a venue)
    ("在学校、儿童活动中心开展文化活动", "在学校、儿童活动中心和青少年中心开展文化活动", "stronger"),
])
def test_a_parallel_thing_given_beside_the_base_one(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_a_segment_that_only_names_who_does_not_make_a_hedged_promise_plain(markers):
    assert row_level(markers, "为家庭经济困难学生提供交通补助", "家庭经济困难的，视财力情况给予交通补助") == "weaker"


# ---------------------------------------------------------------- read from fc9's and fc10's misses (after first contact)

@pytest.mark.parametrize("base,other,base_target,other_target,expected", [
    # a hedge at the head of a clause hedges the segments that continue it
    ("为符合条件的家庭发放租赁补贴", "根据区级财力，逐步将符合条件的家庭纳入保障，发放租赁补贴", "流动儿童", "流动儿童",
     "weaker"),
    # a verb with its own object (引导…参加) hedges only that
    ("引导流动儿童参加夏令营，符合条件的纳入助学范围", "符合条件的纳入助学范围；引导流动儿童参加夏令营", "流动儿童",
     "流动儿童", "same"),
    # school entry is age 6
    ("资助接受学前教育", "资助接受学前教育", "3-6岁流动儿童", "3周岁至小学入学前的流动儿童", "same"),
    # an age bound where the base names none
    ("为有需要的流动儿童提供心理辅导", "为有需要的10周岁以上流动儿童提供心理辅导", "流动儿童", "流动儿童", "weaker"),
    ("为有需要的流动儿童提供心理辅导", "为有需要的18周岁以下流动儿童提供心理辅导", "流动儿童", "流动儿童", "same"),
    # a fee capped lower favours the child; the duty reduced to telling the family where to apply
    ("托管服务费每生每月不超过400元", "托管服务费每生每月不超过三百元", "流动儿童", "流动儿童", "stronger"),
    ("协助监护人申请临时救助", "告知监护人申请临时救助的渠道，由其自行申请", "流动儿童", "流动儿童", "weaker"),
    # helping to contact instead of giving; a cost borne in full as the last resort
    ("对生活不能自理的给予照料", "对生活不能自理的协助对接照料服务", "流动儿童", "流动儿童", "weaker"),
    ("提供疾病治疗服务", "提供疾病治疗服务，个人负担部分由医疗救助全额兜底", "流动儿童", "流动儿童", "stronger"),
    # the same works by another name
    ("传播网络视听节目", "传播网络视听作品", "流动儿童", "流动儿童", "same"),
])
def test_clause_hedges_ages_fees_and_duties(markers, base, other, base_target, other_target, expected):
    assert row_level(markers, base, other, base_target, other_target) == expected


# ---------------------------------------------------------------- read from fc11's misses (after its first contact)

@pytest.mark.parametrize("base,other,base_target,other_target,expected", [
    # a gloss saying what 流动儿童 means is no condition and no group
    ("开展城市融入活动", "开展城市融入活动", "流动儿童", "流动儿童（指随父母离开户籍地、在本区居住3个月以上的未成年人）",
     "same"),
    # a line naming only the document a service follows; a cap on a service the row adds
    ("对残疾学生予以补助", "对残疾学生予以补助；送教上门按《残疾儿童送教上门工作规范》执行", "流动儿童", "流动儿童", "same"),
    ("协助向户籍地申领生活补贴", "协助向户籍地申领生活补贴；补贴到位前先行发放临时补助，每人每月300元，最长6个月",
     "流动儿童", "流动儿童", "stronger"),
])
def test_glosses_rule_lines_and_caps_on_added_services(markers, base, other, base_target, other_target, expected):
    assert row_level(markers, base, other, base_target, other_target) == expected


# ---------------------------------------------------------------- read from fc12's misses (after its first contact)

@pytest.mark.parametrize("base,other,base_target,other_target,expected", [
    # a promise made only as far as capacity allows, and the reverse
    ("以公办学校为主安排入学", "在公办学校学位允许的情况下安排入学", "流动儿童", "流动儿童", "weaker"),
    ("在学位允许的情况下安排入学", "以公办学校为主安排入学", "流动儿童", "流动儿童", "stronger"),
    # a fee waived; 免除 and 免收 say the same
    ("提供家庭医生签约服务", "提供家庭医生签约服务，签约服务费予以免收", "流动儿童", "流动儿童", "stronger"),
    ("免除学杂费", "学杂费予以免收", "流动儿童", "流动儿童", "same"),
    # a registration made first; a line that only says where
    ("为流动儿童父母提供职业介绍", "为已办理就业登记的流动儿童父母提供职业介绍", "流动儿童", "流动儿童", "weaker"),
    ("提供家庭教育指导服务", "提供家庭教育指导服务；依托社区家长学校开展", "流动儿童", "流动儿童", "same"),
    # who the child lives with is no group; an age in a target rate is no age limit; 1.5万元 is fifteen thousand
    ("提供健康管理", "提供健康管理", "0-6岁流动儿童", "随父母或其他监护人在本区居住的0-6岁儿童", "same"),
    ("提供家庭医生签约服务", "提供家庭医生签约服务；0-3岁流动儿童签约率不低于80%", "流动儿童", "流动儿童", "stronger"),
    ("康复救助标准每人每年不低于2万元", "康复救助标准每人每年不低于1.5万元", "流动儿童", "流动儿童", "weaker"),
])
def test_capacity_hedges_waivers_registrations_and_ages(markers, base, other, base_target, other_target, expected):
    assert row_level(markers, base, other, base_target, other_target) == expected


# ---------------------------------------------------------------- read from fc13's misses (after its first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a base that already says the weaker word has nothing replaced
    ("提供临时照料和转介服务", "提供临时照料，并做好转介服务", "same"),
    # a child's need is no document to show
    ("对有需要的流动儿童提供心理辅导", "根据流动儿童需要提供心理辅导", "same"),
    ("发放临时救助金", "申请人需提供收入证明，发放临时救助金", "weaker"),
    # the base's own hedge in other words
    ("有条件的地方提供托育服务", "具备条件的社区提供托育服务", "same"),
    # two fees spelled apart are the base's one; a waiver restated as a reduction
    ("免除学杂费", "不收取学费、杂费", "same"),
    ("免除符合条件的高中家庭经济困难学生学杂费", "对符合条件的高中家庭经济困难学生，学杂费按五成予以减免", "weaker"),
])
def test_replaced_words_needs_own_hedges_and_fees_spelled_apart(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc14's misses (after its first contact)

@pytest.mark.parametrize("base,other,expected", [
    # as far as the providers can take on; a waiver turned into a subsidy toward the cost
    ("提供社区康复服务", "视康复机构接收能力提供社区康复服务", "weaker"),
    ("免除学杂费", "按规定给予学杂费补助", "weaker"),
    # guidance on applying instead of help; a condition lifted for everyone; the same lift in other words
    ("协助监护人申请临时救助", "为申请临时救助提供政策指引", "weaker"),
    ("免除符合条件的在校生学费", "全体在校生免除学费", "stronger"),
    ("入园不设户籍条件", "入园不另设户籍条件", "same"),
])
def test_capacity_subsidies_guidance_and_everyone(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc11's, fc16's and fc17's misses

@pytest.mark.parametrize("base,other,expected", [
    # a way of delivery named only where a line refers to rules is no promise to lose
    ("开展送教服务；上门服务按《送教上门工作规范》执行", "开展送教服务", "same"),
    ("开展送教服务，提供上门服务", "开展送教服务", "weaker"),
    # a line that only names whose rules a service follows
    ("开展视力筛查；筛查工作按区卫生健康局有关规定执行", "开展视力筛查", "same"),
])
def test_lines_that_refer_to_rules_promise_nothing(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # a bare modifier before the group: boarding pupils only, or every poor child
    ("为家庭经济困难的寄宿学生发放生活费", "为家庭经济困难学生发放生活费", "stronger"),
    ("为家庭经济困难的学生发放生活费", "为家庭经济困难的住校学生发放生活费", "weaker"),
    # "meets the conditions" of a named policy restates the base's 符合条件
    ("为符合条件的在校生提供助学金", "对符合市级资助政策条件的在校生提供助学金", "same"),
    # a condition on a group whose service follows the comma limits that added service only
    ("免除在校生学费", "免除在校生学费；对就读护理专业的儿童，每年另行给予800元补助", "stronger"),
])
def test_modifiers_before_the_group_inside_the_content(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # things given after a giving verb, whatever they are called
    ("免费发放课本", "免费发放课本和文具", "stronger"),
    ("免费发放课本、文具", "免费发放课本", "weaker"),
    ("为有需要的儿童提供视力筛查", "为有需要的儿童提供视力筛查和矫治", "stronger"),
    # the family sent to apply itself, and back
    ("协助儿童向户籍地申请补贴", "由儿童家长自行到户籍地申请补贴", "weaker"),
    ("由监护人自行向户籍地申报补贴", "协助监护人向户籍地申报补贴", "stronger"),
    # a service limited to designated places, and the limit lifted
    ("提供门诊治疗服务", "在区定点医疗机构提供门诊治疗服务", "weaker"),
    ("到市定点医院提供门诊治疗服务", "提供门诊治疗服务", "stronger"),
    # a subsidy toward a cost turned into waiving it
    ("资助困难学生接受高中教育", "对困难学生免除高中学费", "stronger"),
    # an abbreviation spelled out
    ("提供户籍办理“一窗受理”服务", "在一个窗口统一受理户籍办理", "same"),
])
def test_things_given_duties_places_and_waivers(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("other_target", ["未满18周岁的流动儿童", "十八周岁以下的流动儿童", "0-17岁的流动儿童"])
def test_an_age_every_child_meets_is_no_condition(markers, other_target):
    assert row_level(markers, "开展融入活动", "开展融入活动", other_target=other_target) == "same"
    assert target_parts(other_target, markers)[0] == ()


@pytest.mark.parametrize("base,other,base_target,other_target,expected", [
    # an alternative of the group dropped or added, in the 服务对象 and in the content
    ("提供基本生活条件", "提供基本生活条件", "符合户籍地或本县救助条件的儿童", "符合户籍地救助条件的儿童", "weaker"),
    ("提供基本生活条件", "提供基本生活条件", "符合户籍地救助条件的儿童", "符合户籍地或本县救助条件的儿童", "stronger"),
    ("为儿童父母或者其他监护人开展家庭教育讲座", "为儿童父母开展家庭教育讲座", "流动儿童", "流动儿童", "weaker"),
    # a service left to a higher level of government; guidance however far its verb
    ("提供康复训练服务", "康复训练服务由省级机构统筹安排", "流动儿童", "流动儿童", "weaker"),
    ("引导流动儿童在户籍地参加医疗保险", "引导流动儿童在其户籍所在地参加医疗保险", "流动儿童", "流动儿童", "same"),
    # one modifier in two wordings
    ("对在校就读且有需要的儿童提供心理辅导", "对有需要的在校儿童提供心理辅导", "流动儿童", "流动儿童", "same"),
])
def test_alternatives_higher_levels_and_modifiers(markers, base, other, base_target, other_target, expected):
    assert row_level(markers, base, other, base_target, other_target) == expected


# ---------------------------------------------------------------- read from fc18's and fc19's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a lead naming whom, then a hedged verb: one promise, hedged
    ("对领取救助金后仍有困难的家庭采取临时措施", "对领取救助金后仍有困难的家庭，可视情采取临时措施", "weaker"),
    # the one time limit of each row, in segments that do not pair
    ("实行先行救助，48小时内发放救助金", "实行先行救助。先行救助金在5个工作日内发放", "weaker"),
    # a waiver halved; a promise deferred to national and provincial rules
    ("对困难家庭免收托管费用", "困难家庭减半收取托管费用", "weaker"),
    ("提供跨省就医结算服务", "跨省就医结算服务按国家和省有关规定执行", "weaker"),
    # paid ahead by the place of residence, however the standard is named
    ("协助向户籍地申领生活费", "协助向户籍地申领生活费；申领期间由居住地先行按本地标准发放生活费", "stronger"),
    # designated providers; care left to the family; an office that only guides
    ("提供基本医疗服务", "在区指定的社区卫生服务站提供基本医疗服务", "weaker"),
    ("对不能自理的儿童给予照料", "不能自理的儿童由其家长负责照料，街道给予指导", "weaker"),
    ("对不能自理的儿童给予照料", "对不能自理的儿童给予照料，社区进行业务指导", "same"),
])
def test_leads_limits_deferrals_and_duties(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # places cut from a list of places, or all kept in other words
    ("在学校、社区和儿童之家等场所开展阅读活动", "在学校开展阅读活动", "weaker"),
    ("在学校、社区和儿童之家等场所开展阅读活动", "在学校、社区以及儿童之家开展阅读活动", "same"),
    # a share of a standard above or below it
    ("将符合条件的家庭纳入低保", "将符合条件的家庭纳入低保，其中儿童按低保标准的120%计发", "stronger"),
    # a line that only says which budget pays
    ("按每生每年800元标准发放助学金", "按每生每年800元标准发放助学金；助学金由县财政负担", "same"),
    # forwarding to the 户籍地 no longer needed where the application is accepted here
    ("康复救助申请由户籍地受理，本县协助转交", "就地受理康复救助申请", "stronger"),
    # the item a list adds up to; a range of ages in numerals
    ("提供义务教育、高中阶段教育共十二年的免费教育", "提供12年免费教育（含义务教育、高中阶段教育）", "same"),
])
def test_places_shares_budgets_and_forwarding(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_a_range_of_ages_in_numerals(markers):
    level = row_level(markers, "提供健康管理", "提供健康管理", base_target="0-6岁儿童", other_target="零至六周岁儿童")
    assert level == "same"


# ---------------------------------------------------------------- read from fc20's and fc21's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a priority; a narrower need; a length of schooling required
    ("为困难家庭配租公共租赁住房", "为困难家庭配租公共租赁住房，对多子女家庭优先配租", "stronger"),
    ("对不能自理的儿童给予照料", "对完全不能自理的儿童给予照料", "weaker"),
    ("为家庭经济困难学生提供生活补助", "为在本区就读满2学年的家庭经济困难学生提供生活补助", "weaker"),
    # one place said two ways, a residence requirement shortened
    ("对在我区居住满3年的家庭纳入低保", "对在本区居住满2年的家庭纳入低保", "stronger"),
    # public schools only; a service left to the 户籍地, or the family sent back there
    ("免除在校生学费", "免除在本市公办学校就读的在校生学费", "weaker"),
    ("提供疾病治疗服务", "疾病治疗服务由户籍地负责提供", "weaker"),
    ("提供跨省通办服务", "由监护人返回户籍地办理", "weaker"),
    # a hedged lead before whom it serves; a frequency or a fee as a tail of the segment before
    ("对有需要的学生开展心理测评", "学校可结合入学体检，对有需要的学生开展心理测评", "weaker"),
    ("开展融入活动，每年不少于3次", "每年至少开展3次融入活动", "same"),
    ("开展融入活动，每年不少于3次", "开展融入活动", "weaker"),
])
def test_priorities_places_tails_and_leads(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base_target,other_target,expected", [
    ("流动儿童", "在校流动儿童", "weaker"),
    ("在校流动儿童", "流动儿童", "stronger"),
    ("随迁子女", "进城务工人员随迁子女", "same"),
    ("3周岁至6周岁流动儿童", "3-6岁流动儿童", "same"),
])
def test_a_limit_before_the_group_and_ages_said_apart(markers, base_target, other_target, expected):
    assert row_level(markers, "开展安全教育", "开展安全教育", base_target, other_target) == expected


def test_an_open_age_bound_inside_the_base_range_cuts_it(markers):
    base, other = "对家庭经济困难儿童给予资助", "对4周岁以上家庭经济困难儿童给予资助"
    assert row_level(markers, base, other, base_target="3-6岁流动儿童", other_target="3-6岁流动儿童") == "weaker"


# ---------------------------------------------------------------- read from fc22's and fc23's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # standards cells that only name a policy or a standard, or say "as needed" / "regularly"
    ("为困难学生提供助学金", "为困难学生提供助学金。按国家和省资助政策执行", "same"),
    ("为困难学生提供助学金", "为困难学生提供助学金。按户籍地标准发放", "same"),
    ("开展融入活动", "开展融入活动。按需提供", "same"),
    ("开展家长讲座。定期开展", "开展家长讲座。", "same"),
    # a sum in such a line is a quantity, not a reference
    ("为困难学生提供助学金", "为困难学生提供助学金。按每生每年600元标准发放", "stronger"),
    # a manner lead read with what it leads: the hedge is on the placement
    ("以公办学校为主保障就近入学", "以公办学校为主，根据学位情况统筹安排入学", "weaker"),
    ("以公办学校为主，根据学位情况统筹安排入学", "以公办学校为主保障就近入学", "stronger"),
    # a share the government pays of a charge: more is better
    ("个人缴费部分由区财政补助40%", "个人缴费部分由区财政补助20%", "weaker"),
    # free turned into a fee; 不收取 is still free
    ("免除在校生学费", "对在校生按学费标准的60%收取学费", "weaker"),
    ("免除学杂费", "不收取学杂费", "same"),
])
def test_standards_cells_leads_shares_and_fees(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base_target,other_target,expected", [
    ("在本区居住满6个月的儿童", "在本区居住满3个月的儿童", "stronger"),
    ("中等职业教育阶段流动儿童", "在中职学校就读的流动儿童", "same"),
])
def test_months_of_residence_and_enrolment(markers, base_target, other_target, expected):
    assert row_level(markers, "提供助学金", "提供助学金", base_target, other_target) == expected


@pytest.mark.parametrize("base,other,expected", [
    # places only when some are left over; a stricter subgroup of the poor
    ("符合条件的就近入园", "符合条件的，在托位有空余时就近入园", "weaker"),
    ("为家庭经济困难学生提供助学金", "为建档立卡脱贫家庭学生提供助学金", "weaker"),
    # a second promise joined by 并, new to the whole row, or one the row already makes in another clause
    ("允许在本区高中就读", "允许在本区高中就读并在本区参加高考", "stronger"),
    ("为在校生提供助学金；免除在校生学费", "在校生中符合条件的，提供助学金并免除学费", "same"),
])
def test_spare_places_subgroups_and_second_promises(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc24's and fc25's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a parent's insurance as the condition of the next segment, added or lifted
    ("资助困难儿童接受学前教育", "父母一方在本区缴纳城镇职工养老保险的，资助困难儿童接受学前教育", "weaker"),
    ("父母一方在本区缴纳城镇职工养老保险的，资助困难儿童接受学前教育", "资助困难儿童接受学前教育", "stronger"),
    # a share on top of a standard in place of unnamed measures
    ("对仍有困难的儿童采取必要措施给予保障", "对仍有困难的儿童，按低保标准的20%增发保障金", "stronger"),
    # two clauses joined, the second pointing back
    ("为在校生提供助学金；为在校生免除学费", "为在校生提供助学金，并免除其学费", "same"),
    # the office applies for the child; a means test waived; a quota; funds as they are arranged
    ("协助儿童向户籍地申领生活费", "由区民政局代儿童向户籍地申领生活费", "stronger"),
    ("对符合条件的提供法律援助", "儿童申请法律援助的，免予经济困难审查", "stronger"),
    ("为在校生提供助学金", "按不超过在校生总数10%的比例为在校生提供助学金", "weaker"),
    ("为在校生提供助学金", "根据年度资金安排为在校生提供助学金", "weaker"),
    # soft verbs said two ways; school years counted two ways
    ("逐步推进家庭医生签约服务", "稳步推进家庭医生签约服务", "same"),
    ("为一、二年级在校生提供助学金", "为第一、第二学年在校生提供助学金", "same"),
])
def test_insurance_conditions_top_ups_and_applying_for_the_child(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc26's and fc27's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a benefit capped at a number of times is no frequency promised
    ("参加培训的给予培训补贴", "参加培训的给予培训补贴，每人每年限享受2次", "weaker"),
    # tuition and fees shrunk to tuition; spelled apart is the same
    ("免除在校生学杂费", "免除在校生学费", "weaker"),
    ("免除在校生学杂费", "免除在校生学费、杂费", "same"),
    # spare places said the other way round
    ("符合条件的就近入园", "幼儿园有空余学位的，符合条件的就近入园", "weaker"),
    # a hedge on everything the row says above, added or replaced by a guarantee
    ("开展文化活动；提供阅读指导", "开展文化活动；提供阅读指导。上述活动根据年度经费情况开展", "weaker"),
    ("开展文化活动；提供阅读指导。上述活动根据年度经费情况开展",
     "开展文化活动；提供阅读指导。经费纳入财政预算保障", "stronger"),
])
def test_caps_fees_spare_places_and_row_hedges(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc28's and fc29's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    ("符合条件的就近入园", "符合条件的按照幼儿园学位余量统筹安排入园", "weaker"),
    ("免除在校生学费", "符合条件的，由学生户籍所在地按规定办理学费免除", "weaker"),
    ("提供家庭医生签约服务", "提供家庭医生签约服务，签约服务费个人部分全免", "stronger"),
    ("提供家庭医生签约服务，签约服务费个人部分全免", "提供家庭医生签约服务，签约服务费个人部分予以全额免除", "same"),
    ("对有需要的儿童提供心理测评", "对有需要的儿童，经家长提出申请后提供心理测评", "weaker"),
    ("为流动儿童父母提供职业介绍", "在工业园区为流动儿童父母提供职业介绍", "weaker"),
])
def test_spare_capacity_home_places_waivers_and_applications(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base_target,other_target,expected", [
    ("诊断明确、在家居住的严重精神障碍患者", "诊断明确的严重精神障碍患者", "stronger"),
    ("诊断明确的严重精神障碍患者", "诊断明确、在家居住的严重精神障碍患者", "weaker"),
])
def test_living_at_home_as_a_requirement(markers, base_target, other_target, expected):
    assert row_level(markers, "提供管理服务", "提供管理服务", base_target, other_target) == expected


# ---------------------------------------------------------------- read from fc30's and fc31's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    ("发放临时救助金和有关物资", "发放有关物资", "weaker"),
    ("开展安全教育，每学期不少于2次。本市新增", "开展安全教育，每学期至少2次。", "same"),
    ("多子女家庭在配租时予以优先", "多子女家庭优先配租", "same"),
])
def test_cash_lost_remarks_and_priorities_said_two_ways(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc32's and fc33's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a frequency in the standards column, as a sentence of its own, naming what it counts
    ("为家长提供指导服务。每学年不少于2次", "每学年至少两次为家长提供指导服务。", "same"),
    ("开展融入活动，为父母提供职业介绍。融入活动每年不少于4次", "全年开展融入活动不少于四次；为父母提供职业介绍。", "same"),
    ("开展融入活动，为父母提供职业介绍。融入活动每年不少于4次", "开展融入活动，为父母提供职业介绍。", "weaker"),
    # a formality required first
    ("提供直接结算服务", "须提前办理备案手续，备案后提供直接结算服务", "weaker"),
])
def test_standards_frequencies_and_formalities_first(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc34's and fc35's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # options of a 或 clause that is the group's condition, or an object after its verb, add no way of giving
    ("对符合条件的在校学生发放助学金", "对具有本市户籍或持本市居住证满1年、符合条件的在校学生发放助学金", "weaker"),
    ("协助儿童向原籍地申领生活费或生活补贴", "协助儿童向原籍地民政部门申领生活费或生活补贴", "same"),
    # the consequence of a condition (…后，方可…) and a bare offer of advice are no service added
    ("就地受理康复救助申请", "康复救助申请须经原籍地残联核实身份后，方可在本区受理", "weaker"),
    ("就地受理康复救助申请，提供相关服务", "康复救助申请由家长向原籍地残联提出，本区提供政策咨询", "weaker"),
    ("为父母提供政策咨询、职业介绍等服务", "为父母提供政策咨询，以及职业介绍等服务", "same"),
    # 免费 and 不收取费用 say the same, either way round
    ("免费开展视力筛查", "开展视力筛查，不收取任何费用", "same"),
    ("视力筛查不收取费用", "免费开展视力筛查", "same"),
    # a benefit set as a multiple of another standard
    ("照料补贴不低于低保标准的1.5倍", "照料补贴不低于低保标准的2倍", "stronger"),
    ("照料补贴不低于低保标准的1.5倍", "照料补贴不低于低保标准的1.2倍", "weaker"),
    # a clause lost beside one kept for the same pupils: what it gives is gone, whoever it was for
    ("为在校困难学生发放助学金；免除在校困难学生住宿费", "为在校困难学生发放助学金", "weaker"),
    # a standards line that names what is given and only refers to a standard
    ("为困难学生发放助学金。助学金按省定标准发放", "为困难学生发放助学金", "same"),
    # a base clause restated with a firmer verb is that change, not lost
    ("资助困难家庭儿童接受学前教育", "对接受学前教育的困难家庭儿童免除保育教育费", "stronger"),
    # capacity: only where places are spare
    ("就近安排入园", "在学位有空余的幼儿园就近安排入园", "weaker"),
])
def test_conditions_consolations_multiples_and_lost_clauses(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_a_group_described_by_a_clause_of_its_own_is_no_condition(markers):
    """A 的 inside the last of several groups (…、感染艾滋病病毒的儿童) describes that group alone."""
    assert target_parts("流动儿童中的孤儿、事实无人抚养儿童、感染艾滋病病毒的儿童", markers) == \
        ((), ("孤儿", "事实无人抚养儿童", "感染艾滋病病毒的儿童"))
    assert row_level(markers, "协助申领生活费", "协助申领生活费", "流动儿童中的孤儿、残疾儿童、事实无人抚养儿童",
                     "流动儿童中的孤儿、事实无人抚养儿童、患有残疾的儿童") == "same"


# ---------------------------------------------------------------- read from fc36's and fc37's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a place limit: where migrants gather, where a facility stands, one hospital; and lifted
    ("提供儿童保健服务", "在外来人口聚居的社区提供儿童保健服务", "weaker"),
    ("提供康复训练服务", "在已设立康复站点的乡镇提供康复训练服务", "weaker"),
    ("提供住院结算服务", "在市中心医院提供住院结算服务", "weaker"),
    ("在外来人口聚居的社区提供儿童保健服务", "在全县各社区提供儿童保健服务", "stronger"),
    # 就近 kept or lost
    ("以公办学校为主保障就近入学", "以公办学校为主统筹安排入学", "weaker"),
    ("以公办学校为主保障就近入学", "以公办学校为主就近安排入学", "same"),
    # 优先 said by a base that already puts the family first; 全额 relief
    ("优先实物配租公共租赁住房或者发放租赁补贴", "优先发放租赁补贴或者实物配租公共租赁住房", "same"),
    ("提供疾病治疗服务", "提供疾病治疗服务，个人自付部分由区民政局全额补助", "stronger"),
    # how long a service lasts, against how soon a procedure ends
    ("临时照料时间一般不超过7天", "临时照料时间一般不超过10天", "stronger"),
    # a benefit kept for the first year, and inpatient costs only
    ("免除在校生学费", "免除在校生第一学年学费", "weaker"),
    ("提供异地就医直接结算服务", "提供异地就医住院费用直接结算服务", "weaker"),
    ("提供异地就医住院费用直接结算服务", "提供异地就医门诊和住院费用直接结算服务", "stronger"),
    # a waiver for some of a charge brought in is part of that charge
    ("免费提供寒假托管服务", "提供寒假托管服务，按成本收取费用，低保家庭予以减免", "weaker"),
    # a duty left to the 户籍地 taken up here
    ("临时救助金由其户籍地民政部门发放", "在急难发生地直接发放临时救助金", "stronger"),
    # places added beside all the base's
    ("在学校和儿童之家等场所开展文化活动", "在学校、儿童之家和社区书屋等场所开展文化活动", "stronger"),
])
def test_places_nearness_durations_first_years_and_charges(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_a_local_place_said_as_the_baseline_says_it(markers):
    """本县, 我县, 当地, 流入地 name the place a local list speaks for; a condition lifted with 均可."""
    assert row_level(markers, "以公办学校为主保障就近入学；符合条件的在流入地参加中考",
                     "以公办学校为主保障就近入学；在本县就读的流动儿童均可在本县参加中考") == "stronger"
    assert row_level(markers, "允许流动儿童在流入地普通高中就读并在当地参加高考",
                     "允许流动儿童在本市普通高中就读，高考报名资格按省有关规定确定") == "weaker"


# ---------------------------------------------------------------- read from fc38's and fc39's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # the first item of a list, after its verb, lost; reworded in any order it is kept
    ("提供家庭医生签约、基本医疗和基本公共卫生三项服务", "提供基本医疗和基本公共卫生服务", "weaker"),
    ("提供居住证办理、签注延期等服务", "提供办理居住证、签注延期等服务", "same"),
    # places: 市县 with a facility, a city's urban districts only, a limit in brackets, the province only
    ("提供社区康复服务", "在已建成社区康复机构的县提供社区康复服务", "weaker"),
    ("实物配租公共租赁住房", "在设区市城区实物配租公共租赁住房", "weaker"),
    ("凭学生卡免费乘坐公交车", "凭学生卡免费乘坐公交车（限主城区线路）", "weaker"),
    ("提供异地就医直接结算服务", "提供省内异地就医直接结算服务", "weaker"),
    ("提供异地就医直接结算服务", "提供异地就医直接结算服务，省内异地就医免备案", "stronger"),
    # some grades only; an approval first; only where necessary
    ("为符合条件的在校生提供助学金", "为符合条件的一、二年级在校生提供助学金", "weaker"),
    ("提供社区康复服务", "经监护人书面申请、街道审核同意后，提供社区康复服务", "weaker"),
    ("发放临时救助金", "确有必要的发放临时救助金", "weaker"),
    # what the family would pay, paid by the government
    ("为流动儿童家庭提供学生意外伤害保险参保指引，协助理赔",
     "由区财政出资为流动儿童统一购买学生意外伤害保险，协助理赔", "stronger"),
    ("提供家庭医生签约服务", "提供家庭医生签约服务，个人承担部分由县财政兜底支付", "stronger"),
    # a gloss in brackets offers no choice; an item the base names in another clause is not gained
    ("对父母或者其他监护人提供家庭教育指导", "为家长（父母或者其他监护人）提供家庭教育指导", "same"),
    ("提供基本生活条件，对生活不能自理的给予照料", "提供基本生活条件、生活照料", "same"),
    # a line that the service fits other rules
    ("提供异地就医直接结算服务。与省级医保政策衔接", "提供异地就医直接结算服务", "same"),
])
def test_first_items_places_grades_approvals_and_payers(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_an_age_in_a_sum_added_for_some_limits_that_sum_only(markers):
    added = "对0-6岁残疾儿童康复训练按每人每年不低于1万元给予补助"
    assert row_level(markers, "就地受理康复救助申请", f"就地受理康复救助申请；{added}",
                     "流动儿童中的残疾儿童", "流动儿童中的残疾儿童") == "stronger"


# ---------------------------------------------------------------- read from fc40's and fc41's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # capacity said as 有余 / 的前提下; a duty the 户籍地 arranges; 结合…能力 a hedge like 根据…能力
    ("符合条件的就近入园", "在幼儿园学位有余的前提下，安排就近入园", "weaker"),
    ("对生活不能自理的给予照料", "对生活不能自理的由其户籍地安排照料", "weaker"),
    ("根据团队服务能力，逐步提供家庭医生签约服务", "结合团队服务能力，逐步提供家庭医生签约服务", "same"),
    # social insurance said short, a period with a measure word
    ("对父母一方连续缴纳社会保险满2年的家庭配租住房", "对父母一方连续缴纳社保满两年的家庭配租住房", "same"),
    ("每学年对在校学生开展至少1次筛查", "在每个学年对在校学生开展不少于一次筛查", "same"),
    # a line that another office cooperates; a service replaced by leaflets
    ("提供家庭教育指导服务，相关部门予以配合", "提供家庭教育指导服务", "same"),
    ("对有需要的学生提供心理健康筛查", "对有需要的学生发放心理健康知识宣传资料", "weaker"),
    # a charge the base sets that the other side waives is that change, not a loss
    ("对在校生减半收取学费。学费按省定标准的50%收取", "免除在校生学费", "stronger"),
    # a gloss's 或 and what follows 的 in a later option offer no choice
    ("对父母或者其他监护人提供家庭教育指导服务", "父母或者其他监护人的家庭教育指导服务由其户籍地负责组织提供", "weaker"),
])
def test_capacity_duties_glosses_leaflets_and_waived_charges(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc42's and fc43's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a clause that only shares its verb with a kept one is judged on its own
    ("免除学杂费，免费提供教科书；保障就近入学", "免除学杂费，免费提供教科书，免费提供午餐；保障就近入学", "stronger"),
    # an application first, said as a clause of its own
    ("对有需要的儿童提供心理健康筛查", "经监护人申请，对有需要的儿童提供心理健康筛查", "weaker"),
    # a frequency cut is that change, not a new floor beside it
    ("开展文化活动，每月不少于1次", "开展文化活动，每季度不少于1次", "weaker"),
])
def test_shared_verbs_applications_and_frequencies(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # tuition and fees against tuition alone, both ways
    ("免除符合条件的在校生学费", "免除符合条件的在校生学杂费", "stronger"),
    ("免除学杂费，免费提供教科书", "免除学费，免费提供教科书", "weaker"),
    # a 学段 narrowed: 高中阶段 covers 中职 too
    ("提供包括义务教育、高中阶段教育在内的免费教育", "提供包括义务教育、普通高中教育在内的免费教育", "weaker"),
    # care left to relatives the office only coordinates
    ("对生活不能自理的给予照料", "对生活不能自理的协调其近亲属给予照料", "weaker"),
    # a relief clause that only shares its verb with a kept one adds a service
    ("对在校就读的给予教育救助", "对在校就读的给予教育救助，对住房困难的给予住房救助", "stronger"),
])
def test_fees_stages_relatives_and_reliefs(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc44's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a floor raised or cut, its number written in Chinese with a half (两个半小时 = 2.5)
    ("学校提供课后服务，每天不少于2小时", "学校提供课后服务，每天不少于两个半小时", "stronger"),
    ("学校提供课后服务，每天不少于3小时", "学校提供课后服务，每天不少于2小时", "weaker"),
    ("暑期托管不少于4周", "暑期托管不少于三周", "weaker"),
    ("暑期托管不少于4周", "暑期托管不少于四周", "same"),
    ("每年开展家访不少于1个半月", "每年开展家访不少于一个半月", "same"),
])
def test_floors_compared_as_numbers_with_halves(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # who is funded capped as a share of all students: a cap, not a service
    ("为家庭经济困难学生提供国家助学金", "为家庭经济困难学生提供国家助学金，资助面不超过在校生总数的20%", "weaker"),
    ("为困难学生提供助学金", "为困难学生提供助学金，受助比例控制在在校生的15%以内", "weaker"),
    # a cap on what the family pays limits a cost: never read as a cap on the benefit
    ("为困难学生提供助学金", "为困难学生提供助学金，个人自付比例不超过10%", "same"),
])
def test_a_share_capping_who_is_served(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # opening hours, wherever each row says them
    ("开通24小时心理援助热线", "开通心理援助热线，每日8时至22时提供服务", "weaker"),
    ("开通心理援助热线，每日8时至20时提供服务", "开通心理援助热线，每天8:00-22:00提供服务", "stronger"),
    ("开通心理援助热线", "开通24小时心理援助热线", "stronger"),
    ("开通24小时心理援助热线", "开通全天候心理援助热线", "same"),
    # a time limit in hours is a deadline, not opening hours
    ("受理后3个工作日内发放救助金", "受理后24小时内发放救助金", "stronger"),
    # care before payment
    ("提供异地就医直接结算服务", "提供异地就医直接结算服务；县域内住院实行先诊疗后付费", "stronger"),
    ("提供住院医疗服务", "提供住院医疗服务，免交住院押金", "stronger"),
])
def test_opening_hours_and_care_before_payment(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc46's and fc47's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a new clause beside a base clause kept word for word, sharing only its venue, is judged on its own
    ("就近在普惠性幼儿园入园；资助家庭经济困难的儿童接受普惠性学前教育。",
     "就近在普惠性幼儿园入园；资助家庭经济困难的儿童接受普惠性学前教育。对在普惠性幼儿园就读学前一年的流动儿童免除保育教育费。",
     "stronger"),
    # documents required to apply: a condition, not a service
    ("以公办学校为主保障就近入学", "以公办学校为主保障就近入学；申请入学须提交居住证和住房证明", "weaker"),
    ("受理临时救助申请", "受理临时救助申请，申请救助需提供收入证明", "weaker"),
    # a prior 备案 before settlement, however it is said
    ("提供异地就医直接结算服务", "异地就医须先在参保地办理备案，备案后提供直接结算服务", "weaker"),
    ("提供异地就医直接结算服务", "提供异地就医直接结算服务，无需办理备案", "stronger"),
    # papers no longer required lift a requirement
    ("就地受理康复救助申请", "就地受理康复救助申请，申请时免于提交户籍地证明材料", "stronger"),
    ("就地受理康复救助申请", "就地受理康复救助申请，免予提供居住证明", "stronger"),
])
def test_applications_papers_and_prior_steps(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # 全程网办 is 网上办理
    ("两项补贴就地办理", "两项补贴就地办理、全程网办", "stronger"),
    ("两项补贴就地办理、全程网办", "两项补贴就地办理、全流程网上办理", "same"),
    # years of free education with 的 between
    ("提供包括义务教育、高中阶段教育在内的12年免费教育", "提供从小学到高中阶段共12年的免费教育", "same"),
    ("提供12年免费教育", "提供共9年的免费教育", "weaker"),
    # an exam spelled out names no 学段; schooling done before is a condition, not a group
    ("符合条件的在流入地参加中考", "符合条件的可在居住地参加初中学业水平考试和高中阶段学校招生考试", "same"),
    ("允许符合条件的流动儿童在本市普通高中就读",
     "允许在本市初中连续就读满3年且符合条件的流动儿童在本市普通高中就读", "weaker"),
    # one of two alternatives given beside the other
    ("实物配租公共租赁住房或发放租赁补贴", "实物配租公共租赁住房，轮候期间同时发放租赁补贴", "stronger"),
    # equal treatment said with 按照…同等标准 is no 户籍 condition
    ("就地受理残疾儿童康复救助申请", "就地受理残疾儿童康复救助申请，按照本省户籍残疾儿童同等标准给予康复救助", "stronger"),
])
def test_procedures_years_exams_and_alternatives(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # grades named before a 学段 limit the students
    ("为符合条件的中等职业教育在校生提供国家助学金", "为符合条件的一、二年级中等职业教育在校生提供国家助学金", "weaker"),
    ("为符合条件的在校生提供国家助学金", "为符合条件的1和2年级在校生提供国家助学金", "weaker"),
    # how long a benefit lasts, capped with a verb between
    ("发放租赁补贴", "发放租赁补贴，租赁补贴最长发放3年", "weaker"),
    ("发放租赁补贴", "发放租赁补贴，最多享受24个月", "weaker"),
])
def test_grades_and_benefit_durations(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base_target,other_target,expected", [
    ("流动儿童", "未满16周岁流动儿童", "weaker"),
    ("流动儿童", "14周岁以下流动儿童", "weaker"),
    ("流动儿童", "未满18周岁流动儿童", "same"),  # every child
    ("0-6岁流动儿童", "0-3岁流动儿童", "weaker"),  # ages on both sides, compared as numbers
])
def test_an_age_cap_added_to_the_group(markers, base_target, other_target, expected):
    assert row_level(markers, "提供疾病治疗服务", "提供疾病治疗服务", base_target, other_target) == expected


# ---------------------------------------------------------------- read from fc48's and fc49's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # paying first and claiming back at home is a burden, not a service; sending the family home again is no promise
    ("提供异地就医直接结算服务", "在本市就医发生的医疗费用由个人先行垫付，再引导其回参保地按规定报销", "weaker"),
    ("在本市就医的医疗费用由个人先行垫付，再引导其回参保地报销",
     "提供异地就医直接结算服务；暂不能直接结算的，由本市医保经办机构代为受理报销申请，个人无需回参保地办理", "stronger"),
    # a relief of what the family pays stays a service
    ("提供疾病治疗服务", "提供疾病治疗服务，个人自付部分全额给予救助", "stronger"),
    # a height below which children ride free
    ("身高1.3米以下的儿童免费乘坐公交", "身高1.2米以下的儿童免费乘坐公交", "weaker"),
    ("身高1.2米以下的儿童免费乘坐公交", "身高1.4米以下的儿童免费乘坐公交", "stronger"),
    # a citation of a rule, and policy advice from an office, add nothing
    ("由本市先行垫发基本生活费", "本市先行垫付基本生活费。依据《某市社会救助实施办法》第十二条", "same"),
    ("协助流动儿童向户籍地申领基本生活费", "区民政局提供政策咨询，协助流动儿童向户籍地申领基本生活费", "same"),
    # the exam's full name, and a diagnosis said in other words
    ("符合条件的在流入地参加中考", "符合条件的，在居住地参加初中学业水平考试和高中阶段学校招生考试", "same"),
])
def test_burdens_heights_citations_and_names(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base_target,other_target,expected", [
    ("符合户籍地特困救助供养条件的流动儿童", "符合本市或户籍地特困救助供养条件的流动儿童", "stronger"),
    ("符合户籍地或本市特困救助供养条件的流动儿童", "符合户籍地特困救助供养条件的流动儿童", "weaker"),
    ("流动儿童", "随父母或其他监护人在本省居住的流动儿童", "same"),  # who migrant children are
    ("流动儿童中经明确诊断且居家生活的严重精神障碍患儿", "流动儿童中确诊并在家中居住的严重精神障碍患儿", "same"),
    ("流动儿童", "本省户籍流动儿童", "weaker"),
    ("流动儿童", "流动儿童（不具有本县户籍）", "same"),
])
def test_groups_offered_as_alternatives_and_registered_here(markers, base_target, other_target, expected):
    assert row_level(markers, "提供管理服务", "提供管理服务", base_target, other_target) == expected


# ---------------------------------------------------------------- read from fc50's and fc51's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a waiver for the first school years only
    ("免除符合条件的中等职业教育在校生学费", "免除符合条件的中等职业教育在校生第一、二学年学费", "weaker"),
    ("免除符合条件的中等职业教育在校生学费",
     "免除符合条件的中等职业教育在校生一、二年级学费，三年级学费按规定收取", "weaker"),
    # the guardian paying first is a burden, not a benefit
    ("提供异地就医直接结算服务", "异地就医发生的医疗费用，由监护人先行垫付后，回参保地按规定报销", "weaker"),
    # capacity, in full, at once, and a discount
    ("提供家庭医生签约服务", "在签约服务资源允许的范围内提供家庭医生签约服务", "weaker"),
    ("提供疾病治疗服务", "提供疾病治疗服务，个人自付部分由医疗救助全额解决", "stronger"),
    ("在急难发生地发放临时救助金", "在急难发生地发放临时救助金，小额临时救助当场发放", "stronger"),
    ("中小学生乘坐公交享受5折优惠", "中小学生乘坐公交享受七折优惠", "weaker"),
    ("对生活仍有困难的儿童，采取必要措施保障其基本生活", "对生活仍有困难的儿童，可以采取必要措施保障其基本生活", "weaker"),
])
def test_school_years_burdens_capacity_and_discounts(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


@pytest.mark.parametrize("base,other,expected", [
    # the same promise in other words
    ("流动儿童可在居住地参加城乡居民基本医疗保险，不受户籍限制", "流动儿童可在居住地参加居民医保，不设户籍门槛", "same"),
    ("提供家庭医生签约服务、基本医疗服务", "流动儿童享有家庭医生签约服务、基本医疗服务", "same"),
    ("免除符合条件的在校生学费", "免除符合条件的在校生学费（住宿费、教材费不属于学费，不在免除范围）", "same"),
    # a benefit added in a clause led by its recipients
    ("免除学杂费，免费提供教科书；为家庭经济困难流动儿童提供生活补助",
     "免除学杂费，免费提供教科书；为家庭经济困难流动儿童提供生活补助；为在校流动儿童免费提供营养午餐", "stronger"),
    ("为流动儿童父母提供政策咨询、职业介绍、创业指导等服务",
     "为流动儿童父母提供政策咨询、职业介绍、创业指导等服务；对符合条件的创业流动儿童父母提供创业担保贷款及贴息", "stronger"),
    # advice on the rules in place of a service adds nothing
    ("提供异地就医直接结算服务", "为需要异地就医的流动儿童家庭提供医保政策咨询", "weaker"),
])
def test_restatements_exclusions_and_benefits_led_by_recipients(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc52's and fc53's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # papers required at enrolment, however the clause opens
    ("以公办学校为主保障就近入学", "以公办学校为主保障就近入学，入学时须提交父母居住证、就业证明和住房证明", "weaker"),
    # a time limit the family must meet is a bar, not a promise
    ("发放临时救助金", "发放临时救助金；临时救助申请须在急难情形发生后15日内提出", "weaker"),
    ("发放临时救助金", "发放临时救助金，受理后3个工作日内发放", "stronger"),
    # a gloss says what a word means
    ("对流动儿童父母提供家庭教育指导服务",
     "对流动儿童（指跟随父母离开户籍地、在本县居住生活的未成年人）的父母提供家庭教育指导服务", "same"),
    # quotation marks of either kind
    ("在学校和“童心港湾”等场所开展文化活动", "在学校和「童心港湾」等场所开展文化活动", "same"),
    # 获得 = 领取 of a benefit
    ("对领取低保金后生活仍有困难的儿童采取必要措施", "对获得低保金后生活仍有困难的儿童采取必要措施", "same"),
])
def test_papers_family_deadlines_glosses_and_quotes(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


def test_a_group_named_with_a_de_among_several_is_still_one_group(markers):
    assert row_level(markers, "提供基本生活条件", "提供基本生活条件",
                     "流动儿童中的孤儿、艾滋病病毒感染儿童、事实无人抚养儿童",
                     "流动儿童中的孤儿、感染艾滋病病毒的儿童、事实无人抚养儿童") == "same"


# ---------------------------------------------------------------- read from fc54's misses (after first contact)

@pytest.mark.parametrize("base,other,expected", [
    # a journey home the family must make unhelped is no promise; losing it loses nothing
    ("允许流动儿童在流入地普通高中就读，高考须回户籍地报名参加",
     "允许流动儿童在流入地普通高中就读并在当地参加高考", "stronger"),
    ("引导流动儿童参保，在居住地发生的医疗费用回参保地按规定报销",
     "引导流动儿童参保，在居住地就医时提供异地就医直接结算服务", "stronger"),
    ("协助流动儿童向户籍地申领基本生活费", "为流动儿童提供政策咨询", "weaker"),  # help to apply is a promise
    # a fee brought in where the base charges nothing, its relief for some part of it
    ("暑期为有需要的流动儿童提供托管服务，不收取费用",
     "暑期为有需要的流动儿童提供托管服务，按照成本分担原则收取托管费，对低保家庭儿童免收", "weaker"),
])
def test_journeys_home_and_fees_brought_in(markers, base, other, expected):
    assert row_level(markers, base, other) == expected


# ---------------------------------------------------------------- read from fc56's misses (after first contact)

@pytest.mark.parametrize("base_target,other_target,expected", [
    ("流动儿童", "6-14岁流动儿童", "weaker"),  # an age band leaves out the youngest and the oldest
    ("流动儿童", "0-17岁流动儿童", "same"),  # every child
])
def test_an_age_band_given_to_the_group(markers, base_target, other_target, expected):
    assert row_level(markers, "开展城市融入支持活动", "开展城市融入支持活动", base_target, other_target) == expected


def test_a_frequency_in_numerals_is_the_same_frequency(markers):
    assert row_level(markers, "每学年至少开展1次心理健康筛查", "每学年开展心理健康筛查不少于一次") == "same"
    assert row_level(markers, "每学年至少开展2次心理健康筛查", "每学年开展心理健康筛查不少于一次") == "weaker"


# ---------------------------------------------------------------- read from fc58_level and fc59_level misses


@pytest.mark.parametrize("base,other", [
    ("免除学杂费，免费提供教科书；保障就近入学", "免除学杂费，免费提供教科书；保障就近入学，学校课后服务对流动儿童免费提供"),
    ("免费提供体检服务；开展健康教育", "免费提供体检服务；开展健康教育，寒暑假托管服务为流动儿童免费提供"),
])
def test_a_service_named_before_its_verb_is_a_service_added(markers, base, other):
    assert row_level(markers, base, other) == "stronger"


@pytest.mark.parametrize("base,other", [
    ("提供异地就医直接结算服务", "提供异地就医直接结算服务（即在本市就医时直接结算，无需先行垫付再回参保地报销）"),
    ("提供异地就医直接结算服务（即在本市就医时直接结算，无需先行垫付再回参保地报销）", "提供异地就医直接结算服务"),
    ("落实“两免一补”政策", "落实“两免一补”政策（即免除学杂费、免费提供教科书、补助寄宿生生活费）"),
])
def test_a_gloss_gives_and_takes_nothing(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("base,other", [
    ("在本市连续居住满2年的家庭经济困难儿童，经监护人申请，资助其接受普惠性学前教育",
     "资助家庭经济困难的儿童接受普惠性学前教育"),
    ("持本市居住证的困难家庭子女，经本人申请并经审核同意后，发放助学金", "为困难家庭子女发放助学金"),
])
def test_who_and_how_they_ask_dropped_before_a_kept_promise_lifts_conditions(markers, base, other):
    judgement = judge_items([base], [other], markers, PairSetting(targets=("流动儿童", "流动儿童")))
    assert judgement.level.value == "stronger"
    assert all(r.kind.value == "condition" for r in judgement.reasons if r.direction.value == "stronger")


@pytest.mark.parametrize("base_target,other_target,content", [
    ("流动儿童", "流动儿童及其父母", "为流动儿童父母提供职业介绍、职业培训等服务；开展城市融入活动"),
    ("流动儿童", "流动儿童和家长", "开展城市融入活动；向流动儿童家长提供家庭教育指导"),
])
def test_a_group_the_content_already_serves_is_not_added(markers, base_target, other_target, content):
    assert row_level(markers, content, content, base_target, other_target) == "same"


@pytest.mark.parametrize("base_target,other_target,level", [
    ("在本市幼儿园、小学就读的流动儿童", "在本县幼儿园就读的流动儿童", "weaker"),
    ("在本市小学、初中就读的流动儿童", "在本市小学、初中、普通高中就读的流动儿童", "stronger"),
    ("在本市初中就读的流动儿童", "在本市初中、中职学校就读的流动儿童", "stronger"),
    ("在本市小学、初中就读的流动儿童", "在本县初中、小学就读的流动儿童", "same"),
])
def test_schools_listed_in_a_group_are_options_of_one_condition(markers, base_target, other_target, level):
    assert row_level(markers, "免费提供口腔健康检查", "免费提供口腔健康检查", base_target, other_target) == level


@pytest.mark.parametrize("other", [
    "发放临时救助金；同一家庭同一年度内临时救助以1次为限",
    "发放临时救助金，每户每年以一次为限",
])
def test_a_benefit_limited_to_a_number_of_times_is_capped(markers, other):
    assert row_level(markers, "发放临时救助金", other) == "weaker"


def test_an_age_the_service_name_gives_one_service_holds_only_for_that_service(markers):
    base = ["提供健康管理服务", "有条件的地方就近提供托育服务"]

    def level(*other):
        return judge_items(base, list(other), markers, UNDER_THREES).level.value

    assert level("为0-3岁流动儿童提供健康管理服务", "有条件的地方就近提供托育服务") == "weaker"
    assert level("提供健康管理服务", "有条件的地方为0-3岁流动儿童就近提供托育服务") == "same"


# ---------------------------------------------------------------- read from fc60_level and fc61_level misses (and fc56's)


@pytest.mark.parametrize("base,other,level", [
    ("对流动儿童父母提供家庭教育指导服务", "流动儿童父母有需要的，可向居住地社区申请家庭教育指导服务", "weaker"),
    ("为流动儿童提供心理健康辅导", "流动儿童监护人可向居住地街道申请心理健康辅导", "weaker"),
    # a means-tested benefit is applied for anyway: applying where the family lives spares it a journey
    ("将符合条件的流动儿童家庭纳入最低生活保障范围",
     "将符合条件的流动儿童家庭纳入最低生活保障范围，可向居住地街道提出申请", "stronger"),
    ("受理残疾儿童康复救助申请", "可向经常居住地县级残联提出康复救助申请", "stronger"),
])
def test_a_service_given_unasked_that_now_has_to_be_applied_for_is_weaker(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other", [
    "对家庭人均收入低于当地最低工资标准的家庭经济困难学生发放国家助学金",
    "对家庭经济困难学生发放国家助学金，家庭年人均可支配收入不超过当地低保标准2倍",
])
def test_an_income_test_is_a_condition(markers, other):
    assert row_level(markers, "对家庭经济困难学生发放国家助学金", other) == "weaker"


@pytest.mark.parametrize("other", [
    "由监护人自行向户籍地申领基本生活费，县民政局提供政策告知",
    "由监护人自行向户籍地申领基本生活费，街道提供政策宣传",
])
def test_telling_the_family_of_a_policy_is_no_service_added(markers, other):
    assert row_level(markers, "协助流动儿童向户籍地申领基本生活费", other) == "weaker"


@pytest.mark.parametrize("base,other", [
    ("在认定相关情形时提供“跨省通办”服务", "认定孤儿、艾滋病病毒感染儿童、事实无人抚养儿童等情形时提供“跨省通办”服务"),
    ("在认定事实无人抚养儿童、孤儿、艾滋病病毒感染儿童等相关情形时提供“跨省通办”服务", "在认定相关情形时提供“跨省通办”服务"),
])
def test_the_groups_of_the_row_listed_again_in_its_content_add_no_one(markers, base, other):
    target = "流动儿童中的孤儿、艾滋病病毒感染儿童、事实无人抚养儿童"
    assert row_level(markers, base, other, target, target) == "same"


@pytest.mark.parametrize("base,other,level", [
    ("为流动儿童父母提供职业培训", "为流动儿童父母提供职业培训，参加培训的每人每年给予最高2000元培训补贴", "stronger"),
    ("发放临时救助金", "发放临时救助金，临时救助金每人每次最高不超过3000元", "weaker"),
    ("对残疾学生交通费等予以补助", "对残疾学生交通费等予以补助，其中交通费补助每生每年最高1000元", "weaker"),
])
def test_a_capped_sum_is_a_limit_on_what_the_base_pays_and_a_gain_where_it_pays_nothing(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc62_level and fc63_level misses


@pytest.mark.parametrize("base,other", [
    ("按照国家基本公共卫生服务规范提供健康管理服务",
     "按照国家基本公共卫生服务规范提供健康管理服务（含新生儿访视、儿童健康检查）"),
    ("提供基本生活条件，提供疾病治疗服务", "提供基本生活条件，提供疾病治疗服务（含医疗救治）"),
    ("在认定相关情形时提供“跨省通办”服务", "在认定相关情形时提供“跨省通办”（异地受理、跨省办理）服务"),
])
def test_a_bracket_that_lists_a_services_steps_or_explains_a_quoted_term_changes_nothing(markers, base, other):
    assert row_level(markers, base, other) == "same"
    assert row_level(markers, other, base) == "same"


def test_a_bracket_that_adds_a_group_or_a_school_still_widens(markers):
    assert row_level(markers, "受理残疾儿童康复救助申请", "受理残疾儿童（含孤独症儿童）康复救助申请") == "stronger"


@pytest.mark.parametrize("base,other", [
    (["对流动儿童开展心理健康筛查", "每学年至少开展1次心理健康筛查"],
     ["对流动儿童开展心理健康筛查", "每学年开展心理健康筛查不少于一次"]),
    (["提供家庭走访服务", "每季度至少走访1次"], ["提供家庭走访服务", "每季度开展家庭走访不少于1次"]),
])
def test_a_frequency_said_in_other_words_elsewhere_in_the_row_is_not_lost(markers, base, other):
    assert judge_items(base, other, markers, PairSetting(targets=("流动儿童", "流动儿童"))).level.value == "same"


@pytest.mark.parametrize("base,other,level", [
    ("对有需要的流动儿童提供心理健康筛查，符合条件的纳入精神障碍社区康复服务范围",
     "对有需要的流动儿童提供心理健康筛查；经市级精神卫生专业机构确诊的，方可纳入精神障碍社区康复服务范围", "weaker"),
    ("对有需要的流动儿童提供心理健康筛查；经市级精神卫生专业机构确诊的，方可纳入精神障碍社区康复服务范围",
     "对有需要的流动儿童提供心理健康筛查，符合条件的纳入精神障碍社区康复服务范围", "stronger"),
    ("提供基本生活条件", "凭户籍地民政部门出具的特困人员认定证明，提供基本生活条件", "weaker"),
])
def test_a_diagnosis_or_a_certificate_required_is_a_condition(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("base,other", [
    ("提供异地就医直接结算服务，无需办理异地就医备案", "提供异地就医直接结算服务，不需办理异地就医备案"),
    ("资助家庭经济困难的儿童接受普惠性学前教育，并免除其保育教育费",
     "对家庭经济困难的儿童给予普惠性学前教育资助，同时免除其保育教育费"),
    ("在中小学开展网络素养和防沉迷教育", "在中小学校开展网络素养教育和防止沉迷网络教育"),
])
def test_rewordings_of_a_lifted_step_a_second_benefit_and_a_listed_item_are_the_same(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("other", [
    "统一投保学生意外伤害保险，保费由县级财政和学生家庭各承担50%",
    "统一投保学生意外伤害保险，保费由个人按比例分担",
])
def test_a_cost_the_government_bore_now_shared_with_the_family_is_weaker(markers, other):
    assert row_level(markers, "统一投保学生意外伤害保险，保费由市级财政承担", other) == "weaker"


def test_the_list_naming_its_own_place_is_the_place_it_speaks_for(markers):
    base = "对符合条件且在本市就读满1学年的中等职业教育在校生免除学费"
    assert row_level(markers, base, "对符合条件且在葭隅市就读满1学年的中等职业教育在校生免除学费") == "same"
    assert row_level(markers, base, "对符合条件且在户籍所在市就读满1学年的中等职业教育在校生免除学费") != "same"
    # a part of the place (中心城区) is no name of it: a service kept to it is still narrowed
    assert row_level(markers, "为流动儿童父母提供职业介绍", "在中心城区为流动儿童父母提供职业介绍") == "weaker"


# ---------------------------------------------------------------- read from fc64_level and fc65_level misses


@pytest.mark.parametrize("base,other,level", [
    ("为流动儿童的父母开展家庭教育指导", "根据流动儿童父母或者其他监护人的申请，提供家庭教育指导服务", "weaker"),
    ("为有需要的流动儿童提供心理辅导", "依监护人申请为流动儿童提供心理辅导", "weaker"),
    ("对流动儿童父母提供家庭教育指导服务", "流动儿童父母可向所在社区家长学校申请家庭教育指导服务", "weaker"),
    ("受理残疾儿童康复救助申请", "根据监护人的申请，受理残疾儿童康复救助", "same"),
])
def test_a_service_given_on_application_where_the_base_gives_it_unasked_is_weaker(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other", [
    "流动儿童免费乘坐市内公交，乘坐地铁享受半价优惠",
    "流动儿童免费乘坐市内公交，乘坐地铁票价优惠",
])
def test_free_turned_into_a_discount_for_one_listed_item_is_weaker(markers, other):
    assert row_level(markers, "流动儿童免费乘坐市内公交、地铁", other) == "weaker"


def test_a_lift_lifts_the_condition_it_names_not_one_added_beside_it(markers):
    base = "为符合当地住房保障条件的流动儿童家庭发放租赁补贴，申请时不以本市户籍为条件"
    other = "为符合当地住房保障条件、且在本县连续居住满3年的流动儿童家庭发放租赁补贴，申请时不以户籍为条件"
    judgement = judge_items([base], [other], markers, PairSetting(targets=("流动儿童", "流动儿童")))
    assert judgement.level.value == "weaker"
    assert not any(r.direction.value == "stronger" for r in judgement.reasons)


def test_a_school_stage_named_as_the_group_is_no_school_option(markers):
    stages = PairSetting(targets=("普通高中教育阶段流动儿童", "高中阶段教育流动儿童"))
    judgement = judge_items(["免除学杂费"], ["免除学杂费"], markers, stages)
    assert not any("就读" in r.explanation for r in judgement.reasons)


# ---------------------------------------------------------------- read from fc66_level and fc67_level misses


@pytest.mark.parametrize("other", [
    "允许在本市完整就读初中三年的流动儿童在本市普通高中就读",
    "允许在本市就读初中阶段满3年的流动儿童在本市普通高中就读",
])
def test_years_of_schooling_with_the_stage_between_are_a_condition(markers, other):
    base = "允许符合条件的流动儿童在本市普通高中就读"
    assert row_level(markers, base, other) == "weaker"
    assert row_level(markers, other, base) == "stronger"


def test_care_given_only_after_the_guardian_applies_is_weaker(markers):
    assert row_level(markers, "对生活不能自理的给予照料", "生活不能自理的，由监护人提出申请后给予照料") == "weaker"


@pytest.mark.parametrize("other,level", [
    ("提供疾病治疗服务", "stronger"),
    ("为流动儿童向户籍地申请疾病治疗救助提供政策指引", "weaker"),
])
def test_help_to_apply_turned_back_into_the_service_itself_is_stronger(markers, other, level):
    assert row_level(markers, "协助其向户籍地申请疾病治疗救助", other) == level


# ---------------------------------------------------------------- read from fc68_level and fc69_level misses


@pytest.mark.parametrize("other_target", [
    "持有本县居住证的流动儿童中的困境儿童",
    "在本县连续居住满1年的流动儿童中的困境儿童",
])
def test_a_condition_on_those_chosen_from_is_a_condition(markers, other_target):
    content = "由儿童主任每季度入户探访1次"
    assert row_level(markers, content, content, "流动儿童中的困境儿童", other_target) == "weaker"


# ---------------------------------------------------------------- read from fc72_level to fc75_level misses


@pytest.mark.parametrize("other_target", ["10周岁以上流动儿童", "年满3周岁的流动儿童", "14岁及以上流动儿童"])
def test_a_lower_age_put_on_the_group_narrows_it(markers, other_target):
    content = "为有需要的流动儿童开展心理健康筛查"
    assert row_level(markers, content, content, "流动儿童", other_target) == "weaker"
    assert row_level(markers, content, content, other_target, "流动儿童") == "stronger"


@pytest.mark.parametrize("base_target,other_target,level", [
    ("在本市连续居住满1年的流动儿童", "在本县连续居住满6个月的流动儿童", "stronger"),
    ("居住满6个月的流动儿童", "居住满2年的流动儿童", "weaker"),
    ("居住满1年的流动儿童", "居住满12个月的流动儿童", "same"),
])
def test_a_residence_length_in_another_unit_is_compared_as_a_length(markers, base_target, other_target, level):
    content = "提供基本生活条件"
    assert row_level(markers, content, content, base_target, other_target) == level


@pytest.mark.parametrize("other", [
    "家庭经济困难的流动儿童可由监护人向学校申请生活补助",
    "家庭经济困难的流动儿童可由其监护人向所在学校提出申请，领取生活补助",
])
def test_a_benefit_the_guardian_may_apply_for_is_weaker_than_one_given(markers, other):
    assert row_level(markers, "为家庭经济困难流动儿童提供生活补助", other) == "weaker"


@pytest.mark.parametrize("other", [
    "对经学校推荐的流动儿童提供心理健康筛查",
    "对经学校推荐并由监护人提出书面申请的流动儿童提供心理健康筛查",
    "对经社区推荐的有需要的流动儿童提供心理健康筛查",
])
def test_a_service_only_for_those_put_forward_is_weaker(markers, other):
    assert row_level(markers, "对有需要的流动儿童提供心理健康筛查", other) == "weaker"


@pytest.mark.parametrize("other,level", [
    ("为普通高中在校生中的建档立卡家庭经济困难学生提供国家助学金", "weaker"),
    ("为普通高中在校生中的低保家庭经济困难学生提供国家助学金", "weaker"),
    ("为普通高中在校生中的低保家庭等经济困难学生提供国家助学金", "same"),  # 等: some of those meant, named
])
def test_a_narrower_group_put_before_the_base_group_narrows_it(markers, other, level):
    assert row_level(markers, "为普通高中在校生中的家庭经济困难学生提供国家助学金", other) == level


@pytest.mark.parametrize("other", [
    "在急难发生地发放临时救助金（单次一般不超过当地3个月最低生活保障标准）和有关物资",
    "在急难发生地发放临时救助金和有关物资，单次救助金额不超过当地3个月低保标准",
    "在急难发生地发放临时救助金和有关物资，救助金额最高为当地6个月城乡低保标准",
])
def test_a_sum_capped_at_months_of_a_standard_is_a_new_cap(markers, other):
    assert row_level(markers, "在急难发生地发放临时救助金和有关物资", other) == "weaker"


@pytest.mark.parametrize("base,other", [
    ("符合条件的纳入精神障碍社区康复服务范围", "符合条件的，可纳入精神障碍社区康复服务范围"),
    ("免费提供教科书", "可免费提供教科书"),
    ("对符合条件的学生减免学费", "对符合条件的学生可减免学费"),
])
def test_may_before_a_promise_softens_it(markers, base, other):
    assert row_level(markers, base, other) == "weaker"


@pytest.mark.parametrize("other", [
    "为残疾学生（不限家庭经济状况）提供12年免费教育",
    "为残疾学生（无论家庭经济状况如何）提供12年免费教育",
])
def test_a_condition_waived_by_name_is_removed(markers, other):
    assert row_level(markers, "为家庭经济困难的残疾学生提供12年免费教育", other) == "stronger"


def test_an_exemption_from_a_check_said_otherwise_is_the_same(markers):
    base = "对涉及抚养费、受教育权等事项的流动儿童，免予经济困难状况审查，提供法律援助"
    other = "对涉及抚养费、受教育权等事项的流动儿童，不审查经济困难状况，直接提供法律援助"
    assert row_level(markers, base, other) == "same"


# ---------------------------------------------------------------- read from fc76_level and fc77_level misses


@pytest.mark.parametrize("wider", [
    "纳入最低生活保障或特困供养范围的流动儿童，以及持证残疾的流动儿童",
    "纳入最低生活保障或特困供养范围的流动儿童和持证残疾的流动儿童",
    "纳入最低生活保障或特困供养范围的流动儿童；父母重病的流动儿童",
])
def test_a_whole_group_joined_to_the_target_widens_it(markers, wider):
    content = "由政府出资为其免费投保一份儿童意外伤害保险"
    narrow = "纳入最低生活保障或特困供养范围的流动儿童"
    assert row_level(markers, content, content, narrow, wider) == "stronger"
    assert row_level(markers, content, content, wider, narrow) == "weaker"


@pytest.mark.parametrize("waiver", [
    "家庭医生签约服务费中个人负担部分予以免除",
    "家庭医生签约服务费全部由财政承担，个人不付费",
    "签约服务费中个人应缴部分予以全额免除",
])
def test_a_fee_the_family_no_longer_pays_is_stronger(markers, waiver):
    base = "提供家庭医生签约服务、基本医疗服务、基本公共卫生服务"
    assert judge_items([base], [base, waiver], markers).level.value == "stronger"


@pytest.mark.parametrize("other", [
    "流动儿童的父母或者其他监护人提出申请的，为其提供家庭教育指导服务",
    "经流动儿童监护人提出书面申请后，为其提供家庭教育指导服务",
])
def test_a_service_given_once_the_parents_apply_is_weaker(markers, other):
    assert row_level(markers, "为流动儿童的父母或者其他监护人提供家庭教育指导服务", other) == "weaker"


def test_a_way_of_finding_children_said_with_one_word_more_is_the_same(markers):
    base = "建立主动发现机制，通过部门数据比对排查，将符合条件的流动儿童家庭纳入最低生活保障范围"
    other = "建立主动排查发现机制，通过部门间数据比对，将符合条件的流动儿童家庭纳入最低生活保障范围"
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("base,other", [
    ("入学报名全程网上办理，不再要求提供社会保险缴纳证明", "入学报名实行全程网上办理，无需提交社会保险缴纳证明"),
    ("申请时免于提交户籍地证明材料", "申请时无需提供户籍地证明材料"),
])
def test_a_requirement_lifted_on_both_sides_in_other_words_is_the_same(markers, base, other):
    assert row_level(markers, base, other) == "same"


def test_a_document_anyone_holds_offered_in_the_alternative_adds_no_condition(markers):
    base = "提供家庭医生签约服务"
    assert judge_items([base], [base, "凭居住证或有效身份证件即可在居住地办理家庭医生签约"], markers).level.value == "same"
    assert judge_items([base], [base, "凭居住证在居住地办理家庭医生签约"], markers).level.value == "weaker"


@pytest.mark.parametrize("other", [
    "每学年为在校流动儿童开展至少1次心理健康筛查，覆盖率不低于80%",
    "每学年为在校流动儿童开展至少1次心理健康筛查，筛查覆盖率达到90%以上",
])
def test_full_coverage_turned_into_a_share_leaves_some_out(markers, other):
    base = "每学年为在校流动儿童开展至少1次心理健康筛查，实现全覆盖"
    assert judge_items(base.split("；"), other.split("；"), markers).level.value == "weaker"


@pytest.mark.parametrize("other,level", [
    ("为流动儿童提供家庭医生签约服务（与家庭医生团队签订服务协议）、基本医疗服务以及基本公共卫生服务", "same"),
    ("提供家庭医生签约服务、基本医疗服务（由社区卫生服务中心和乡镇卫生院提供）、基本公共卫生服务", "same"),
    ("提供家庭医生签约服务（与签约医生约定服务内容）、基本医疗服务、基本公共卫生服务和心理咨询服务", "stronger"),
])
def test_a_bracket_saying_what_an_item_is_adds_no_item(markers, other, level):
    assert row_level(markers, "提供家庭医生签约服务、基本医疗服务、基本公共卫生服务", other) == level


# ---------------------------------------------------------------- read from fc80_level and fc81_level misses


@pytest.mark.parametrize("other", [
    "允许在本市连续就读初中满3年并取得本市初中学籍的流动儿童在本市普通高中就读并参加高考",
    "允许在本市就读初中满3年的流动儿童在本市普通高中就读并参加高考",
    "允许具有本市初中学籍的流动儿童在本市普通高中就读并参加高考",
])
def test_the_stage_a_child_has_been_through_is_a_condition_not_a_group(markers, other):
    base = "允许符合条件的流动儿童在流入地普通高中就读并在当地参加高考"
    assert row_level(markers, base, other) == "weaker"
    assert row_level(markers, other, base) == "stronger"


@pytest.mark.parametrize("other", [
    "经监护人书面委托后，协助流动儿童向户籍地申请领取基本生活费或生活补贴",
    "协助流动儿童向户籍地申领基本生活费或生活补贴；申领时须由监护人提交书面申请及户籍地出具的证明材料",
])
def test_a_mandate_or_papers_the_family_must_bring_are_conditions(markers, other):
    base = "协助流动儿童向户籍地申请领取基本生活费或生活补贴"
    assert judge_items([base], other.split("；"), markers).level.value == "weaker"


@pytest.mark.parametrize("other", [
    ["提供基本医疗和基本公共卫生服务", "有条件的村（社区）卫生室提供家庭医生签约服务"],
    ["提供基本医疗和基本公共卫生服务", "有条件的医疗机构提供家庭医生签约服务"],
])
def test_a_hedge_on_one_service_of_several_weakens_it(markers, other):
    assert judge_items(["提供家庭医生签约、基本医疗和基本公共卫生服务"], other, markers).level.value == "weaker"


def test_a_hedge_on_what_a_plain_segment_adds_beside_the_promise_is_no_weakening(markers):
    judged = judge_items(["发放临时救助金和有关物资"], ["发放临时救助金和有关物资", "必要时可先行救助"], markers)
    assert judged.level.value == "stronger"


@pytest.mark.parametrize("base,other", [
    ("家庭医生团队每年至少为签约流动儿童开展1次上门随访", "每年为签约流动儿童上门随访不少于1次"),
    ("每学期至少为在校流动儿童组织2次安全教育", "每学期组织安全教育不少于2次"),
])
def test_a_floor_said_with_words_between_is_the_same_floor(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("other", [
    ["允许符合条件的流动儿童在流入地普通高中就读", "在本省高中阶段连续学习满3年的，可在当地参加高考"],
    ["允许符合条件的流动儿童在流入地普通高中就读", "连续在读满2学年的，可在当地参加高考"],
])
def test_years_of_study_before_an_exam_are_a_condition(markers, other):
    base = ["允许符合条件的流动儿童在流入地普通高中就读并在当地参加高考"]
    assert judge_items(base, other, markers).level.value == "weaker"


@pytest.mark.parametrize("base", [
    ["按规定办理异地就医备案手续后，方可享受异地就医直接结算服务"],
    ["完成居住登记后，才能享受异地就医直接结算服务"],
    ["经户籍地医保部门审核同意并办理异地就医备案后，提供异地就医直接结算服务"],
    ["经户籍地核实相关情况后，提供异地就医直接结算服务"],
])
def test_a_step_the_family_had_to_take_first_dropped_is_stronger(markers, base):
    other = ["提供异地就医直接结算服务"]
    assert judge_items(base, other, markers).level.value == "stronger"
    assert judge_items(other, base, markers).level.value == "weaker"


def test_a_widening_said_again_after_a_comma_is_not_dropped(markers):
    base = "在本市完成初中学业的流动儿童均可在本市参加中考"
    other = "凡在本市完成初中学业的流动儿童，均可在本市报名参加中考"
    assert row_level(markers, base, other) == "same"


# ---------------------------------------------------------------- read from fc84_level and fc85_level misses


@pytest.mark.parametrize("other,level", [
    ("村（社区）儿童主任每半月对困境流动儿童家庭巡访1次", "stronger"),
    ("村（社区）儿童主任每季度对困境流动儿童家庭巡访1次", "weaker"),
])
def test_every_half_month_is_twice_a_month(markers, other, level):
    assert row_level(markers, "村（社区）儿童主任每月对困境流动儿童家庭巡访1次", other) == level


@pytest.mark.parametrize("other", [
    "免除符合条件的中等职业教育在校生学费，须由本人每学期开学后1个月内提出申请，逾期不予办理",
    "免除符合条件的中等职业教育在校生学费，须由监护人在开学后15日内提交申请，逾期不再受理",
])
def test_a_deadline_the_family_must_meet_is_weaker(markers, other):
    assert row_level(markers, "免除符合条件的中等职业教育在校生学费", other) == "weaker"


@pytest.mark.parametrize("other", [
    "在急难发生地发放临时救助金和有关物资，单次救助金额最高不超过3000元",
    "在急难发生地发放临时救助金和有关物资，每次救助金最高不超过2000元",
])
def test_a_cap_on_the_sum_the_base_pays_each_time_is_a_cap(markers, other):
    base = ["在急难发生地发放临时救助金和有关物资", "提供临时生活照料和转介服务"]
    assert judge_items(base, [other, base[1]], markers).level.value == "weaker"


# ---------------------------------------------------------------- read from fc96_level and fc97_level misses


@pytest.mark.parametrize("other", [
    "按照国家基本公共卫生服务规范提供健康管理服务，并对新迁入本市的3岁以下流动儿童家庭提供1次上门健康随访",
    "按照国家基本公共卫生服务规范提供健康管理服务，同时为3岁以下婴幼儿家庭提供2次入户随访",
    "按照国家基本公共卫生服务规范提供健康管理服务，另对0-3岁儿童开展上门随访",
])
def test_an_age_in_what_a_clause_adds_is_the_age_of_the_addition(markers, other):
    """The row's own promise is kept whole; the age belongs to the visit added beside it: no narrowing."""
    reasons = judge_items(["按照国家基本公共卫生服务规范提供健康管理服务"], [other], markers,
                          PairSetting(targets=INFANTS)).reasons
    assert not [r for r in reasons if r.direction.value == "weaker"]


@pytest.mark.parametrize("other", [
    "就地受理0-6岁残疾儿童康复救助申请，康复救助标准每人每年不低于2万元，提供相关服务",
    "就地受理6岁以下残疾儿童康复救助申请，救助标准每人每年不低于1.5万元，提供相关服务",
])
def test_an_age_put_on_the_base_promise_narrows_it_beside_a_new_sum(markers, other):
    assert row_level(markers, "就地受理残疾儿童康复救助申请，提供相关服务", other,
                     "流动儿童中的残疾儿童", "流动儿童中的残疾儿童") == "mixed"


def test_an_age_of_a_new_sum_is_the_age_of_that_sum(markers):
    base = ["就地受理残疾儿童康复救助申请，提供相关服务"]
    other = ["对0-6岁残疾儿童，按每人每年2万元给予康复补助", base[0]]
    assert judge_items(base, other, markers, PairSetting(targets=("残疾儿童", "残疾儿童"))).level.value == "stronger"


@pytest.mark.parametrize("other", [
    "寒暑假期间依托学校、社区儿童之家开展低偿托管服务，家庭经济困难的免收费用",
    "寒暑假期间依托学校开展低收费托管服务",
    "寒暑假期间依托学校、社区儿童之家开展平价托管服务",
])
def test_free_made_low_fee_is_weaker_and_no_item_gained(markers, other):
    judged = judge_items(["寒暑假期间依托学校、社区儿童之家开展免费托管服务"], [other], markers)
    assert judged.level.value == "weaker"
    assert not [r for r in judged.reasons if r.explanation.startswith("列举项新增")]


@pytest.mark.parametrize("other", [
    "流动儿童父母在社区登记后，可申请政策咨询、职业介绍、职业培训等服务",
    "流动儿童父母到街道登记后方可享受职业介绍、职业培训等服务",
    "流动儿童父母在人社部门报名后，可参加职业介绍、职业培训等服务",
])
def test_registering_first_is_a_condition(markers, other):
    assert row_level(markers, "为流动儿童父母提供政策咨询、职业介绍、职业培训等服务", other) == "weaker"


@pytest.mark.parametrize("base,other", [
    ("为符合当地住房保障条件的流动儿童家庭实物配租公共租赁住房",
     "符合本市住房保障条件的流动儿童家庭，可申请公共租赁住房实物配租"),
    ("为流动儿童父母提供职业介绍", "流动儿童父母可申请职业介绍服务"),
    ("流动儿童父母在社区登记后，可申请职业介绍服务", "流动儿童父母在社区登记后，可申请职业介绍服务"),
])
def test_a_right_to_apply_alone_or_a_registration_kept_is_no_condition_added(markers, base, other):
    assert row_level(markers, base, other) == "same"


@pytest.mark.parametrize("other", [
    "鼓励流动儿童家长自愿为子女购买学生意外伤害保险，学校协助办理",
    "鼓励流动儿童家长自愿为子女购买学生意外伤害保险，社区帮助办理相关手续",
])
def test_help_with_a_formality_naming_no_service_adds_none(markers, other):
    """The city bought the insurance; now the family buys it, helped: weaker, not mixed."""
    base = "由市财政统一为流动儿童购买学生意外伤害保险，家庭无需缴费"
    assert row_level(markers, base, other) == "weaker"


@pytest.mark.parametrize("other", [
    "免收学费、杂费，免费发放教材",
    "免除学杂费，向学生免费发放教科书",
])
def test_a_thing_given_that_the_base_names_whole_is_not_new(markers, other):
    assert row_level(markers, "免除学杂费，免费提供教科书", other) == "same"


# ---------------------------------------------------------------- read from fc98_level and fc99_level misses


@pytest.mark.parametrize("base,other", [
    ("家庭医生签约服务费个人负担部分予以免收", "签约服务费个人负担部分全免"),
    ("签约服务费个人负担部分全免", "家庭医生签约服务费个人负担部分予以免收"),
    ("为在校流动儿童统一投保学生意外伤害保险，所需费用由财政承担",
     "为在校流动儿童统一办理学生意外伤害保险投保，保费由财政承担"),
    ("申领期间由居住地先行垫付发放", "申领期间先由本县垫付发放"),
])
def test_a_benefit_word_said_another_way_is_kept(markers, base, other):
    assert row_level(markers, base, other) == "same"


def test_near_home_before_childcare_named_further_off_is_not_added(markers):
    judged = judge_items(["有条件的地方就近提供托育服务"], ["有条件的地方就近为3岁以下流动儿童提供托育服务"], markers,
                         UNDER_THREES)
    assert judged.level.value == "same"


@pytest.mark.parametrize("base,other,level", [
    ("提供基本生活条件，视情对生活不能自理的给予照料", "提供基本生活条件；对生活不能自理的，视情给予照料", "same"),
    ("对生活不能自理的，视情给予照料", "视情对生活不能自理的给予照料", "same"),
    ("提供基本生活条件，对生活不能自理的给予照料", "提供基本生活条件；对生活不能自理的，视情给予照料", "weaker"),
    ("提供基本生活条件，视情对生活不能自理的给予照料", "提供基本生活条件；对生活不能自理的给予照料", "stronger"),
    ("有条件的地方就近提供托育服务", "鼓励有条件的地方探索提供托育服务", "weaker"),
])
def test_a_hedge_moved_within_its_clause_is_kept(markers, base, other, level):
    assert judge_items(base.split("；"), other.split("；"), markers).level.value == level


@pytest.mark.parametrize("base", [
    "家庭人均收入低于当地最低生活保障标准1.5倍的流动儿童，可申请生活补助",
    "家庭人均收入低于当地最低工资标准的流动儿童，可申请生活补助",
])
def test_an_income_test_given_up_is_stronger_not_a_promise_lost(markers, base):
    assert row_level(markers, base, "为家庭经济困难流动儿童提供生活补助") == "stronger"


@pytest.mark.parametrize("base,other,level", [
    ("寒暑假期间依托学校、社区提供免费托管看护服务", "暑假期间依托学校、社区提供免费托管看护服务", "weaker"),
    ("寒暑假期间依托学校提供免费托管服务", "寒假期间依托学校提供免费托管服务", "weaker"),
    ("暑假期间依托学校提供免费托管服务", "寒暑假期间依托学校提供免费托管服务", "stronger"),
    ("寒暑假期间依托学校提供免费托管服务", "寒假、暑假期间依托学校提供免费托管服务", "same"),
])
def test_both_school_holidays_against_one(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other,level", [
    ("在学校、幼儿园和儿童之家等场所开展流动儿童参加的文化活动", "weaker"),
    ("在学校、幼儿园、儿童之家、公共图书馆等场所开展流动儿童参加的文化活动", "weaker"),
    ("在学校、幼儿园、儿童之家、青少年宫、博物馆等场所开展流动儿童参加的文化活动", "same"),
])
def test_an_open_list_of_places_that_only_leaves_some_out_offers_fewer(markers, other, level):
    base = "在学校、幼儿园、儿童之家、公共图书馆、博物馆等场所开展流动儿童参加的文化活动"
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other,level", [
    ("为其父母提供职业介绍、职业培训等服务，参加职业培训期间按规定给予生活费补贴", "stronger"),
    ("为其父母提供职业介绍、职业培训等服务，培训期间发放交通补贴", "stronger"),
])
def test_a_sum_given_during_a_service_is_a_service_added(markers, other, level):
    assert row_level(markers, "为其父母提供职业介绍、职业培训等服务", other) == level


@pytest.mark.parametrize("other", [
    "家庭经济困难流动儿童可向学校申请生活补助，经审核后按学期发放",
    "家庭经济困难流动儿童可向学校申请生活补助，经街道审核后发放",
])
def test_how_a_sum_is_paid_adds_no_service(markers, other):
    """The review is a condition (weaker); 按学期发放 only says how the 生活补助 is paid: not mixed."""
    assert row_level(markers, "为家庭经济困难流动儿童提供生活补助", other) == "weaker"


@pytest.mark.parametrize("other", [
    "在急难发生地发放临时救助金和有关物资，救助金额一般不低于当地月最低生活保障标准的3倍",
    "在急难发生地发放临时救助金和有关物资，救助金至少按当地低保标准的2倍发放",
])
def test_a_floor_set_as_a_multiple_of_a_standard_is_stronger(markers, other):
    assert row_level(markers, "在急难发生地发放临时救助金和有关物资", other) == "stronger"


@pytest.mark.parametrize("other", [
    "将家庭成员名下无商品住房和机动车辆的流动儿童家庭纳入最低生活保障范围",
    "将家庭财产状况符合规定的流动儿童家庭纳入最低生活保障范围",
    "将名下没有房产的流动儿童家庭纳入最低生活保障范围",
])
def test_an_asset_test_is_a_condition(markers, other):
    assert row_level(markers, "将符合条件的流动儿童家庭纳入最低生活保障范围", other) == "weaker"


# ---------------------------------------------------------------- read from fc100_level and fc101_level misses


@pytest.mark.parametrize("other", [
    "以公办学校为主保障就近入学，在公办学校就读的流动儿童比例不低于90%",
    "以公办学校为主保障就近入学，在公办学校就读的随迁子女比例达到85%以上",
])
def test_a_share_of_pupils_in_public_schools_is_no_public_school_condition(markers, other):
    assert row_level(markers, "以公办学校为主保障就近入学", other) == "stronger"


@pytest.mark.parametrize("base,other", [
    ("为有需求的流动儿童开展心理健康筛查；对符合条件的，纳入精神障碍社区康复服务范围",
     "对有需要的流动儿童开展心理健康筛查，符合条件的，纳入精神障碍社区康复服务范围"),
    ("对符合条件的，纳入救助范围", "将符合条件的纳入救助范围"),
])
def test_a_segment_that_only_names_who_is_no_promise_lost(markers, base, other):
    assert judge_items(base.split("；"), other.split("；"), markers).level.value == "same"


@pytest.mark.parametrize("base,other,level", [
    ("对残疾学生特殊学习用品、教育训练费用予以补助，交通费补助每生每年不超过800元",
     "对残疾学生特殊学习用品、教育训练、交通费等予以补助", "stronger"),
    ("对残疾学生特殊学习用品予以补助，交通费补助最高不超过每年1000元", "对残疾学生特殊学习用品和交通费予以补助", "stronger"),
    ("对残疾学生特殊学习用品、教育训练费用予以补助，交通费补助每生每年不超过800元",
     "对残疾学生特殊学习用品、教育训练费用予以补助", "weaker"),
])
def test_a_cap_gone_where_the_sum_is_still_given_is_lifted(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc102_level and fc103_level misses


@pytest.mark.parametrize("other", [
    "符合条件的中等职业教育在校生免除学费，须由家庭向就读学校提出申请并提交家庭经济困难证明",
    "符合条件的中等职业教育在校生免除学费，须由家庭提出申请",
    "免除符合条件的中等职业教育在校生学费，需由学生本人向学校提出书面申请",
])
def test_a_waiver_the_family_must_apply_for_is_weaker_not_a_service_added(markers, other):
    assert row_level(markers, "免除符合条件的中等职业教育在校生学费", other) == "weaker"


# ---------------------------------------------------------------- read from fc104_level and fc105_level misses


@pytest.mark.parametrize("other_target", [
    "家庭人均收入低于本市最低工资标准、住房困难的流动儿童",
    "家庭人均收入不超过当地低保标准2倍的住房困难流动儿童",
    "名下无房产、住房困难的流动儿童",
])
def test_a_means_test_in_the_target_is_a_condition(markers, other_target):
    content = "为符合当地住房保障条件的流动儿童家庭实物配租公共租赁住房或者发放租赁补贴"
    assert row_level(markers, content, content, "家庭住房困难的流动儿童", other_target) == "weaker"


@pytest.mark.parametrize("other", [
    "对急难型救助实行“先救助、后审批”，24小时内办结",
    "对急难型救助实行先救助，后审批，24小时内办结",
])
def test_relief_first_said_with_a_pause_is_kept(markers, other):
    assert row_level(markers, "对急难型救助实行“先救助后审批”，24小时内办结", other) == "same"


@pytest.mark.parametrize("added", [
    "组织创作、传播有利于流动儿童成长的广播电视和网络视听节目",
    "创作并传播适合流动儿童的优秀少儿读物",
])
def test_programmes_made_and_broadcast_are_a_service(markers, added):
    base = ["在学校开展流动儿童参加的文化活动", "为流动儿童提供阅读指导、精神陪伴等服务"]
    assert judge_items(base, [*base, added], markers).level.value == "stronger"


# ---------------------------------------------------------------- read from fc108_level and fc109_level misses


@pytest.mark.parametrize("base,other,level", [
    ("凭学生卡乘坐公交享受票价半价优惠", "凭学生卡乘坐公交享受票价八折优惠", "weaker"),
    ("乘坐公交、地铁减半收取票价", "乘坐公交、地铁按票价的7折收取", "weaker"),
    ("提供家庭医生签约服务", "提供家庭医生签约服务，签约服务费由县财政承担，个人免交", "stronger"),
    ("提供家庭医生签约服务", "提供家庭医生签约服务，个人免缴签约服务费", "stronger"),
    ("对急难情形实行先行救助，24小时内发放救助金", "急难情形实行“先救助、后审核”，24小时内发放救助金", "same"),
    ("提供异地就医直接结算服务", "提供异地就医直接结算服务，省内跨市就医免予备案", "stronger"),
    ("建立关爱服务台账，每季度更新一次，实行动态管理", "建立关爱服务台账，每月更新一次", "stronger"),
])
def test_discounts_costs_borne_relief_first_and_management_words(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc110_level and fc112_level misses


@pytest.mark.parametrize("other", [
    "对残疾学生特殊学习用品、教育训练、交通费等予以补助，每生每年补助合计不超过1000元",
    "对残疾学生特殊学习用品、教育训练、交通费等予以补助，每人每学期补助累计不超过500元",
])
def test_a_cap_on_what_the_base_subsidises_is_weaker_not_a_sum_added(markers, other):
    assert row_level(markers, "对残疾学生特殊学习用品、教育训练、交通费等予以补助", other) == "weaker"


@pytest.mark.parametrize("other", [
    "认定相关情形时，提供“跨省通办”（异地受理、协同办理）服务",
    "认定相关情形时提供“跨省通办”服务",
])
def test_items_in_a_bracket_gloss_are_not_items_of_the_list(markers, other):
    assert row_level(markers, "认定相关情形时提供“跨省通办”服务（异地受理、协同办理）", other) == "same"


# ---------------------------------------------------------------- read from fc116_level and fc117_level misses


@pytest.mark.parametrize("base,other,level", [
    # one more item between two a closed list names: one more thing given
    ("对残疾学生特殊学习用品、交通费予以补助", "对残疾学生特殊学习用品、教育训练、交通费予以补助", "stronger"),
    ("对残疾学生特殊学习用品、交通费予以补助", "对残疾学生特殊学习用品、教育训练、交通费等予以补助", "stronger"),
    ("免费提供课本、作业本和校服", "免费提供课本、文具、作业本和校服", "stronger"),
    # an open list (…等) gives examples: one more example adds nothing
    ("为流动儿童提供阅读指导、精神陪伴等服务", "为流动儿童提供阅读指导、运动游戏、精神陪伴等服务", "same"),
    ("对特殊学习用品、交通费等予以补助", "对特殊学习用品、教育训练、交通费等予以补助", "same"),
])
def test_an_item_set_inside_a_closed_list_is_one_more_given(markers, base, other, level):
    assert row_level(markers, base, other) == level


@pytest.mark.parametrize("other", [
    "在学校、幼儿园等场所开展文化活动；为在校就读的流动儿童提供精神陪伴、阅读指导等服务",
    "在学校、幼儿园等场所开展文化活动；为在学校就读的流动儿童提供精神陪伴、阅读指导等服务",
    "以及学校、儿童之家等场所开展文化活动；对在校学习的流动儿童提供精神陪伴、阅读指导等服务",
])
def test_a_school_named_as_a_venue_does_not_make_enrolment_implied(markers, other):
    base = "在学校、幼儿园等场所开展文化活动；为流动儿童提供精神陪伴、阅读指导等服务"
    assert judge_items(base.split("；"), other.split("；"), markers).level.value == "weaker"


def test_enrolment_stays_implied_in_a_schooling_row(markers):
    other = "保障流动儿童接受义务教育，对在校就读的流动儿童免除学杂费"
    assert row_level(markers, "保障流动儿童接受义务教育，免除学杂费", other) == "same"


@pytest.mark.parametrize("other_target", [
    "流动儿童中的残疾儿童及疑似残疾儿童",
    "流动儿童中的残疾儿童、疑似残疾儿童",
    "流动儿童中的残疾儿童和其他残疾儿童",
])
def test_a_group_named_beside_the_one_it_ends_with_is_a_group_added(markers, other_target):
    assert row_level(markers, "提供康复救助", "提供康复救助", "流动儿童中的残疾儿童", other_target) == "stronger"
    # and beside a procedure made harder, the row is mixed, not weaker
    harder = "康复救助申请经户籍地审核同意后受理"
    assert row_level(markers, "就地受理康复救助申请", harder, "流动儿童中的残疾儿童", other_target) == "mixed"


@pytest.mark.parametrize("base_target,other_target,level", [
    ("流动儿童", "有需要的流动儿童", "weaker"),
    ("流动儿童", "确有需要的流动儿童", "weaker"),
    ("0-16岁流动儿童", "有需求的0-16岁流动儿童", "weaker"),
    ("有需要的流动儿童", "流动儿童", "stronger"),
    ("有需求的流动儿童", "有需要的流动儿童", "same"),
])
def test_a_group_narrowed_to_those_in_need(markers, base_target, other_target, level):
    content = "为流动儿童的父母提供家庭教育指导服务"
    assert row_level(markers, content, content, base_target, other_target) == level


def test_a_need_the_base_content_already_names_is_no_narrowing(markers):
    content = "对有需要的流动儿童提供心理健康筛查"
    assert row_level(markers, content, content, "流动儿童", "有需要的流动儿童") == "same"


@pytest.mark.parametrize("other,level", [
    # the marker's words still said, word by word in another order
    ("急难型救助先行实施，24小时内作出响应", "same"),
    ("对急难型救助先行实施，24小时内作出响应", "same"),
    # the words gone
    ("急难型救助，24小时内作出响应", "weaker"),
])
def test_marker_words_said_in_another_order_are_not_removed(markers, other, level):
    assert row_level(markers, "对急难型救助实行先行救助，24小时内响应", other) == level


def test_marker_words_in_order_with_words_between_are_no_rearrangement():
    from polcmp.level.text import rearranged

    assert rearranged("先行救助", "急难型救助先行实施")
    assert not rearranged("就医住院", "异地就医门诊和住院费用")
    assert not rearranged("先行救助", "急难型救助及时实施")


# ---------------------------------------------------------------- read from fc118_level and fc119_level misses


@pytest.mark.parametrize("other,level", [
    # a bracket naming both kinds of the whole spells the whole out
    ("符合条件的就近进入普惠性幼儿园（含公办园和普惠性民办园）", "same"),
    ("符合条件的就近进入普惠性幼儿园（含民办园和公办园）", "same"),
    # a bracket naming one kind more widens it
    ("符合条件的就近进入普惠性幼儿园（含企事业单位办园）", "stronger"),
])
def test_a_bracket_naming_both_kinds_of_the_whole_adds_nothing(markers, other, level):
    assert row_level(markers, "符合条件的就近在普惠性幼儿园入园", other) == level


@pytest.mark.parametrize("other_target", [
    "持本市居住证的流动儿童中诊断明确、在家居住的严重精神障碍患者",
    "在本市连续居住满1年的流动儿童中诊断明确、在家居住的严重精神障碍患者",
])
def test_a_condition_on_the_group_a_target_chooses_from(markers, other_target):
    base_target = "流动儿童中诊断明确、在家居住的严重精神障碍患者"
    content = "按照国家基本公共卫生服务规范提供管理服务"
    assert row_level(markers, content, content, base_target, other_target) == "weaker"
    assert row_level(markers, content, content, other_target, base_target) == "stronger"


@pytest.mark.parametrize("base,other,level", [
    ("实物配租公共租赁住房，多子女家庭优先配租", "实物配租公共租赁住房，多子女家庭、有残疾儿童的家庭优先配租", "stronger"),
    ("对有流动儿童的家庭优先配租", "对有流动儿童的家庭、单亲家庭优先配租", "stronger"),
    ("实物配租公共租赁住房，多子女家庭、有残疾儿童的家庭优先配租", "实物配租公共租赁住房，多子女家庭优先配租", "weaker"),
    # one group said more narrowly is no group added
    ("对有流动儿童的家庭优先配租", "对有流动儿童的多子女家庭优先配租", "same"),
])
def test_groups_served_first(markers, base, other, level):
    assert row_level(markers, base, other) == level


def test_a_service_on_the_spot_is_near_home(markers):
    assert row_level(markers, "就地受理残疾儿童康复救助申请", "在居住地就近受理残疾儿童康复救助申请") == "same"
    assert row_level(markers, "受理残疾儿童康复救助申请", "在居住地就近受理残疾儿童康复救助申请") == "stronger"


@pytest.mark.parametrize("added,level", [
    ("线下指导在有条件的社区开展", "weaker"),
    ("入户指导视情开展", "weaker"),
    # a hedged service of its own restates nothing of the base's
    ("有条件的社区可开展亲子阅读活动", "same"),
])
def test_part_of_a_service_hedged_in_a_clause_added(markers, added, level):
    base = "对流动儿童父母或者其他监护人提供家庭教育指导服务"
    assert judge_items([base], [base, added], markers).level.value == level


@pytest.mark.parametrize("other", [
    "残疾儿童康复救助申请经户籍地审核同意后受理",
    "康复救助申请须经户籍地民政部门审核同意后方可受理",
])
def test_one_condition_added_is_said_once_in_its_longest_words(markers, other):
    """户籍, 经户籍地审核 and 经户籍地审核同意后 are one condition: a reader is told it once, in the words that hold
    the others."""
    reasons = judge_items(["就地受理残疾儿童康复救助申请"], [other], markers).reasons
    added = [r.other for r in reasons if r.kind.value == "condition" and r.direction.value == "weaker"]
    assert len(added) == 1 and all(word in added[0] for word in ("户籍", "审核")), added


@pytest.mark.parametrize("base,other,level", [
    ("提供异地就医直接结算服务", "提供异地就医直接结算服务，由县医保经办机构代为办理异地就医备案", "stronger"),
    ("对急难情形实行先行救助", "对急难情形实行先行救助，可由村（社区）代为提出申请", "stronger"),
    ("救助金24小时内发放到位", "救助金48小时内发放到位，可由村（社区）代为提出申请", "mixed"),
    # made for the family on both sides, in other words
    ("由居住地民政部门代为向户籍地申领基本生活费", "由县民政局代流动儿童向户籍地申领基本生活费", "same"),
    # in a bracket it explains what the service is
    ("在认定相关情形时提供“跨省通办”服务", "在认定相关情形时提供跨省通办（异地代收代办）服务", "same"),
    # no longer made for the family
    ("由居住地民政部门代为向户籍地申领基本生活费", "由监护人向户籍地申领基本生活费", "weaker"),
])
def test_an_application_made_for_the_family(markers, base, other, level):
    assert row_level(markers, base, other) == level


# ---------------------------------------------------------------- read from fc120_level to fc123_level misses


@pytest.mark.parametrize("base,other,level", [
    ("经监护人申请，对有需要的流动儿童提供心理健康筛查", "学校每学年主动组织有需要的流动儿童开展心理健康筛查", "stronger"),
    ("经本人申请，为流动儿童提供心理健康筛查", "为流动儿童提供心理健康筛查", "stronger"),
    ("经其监护人申请后，为流动儿童提供心理健康筛查", "为流动儿童提供心理健康筛查", "stronger"),
    ("对有需要的流动儿童提供心理健康筛查", "经监护人申请，对有需要的流动儿童提供心理健康筛查", "weaker"),
])
def test_an_application_step_dropped_is_a_requirement_lifted(markers, base, other, level):
    assert row_level(markers, base, other) == level
