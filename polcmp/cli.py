"""The command line: parse arguments, make one library call (polcmp.api), render, emit, exit.

Exit codes: 0 no difference / passed; 1 differences / check failed; 2 bad input; 130 interrupted."""

import dataclasses
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__, results  # the other commands' result types by name: `polcmp diff` never builds them
from .completion import complete_formats, complete_paths, complete_source
from .console import Progress, configure_streams, handles_input_errors, report_skipped, stdout_encoding
from .console import fail as _fail
from .environment import Environment, known_encoding
from .model import PolicyList, display_name
from .options import (
    BaselineOption,
    ColorOption,
    Destination,
    FailOn,
    ForceOption,
    Invocation,
    OutputOption,
    SourcesArgument,
    StrictOption,
    formats_of,
    invocation,
)
from .options import (
    format_option as _format_option,
)
from .output import ReaderLeft, is_polcmp_html, write_output
from .render import ALIASES, RenderOptions, encode, formats, offers, render
from .render.common import is_polcmp_office
from .results import FILTERS, Comparison, CoverageSummary, Severity, tally

_APP = {"name": "polcmp", "help": "Compare Chinese policy lists item by item: parse, diff, coverage, check, report.",
        "no_args_is_help": True, "pretty_exceptions_enable": False,
        "context_settings": {"help_option_names": ["-h", "--help"]}, "rich_markup_mode": None}
app = typer.Typer(**_APP)

def _api():
    """polcmp.api, imported at the first call: it loads rapidfuzz and the parse and match stack (45 ms),
    which --help, --version and shell completion never need."""
    from . import api  # rapidfuzz and the parse and match stack

    return api


def _context(run: typer.Context):
    chosen = invocation(run)
    ctx = _api().context(settings=chosen.settings)
    if chosen.include_hidden:  # read what the files hide: passed down with the read options
        settings = ctx.settings
        ctx = dataclasses.replace(ctx, settings=dataclasses.replace(
            settings, read=dataclasses.replace(settings.read, include_hidden=True)))
    return ctx


def _options(chosen: Invocation, color: str, labels: tuple[str, str] | None = None):
    env = chosen.environment or Environment.of_process()
    use_color = color == "always" or (color == "auto" and env.terminal and not env.no_color)
    return RenderOptions(color=use_color, width=env.width, labels=labels, terminal=env.terminal, lang=chosen.lang)


def _own_output(fmt: str):
    """How an existing -o FILE is recognised as polcmp's own output of this format (then it is replaced
    without --force): the generator tag of a report, the creator of a workbook or Word file, the
    schema line of JSON. Text, Markdown and CSV carry no such mark: replacing them takes --force."""
    if fmt == "html":
        return is_polcmp_html
    if fmt in ("xlsx", "docx"):
        return is_polcmp_office
    if fmt == "json":
        return lambda head: head.lstrip().startswith(b'{\n  "schema": ')
    return None


def emit(run: typer.Context, result, kind: type, to: Destination, *, labels=None) -> None:
    """Render and write: to stdout (always UTF-8, whatever the locale) or, with -o FILE, to a file
    written whole through a private temporary file; an existing file is replaced only when it is
    polcmp's own output of the format, or with --force."""
    fmt, output = ALIASES.get(to.fmt, to.fmt), to.output
    if not offers(kind, fmt):
        _fail(f"--format {fmt}: not offered here (choose from {', '.join(formats(kind))})")
    to_stdout = output in (None, "-")
    options = _options(invocation(run), to.color if to_stdout else "never", labels)
    data = render(result, fmt, options)
    if to_stdout and isinstance(data, bytes) and options.terminal:  # (the run's Environment, read once)
        _fail(f"--format {fmt} is binary; write it to a file with -o FILE")
    payload = encode(data, fmt, to_file=not to_stdout, encoding=stdout_encoding())
    try:
        written = write_output("-" if to_stdout else Path(output), payload, force=to.force, guard=_own_output(fmt),
                               binary=isinstance(data, bytes))
    except ReaderLeft:  # the reader stopped early (`| head`): no message, and the command still exits
        return  # with its own code (1 = differences), however much was read
    if not to_stdout:
        sys.stderr.write(f"wrote {output} ({written:,} bytes)\n")


