"""The check a repository of lists runs on a pull request (the reusable workflow
.github/workflows/polcmp-check.yml calls `python -m polcmp.ci`): the files the change adds, modifies or
renames, whatever their names and folders, kept when polcmp reads a list or a plan in them (by content:
a README or a registry is not a list); each checked against the baseline (and the lists above it the
registry names); GitHub annotations on stdout, the Markdown report appended to the job summary.

    python -m polcmp.ci --base SHA [--head HEAD] [--fail-on error|warning] [--baseline ID]
                        [--allow-fail PATH ...] [--summary FILE]

Exit 0: every list passed (or only lists named by --allow-fail failed); 1: a list failed; 2: bad use."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from . import api
from .model import InputError
from .render import RenderOptions, render
from .results import Severity


def changed_files(base: str, head: str = "HEAD", cwd: str | Path = ".") -> list[str]:
    """Paths the change from `base` to `head` adds, modifies or renames (the new name), NUL-separated
    by git so any name survives; deleted files are left out."""
    out = subprocess.run(["git", "diff", "-z", "--name-status", "-M", "--diff-filter=AMR", f"{base}...{head}"],
                         cwd=cwd, capture_output=True, check=True).stdout
    fields = out.split(b"\0")
    files, i = [], 0
    while i < len(fields) and fields[i]:
        status = fields[i].decode()
        if status.startswith(("R", "C")):  # R100 old new: the new name
            files.append(os.fsdecode(fields[i + 2]))
            i += 3
        else:
            files.append(os.fsdecode(fields[i + 1]))
            i += 2
    return files


def list_files(paths: list[str], context, cwd: str | Path = ".") -> list[str]:
    """The paths polcmp reads as a list or a plan (rows or measures found): decided by content."""
    kept = []
    for path in paths:
        full = Path(cwd) / path
        if not full.is_file():
            continue
        try:
            if api.load(str(full), context=context).items:
                kept.append(path)
        except InputError:
            continue  # not a list: a README, a registry, an image
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m polcmp.ci", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit the pull request is compared with")
    parser.add_argument("--head", default="HEAD")
    parser.add_argument("--fail-on", choices=("error", "warning"), default="error")
    parser.add_argument("--baseline", default="national")
    parser.add_argument("--allow-fail", nargs="*", default=[], metavar="PATH",
                        help="lists whose failure is reported but does not fail the job (known, by design)")
    parser.add_argument("--summary", default=os.environ.get("GITHUB_STEP_SUMMARY"), help="append Markdown here")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    args = parser.parse_args(argv)

    try:
        context = api.context()
        files = list_files(changed_files(args.base, args.head), context)
        if not files:
            print("polcmp: no list or plan among the changed files")
            return 0
        baseline = api.baseline(args.baseline, context=context)
        report = api.check(files, baseline=baseline, context=context, chain=True,
                           fail_on=Severity.WARNING if args.fail_on == "warning" else Severity.ERROR)
    except (InputError, subprocess.CalledProcessError) as e:
        sys.stderr.write(f"polcmp: {e}\n")
        return 2
    options = RenderOptions(lang=args.lang)
    sys.stdout.write(render(report, "github", options))
    if args.summary:
        with open(args.summary, "a", encoding="utf-8") as summary:
            summary.write(render(report, "markdown", options))
    allowed = {os.path.normpath(p) for p in args.allow_fail}
    failing = [c.list.path for c in report.checks if not c.passed]
    blocking = [p for p in failing if os.path.normpath(os.path.relpath(p)) not in allowed]
    return 1 if blocking or report.unreadable else 0


if __name__ == "__main__":
    sys.exit(main())
