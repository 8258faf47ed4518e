"""The command-line conventions of issue 14 as a user meets them: `-o -` is stdout, `-o FILE` says its
size in bytes and replaces polcmp's own output (other files only with --force), `--label`, two files of
the same name told apart, binary never to a terminal, a plan refused as baseline by every command,
`check` over several files with an unreadable one among them."""

import json
import os
import pty
import shutil
import subprocess
import sys

import pytest

from polcmp.results import CheckReport, Comparison, CoverageMatrix
from tests.conftest import ROOT

PLAN_MESSAGE = "sources/hebei.txt: is a prose plan"


@pytest.mark.parametrize("args", [
    ["sources"], ["parse", "qingdao", "--format", "json"], ["diff", "national", "qingdao", "--format", "markdown"],
    ["coverage", "--format", "csv"], ["check", "qingdao", "--format", "github"],
])
def test_dash_output_is_stdout(run, args):
    plain = run(*args)
    dashed = run(*args, "-o", "-")
    assert dashed.exit_code == plain.exit_code and dashed.stdout == plain.stdout and dashed.stdout
    assert "wrote" not in dashed.stderr
    assert not (ROOT / "-").exists()
    if "csv" in args:
        assert not dashed.stdout.startswith("\ufeff")  # the BOM is for files Excel opens, not pipes


def test_report_dash_output_is_the_page(run):
    result = run("report", "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>") and not (ROOT / "-").exists()


def test_written_size_is_in_bytes(run, tmp_path):
    target = tmp_path / "对照.json"
    result = run("diff", "national", "qingdao", "--format", "json", "-o", str(target))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"wrote {target} ({target.stat().st_size:,} bytes)\n"


@pytest.mark.parametrize("fmt", ["html", "xlsx", "docx", "json"])
def test_polcmp_output_is_replaced_without_force(run, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    for _ in range(2):
        result = run("diff", "national", "qingdao", "--format", fmt, "-o", str(target))
        assert result.exit_code == 1 and result.stderr.startswith(f"wrote {target}"), result.stderr


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "html"])
def test_report_formats_replace_their_own_file(run, tmp_path, fmt):
    target = tmp_path / f"report.{fmt}"
    for _ in range(2):
        result = run("report", "qingdao", "tianjin", "--format", fmt, "-o", str(target))
        assert result.exit_code == 0 and result.stderr.startswith(f"wrote {target}"), result.stderr


@pytest.mark.parametrize("fmt,content", [("xlsx", b"PK\x03\x04 someone else's workbook"), ("json", b'{"a": 1}'),
                                         ("csv", "\ufeffseq,service\n".encode()), ("html", b"<html>mine</html>")])
def test_other_files_need_force(run, tmp_path, fmt, content):
    target = tmp_path / f"theirs.{fmt}"
    target.write_bytes(content)
    refused = run("coverage", "--format", fmt, "-o", str(target))
    assert refused.exit_code == 2 and "--force" in refused.stderr and target.read_bytes() == content
    forced = run("coverage", "--format", fmt, "-o", str(target), "--force")
    assert forced.exit_code == 0 and target.read_bytes() != content


def test_a_foreign_office_file_is_not_taken_for_polcmps(tmp_path):
    import docx

    from polcmp.render.common import is_polcmp_office

    path = tmp_path / "someone.docx"
    document = docx.Document()
    document.core_properties.author = "polcmp-fan"
    document.save(path)
    assert not is_polcmp_office(path.read_bytes()[:8192])
    document.core_properties.author = "polcmp"
    document.save(path)
    assert is_polcmp_office(path.read_bytes()[:8192])
    assert not is_polcmp_office(b"PK\x03\x04" + b"\x00" * 40) and not is_polcmp_office(b"")


def test_labels_name_each_side(run):
    text = run("diff", "national", "qingdao", "--label", "2024版", "--label", "2025版")
    assert "2024版 → 2025版：" in text.stdout
    markdown = run("diff", "national", "qingdao", "--label", "2024版", "--label", "2025版", "--format", "markdown")
    assert "2024版 → 2025版" in markdown.stdout
    html = run("diff", "national", "qingdao", "--label", "旧", "--label", "新", "--format", "html")
    assert "旧（基准条款）" in html.stdout and "新（本地条款）" in html.stdout
    one = run("diff", "national", "qingdao", "--label", "2024版")
    assert one.exit_code == 2 and one.stderr == "polcmp: --label: give it twice, once for each side\n"