def _labels(label: list[str] | None) -> tuple[str, str] | None:
    """--label cleaned like a file name: a control character or U+FFFF is shown escaped (\\u0007)."""
    return tuple(display_name(x) for x in label) if label else None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"polcmp {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    run: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    settings: Annotated[str | None, typer.Option(
        "--settings", help="A TOML file overriding thresholds and limits (see polcmp/settings.py).",
        envvar="POLCMP_SETTINGS")] = None,
    include_hidden: Annotated[bool, typer.Option(
        "--include-hidden", help="Also read text the file hides from its readers (Word hidden text, hidden "
                                 "Excel rows, columns and sheets, HTML display:none).")] = False,
    lang: Annotated[str, typer.Option(
        "--lang", help="Language of what people read: zh (default) or en. JSON keys and codes do not change.",
        envvar="POLCMP_LANG")] = "zh",
    encoding: Annotated[str | None, typer.Option(
        "--encoding", help="Encoding of standard output (default: the terminal's, e.g. GB18030 under "
                           "zh_CN.GBK; UTF-8 to pipes; PYTHONIOENCODING is honoured). Files are UTF-8.")] = None,
) -> None:
    """Sources are read from sources/registry.toml (POLCMP_SOURCES names another folder); department
    aliases, lexicon, overrides and exemptions from mappings/ (POLCMP_MAPPINGS)."""
    if lang not in ("zh", "en"):
        _fail(f"--lang {lang}: choose zh or en")
    if encoding:
        if not known_encoding(encoding):
            _fail(f"--encoding {encoding}: unknown encoding (try utf-8 or gb18030)")
        configure_streams(encoding)
    run.obj = Invocation(settings, include_hidden, lang, Environment.of_process(encoding=encoding))


@app.command(epilog="Example: polcmp sources --format json")
@handles_input_errors
def sources(run: typer.Context, fmt: _format_option(results.SourceListing) = None, output: OutputOption = None,
            color: ColorOption = "auto", force: ForceOption = False) -> None:
    """List the registered sources and their item counts."""
    api = _api()
    emit(run, api.sources(context=_context(run)), results.SourceListing, Destination(fmt or "text", output, color, force))


@app.command(epilog="Example: polcmp parse sources/qingdao.txt --format csv -o qingdao.csv")
@handles_input_errors
def parse(
    run: typer.Context,
    source: Annotated[str, typer.Argument(help="A registry id or a list file (.txt .docx .xlsx .csv .html .pdf …).",
                                          autocompletion=complete_source)],
    fmt: _format_option(PolicyList) = None, output: OutputOption = None, color: ColorOption = "auto",
    force: ForceOption = False,
) -> None:
    """Parse one list into canonical items."""
    api = _api()
    emit(run, api.load(source, context=_context(run)), PolicyList, Destination(fmt or "text", output, color, force))


@app.command(epilog="Examples: polcmp diff guangxi tianjin --only reworded,split\n\n"
                    "polcmp diff national hebei          (a prose plan: services covered, with evidence)")
@handles_input_errors
def diff(
    run: typer.Context,
    base: Annotated[str, typer.Argument(help="The list compared against (id or path).",
                                        autocompletion=complete_source)],
    other: Annotated[str, typer.Argument(help="The list or prose plan compared (id or path).",
                                         autocompletion=complete_source)],
    fmt: _format_option(Comparison) = None, output: OutputOption = None, color: ColorOption = "auto",
    only: Annotated[str, typer.Option(help="Show only these, comma-separated: statuses (reworded, …), "
                                           "fates (added, dropped, split, merged), levels (weaker, stronger, "
                                           "mixed) or uncertain.")] = "",
    label: Annotated[list[str] | None, typer.Option(
        help="A label for each side, given twice: --label 2024 --label 2025.")] = None,
    force: ForceOption = False,
) -> None:
    """Align two lists and show what was added, dropped, split, merged, reworded, weakened or strengthened.
    Exit code 0: no difference; 1: differences; 2: bad input."""
    api = _api()
    wanted = frozenset(s.strip() for s in only.split(",") if s.strip())
    unknown = sorted(wanted - set(FILTERS))
    if unknown:
        _fail(f"--only: unknown {', '.join(unknown)} (known: {', '.join(FILTERS)})")
    if label and len(label) != 2:
        _fail("--label: give it twice, once for each side")
    ctx = _context(run)
    comparison = api.compare(api.load(base, context=ctx), api.load(other, context=ctx), context=ctx)
    emit(run, comparison.only(wanted), Comparison, Destination(fmt or "text", output, color, force),
         labels=_labels(label))
    raise typer.Exit(1 if comparison.differs else 0)


