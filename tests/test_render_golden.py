"""Golden outputs of the text formats on the hand-built results (tests/golden/render/); UPDATE_GOLDEN=1
rewrites them, then review the diff by eye. A scoring change cannot touch these."""

import pytest

from polcmp.render import RenderOptions, render
from tests.conftest import check_golden
from tests.render_fixtures import BASE, CHECK, COMPARISON, MATRIX, PLAN_COMPARISON, SOURCES

CASES = [("diff", COMPARISON), ("plan", PLAN_COMPARISON), ("coverage", MATRIX), ("check", CHECK),
         ("parse", BASE), ("sources", SOURCES)]
EXTENSIONS = {"text": "txt", "json": "json", "markdown": "md", "csv": "csv", "csv-wide": "wide.csv",
              "github": "github.txt"}


@pytest.mark.parametrize("name, result", CASES, ids=[c[0] for c in CASES])
def test_golden(name, result):
    from polcmp.render import formats

    for fmt, ext in EXTENSIONS.items():
        if fmt in formats(type(result)):
            check_golden(f"render/{name}.{ext}", render(result, fmt, RenderOptions(width=80)))
            check_golden(f"render/en/{name}.{ext}", render(result, fmt, RenderOptions(width=80, lang="en")))


_LATIN_WORD = __import__("re").compile(r"(?<![A-Za-z_./:@-])[a-z]{3,}(?![A-Za-z_./-])")
# words a Chinese output may hold: machine codes in JSON and GitHub titles, fixture text, file names
_ALLOWED = {"national", "tianjin", "hebei", "polcmp", "sources", "list", "plan", "city", "sure", "calc", "cmd",
            "broken", "doc", "docx", "txt", "http", "error", "warning", "notice", "file", "line", "title", "code",
            "new", "not", "del", "ins"}


@pytest.mark.parametrize("name, result", CASES, ids=[c[0] for c in CASES])
def test_chinese_output_holds_no_english_words(name, result):
    """The default output a person reads (text, Markdown) is Chinese: no English word of polcmp's own."""
    for fmt in ("text", "markdown"):
        out = render(result, fmt, RenderOptions(width=80))
        words = set(_LATIN_WORD.findall(out)) - _ALLOWED
        assert not words, (name, fmt, sorted(words))