def test_two_files_of_the_same_name_are_told_apart(run, tmp_path):
    for side in ("a", "b"):
        (tmp_path / side).mkdir()
        shutil.copy(ROOT / "sources" / "qingdao.txt", tmp_path / side / "清单.txt")
    result = run("diff", str(tmp_path / "a" / "清单.txt"), str(tmp_path / "b" / "清单.txt"))
    assert result.exit_code == 0
    summary = next(line for line in result.stdout.splitlines() if " → " in line)
    assert summary.startswith("清单 (1) → 清单 (2)：")


@pytest.mark.parametrize("args", [
    ["diff", "hebei", "tianjin"], ["coverage", "--baseline", "hebei"], ["check", "tianjin", "--baseline", "hebei"],
    ["report", "--baseline", "hebei", "-o", "{tmp}/report.html"],
])
def test_a_plan_is_refused_as_baseline_by_every_command(run, tmp_path, args):
    result = run(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("polcmp: ") and PLAN_MESSAGE in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "report.html").exists()


def test_check_reports_every_readable_file_and_lists_the_unreadable(run, tmp_path):
    garbage = tmp_path / "坏文件.docx"
    garbage.write_bytes(b"not a zip")
    result = run("check", "national", str(garbage), "qingdao", "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [c["id"] for c in data["lists"]] == ["national", "qingdao"]
    assert [u["path"] for u in data["unreadable"]] == [str(garbage)]
    assert f"skipped {garbage}" in result.stderr
    github = run("check", "national", str(garbage), "qingdao", "--format", "github")
    assert github.exit_code == 2
    lines = github.stdout.splitlines()
    assert any(line.startswith(f"::error file={garbage},title=polcmp unreadable::") for line in lines)
    verdicts = [line.split("：")[0] for line in lines if line.startswith(("通过", "未通过"))]
    assert [(v.split()[0], v.rsplit("/", 1)[-1]) for v in verdicts] == [("通过", "national.txt"), ("未通过", "qingdao.txt")]


@pytest.mark.parametrize("args", [["coverage", "--format", "xlsx"], ["diff", "national", "qingdao", "-f", "docx"],
                                  ["report", "--format", "xlsx", "-o", "-"]])
def test_binary_output_is_never_written_to_a_terminal(tmp_path, args):
    primary, secondary = pty.openpty()
    env = {**os.environ, "POLCMP_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run([sys.executable, "-m", "polcmp", *args], cwd=ROOT, env=env, stdout=secondary,
                              stderr=subprocess.PIPE, timeout=300)
    finally:
        os.close(secondary)
    os.set_blocking(primary, False)
    try:
        written = os.read(primary, 65536)
    except (BlockingIOError, OSError):
        written = b""
    os.close(primary)
    assert done.returncode == 2, done.stderr.decode()
    assert b"PK" not in written and b"-o FILE" in done.stderr


def test_an_unforeseen_failure_is_one_line_naming_the_documents(run, monkeypatch):
    """A bug inside polcmp still ends in one line on stderr, exit 2, naming the command and its documents."""
    from polcmp import api

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.delenv("POLCMP_DEBUG", raising=False)
    monkeypatch.setattr(api, "compare", broken)
    result = run("diff", "guangxi", "tianjin")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "polcmp: internal error in diff (guangxi, tianjin): RuntimeError: boom (set POLCMP_DEBUG=1 for details)"]


@pytest.mark.parametrize("command, kind", [(("diff", "national", "qingdao"), Comparison),
                                           (("coverage",), CoverageMatrix), (("report",), CoverageMatrix),
                                           (("check", "sources/qingdao.txt"), CheckReport)])
def test_format_help_lists_the_formats_of_the_command(run, command, kind):
    from polcmp.render import formats

    result = run(*command, "-f", "help")
    assert result.exit_code == 0 and result.stdout.split() == list(formats(kind))
    wrong = run(*command, "-f", "pdf")
    assert wrong.exit_code == 2 and "choose from" in wrong.stderr and wrong.stdout == ""
