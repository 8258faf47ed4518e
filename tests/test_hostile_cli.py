"""Every hostile file of issue 16 through the real command line, in a subprocess: valid input gives a
result, anything else one line on stderr naming the file and the problem, exit 2, and never a
traceback. The files are built here (the large ones are never stored); `build(name, folder)` is also
used to time them by hand under /usr/bin/time -v (see the module's __main__)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from scripts.long_lists import _national_rows, long_lists
from tests.conftest import ROOT

GBK_NAME = "青岛市".encode("gbk")
SHOWN = "\\xc7\u0d7a\\xca\\xd0"  # how polcmp shows it: \xe0\xb5\xba happens to be UTF-8 (ൺ), the rest is not
HEAD = "服务领域\t序号\t服务对象\t服务项目\t服务内容\t责任部门\n"
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ---- builders -------------------------------------------------------------------------------------

def _text_list(path: Path, seqs: list[str]) -> Path:
    rows = _national_rows()
    body = "".join("\t".join([r[0], seq, *r[2:]]) + "\n" for r, seq in zip(rows, seqs, strict=False))
    path.write_text("流动儿童关爱服务清单\n" + HEAD + body, encoding="utf-8")
    return path


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _tc(text: str, props: str = "") -> str:
    return f"<w:tc>{'<w:tcPr>' + props + '</w:tcPr>' if props else ''}{_p(text) if text else '<w:p/>'}</w:tc>"


def _tr(cells: list[str]) -> str:
    return f"<w:tr>{''.join(cells)}</w:tr>"


def _docx(path: Path, rows: list[str], grid: int | None = 6) -> Path:
    cols = "" if grid is None else "<w:tblGrid>" + '<w:gridCol w:w="1000"/>' * grid + "</w:tblGrid>"
    header = _tr([_tc(h) for h in HEAD.strip().split("\t")])
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body><w:tbl>{cols}{header}'
           f"{''.join(rows)}</w:tbl></w:body></w:document>")
    _zip_docx(path, xml.encode("utf-8"))
    return path


def _zip_docx(path: Path, document: bytes | None, stream=None) -> None:
    """A minimal .docx: content types, the package relationship and word/document.xml (given whole,
    or written piece by piece from `stream`, an iterable of bytes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                   '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        if document is not None:
            z.writestr("word/document.xml", document)
        else:
            with z.open("word/document.xml", "w", force_zip64=True) as f:
                for chunk in stream:
                    f.write(chunk)


def _row(n: int, domain: str = "领域", domain_props: str = "") -> str:
    return _tr([_tc(domain, domain_props), _tc(str(n)), _tc("流动儿童"), _tc(f"服务项目{n}"),
                _tc(f"为流动儿童提供第{n}项关爱服务。"), _tc("市民政局")])


def zip_bomb_docx(path: Path, mib: int = 1024) -> Path:
    """word/document.xml of `mib` MiB (a table row, then blank paragraphs) compressed ~1,000x."""
    start = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>').encode()
    filler = b"<w:p/>" * ((1 << 20) // 6)
    _zip_docx(path, None, stream=[start, *([filler] * mib), b"</w:body></w:document>"])
    return path


def gridspan_docx(path: Path, grid: bool = True) -> Path:
    """A cell spanning 2,000,000,000 columns (Word's tblGrid present or absent)."""
    row = _tr([_tc("领域"), _tc("1"), _tc("流动儿童", '<w:gridSpan w:val="2000000000"/>'), _tc("服务"), _tc("内容。")])
    rows = [row] + [_row(n) for n in range(2, 300)]
    return _docx(path, rows, grid=6 if grid else None)


def vmerge_docx(path: Path, rows: int = 1000) -> Path:
    """服务领域 merged vertically over `rows` rows."""
    return _docx(path, [_row(1, domain_props='<w:vMerge w:val="restart"/>')]
                 + [_row(n, domain="", domain_props="<w:vMerge/>") for n in range(2, rows + 1)])


def vmerge_first_row_docx(path: Path) -> Path:
    """A vertical continuation in the first row of the table (nothing above it to continue)."""
    xml_rows = [_row(n, domain="", domain_props="<w:vMerge/>") if n == 1 else _row(n) for n in range(1, 6)]
    cols = "<w:tblGrid>" + '<w:gridCol w:w="1000"/>' * 6 + "</w:tblGrid>"
    header = _tr([_tc(h, "<w:vMerge/>") for h in HEAD.strip().split("\t")])
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body><w:tbl>{cols}{header}'
           f"{''.join(xml_rows)}</w:tbl><w:tbl>{cols}{''.join(xml_rows)}</w:tbl></w:body></w:document>")
    _zip_docx(path, xml.encode())
    return path


def bad_gridspan_docx(path: Path) -> Path:
    """gridSpan values that are no integers: "x", "2.5", "", "-3", "1e400"."""
    rows = [_tr([_tc("领域"), _tc(str(n)), _tc("流动儿童", f'<w:gridSpan w:val="{v}"/>'), _tc(f"项目{n}"),
                 _tc(f"内容{n}。"), _tc("市民政局")]) for n, v in enumerate(["x", "2.5", "", "-3", "1e400"], 1)]
    return _docx(path, rows)


def circled_seq(path: Path) -> Path:
    return _text_list(path, [chr(0x2460 + k) for k in range(19)])  # ① … ⑲


def superscript_seq(path: Path) -> Path:
    return _text_list(path, ["²"] + [str(k) for k in range(2, 20)])


def huge_seq(path: Path) -> Path:
    return _text_list(path, ["1", "9" * 5000] + [str(k) for k in range(3, 20)])


def measure_numerals_plan(path: Path) -> Path:
    path.write_text("流动儿童关爱保护行动实施方案\n一、重点任务\n（一）开展监测摸排。每年开展一次。\n"
                    "（一一）保障义务教育。保障流动儿童接受义务教育，免除学杂费。\n"
                    "（十十）提供卫生健康服务。提供家庭医生签约服务。\n（百百）推进数据共享。\n", encoding="utf-8")
    return path


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def long_name(folder: Path) -> Path:
    return folder / ("流动儿童关爱服务清单" * 9 + ".txt")  # 273 bytes in UTF-8: more than NAME_MAX


def non_utf8_name_folder(folder: Path) -> Path:
    """A folder of two lists, one of them named in GBK (青岛市 is \\xc7\\xe0\\xb5\\xba\\xca\\xd0), not UTF-8."""
    folder.mkdir(exist_ok=True)
    (folder / "tianjin.txt").write_bytes((ROOT / "sources" / "tianjin.txt").read_bytes())
    name = os.fsdecode(GBK_NAME + b".txt")
    (folder / name).write_bytes((ROOT / "sources" / "qingdao.txt").read_bytes())
    return folder


def fifty_mb_list(path: Path) -> Path:
    rows = _national_rows()
    with path.open("w", encoding="utf-8") as f:
        f.write(HEAD)
        n, size = 0, 0
        while size < 50 * 1024 * 1024:
            r = rows[n % len(rows)]
            line = "\t".join([r[0], str(n + 1), *r[2:]]) + "\n"
            f.write(line)
            size += len(line.encode())
            n += 1
    return path


# ---- running --------------------------------------------------------------------------------------

def polcmp(*args, cwd=None, timeout=120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "polcmp", *map(str, args)], cwd=cwd or ROOT, env=env,
                          capture_output=True, timeout=timeout)


