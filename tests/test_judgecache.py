"""polcmp/judgecache.py: a pair's level judgement kept in the cache folder under a fingerprint of the markers'
files and polcmp's code; a later run (here, a fresh store or a fresh load of the mappings) reads it back
instead of judging, and gets the judgement a fresh reading gives. Anything else (another fingerprint, a
damaged file, an unwritable folder) judges afresh."""

import json
import os
import shutil

import pytest

from polcmp import judgecache
from polcmp.level import LevelMemo, PairSetting, judge_items
from tests.conftest import ROOT, load_level_markers

# pairs that give a weaker, a stronger, a mixed and a same judgement, with reasons on both sides
PAIRS = [
    (["为流动儿童提供生活补助"], ["有条件的地方为流动儿童提供生活补助"]),
    (["免除学杂费"], ["减免学杂费"]),
    (["10个工作日内办结"], ["5个工作日内办结"]),
    (["每月发放300元补助"], ["有条件的地方每月发放400元补助"]),
    (["提供家庭教育指导服务"], ["提供家庭教育指导服务。"]),
]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _judged_with(store, markers):
    memo = LevelMemo(store=store).of(markers)
    around = PairSetting(elsewhere=["为流动儿童提供生活补助"])
    return [judge_items(base, other, markers, around, memo=memo) for base, other in PAIRS]


def test_a_later_run_reads_the_judgements_back_unchanged(folder):
    markers = load_level_markers(ROOT / "mappings" / "levels.toml")
    first = judgecache.JudgementStore("f1")
    fresh = _judged_with(first, markers)
    first.save()
    assert sorted(p.name for p in folder.iterdir()) == ["judged-f1"]
    assert {level.level.value for level in fresh} >= {"weaker", "stronger", "mixed"}

    later = judgecache.JudgementStore("f1")
    # a poisoned _judge would show if the later run judged instead of reading
    import polcmp.level as level_package

    original, level_package._judge = level_package._judge, None
    try:
        again = _judged_with(later, markers)
    finally:
        level_package._judge = original
    assert again == fresh
    assert [r.kind for j in again for r in j.reasons] == [r.kind for j in fresh for r in j.reasons]


def test_another_fingerprint_judges_afresh_and_removes_the_old_store(folder):
    markers = load_level_markers(ROOT / "mappings" / "levels.toml")
    old = judgecache.JudgementStore("old")
    _judged_with(old, markers)
    old.save()
    new = judgecache.JudgementStore("new")
    key = judgecache.pair_key(["免除学杂费"], ["减免学杂费"])
    assert new.get(key) is None
    assert all(new.get(k) is None for shard in old.shards.values() for k in shard)
    new.put(key, ["weaker", []])
    new.save()
    assert sorted(p.name for p in folder.iterdir()) == ["judged-new"]


def test_the_fingerprint_follows_the_markers_files_and_the_code(tmp_path):
    assert judgecache.fingerprint(b"a", "1") == judgecache.fingerprint(b"a", "1")
    assert judgecache.fingerprint(b"a", "1") != judgecache.fingerprint(b"b", "1")
    assert judgecache.fingerprint(b"a", "1") != judgecache.fingerprint(b"a", "2")
    package = tmp_path / "polcmp"
    shutil.copytree(ROOT / "polcmp", package, ignore=shutil.ignore_patterns("__pycache__"))
    import subprocess
    import sys

    def code_fingerprint() -> str:
        return subprocess.run([sys.executable, "-c", "from polcmp import judgecache; print(judgecache.fingerprint())"],
                              cwd=tmp_path, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONPATH": str(tmp_path)}).stdout

    before = code_fingerprint()
    rules = package / "level" / "conditions.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert code_fingerprint() != before


def test_a_damaged_or_foreign_store_reads_as_empty(folder):
    store = judgecache.JudgementStore("f1")
    key = judgecache.pair_key(["免除学杂费"], ["减免学杂费"])
    shard = folder / "judged-f1" / f"{key[:2]}.json"
    shard.parent.mkdir(parents=True)
    folder.chmod(0o700)
    shard.parent.chmod(0o700)
    for text in ["{not json", json.dumps([1, 2]), json.dumps({key: "weaker"}), "\udcff".encode("utf-8", "surrogatepass")]:
        if isinstance(text, bytes):
            shard.write_bytes(text)
        else:
            shard.write_text(text, encoding="utf-8")
        assert judgecache.JudgementStore("f1").get(key) is None
    # an entry of the right shape but a level or reason kind polcmp does not know: judged afresh
    from polcmp.level.markers import _judgement

    assert _judgement(["much weaker", []]) is None and _judgement(["weaker", [["kind?", "weaker", "", "", ""]]]) is None
    assert store.get(key) is None


def test_an_unwritable_cache_folder_judges_every_time(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(blocked / "cache"))
    markers = load_level_markers(ROOT / "mappings" / "levels.toml")
    store = judgecache.JudgementStore("f1")
    judged = _judged_with(store, markers)
    store.save()  # no error, nothing written beside the user's file
    assert blocked.read_text(encoding="utf-8") == "not a folder" and sorted(p.name for p in tmp_path.iterdir()) == ["file"]
    assert judged == _judged_with(None, markers)


def test_a_memo_used_with_another_table_leaves_the_store(folder):
    markers = load_level_markers(ROOT / "mappings" / "levels.toml")
    store = judgecache.JudgementStore("f1")
    memo = LevelMemo(store=store).of(markers)
    assert memo.store is store
    other = load_level_markers(ROOT / "mappings" / "levels.toml")
    assert memo.of(other).store is None  # its fingerprint is the first table's


def test_a_diff_reads_the_same_from_a_warm_cache_as_from_a_cold_one(folder):
    from polcmp import api

    results = []
    for _ in range(2):
        ctx = api.context()
        results.append(api.compare(api.load("guangxi", context=ctx), api.load("tianjin", context=ctx), context=ctx))
        ctx.mappings.level_memo.store.save()
    assert any(p.suffix == ".json" for p in next(folder.glob("judged-*")).iterdir())
    assert results[0] == results[1]
    assert [link.level_reasons for link in results[0].links] == [link.level_reasons for link in results[1].links]
