"""Every input form a list arrives in parses to the same items; bad input fails cleanly."""

import zipfile

import docx
import pytest

from polcmp.model import DocumentKind
from polcmp.parse import parse_document
from polcmp.readers import read_document
from polcmp.sources import load_list, load_registry
from tests.conftest import ROOT

SEEDS = ["tianjin", "guangxi", "heilongjiang", "qingdao", "national"]


def _fields(lst):
    return [(i.seq, i.domain, i.target, i.service, i.content, i.departments) for i in lst.items]


@pytest.mark.parametrize("sid", SEEDS + ["hebei"])
@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16", "crlf"])
def test_encodings_parse_the_same(tmp_path, lists, mappings, sid, encoding):
    text = (ROOT / "sources" / f"{sid}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"{sid}.txt"
    if encoding == "crlf":
        path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    else:
        path.write_bytes(text.encode(encoding))
    parsed = parse_document(read_document(path), sid, mappings)
    assert _fields(parsed) == _fields(lists[sid])


def _merge_vertically(table, column, first_row, last_row):
    top = table.cell(first_row, column)
    top.merge(table.cell(last_row, column))


def build_docx(lst, path, split_at=None, repeat_header=True):
    """A Word table like the published ones: merged 服务领域 and 服务对象 cells, optionally split
    in two tables across a page (with or without a repeated header)."""
    document = docx.Document()
    document.add_paragraph(lst.title)
    header = ["服务领域", "序号", "服务对象", "服务项目", "服务内容", "责任部门"]
    chunks = [lst.items] if split_at is None else [lst.items[:split_at], lst.items[split_at:]]
    for n, chunk in enumerate(chunks):
        with_header = n == 0 or repeat_header
        table = document.add_table(rows=len(chunk) + with_header, cols=6)
        if with_header:
            for c, name in enumerate(header):
                table.cell(0, c).text = name
        offset = 1 if with_header else 0
        for r, it in enumerate(chunk):
            values = [it.domain, str(it.seq), it.target, it.service, it.content, "、".join(it.departments)]
            for c, value in enumerate(values):
                table.cell(r + offset, c).text = value
        for column in (0, 2):  # merge runs of equal 服务领域 / 服务对象 values, as Word lists do
            start = 0
            for r in range(1, len(chunk) + 1):
                if r == len(chunk) or getattr(chunk[r], "domain" if column == 0 else "target") != \
                        getattr(chunk[start], "domain" if column == 0 else "target") or \
                        (column == 2 and chunk[r].domain != chunk[start].domain):
                    if r - 1 > start:
                        value = table.cell(start + offset, column).text
                        _merge_vertically(table, column, start + offset, r - 1 + offset)
                        table.cell(start + offset, column).text = value
                    start = r
        document.add_page_break()
    document.save(path)
    return path


@pytest.mark.parametrize("sid", SEEDS)
@pytest.mark.parametrize("repeat_header", [True, False])
def test_docx_with_merged_cells_and_page_split(tmp_path, lists, mappings, sid, repeat_header):
    path = build_docx(lists[sid], tmp_path / f"{sid}.docx", split_at=7, repeat_header=repeat_header)
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert "w:vMerge" in xml  # the fixture really has merged cells
    parsed = parse_document(read_document(path), sid, mappings)
    assert _fields(parsed) == _fields(lists[sid])


def test_docx_horizontal_merge_and_column_order(tmp_path, lists, mappings):
    """序号 first, 服务类别/具体内容/责任单位 wording, and a title row merged across the table."""
    document = docx.Document()
    table = document.add_table(rows=2 + 3, cols=6)
    title = table.cell(0, 0).merge(table.cell(0, 5))
    title.text = "某市流动儿童关爱服务清单"
    for c, name in enumerate(["序号", "服务类别", "服务对象", "服务项目", "具体内容", "责任单位"]):
        table.cell(1, c).text = name
    for r, it in enumerate(lists["national"].items[:3], 2):
        for c, value in enumerate([str(it.seq), it.domain, it.target, it.service, it.content,
                                   "、".join(it.departments)]):
            table.cell(r, c).text = value
    assert table.cell(0, 0)._tc is table.cell(0, 5)._tc
    path = tmp_path / "x.docx"
    document.save(path)
    parsed = parse_document(read_document(path), "x", mappings)
    assert _fields(parsed) == _fields(lists["national"])[:3]


def test_libreoffice_text_export(tmp_path, lists, mappings):
    """LibreOffice's text export: BOM, one cell per line, no tabs, an empty line per empty cell."""
    lines = ["流动儿童在居住地享有关爱服务基础清单", "服务领域", "序号", "服务对象", "服务项目", "服务内容", "责任部门"]
    previous = {}
    for it in lists["national"].items:
        for field, value in (("domain", it.domain), ("seq", str(it.seq)), ("target", it.target),
                             ("service", it.service), ("content", it.content),
                             ("departments", "、".join(it.departments))):
            merged = field in ("domain", "target") and previous.get(field) == value
            lines.append("" if merged else value)
            previous[field] = value
    path = tmp_path / "lo.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8"))
    parsed = parse_document(read_document(path), "lo", mappings)
    assert _fields(parsed) == _fields(lists["national"])