def assert_one_input_error(done: subprocess.CompletedProcess, names: str, problem: str) -> str:
    """Exit 2, no traceback, exactly one line on stderr, naming the file and the problem."""
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert "Traceback" not in err and "internal error" not in err, err
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, err
    assert names in lines[0] and problem in lines[0], lines[0]
    return lines[0]


# ---- tests ----------------------------------------------------------------------------------------

def test_zip_bomb_docx(tmp_path):
    path = zip_bomb_docx(tmp_path / "bomb.docx", mib=200)
    assert path.stat().st_size < 1024 * 1024
    assert_one_input_error(polcmp("diff", "national", path), "bomb.docx", "zip bomb")


def test_grid_span_of_two_billion(tmp_path):
    clipped = polcmp("parse", gridspan_docx(tmp_path / "span.docx"), "--format", "json")
    assert clipped.returncode == 0, clipped.stderr.decode()
    data = json.loads(clipped.stdout)
    # the spanning cell is clipped to the table's six columns: its row has no 服务项目/服务内容 left, and says so
    assert [i["seq"] for i in data["items"]] == list(range(2, 300))
    assert any(n.startswith("row 2: row without 服务项目 or 服务内容 ignored") for n in data["notes"]), data["notes"]
    assert_one_input_error(polcmp("parse", gridspan_docx(tmp_path / "nogrid.docx", grid=False)),
                           "nogrid.docx", "spanning 2000000000 columns")


