"""`line=` only where it is a line: an item of a .docx, .xlsx or HTML table is located by its table row
(Provenance.unit "row"), a measure of a Word plan by its paragraph; only text files (and CSV and
Markdown, whose rows are lines) give GitHub annotations and `file:line` locations a line number."""

import re

import pytest

from polcmp.mappings import load_mappings
from polcmp.model import DocumentKind
from polcmp.parse import parse_document
from polcmp.readers import read_document
from tests.conftest import ROOT
from tests.readers_build import seed_csv

DEVSET = ROOT / "tests" / "fixtures" / "devset"
ANNOTATION = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


@pytest.fixture(scope="module")
def mappings_():
    return load_mappings(ROOT / "mappings")


def parsed(path, mappings):
    return parse_document(read_document(path), "x", mappings)


@pytest.mark.parametrize("name,unit", [
    ("city_d_2025.docx", "row"), ("county_a.docx", "row"), ("city_b.xlsx", "row"), ("city_b.html", "row"),
    ("city_b.txt", "line"), ("province_c.txt", "line"), ("plan_e.txt", "line"),
])
def test_parse_sets_the_unit_of_every_item(mappings_, name, unit):
    lst = parsed(DEVSET / name, mappings_)
    assert lst.items and {it.provenance.unit for it in lst.items} == {unit}


def test_csv_rows_are_lines(mappings_, tmp_path):
    """A CSV row is numbered by its line in the file (TableRow.is_line), so it keeps `line`."""
    city_b = parsed(DEVSET / "city_b.txt", mappings_)
    lst = parsed(seed_csv(city_b, tmp_path / "city_b.csv"), mappings_)
    assert {it.provenance.unit for it in lst.items} == {"line"}
    assert lst.items[0].provenance.first == 3  # title line, header line, then the first row


def test_table_rows_are_numbered_over_the_tables(mappings_):
    items = parsed(DEVSET / "city_d_2025.docx", mappings_).items
    firsts = [it.provenance.first for it in items]
    assert firsts == sorted(firsts) and firsts[0] >= 2  # the header is row 1


def word_plan(tmp_path):
    """devset plan_e saved as a Word document of paragraphs."""
    import docx

    document = docx.Document()
    for line in (DEVSET / "plan_e.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    path = tmp_path / "plan_e.docx"
    document.save(path)
    return path


def test_word_plan_measures_are_paragraphs(mappings_, tmp_path):
    lst = parsed(word_plan(tmp_path), mappings_)
    assert lst.kind is DocumentKind.PLAN and len(lst.items) == len(parsed(DEVSET / "plan_e.txt", mappings_).items)
    assert {it.provenance.unit for it in lst.items} == {"paragraph"}
    assert not any(note.startswith("line ") for note in lst.notes)


def _annotations(stdout: str, suffix: str) -> list[re.Match]:
    found = [ANNOTATION.match(line) for line in stdout.splitlines()]
    return [m for m in found if m and f"file=tests/fixtures/devset/{suffix}" in m["props"]]


def test_github_annotations_give_line_only_for_text_files(run):
    result = run("check", "tests/fixtures/devset/city_d_2025.docx", "tests/fixtures/devset/city_b.xlsx",
                 "tests/fixtures/devset/city_b.txt", "--format", "github")
    assert result.exit_code in (0, 1), result.output
    for suffix in ("city_d_2025.docx", "city_b.xlsx"):
        table = _annotations(result.stdout, suffix)
        assert len(table) >= 5
        for m in table:
            assert "line=" not in m["props"], m.group(0)
            assert re.match(r"表格第 \d+ 行: ", m["message"]), m.group(0)
    text = _annotations(result.stdout, "city_b.txt")
    assert len(text) >= 5 and all(re.search(r",line=\d+,", m["props"]) for m in text)
    assert not any(m["message"].startswith("表格第") for m in text)


def test_docx_row_numbers_are_the_items_rows(run, mappings_):
    """The row named in an annotation is the table row of the item the finding is about."""
    items = parsed(DEVSET / "city_d_2025.docx", mappings_).items
    rows = {it.seq: it.provenance.first for it in items}
    result = run("check", "tests/fixtures/devset/city_d_2025.docx", "--format", "github")
    checked = 0
    for m in _annotations(result.stdout, "city_d_2025.docx"):
        named = re.match(r"表格第 (\d+) 行: 第 (\d+) 项 ", m["message"])
        if named:
            assert rows[int(named[2])] == int(named[1]), m.group(0)
            checked += 1
    assert checked >= 5


def test_text_and_markdown_locations(run):
    text = run("check", "tests/fixtures/devset/city_d_2025.docx", "tests/fixtures/devset/city_b.txt").stdout
    docx_lines = [ln for ln in text.splitlines() if "city_d_2025.docx" in ln and ln[:2] in ("错误", "警告", "提示")]
    assert docx_lines and all(re.search(r"city_d_2025\.docx: 表格第 \d+ 行: ", ln) for ln in docx_lines)
    assert not re.search(r"city_d_2025\.docx:\d", text)
    assert re.search(r"city_b\.txt:\d+: ", text)
    markdown = run("check", "tests/fixtures/devset/city_d_2025.docx", "--format", "markdown").stdout
    assert re.search(r"^\| (?:警告|错误) \| 表格第 \d+ 行 \|", markdown, re.M)
    assert not re.search(r"^\| \w+ \| (line )?\d+ \|", markdown, re.M)


def test_json_and_csv_keep_line_and_row_apart(run):
    import csv
    import io
    import json

    data = json.loads(run("check", "tests/fixtures/devset/city_d_2025.docx", "--format", "json").stdout)
    findings = [f for c in data["lists"] for f in c["findings"]]
    located = [f for f in findings if f.get("row") is not None]
    assert located and all(f["line"] is None for f in located)
    rows = list(csv.reader(io.StringIO(run("check", "tests/fixtures/devset/city_d_2025.docx", "--format",
                                           "csv").stdout)))
    head = rows[0]
    line, row = head.index("line"), head.index("row")
    assert all(r[line] == "" for r in rows[1:]) and any(r[row] for r in rows[1:])


def test_parse_json_says_what_the_numbers_count(run):
    import json

    docx = json.loads(run("parse", "tests/fixtures/devset/city_d_2025.docx", "--format", "json").stdout)
    assert {it["source"]["unit"] for it in docx["items"]} == {"row"}
    text = json.loads(run("parse", "tests/fixtures/devset/city_b.txt", "--format", "json").stdout)
    assert all("unit" not in it["source"] for it in text["items"])  # lines, as before


def test_a_word_plan_finding_names_its_paragraph(run, tmp_path):
    """check on a plan saved as .docx locates findings by paragraph, never as a table row or a line."""
    result = run("check", str(word_plan(tmp_path)), "--format", "github")
    messages = [m["message"] for m in map(ANNOTATION.match, result.stdout.splitlines()) if m]
    assert messages and all("line=" not in m["props"] for m in map(ANNOTATION.match, result.stdout.splitlines()) if m)
    located = [m for m in messages if re.match(r"第 \d+ 段", m)]
    assert located and not any(m.startswith("表格第") for m in messages)