def _cover(run: typer.Context, sources_: list[str] | None, baseline: str, strict: bool, detail: bool):
    api = _api()
    ctx = _context(run)
    base = api.baseline(baseline, context=ctx)
    refs = list(sources_ or [])
    count = len(refs) if refs and not any(os.path.isdir(r) for r in refs) else 10  # isdir: never raises
    with Progress(count) as advance:
        matrix = api.cover(base, refs, context=ctx, detail=detail, progress=advance, strict=strict)
    report_skipped(matrix.skipped)
    if not matrix.regions:
        _fail("no readable list to compare" + (f" ({len(matrix.skipped)} skipped)" if matrix.skipped else ""))
    return matrix


@app.command(epilog="Examples: polcmp coverage\n\npolcmp coverage lists/ --format xlsx -o coverage.xlsx")
@handles_input_errors
def coverage(
    run: typer.Context,
    sources_: SourcesArgument = None, baseline: BaselineOption = "national",
    fmt: _format_option(results.CoverageMatrix) = None, output: OutputOption = None, color: ColorOption = "auto",
    strict: StrictOption = False, force: ForceOption = False,
    under: Annotated[str | None, typer.Option(
        help="A registered list and every list under it (a province and its cities and counties).",
        autocompletion=complete_source)] = None,
    summary: Annotated[bool, typer.Option(
        help="Per baseline service, how many lists carry, weaken, strengthen and drop it (a table).")] = False,
) -> None:
    """Which baseline services every region carries, lacks or extends, as a matrix."""
    refs = list(sources_ or []) + _under(run, under, baseline)
    matrix = _cover(run, refs, baseline, strict, detail=False)
    to = Destination(fmt or "text", output, color, force)
    if summary:
        emit(run, CoverageSummary(matrix, tally(matrix)), CoverageSummary, to)
        return
    emit(run, matrix, results.CoverageMatrix, to)


def _under(run: typer.Context, under: str | None, baseline: str) -> list[str]:
    """The ids of a registered list and every list under it (the baseline left out)."""
    if under is None:
        return []
    registry = _context(run).registry
    if registry.get(under) is None:
        _fail(f"--under: unknown source id {under!r} (known ids: {', '.join(registry.ids())})")
    return [s.id for s in registry.under(under) if s.id != baseline]


@app.command(epilog="Examples: polcmp check sources/tianjin.txt\n\n"
                    "polcmp check new/*.docx --format github\n\n"
                    "polcmp check county.docx --parent jiangzhou   (against 江州市, its province and national)")
@handles_input_errors
def check(
    run: typer.Context,
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="Lists to check (paths, folders or ids).",
                                               autocompletion=complete_source)],
    baseline: Annotated[str | None, typer.Option(
        help="Check against this one list (id or path) only; default: national and every registered list "
             "above the checked one.", autocompletion=complete_source)] = None,
    parent: Annotated[str | None, typer.Option(
        help="The registered list directly above the checked ones (their parent), when the registry does "
             "not say.", autocompletion=complete_source)] = None,
    chain: Annotated[bool | None, typer.Option(
        "--chain/--no-chain", help="Check against every registered list above each file (default: unless "
                                   "--baseline is given).")] = None,
    fail_on: Annotated[FailOn, typer.Option(
        "--fail-on", help="The least severe finding that fails a list: error (default) or warning.")] = FailOn.ERROR,
    fmt: _format_option(results.CheckReport) = None, output: OutputOption = None, color: ColorOption = "auto",
    force: ForceOption = False,
) -> None:
    """Validate, align and judge newly published lists: against the national baseline and every list the
    registry (or --parent) puts above each one. Exit 0: passed; 1: a finding at --fail-on or above; 2: a
    file could not be read (every readable file is still checked and reported)."""
    api = _api()
    ctx = _context(run)
    use_chain = chain if chain is not None else baseline is None
    if parent is not None and not use_chain:
        _fail("--parent: give it without --no-chain (a chain check)")
    report = api.check(files, baseline=api.baseline(baseline or "national", context=ctx), context=ctx,
                       chain=use_chain, parent=parent, fail_on=Severity(fail_on.value))
    if not report.checks and not report.unreadable:  # a gate given no list must not pass
        _fail(f"no list file to check in {', '.join(files)}")
    report_skipped(report.unreadable)
    emit(run, report, results.CheckReport, Destination(fmt or "text", output, color, force))
    if report.unreadable:
        raise typer.Exit(2)
    raise typer.Exit(0 if report.passed else 1)


@app.command("report", epilog="Examples: polcmp report -o report.html\n\n"
                              "polcmp report lists/ --format docx -o 对照表.docx")
