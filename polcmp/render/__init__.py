"""The render stage: a registry of renderers keyed by (result type, format).

    @register(Comparison, "json")
    def comparison(result: Comparison, options: RenderOptions) -> str: ...

    formats(Comparison)                  # ("csv", "docx", "html", "json", "markdown", "text", "xlsx")
    render(result, "markdown", RenderOptions(width=100))   # -> str, or bytes for a binary format
    FORMATS["csv"].bom                   # write a BOM when the output goes to a file (Excel)

A new format is one module that registers its renderers and one entry in FORMATS; a result type is
found through its class hierarchy, so a filtered Comparison renders as a Comparison. Format modules
import their heavy libraries (Rich, Jinja2, openpyxl, python-docx) inside the functions, so building
the `--format` choices costs only this package."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from ..frozen import frozen
from ..xmlsafe import safe
from .labels import say

__all__ = ["FORMATS", "Format", "RenderOptions", "encode", "formats", "offers", "register", "render", "renderer"]


@frozen
class RenderOptions:
    """How to render: the caller decides from the command line and the output stream."""

    color: bool = False  # ANSI colour and styles (text only); without it, marks are [-…-]{+…+}
    width: int = 100  # the terminal's width, for text
    labels: tuple[str, str] | None = None  # `--label` of each side of a diff (default: the lists' ids)
    terminal: bool = False  # writing to a terminal: Rich may pad lines; otherwise no trailing spaces
    title: str = ""  # a report's title, where the format has one (HTML, docx)
    lang: str = "zh"  # the language of every label a person reads (render/labels.py): zh or en

    def say(self, key: str, **fields: object) -> str:
        return say(self.lang, key, **fields)


@frozen
class Format:
    """An output format: the module that renders it and how its bytes are written."""

    name: str
    module: str
    binary: bool = False  # bytes: the caller refuses to write it to a terminal
    bom: bool = False  # wants a UTF-8 BOM when written to a file (Excel reads CSV as GBK without one)
    suffix: str = ""
    description: str = ""


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("text", "text", suffix=".txt", description="Rich terminal output"),
    Format("json", "json", suffix=".json", description='JSON, "schema": 1'),
    Format("markdown", "markdown", suffix=".md", description="CommonMark + GFM tables"),
    Format("csv", "csv", bom=True, suffix=".csv", description="CSV, formula cells neutralised"),
    Format("csv-wide", "csv", bom=True, suffix=".csv", description="the coverage matrix as a wide CSV"),
    Format("github", "github", suffix=".txt", description="GitHub Actions workflow commands"),
    Format("html", "html", suffix=".html", description="one self-contained page"),
    Format("xlsx", "xlsx", binary=True, suffix=".xlsx", description="Excel workbook"),
    Format("docx", "docx", binary=True, suffix=".docx", description="Word 对照表"),
)}
ALIASES = {"table": "text", "md": "markdown"}  # names older command lines used

# Modules that register renderers of their own result types in several formats, with those types' names:
# a command imports the ones of the type it renders (a diff builds no coverage, check or history type)
EXTRA_MODULES = {"history": ("History",), "summary": ("CoverageSummary",),
                 "tables": ("CoverageMatrix", "CheckReport", "PolicyList", "SourceListing")}

Renderer = Callable[..., "str | bytes"]
_REGISTRY: dict[tuple[type, str], Renderer] = {}
_loaded: set[str] = set()


def register(result_type: type, fmt: str) -> Callable[[Renderer], Renderer]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: add it to FORMATS")

    def decorate(fn: Renderer) -> Renderer:
        _REGISTRY[(result_type, fmt)] = fn
        return fn

    return decorate


def _load(fmt: str | None = None, result_type: type | None = None) -> None:
    """Import the modules that register renderers: those of one format and result type (the format's module
    and the EXTRA_MODULES naming the type) or, without them, every one. A command renders one result in one
    format: `polcmp diff` imports text.py, not the seven other format modules nor tables.py (14 ms)."""
    modules = (FORMATS[fmt].module,) if fmt in FORMATS else tuple(f.module for f in FORMATS.values())
    names = {cls.__name__ for cls in result_type.__mro__} if result_type is not None else None
    extra = (m for m, types in EXTRA_MODULES.items() if names is None or names.intersection(types))
    for module in (*dict.fromkeys(modules), *extra):
        if module not in _loaded:
            importlib.import_module(f".{module}", __name__)
            _loaded.add(module)


def formats(result_type: type) -> tuple[str, ...]:
    """The formats a result type renders to, in FORMATS order (the CLI's `--format` choices)."""
    _load()
    return tuple(name for name in FORMATS if _find(result_type, name) is not None)


def offers(result_type: type, fmt: str) -> bool:
    """`fmt in formats(result_type)`, loading only that format's renderers of the type."""
    _load(fmt, result_type)
    return fmt in FORMATS and _find(result_type, fmt) is not None


def _find(result_type: type, fmt: str) -> Renderer | None:
    for cls in result_type.__mro__:
        fn = _REGISTRY.get((cls, fmt))
        if fn is not None:
            return fn
    return None


def renderer(result_type: type, fmt: str) -> Renderer:
    fmt = ALIASES.get(fmt, fmt)
    _load(fmt, result_type)
    fn = _find(result_type, fmt)
    if fn is None:
        raise ValueError(f"{result_type.__name__} cannot be rendered as {fmt}; "
                         f"formats: {', '.join(formats(result_type))}")
    return fn


def render(result: object, fmt: str, options: RenderOptions | None = None) -> str | bytes:
    """The result in the format: str for text formats, bytes for FORMATS[fmt].binary ones."""
    options = options or RenderOptions()
    if fmt in _XML_FORMATS:  # a character XML forbids (from a label, a file name) would lose the file
        result, options = safe(result), safe(options)
    return renderer(type(result), fmt)(result, options)


_XML_FORMATS = frozenset({"xlsx", "docx", "html"})


def encode(output: str | bytes, fmt: str, *, to_file: bool, encoding: str = "utf-8") -> bytes:
    """The bytes to write: a file in UTF-8 (with a BOM for a format that wants one: Excel reads a CSV
    without one as the locale's code page), standard output in `encoding` (the terminal's); what the
    encoding cannot carry is escaped or replaced, never an error."""
    if isinstance(output, bytes):
        return output
    if to_file:
        bom = "\ufeff" if FORMATS[ALIASES.get(fmt, fmt)].bom else ""
        return (bom + output).encode("utf-8", errors="backslashreplace")
    lossless = encoding in ("utf-8", "gb18030")
    return output.encode(encoding, errors="backslashreplace" if lossless else "replace")
