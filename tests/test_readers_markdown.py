"""Markdown pipe tables and polcmp's own parse --format json/markdown read back to the same items."""

import json

import pytest

from polcmp.model import InputError
from polcmp.readers import read_document, sniff
from tests.readers_build import fields, parsed

SEEDS = ["tianjin", "guangxi", "heilongjiang", "qingdao", "national"]


@pytest.mark.parametrize("sid", [*SEEDS, "hebei"])
def test_own_markdown_output_reads_back(run, tmp_path, lists, sid):
    path = tmp_path / f"{sid}.md"
    path.write_text(run("parse", sid, "--format", "markdown").stdout, encoding="utf-8")
    assert sniff(path) == "markdown"
    result = parsed(path, sid)
    assert fields(result) == fields(lists[sid])
    assert result.title == lists[sid].title


@pytest.mark.parametrize("sid", [*SEEDS, "hebei"])
def test_own_json_output_reads_back(run, tmp_path, lists, sid):
    path = tmp_path / f"{sid}.json"
    path.write_text(run("parse", sid, "--format", "json").stdout, encoding="utf-8")
    result = parsed(path, sid)
    assert fields(result) == fields(lists[sid])
    assert (result.kind, result.title) == (lists[sid].kind, lists[sid].title)


def test_hand_written_pipe_table_with_escaped_bar(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("# 某县清单\n\n| 序号 | 服务项目 | 服务内容 | 责任部门 |\n|:---|---|---|---|\n"
                    "| 1 | 甲 | 内容 \\| 含竖线 | 民政 |\n| 2 | 乙 | 内容二 | 教育 |\n", encoding="utf-8")
    assert sniff(path) == "markdown"  # from the content, whatever the extension
    result = parsed(path)
    assert [(i.seq, i.service) for i in result.items] == [(1, "甲"), (2, "乙")]
    assert "|" in result.items[0].content
    assert result.items[0].provenance.first == 5  # a real line of the file
    assert all(r.is_line for r in read_document(path).tables[0])


def test_json_that_is_not_polcmp_output(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"items": [{"seq": [1, 2]}]}), encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.json: is a JSON file \(\.json\)"):
        read_document(path)
    path.write_text('{"items": [', encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_document(path)
