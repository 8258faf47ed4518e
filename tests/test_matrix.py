"""A comparison read as a coverage column, on small hand-built comparisons."""

from polcmp.matrix import region_coverage
from polcmp.model import DocumentKind, Item, PolicyList, Provenance
from polcmp.results import CellState, Comparison, Fate, Level, Link, MatchedBy, Status, Unlinked


def _item(index: int, service: str) -> Item:
    return Item(index + 1, "", "", service, service + "内容", (), (), (), Provenance("x.txt", index + 1, index + 1),
                index=index)


BASE = PolicyList("base", "基准", DocumentKind.LIST, "base.txt", tuple(_item(i, s) for i, s in enumerate("甲乙丙丁戊")))
OTHER = PolicyList("other", "地方", DocumentKind.LIST, "other.txt",
                   tuple(_item(i, s) for i, s in enumerate(["甲", "乙", "乙二", "丙丁", "己"])))


def _link(b: int, o: int, status=Status.IDENTICAL, **kw) -> Link:
    return Link(BASE.items[b], OTHER.items[o], status, 0.9, MatchedBy.ASSIGNMENT, **kw)


def test_cells_follow_links_fates_and_uncertainty():
    comparison = Comparison(
        BASE, OTHER,
        links=(_link(0, 0), _link(1, 1, Status.REWORDED, level=Level.WEAKER), _link(2, 3, Status.REWORDED)),
        added=(Unlinked(OTHER.items[2], Fate.SPLIT, BASE.items[1], 0.5), Unlinked(OTHER.items[4], Fate.ADDED, None, 0.1)),
        dropped=(Unlinked(BASE.items[3], Fate.MERGED, OTHER.items[3], 0.6),
                 Unlinked(BASE.items[4], Fate.DROPPED, OTHER.items[4], 0.3, uncertain=True)),
    )
    column = region_coverage(comparison, name="地方")
    assert column.states() == (CellState.IDENTICAL, CellState.SPLIT, CellState.REWORDED, CellState.SPLIT,
                               CellState.UNCERTAIN)
    assert column.cells[1].level is Level.WEAKER
    assert column.cells[3].evidence[0].other is OTHER.items[3]
    assert column.added == (OTHER.items[4],) and column.covered == 5 and column.name == "地方"
    assert column.comparison is None


def test_a_dropped_service_is_missing_and_lowers_the_ratio():
    comparison = Comparison(BASE, OTHER, links=(_link(0, 0),), added=(),
                            dropped=tuple(Unlinked(b, Fate.DROPPED, None, 0.0) for b in BASE.items[1:]))
    column = region_coverage(comparison, keep_comparison=True)
    assert column.states().count(CellState.MISSING) == 4 and column.ratio == 0.2
    assert column.comparison is comparison and comparison.counts == {"identical": 1, "dropped": 4}


def test_a_cell_below_only_by_clauses_not_found_is_marked_unsure():
    """▽ for a level below the baseline only because baseline clauses were not found in the row's
    words (a reader judges it); ▼ when a reason quotes a marker (a hedge, 免除 → 减免, a condition)."""
    from polcmp.render.common import cell_mark, legend
    from polcmp.results import CellState, CoverageCell, Level, LevelReason

    absent = LevelReason("clause", Level.WEAKER, "提供基本生活条件", "", "提供基本生活条件 → —: no counterpart")
    hedged = LevelReason("modality", Level.WEAKER, "提供", "鼓励", "提供 → 鼓励: hedged")
    assert cell_mark(CoverageCell(CellState.REWORDED, level=Level.WEAKER, level_reasons=(absent,))) == "~▽"
    assert cell_mark(CoverageCell(CellState.REWORDED, level=Level.WEAKER, level_reasons=(absent, hedged))) == "~▼"
    assert cell_mark(CoverageCell(CellState.REWORDED, level=Level.MIXED, level_reasons=(absent,))) == "~◆"
    assert "▽ 或低于基准" in legend()
