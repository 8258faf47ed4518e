"""A seeded fuzz run inside the suite: mutated lists end in a result or an InputError, nothing else.
`make fuzz` runs thousands (scripts/fuzz.py)."""

import io
import time

import pytest

from polcmp.model import InputError
from polcmp.parse import parse_document
from polcmp.readers.document import TextDocument
from scripts.fuzz import run
from tests.conftest import ROOT


def test_a_few_hundred_mutated_lists_end_in_a_result_or_an_input_error():
    started = time.perf_counter()
    report = io.StringIO()
    counts = run(300, seed=20241130, show=5, out=report)
    assert counts["internal error"] == 0, report.getvalue()
    assert counts["hang"] == 0, report.getvalue()
    assert counts["result"] > 150 and counts["input error"] > 0  # the mutations reach both outcomes
    assert time.perf_counter() - started < 60


HEAD = "服务领域\t序号\t服务对象\t服务项目\t服务内容\t责任部门\n"
HOSTILE = {
    "measure numeral 一一": "方案\n一、甲\n（一一）开展监测摸排。每年一次。\n",
    "measure numeral 二十一": "方案\n（二十一）开展监测摸排。\n（百百）推进。\n",
    "circled 序号": HEAD + "幼有所育\t①\t儿童\t健康服务\t建档。\t卫健委\n",
    "superscript 序号": HEAD + "幼有所育\t²\t儿童\t健康服务\t建档。\t卫健委\n",
    "5,000-digit 序号": HEAD + f"甲\t{'9' * 5000}\t儿童\t服务\t内容。\t民政局\n",
    "cells with a huge 序号": f"\t服务领域\n\t序号\n\t服务对象\n\t服务项目\n\t服务内容\n\t责任部门\n\n\t甲\n\t{'9' * 5000}\n"
                            "\t儿童\n\t健康服务\n\t建立健康档案。\n\t卫健委\n",
    "header only": HEAD,
    "zero-width header": "服\u200b务领域\t序\u200b号\t服务对象\t服务项目\t服务内容\t责任部门\n"
                         "甲\t1\t儿童\t服务\t内容。\t民政局\n",
    "control characters": HEAD + "甲\t1\t儿\x0b童\t服\x1f务\t内\x00容。\t民政局\n",
    "only punctuation": "。；，\n（）\n【】\n一是\n",
    "plan of empty measures": "方案\n（一）\n（二）\n1.\n",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_parses_or_is_an_input_error(mappings, name):
    try:
        parsed = parse_document(TextDocument("hostile.txt", HOSTILE[name], "utf-8"), "h", mappings)
    except InputError as e:
        assert e.path == "hostile.txt"
        return
    assert all(it.index == k for k, it in enumerate(parsed.items))
    assert all(isinstance(it.seq, int) and it.seq < 10**7 for it in parsed.items)


def test_a_long_run_of_digits_in_any_cell_is_compared_in_linear_time(mappings):
    """Fuzz cases 945/1029/1864/3847/4120 (seed 1): 5,000 digits in 服务对象/服务内容 made the age and
    quantity patterns backtrack quadratically (20-35 s per list). The fuzz's own hang bound applies."""
    import signal

    from polcmp import api
    from scripts.fuzz import CASE_SECONDS, Hang, _alarm

    digits = "9" * 10_000  # (5,000 as in the fuzz; twice that so that a quadratic pattern cannot pass by luck)
    text = HEAD + "".join(f"幼有所育\t{n}\t{digits}岁\t服务{n}\t为{digits}名儿童提供{digits}次服务。\t民政局\n"
                          for n in range(1, 20))
    ctx = api.context(sources=ROOT / "sources", mappings=ROOT / "mappings")
    parsed = parse_document(TextDocument("digits.txt", text, "utf-8"), "d", mappings)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CASE_SECONDS)
    try:
        comparison = api.compare(api.baseline("national", context=ctx), parsed, context=ctx)
    except Hang:
        pytest.fail(f"comparing took more than {CASE_SECONDS} s")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert comparison.differs
