"""`polcmp history`: three editions of one city (the devset's 2024 and 2025 lists and a 2026 edition built
from 2025), each change reported in the edition where it happened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HISTORY = ROOT / "tests" / "fixtures" / "history"


@pytest.fixture(scope="module")
def history():
    from polcmp import api

    return api.history(["qingjiang_2025"], context=api.context(sources=HISTORY))


def _events(history, edition):
    return {(e.event.value, e.service) for e in history.of(edition)}


def test_editions_in_order_from_the_registry(history):
    assert [e.label for e in history.editions] == ["2024", "2025", "2026"]
    assert history.region == "青江市"


def test_each_change_in_the_edition_where_it_happened(history):
    assert _events(history, "2025") == {
        ("added", "孤独症早期筛查服务"), ("dropped", "特困人员救助供养服务"), ("split", "残疾儿童康复救助服务"),
        ("raised", "学前教育服务"), ("lowered", "残疾人两项补贴")}
    # 临时救助 in 2025 is reworded (the devset's account): 转介服务 → 转介相关部门 keeps the referral
    assert _events(history, "2026") == {
        ("raised", "健康和托育（3岁以下）服务"), ("merged", "残疾儿童康复救助服务"), ("lowered", "心理健康服务"),
        ("added", "困境儿童探访服务"), ("dropped", "城市融入服务"),
        # the merged-back row says 就地受理 again, which the 2025 两项补贴 row had lost
        ("raised", "残疾儿童康复救助及残疾人两项补贴")}
    lowered = next(e for e in history.of("2026") if e.event.value == "lowered")
    assert "有条件的地方" in lowered.reasons[0] and lowered.previous == "2025"
    added = next(e for e in history.of("2026") if e.event.value == "added")
    assert added.before is None and added.after.seq == 20


def test_files_in_the_order_given():
    from polcmp import api

    ctx = api.context(sources=HISTORY)
    h = api.history([str(HISTORY / "city_d_2024.docx"), str(HISTORY / "city_d_2025.docx")], context=ctx)
    assert [e.label for e in h.editions] == ["2024", "2025"]
    assert {e.edition for e in h.events} == {"2025"}


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html", "xlsx"])
def test_formats(history, fmt):
    from polcmp.render import render

    out = render(history, fmt)
    if fmt == "xlsx":
        assert out[:2] == b"PK"
        return
    assert "困境儿童探访服务" in out
    if fmt == "html":
        assert "<script" not in out and 'name="generator"' in out


def test_json_validates_against_its_schema(history):
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    from polcmp.render import render

    data = json.loads(render(history, "json"))
    schema = json.loads(resources.files("polcmp").joinpath("schemas/history.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert [c["edition"] for c in data["changes"]].count("2026") == 6


def test_cli_history_exit_codes(tmp_path):
    env = {**os.environ, "POLCMP_SOURCES": str(HISTORY)}
    run = subprocess.run([sys.executable, "-m", "polcmp", "history", "qingjiang_2024"], capture_output=True,
                         text=True, env=env, cwd=ROOT)
    assert run.returncode == 1 and "2025 → 2026：" in run.stdout
    same = HISTORY / "city_d_2025.docx"
    run = subprocess.run([sys.executable, "-m", "polcmp", "history", str(same), str(same)], capture_output=True,
                         text=True, env=env)
    assert run.returncode == 0, run.stderr
    one = subprocess.run([sys.executable, "-m", "polcmp", "history", str(same)], capture_output=True, text=True,
                         env=env)
    assert one.returncode == 2 and one.stderr.count("\n") == 1


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "xlsx"])
def test_a_history_in_english_has_no_chinese_label(history, fmt):
    """`--lang en`: headings, column heads, sheet name and change labels in English; the lists' own text
    (region, services, reasons) stays as it is."""
    import io
    import re

    from polcmp.render import RenderOptions, render
    from tests.render_fixtures import leftover_chinese

    out = render(history, fmt, RenderOptions(lang="en"))
    if fmt == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(out))
        texts = [ws.title for ws in wb.worksheets]
        texts += [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    else:
        texts = [re.sub(r"<[^>]+>", " ", out)]
    assert leftover_chinese(texts, history) == ""
    chinese = render(history, fmt, RenderOptions())
    if fmt != "xlsx":
        assert "历次版本" in chinese or "个版本" in chinese