def test_vertical_merges(tmp_path):
    long = polcmp("parse", vmerge_docx(tmp_path / "vmerge.docx", 1000), "--format", "csv")
    assert long.returncode == 0, long.stderr.decode()
    lines = long.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1 + 1000 and all(line.split(",")[1] == "领域" for line in lines[1:])
    first = polcmp("parse", vmerge_first_row_docx(tmp_path / "vfirst.docx"), "--format", "csv")
    assert first.returncode == 0, first.stderr.decode()
    assert [line.split(",")[3] for line in first.stdout.decode().splitlines()[1:6]] == \
        [f"服务项目{n}" for n in range(1, 6)]


def test_grid_span_that_is_no_integer(tmp_path):
    done = polcmp("parse", bad_gridspan_docx(tmp_path / "badspan.docx"), "--format", "csv")
    assert done.returncode == 0, done.stderr.decode()
    assert [line.split(",")[3] for line in done.stdout.decode().splitlines()[1:]] == [f"项目{n}" for n in range(1, 6)]


@pytest.mark.parametrize("build,note", [(circled_seq, "序号 “①” read as 1"), (superscript_seq, "序号 “²” read as 2"),
                                        (huge_seq, "not a row number")])
def test_odd_seq_diffs_every_row(tmp_path, build, note):
    path = build(tmp_path / f"{build.__name__}.txt")
    parsed = polcmp("parse", path, "--format", "json")
    assert parsed.returncode == 0, parsed.stderr.decode()
    data = json.loads(parsed.stdout)
    assert len(data["items"]) == 19 and any(note in n for n in data["notes"]), data["notes"]
    done = polcmp("diff", "national", path, "--format", "json")
    assert done.returncode == 0, done.stderr.decode()  # the same 19 rows as the baseline, whatever their 序号
    diff = json.loads(done.stdout)
    assert diff["summary"]["identical"] == 19 and not diff["dropped"] and not diff["added"]


def test_measure_numerals_that_are_no_numbers(tmp_path):
    path = measure_numerals_plan(tmp_path / "plan.txt")
    parsed = polcmp("parse", path, "--format", "json")
    assert parsed.returncode == 0, parsed.stderr.decode()
    text = parsed.stdout.decode("utf-8")
    assert "measure numeral （一一） is not a number; counted as measure 2" in text
    assert text.count('"seq"') == 4
    assert polcmp("diff", "national", path).returncode == 1


def test_fifo_and_dev_zero_are_refused(tmp_path):
    path = fifo(tmp_path / "pipe.txt")
    assert_one_input_error(polcmp("diff", "national", path, timeout=30), "pipe.txt", "FIFO")
    assert_one_input_error(polcmp("diff", "national", "/dev/zero", timeout=30), "/dev/zero", "device")