def _corrupt_docx(tmp_path):
    good = build_docx_minimal(tmp_path / "good.docx")
    data = good.read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    return path


def build_docx_minimal(path, header=("服务领域", "序号", "服务对象", "服务项目", "服务内容", "责任部门"),
                       table=True):
    document = docx.Document()
    document.add_paragraph("清单")
    if table:
        t = document.add_table(rows=2, cols=len(header))
        for c, name in enumerate(header):
            t.cell(0, c).text = name
            t.cell(1, c).text = "1" if name == "序号" else "x"
    document.save(path)
    return path


BAD_INPUTS = {
    "missing": (lambda d: d / "nope.txt", "no such file"),
    "directory": (lambda d: d, "is a directory"),
    "empty": (lambda d: _write(d / "empty.txt", b""), "file is empty"),
    "garbage": (lambda d: _write(d / "garbage.txt", bytes(range(256)) * 40), "not a text file"),
    "truncated docx": (_corrupt_docx, "not a valid .docx"),
    "docx without table": (lambda d: build_docx_minimal(d / "notable.docx", table=False), "contains no table"),
    "docx without 服务项目": (lambda d: build_docx_minimal(d / "nocol.docx",
                                                        header=("服务领域", "序号", "服务对象", "服务内容", "责任部门")),
                            "服务项目"),
    "doc": (lambda d: _write(d / "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), ".doc"),
    "pdf": (lambda d: _write(d / "list.pdf", b"%PDF-1.7\n" + b"x" * 100), "PDF"),
    "text without table": (lambda d: _write(d / "prose.txt", "只是一段文字。".encode()), "no table header"),
}


def _write(path, data):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_one_line_exit_2(run, tmp_path, case):
    make, expected = BAD_INPUTS[case]
    path = make(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("parse", str(path))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and expected in lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written or removed


def test_unknown_id(run):
    result = run("parse", "atlantis")
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("polcmp: atlantis: unknown source id")


def test_a_plan_written_as_word_paragraphs_parses_like_its_text(tmp_path, lists, mappings):
    document = docx.Document()
    for line in (ROOT / "sources" / "hebei.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(tmp_path / "hebei.docx")
    plan = load_list(str(tmp_path / "hebei.docx"), load_registry(ROOT / "sources"), mappings)
    text = lists["hebei"]
    assert plan.kind is DocumentKind.PLAN and plan.title == text.title
    assert [(m.seq, m.service, m.content, m.departments) for m in plan.items] == \
        [(m.seq, m.service, m.content, m.departments) for m in text.items]
