import sys

from polcmp.mappings import Mappings
from polcmp.match import compare
from polcmp.model import DocumentKind, Item, PolicyList, Provenance
from polcmp.results import Fate, MatchedBy, PlanComparison, Status
from tests.conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class _PlanCoverage:
    """What a plan comparison says of each baseline service, keyed by 序号 for readable assertions."""

    def __init__(self, comparison):
        self.evidence = {}
        for link in comparison.links:
            self.evidence.setdefault(link.base.seq, []).extend(link.evidence)
        self.covered = sorted(self.evidence)
        self.added = tuple(u.item.seq for u in comparison.added if u.fate is Fate.ADDED)


def plan_coverage(baseline, plan):
    return _PlanCoverage(compare(baseline, plan, mappings=Mappings(())))


def test_plan_comparison_shape(lists):
    c = compare(lists["national"], lists["hebei"], mappings=Mappings(()))
    assert isinstance(c, PlanComparison) and c.links
    assert all(x.status is Status.COVERED and x.matched_by is MatchedBy.CLAUSES and x.evidence for x in c.links)
    assert {u.item.seq for u in c.dropped} == {5, 8, 12, 13, 14}
    assert all(u.fate is Fate.DROPPED for u in c.dropped) and all(u.fate is Fate.ADDED for u in c.added)


def test_plan_coverage_against_gold(lists):
    gold = tomllib.loads((ROOT / "tests" / "gold" / "hebei.toml").read_text(encoding="utf-8"))
    result = plan_coverage(lists["national"], lists["hebei"])
    expected = {int(k) for k in gold["covered"]}
    found = set(result.covered)
    assert len(found & expected) / len(expected) >= 0.9
    assert not found & {13, 14}  # the plan never speaks of 最低生活保障 or 特困人员救助供养
    assert found <= expected
    evidence = result.evidence[11][0]
    assert evidence.other.seq == 6 and "残疾人两项补贴" in evidence.text


def _plan(*measures: tuple[str, str]) -> PolicyList:
    items = tuple(Item(n, "", "", heading, text, (), (), (), Provenance("p.txt", n, n), index=n - 1)
                  for n, (heading, text) in enumerate(measures, 1))
    return PolicyList("p", "a plan", DocumentKind.PLAN, "p.txt", items)


def test_plan_clause_with_different_wording_is_evidence(lists):
    # the plan's wording of 为符合条件的办理残疾人两项补贴, inside a measure about something else
    plan = _plan(("加强生活救助保障", "依托儿童福利机构提供临时监护。"
                                      "协调户籍地民政部门及时为符合条件的残疾儿童办理残疾人两项补贴。"))
    result = plan_coverage(lists["national"], plan)
    evidence = result.evidence[11][0]
    assert evidence.other.seq == 1 and evidence.text == "协调户籍地民政部门及时为符合条件的残疾儿童办理残疾人两项补贴。"
    assert "残疾人两项补贴" in evidence.terms and evidence.score >= 0.21


def test_plan_sentence_counts_for_the_service_it_fits_not_its_sibling(lists):
    # 普通高中 and 中等职业教育 share 在校生, 助学金, 学杂费: the sentence belongs to 普通高中教育服务 only
    plan = _plan(("落实学生资助", "为普通高中在校生中的家庭经济困难学生提供国家助学金，免除其学杂费。"))
    result = plan_coverage(lists["national"], plan)
    assert 4 in result.covered and 5 not in result.covered
    vocational = _plan(("落实学生资助", "为中等职业教育在校生提供国家助学金，免除学费。"))
    assert 5 in plan_coverage(lists["national"], vocational).covered


def test_plan_measure_about_something_else_is_an_addition(lists):
    plan = _plan(("推进数据信息共享", "相关部门要加强流动儿童数据信息比对共享。公安部门加强流动人口居住登记。"),
                 ("完善住房保障", "对符合当地住房保障条件的流动儿童家庭，"
                                  "通过实物配租公共租赁住房或者发放租赁补贴保障住房。"))
    result = plan_coverage(lists["national"], plan)
    assert result.added == (1,) and result.covered == [9]




