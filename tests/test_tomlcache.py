"""polcmp/tomlcache.py: a TOML file parsed once per change, its data kept as JSON in the cache folder."""

import os

import pytest

from polcmp import tomlcache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "toml"


def _no_parsing(monkeypatch):
    def fail(text):
        raise AssertionError("parsed again")

    monkeypatch.setattr(tomlcache, "parse", fail)


def test_a_file_is_parsed_once_then_read_from_the_cache(tmp_path, cache, monkeypatch):
    path = tmp_path / "lexicon.toml"
    path.write_text('"最低生活保障" = ["低保"]\n[groups]\nnames = ["孤儿"]\n', encoding="utf-8")
    first = tomlcache.load(path)
    assert first == {"最低生活保障": ["低保"], "groups": {"names": ["孤儿"]}}
    assert len(list(cache.iterdir())) == 1
    _no_parsing(monkeypatch)
    assert tomlcache.load(path) == first


def test_a_changed_file_is_parsed_again(tmp_path, cache, monkeypatch):
    path = tmp_path / "levels.toml"
    path.write_text("a = 1\n", encoding="utf-8")
    assert tomlcache.load(path) == {"a": 1}
    path.write_text("a = 22\n", encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert tomlcache.load(path) == {"a": 22}


def test_a_damaged_or_unwritable_cache_only_costs_a_parse(tmp_path, cache, monkeypatch):
    path = tmp_path / "departments.toml"
    path.write_text("[functions]\n\"教育\" = [\"教育局\"]\n", encoding="utf-8")
    tomlcache.load(path)
    for entry in cache.iterdir():
        entry.write_text("{not json", encoding="utf-8")
    assert tomlcache.load(path) == {"functions": {"教育": ["教育局"]}}
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(path))  # a file, not a folder: nothing can be written there
    assert tomlcache.load(path) == {"functions": {"教育": ["教育局"]}}


def test_a_date_is_parsed_every_time_and_errors_are_tomls(tmp_path, cache):
    dated = tmp_path / "registry.toml"
    dated.write_text("date = 2024-07-01\n", encoding="utf-8")
    assert str(tomlcache.load(dated)["date"]) == "2024-07-01" and not cache.exists()
    broken = tmp_path / "broken.toml"
    broken.write_text("a = \n", encoding="utf-8")
    with pytest.raises(tomlcache.decode_error()):
        tomlcache.load(broken)
