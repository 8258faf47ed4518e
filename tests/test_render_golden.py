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
