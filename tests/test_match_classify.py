from polcmp.match import compare
from polcmp.results import ClauseStatus, Status


def test_department_and_target_changes(lists, mappings):
    c = compare(lists["national"], lists["tianjin"], mappings=mappings)
    link = next(x for x in c.links if x.base.seq == 6)
    dept = next(x for x in link.changes if x.kind is Status.DEPARTMENTS)
    assert dept.added == ("疾控",) and dept.removed == ()
    qd = compare(lists["national"], lists["qingdao"], mappings=mappings)
    target = next(x for link in qd.links if link.base.seq == 10 for x in link.changes if x.kind is Status.TARGET)
    assert "重点困境儿童" in target.other


def test_numbering_only_difference_is_not_a_rewording(lists, mappings):
    # guangxi numbers its sub-clauses (1.…；2.…); tianjin writes the same two clauses without numbers
    c = compare(lists["guangxi"], lists["tianjin"], mappings=mappings)
    link = next(x for x in c.links if x.base.seq == 5)
    assert link.base.content.startswith("1.") and not link.other.content.startswith("1.")
    assert link.status is Status.PUNCTUATION
    assert [x.status for x in link.clauses] == [ClauseStatus.KEPT, ClauseStatus.KEPT]
