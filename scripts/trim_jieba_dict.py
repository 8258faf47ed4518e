"""Rebuild polcmp/data/jieba-small.txt: the most frequent words of jieba's own dictionary."""

import os
import sys

import jieba

KEEP = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
source = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
with open(source, encoding="utf-8") as words:
    rows = [line.split() for line in words]
rows = sorted((r for r in rows if len(r) >= 2), key=lambda r: -int(r[1]))[:KEEP]
target = os.path.join(os.path.dirname(__file__), "..", "polcmp", "data", "jieba-small.txt")
with open(target, "w", encoding="utf-8") as out:
    out.writelines(" ".join(r) + "\n" for r in rows)
print(f"kept {len(rows)} words in {target}")
