"""polcmp.ci, the script of the reusable workflow: changed files found by git and kept by content, each
checked, annotations and a job summary, the exit code a workflow reads."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _git(repo, *args):
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def repo(tmp_path):
    """A repository of lists: a README and a list, then a change that renames the list to a Chinese
    name with a space, adds a failing list (青岛 lacks a baseline service) and edits the README. The list
    renamed carries the baseline's services with one department the alias table does not know (a warning)."""
    repo = tmp_path / "lists-repo"
    (repo / "lists").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "ci")
    (repo / "README.md").write_text("# 各地清单\n\n说明文字。\n", encoding="utf-8")
    text = (ROOT / "sources" / "national.txt").read_text(encoding="utf-8")
    text = text.replace("国家卫生健康委、国家疾控局", "江川市某某办公室", 1)
    text = text.replace("流动儿童在居住地享有关爱服务基础清单", "江川市流动儿童关爱服务清单", 1)
    (repo / "lists" / "old.txt").write_text(text, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "first")
    base = _git(repo, "rev-parse", "HEAD")
    _git(repo, "mv", "lists/old.txt", "lists/天津 清单.txt")
    shutil.copy(ROOT / "sources" / "qingdao.txt", repo / "lists" / "青岛 市.txt")
    (repo / "README.md").write_text("# 各地清单\n\n新的说明文字。\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "second")
    return repo, base


def _ci(repo, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("POLCMP_SOURCES", "POLCMP_MAPPINGS", "GITHUB_STEP_SUMMARY")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "polcmp.ci", *args], cwd=repo, env=env, capture_output=True,
                          text=True, timeout=300)


def test_changed_lists_are_found_by_content_and_renames_followed(repo):
    from polcmp import api
    from polcmp.ci import changed_files, list_files

    folder, base = repo
    changed = changed_files(base, cwd=folder)
    assert sorted(changed) == ["README.md", "lists/天津 清单.txt", "lists/青岛 市.txt"]
    assert list_files(changed, api.context(), cwd=folder) == ["lists/天津 清单.txt", "lists/青岛 市.txt"]


def test_the_job_fails_on_a_failing_list_and_writes_annotations_and_a_summary(repo, tmp_path):
    folder, base = repo
    summary = tmp_path / "summary.md"
    done = _ci(folder, "--base", base, "--summary", str(summary))
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("::error file=lists/青岛 市.txt,line=11,title=polcmp missing-service::") for line in lines)
    assert not any("README" in line for line in lines)
    report = summary.read_text(encoding="utf-8")
    assert report.startswith("## polcmp 检查")
    assert "✅ `lists/天津 清单.txt`" in report and "❌ `lists/青岛 市.txt`" in report


def test_a_known_failure_is_reported_without_failing_the_job(repo):
    folder, base = repo
    done = _ci(folder, "--base", base, "--allow-fail", "lists/青岛 市.txt")
    assert done.returncode == 0, done.stderr
    assert "::error file=lists/青岛 市.txt" in done.stdout


def test_fail_on_warning_is_the_repositorys_choice(repo):
    folder, base = repo
    done = _ci(folder, "--base", base, "--fail-on", "warning", "--allow-fail", "lists/青岛 市.txt")
    assert done.returncode == 1  # the renamed list carries a warning (a department the table does not know)


def test_nothing_to_check_and_a_bad_base(repo):
    folder, _ = repo
    head = _git(folder, "rev-parse", "HEAD")
    done = _ci(folder, "--base", head)
    assert done.returncode == 0 and "no list or plan" in done.stdout
    bad = _ci(folder, "--base", "not-a-commit")
    assert bad.returncode == 2 and bad.stderr.startswith("polcmp: ") and "Traceback" not in bad.stderr


def test_the_workflows_call_the_script():
    reusable = (ROOT / ".github" / "workflows" / "polcmp-check.yml").read_text(encoding="utf-8")
    assert "workflow_call:" in reusable and "python -m polcmp.ci" in reusable and "polcmp-version" in reusable
    own = (ROOT / ".github" / "workflows" / "check-lists.yml").read_text(encoding="utf-8")
    assert "uses: ./.github/workflows/polcmp-check.yml" in own and "sources/qingdao.txt" in own


def test_any_file_name_is_found_whole(tmp_path):
    """Names with a space, a leading '-', a newline or Chinese reach the check whole (git -z)."""
    from polcmp.ci import changed_files

    repo = tmp_path / "names"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "ci")
    (repo / "a.txt").write_text("x", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "first")
    base = _git(repo, "rev-parse", "HEAD")
    names = ["-清单 一.txt", "line\nbreak.txt", "县 2.txt"]
    for name in names:
        (repo / name).write_text("x", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "second")
    assert sorted(changed_files(base, cwd=repo)) == sorted(names)
