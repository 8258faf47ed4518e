"""`make eval`: the level probe (tests/fixtures/level_probe.toml), 56 local rows written by the team to
test wording polcmp had not seen, each put in place of its row in a copy of the national list and
diffed as a user would. First run (before the fixes it prompted): 46/56 right, weaker precision 0.72.

    python scripts/level_probe.py [-v]      (-v lists every disagreement with its reasons)
"""

from __future__ import annotations

import collections
import sys
import tempfile
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polcmp import api  # noqa: E402

PROBE = ROOT / "tests" / "fixtures" / "level_probe.toml"
LABELS = ("same", "weaker", "stronger", "mixed")


def _rows_of(national: str) -> tuple[list[str], list[list[str]], list[str]]:
    """The national list's lines: before the rows, the rows (merged 服务对象 cells filled in), after."""
    head, rows, tail = [], [], []
    for line in national.split("\n"):
        cells = line.split("\t")
        if len(cells) == 6 and cells[1].isdigit():
            rows.append(cells)
        else:
            (tail if rows else head).append(line)
    target = ""
    for cells in rows:
        target = cells[2] = cells[2].strip() or target
    return head, rows, tail


def probe_list(row: dict, national: str) -> str:
    """The national list with the probe row in place of its baseline row."""
    head, rows, tail = _rows_of(national)
    for cells in rows:
        if int(cells[1]) == row["base_seq"]:
            cells[2:6] = [row["target"], row["service"], row["content"], row.get("dept", cells[5])]
    return "\n".join([*head, *("\t".join(c) for c in rows), *tail])


def judge_probe(path: Path = PROBE) -> list[tuple[dict, str, tuple]]:
    """(row, polcmp's level of the pair with its baseline row or 'unpaired', the reasons) per probe row."""
    rows = tomllib.loads(path.read_text(encoding="utf-8"))["row"]
    ctx = api.context()
    national = api.load("national", context=ctx)
    text = Path(national.path).read_text(encoding="utf-8")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for row in rows:
            file = Path(tmp) / f"{row['id']}.txt"
            file.write_text(probe_list(row, text), encoding="utf-8")
            c = api.compare(national, api.load(str(file), context=ctx), context=ctx)
            link = next((x for x in c.links if x.base.seq == row["base_seq"]), None)
            out.append((row, link.level.value if link else "unpaired", link.level_reasons if link else ()))
    return out


def main(argv: list[str]) -> int:
    judged = judge_probe()
    pairs = collections.Counter((row["truth"], level) for row, level, _ in judged)
    print(f"level probe ({len(judged)} rows written to test unseen wording; in-sample since the fixes it prompted)")
    print("  truth \\ polcmp  " + "  ".join(f"{c:>8}" for c in (*LABELS, "unpaired")))
    for t in LABELS:
        print(f"  {t:15}" + "  ".join(f"{pairs[t, c]:>8}" for c in (*LABELS, "unpaired")))
    for label in ("weaker", "stronger"):
        tp, predicted = pairs[label, label], sum(pairs[t, label] for t in LABELS)
        gold = sum(v for (t, _), v in pairs.items() if t == label)
        print(f"  {label}: precision {tp}/{predicted}, recall {tp}/{gold} (mixed counted apart)")
    if "-v" in argv:
        for row, level, reasons in judged:
            if level != row["truth"]:
                print(f"- {row['id']} (national {row['base_seq']}): truth {row['truth']}, polcmp {level}: {row['content']}")
                for r in reasons:
                    print(f"    {r.direction}: {r.explanation}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
