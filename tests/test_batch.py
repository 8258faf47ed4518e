"""Many lists: folders walked recursively, ids from paths, one bad file never sinks the batch."""

from polcmp.batch import Target, expand, run_many
from polcmp.model import InputError
from polcmp.results import Skipped
from polcmp.settings import BatchSettings


def test_folders_are_read_recursively_and_regions_named_by_their_path(tmp_path):
    for name in ("省/a.txt", "省/市/b.docx", "省/市/县/c.txt", "省/readme.png", "省/.hidden/d.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    targets, skipped = expand([str(tmp_path / "省"), "national"], ["national"])
    assert [t.region for t in targets] == ["a", "市/b", "市/县/c", "national"]
    assert [s.path for s in skipped] == [str(tmp_path / "省" / "readme.png")]
    assert "not a list file (.png)" in skipped[0].problem


def test_files_are_in_natural_order(tmp_path):
    """县1, 县2, 县10 (not 1, 10, 2), in folders numbered the same way."""
    for name in ("县10.txt", "县2.txt", "县1.txt", "片区10/a.txt", "片区9/a.txt", "b 2 10.txt", "b 2 9.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    targets, _ = expand([str(tmp_path)], [])
    assert [t.region for t in targets] == ["b 2 9", "b 2 10", "县1", "县2", "县10", "片区9/a", "片区10/a"]


def _task(target, fail_on):
    if target.ref == fail_on:
        raise InputError(target.ref, "is broken")
    if target.ref == "boom":
        raise ValueError("unexpected")
    return target.ref.upper()


def test_a_failing_list_becomes_a_skipped_entry_in_its_place():
    targets = [Target(r, r) for r in ("a", "bad", "boom", "b")]
    out = run_many(_task, targets, ("bad",), BatchSettings(chunk=2))
    assert out[0] == "A" and out[3] == "B"
    assert out[1] == Skipped("bad", "is broken")
    assert isinstance(out[2], Skipped) and "ValueError: unexpected" in out[2].problem


def test_worker_processes_give_the_same_results_in_order():
    targets = [Target(str(i), str(i)) for i in range(30)]
    serial = run_many(_task, targets, ("7",), BatchSettings(chunk=4, parallel_from=1000))
    parallel = run_many(_task, targets, ("7",), BatchSettings(chunk=4, parallel_from=1, workers=2))
    assert serial == parallel and serial[7] == Skipped("7", "is broken")


def _judging_task(target, store):
    store.put(f"{int(target.ref):02x}{target.ref}", [target.ref])
    return target.ref


def test_what_worker_processes_put_in_the_judgement_store_reaches_the_batchs_store(tmp_path, monkeypatch):
    """A worker's exit skips atexit, where a store is written: its judgements come back with its results."""
    from polcmp.judgecache import JudgementStore

    monkeypatch.setenv("POLCMP_CACHE_DIR", str(tmp_path / "cache"))
    store = JudgementStore("f1")
    targets = [Target(str(i), str(i)) for i in range(12)]
    out = run_many(_judging_task, targets, (store,), BatchSettings(chunk=3, parallel_from=1, workers=2), kept=store)
    assert out == [str(i) for i in range(12)]
    assert all(store.get(f"{i:02x}{i}") == [str(i)] for i in range(12))
    store.save()
    again = JudgementStore("f1")
    assert all(again.get(f"{i:02x}{i}") == [str(i)] for i in range(12))
