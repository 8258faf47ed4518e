import pytest

from polcmp.lexicon import expand, targets_conflict, used_entries
from polcmp.match import compare
from polcmp.match.similarity import containment
from polcmp.results import Fate
from scripts.evaluate import documents


def test_expand_rewrites_variants_to_canonical_forms_once(mappings):
    lex = mappings.lexicon
    assert expand("纳入低保", lex) == "纳入最低生活保障"
    assert expand("特困人员救助供养服务", lex) == "特困人员救助供养服务"  # the full form is not expanded again
    assert expand("特困供养", lex) == "特困人员救助供养"
    assert expand("享受“两免一补”政策", lex) == "享受“免除学杂费免费提供教科书为家庭经济困难流动儿童提供生活补助”政策"


def test_targets_naming_different_groups_conflict(mappings):
    lex = mappings.lexicon
    assert targets_conflict("流动儿童中诊断明确、在家居住的严重精神障碍患者", "0-6岁流动儿童", lex)
    assert not targets_conflict("0-6岁流动儿童", "3岁以下流动儿童", lex)  # nested ages
    assert not targets_conflict("流动儿童中的残疾儿童", "残疾流动儿童", lex)
    assert not targets_conflict("流动儿童", "3-6岁流动儿童", lex)


@pytest.fixture(scope="module")
def comparisons(mappings):
    return [(doc, compare(doc.base, doc.other, mappings=mappings)) for doc in documents(mappings)]


def _partners(c):
    for link in c.links:
        yield link.base, link.other
    for u in (*c.added, *c.dropped):
        if u.fate in (Fate.SPLIT, Fate.MERGED):
            yield (u.related, u.item) if u.fate is Fate.SPLIT else (u.item, u.related)


def test_every_lexicon_entry_is_used_by_some_seed_or_devset_match(mappings, comparisons):
    """Each variant occurs in an item linked (paired, split or merged) to an item whose words, in
    canonical form, hold the variant's canonical form (80 % of its bigrams: 两免一补's three parts sit
    in three clauses): no entry is there for nothing."""
    used = set()
    for _, c in comparisons:
        for a, b in _partners(c):
            for one, two in ((a, b), (b, a)):
                text = one.service + one.target + one.content
                for variant in used_entries(text, mappings.lexicon):
                    canonical = expand(variant, mappings.lexicon)
                    if containment(canonical, expand(two.service + two.target + two.content, mappings.lexicon)) >= 0.8:
                        used.add(variant)
    variants = {v for canonical, vs in mappings.lexicon if canonical not in ("groups", "stages") for v in vs}
    assert variants - used == set()


def test_every_target_group_names_some_baseline_target(mappings, lists):
    groups = next(names for canonical, names in mappings.lexicon if canonical == "groups")
    targets = "".join(b.target for b in lists["national"].items)
    assert groups and all(name in targets for name in groups)


def test_every_school_stage_names_some_baseline_target(mappings, lists):
    stages = next(names for canonical, names in mappings.lexicon if canonical == "stages")
    targets = "".join(b.target for b in lists["national"].items)
    assert stages and all(name in targets for name in stages)


@pytest.mark.parametrize("a,b,conflict", [
    ("中等职业教育阶段流动儿童", "普通高中教育阶段流动儿童", True),  # national 5 vs 4: same 助学金 words
    ("中职在校流动学生", "中等职业教育阶段流动儿童", False),  # 中职 is 中等职业教育 (city_b 5)
    ("义务教育和普通高中阶段流动儿童", "普通高中教育阶段流动儿童", False),  # a merged row meets either
    ("流动儿童", "普通高中教育阶段流动儿童", False),  # a target naming no stage conflicts with none
])
def test_targets_of_different_school_stages_conflict(mappings, a, b, conflict):
    from polcmp.lexicon import targets_conflict

    assert targets_conflict(a, b, mappings.lexicon) is conflict


def test_held_out_lexicon_leaves_out_the_entries_read_in_that_list_alone(mappings):
    """make eval's held-out column: an entry cited only from city_b is gone when city_b is scored, an
    entry cited from city_b and guangxi stays, and nothing is left out for a list no entry cites."""
    from scripts.evaluate import lexicon_sources, mappings_without

    sources = lexicon_sources()
    canonical = {entry[0] for entry in mappings_without(mappings, "city_b", sources).lexicon}
    assert "特困人员救助供养" not in canonical and "最低生活保障" in canonical
    assert "stages" in canonical and "stages" not in {e[0] for e in mappings_without(mappings, "qingdao", sources).lexicon}
    assert mappings_without(mappings, "city_d_2024", sources).lexicon == mappings.lexicon
