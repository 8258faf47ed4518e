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
