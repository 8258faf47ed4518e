import os
import subprocess
import sys

import pytest

from polcmp import tokens
from tests.conftest import ROOT

SEGMENT = ("import sys; from polcmp.tokens import tokenize; "
           "print('|'.join(tokenize('协调户籍地民政部门及时为符合条件的残疾儿童办理残疾人两项补贴')), "
           "'jieba' in sys.modules)")


def _env(tmp_path, **extra):
    return {"POLCMP_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **extra}


def test_a_repeated_segmentation_comes_from_the_cache_without_loading_jieba(tmp_path):
    env = _env(tmp_path)
    first = subprocess.run([sys.executable, "-c", SEGMENT], capture_output=True, text=True, env=env, check=True)
    second = subprocess.run([sys.executable, "-c", SEGMENT], capture_output=True, text=True, env=env, check=True)
    words, loaded = first.stdout.split()
    assert loaded == "True" and "残疾人两项补贴" in words.split("|")  # a domain term from data/terms.txt
    assert second.stdout.split() == [words, "False"]
    assert list(tmp_path.glob("tokens-*.txt")), "the cache is written where POLCMP_CACHE_DIR says"


def test_cache_dir_honours_polcmp_cache_dir_then_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(tmp_path / "mine"))
    assert tokens.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("POLCMP_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert tokens.cache_dir() == tmp_path / "xdg" / "polcmp"


def test_the_suite_never_touches_the_real_home_cache():
    home_cache = os.path.join(os.path.expanduser("~"), ".cache", "polcmp")
    assert not str(tokens.cache_dir()).startswith(home_cache)


def test_the_cache_keeps_only_the_most_recent_segmentations(tmp_path, monkeypatch):
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(tokens, "CACHE_LIMIT", 3)
    cache = tokens._SegmentationCache()
    for text in ("流动儿童", "随迁子女", "居住证", "户籍地", "学前教育"):
        cache.get(text)
    cache.save()
    kept = tokens._SegmentationCache()
    assert list(kept.entries) == ["居住证", "户籍地", "学前教育"]
    assert kept.get("户籍地") == ("户籍地",)


WRITER = """
import sys
from polcmp.tokens import _cache
n = int(sys.argv[1])
for k in range(25):
    _cache().get(f"第{n}组第{k}条流动儿童关爱服务")
"""


def test_eight_concurrent_runs_keep_every_entry(tmp_path):
    env = _env(tmp_path)
    runs = [subprocess.Popen([sys.executable, "-c", WRITER, str(n)], env=env) for n in range(8)]
    assert [run.wait(timeout=120) for run in runs] == [0] * 8
    cache = tokens._read_entries(next(tmp_path.glob("tokens-*.txt")))
    expected = {f"第{n}组第{k}条流动儿童关爱服务" for n in range(8) for k in range(25)}
    assert expected <= set(cache)
    assert not list(tmp_path.glob("*.tmp")), "no temporary file left behind"


@pytest.mark.parametrize("text", ["流动儿童\r随迁子女", "流动儿童\n随迁子女", "户籍\x1f地", "居住证\u2028办理"])
def test_text_with_control_characters_is_never_cached(tmp_path, monkeypatch, text):
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(tmp_path))
    cache = tokens._SegmentationCache()
    first = cache.get(text)
    assert "".join(first) == text
    cache.save()
    again = tokens._SegmentationCache()
    assert text not in again.entries and again.get(text) == first
    assert again.get("流动儿童") == tuple(tokens._tokenizer().lcut("流动儿童", HMM=False))


def test_a_cache_run_and_a_no_cache_run_agree_after_a_carriage_return(tmp_path, monkeypatch):
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(tmp_path))
    cache = tokens._SegmentationCache()
    for text in ("甲乙\r丙丁", "丙丁", "甲乙"):
        cache.get(text)
    cache.save()
    warm = tokens._SegmentationCache()
    for text in ("丙丁", "甲乙", "甲乙丙丁"):
        assert warm.get(text) == tuple(tokens._tokenizer().lcut(text, HMM=False))


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"not a polcmp cache\n\xe6\xb5\x81\x1f\n",
                                     b"", b"polcmp-tokens 4\n\x1f\x1f\n\xe6\xb5\x81\xe5\x8a\xa8\x1f\n"])
def test_a_corrupt_cache_is_ignored(tmp_path, monkeypatch, content):
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(tmp_path))
    cache = tokens._SegmentationCache()
    cache.path.parent.mkdir(parents=True, exist_ok=True)
    cache.path.write_bytes(content)
    fresh = tokens._SegmentationCache()
    for text in ("流动儿童", "流动"):  # ("流动" has a damaged line: an empty token)
        assert fresh.get(text) == tuple(tokens._tokenizer().lcut(text, HMM=False))
    fresh.save()
    lines = fresh.path.read_text(encoding="utf-8").split("\n")
    assert lines[0] == tokens._MAGIC and all(tokens._valid(line) for line in lines[1:] if line)
    assert "流动儿童" in tokens._read_entries(fresh.path)


def test_an_unwritable_cache_folder_changes_nothing(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("POLCMP_CACHE_DIR", str(blocker / "sub"))
    cache = tokens._SegmentationCache()
    assert cache.get("流动儿童")
    cache.save()  # no exception


def test_jieba_is_loaded_without_pkg_resources(tmp_path):
    """jieba imports pkg_resources (about 90 ms of setuptools) when it can; polcmp's tokenizer hides it, and
    jieba reads the same bundled files directly: the words come out the same."""
    code = ("import sys; from polcmp.tokens import _tokenizer; words = _tokenizer().lcut('为流动儿童提供心理健康筛查'); "
            "print('pkg_resources' in sys.modules, '/'.join(words))")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env=_env(tmp_path)).stdout.split()
    assert shown[0] == "False"
    assert shown[1] == "为/流动儿童/提供/心理健康筛查"  # polcmp's dictionary and terms, read as before