@handles_input_errors
def report_command(
    run: typer.Context,
    sources_: SourcesArgument = None, baseline: BaselineOption = "national",
    output: Annotated[str, typer.Option("--output", "-o", help="The file to write ('-': stdout).",
                                        autocompletion=complete_paths)] = "report.html",
    fmt: Annotated[str, typer.Option("--format", "-f", callback=formats_of(results.CoverageMatrix),
                                     help="html (default), docx or xlsx for a report; -f help lists every format.",
                                     autocompletion=complete_formats(results.CoverageMatrix))] = "html",
    force: Annotated[bool, typer.Option(
        help="Replace OUTPUT even when it is not polcmp's own output of this format.")] = False,
    strict: StrictOption = False,
    under: Annotated[str | None, typer.Option(
        help="A registered list and every list under it (a province and its cities and counties).",
        autocompletion=complete_source)] = None,
) -> None:
    """Write one self-contained page (or a Word 对照表 / Excel workbook): the coverage matrix and, per
    region, the side-by-side comparison of every item."""
    matrix = _cover(run, list(sources_ or []) + _under(run, under, baseline), baseline, strict, detail=True)
    emit(run, matrix, results.CoverageMatrix, Destination(fmt, output, "never", force))


@app.command("history", epilog="Examples: polcmp history qingjiang_2025\n\n"
                               "polcmp history 2024.docx 2025.docx 2026.docx --format xlsx -o history.xlsx")
@handles_input_errors
def history_command(
    run: typer.Context,
    sources_: Annotated[list[str], typer.Argument(
        metavar="SOURCE...", help="One registry id (its region's editions, from the registry) or two or more "
                                  "lists, oldest first.", autocompletion=complete_source)],
    fmt: _format_option(results.History) = None, output: OutputOption = None, color: ColorOption = "auto",
    force: ForceOption = False,
) -> None:
    """The editions of one region in order: each service added, dropped, split, merged, raised or lowered,
    in the edition where it happened. Exit 0: no change; 1: changes; 2: bad input."""
    api = _api()
    result = api.history(sources_, context=_context(run))
    emit(run, result, results.History, Destination(fmt or "text", output, color, force))
    raise typer.Exit(1 if result.events else 0)


@app.command("add", epilog="Examples: polcmp add 宁川县清单.docx\n\n"
                           "polcmp add county.docx --parent jiangzhou --id ningchuan --edition 2025")
@handles_input_errors
def add_command(
    run: typer.Context,
    file: Annotated[str, typer.Argument(help="The list or plan to register.", autocompletion=complete_paths)],
    parent: Annotated[str | None, typer.Option(help="The registered list above it (default: inferred).",
                                               autocompletion=complete_source)] = None,
    source_id: Annotated[str | None, typer.Option("--id", help="Its id (default: the file name).")] = None,
    edition: Annotated[str | None, typer.Option(
        help="Its edition (default: the title's 2025年版, or its date's year).")] = None,
    force: Annotated[bool, typer.Option(help="Replace an entry with the same id.")] = False,
) -> None:
    """Register a list in the registry (POLCMP_SOURCES, else the bundled one): region, level, title and
    date read from the document, the parent inferred from the registered regions it names. Prints the
    entry and what could not be inferred. Exit 0: registered; 2: unreadable, or the id is taken."""
    done = _api().add(file, context=_context(run), parent=parent, source_id=source_id, edition=edition, force=force)
    sys.stdout.write(f"{'replaced' if done.replaced else 'added'} {done.source.id} in {done.registry}\n")
    sys.stdout.write(done.entry)
    for line in done.inferred:
        sys.stdout.write(f"# {line}\n")
    for line in done.unknown:
        sys.stdout.write(f"# could not infer {line}: edit the entry\n")


def _app_for(args: list[str]) -> typer.Typer:
    """The app with only the command the command line names first, when it names one: Typer builds a click
    command from each registered function's signature at every start (15 ms for all of them), and a run
    uses one. Anything else (--help, a global option first, a misspelt command) gets the whole app."""
    named = [c for c in app.registered_commands
             if args and (c.name or typer.main.get_command_name(c.callback.__name__)) == args[0]]
    if not named:
        return app
    one = typer.Typer(**_APP)
    one.registered_callback = app.registered_callback
    one.registered_commands = named
    return one


def main() -> None:
    configure_streams()
    try:
        _app_for(sys.argv[1:])()
    except KeyboardInterrupt:
        sys.exit(130)
