from polcmp.match import compare
from polcmp.results import ClauseStatus, Status


def test_tianjin_senior_high_clause_removed_and_vocational_clause_added(lists, mappings):
    c = compare(lists["national"], lists["tianjin"], mappings=mappings)
    link = next(x for x in c.links if x.base.seq == 4)
    assert link.status is Status.REWORDED and link.other.seq == 4
    removed = [x.base for x in link.clauses if x.status is ClauseStatus.REMOVED]
    added = [x.other for x in link.clauses if x.status is ClauseStatus.ADDED]
    assert any("普通高中就读" in x and "高考" in x for x in removed)
    assert any("中高职" in x for x in added)
    changed = [x for x in link.clauses if x.status is ClauseStatus.CHANGED]
    assert changed and all(x.words for x in changed)
    assert any(w.op == "delete" for x in changed for w in x.words)


def test_clause_map_locates_every_baseline_clause(lists, mappings):
    c = compare(lists["national"], lists["tianjin"], mappings=mappings)
    assert len(c.clause_map) == sum(len(b.clauses) for b in lists["national"].items)
    located = [x for x in c.clause_map if x.other is not None]
    assert len(located) >= 0.7 * len(c.clause_map)


def test_a_reference_to_the_baseline_covers_its_own_service_only(lists, mappings):
    """青岛 17 (心理健康) adopts the baseline by reference (除包括民发〔2024〕35号文件基础清单相关规定外): that
    covers national 17's clauses, never those of 特困 (14) or any other service."""
    c = compare(lists["national"], lists["qingdao"], mappings=mappings)
    by_reference = [x for x in c.clause_map if x.how == "reference"]
    assert by_reference and {x.base.seq for x in by_reference} == {17}
    assert all(x.other.service == "心理健康服务" for x in by_reference)


def test_a_clause_spread_over_two_local_clauses_is_located(lists, mappings):
    """National 7's 做好…相关工作，提供异地就医直接结算服务 sits whole in 天津 7, across its clause boundary."""
    c = compare(lists["national"], lists["tianjin"], mappings=mappings)
    location = next(x for x in c.clause_map if x.base.seq == 7 and "异地就医" in x.clause)
    assert location.other is not None and location.other.seq == 7 and location.score >= 0.9
