"""Shell completion: `polcmp --install-completion` / `--show-completion` (Typer), and what the installed
script is answered: commands, registry ids and files for lists, each command's own formats."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

POLCMP = Path(sys.executable).parent / "polcmp"
pytestmark = pytest.mark.skipif(not POLCMP.exists(), reason="the polcmp console script is not installed")


def complete(words: str, tmp_path) -> list[str]:
    """What bash completion offers for the last word of `words` (Typer's bash protocol)."""
    cword = len(words.split()) - (0 if words.endswith(" ") else 1)
    env = {**os.environ, "_POLCMP_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword),
           "POLCMP_CACHE_DIR": str(tmp_path)}
    done = subprocess.run([str(POLCMP)], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert done.returncode == 0 and not done.stderr, done.stderr.decode()
    return done.stdout.decode("utf-8").split()


def test_help_offers_completion(tmp_path):
    done = subprocess.run([str(POLCMP), "--help"], capture_output=True, env={**os.environ, "COLUMNS": "100"})
    assert b"--install-completion" in done.stdout and b"--show-completion" in done.stdout


def test_show_completion_prints_a_script(tmp_path):
    env = {**os.environ, "SHELL": "/bin/bash"}
    done = subprocess.run([str(POLCMP), "--show-completion", "bash"], capture_output=True, env=env, timeout=120)
    assert done.returncode == 0
    script = done.stdout.decode()
    assert "_polcmp_completion" in script and "_POLCMP_COMPLETE=complete_bash" in script


def test_commands_and_sources(tmp_path):
    assert complete("polcmp ", tmp_path)[:6] == ["sources", "parse", "diff", "coverage", "check", "report"]
    assert complete("polcmp di", tmp_path) == ["diff"]
    assert complete("polcmp diff nat", tmp_path) == ["national"]
    assert complete("polcmp diff national ", tmp_path)[:6] == \
        ["national", "tianjin", "guangxi", "heilongjiang", "qingdao", "hebei"]
    assert complete("polcmp check --baseline q", tmp_path) == ["qingdao"]


def test_files_and_folders(tmp_path):
    assert complete("polcmp diff national sources/ti", tmp_path) == ["sources/tianjin.txt"]
    assert complete("polcmp check tests/fixtures/dev", tmp_path) == ["tests/fixtures/devset/"]
    assert "tests/fixtures/devset/city_d_2025.docx" in complete("polcmp coverage tests/fixtures/devset/city_d", tmp_path)


def test_each_command_completes_its_own_formats(tmp_path):
    assert complete("polcmp sources --format ", tmp_path) == ["text", "json", "markdown", "csv"]
    assert complete("polcmp diff a b -f ", tmp_path) == ["text", "json", "markdown", "csv", "html", "xlsx", "docx"]
    assert complete("polcmp check x -f g", tmp_path) == ["github"]
    assert complete("polcmp report --format ", tmp_path) == ["html", "xlsx", "docx"]
    assert complete("polcmp coverage --color a", tmp_path) == ["auto", "always"]
