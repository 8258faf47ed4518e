"""Every command as a separate process, the way a shell runs it: UTF-8 to a pipe and to a file whatever the
locale (zh_CN.GBK here), the terminal's encoding on a terminal, PYTHONIOENCODING and --encoding when given,
and a reader that stops early (`| head`)."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import ROOT

F_SETPIPE_SZ = 1031  # Linux: shrink a pipe so a few KiB of output cannot all fit in it

COMMANDS = {  # command -> (arguments, exit code, words the output must carry)
    "sources": (["sources"], 0, "天津市"),
    "parse": (["parse", "tianjin"], 0, "健康和托育"),
    "diff": (["diff", "national", "tianjin"], 1, "健康和托育"),
    "coverage": (["coverage"], 0, "天津市"),
    "check": (["check", "tianjin"], 0, "义务教育"),
    "report": (["report"], 0, "天津市"),
}
FORMATS = {
    "sources": ["text", "json", "markdown", "csv"],
    "parse": ["text", "json", "markdown", "csv"],
    "diff": ["text", "json", "markdown", "csv", "html", "xlsx", "docx"],
    "coverage": ["text", "json", "markdown", "csv", "csv-wide", "html", "xlsx", "docx"],
    "check": ["text", "json", "markdown", "csv", "github", "xlsx"],
    "report": ["html", "xlsx", "docx"],
}
BINARY = {"xlsx", "docx"}


def _env(tmp_path, **extra):
    env = {**os.environ, "POLCMP_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT),
           "LC_ALL": "zh_CN.GBK", "COLUMNS": "100", "NO_COLOR": "1"}
    env.pop("POLCMP_DEBUG", None)
    env.pop("PYTHONIOENCODING", None)
    env.update(extra)
    return env


def _polcmp(args, env, cwd=ROOT, **kwargs):
    return subprocess.run([sys.executable, "-m", "polcmp", *args], cwd=cwd, env=env, capture_output=True,
                          timeout=300, **kwargs)


def _cases():
    for command, formats in FORMATS.items():
        for fmt in formats:
            yield command, fmt


def _assert_clean(done, args, code):
    err = done.stderr.decode("utf-8")  # stderr to a pipe is UTF-8 too: a GBK byte would not decode
    assert "Traceback" not in err and "internal error" not in err and "Error" not in err, (args, err)
    assert done.returncode == code, (args, done.returncode, err)
    return err


@pytest.fixture(scope="module")
def gbk_runs(tmp_path_factory):
    """Every command in every main format, once to a pipe (text formats) and once with -o FILE (all),
    run in parallel: {(command, fmt, "pipe"|"file"): (CompletedProcess, output bytes)}."""
    tmp = tmp_path_factory.mktemp("gbk")
    env = _env(tmp)
    jobs = {}
    for command, fmt in _cases():
        args, _, _ = COMMANDS[command]
        if fmt not in BINARY and command != "report":
            jobs[(command, fmt, "pipe")] = [*args, "--format", fmt]
        target = tmp / f"结果-{command}.{fmt}"  # a Chinese file name, echoed on stderr
        jobs[(command, fmt, "file")] = [*args, "--format", fmt, "-o", str(target)]
    jobs[("report", "html", "stdout")] = ["report", "-o", "-"]

    def one(key):
        done = _polcmp(jobs[key], env)
        if key[2] == "file":
            path = tmp / f"结果-{key[0]}.{key[1]}"
            return done, path.read_bytes() if path.exists() else None
        return done, done.stdout

    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
        results = dict(zip(jobs, pool.map(one, jobs), strict=True))
    return {key: (*results[key], jobs[key]) for key in jobs}


@pytest.mark.parametrize("command,fmt", list(_cases()))
def test_every_command_writes_utf8_to_pipes_and_files_under_a_gbk_locale(gbk_runs, command, fmt):
    _, code, words = COMMANDS[command]
    for where in ("pipe", "file", "stdout"):
        if (command, fmt, where) not in gbk_runs:
            continue
        done, data, args = gbk_runs[(command, fmt, where)]
        err = _assert_clean(done, args, code)
        assert data, (args, "no output")
        if where == "file":
            assert err.startswith(f"wrote {args[-1]} (") and err.rstrip().endswith(f"({len(data):,} bytes)"), err
            assert not done.stdout
        if fmt in BINARY:
            assert data[:2] == b"PK", args  # a zip container (.xlsx/.docx), not text
            continue
        text = data.decode("utf-8")  # strict: any GBK byte fails here
        assert words in text, (args, text[:300])
        if fmt in ("csv", "csv-wide"):
            assert text.startswith("\ufeff") == (where == "file"), args  # a BOM for Excel, in files only
        else:
            assert not text.startswith("\ufeff"), args


@pytest.mark.parametrize("args", [["-h"], ["--help"], *([c, "-h"] for c in COMMANDS), ["--version"]])
def test_help_is_utf8_under_a_gbk_locale(tmp_path, args):
    done = _polcmp(args, _env(tmp_path))
    _assert_clean(done, args, 0)
    text = done.stdout.decode("utf-8")
    if args[0] == "report":
        assert "对照表" in text  # a GBK-encodable word: written as UTF-8 to a pipe all the same
    if len(args) == 2:
        assert "Example" in text  # an example in every command's help


def test_error_message_naming_a_chinese_file_is_utf8(tmp_path):
    done = _polcmp(["diff", "national", "不存在的清单.docx"], _env(tmp_path))
    assert done.returncode == 2 and not done.stdout
    assert done.stderr.decode("utf-8") == "polcmp: 不存在的清单.docx: no such file\n"


# ------------------------------------------------------------------------------ a reader that stops early


def _stop_early(args, env, lines):
    """Run with stdout on a 4 KiB pipe, read `lines` lines (0 or 1), close the pipe: the command meets
    a closed pipe (EPIPE), as under `| head -1` when the output is larger than the pipe, or `| true`."""
    process = subprocess.Popen([sys.executable, "-m", "polcmp", *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    fd = process.stdout.fileno()
    fcntl.fcntl(fd, F_SETPIPE_SZ, 4096)
    first = b""
    while lines and not first.endswith(b"\n"):
        chunk = os.read(fd, 1)
        if not chunk:
            break
        first += chunk
    process.stdout.close()
    err = process.stderr.read()
    process.stderr.close()
    return process.wait(timeout=300), first, err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="F_SETPIPE_SZ is Linux's")
@pytest.mark.parametrize("args,code", [
    (["diff", "national", "tianjin"], 1),  # differences: 1 whether or not the reader read them all
    (["diff", "national", "national", "--format", "json"], 0),  # identical: a closed pipe does not read as differences
    (["diff", "national", "tianjin", "--format", "json"], 1),
    (["parse", "guangxi"], 0),
    (["report", "-o", "-"], 0),
])
def test_a_closed_pipe_is_quiet_and_keeps_the_exit_code(tmp_path, args, code):
    env = _env(tmp_path)
    full = _polcmp(args, env)
    assert full.returncode == code and len(full.stdout) > 2 * 4096  # well over the 4 KiB pipe
    for lines in (1, 0):
        returncode, first, err = _stop_early(args, env, lines)
        assert full.stdout.startswith(first) and bool(first) == bool(lines)
        assert err == b"", err.decode("utf-8", "replace")
        assert returncode == code, (lines, returncode)


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("head") is None, reason="needs bash and head")
def test_diff_piped_into_head(tmp_path):
    """`polcmp diff national tianjin | head -1`, as typed: the first line, nothing on stderr, and the
    exit status of a diff (1: the lists differ), not an error."""
    script = f"'{sys.executable}' -m polcmp diff national tianjin | head -1; echo \"status=${{PIPESTATUS[0]}}\""
    # LC_ALL=C: bash itself warns of a locale this machine lacks
    done = subprocess.run(["bash", "-c", script], cwd=ROOT, env=_env(tmp_path, LC_ALL="C"), capture_output=True,
                          timeout=300)
    out = done.stdout.decode("utf-8").splitlines()
    assert out == ["注意：基准为根据地方清单重建的文本，非官方原件", "status=1"], out
    assert done.stderr == b""


def _on_a_terminal(args, env):
    """Run polcmp with a pseudo-terminal as its standard output; what the terminal received."""
    import pty

    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "polcmp", *args], cwd=ROOT, env=env, stdout=follower,
                              stderr=subprocess.PIPE, timeout=300)
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the terminal's other end is closed and read to the end
                break
            if not chunk:
                break
            chunks.append(chunk)
        return done, b"".join(chunks)
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)


def test_a_gbk_terminal_receives_gb18030(tmp_path):
    """LC_ALL=zh_CN.GBK and a terminal: Chinese in the terminal's encoding (GB18030, GBK's superset), so
    it reads as Chinese there, not as UTF-8 bytes shown in GBK (娉ㄦ剰…)."""
    done, data = _on_a_terminal(["sources"], _env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "天津市".encode("gb18030") in data and "天津市".encode() not in data
    data.decode("gb18030")  # strict


def test_a_utf8_terminal_receives_utf8(tmp_path):
    done, data = _on_a_terminal(["sources"], _env(tmp_path, LC_ALL="zh_CN.UTF-8"))
    assert done.returncode == 0 and "天津市".encode() in data


@pytest.mark.parametrize("how", ["PYTHONIOENCODING", "--encoding"])
def test_an_encoding_asked_for_is_used_on_a_pipe_too(tmp_path, how):
    env = _env(tmp_path, PYTHONIOENCODING="gbk") if how == "PYTHONIOENCODING" else _env(tmp_path)
    args = ["diff", "national", "tianjin"] if how == "PYTHONIOENCODING" else ["--encoding", "gbk", "diff",
                                                                               "national", "tianjin"]
    done = _polcmp(args, env)
    assert done.returncode == 1
    text = done.stdout.decode("gb18030")  # strict
    assert "健康和托育" in text and "健康和托育".encode() not in done.stdout


def test_an_unknown_encoding_is_bad_input(tmp_path):
    done = _polcmp(["--encoding", "klingon", "sources"], _env(tmp_path))
    assert done.returncode == 2
    assert done.stderr.decode() == "polcmp: --encoding klingon: unknown encoding (try utf-8 or gb18030)\n"


def test_a_latin1_terminal_gets_question_marks_not_an_error(tmp_path):
    done, data = _on_a_terminal(["sources"], _env(tmp_path, LC_ALL="en_US.ISO-8859-1"))
    assert done.returncode == 0 and b"?" in data and b"Traceback" not in done.stderr
