"""The check-lists workflow: its shell step, run here on a real git history, hands polcmp every added or
changed list whatever its name (Chinese, spaces, a leading '-', a newline), NUL-separated and after
`--`; and the workflow installs polcmp from the base branch, never from the pull request."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "check-lists.yml"


def _step(name: str) -> tuple[str, dict[str, str]]:
    """The `run: |` script and `env:` of the step called `name`, read from the YAML by indentation."""
    lines = WORKFLOW.read_text(encoding="utf-8").split("\n")
    start = next(k for k, line in enumerate(lines) if line.strip() == f"- name: {name}")
    indent = len(lines[start]) - len(lines[start].lstrip()) + 2
    env: dict[str, str] = {}
    k = start + 1
    while k < len(lines) and (not lines[k].strip() or len(lines[k]) - len(lines[k].lstrip()) >= indent):
        line = lines[k]
        if line.strip() == "run: |":
            body = []
            k += 1
            while k < len(lines) and (not lines[k].strip() or len(lines[k]) - len(lines[k].lstrip()) > indent):
                body.append(lines[k][indent + 2 :])
                k += 1
            return "\n".join(body), env
        if line.strip().startswith("BASE_SHA:"):
            env["BASE_SHA"] = line.split(":", 1)[1].strip()
        k += 1
    raise AssertionError(f"no run script in step {name!r}")


STUB = """#!/bin/sh
# records its arguments, NUL-separated, one call per file; fails like a real check with errors
n=$(ls "$CALLS" | wc -l)
for a in "$@"; do printf '%s\\0' "$a"; done > "$CALLS/$n"
echo "stub output"
exit 1
"""

NAMES = ["sources/北京市清单.txt", "sources/a b.docx", "sources/-o.txt", "sources/new\nline.txt",
         "sources/UPPER.TXT", "sources/市/县 清单.xlsx", "sources/it's.csv"]


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env,
                          text=True).stdout.strip()


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None, reason="needs git and bash")
def test_every_file_name_reaches_polcmp_whole(tmp_path):
    repo = tmp_path / "pr"
    (repo / "sources").mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / "sources" / "registry.toml").write_text("# registry\n", encoding="utf-8")
    (repo / "sources" / "old.txt").write_text("old", encoding="utf-8")
    (repo / "sources" / "gone.txt").write_text("gone", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    base = _git(repo, "rev-parse", "HEAD")
    for name in NAMES:
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text("list", encoding="utf-8")
    (repo / "sources" / "old.txt").write_text("changed", encoding="utf-8")  # modified: checked
    (repo / "sources" / "gone.txt").unlink()  # deleted: not checked
    (repo / "sources" / "registry.toml").write_text("# changed\n", encoding="utf-8")  # not a list
    (repo / "sources" / "scan.png").write_bytes(b"\x89PNG")  # not a format polcmp reads
    (repo / "notes.txt").write_text("outside sources/", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "lists")

    script, env = _step("Check added or changed lists")
    assert env == {"BASE_SHA": "${{ github.event.pull_request.base.sha }}"}
    bin_dir, calls, summary = tmp_path / "bin", tmp_path / "calls", tmp_path / "summary.md"
    bin_dir.mkdir()
    calls.mkdir()
    (bin_dir / "polcmp").write_text(STUB, encoding="utf-8")
    (bin_dir / "polcmp").chmod(0o755)
    (bin_dir / "python").symlink_to(sys.executable)  # the step's `python -c` finds the installed polcmp
    run_env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "BASE_SHA": base, "CALLS": str(calls),
               "GITHUB_STEP_SUMMARY": str(summary), "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    done = subprocess.run(["bash", "-e", "-c", script], cwd=repo, env=run_env, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr  # the check's failure is the job's
    recorded = [(calls / str(n)).read_bytes().decode("utf-8").split("\0")[:-1] for n in range(2)]
    expected = sorted([*NAMES, "sources/old.txt"])
    for fmt, args in zip(("github", "markdown"), recorded, strict=True):
        assert args[:4] == ["check", "--format", fmt, "--"]
        assert sorted(args[4:]) == expected
    assert summary.read_text(encoding="utf-8") == "stub output\n"


def test_nothing_changed_passes(tmp_path):
    repo = tmp_path / "pr"
    (repo / "sources").mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / "sources" / "registry.toml").write_text("# registry\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    base = _git(repo, "rev-parse", "HEAD")
    (repo / "sources" / "registry.toml").write_text("# changed\n", encoding="utf-8")
    _git(repo, "commit", "-qam", "registry only")
    script, _ = _step("Check added or changed lists")
    done = subprocess.run(["bash", "-e", "-c", script], cwd=repo, capture_output=True, text=True,
                          env={"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "BASE_SHA": base,
                               "PYTHONPATH": str(ROOT), "GITHUB_STEP_SUMMARY": str(tmp_path / "s")})
    assert done.returncode == 0 and done.stdout.strip() == "no list files changed", done.stderr


def test_polcmp_comes_from_the_base_branch():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "pull_request_target:" in text and "\n  pull_request:" not in text
    assert "ref: ${{ github.event.pull_request.base.sha }}\n          path: tool" in text
    assert "- name: Install polcmp from the base branch\n        run: python -m pip install ./tool\n" in text
    assert "pip install -e" not in text and "./pr" not in text  # nothing of the pull request is installed
    assert text.count("          persist-credentials: false") == 2 and "permissions:\n  contents: read\n" in text
    # the step's own `python -c` runs outside pr/, so a polcmp/ folder in the pull request is not imported
    script, _ = _step("Check added or changed lists")
    assert script.startswith("exts=$(cd / && python -c")
