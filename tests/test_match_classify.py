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


def _pairs_to_check(lists, registry, mappings):
    from polcmp.sources import load_list
    from tests.conftest import ROOT

    devset = ROOT / "tests" / "fixtures" / "devset"
    dev = {name: load_list(str(devset / name), registry, mappings)
           for name in ("province_c.txt", "county_a.docx", "city_b.txt", "city_d_2024.docx", "city_d_2025.docx")}
    national = lists["national"]
    yield from ((national, lists[name]) for name in ("tianjin", "guangxi", "heilongjiang", "qingdao"))
    yield lists["guangxi"], lists["tianjin"]
    yield from ((national, dev[name]) for name in ("province_c.txt", "county_a.docx", "city_b.txt", "city_d_2024.docx"))
    yield dev["city_d_2024.docx"], dev["city_d_2025.docx"]


def test_clause_lines_agree_with_their_row(lists, registry, mappings):
    """Every seed and devset pair: a clause line quotes only reasons its row's judgement holds, and never
    calls missing a baseline clause the row says in other punctuation (天津 7: ，/； ; guangxi → 天津 10)."""
    from polcmp.level.text import _core
    from polcmp.results import Level, ReasonKind

    seen = 0
    for base, other in _pairs_to_check(lists, registry, mappings):
        for link in compare(base, other, mappings=mappings).links:
            held = {(r.kind, r.direction, r.base, r.other) for r in link.level_reasons}
            for clause in link.clauses:
                assert {(r.kind, r.direction, r.base, r.other) for r in clause.level_reasons} <= held
                if clause.level_reasons:
                    assert clause.level is not Level.SAME
                for r in clause.level_reasons:
                    seen += 1
                    if r.kind == ReasonKind.CLAUSE and r.direction is Level.WEAKER:
                        assert _core(r.base) not in _core(link.other.content), (other.id, link.other.seq, r)
    assert seen > 10  # clause lines do carry reasons: the rule filters, it does not silence


def test_tianjin_7_in_other_punctuation_is_not_missing(lists, mappings):
    for base in ("national", "guangxi"):
        c = compare(lists[base], lists["tianjin"], mappings=mappings)
        for seq in (7, 10):
            link = next(x for x in c.links if x.other.seq == seq)
            assert not any(r.base for cl in link.clauses for r in cl.level_reasons
                           if "跨省通办" in r.base or "异地就医直接结算" in r.base)


def _tab_list(path, rows):
    header = "服务领域\t序号\t服务对象\t服务项目\t服务内容\t责任部门"
    path.write_text("\n".join([header, *("\t".join(r) for r in rows)]) + "\n", encoding="utf-8")
    return path


def test_a_clause_missing_from_its_row_is_not_excused_by_another_rows_own_pair(tmp_path, registry, mappings):
    """免费提供教科书 gone from the compulsory-schooling row is lost, though the high-school row says it too:
    that row's own pair says it, so it has not moved there. A clause another row says beyond its own pair
    has moved, and is not lost."""
    from polcmp.match import compare
    from polcmp.sources import load_list

    school = ("学有所教", "1", "义务教育阶段流动儿童", "义务教育服务")
    high = ("学有所教", "2", "普通高中流动儿童", "普通高中教育服务")
    base_rows = [school + ("免除学杂费，免费提供教科书；保障就近入学。", "教育局"),
                 high + ("为困难学生发放助学金，免费提供教科书。", "教育局")]
    kept_there = [school + ("免除学杂费；保障就近入学。", "教育局"), base_rows[1]]
    moved_there = [school + ("免除学杂费；保障就近入学。", "教育局"),
                   high + ("为困难学生发放助学金；义务教育阶段免费提供教科书。", "教育局")]
    moved_base = [base_rows[0], high + ("为困难学生发放助学金。", "教育局")]
    for rows, base_for, expected in ((kept_there, base_rows, "weaker"), (moved_there, moved_base, "same")):
        b = load_list(str(_tab_list(tmp_path / f"b_{expected}.txt", base_for)), registry, mappings)
        o = load_list(str(_tab_list(tmp_path / f"o_{expected}.txt", rows)), registry, mappings)
        link = next(x for x in compare(b, o, mappings=mappings).links if x.base.seq == 1)
        assert link.level.value == expected, link.level_reasons
