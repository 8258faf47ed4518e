"""The README documents every command and format, and every command's help shows an example
(in the manner of sqlite-utils' test_docs.py)."""

import re

import pytest
from typer.main import get_command

from polcmp.cli import app
from polcmp.model import PolicyList
from polcmp.render import formats
from polcmp.results import CheckReport, Comparison, CoverageMatrix, History, SourceListing
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)
RESULTS = {"sources": SourceListing, "parse": PolicyList, "diff": Comparison, "coverage": CoverageMatrix,
           "check": CheckReport, "report": CoverageMatrix, "history": History,
           "add": None}  # add writes the registry and prints the entry: no --format


def test_every_command_has_a_result_type():
    assert set(COMMANDS) == set(RESULTS)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_documented_with_its_formats(command):
    heading = re.search(rf"^### `polcmp {command}\b[^\n]*", README, re.M)
    assert heading, f"README has no '### `polcmp {command}' section"
    section = README[heading.start():].split("\n### ", 1)[0]
    for fmt in formats(RESULTS[command]) if RESULTS[command] else ():
        if command == "report" and fmt not in ("html", "docx", "xlsx"):
            continue
        assert fmt in section, f"README's polcmp {command} section does not name --format {fmt}"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example" in result.stdout and f"polcmp {command}" in result.stdout


# ---------------------------------------------------------------- the README's examples are real output

EXAMPLE = re.compile(r"^```\n(\$ polcmp [^\n]*)\n(.*?)^```", re.M | re.S)
ELIDED = re.compile(r"^\W*…\W*$")  # a line of an excerpt that only marks what it leaves out


def _examples():
    for m in EXAMPLE.finditer(README):
        for command in re.split(r"\n(?=\$ polcmp )", m.group(0)[4:-3].rstrip("\n")):
            head, _, shown = command.partition("\n")
            yield pytest.param(head, shown, id=head[2:60])


def _output(run, head: str) -> str:
    command = head[2:].split("  (excerpt)")[0].strip()
    command, _, pipe = command.partition(" | ")
    text = run(*command.split()[1:]).stdout
    if pipe:
        tool, count = pipe.split()[0], abs(int(pipe.split()[1]))
        lines = text.splitlines(keepends=True)
        text = "".join(lines[-count:] if tool == "tail" else lines[:count])
    return text


@pytest.mark.parametrize("head, shown", list(_examples()))
def test_readme_example_is_what_the_command_prints(run, head, shown):
    """Each `$ polcmp …` block of the README is the command's output (piped, 80 columns); an excerpt's
    lines each appear whole in it, in order."""
    out = _output(run, head).splitlines()
    if "(excerpt)" not in head:
        assert shown.splitlines() == out
        return
    at = 0
    for line in shown.splitlines():
        if ELIDED.match(line):
            continue
        assert line in out[at:], line
        at = out.index(line, at) + 1
