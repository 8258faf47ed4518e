import subprocess
import sys

from polcmp import tokens

SEGMENT = ("import sys; from polcmp.tokens import tokenize; "
           "print('|'.join(tokenize('协调户籍地民政部门及时为符合条件的残疾儿童办理残疾人两项补贴')), "
           "'jieba' in sys.modules)")


def test_a_repeated_segmentation_comes_from_the_cache_without_loading_jieba(tmp_path):
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", SEGMENT], capture_output=True, text=True, env=env, check=True)
    second = subprocess.run([sys.executable, "-c", SEGMENT], capture_output=True, text=True, env=env, check=True)
    words, loaded = first.stdout.split()
    assert loaded == "True" and "残疾人两项补贴" in words.split("|")  # a domain term from data/terms.txt
    assert second.stdout.split() == [words, "False"]


def test_the_cache_keeps_only_the_most_recent_segmentations(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(tokens, "CACHE_LIMIT", 3)
    cache = tokens._SegmentationCache()
    for text in ("流动儿童", "随迁子女", "居住证", "户籍地", "学前教育"):
        cache.get(text)
    cache.save()
    kept = tokens._SegmentationCache()
    assert list(kept.entries) == ["居住证", "户籍地", "学前教育"]
    assert kept.get("户籍地") == ("户籍地",)
