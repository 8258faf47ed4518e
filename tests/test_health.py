"""Issue 24's house rules, checked where they could quietly slip back: plan or list is a type, not a string; no
global state."""

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