def test_file_name_longer_than_255_bytes(tmp_path):
    path = long_name(tmp_path)
    for command in (["diff", "national", path], ["parse", path], ["coverage", path]):
        assert_one_input_error(polcmp(*command), path.name, "File name too long")
    done = polcmp("check", path)
    assert done.returncode == 2 and "File name too long" in done.stderr.decode() and b"Traceback" not in done.stderr


def test_non_utf8_file_name_in_report_and_batches(tmp_path):
    folder = non_utf8_name_folder(tmp_path / "lists")
    out = tmp_path / "report.html"
    done = polcmp("report", folder, "-o", out)
    assert done.returncode == 0, done.stderr.decode()
    html = out.read_text(encoding="utf-8")
    assert SHOWN in html and "tianjin" in html
    cover = polcmp("coverage", folder, "--format", "csv")
    assert cover.returncode == 0 and SHOWN in cover.stdout.decode("utf-8")
    check = polcmp("check", folder)
    assert check.returncode == 1, check.stderr.decode()  # 青岛 lacks a baseline service: FAIL, named escaped
    assert "未通过 " in check.stdout.decode() and SHOWN + ".txt" in check.stdout.decode()


def test_fifty_mb_list_is_refused(tmp_path):
    path = fifty_mb_list(tmp_path / "big.txt")
    assert_one_input_error(polcmp("diff", "national", path), "big.txt", "more than the 20.0 MiB")


def test_long_lists_diff_every_row(tmp_path):
    """The long-list builder at a size the suite can afford (`make bench` times 1,600 rows)."""
    a, b = long_lists(tmp_path, rows=120)
    done = polcmp("diff", a, b, "--format", "json")
    assert done.returncode == 1, done.stderr.decode()
    data = json.loads(done.stdout)
    assert len(data["pairs"]) + len(data["dropped"]) == 120 and data["dropped"] and data["added"]


if __name__ == "__main__":  # build every hostile file into a folder, for timing by hand
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    zip_bomb_docx(out / "bomb.docx")
    gridspan_docx(out / "span.docx")
    gridspan_docx(out / "nogrid.docx", grid=False)
    vmerge_docx(out / "vmerge.docx")
    vmerge_first_row_docx(out / "vfirst.docx")
    bad_gridspan_docx(out / "badspan.docx")
    circled_seq(out / "circled.txt")
    superscript_seq(out / "superscript.txt")
    huge_seq(out / "huge_seq.txt")
    measure_numerals_plan(out / "plan.txt")
    if not (out / "pipe.txt").exists():
        fifo(out / "pipe.txt")
    non_utf8_name_folder(out / "lists")
    fifty_mb_list(out / "big.txt")
    long_lists(out)
    print(long_name(out))


def test_rows_per_list_are_bounded_in_every_layout(tmp_path):
    """A text list is bounded by its bytes (20 MiB) and its rows (5,000; 75,000 rows took a minute to parse)."""
    rows = _national_rows()
    lines = "".join("\t".join([r[0], str(n + 1), *r[2:]]) + "\n" for n, r in enumerate(rows * 316))  # 6,004 rows
    big = tmp_path / "rows.txt"
    big.write_text(HEAD + lines, encoding="utf-8")
    assert_one_input_error(polcmp("parse", big), "rows.txt", "has more than 5,000 rows (the limit")
    settings = tmp_path / "more.toml"
    settings.write_text("[read]\nmax_rows = 7000\n", encoding="utf-8")
    done = polcmp("--settings", settings, "parse", big, "--format", "csv")
    assert done.returncode == 0 and len(done.stdout.decode("utf-8").splitlines()) == 1 + 6004
    plan = tmp_path / "plan.txt"
    plan.write_text("实施方案\n" + "".join(f"【措施{k}】开展第{k}项工作。\n" for k in range(1, 5002)), encoding="utf-8")
    assert_one_input_error(polcmp("parse", plan, "--format", "json"), "plan.txt", "has more than 5,000 measures")
