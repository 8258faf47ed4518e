"""One broken file never sinks a batch: `coverage`, `check` and `report` over a folder holding good
lists and hostile ones report every good list, list each broken file as skipped with its reason (one
line on stderr each), and exit by the README's rule: coverage and report 0 (2 with --strict, or when
no list at all could be read), check 2 when any file was unreadable, every readable one still checked."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from tests.conftest import ROOT
from tests.test_hostile_cli import (
    GBK_NAME,
    bad_gridspan_docx,
    fifo,
    gridspan_docx,
    polcmp,
    vmerge_first_row_docx,
    zip_bomb_docx,
)

BROKEN = {  # file name -> words of the reason it is skipped
    "bomb.docx": "zip bomb",
    "nogrid.docx": "spanning 2000000000 columns",
    "pipe.txt": "FIFO",
    "empty.txt": "file is empty",
    "header_only.txt": "no numbered rows",
    "garbage.docx": "damaged",
    "binary.txt": "binary",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch") / "lists"
    (root / "sub").mkdir(parents=True)
    shutil.copy(ROOT / "sources" / "tianjin.txt", root / "tianjin.txt")
    shutil.copy(ROOT / "sources" / "qingdao.txt", root / "sub" / os.fsdecode(GBK_NAME + b".txt"))
    bad_gridspan_docx(root / "sub" / "badspan.docx")  # odd but readable: a result
    vmerge_first_row_docx(root / "vfirst.docx")  # odd but readable
    zip_bomb_docx(root / "bomb.docx", mib=150)
    gridspan_docx(root / "nogrid.docx", grid=False)
    fifo(root / "pipe.txt")
    (root / "empty.txt").write_bytes(b"")
    header = "".join(f"\t{cell}\n" for cell in ("服务领域", "序号", "服务对象", "服务项目", "服务内容", "责任部门"))
    (root / "header_only.txt").write_text(header, encoding="utf-8")
    (root / "garbage.docx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 10)
    (root / "binary.txt").write_bytes(bytes(range(256)) * 64)
    return root


def _skipped_lines(stderr: bytes) -> dict[str, str]:
    lines = stderr.decode("utf-8").strip().split("\n")
    assert all(line.startswith("polcmp: skipped ") for line in lines), lines
    return {line.split(": ", 2)[1].split("skipped ", 1)[1].rsplit("/", 1)[-1]: line.split(": ", 2)[2] for line in lines}


def _assert_broken_named(skipped: dict[str, str]) -> None:
    assert set(skipped) == set(BROKEN), skipped
    for name, words in BROKEN.items():
        assert words in skipped[name], (name, skipped[name])


GOOD = {"tianjin", "sub/\\xc7\u0d7a\\xca\\xd0", "sub/badspan", "vfirst"}


def test_coverage_over_a_folder_with_broken_files(folder):
    done = polcmp("coverage", folder, "--format", "json", timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    _assert_broken_named(_skipped_lines(done.stderr))
    data = json.loads(done.stdout)
    # named by their titles (天津市, 青岛市), else by their file names, escaped where they are not UTF-8
    assert {r["name"] for r in data["regions"]} == {"天津市", "青岛市", "sub/badspan", "vfirst"}
    assert {s["source"].rsplit("/", 1)[-1] for s in data["skipped"]} == set(BROKEN)
    strict = polcmp("coverage", folder, "--strict", timeout=120)
    assert strict.returncode == 2 and "--strict: 7 file(s) skipped" in strict.stderr.decode()


def test_check_over_a_folder_with_broken_files(folder):
    done = polcmp("check", folder, "--format", "json", timeout=120)
    assert done.returncode == 2, done.stderr.decode()  # unreadable files: 2, though every good list was checked
    _assert_broken_named(_skipped_lines(done.stderr))
    data = json.loads(done.stdout)
    checked = {c["path"].rsplit("lists/", 1)[-1] for c in data["lists"]}
    assert checked == {"tianjin.txt", "sub/\\xc7\u0d7a\\xca\\xd0.txt", "sub/badspan.docx", "vfirst.docx"}
    assert {u["path"].rsplit("/", 1)[-1] for u in data["unreadable"]} == set(BROKEN)
    assert any(not c["passed"] for c in data["lists"])  # 青岛 lacks a baseline service: its error is still reported


def test_report_over_a_folder_with_broken_files(folder, tmp_path):
    out = tmp_path / "report.html"
    done = polcmp("report", folder, "-o", out, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    lines = done.stderr.decode("utf-8").strip().split("\n")
    assert lines[-1].startswith(f"wrote {out}")
    _assert_broken_named(_skipped_lines("\n".join(lines[:-1]).encode()))
    html = out.read_text(encoding="utf-8")
    assert "未能读取" in html and all(name in html for name in BROKEN)
    ids = {region.rsplit("/", 1)[-1] for region in GOOD}
    assert all(f'href="#region-{region}"' in html for region in ids)  # every good list has its section


def test_a_folder_of_nothing_but_broken_files_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    fifo(tmp_path / "pipe.txt")
    for command in ("coverage", "report"):
        done = polcmp(command, tmp_path, "-o", tmp_path / "out.html") if command == "report" else polcmp(command, tmp_path)
        assert done.returncode == 2
        assert done.stderr.decode().strip().split("\n")[-1] == "polcmp: no readable list to compare (2 skipped)"


def test_worker_processes_skip_the_same_files(folder, tmp_path):
    """With the batch spread over worker processes, the same files are reported and skipped."""
    settings = tmp_path / "settings.toml"
    settings.write_text("[batch]\nparallel_from = 1\nworkers = 2\nchunk = 2\n", encoding="utf-8")
    serial = polcmp("coverage", folder, "--format", "json", timeout=120)
    parallel = polcmp("--settings", settings, "coverage", folder, "--format", "json", timeout=120)
    assert parallel.returncode == 0, parallel.stderr.decode()
    assert json.loads(parallel.stdout) == json.loads(serial.stdout)
