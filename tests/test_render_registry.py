"""The registry: formats per result type, aliases, bytes for binary formats, BOM, human sizes."""

import pytest

from polcmp.model import PolicyList
from polcmp.render import FORMATS, RenderOptions, encode, formats, render
from polcmp.results import CheckReport, Comparison, CoverageMatrix, SourceListing
from tests.render_fixtures import BASE, CHECK, COMPARISON, MATRIX, SOURCES


def test_formats_per_result_type():
    assert formats(Comparison) == ("text", "json", "markdown", "csv", "html", "xlsx", "docx")
    assert formats(CoverageMatrix) == ("text", "json", "markdown", "csv", "csv-wide", "html", "xlsx", "docx")
    assert formats(CheckReport) == ("text", "json", "markdown", "csv", "github", "xlsx")
    assert formats(PolicyList) == ("text", "json", "markdown", "csv")
    assert formats(SourceListing) == ("text", "json", "markdown", "csv")


def test_filtered_comparison_renders_as_a_comparison():
    only = COMPARISON.only(frozenset({"added"}))
    assert type(only) is not Comparison
    assert '"pairs": []' in render(only, "json")


def test_unknown_format_names_the_choices():
    with pytest.raises(ValueError, match="formats: text, json"):
        render(SOURCES, "github")


def test_alias_and_binary():
    assert render(BASE, "table") == render(BASE, "text")
    for fmt in ("xlsx", "docx"):
        assert FORMATS[fmt].binary and isinstance(render(MATRIX, fmt), bytes)
    assert isinstance(render(CHECK, "xlsx"), bytes)


def test_encode_adds_a_bom_only_to_files_of_formats_that_want_one():
    text = render(MATRIX, "csv")
    assert encode(text, "csv", to_file=True).startswith(b"\xef\xbb\xbf")
    assert not encode(text, "csv", to_file=False).startswith(b"\xef\xbb\xbf")
    assert not encode(render(MATRIX, "json"), "json", to_file=True).startswith(b"\xef\xbb\xbf")


def test_render_options_are_frozen():
    with pytest.raises(AttributeError):
        RenderOptions().color = True  # type: ignore[misc]


def test_every_renderer_lives_where_its_format_is_loaded_from():
    """render() imports only the module of the format asked for and the EXTRA_MODULES that name the
    result's type: a renderer registered anywhere else would be missing from a command that renders it."""
    from polcmp import render

    formats(Comparison)  # every module loaded
    for (result_type, fmt), fn in render._REGISTRY.items():
        module = fn.__module__.rpartition(".")[2]
        assert module == render.FORMATS[fmt].module or result_type.__name__ in render.EXTRA_MODULES.get(module, ()), \
            (fmt, fn.__qualname__)
