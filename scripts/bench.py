"""`make bench`: figures, each beside its reference, measured in one run on this machine. Not a test."""

from __future__ import annotations

import compileall
import difflib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.synth import make_corpus  # noqa: E402

POLCMP = [sys.executable, "-m", "polcmp"]


def walls(commands: dict[str, list[str]], runs: int = 15) -> dict[str, float]:
    """Median wall time of each command; the commands take turns, so a busy moment of the machine
    slows all of them alike instead of skewing one ratio."""
    for cmd in commands.values():
        subprocess.run(cmd, capture_output=True)  # warm-up (file cache, segmentation cache)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def cold_judgement_walls(cmd: list[str], runs: int = 9) -> float:
    """Median wall time of `cmd` with the cache folder as it is (patterns, segmentations, TOML) but no level
    judgement kept: each run gets a copy of the folder without its judged-* stores."""
    import shutil

    from polcmp.cache import cache_dir

    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(runs):
            folder = Path(tmp) / f"cache{run}"
            if cache_dir().is_dir():
                shutil.copytree(cache_dir(), folder, ignore=shutil.ignore_patterns("judged-*", "*.tmp", "*.lock"))
            folder.mkdir(mode=0o700, exist_ok=True)
            folder.chmod(0o700)
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, env={**os.environ, "POLCMP_CACHE_DIR": str(folder)})
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def _tree_rss_kib(pid: int) -> int:
    """Peak RSS (VmHWM) of a process plus that of each of its descendants, from /proc (Linux); 0 where
    /proc is absent. A sum of peaks: at least what they ever held at once."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def coverage_run(folder: Path) -> tuple[float, dict, int, int, float]:
    """Wall time, JSON, peak RSS (KiB) of the largest process, peak RSS summed over polcmp and its
    workers (sampled every 20 ms), and CPU seconds of polcmp and its workers, of one `polcmp coverage
    DIR` run. The CPU time tells slow code from a machine busy with other work."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen([*POLCMP, "coverage", str(folder), "--format", "json"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    peak_tree = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.wait(0.02):
            peak_tree = max(peak_tree, _tree_rss_kib(proc.pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, json.loads(out), peak, peak_tree, _children_cpu() - cpu_before


def accuracy(result: dict, truth: dict) -> float:
    right = sum(1 for r in result["regions"] if sorted(r["missing"]) == sorted(truth[r["id"] + ".txt"]))
    return right / len(result["regions"])


def naive(folder: Path, truth: dict) -> tuple[float, float, float]:
    """What a user would write instead: difflib best match of each baseline row in each list's text.
    Wall time, share exactly right, and CPU time (one process: the wall time on an idle machine)."""
    from polcmp.mappings import load_mappings
    from polcmp.sources import load_list, load_registry

    baseline = load_list("national", load_registry(ROOT / "sources"), load_mappings(ROOT / "mappings"))
    start, cpu_start = time.perf_counter(), time.process_time()
    right = 0
    for name, missing in truth.items():
        rows = [line for line in (folder / name).read_text(encoding="utf-8").splitlines() if len(line) > 20]
        found_missing = []
        for item in baseline.items:
            best = max(difflib.SequenceMatcher(None, item.content, row, autojunk=False).ratio() for row in rows)
            if best < 0.6:
                found_missing.append(item.seq)
        right += sorted(found_missing) == sorted(missing)
    return time.perf_counter() - start, right / len(truth), time.process_time() - cpu_start


def main() -> None:
    # an installed package has bytecode; an edited checkout under PYTHONDONTWRITEBYTECODE would not
    compileall.compile_dir(ROOT / "polcmp", quiet=1)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f} (other work slows every wall-clock figure below)")
    trivial = Path(tempfile.gettempdir()) / "polcmp-bench-trivial-typer.py"
    trivial.write_text("import typer\napp = typer.Typer()\n@app.command()\ndef a(x: str, y: str):\n    print(x)\n"
                       "@app.command()\ndef b(x: str):\n    print(x)\napp()\n", encoding="utf-8")
    median = walls({"floor": [sys.executable, "-c", "import typer, rich"],
                    "typer_app": [sys.executable, str(trivial), "a", "p", "q"],
                    "diff": [*POLCMP, "diff", "guangxi", "tianjin"],
                    "help": [*POLCMP, "--help"]})
    floor, typer_app, diff, helptime = median["floor"], median["typer_app"], median["diff"], median["help"]
    print(f"1. import floor (python -c 'import typer, rich'): {floor * 1000:.0f} ms (medians of 15 interleaved runs)")
    print(f"   a two-command Typer app doing nothing: {typer_app * 1000:.0f} ms ({typer_app / floor:.1f}x floor)")
    print(f"   polcmp --help: {helptime * 1000:.0f} ms ({helptime / floor:.1f}x floor)")
    print(f"   polcmp diff guangxi tianjin: {diff * 1000:.0f} ms ({diff / floor:.1f}x floor; target <= 3x, "
          "code-health issue <= 2x), its pairs' judgements kept from the run before")
    cold = cold_judgement_walls([*POLCMP, "diff", "guangxi", "tianjin"])
    print(f"   the same, every pair judged afresh (no judgement kept): {cold * 1000:.0f} ms ({cold / floor:.1f}x floor)")
    if "--startup-only" in sys.argv:
        return
    if "--formats-only" in sys.argv:
        format_times()
        return
    if "--country-only" in sys.argv:
        country()
        return
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for count in (500, 3000):
            folder = Path(tmp) / f"c{count}"
            truth = make_corpus(folder, count)
            elapsed, data, peak, peak_tree, cpu = coverage_run(folder)
            results[count] = (elapsed, data, truth, folder, cpu)
            target = "; target <= 15 s, code-health issue <= 5 s" if count == 3000 else ""
            print(f"2. coverage of {count} lists: {elapsed:.1f} s{target} ({cpu:.1f} CPU s over polcmp and its "
                  f"{min(os.cpu_count() or 1, 8)} workers; load average {os.getloadavg()[0]:.1f}), "
                  f"peak RSS {peak_tree / 1024:.0f} MiB summed ({peak / 1024:.0f} MiB the largest one), "
                  f"missing rows exactly right on {100 * accuracy(data, truth):.1f}% of lists")
        e500, e3000 = results[500][0], results[3000][0]
        print(f"   growth 500 -> 3000 lists: {e3000 / e500:.1f}x time for 6x lists (linear = 6x)")
        naive_time, naive_acc, naive_cpu = naive(results[500][3], results[500][2])
        print(f"3. naive difflib reference on the same 500 lists: {naive_time:.1f} s, exactly right on "
              f"{100 * naive_acc:.1f}% (polcmp: {e500 / naive_time:.2f}x its time; target <= 0.1x)")
        print(f"   in CPU seconds: polcmp {results[500][4]:.1f} s over its processes, naive {naive_cpu:.1f} s "
              f"({results[500][4] / naive_cpu:.2f}x)")
    country()
    format_times()


def _timed(args: list[str], env: dict) -> tuple[float, int, float, bytes]:
    """Wall time, peak RSS summed over polcmp and its workers (KiB, sampled), CPU seconds, stdout."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen([*POLCMP, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    peak, done = 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.02):
            peak = max(peak, _tree_rss_kib(proc.pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    return elapsed, peak, _children_cpu() - cpu_before, out


def country(sample: int = 2800) -> None:
    """6. A synthetic country (scripts/country.py: 34 provinces, 330 cities, 2,800 counties, two editions
    each, every list with a parent) as its own registry: coverage of every region's latest edition, and
    `check` against the chain (national, province, city) of a sample of counties."""
    from scripts.country import make_country

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "country"
        latest = make_country(folder)
        env = {**os.environ, "POLCMP_SOURCES": str(folder)}
        ids = latest["province"] + latest["city"] + latest["county"]
        subprocess.run([*POLCMP, "sources", "--format", "json"], capture_output=True, env=env)  # registry cache
        elapsed, peak, cpu, out = _timed(["coverage", *ids, "--format", "json"], env)
        regions = len(json.loads(out)["regions"])
        print(f"6. synthetic country ({len(ids)} regions, {2 * len(ids) + 1} lists registered): coverage of the "
              f"{regions} latest editions {elapsed:.1f} s, peak RSS {peak / 1024:.0f} MiB summed; "
              f"target <= 15 s and <= 1024 MiB ({cpu:.1f} CPU s; load average {os.getloadavg()[0]:.1f})")
        counties = latest["county"][:sample]
        elapsed, peak, cpu, out = _timed(["check", *counties, "--format", "json"], env)
        data = json.loads(out)
        chained = sum(1 for c in data["lists"] if len(c.get("chain", ())) == 3)
        print(f"   check against the chain of {len(counties)} counties (national → province → city): {elapsed:.1f} s "
              f"({1000 * elapsed / len(counties):.0f} ms a county; {chained} checked against 3 levels), peak RSS "
              f"{peak / 1024:.0f} MiB summed ({cpu:.1f} CPU s)"
              + ("" if len(counties) >= 2800 else f"; all 2,800 at this rate: {elapsed * 2800 / len(counties):.0f} s"))


def format_times(runs: int = 5) -> None:
    """4. Parse time per input format of one 20-row list (天津), in process: the first read of a format
    (which imports its reader and library) and the median of later reads, each beside the .txt time.
    Files are built by the test suite's builders; .pdf/.doc/.xls/.ods need LibreOffice (skipped without)."""
    import shutil

    from polcmp.mappings import load_mappings
    from polcmp.parse import parse_document
    from polcmp.readers import read_document
    from polcmp.sources import load_list, load_registry
    from tests import readers_build as build

    mappings = load_mappings(ROOT / "mappings")
    lst = load_list("tianjin", load_registry(ROOT / "sources"), mappings)
    soffice = shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {".txt": ROOT / "sources" / "tianjin.txt",
                 ".csv (GBK)": build.seed_csv(lst, folder / "t.csv", "gbk"),
                 ".md": _own_export(folder / "t.md", "markdown"), ".json": _own_export(folder / "t.json", "json"),
                 ".html": build.seed_html(lst, folder / "t.html"), ".xlsx": build.seed_xlsx(lst, folder / "t.xlsx"),
                 ".docx": build.seed_docx(lst, folder / "t.docx")}
        if soffice:
            for target, source in (("pdf", ".docx"), ("doc", ".docx"), ("ods", ".xlsx"), ("xls", ".xlsx")):
                files[f".{target}"] = build.convert(soffice, files[source], target, folder)
            long_pdf = build.convert(soffice, _long_docx(lst, folder / "long.docx"), "pdf", folder)
        print(f"4. parse time per format, {len(lst.items)}-row list (first read incl. imports; median of {runs}):")
        reference = None
        for label, path in files.items():
            start = time.perf_counter()
            result = parse_document(read_document(path), "t", mappings)
            first = time.perf_counter() - start
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                parse_document(read_document(path), "t", mappings)
                times.append(time.perf_counter() - start)
            later = statistics.median(times)
            reference = reference or later
            same = "same items" if [i.content for i in result.items] == [i.content for i in lst.items] else "DIFFERENT"
            print(f"   {label:<11} first {first * 1000:7.1f} ms, then {later * 1000:7.1f} ms "
                  f"({later / reference:5.1f}x .txt), {same}")
        if soffice:
            from pdfplumber import open as open_pdf

            with open_pdf(long_pdf) as pdf:
                pages = len(pdf.pages)
            start = time.perf_counter()
            items = parse_document(read_document(long_pdf), "t", mappings).items
            print(f"   a {pages}-page PDF list ({len(items)} rows): {time.perf_counter() - start:.2f} s "
                  "(target < 2 s)")
        else:
            print("   .pdf/.doc/.xls/.ods: LibreOffice not installed, not measured")


def _own_export(path: Path, fmt: str) -> Path:
    out = subprocess.run([*POLCMP, "parse", "tianjin", "--format", fmt], capture_output=True, check=True).stdout
    path.write_bytes(out)
    return path


def _long_docx(lst, path: Path) -> Path:
    """The list three times over (renumbered), in 16 pt: a Word table of about 30 pages."""
    import dataclasses

    import docx
    from docx.shared import Pt

    from tests import readers_build as build

    items = [dataclasses.replace(it, seq=n) for n, it in enumerate(list(lst.items) * 3, 1)]
    build.seed_docx(dataclasses.replace(lst, items=tuple(items)), path)
    document = docx.Document(path)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(16)
    document.save(path)
    return path


def long_diff(rows: int = 1600, limit: float = 600.0) -> None:
    """5. The 1,600-row diff of issue 16 (scripts/long_lists.py): refused at once by [match] max_pairs
    (exit 2, one line); and about the longest diff the bound admits (495 x 500 rows), run to its result. Wall
    time and peak RSS of the polcmp process; bound: 30 s each (issue 16 measured 25 s for 1,600 rows)."""
    from scripts.long_lists import long_lists

    for count in (rows, 495):
        with tempfile.TemporaryDirectory() as tmp:
            a, b = long_lists(Path(tmp), count)
            start = time.perf_counter()
            process = subprocess.Popen([*POLCMP, "diff", str(a), str(b), "--format", "json"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            timer = threading.Timer(limit, process.kill)
            timer.start()
            err = process.stderr.read().decode("utf-8", "replace").strip()
            _, status, usage = os.wait4(process.pid, 0)
            timer.cancel()
            code = os.waitstatus_to_exitcode(status)
            elapsed = time.perf_counter() - start
        rss = f"peak RSS {usage.ru_maxrss / 1024:.0f} MiB"
        outcome = {0: "result", 1: "result", 2: f"refused ({err.splitlines()[-1][-90:] if err else 'no message'})"}
        print(f"5. diff of two {count}-row lists: {outcome.get(code, f'exit {code}')} in {elapsed:.1f} s, {rss} "
              "(bound 30 s)")


if __name__ == "__main__":
    if "--long-diff-only" in sys.argv:
        long_diff()
        sys.exit()
    main()
    if not any(flag in sys.argv for flag in ("--startup-only", "--formats-only", "--country-only")):
        long_diff()
