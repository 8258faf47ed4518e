"""polcmp/regexcache.py: a pattern compiled once, its SRE code kept in the cache folder; a later run (here,
a fresh store) builds the same pattern from it without compiling, and any problem compiles afresh."""

import re
from array import array

import pytest

from polcmp import regexcache

PATTERNS = [
    (r"(?P<n>\d+)(?:-(?P<m>\d+))?个?工作日", 0, ["10个工作日", "5-7工作日", "无"]),
    (r"(?<![免无不])备案后|不少于[一二三\d]+次", 0, ["办理备案后入学", "免备案后", "每年不少于2次"]),
    (r"[\x00-\x08\ud800-\udfff]", 0, ["a\x01b", "正常"]),  # lone surrogates: the file must still be written
    (r"^\s*第?([一二三四五六七八九十]+)[、.]", re.M, ["一、总则\n二、服务", "无编号"]),
    (r"residence permit", re.I, ["RESIDENCE Permit holders", "none"]),
]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(tmp_path / "cache"))
    regexcache._store.cache_clear()
    yield tmp_path / "cache"
    regexcache._store.cache_clear()


def _decoded(raw: bytes) -> dict:
    """Every entry of a cache file, as the store makes each one when its pattern is asked for."""
    index, code = regexcache._index(raw)
    entries = {key: regexcache._entry(row, code) for key, row in index.items()}
    return {key: entry for key, entry in entries.items() if entry is not None}


def _saved(folder):
    store = regexcache._store(str(folder))
    store.save()
    regexcache._store.cache_clear()  # the next store reads the file, as the next run would
    return store


def _same(first: re.Pattern, second: re.Pattern, texts: list[str]) -> None:
    assert (second.pattern, second.flags, second.groups, second.groupindex) == (
        first.pattern, first.flags, first.groups, first.groupindex)
    for text in texts:
        assert [m.groupdict() or m.group(0) for m in second.finditer(text)] == [
            m.groupdict() or m.group(0) for m in first.finditer(text)]


def test_a_cached_pattern_is_the_pattern_re_compile_gives(folder, monkeypatch):
    for pattern, flags, texts in PATTERNS:
        _same(re.compile(pattern, flags), regexcache.compiled(pattern, flags), texts)
    _saved(folder)
    cached = _decoded(next(folder.glob("regex-*.bin")).read_bytes())
    assert len(cached) == len(PATTERNS)

    def no_compiling(pattern, flags):
        raise AssertionError(f"compiled again: {pattern}")

    monkeypatch.setattr(regexcache, "_compile", no_compiling)
    for pattern, flags, texts in PATTERNS:
        _same(re.compile(pattern, flags), regexcache.compiled(pattern, flags), texts)


def test_a_damaged_entry_or_file_only_costs_a_compile(folder):
    pattern, flags, texts = PATTERNS[0]
    regexcache.compiled(pattern, flags)
    _saved(folder)
    path = next(folder.glob("regex-*.bin"))
    entries = _decoded(path.read_bytes())
    entries[regexcache.entry_key(pattern, flags)][1] = array("I", [1, 2, 3]).tobytes()  # code the SRE engine refuses
    path.write_bytes(regexcache._encoded(entries))
    _same(re.compile(pattern, flags), regexcache.compiled(pattern, flags), texts)
    for damaged in (b"{not json", path.read_bytes()[:-7], b'{"0|x":[0,0,999,0,{},[null]]}\n\x01'):
        regexcache._store.cache_clear()  # unreadable, cut short, pointing past its code: compiled afresh
        path.write_bytes(damaged)
        _same(re.compile(pattern, flags), regexcache.compiled(pattern, flags), texts)
        assert re.compile("x").pattern == regexcache.compiled("x").pattern


def test_an_invalid_pattern_raises_as_re_compile_does(folder):
    with pytest.raises(re.error):
        regexcache.compiled(r"(?P<n>\d+")


def test_an_unwritable_cache_folder_compiles_every_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(blocker))
    regexcache._store.cache_clear()
    pattern, flags, texts = PATTERNS[1]
    _same(re.compile(pattern, flags), regexcache.compiled(pattern, flags), texts)
    regexcache._store(str(blocker)).save()  # nothing written, nothing raised
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    regexcache._store.cache_clear()


def test_a_file_past_its_limit_keeps_only_this_runs_patterns(folder, monkeypatch):
    monkeypatch.setattr(regexcache, "ENTRY_LIMIT", 2)
    store = regexcache._store(str(folder))
    store.entries.update({f"0|old{i}": [0, b"\x01\x00\x00\x00", 0, {}, [None]] for i in range(5)})
    regexcache.compiled(PATTERNS[0][0])
    _saved(folder)
    cached = _decoded(next(folder.glob("regex-*.bin")).read_bytes())
    assert list(cached) == [regexcache.entry_key(PATTERNS[0][0], 0)]
