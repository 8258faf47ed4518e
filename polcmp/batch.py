"""Many lists at once, for `coverage`, `check` and `report` alike: folders walked, work spread over
worker processes, progress reported, and every file that could not be used kept with its reason.

Each list is independent, so a broken file costs only itself: its failure comes back as a Skipped. A
worker process that dies (a native library's abort) breaks the pool: the chunks it had not answered
are run again one list at a time, each in a forked child, and the list that kills its child is skipped
with the reason while the batch goes on."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable
from pathlib import Path

from . import isolate, results  # results.Skipped by name: `polcmp diff` imports batch, never the coverage types
from .frozen import frozen
from .isolate import _quiet
from .judgecache import JudgementStore
from .model import InputError, display_name
from .readers.detect import SUPPORTED_EXTENSIONS as LIST_EXTENSIONS  # a folder's other files are reported as skipped
from .settings import BatchSettings


@frozen
class Target:
    """One list to work on: the argument as given (an id or a path) and the region id to show."""

    ref: str
    region: str


def expand(refs: Iterable[str], known_ids: Iterable[str], extensions: frozenset[str] = LIST_EXTENSIONS
           ) -> tuple[list[Target], list[results.Skipped]]:
    """Ids stay ids; a folder becomes the list files under it, recursively, each named by its path
    inside the folder (省/市/县.txt → 省/市/县), so a tree of regions keeps its shape."""
    import os

    ids = set(known_ids)
    targets: list[Target] = []
    skipped: list[results.Skipped] = []
    for ref in refs:
        path = Path(ref)
        # os.path.isdir is False for any name it cannot stat (too long, …): the reader then names the problem
        if ref in ids or not os.path.isdir(ref):
            targets.append(Target(ref, ref if ref in ids else display_name(path.stem)))
            continue
        for file in sorted((p for p in path.rglob("*") if not _hidden(p.relative_to(path))), key=natural_key):
            if os.path.isdir(file):
                continue
            # a name that is not UTF-8 or holds a newline is shown escaped; the file is opened by its real name
            if file.suffix.lower() in extensions:
                targets.append(Target(str(file), display_name(file.relative_to(path).with_suffix("").as_posix())))
            else:
                kind = display_name(file.suffix) or "no extension"
                skipped.append(results.Skipped(display_name(file), f"not a list file ({kind})"))
    return targets, skipped


def natural_key(path: Path) -> tuple:
    """Order files as people number them: 县2 before 县10 (digits compared as numbers, part by part)."""
    import re

    return tuple(tuple((0, int(piece), "") if piece.isdigit() else (1, 0, piece)
                       for piece in re.split(r"(\d+)", part) if piece) for part in path.parts)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def run_many(task: Callable, targets: list[Target], shared: tuple, settings: BatchSettings,
             progress: Callable[[int], None] = lambda done: None, kept: JudgementStore | None = None) -> list:
    """task(target, *shared) for every target, in order; an InputError becomes a Skipped in its place.
    With many targets, chunks go to worker processes (task and shared must then be picklable). `kept`: the
    judgement store the tasks put their level judgements in (one in `shared`): what a worker puts there comes
    back with each chunk's results and is put in this process's, which writes it at exit, as a serial run's."""
    workers = _workers(settings, len(targets))
    chunks = [targets[i : i + settings.chunk] for i in range(0, len(targets), settings.chunk)]
    if workers <= 1 or len(chunks) <= 1:
        out: list = []
        for part in chunks:
            out += _run_chunk(task, part, shared)
            progress(len(part))
        return out
    with _collector_paused():
        return _run_parallel(task, chunks, shared, workers, progress, kept)


def _run_parallel(task: Callable, chunks: list[list[Target]], shared: tuple, workers: int,
                  progress: Callable[[int], None], kept: JudgementStore | None) -> list:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    results: list = []
    # task and shared reach each worker once, at its start, rather than with every chunk
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_set_job,
                             initargs=(task, shared, kept)) as pool:
        futures = [pool.submit(_run_job_chunk, part) for part in chunks]
        for future, part in zip(futures, chunks, strict=True):
            try:
                done, judged = future.result()
                results += done
                if kept is not None:
                    kept.absorb(judged)
            except BrokenProcessPool:  # a worker died: this chunk again, each list on its own
                results += [_run_alone(task, target, shared) for target in part]
            progress(len(part))
    return results


def _run_alone(task: Callable, target: Target, shared: tuple):
    """One list in a forked child: its result, or a Skipped when the child dies reading it."""
    try:
        return isolate.call(_run_chunk, task, [target], shared, memory=None)[0]
    except isolate.ChildDied as e:
        return results.Skipped(_shown(target.ref), f"reading it ended its process ({e.how}); damaged or hostile?")


@contextlib.contextmanager
def _collector_paused():
    """The cyclic garbage collector off while the results of a large batch pile up, then the results put in
    the oldest generation, rarely walked again: its automatic passes would walk every result held so far
    again and again, and results hold no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        _to_oldest_generation()
    finally:
        if was_enabled:
            gc.enable()


def _to_oldest_generation() -> None:
    """Every object the collector tracks moved to its oldest generation. gc.freeze then gc.unfreeze does it
    without walking them (two list splices), where a full pass walked them all: 0.28 s of coverage of 3,000
    lists, after the workers were done. Where objects were frozen before (a caller's own gc.freeze), unfreezing
    would thaw them too: one full pass instead."""
    if gc.get_freeze_count():
        gc.collect()
    else:
        gc.freeze()
        gc.unfreeze()


_job: tuple = ()  # (task, shared, kept) in a worker process, set by _set_job


def _set_job(task: Callable, shared: tuple, kept: JudgementStore | None = None) -> None:
    global _job
    _job = (task, shared, kept)
    _quiet()  # a worker's native crash (a Rust backtrace) is reported as the file's one line, not dumped
    gc.freeze()  # what the worker inherited (modules, the baseline) is never walked by its collector


def _run_job_chunk(targets: list[Target]) -> tuple[list, dict[str, list]]:
    """The chunk's results, and the judgements its tasks put in the store `kept` (none without one)."""
    task, shared, kept = _job
    done = _run_chunk(task, targets, shared)
    return done, (kept.taken() if kept is not None else {})


def _workers(settings: BatchSettings, count: int) -> int:
    import os

    if count < settings.parallel_from:
        return 1
    return settings.workers or min(os.cpu_count() or 1, 8)


def _run_chunk(task: Callable, targets: list[Target], shared: tuple) -> list:
    out: list = []
    for target in targets:
        try:
            out.append(task(target, *shared))
        except InputError as e:
            out.append(results.Skipped(e.path, e.message))
        except RecursionError:
            out.append(results.Skipped(_shown(target.ref), "too deeply nested to read"))
        except MemoryError:
            out.append(results.Skipped(_shown(target.ref), "too large to read in memory"))
        except Exception as e:  # one bad file must not sink a batch; it is named and skipped
            out.append(results.Skipped(_shown(target.ref), f"internal error while reading it: {type(e).__name__}: "
                                                           f"{_shown(' '.join(str(e).split()))[:300]}"))
    return out


def _shown(text: str) -> str:
    return display_name(text)
