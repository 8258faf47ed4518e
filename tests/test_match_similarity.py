from polcmp.match.similarity import containment, content_similarity, score


def test_content_outweighs_a_reused_name(lists):
    """黑龙江 18 心理健康筛查 carries the baseline's 心理健康服务 content; its own 心理健康服务 (20) is new."""
    n17, hlj = lists["national"].item(17), lists["heilongjiang"]
    assert score(n17, hlj.item(18)) > score(n17, hlj.item(20))


def test_containment_and_content_similarity_ignore_punctuation():
    assert containment("提供，健康管理", "为儿童提供健康管理服务。") == 1.0
    assert content_similarity("提供健康管理。", "提供健康管理") == 1.0
    assert content_similarity("", "x") == 0.0
