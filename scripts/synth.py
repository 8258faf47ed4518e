"""Make a synthetic corpus of local lists from the national baseline, with the truth about each.

Edits, drawn per list with a fixed seed: rows dropped, contents reworded, services renamed, rows added,
departments localised (国家卫生健康委 -> 市卫生健康委 …); both text layouts (one row per line, and
one cell per line as Word's extraction writes it). truth.json records which baseline rows each lacks."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polcmp.mappings import load_mappings  # noqa: E402
from polcmp.sources import load_list, load_registry  # noqa: E402

HEADER = ["服务领域", "序号", "服务对象", "服务项目", "服务内容", "责任部门"]
EXTRA = [
    ("发展保障", "流动儿童", "法治宣传教育",
     "针对流动儿童较多的学校开展送法进校园、法庭开放日等法治宣传活动。", "市法院、市教育局"),
    ("弱有所扶", "流动儿童中的孤儿", "孤儿医疗康复项目服务",
     "由常住地民政部门协助受理申请，资助保障其医疗康复费用。", "市民政局"),
    ("学有所教", "义务教育阶段流动儿童", "教育帮扶服务",
     "为学业困难的流动儿童提供结对帮扶服务，提高学习能力。", "市教育局"),
]
REWORD = [("提供", "积极提供"), ("符合条件的", "符合本地条件的"), ("服务", "相关服务"), ("。", "，确保落实到位。")]
LOCAL = {"国家卫生健康委": "市卫生健康委", "教育部": "市教育局", "民政部": "市民政局", "国家医保局": "市医保局",
         "中国残联": "市残联", "全国妇联": "市妇联", "共青团中央": "团市委", "人力资源社会保障部": "市人社局",
         "住房城乡建设部": "市住建局", "国家疾控局": "市疾控局", "最高人民法院": "市中级人民法院",
         "最高人民检察院": "市人民检察院", "公安部": "市公安局", "中央网信办": "市委网信办", "广电总局": "市广电局"}


def make_list(baseline, rng: random.Random):
    rows, missing = [], []
    for it in baseline.items:
        if rng.random() < 0.06:
            missing.append(it.seq)
            continue
        content = it.content
        if rng.random() < 0.5:
            old, new = rng.choice(REWORD)
            content = content.replace(old, new, 1)
        service = it.service + ("项目" if rng.random() < 0.1 else "")
        depts = "、".join(LOCAL.get(d, d) for d in it.departments)
        rows.append([it.domain, it.target, service, content, depts])
    for extra in rng.sample(EXTRA, rng.randint(0, 2)):
        rows.append(list(extra))
    return rows, missing


def write(rows, path: Path, layout: str) -> None:
    lines = ["某市流动儿童在居住地享有关爱服务基础清单", ""]
    previous_domain = None
    if layout == "rows":
        lines.append("\t".join(HEADER))
        for n, (domain, target, service, content, depts) in enumerate(rows, 1):
            shown = "" if domain == previous_domain else domain
            lines.append("\t".join([shown, str(n), target, service, content, depts]))
            previous_domain = domain
    else:
        lines += ["\t", *(f"\t{h}" for h in HEADER[2:]), ""]
        for n, (domain, target, service, content, depts) in enumerate(rows, 1):
            shown = "" if domain == previous_domain else domain
            lines += [f"\t{shown}", f"\t{n}", f"\t{target}", f"\t{service}", f"\t{content}", f"\t{depts}", ""]
            previous_domain = domain
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_corpus(folder: Path, count: int, seed: int = 7) -> dict[str, list[int]]:
    folder.mkdir(parents=True, exist_ok=True)
    baseline = load_list("national", load_registry(ROOT / "sources"), load_mappings(ROOT / "mappings"))
    rng = random.Random(seed)
    truth = {}
    for n in range(count):
        rows, missing = make_list(baseline, rng)
        name = f"county{n:04d}.txt"
        write(rows, folder / name, "rows" if n % 2 else "cells")
        truth[name] = missing
    (folder.parent / f"{folder.name}-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return truth


if __name__ == "__main__":
    make_corpus(Path(sys.argv[1]), int(sys.argv[2]))
