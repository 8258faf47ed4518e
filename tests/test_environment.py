"""polcmp.environment: the process facts read once at the command line."""

import io

import pytest

from polcmp.environment import Environment, output_encoding
from polcmp.render import encode


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize("environ,terminal,expected", [
    ({"LC_ALL": "zh_CN.GBK"}, True, "gb18030"),  # GBK's superset: nothing it cannot write
    ({"LC_ALL": "zh_CN.gb2312"}, True, "gb18030"),
    ({"LANG": "zh_CN.GB18030"}, True, "gb18030"),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.GBK"}, True, "utf-8"),  # LC_ALL decides, as for the C library
    ({"LC_CTYPE": "en_US.ISO-8859-1@euro"}, True, "iso8859-1"),
    ({"LC_ALL": "zh_CN.GBK"}, False, "utf-8"),  # a pipe or a file: UTF-8 whatever the locale
    ({"LC_ALL": "C"}, True, "utf-8"),
    ({"LC_ALL": "zh_CN.nonsense"}, True, "utf-8"),
    ({"PYTHONIOENCODING": "gbk:replace"}, False, "gb18030"),  # asked for: on pipes too
    ({"PYTHONIOENCODING": "utf-8", "LC_ALL": "zh_CN.GBK"}, True, "utf-8"),
])
def test_output_encoding(environ, terminal, expected):
    assert output_encoding(None, environ, terminal) == expected


def test_the_encoding_option_wins():
    assert output_encoding("gbk", {"PYTHONIOENCODING": "utf-8"}, False) == "gb18030"


def test_environment_of_a_process():
    env = Environment.of_process(environ={"COLUMNS": "132", "NO_COLOR": "1", "LC_ALL": "zh_CN.GBK"},
                                 stdout=_Stream(True))
    assert env == Environment(terminal=True, width=132, encoding="gb18030", no_color=True, debug=False)
    piped = Environment.of_process(environ={"COLUMNS": "x", "POLCMP_DEBUG": "1"}, stdout=_Stream(False))
    assert not piped.terminal and piped.encoding == "utf-8" and piped.debug and piped.width >= 40


def test_encode_never_fails():
    """Standard output in its encoding; a file in UTF-8 with the format's BOM."""
    assert encode("天津市 — ①", "text", to_file=False, encoding="gb18030").decode("gb18030") == "天津市 — ①"
    assert encode("天津 ok", "text", to_file=False, encoding="iso8859-1") == b"?? ok"
    assert encode("\udcff", "text", to_file=False) == b"\\udcff"  # an undecodable file name's byte, escaped
    assert encode("天津", "csv", to_file=True, encoding="gb18030") == "\ufeff天津".encode()


@pytest.mark.parametrize("environment,color,expected", [
    (Environment(terminal=True, width=60), "auto", (True, 60, True)),
    (Environment(terminal=True, width=60, no_color=True), "auto", (False, 60, True)),
    (Environment(terminal=False, width=120), "auto", (False, 120, False)),
    (Environment(terminal=False, width=120), "always", (True, 120, False)),
])
def test_a_run_renders_for_the_environment_it_was_given(environment, color, expected):
    """The command line reads the process once (its callback makes the run's Invocation); what it renders
    follows from that value alone, so a test builds one instead of starting a process."""
    from polcmp.cli import _options
    from polcmp.options import Invocation

    options = _options(Invocation(lang="en", environment=environment), color)
    assert (options.color, options.width, options.terminal, options.lang) == (*expected, "en")


def test_the_global_options_reach_the_command_through_its_run(run):
    """--lang chosen before the command is what the command renders in (kept in the run, not the module)."""
    english = run("--lang", "en", "diff", "national", "tianjin")
    chinese = run("diff", "national", "tianjin")
    assert "Note: the baseline is reconstructed" in english.output
    assert "Note: the baseline" not in chinese.output and "注意" in chinese.output
