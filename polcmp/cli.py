"""The command line: parses arguments, calls the library, picks a renderer. Nothing else lives here."""

from __future__ import annotations

import functools
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .model import InputError

app = typer.Typer(
    name="polcmp",
    help="Compare Chinese policy lists item by item: parse, diff, coverage, check, report.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# the extensions polcmp.readers reads (kept literal so start-up does not import the readers package)
LIST_EXTENSIONS = {".txt", ".text", ".docx", ".docm", ".doc", ".wps", ".odt", ".rtf", ".pdf", ".csv", ".tsv",
                   ".xlsx", ".xlsm", ".xls", ".et", ".ods", ".html", ".htm", ".shtml", ".xhtml", ".md", ".markdown",
                   ".json"}


class ParseFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class DiffFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    markdown = "markdown"


def _stdout() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _fail(message: str) -> None:
    typer.echo(f"polcmp: {message}", err=True)
    raise typer.Exit(2)


def emit(fmt: Enum, renderers: dict) -> None:
    """The one place output is written: `renderers` maps a format name to a function returning text,
    or, under "table", to one drawing Rich output on the console."""
    render = renderers.get(fmt.value)
    if render is None:
        _fail(f"--format {fmt.value} is not offered by this command")
    if fmt.value == "table":
        render(_stdout())
    else:
        typer.echo(render(), nl=False)


def handles_input_errors(func):
    """Bad input becomes one line on stderr and exit code 2, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except InputError as e:
            _fail(str(e))
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            _fail("interrupted")
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        except Exception as e:  # an unforeseen failure still gets one line; POLCMP_DEBUG=1 shows the trace
            if os.environ.get("POLCMP_DEBUG"):
                raise
            _fail(f"internal error: {type(e).__name__}: {e} (set POLCMP_DEBUG=1 for details)")

    return wrapper


def _context():
    from .normalize import load_mappings
    from .sources import load_registry

    return load_registry(os.environ.get("POLCMP_SOURCES")), load_mappings(os.environ.get("POLCMP_MAPPINGS"))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"polcmp {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Sources are read from sources/registry.toml (POLCMP_SOURCES overrides the folder);
    department aliases, overrides and exemptions from mappings/ (POLCMP_MAPPINGS)."""


@app.command()
@handles_input_errors
def sources(fmt: Annotated[ParseFormat, typer.Option("--format", "-f")] = ParseFormat.table) -> None:
    """List the registered sources and their item counts."""
    from . import report
    from .sources import load_list

    registry, mappings = _context()
    counts = {}
    for s in registry.sources:
        try:
            counts[s.id] = len(load_list(s.id, registry, mappings).items)
        except InputError:
            counts[s.id] = None
    emit(fmt, {"json": lambda: report.to_json(report.sources_json(registry, counts)),
               "markdown": lambda: report.sources_markdown(registry, counts),
               "table": lambda console: report.sources_table(registry, counts, console)})


@app.command()
@handles_input_errors
def parse(
    source: Annotated[str, typer.Argument(help="A registry id or a path to a .txt/.docx list.")],
    fmt: Annotated[ParseFormat, typer.Option("--format", "-f")] = ParseFormat.table,
) -> None:
    """Parse one list into canonical items."""
    from . import report
    from .sources import load_list

    registry, mappings = _context()
    lst = load_list(source, registry, mappings)
    emit(fmt, {"json": lambda: report.to_json(lst.to_json()), "csv": lambda: report.parse_csv(lst),
               "markdown": lambda: report.parse_markdown(lst),
               "table": lambda console: report.parse_table(lst, console)})


DIFF_STATUSES = ("identical", "punctuation", "reworded", "renamed", "target", "departments", "moved",
                 "added", "dropped", "split", "merged")


@app.command()
@handles_input_errors
def diff(
    base: Annotated[str, typer.Argument(help="The list compared against (id or path).")],
    other: Annotated[str, typer.Argument(help="The list compared (id or path).")],
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f")] = DiffFormat.table,
    only: Annotated[str, typer.Option(help="Show only these statuses, comma-separated: "
                                           + ",".join(DIFF_STATUSES))] = "",
) -> None:
    """Align two lists and show what was added, dropped, split, merged or reworded. With a prose plan
    as OTHER: which baseline services it covers, in which measure and sentences, and which it lacks.
    Exit code 0: no difference; 1: differences; 2: bad input."""
    from . import report
    from .align import align
    from .sources import load_list

    wanted = {s.strip() for s in only.split(",") if s.strip()} or None
    unknown = sorted((wanted or set()) - set(DIFF_STATUSES))
    if unknown:
        _fail(f"--only: unknown status {', '.join(unknown)} (known: {', '.join(DIFF_STATUSES)})")
    registry, mappings = _context()
    base_list = load_list(base, registry, mappings)
    other_list = load_list(other, registry, mappings)
    if other_list.kind == "plan" or base_list.kind == "plan":
        result = _plan_diff(base_list, other_list, mappings, fmt)
        raise typer.Exit(result)
    alignment = align(base_list, other_list, mappings)
    emit(fmt, {"json": lambda: report.to_json(report.diff_json(alignment)),
               "markdown": lambda: report.diff_markdown(alignment, wanted),
               "table": lambda console: report.diff_table(alignment, console, wanted)})
    raise typer.Exit(1 if alignment.differs else 0)


def _plan_diff(base_list, other_list, mappings, fmt) -> int:
    """A prose plan has no rows to pair: show which baseline services it covers, with evidence."""
    from . import report
    from .coverage import CoverageReport, region_coverage

    if base_list.kind == "plan":
        _fail(f"{base_list.path}: a prose plan cannot be the baseline of a diff; put it second")
    coverage = CoverageReport(base_list, (region_coverage(base_list, other_list, mappings),))
    emit(fmt, {"json": lambda: report.to_json(report.plan_diff_json(coverage)),
               "markdown": lambda: report.plan_markdown(coverage, other_list),
               "table": lambda console: report.plan_table(coverage, console, other_list)})
    region = coverage.regions[0]
    return 1 if region.missing or region.added else 0


def _expand(refs: list[str], registry, baseline_id: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Ids stay ids; a directory becomes the list files inside it (sorted)."""
    out, skipped = [], []
    if not refs:
        return [s.id for s in registry.sources if s.id != baseline_id], skipped
    for ref in refs:
        path = Path(ref)
        if registry.get(ref) is None and path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            for p in files:
                if p.suffix.lower() in LIST_EXTENSIONS:
                    out.append(str(p))
                else:
                    skipped.append((str(p), "not a list file (extension not read by polcmp)"))
        else:
            out.append(ref)
    return out, skipped


@app.command()
@handles_input_errors
def coverage(
    sources_: Annotated[list[str] | None, typer.Argument(
        metavar="[SOURCE]...", help="Ids, files or directories of lists; default: every registered source.")] = None,
    baseline: Annotated[str, typer.Option(help="The baseline list (id or path).")] = "national",
    fmt: Annotated[ParseFormat, typer.Option("--format", "-f")] = ParseFormat.table,
) -> None:
    """Which baseline services every region carries, lacks or extends, as a matrix."""
    from . import report
    from .coverage import CoverageReport, cover_many
    from .sources import load_list

    registry, mappings = _context()
    base_list = load_list(baseline, registry, mappings)
    refs, skipped = _expand(list(sources_ or []), registry, base_list.id)
    workers = min(os.cpu_count() or 1, 8) if len(refs) >= 100 else 1
    with _progress(len(refs)) as advance:
        outcomes = cover_many(base_list, refs, registry, mappings, workers, advance)
    regions = [o for o in outcomes if not isinstance(o, tuple)]
    for path, problem in (o for o in outcomes if isinstance(o, tuple)):
        if len(refs) == 1:
            raise InputError(path, problem)
        skipped.append((path, problem))
        typer.echo(f"polcmp: skipped {path}: {problem}", err=True)
    result = CoverageReport(base_list, tuple(regions), tuple(skipped))
    emit(fmt, {"json": lambda: report.to_json(report.coverage_json(result)),
               "csv": lambda: report.coverage_csv(result), "markdown": lambda: report.coverage_markdown(result),
               "table": lambda console: report.coverage_table(result, console)})
    if not regions:
        raise typer.Exit(2)


class _NoProgress:
    def __enter__(self):
        return lambda done=1: None

    def __exit__(self, *exc):
        return False


def _progress(total: int):
    """A progress bar on stderr when more than a few lists are read (and stderr is a terminal)."""
    if total <= 5 or not sys.stderr.isatty():
        return _NoProgress()
    from rich.progress import Progress

    class _Bar:
        def __enter__(self):
            self.progress = Progress(console=Console(stderr=True), transient=True)
            self.progress.__enter__()
            task = self.progress.add_task("reading lists", total=total)
            return lambda done=1: self.progress.advance(task, done)

        def __exit__(self, *exc):
            return self.progress.__exit__(*exc)

    return _Bar()


@app.command()
@handles_input_errors
def check(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="Lists to check (paths or ids).")],
    baseline: Annotated[str, typer.Option(help="The baseline list (id or path).")] = "national",
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.text,
) -> None:
    """Validate, align and judge newly published lists. Exit 0: no errors; 1: errors; 2: unreadable."""
    from . import report
    from .check import check as run_check
    from .sources import load_list

    registry, mappings = _context()
    base_list = load_list(baseline, registry, mappings)
    results = [run_check(load_list(ref, registry, mappings), base_list, mappings) for ref in files]
    emit(fmt, {"json": lambda: report.to_json(report.check_json(results)),
               "github": lambda: report.check_github(results), "markdown": lambda: report.check_markdown(results),
               "text": lambda: report.check_text(results)})
    raise typer.Exit(0 if all(r.passed for r in results) else 1)


@app.command("report")
@handles_input_errors
def report_command(
    sources_: Annotated[list[str] | None, typer.Argument(
        metavar="[SOURCE]...", help="Ids, files or directories of lists; default: every registered source.")] = None,
    baseline: Annotated[str, typer.Option(help="The baseline list (id or path).")] = "national",
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("report.html"),
    force: Annotated[bool, typer.Option(help="Overwrite OUTPUT even if it is not a polcmp report.")] = False,
) -> None:
    """Write one self-contained HTML page: the coverage matrix and, per region, the side-by-side 对照."""
    from .coverage import region_coverage
    from .html import region_view, render_html
    from .sources import load_list, resolve

    registry, mappings = _context()
    if output.is_dir():
        _fail(f"{output}: is a directory; give a file name for the report")
    if output.exists() and not force and 'name="generator" content="polcmp' not in \
            output.read_text(encoding="utf-8", errors="replace")[:2000]:
        _fail(f"{output}: exists and is not a polcmp report; not overwritten (use --force)")
    base_list = load_list(baseline, registry, mappings)
    refs, skipped = _expand(list(sources_ or []), registry, base_list.id)
    views = []
    for ref in refs:
        try:
            lst = load_list(ref, registry, mappings)
        except InputError as e:
            if len(refs) == 1:
                raise
            typer.echo(f"polcmp: skipped {e}", err=True)
            continue
        views.append(region_view(lst, region_coverage(base_list, lst, mappings, detail=True),
                                 resolve(ref, registry)[2]))
    for path, problem in skipped:
        typer.echo(f"polcmp: skipped {path}: {problem}", err=True)
    if not views:
        _fail("no readable list to report on")
    html = render_html(base_list, views, registry.get(base_list.id))
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(html, encoding="utf-8")
        os.replace(temporary, output)  # the old report stays whole until the new one is complete
    except OSError as e:
        temporary.unlink(missing_ok=True)
        _fail(f"{output}: cannot be written ({e.strerror})")
    typer.echo(f"wrote {output} ({len(views)} regions, {len(html) // 1024} KiB)", err=True)


def main() -> None:
    app()
