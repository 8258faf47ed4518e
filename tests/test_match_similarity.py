from polcmp.match.similarity import containment, content_similarity, score


def test_content_outweighs_a_reused_name(lists):
    """黑龙江 18 心理健康筛查 carries the baseline's 心理健康服务 content; its own 心理健康服务 (20) is new."""
    n17, hlj = lists["national"].item(17), lists["heilongjiang"]
    assert score(n17, hlj.item(18)) > score(n17, hlj.item(20))


def test_containment_and_content_similarity_ignore_punctuation():
    assert containment("提供，健康管理", "为儿童提供健康管理服务。") == 1.0
    assert content_similarity("提供健康管理。", "提供健康管理") == 1.0
    assert content_similarity("", "x") == 0.0


def test_the_same_special_group_in_both_targets_pairs_a_rewritten_row(registry, mappings):
    """city_b 8 rewrites national 8 (严重精神障碍患者 健康管理) throughout; without the lexicon entries read
    in city_b, the two targets naming 严重精神障碍 are what keeps the pair (no false drop of national 8)."""
    from polcmp.match import compare
    from polcmp.sources import load_list
    from scripts.evaluate import lexicon_sources, mappings_without
    from tests.conftest import ROOT

    national = load_list("national", registry, mappings)
    city_b = load_list(str(ROOT / "tests" / "fixtures" / "devset" / "city_b.txt"), registry, mappings)
    unseen = mappings_without(mappings, "city_b", lexicon_sources())
    c = compare(national, city_b, mappings=unseen, detail=False)
    assert {x.base.seq: x.other.seq for x in c.links}.get(8) == 8
    assert 8 not in {d.item.seq for d in c.dropped}
