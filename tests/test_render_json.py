"""The JSON contract: every document validates against its shipped schema and carries "schema": 1."""

import json
from importlib import resources

import pytest

from polcmp.render import render
from tests.render_fixtures import BASE, CHECK, COMPARISON, MATRIX, PLAN_COMPARISON, SOURCES

jsonschema = pytest.importorskip("jsonschema")


def schema(kind: str) -> dict:
    return json.loads(resources.files("polcmp").joinpath(f"schemas/{kind}.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind, result", [("parse", BASE), ("diff", COMPARISON), ("diff", PLAN_COMPARISON),
                                          ("coverage", MATRIX), ("check", CHECK), ("sources", SOURCES)])
def test_document_validates_against_its_schema(kind, result):
    data = json.loads(render(result, "json"))
    jsonschema.validate(data, schema(kind))
    assert data["schema"] == 1


def test_diff_pairs_use_integer_seqs_and_carry_level_and_doubt():
    data = json.loads(render(COMPARISON, "json"))
    assert data["base"]["reconstructed"] is True
    pair = data["pairs"][2]
    assert (pair["base"], pair["other"], pair["status"], pair["level"], pair["uncertain"]) == (3, 3, "reworded",
                                                                                              "weaker", True)
    assert pair["level_reasons"][0]["base"] == "应当"
    reworded = data["pairs"][0]["changes"][0]
    assert reworded["kind"] == "reworded" and reworded["clauses"][0]["words"][1] == ["delete", "；"]
    assert data["added"] == [{"other": 4, "related_base": 2, "related_base_index": 1, "split": False, "score": 0.31,
                              "other_index": 3, "confidence": 1.0, "uncertain": False}]
    assert data["dropped"][0]["base"] == 4 and data["dropped"][0]["merged_into"] is None
    assert data["dropped"][0]["merged_into_index"] is None and data["referenced"] == []
    assert list(data["summary"])[:7] == ["reworded", "renamed", "target", "departments", "moved", "punctuation",
                                         "identical"]


def test_plan_pairs_are_covered_by_clauses_with_evidence():
    data = json.loads(render(PLAN_COMPARISON, "json"))
    assert {p["status"] for p in data["pairs"]} == {"covered"}
    assert {p["matched_by"] for p in data["pairs"]} == {"clauses"}
    assert data["pairs"][0]["changes"] == [{"kind": "evidence", "text": "保障流动儿童就近入园", "terms": ["就近", "入园"]}]
    assert data["summary"] == {"covered": 2, "missing": 2, "referenced": 0, "added": 1, "uncertain": 1}


def test_coverage_cells_evidence_and_reconstruction():
    data = json.loads(render(MATRIX, "json"))
    assert data["baseline"]["reconstructed"] is True
    tianjin = data["regions"][0]
    assert tianjin["name"] == "天津市"
    assert tianjin["cells"] == {"1": "reworded", "2": "identical", "3": "uncertain", "4": "missing"}
    assert (tianjin["covered"], tianjin["missing"], tianjin["uncertain"]) == ([1, 2, 3], [4], [3])
    assert tianjin["levels"] == {"3": "weaker"} and tianjin["coverage"] == 0.75
    assert tianjin["evidence"]["1"] == {"other": 1, "text": "符合条件的就近入园，资助家庭经济困难儿童。"}
    assert data["skipped"] == [{"source": "sources/broken.doc", "problem": "not a .docx"}]


def test_check_findings_have_their_sentence_and_data():
    data = json.loads(render(CHECK, "json"))
    assert data["passed"] is False and data["reconstructed"] is True
    findings = data["lists"][0]["findings"]
    assert findings[0]["message"] == "基准服务 4 中等职业教育助学服务 缺失"
    assert findings[3]["line"] is None and findings[3]["row"] == 4
    assert findings[4]["message"] == "new-code：100%\nsure"
    assert data["unreadable"] == [{"path": "sources/broken.doc", "problem": "not a .docx"}]
