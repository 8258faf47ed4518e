"""Issue 24's house rules, checked where they could quietly slip back: plan or list is a type, not a string; no
global state; a parameter object where a function would take more than six; frozen means frozen."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

_KIND_WORDS = {"plan", "list"}


def _sources(*folders: str):
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_a_document_kind_is_never_compared_with_its_word():
    """`lst.kind == "plan"` holds for a DocumentKind and for the bare word alike, so a list built with the word
    would pass as one: a document's kind is tested with `is DocumentKind.PLAN`."""
    found = []
    for path, tree in _sources("polcmp", "scripts"):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            kind = any(isinstance(s, ast.Attribute) and s.attr == "kind" for s in sides)
            word = any(isinstance(s, ast.Constant) and s.value in _KIND_WORDS for s in sides)
            if kind and word:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


def test_the_api_keeps_no_state_between_calls():
    """What a call remembers (a chain check's ancestors) lives in an object that call makes and passes down,
    never in a module-level container that outlives it."""
    from polcmp import api

    kept = [name for name, value in vars(api).items()
            if not name.startswith("__") and isinstance(value, (dict, list, set, bytearray))]
    assert not kept, kept


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    a = function.args
    names = [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)] + [p.arg for p in (a.vararg, a.kwarg) if p]
    return names[1:] if names[:1] in (["self"], ["cls"]) else names


def test_a_pair_is_classified_with_parameter_objects():
    """classify reads what the alignment found (Paired) and how the comparison reads pairs (Reading): no
    function of match/classify.py takes more than six parameters."""
    tree = ast.parse((ROOT / "polcmp" / "match" / "classify.py").read_text(encoding="utf-8"))
    many = {n.name: len(_parameters(n)) for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and len(_parameters(n)) > 6}
    assert not many, many


def test_classify_gives_what_the_alignment_found():
    from polcmp.match.classify import PLAIN, Paired, classify
    from polcmp.model import Item, Provenance
    from polcmp.results import Level, MatchedBy, Status

    def row(content: str) -> Item:
        return Item(1, "", "流动儿童", "义务教育服务", content, (content,), (), (), Provenance("x.txt", 1, 1))

    link = classify(row("免除学杂费"), row("免除学杂费。"), Paired(1.2, MatchedBy.ASSIGNMENT, "按顺序", 0.87654, True))
    assert (link.status, link.score, link.matched_by, link.reason, link.confidence, link.uncertain) == \
        (Status.PUNCTUATION, 1.0, MatchedBy.ASSIGNMENT, "按顺序", 0.877, True)
    assert link.level is Level.SAME and link.clauses  # PLAIN: clause diffs made, no level judged
    assert PLAIN.markers is None and PLAIN.detail


def test_level_markers_stay_a_frozen_value_while_they_judge():
    """The markers table keeps no record of what it judged: baseline rows read and pairs judged go to the run's
    LevelMemo, and the table stays hashable and equal to a fresh load of the same file."""
    from polcmp.level import LevelJudgement, LevelMemo, judge_items
    from polcmp.level.side import _Side
    from tests.conftest import load_level_markers

    markers = load_level_markers(ROOT / "mappings" / "levels.toml")
    before = hash(markers)
    memo = LevelMemo()
    judged = judge_items(["为流动儿童提供生活补助"], ["有条件的地方为流动儿童提供生活补助"], markers, memo=memo)
    judge_items(["免除学杂费"], ["减免学杂费"], markers)  # no memo: nothing kept anywhere
    assert not hasattr(markers, "sides") and not hasattr(markers, "judged")
    assert hash(markers) == before and markers == load_level_markers(ROOT / "mappings" / "levels.toml")
    held = [v for value in vars(markers).values() if isinstance(value, dict) for v in value.values()]
    assert not [v for v in held if isinstance(v, (_Side, LevelJudgement))]
    assert list(memo.judged.values()) == [judged] and len(memo.sides) == 1 and memo.table is markers
    other = load_level_markers(ROOT / "mappings" / "levels.toml")
    assert memo.of(other) is memo and not memo.judged and not memo.sides  # kept with one table only


def test_a_run_keeps_its_level_memo_beside_its_markers():
    """load_mappings makes the memo with the markers; every comparison of the run fills that one memo."""
    from polcmp import api

    ctx = api.context()
    memo = ctx.mappings.level_memo
    assert memo.table is ctx.mappings.levels and not memo.judged
    api.compare(api.load("national", context=ctx), api.load("tianjin", context=ctx), context=ctx)
    assert memo.judged and memo.sides and ctx.mappings.level_memo is memo
