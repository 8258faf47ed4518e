"""Hostile and hidden input, round 3: spreadsheets whose extent would make the library allocate a
dense grid of 512 GiB, worker processes that die, quadratic patterns, characters XML forbids, hidden
content, the cache, settings, output errors and PDF bounds. Every file is built here; each case is
bounded (one line naming the file, exit 2, never a traceback) and a batch holding it still covers the
good lists."""

from __future__ import annotations

import json
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from polcmp.model import InputError
from polcmp.readers import ReadLimits, read_document
from tests.conftest import ROOT
from tests.readers_build import HEADER, parsed, write_xlsx
from tests.test_hostile_cli import assert_one_input_error, polcmp

ROWS = [HEADER, ["基本生活", "1", "流动儿童", "基本生活保障", "为符合条件的流动儿童提供基本生活保障。", "民政部门"],
        ["", "2", "", "医疗救助", "为符合条件的流动儿童提供医疗救助。", "医保部门"]]


def _add_to_sheet(path: Path, out: Path, extra: str, sheet: str = "sheet1.xml") -> Path:
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(sheet):
                data = data.replace(b"</sheetData>", extra.encode() + b"</sheetData>")
            dst.writestr(info, data)
    return out


def far_cell_xlsx(path: Path, ref: str = "XFD1048576") -> Path:
    """A 1.7 KB workbook: a good list plus one cell at `ref` (calamine would build a dense grid to it)."""
    small = write_xlsx(path.with_suffix(".tmp.xlsx"), {"清单": ROWS})
    row = "".join(ch for ch in ref if ch.isdigit())
    out = _add_to_sheet(small, path, f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>')
    small.unlink()
    return out


# ---- 1. spreadsheets: extent from the sheet's XML, a dying worker ------------------------------------

@pytest.mark.parametrize("ref, problem", [("XFD1048576", "spans 1,048,576 rows"), ("XFD4000", "spans 16,384 columns"),
                                          ("A9000", "spans 9,000 rows")])
def test_a_cell_far_away_is_refused_before_any_grid_is_built(tmp_path, ref, problem):
    path = far_cell_xlsx(tmp_path / "far.xlsx", ref)
    assert path.stat().st_size < 4000
    start = time.monotonic()
    done = polcmp("parse", path)
    assert time.monotonic() - start < 30
    assert_one_input_error(done, "far.xlsx", problem)


def test_a_styled_empty_cell_far_away_is_no_extent(tmp_path):
    """Cells without a value (styles only) are not in calamine's grid, nor in the extent checked."""
    small = write_xlsx(tmp_path / "s.xlsx", {"清单": ROWS})
    path = _add_to_sheet(small, tmp_path / "styled.xlsx", '<row r="1048576"><c r="XFD1048576" s="1"/></row>')
    assert len(parsed(path).items) == 2


def test_a_batch_with_a_far_cell_workbook_covers_the_good_lists(tmp_path):
    folder = tmp_path / "lists"
    folder.mkdir()
    far_cell_xlsx(folder / "far.xlsx")
    shutil.copy(ROOT / "sources" / "tianjin.txt", folder / "tianjin.txt")
    shutil.copy(ROOT / "sources" / "qingdao.txt", folder / "qingdao.txt")
    settings = tmp_path / "settings.toml"
    settings.write_text("[batch]\nparallel_from = 1\nworkers = 2\nchunk = 1\n", encoding="utf-8")
    for extra in ((), ("--settings", settings)):
        done = polcmp(*extra, "coverage", folder, "--format", "json", timeout=120)
        assert done.returncode == 0, done.stderr.decode()
        data = json.loads(done.stdout)
        assert {r["name"] for r in data["regions"]} == {"天津市", "青岛市"}
        err = done.stderr.decode()
        assert "far.xlsx" in err and "1,048,576 rows" in err and "Traceback" not in err


def _abort_on_bad(target, *shared):
    if "bad" in target.ref:
        os.abort()
    return target.ref


def test_a_worker_that_dies_costs_only_its_list():
    from polcmp.batch import Target, run_many
    from polcmp.results import Skipped
    from polcmp.settings import BatchSettings

    targets = [Target(f"{name}{i}", name) for i, name in enumerate(["good", "bad", "good", "good", "bad", "good"])]
    out = run_many(_abort_on_bad, targets, (), BatchSettings(parallel_from=1, workers=2, chunk=2))
    assert [o if isinstance(o, str) else "skipped" for o in out] == \
        ["good0", "skipped", "good2", "good3", "skipped", "good5"]
    assert all("SIGABRT" in o.problem for o in out if isinstance(o, Skipped))


def test_a_forked_reader_that_aborts_is_an_input_error():
    from polcmp import isolate

    with pytest.raises(isolate.ChildDied, match="SIGABRT"):
        isolate.call(os.abort)
    with pytest.raises(InputError, match="kept"):
        isolate.call(_raise_input_error)
    assert isolate.call(sum, [1, 2]) == 3


def _raise_input_error():
    raise InputError("f.xls", "kept whole across the fork")


@pytest.mark.parametrize("attribute", [b'hidden="1"', b'ht="0" customHeight="1"'])
def test_hidden_rows_and_columns_of_a_workbook_are_not_read(tmp_path, attribute):
    rows = [*ROWS, ["", "3", "", "隐藏服务", "隐藏行的内容不应读出。", "民政部门"]]
    small = write_xlsx(tmp_path / "s.xlsx", {"清单": rows})
    path = tmp_path / "hidden.xlsx"
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("sheet1.xml"):
                data = data.replace(b'<row r="4">', b'<row r="4" ' + attribute + b">")
            dst.writestr(info, data)
    lst = parsed(path)
    assert [i.service for i in lst.items] == ["基本生活保障", "医疗救助"]
    assert any("hidden" in n and "--include-hidden" in n for n in lst.notes)
    shown = parsed(path, limits=ReadLimits(include_hidden=True))
    assert [i.service for i in shown.items] == ["基本生活保障", "医疗救助", "隐藏服务"]


@pytest.mark.parametrize("attribute", [b'hidden="1"', b'width="0" customWidth="1"'])
def test_a_hidden_column_of_a_workbook_is_not_read(tmp_path, attribute):
    rows = [[*r[:5], "备注（隐藏）", r[5]] for r in ROWS]
    rows[0][5] = "服务内容"  # a second content column, hidden: Excel's reader sees only the first
    small = write_xlsx(tmp_path / "s.xlsx", {"清单": rows})
    path = tmp_path / "hidden.xlsx"
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("sheet1.xml"):
                data = data.replace(b"<sheetData>", b'<cols><col min="6" max="6" ' + attribute + b"/></cols><sheetData>")
            dst.writestr(info, data)
    doc = read_document(path)
    assert all(len(r.cells) == 6 for r in doc.tables[0])
    assert "备注（隐藏）" not in {c for r in doc.tables[0] for c in r.cells}


# ---- 2. patterns on untrusted text are linear ---------------------------------------------------------

def _linear(function, make, small: int = 16_000, large: int = 64_000, bound: float = 2.0) -> None:
    """function(make(large)) stays under `bound` seconds and within 12x of function(make(small)) (4x
    the input: a quadratic pattern takes 16x, and the bound catches it even on a noisy machine)."""
    times = []
    for n in (small, large):
        text = make(n)
        start = time.perf_counter()
        function(text)
        times.append(time.perf_counter() - start)
    assert times[1] < bound, times
    assert times[1] < max(12 * times[0], 0.05), times


@pytest.mark.parametrize("make", [
    lambda n: "x\n" + " " * n,  # the Markdown separator pattern took 37 s on this
    lambda n: "x\n" + "|---" * (n // 4) + "x",
    lambda n: "<!---->" * (n // 7) + "x",
    lambda n: "<!--" * (n // 4),
    lambda n: "\n".join(["|" + " " * 100 + "-" * 100] * (n // 202)),
], ids=["spaces", "separator-run", "comments", "open-comments", "long-lines"])
def test_format_detection_is_linear(make):
    from polcmp.readers.detect import sniff_bytes

    _linear(lambda text: sniff_bytes(text.encode("utf-8"), ".txt"), make)


@pytest.mark.parametrize("name, make", [
    ("numerals", lambda n: "一" * n),  # the numeral-before-unit pattern took 72 s on 64,000 of these
    ("numerals-then-unit", lambda n: "一" * n + "岁"),
    ("range", lambda n: ("1" + " " * 100) * (n // 101)),
])
def test_level_number_reading_is_linear(name, make):
    from polcmp.level.text import normalize_numbers

    _linear(normalize_numbers, make)


@pytest.mark.parametrize("function", ["split_clauses", "split_departments", "clean"])
def test_normalisation_is_linear(function):
    import polcmp.normalize as normalize

    for make in (lambda n: " " * n + "x", lambda n: "1." * (n // 2), lambda n: "、" * n, lambda n: "（" * n):
        _linear(getattr(normalize, function), make)


def test_a_markdown_separator_attack_is_read_in_time(tmp_path):
    path = tmp_path / "spaces.txt"
    path.write_text("x\n" + " " * 64_000 + "\n", encoding="utf-8")
    start = time.monotonic()
    done = polcmp("parse", path)
    assert time.monotonic() - start < 10
    assert_one_input_error(done, "spaces.txt", "no table header")


# ---- 3. characters XML forbids ------------------------------------------------------------------------

def _with_forbidden(folder: Path) -> Path:
    text = (ROOT / "sources" / "tianjin.txt").read_text(encoding="utf-8")
    at = text.index("。")
    path = folder / "ffff.txt"
    path.write_text(text[:at] + "\uffff\x01\ufdd0" + text[at:], encoding="utf-8")
    return path


def test_characters_xml_forbids_are_removed_at_reading_with_a_note(tmp_path):
    lst = parsed(_with_forbidden(tmp_path))
    assert not any(ch in item.content for item in lst.items for ch in "\uffff\x01\ufdd0")
    assert any("3 characters that XML forbids" in n for n in lst.notes)


@pytest.mark.parametrize("command, fmt", [("diff", "xlsx"), ("diff", "docx"), ("diff", "html"), ("check", "xlsx"),
                                          ("report", "docx"), ("report", "xlsx"), ("report", "html")])
def test_outputs_with_a_forbidden_character_are_written(tmp_path, command, fmt):
    path = _with_forbidden(tmp_path)
    out = tmp_path / f"out.{fmt}"
    args = {"diff": ("diff", "national", path, "--label", "基准\x07", "--label", "本地\uffff"),
            "check": ("check", path), "report": ("report", path, tmp_path / "missing.txt")}[command]
    done = polcmp(*args, "-f", fmt, "-o", out)
    assert done.returncode in (0, 1), done.stderr.decode()
    assert out.stat().st_size > 1000
    if fmt in ("xlsx", "docx"):
        from lxml import etree

        with zipfile.ZipFile(out) as z:
            for member in z.namelist():
                if member.endswith(".xml"):
                    etree.fromstring(z.read(member))  # well-formed XML


def test_every_xml_writer_escapes_what_it_is_given():
    """A result holding forbidden characters (not from reading: built here) still renders."""
    import dataclasses

    from polcmp import api
    from polcmp.render import RenderOptions, render

    ctx = api.context()
    base, other = api.load("national", context=ctx), api.load("tianjin", context=ctx)
    items = tuple(dataclasses.replace(i, content=i.content + "\uffff\x00", service=i.service + "\x1b")
                  for i in other.items)
    comparison = api.compare(base, dataclasses.replace(other, items=items), context=ctx)
    options = RenderOptions(labels=("a\x07", "b\ufffe"))
    for fmt in ("xlsx", "docx", "html"):
        out = render(comparison, fmt, options)
        assert len(out) > 1000
        if isinstance(out, str):
            assert "\uffff" not in out and "\x00" not in out and "\x1b" not in out


# ---- 4. hidden content --------------------------------------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _hidden_docx(path: Path, prop: str = "<w:vanish/>") -> Path:
    from tests.test_hostile_cli import _zip_docx

    def cell(text, hidden=""):
        runs = f"<w:r><w:t>{text}</w:t></w:r>"
        if hidden:
            runs += f"<w:r><w:rPr>{prop}</w:rPr><w:t>{hidden}</w:t></w:r>"
        return f"<w:tc><w:p>{runs}</w:p></w:tc>"

    rows = [HEADER, *ROWS[1:]]
    xml = "".join("<w:tr>" + "".join(cell(c) for c in r) + "</w:tr>" for r in rows)
    # a clause only Word's hidden text holds, and a whole hidden row
    xml = xml.replace(cell("为符合条件的流动儿童提供医疗救助。"),
                      cell("为符合条件的流动儿童提供医疗救助。", "免除全部自付费用。"))
    hidden_row = ["", "3", "", "隐藏服务", "隐藏行。", "民政部门"]
    xml += '<w:tr><w:trPr><w:hidden/></w:trPr>' + "".join(cell(c) for c in hidden_row) + "</w:tr>"
    _zip_docx(path, (f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body><w:tbl><w:tblGrid>'
                     + '<w:gridCol w:w="1000"/>' * 6 + f"</w:tblGrid>{xml}</w:tbl></w:body></w:document>").encode())
    return path


@pytest.mark.parametrize("prop", ["<w:vanish/>", '<w:specVanish w:val="1"/>', '<w:vanish w:val="true"/>'])
def test_word_hidden_text_is_not_read(tmp_path, prop):
    path = _hidden_docx(tmp_path / "hidden.docx", prop)
    lst = parsed(path)
    assert [i.content for i in lst.items] == ["为符合条件的流动儿童提供基本生活保障。", "为符合条件的流动儿童提供医疗救助。"]
    assert any("hidden text not read" in n for n in lst.notes)
    shown = parsed(path, limits=ReadLimits(include_hidden=True))
    assert shown.items[1].content.endswith("免除全部自付费用。") and len(shown.items) == 3


def test_word_vanish_switched_off_is_read(tmp_path):
    path = _hidden_docx(tmp_path / "shown.docx", '<w:vanish w:val="0"/>')
    assert parsed(path).items[1].content.endswith("免除全部自付费用。")


HIDDEN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市流动儿童关爱服务清单</title>
<style>.nc { display : none } span.x{visibility:hidden} #gone, .keep2 {color:red}</style></head><body>
<table border="1"><tr>{header}</tr>
<tr><td>基本生活</td><td>1</td><td>流动儿童</td><td>基本生活保障</td>
<td>为符合条件的流动儿童提供<span style="display:none">免除全部费用</span>基本生活保障。<span class="nc">噪声字</span>
</td><td>民政部门</td></tr>
<tr><td></td><td>2</td><td></td><td>医疗救助</td>
<td>为符合条件的流动儿童提供医疗救助。<span class="x">隐</span><b hidden>藏</b></td><td>医保部门</td></tr>
<tr style="display: none"><td></td><td>3</td><td></td><td>隐藏服务</td><td>隐藏行。</td><td>民政部门</td></tr>
</table></body></html>"""


def test_html_hidden_elements_are_not_read(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HIDDEN_PAGE.replace("{header}", "".join(f"<th>{h}</th>" for h in HEADER)), encoding="utf-8")
    lst = parsed(path)
    assert [i.content for i in lst.items] == ["为符合条件的流动儿童提供基本生活保障。", "为符合条件的流动儿童提供医疗救助。"]
    note = next(n for n in lst.notes if "hidden text not read" in n)
    assert "5 elements" in note
    shown = parsed(path, limits=ReadLimits(include_hidden=True))
    assert len(shown.items) == 3 and "免除全部费用" in shown.items[0].content


def test_include_hidden_on_the_command_line(tmp_path):
    path = _hidden_docx(tmp_path / "hidden.docx")
    hidden = json.loads(polcmp("parse", path, "-f", "json").stdout)
    shown = json.loads(polcmp("--include-hidden", "parse", path, "-f", "json").stdout)
    assert len(hidden["items"]) == 2 and len(shown["items"]) == 3


# ---- 5. the cache -------------------------------------------------------------------------------------

SEGMENT = """
from polcmp import tokens
print(tokens.tokenize("流动儿童在居住地享有关爱服务"), tokens.private_dir(), tokens._tokenizer().tmp_dir)
"""


def _segment(cache: Path, tmp: Path, timeout: float = 60):
    import subprocess
    import sys

    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "POLCMP_CACHE_DIR": str(cache), "TMPDIR": str(tmp),
           "HOME": str(tmp)}
    return subprocess.run([sys.executable, "-c", SEGMENT], env=env, capture_output=True, timeout=timeout, text=True)


@pytest.mark.parametrize("plant", ["fifo", "dev-zero", "big"])
def test_a_cache_file_that_is_no_regular_file_costs_a_rebuild_not_a_hang(tmp_path, plant):
    from polcmp import tokens

    cache, tmp = tmp_path / "cache", tmp_path / "tmp"
    cache.mkdir(mode=0o700)
    tmp.mkdir()
    first = _segment(cache, tmp)
    assert first.returncode == 0, first.stderr
    names = [p.name for p in cache.iterdir() if p.name.startswith(("tokens-", "jieba"))]
    assert any(n.startswith("jieba") for n in names), names  # jieba's own cache is in the private folder
    for name in names:
        target = cache / name
        target.unlink()
        if plant == "fifo":
            os.mkfifo(target)
        elif plant == "dev-zero":
            target.symlink_to("/dev/zero")
        else:
            with open(target, "wb") as f:
                f.truncate(tokens.CACHE_FILE_LIMIT + 1)
    start = time.monotonic()
    again = _segment(cache, tmp, timeout=30)
    assert again.returncode == 0, again.stderr
    assert again.stdout.split(")")[0] == first.stdout.split(")")[0]  # the same words
    assert time.monotonic() - start < 30


def test_a_cache_folder_open_to_others_is_made_private(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o777)
    os.chmod(cache, 0o777)
    done = _segment(cache, tmp_path)
    assert done.returncode == 0, done.stderr
    assert (cache.stat().st_mode & 0o777) == 0o700


def test_an_unusable_cache_folder_falls_back_to_a_private_temporary_one(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    done = _segment(blocker / "sub", tmp)
    assert done.returncode == 0, done.stderr
    folder = done.stdout.split()[-1]
    assert folder.startswith(str(tmp / "polcmp-cache-")) and done.stdout.split()[-2] == folder
    assert not list(tmp.iterdir()), "the run's own cache folder is removed at exit"
    assert not list(tmp.glob("jieba*")), "jieba never caches in the shared temporary folder"


def test_a_cache_file_is_read_without_blocking_and_bounded(tmp_path):
    from polcmp.tokens import read_cache_file

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert read_cache_file(fifo) is None
    link = tmp_path / "zero"
    link.symlink_to("/dev/zero")
    assert read_cache_file(link) is None
    big = tmp_path / "big"
    big.write_bytes(b"x" * 101)
    assert read_cache_file(big, limit=100) is None and read_cache_file(big, limit=101) == b"x" * 101


# ---- 6. settings validated on load ----------------------------------------------------------------------

@pytest.mark.parametrize("text, key, problem", [
    ("[batch]\nchunk = 0\n", "chunk", "between 1 and"),
    ("[batch]\nchunk = -1\n", "chunk", "between 1 and"),
    ("[batch]\nworkers = 100000\n", "workers", "between 0 and 256"),
    ("[match]\npair_threshold = nan\n", "pair_threshold", "finite"),
    ("[match]\npair_threshold = inf\n", "pair_threshold", "finite"),
    ("[match]\ncontent_weight = 1.5\n", "content_weight", "between 0 and 1"),
    ("[check]\nclause_kept = -0.1\n", "clause_kept", "between 0 and 1"),
    ("[read]\npdf_seconds = 0\n", "pdf_seconds", "more than 0"),
    ("[read]\nmax_rows = 0\n", "max_rows", "between 1 and"),
    ("[read]\ninclude_hidden = 1\n", "include_hidden", "must be a bool"),
    ("[match]\ncontent_units = 'bytes'\n", "content_units", "one of characters, words"),
    ("[match]\nplan_clause_end = '('\n", "plan_clause_end", "not a regular expression"),
])
def test_a_setting_out_of_range_is_one_line_naming_the_file_and_key(tmp_path, text, key, problem):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    done = polcmp("--settings", path, "diff", "national", "tianjin")
    line = assert_one_input_error(done, "settings.toml", problem)
    assert key in line


def test_settings_in_range_are_taken(tmp_path):
    from polcmp.settings import load_settings

    path = tmp_path / "settings.toml"
    path.write_text("[match]\npair_margin = -0.1\npair_threshold = 1\n[batch]\nworkers = 0\n[read]\n"
                    "include_hidden = true\npdf_seconds = 5\n", encoding="utf-8")
    settings = load_settings(path)
    assert settings.match.pair_threshold == 1.0 and settings.read.include_hidden and settings.batch.workers == 0


# ---- 7. output errors ---------------------------------------------------------------------------------

@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("diff", "national", "tianjin"), ("diff", "national", "tianjin", "-f", "json"),
                                  ("coverage", "-f", "xlsx", "-o", "-"), ("sources",)])
def test_standard_output_on_a_full_disk_is_one_line(args):
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "polcmp", *args], cwd=ROOT, env=env, stdout=full,
                              stderr=subprocess.PIPE, timeout=120)
    assert done.returncode == 2
    assert done.stderr.decode() == "polcmp: standard output: cannot be written (No space left on device)\n"


def test_a_file_target_that_fills_up_leaves_no_partial_file(tmp_path):
    """The file size limit (RLIMIT_FSIZE) stands in for a full disk: the write fails part-way."""
    import resource
    import subprocess
    import sys

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLCMP_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-m", "polcmp", "report", "tianjin", "-o", str(out)], cwd=ROOT, env=env,
                          capture_output=True, timeout=120, preexec_fn=small_files)
    assert_one_input_error(done, str(out), "cannot be written (File too large)")
    assert not list(out.parent.iterdir()), "no partial file and no temporary file left"


def test_an_unwritable_target_is_one_line(tmp_path):
    done = polcmp("diff", "national", "tianjin", "-o", tmp_path / "missing" / "x.txt")
    assert_one_input_error(done, "x.txt", "does not exist")
    done = polcmp("diff", "national", "tianjin", "-o", "/dev/full")
    assert_one_input_error(done, "/dev/full", "character device")


# ---- 8. PDF bounds ------------------------------------------------------------------------------------

def _pdf(path: Path, objects: list[bytes], root: int = 1) -> Path:
    """A PDF of the objects given (1-based numbers in order), with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    path.write_bytes(bytes(out))
    return path


def many_pages_pdf(path: Path, pages: int, declared: int | None = None) -> Path:
    """`pages` pages sharing one content stream (so 150,000 fit in 12 MB); /Count says `declared`."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length 35 >>\nstream\nBT /F1 12 Tf 72 720 Td (page) Tj ET\nendstream"]
    first = len(objects) + 1
    objects += [b"<</Type/Page/Parent 2 0 R/Contents 4 0 R>>"] * pages  # the rest is inherited
    kids = b" ".join(b"%d 0 R" % n for n in range(first, first + pages))
    objects[1] = (b"<< /Type /Pages /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Count %d /Kids [%s] >>"
                  % (pages if declared is None else declared, kids))
    return _pdf(path, objects)


def dense_page_pdf(path: Path, objects: int = 300_000) -> Path:
    """One page of `objects` text objects (about 790 KB, as in the report)."""
    content = b"BT /F1 1 Tf " + b"(x) Tj " * objects + b"ET"
    return _pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [4 0 R] >>",
                       b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                       b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents 5 0 R >>",
                       b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"])


def inflating_pdf(path: Path, mib: int = 1024) -> Path:
    """A content stream that inflates to `mib` MiB of spaces, compressed in pieces (never held whole)."""
    import zlib

    packer = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    packed = b"".join(packer.compress(chunk) for _ in range(mib)) + packer.flush()
    return _pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [4 0 R] >>",
                       b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                       b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents 5 0 R >>",
                       b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"])


@pytest.mark.parametrize("build, problem", [
    (lambda p: many_pages_pdf(p, 150_000), "of 150000 pages (limit 500)"),
    (lambda p: many_pages_pdf(p, 150_000, declared=1), "of more than 500 pages"),
    (lambda p: dense_page_pdf(p), "page 1 holds more than 200,000 text characters and graphic objects"),
    (lambda p: inflating_pdf(p), "inflates past 64 MiB"),
], ids=["150000-pages", "150000-pages-lying-count", "300000-objects", "1-GiB-stream"])
def test_hostile_pdfs_are_refused_within_bounds(tmp_path, build, problem):
    path = build(tmp_path / "hostile.pdf")
    assert path.stat().st_size < 20 * 1024 * 1024
    start = time.monotonic()
    done = polcmp("parse", path)
    assert time.monotonic() - start < 30
    assert_one_input_error(done, "hostile.pdf", problem)


def test_the_pdf_deadline_is_checked_inside_a_page(tmp_path):
    path = dense_page_pdf(tmp_path / "dense.pdf", 150_000)
    start = time.monotonic()
    with pytest.raises(InputError, match="stopped inside page 1"):
        read_document(path, limits=ReadLimits(pdf_seconds=0.2))
    assert time.monotonic() - start < 10


def test_a_small_pdf_still_reads(tmp_path):
    from tests.readers_build import write_pdf

    doc = read_document(write_pdf(tmp_path / "plain.pdf", [b"BT /F1 12 Tf 72 720 Td (hello) Tj ET"]))
    assert any("hello" in p for p in doc.paragraphs)


# ---- 9. header columns placed by what their words are made of ---------------------------------------

HEADER_WORDINGS = [
    ["服务领域", "序号", "服务对象", "服务项目", "服务内容", "责任部门"],
    ["服务领域", "序号", "服务对象", "服务项目", "服务举措", "责任部门"],
    ["服务类别", "序号", "适用人群", "服务事项", "主要措施", "牵头单位"],
    ["保障领域", "序号", "服务人群", "事项名称", "工作内容", "办理部门"],
    ["服务类型", "编号", "对象", "项目名称", "保障措施", "实施单位"],
    ["领域", "序号", "保障对象", "服务名称", "服务事项及内容", "责任单位"],
    ["服务分类", "序号", "受益群体", "关爱项目", "具体举措", "主管部门"],
    ["类别", "序号", "服务对象", "服务项目", "工作要求", "承办机构"],
    ["服务领域", "序号", "服务对象（人群）", "服务项目", "服务标准", "责任主体"],
    ["服务领域", "序号", "服务对象", "工作事项", "主要内容", "职能部门"],
    ["服务领域", "序号", "服务对象", "帮扶项目", "帮扶措施", "实施机关"],
    ["政策类别", "序号", "目标人群", "服务事项", "政策内容", "负责单位"],
]


def _national_items(text: str):
    from polcmp.parse import parse_document
    from polcmp.readers import TextDocument
    from tests.readers_build import MAPPINGS

    return parse_document(TextDocument("x.txt", text, "utf-8"), "x", MAPPINGS)


def _fields(lst):
    return [(i.seq, i.domain, i.target, i.service, i.content, i.departments) for i in lst.items]


@pytest.mark.parametrize("words", HEADER_WORDINGS, ids=[w[4] + "|" + w[5] for w in HEADER_WORDINGS])
@pytest.mark.parametrize("layout", ["rows", "cells"])
def test_a_list_read_with_a_dozen_header_wordings_gives_the_same_items(words, layout):
    if layout == "rows":  # one row per line, tab-separated (national.txt)
        source = (ROOT / "sources" / "national.txt").read_text(encoding="utf-8")
        head = "\t".join(HEADER)
        changed = source.replace(head, "\t".join(words), 1)
    else:  # one cell per line (tianjin.txt: Word's text export)
        source = (ROOT / "sources" / "tianjin.txt").read_text(encoding="utf-8")
        head = "".join(f"\t{w}\n" for w in ["服务对象", "服务项目", "服务内容", "责任部门"])
        assert head in source
        changed = source.replace(head, "".join(f"\t{w}\n" for w in words[2:]), 1)
    expected = _national_items(source)
    got = _national_items(changed)
    assert len(expected.items) >= 19 and _fields(got) == _fields(expected)


def test_header_wordings_in_a_workbook_and_a_page(tmp_path):
    words = ["服务类别", "序号", "适用人群", "服务事项", "服务举措", "配合单位"]
    rows = [words, *ROWS[1:]]
    xlsx = parsed(write_xlsx(tmp_path / "w.xlsx", {"清单": rows}))
    assert [i.content for i in xlsx.items] == [ROWS[1][4], ROWS[2][4]]
    page = tmp_path / "w.html"
    page.write_text("<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
                    + "</table>", encoding="utf-8")
    assert [i.departments for i in parsed(page).items] == [("民政部门",), ("医保部门",)]


def test_the_cells_decide_a_column_no_header_word_places():
    """工作安排 names no field; its cells are long sentences: it is the content."""
    source = (ROOT / "sources" / "national.txt").read_text(encoding="utf-8")
    expected = _national_items(source)
    changed = source.replace("\t服务内容\t", "\t工作安排\t", 1)
    assert "工作安排" in changed
    got = _national_items(changed)
    assert [i.content for i in got.items] == [i.content for i in expected.items]


def test_headers_that_cannot_be_placed_are_named():
    text = "流动儿童关爱服务清单\n序号\t服务项目\t责任部门\t备注甲\n1\t基本生活\t民政部门\t无\n"
    with pytest.raises(InputError, match=r"table has no 服务内容 column \(headers not placed: 备注甲\)"):
        _national_items(text)


def test_a_data_row_of_short_names_is_not_taken_for_a_header(tmp_path):
    """民政部门, 护佑健康项目 and 困境对象 end like header words, but a row with a number is data."""
    rows = [HEADER, ["基本生活", "1", "困境对象", "护佑健康项目", "为符合条件的流动儿童提供保障。", "民政部门"]]
    lst = parsed(write_xlsx(tmp_path / "d.xlsx", {"清单": rows}))
    assert [i.service for i in lst.items] == ["护佑健康项目"]


# ---- 10. formats as published, and the LibreOffice path ---------------------------------------------

def _tianjin():
    from polcmp.sources import load_list, load_registry
    from tests.readers_build import MAPPINGS

    return load_list("tianjin", load_registry(None), MAPPINGS)


def _narrow_columns(path: Path, centimetres: list[float]) -> Path:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document(path)
    for table in document.tables:
        tbl = table._tbl
        for col, width in zip(tbl.find(qn("w:tblGrid")).findall(qn("w:gridCol")), centimetres, strict=True):
            col.set(qn("w:w"), str(int(width * 567)))
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        tbl.find(qn("w:tblPr")).append(layout)
        for row in table.rows:
            for cell, width in zip(row.cells, centimetres, strict=True):
                cell.width = int(width * 360000)
    document.save(path)
    return path


def test_a_libreoffice_pdf_of_a_narrow_table_reads_as_the_docx(tmp_path):
    """Header cells wrapped a character a line (服/务/领/域), content three characters a line."""
    from tests.readers_build import convert, fields, seed_docx, soffice_or_skip

    binary = soffice_or_skip()
    lst = _tianjin()
    source = _narrow_columns(seed_docx(lst, tmp_path / "narrow.docx"), [0.95, 0.7, 0.95, 0.95, 1.7, 0.95])
    pdf = convert(binary, source, "pdf", tmp_path)
    import pdfplumber

    with pdfplumber.open(pdf) as opened:
        header = opened.pages[0].extract_tables()[0][0]
    assert header[0] == "服\n务\n领\n域", header  # really wrapped
    assert fields(parsed(pdf)) == fields(parsed(source)) == fields(lst)


def _merged_service_docx(path: Path) -> Path:
    """A county list whose 服务项目 cells are merged down over the rows that share them."""
    import docx

    from tests.test_read import _merge_vertically

    items = _tianjin().items[:9]
    services = ["甲服务", "乙服务", "乙服务", "丙服务", "丁服务", "丁服务", "丁服务", "戊服务", "己服务"]
    document = docx.Document()
    document.add_paragraph("某县流动儿童关爱服务清单")
    table = document.add_table(rows=len(items) + 1, cols=6)
    table.style = "Table Grid"
    for column, name in enumerate(HEADER):
        table.cell(0, column).text = name
    for r, (item, service) in enumerate(zip(items, services, strict=True), 1):
        values = [item.domain, str(item.seq), item.target, service, item.content, "、".join(item.departments)]
        for column, value in enumerate(values):
            table.cell(r, column).text = value
    for first, last in ((2, 3), (5, 7)):
        _merge_vertically(table, 3, first, last)
        table.cell(first, 3).text = services[first - 1]
    document.add_paragraph("注：本清单自发布之日起施行。")
    document.save(path)
    return path


def test_a_word_97_doc_with_vertical_merges_reads_as_the_docx(tmp_path):
    from tests.readers_build import convert, fields, soffice_or_skip

    binary = soffice_or_skip()
    source = _merged_service_docx(tmp_path / "merged.docx")
    assert "w:vMerge" in zipfile.ZipFile(source).read("word/document.xml").decode()
    expected = parsed(source)
    assert [i.service for i in expected.items][1:3] == ["乙服务", "乙服务"]
    for target in ("doc", "odt", "rtf"):
        assert fields(parsed(convert(binary, source, target, tmp_path))) == fields(expected), target


def test_a_word_table_continued_narrower_without_a_header_gives_no_false_drops(tmp_path):
    """The list continues in a second table without its header and without the merged 服务领域 column."""
    import docx
    from docx.oxml.ns import qn

    from polcmp import api
    from tests.test_read import build_docx

    lst = _tianjin()
    path = build_docx(lst, tmp_path / "continued.docx", split_at=7, repeat_header=False)
    document = docx.Document(path)
    tbl = document.tables[1]._tbl
    grid = tbl.find(qn("w:tblGrid"))
    grid.remove(grid.findall(qn("w:gridCol"))[0])
    for tr in tbl.findall(qn("w:tr")):
        tr.remove(tr.findall(qn("w:tc"))[0])
    document.save(path)
    got = parsed(path)
    assert any("without a header continues the list" in n for n in got.notes)
    same = [(i.seq, i.target, i.service, i.content, i.departments) for i in got.items]
    assert same == [(i.seq, i.target, i.service, i.content, i.departments) for i in lst.items]
    ctx = api.context()
    comparison = api.compare(api.load("tianjin", context=ctx), api.load(str(path), context=ctx), context=ctx)
    assert not comparison.added and not comparison.dropped


@pytest.mark.parametrize("name", ["-list.doc", "a list\nwith lines.doc", "--convert-to.doc"])
def test_libreoffice_converts_files_with_awkward_names(tmp_path, name):
    from tests.readers_build import convert, fields, soffice_or_skip

    binary = soffice_or_skip()
    source = _merged_service_docx(tmp_path / "merged.docx")
    doc = convert(binary, source, "doc", tmp_path)
    awkward = tmp_path / name
    shutil.copy(doc, awkward)
    assert fields(parsed(awkward)) == fields(parsed(source))


HANGING_SOFFICE = """#!/bin/sh
# a converter that never finishes, and leaves a child of its own running
sleep 300 &
echo $! > "{pids}/child"
echo $$ > "{pids}/parent"
sleep 300
"""


def test_a_conversion_that_outlives_its_limit_is_killed_with_its_process_group(tmp_path):
    import signal
    import subprocess
    import sys

    pids = tmp_path / "pids"
    pids.mkdir()
    fake = tmp_path / "soffice"
    fake.write_text(HANGING_SOFFICE.replace("{pids}", str(pids)), encoding="utf-8")
    fake.chmod(0o755)
    settings = tmp_path / "settings.toml"
    settings.write_text("[read]\nconvert_seconds = 2\n", encoding="utf-8")
    doc = tmp_path / "list.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + bytes(512))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLCMP_SOFFICE": str(fake)}
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "polcmp", "--settings", str(settings), "parse", str(doc)],
                          env=env, capture_output=True, timeout=60)
    assert time.monotonic() - start < 20
    assert_one_input_error(done, "list.doc", "did not convert it within 2 s (killed)")
    for which in ("parent", "child"):
        pid = int((pids / which).read_text())
        time.sleep(0.2)
        try:
            os.kill(pid, 0)
            alive = Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
        except ProcessLookupError:
            alive = False
        if alive:
            os.kill(pid, signal.SIGKILL)
        assert not alive, f"the converter's {which} outlived the limit"


def test_two_conversions_at_once_use_their_own_profiles(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from tests.readers_build import convert, fields, soffice_or_skip

    binary = soffice_or_skip()
    source = _merged_service_docx(tmp_path / "merged.docx")
    doc = convert(binary, source, "doc", tmp_path)
    expected = fields(parsed(source))
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda _: fields(parsed(doc)), range(2)))
    assert results == [expected, expected]


# ---- 11. make fuzz mutates files of other formats too ------------------------------------------------

def test_fuzz_mutates_workbooks_pages_and_pdfs():
    import io

    from scripts.fuzz import run

    report = io.StringIO()
    counts = run(200, seed=25, show=5, out=report)
    assert counts["internal error"] == 0 and counts["hang"] == 0, report.getvalue()
    assert min(counts["xlsx"], counts["html"], counts["pdf"]) >= 10, counts


def test_a_hidden_sheet_is_not_read(tmp_path):
    decoy = [HEADER, ["基本生活", "1", "流动儿童", "隐藏服务", "隐藏工作表的内容。", "民政部门"]]
    small = write_xlsx(tmp_path / "s.xlsx", {"隐藏": decoy, "清单": ROWS})
    path = tmp_path / "hidden-sheet.xlsx"
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/workbook.xml":
                data = data.replace('name="隐藏"'.encode(), 'name="隐藏" state="hidden"'.encode())
            dst.writestr(info, data)
    assert [i.service for i in parsed(path).items] == ["基本生活保障", "医疗救助"]
    assert [i.service for i in parsed(path, limits=ReadLimits(include_hidden=True)).items] == ["隐藏服务"]


def test_an_ods_with_a_cell_repeated_far_away_is_refused_and_a_hidden_row_skipped(tmp_path):
    from tests.readers_build import write_ods

    far = ('<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
           'table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell>'
           "</table:table-row>")
    path = write_ods(tmp_path / "far.ods", ROWS, body_extra=far)
    with pytest.raises(InputError, match="far.ods: .* spans 1,048,57[0-9] rows"):
        read_document(path)
    hidden_row = ('<table:table-row table:visibility="collapse"><table:table-cell office:value-type="string">'
                  "<text:p>藏</text:p></table:table-cell></table:table-row>")
    path = write_ods(tmp_path / "hidden.ods", ROWS, body_extra=hidden_row)
    doc = read_document(path)
    assert "藏" not in {c for r in doc.tables[0] for c in r.cells} and any("hidden" in n for n in doc.notes)


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W_NS}>'
          '<w:style w:type="character" w:styleId="Noise"><w:rPr><w:vanish/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="HiddenPara"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>')


@pytest.mark.parametrize("props, visible", [('<w:rStyle w:val="Noise"/>', False),
                                            ('<w:rStyle w:val="Noise"/><w:vanish w:val="0"/>', True)])
def test_word_text_hidden_by_its_style_is_not_read(tmp_path, props, visible):
    path = _hidden_docx(tmp_path / "styled.docx", props)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("word/styles.xml", STYLES)
    lst = parsed(path)
    assert lst.items[1].content.endswith("免除全部自付费用。") is visible


def test_a_parsed_toml_cache_entry_replaced_by_a_fifo_or_dev_zero_costs_a_parse(tmp_path, monkeypatch):
    from polcmp import tomlcache

    monkeypatch.setenv("POLCMP_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "departments.toml"
    path.write_text("[functions]\n\"教育\" = [\"教育局\"]\n", encoding="utf-8")
    tomlcache.load(path)
    for plant in ("fifo", "dev-zero"):
        for entry in (tmp_path / "cache" / "toml").iterdir():
            entry.unlink()
            if plant == "fifo":
                os.mkfifo(entry)
            else:
                entry.symlink_to("/dev/zero")
        start = time.monotonic()
        assert tomlcache.load(path) == {"functions": {"教育": ["教育局"]}}
        assert time.monotonic() - start < 5


def test_a_narrow_note_table_under_the_list_is_no_rows(tmp_path):
    """A one-column table of notes after the list is not taken for a continuation of it."""
    import docx

    from tests.test_read import build_docx

    lst = _tianjin()
    path = build_docx(lst, tmp_path / "noted.docx")
    document = docx.Document(path)
    notes = document.add_table(rows=2, cols=1)
    notes.cell(0, 0).text = "注：本清单所列服务事项由各责任部门按职责分工负责解释，并根据政策调整动态更新。"
    notes.cell(1, 0).text = "各区可结合实际在本清单基础上增加服务项目，提高服务标准。"
    document.save(path)
    assert len(parsed(path).items) == len(lst.items)
