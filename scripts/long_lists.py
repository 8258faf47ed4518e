"""Two long lists for timing a diff: `rows` rows each, built from the national list's rows (clauses
mixed across services, each row its own service), the second reworded, with rows dropped, added and
moved. Used by `make bench` (the 1,600-row diff of issue 16) and by tests/test_hostile_cli.py."""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAD = "服务领域\t序号\t服务对象\t服务项目\t服务内容\t责任部门\n"


def _national_rows() -> list[list[str]]:
    lines = (ROOT / "sources" / "national.txt").read_text(encoding="utf-8").splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith("服务领域\t"))
    return [line.split("\t") for line in lines[start + 1 :] if line.count("\t") >= 5]


def long_lists(folder: Path, rows: int = 1600, seed: int = 16) -> tuple[Path, Path]:
    """(first, second): the two lists written into `folder` as long_a.txt and long_b.txt."""
    rng = random.Random(seed)
    national = _national_rows()
    clauses = [c for r in national for c in r[4].rstrip("。").split("；") if c]
    words = ["指导", "帮扶", "救助", "保障", "融入", "关爱", "咨询", "培训", "筛查", "康复", "助学", "托育"]
    a_rows = []
    for n in range(rows):
        base = national[n % len(national)]
        service = f"{rng.choice(words)}{rng.choice(words)}{base[3][:4]}第{n + 1}项服务"
        content = "；".join(rng.sample(clauses, 2)) + f"，覆盖第{n + 1}片区。"
        a_rows.append([base[0], base[2], service, content, base[5]])
    b_rows = []
    for row in a_rows:
        roll = rng.random()
        if roll < 0.03:
            continue  # dropped
        if roll < 0.15:
            row = [*row[:3], row[3].replace("提供", "积极提供").replace("。", "，确保落实到位。"), row[4]]
        b_rows.append(row)
        if roll > 0.97:
            b_rows.append([row[0], row[1], f"新增{rng.choice(words)}服务{len(b_rows)}", rng.choice(clauses) + "。", row[4]])
    for _ in range(rows // 50):  # some rows moved
        i, j = rng.randrange(len(b_rows)), rng.randrange(len(b_rows))
        b_rows[i], b_rows[j] = b_rows[j], b_rows[i]
    paths = []
    for name, data in (("long_a.txt", a_rows), ("long_b.txt", b_rows)):
        path = folder / name
        path.write_text("长清单\n" + HEAD + "".join(
            "\t".join([r[0], str(k), *r[1:]]) + "\n" for k, r in enumerate(data, 1)), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]
