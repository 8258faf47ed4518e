"""polcmp.output.write_output: private temporary file, no symlink followed, no FIFO opened, guarded overwrite."""

import os
import socket
import stat
import subprocess
import sys
import threading

import pytest

from polcmp import output
from polcmp.model import InputError
from polcmp.output import is_polcmp_html, write_output
from tests.conftest import ROOT

REPORT = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
          '<meta name="generator" content="polcmp 0.1.0">\n<title>t</title>\n</head>\n<body>old</body></html>\n')


def test_writes_a_new_file_with_a_normal_mode(tmp_path):
    target = tmp_path / "report.html"
    assert write_output(target, "对照报告", force=False, guard=None) == len("对照报告".encode())
    assert target.read_text(encoding="utf-8") == "对照报告"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"], "no temporary file left behind"


def test_no_overwrite_without_force(tmp_path):
    target = tmp_path / "notes.html"
    target.write_text("my notes", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        write_output(target, "new", force=False, guard=None)
    assert caught.value.path == str(target) and "--force" in caught.value.message
    with pytest.raises(InputError):
        write_output(target, "new", force=False, guard=is_polcmp_html)
    assert target.read_text(encoding="utf-8") == "my notes"
    write_output(target, "new", force=True, guard=None)
    assert target.read_text(encoding="utf-8") == "new"


def test_a_previous_report_is_overwritten_when_the_guard_recognises_it(tmp_path):
    target = tmp_path / "report.html"
    target.write_text(REPORT, encoding="utf-8")
    target.chmod(0o640)
    write_output(target, REPORT.replace("old", "new"), force=False, guard=is_polcmp_html)
    assert "new" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # an existing file keeps its mode


def test_the_guard_sees_only_the_first_bytes(tmp_path):
    target = tmp_path / "big.html"
    target.write_bytes(REPORT.encode() + b"x" * 10_000_000)
    seen = []
    write_output(target, "n", force=False, guard=lambda head: seen.append(len(head)) or True)
    assert seen == [output.GUARD_BYTES]


@pytest.mark.parametrize("text,expected", [
    (REPORT, True),
    ("\ufeff" + REPORT, True),
    (REPORT.replace("polcmp 0.1.0", "other"), False),
    ('# notes\nThe report has <meta name="generator" content="polcmp"> in its head.\n', False),
    ('<!DOCTYPE html><html><head><title>x</title></head><body><meta name="generator" content="polcmp">', False),
    ("<html><head><style>" + "a{}" * 5000 + '</style><meta name="generator" content="polcmp 1">', True),
])
def test_is_polcmp_html(text, expected):
    assert is_polcmp_html(text.encode("utf-8")[: output.GUARD_BYTES * 4]) is expected


def test_a_symlink_planted_at_the_temporary_path_is_never_followed(tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    monkeypatch.setattr(output, "_token", lambda: "0" * 16)  # make the temporary name predictable
    planted = tmp_path / ".polcmp-0000000000000000.tmp"
    planted.symlink_to(victim)
    (tmp_path / f".report.html.{os.getpid()}.tmp").symlink_to(victim)  # the old predictable name too
    with pytest.raises(InputError) as caught:
        write_output(tmp_path / "report.html", "attack", force=True, guard=None)
    assert "temporary" in caught.value.message
    assert victim.read_text(encoding="utf-8") == "precious"
    assert os.path.islink(planted) and not (tmp_path / "report.html").exists()


def test_a_clash_on_one_temporary_name_tries_another(tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    names = iter(["a" * 16, "b" * 16])
    monkeypatch.setattr(output, "_token", lambda: next(names))
    (tmp_path / f".polcmp-{'a' * 16}.tmp").symlink_to(victim)
    write_output(tmp_path / "out.txt", "ok", force=False, guard=None)
    assert (tmp_path / "out.txt").read_text() == "ok" and victim.read_text() == "precious"


def test_a_symlink_as_target_is_replaced_only_with_force(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "report.html"
    link.symlink_to(victim)
    with pytest.raises(InputError, match="symbolic link"):
        write_output(link, REPORT, force=False, guard=lambda head: True)
    write_output(link, "new", force=True, guard=None)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not link.is_symlink() and link.read_text() == "new"


def test_a_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    outcome = []

    def attempt():
        for force in (False, True):
            try:
                write_output(fifo, "x", force=force, guard=lambda head: True)
            except InputError as e:
                outcome.append(e.message)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "write_output opened the FIFO"
    assert len(outcome) == 2 and all("FIFO" in m for m in outcome)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("target,what", [("/dev/null", "device"), (".", "directory")])
def test_devices_and_directories_are_refused(tmp_path, target, what):
    with pytest.raises(InputError, match=what):
        write_output(tmp_path if target == "." else target, "x", force=True, guard=None)


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as sock:
        try:
            sock.bind(str(path))
        except OSError:
            pytest.skip("cannot bind a unix socket here")
        with pytest.raises(InputError, match="socket"):
            write_output(path, "x", force=True, guard=None)


@pytest.mark.parametrize("name", ["missing/report.html", "长" * 100 + ".html"])
def test_unwritable_targets_are_input_errors(tmp_path, name):
    with pytest.raises(InputError) as caught:
        write_output(tmp_path / name, "x", force=False, guard=None)
    assert caught.value.path == str(tmp_path / name)


def test_a_read_only_folder_is_an_input_error(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(InputError, match="cannot be written"):
            write_output(folder / "r.html", "x", force=False, guard=None)
    finally:
        folder.chmod(0o700)


def test_dash_writes_to_stdout():
    code = ("from polcmp.output import write_output; import sys; "
            "sys.exit(write_output('-', '清单\\n', force=False, guard=None))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT)
    assert done.stdout == "清单\n".encode() and done.returncode == len("清单\n".encode())


def test_binary_to_a_terminal_is_refused(monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    with pytest.raises(InputError) as caught:
        write_output("-", b"PK\x03\x04\x00\xff", force=False, guard=None)
    assert caught.value.path == "-" and "terminal" in caught.value.message


def test_text_to_stdout_in_process(capsysbinary):
    assert write_output("-", b"plain text\n", force=False, guard=None) == 11
    assert capsysbinary.readouterr().out == b"plain text\n"


# ---- through the command line (`polcmp report -o`, `diff -o`) ----------------------------------------

def _polcmp(*args, timeout=60):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "polcmp", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, timeout=timeout)


NOTES = ('# notes on polcmp\nIts reports carry <meta name="generator" content="polcmp 0.1.0"> in their\n'
         "<head>, before </head>. Keep these notes.\n")


def test_report_keeps_a_file_that_only_mentions_the_generator_tag(tmp_path):
    notes = tmp_path / "notes.html"
    notes.write_text(NOTES, encoding="utf-8")
    done = _polcmp("report", "qingdao", "-o", notes)
    assert done.returncode == 2
    assert done.stderr.decode().strip() == f"polcmp: {notes}: already exists and is not a polcmp report; " \
                                           "use --force to overwrite it"
    assert notes.read_text(encoding="utf-8") == NOTES
    forced = _polcmp("report", "qingdao", "-o", notes, "--force")
    assert forced.returncode == 0 and is_polcmp_html(notes.read_bytes()[: output.GUARD_BYTES])


def test_report_overwrites_its_own_report(tmp_path):
    target = tmp_path / "report.html"
    assert _polcmp("report", "qingdao", "-o", target).returncode == 0
    first = target.read_bytes()
    again = _polcmp("report", "tianjin", "-o", target)
    assert again.returncode == 0, again.stderr.decode()
    assert target.read_bytes() != first and b"tianjin" in target.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"], "no temporary file left behind"


@pytest.mark.parametrize("command", [["report", "qingdao", "--force"], ["diff", "national", "qingdao"]])
def test_output_to_a_fifo_or_a_device_is_refused(tmp_path, command):
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    done = _polcmp(*command, "-o", fifo, timeout=30)
    assert done.returncode == 2 and done.stderr.decode().strip() == \
        f"polcmp: {fifo}: is a FIFO (named pipe); polcmp writes only regular files"
    device = _polcmp(*command, "-o", "/dev/null", timeout=30)
    assert device.returncode == 2
    assert device.stderr.decode().strip() == "polcmp: /dev/null: is a character device; polcmp writes only regular files"