# A sentence that names a service only to exclude it, defer it or leave it to existing policy covers nothing:
# the service is `referenced`, with the sentence, and never counted as covered. Several wordings of each.
EXCLUDING = [
    ("exclude", "残疾儿童普惠性学前教育资助、12年免费教育和特殊学习用品补助此项不在本方案中部署。"),
    ("exclude", "残疾学生12年免费教育及特殊学习用品、交通费补助暂不纳入本方案。"),
    ("defer", "残疾儿童普惠性学前教育资助和残疾学生12年免费教育另文部署。"),
    ("defer", "残疾学生12年免费教育、特殊学习用品和交通费补助待条件成熟后研究推进。"),
    ("existing", "残疾儿童学前教育资助、残疾学生12年免费教育和交通费补助按原有渠道执行。"),
    ("existing", "残疾学生特殊学习用品、教育训练和交通费补助及12年免费教育按现行政策执行。"),
    ("exclude", "残疾学生12年免费教育和特殊学习用品、交通费补助，居住地暂不提供。"),
    ("exclude", "残疾学生12年免费教育及特殊学习用品、交通费补助本方案不另作规定。"),
    ("defer", "残疾学生12年免费教育和交通费补助，待全省特殊教育经费办法修订后另行明确。"),
    ("existing", "残疾学生12年免费教育和特殊学习用品、交通费补助按照省里现行资助标准执行。"),
    ("elsewhere", "残疾学生12年免费教育和特殊学习用品、交通费补助仍由户籍地教育部门负责。"),
    ("elsewhere", "残疾学生特殊学习用品、交通费补助和12年免费教育暂按户籍地规定办理。"),
]


def test_a_commitment_that_works_with_the_place_of_origin_is_coverage(lists):
    """协助…向户籍地申领 is the baseline's own commitment (the place of residence acts): covered."""
    plan = _plan(("落实基本生活保障",
                  "在认定孤儿、事实无人抚养儿童时提供跨省通办服务，协助流动儿童向户籍地申领基本生活费。"))
    c = compare(lists["national"], plan, mappings=Mappings(()))
    assert 10 in {x.base.seq for x in c.links}


def test_a_sentence_that_excludes_defers_or_leaves_a_service_to_existing_policy_is_no_coverage(lists):
    for kind, sentence in EXCLUDING:
        plan = _plan(("加强困难儿童教育保障", "对流动儿童中的残疾儿童开展走访摸排。" + sentence))
        c = compare(lists["national"], plan, mappings=Mappings(()))
        assert 12 not in {x.base.seq for x in c.links}, sentence
        named = [u for u in c.dropped if u.item.seq == 12]
        assert named and named[0].fate is Fate.REFERENCED and named[0].kind == kind, (sentence, named)
        assert named[0].quote == sentence and named[0].related.seq == 1


def test_the_same_service_committed_to_elsewhere_is_covered_not_referenced(lists):
    plan = _plan(("加强困难儿童教育保障", EXCLUDING[4][1]),
                 ("落实残疾学生资助", "对残疾学生特殊学习用品、教育训练、交通费等予以补助，"
                                      "为家庭经济困难的残疾学生提供12年免费教育。"))
    c = compare(lists["national"], plan, mappings=Mappings(()))
    assert 12 in {x.base.seq for x in c.links} and all(u.item.seq != 12 for u in c.dropped)


def test_referenced_services_in_json_coverage_and_check(lists, mappings):
    from polcmp.matrix import region_coverage
    from polcmp.render.json import comparison_json
    from polcmp.results import CellState

    plan = _plan(("加强困难儿童教育保障", "对流动儿童中的残疾儿童开展走访摸排。" + EXCLUDING[1][1]))
    c = compare(lists["national"], plan, mappings=Mappings(()))
    data = comparison_json(c)
    assert [r["base"] for r in data["referenced"]] == [12] and data["referenced"][0]["kind"] == "exclude"
    assert 12 not in [d["base"] for d in data["dropped"]] and 12 not in [p["base"] for p in data["pairs"]]
    region = region_coverage(c)
    assert region.cells[11].state is CellState.REFERENCED and region.covered == len(c.links)


def test_a_sentence_carrying_two_services_covers_both(lists):
    for sentence in ("为普通高中和中等职业教育家庭经济困难学生提供国家助学金，免除普通高中学杂费和中职学费。",
                     "落实最低生活保障和特困人员救助供养政策，将符合条件的流动儿童家庭纳入低保，"
                     "为特困儿童提供基本生活条件。"):
        c = compare(lists["national"], _plan(("落实资助和救助", sentence)), mappings=Mappings(()))
        covered = {x.base.seq for x in c.links}
        assert len(covered) >= 2, (sentence, covered)


def test_a_plan_comparison_filtered_is_still_a_plan_comparison():
    """--only keeps a plan's comparison a PlanComparison, so its renderers (registered for the class) still
    read it as a plan."""
    from polcmp import api

    ctx = api.context()
    c = api.compare(api.baseline("national", context=ctx), api.load("hebei", context=ctx), context=ctx)
    assert isinstance(c, PlanComparison)
    assert isinstance(c.only(frozenset({"added"})), PlanComparison)
    listed = api.compare(api.baseline("national", context=ctx), api.load("tianjin", context=ctx), context=ctx)
    assert not isinstance(listed, PlanComparison) and not isinstance(listed.only(frozenset({"added"})), PlanComparison)
