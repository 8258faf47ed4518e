"""The README documents every command and format, and every command's help shows an example
(in the manner of sqlite-utils' test_docs.py)."""

import re

import pytest
from typer.main import get_command

from polcmp.cli import app
from polcmp.model import PolicyList
from polcmp.render import formats
from polcmp.results import CheckReport, Comparison, CoverageMatrix, SourceListing
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)
RESULTS = {"sources": SourceListing, "parse": PolicyList, "diff": Comparison, "coverage": CoverageMatrix,
           "check": CheckReport, "report": CoverageMatrix}


def test_every_command_has_a_result_type():
    assert set(COMMANDS) == set(RESULTS)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_documented_with_its_formats(command):
    heading = re.search(rf"^### `polcmp {command}\b[^\n]*", README, re.M)
    assert heading, f"README has no '### `polcmp {command}' section"
    section = README[heading.start():].split("\n### ", 1)[0]
    for fmt in formats(RESULTS[command]):
        if command == "report" and fmt not in ("html", "docx", "xlsx"):
            continue
        assert fmt in section, f"README's polcmp {command} section does not name --format {fmt}"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example" in result.stdout and f"polcmp {command}" in result.stdout
