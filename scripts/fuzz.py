"""`make fuzz`: mutated lists through read + parse + diff. Every run must end in a result or an
InputError; anything else is an internal error, printed with a reproducer (seed and case number).

    python scripts/fuzz.py --count 5000 --seed 1 [--show 5] [--save DIR]

Mutations of the bundled sources' text: delete, duplicate, swap and split lines, insert random
Unicode (①, ², 一, （一一）, zero-width, tabs, CR, NUL, 5,000-digit numbers), shuffle and drop cells of a
row, renumber 序号, truncate, flip bytes, re-encode. Deterministic for a seed."""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SOURCES = ("national", "tianjin", "guangxi", "heilongjiang", "qingdao", "hebei", "plan_e")


def _source_path(sid: str) -> Path:
    bundled = ROOT / "sources" / f"{sid}.txt"
    return bundled if bundled.exists() else ROOT / "tests" / "fixtures" / "devset" / f"{sid}.txt"

NOISE = ["①", "②", "⑳", "²", "³", "一", "十一", "（一一）", "（二十一）", "（十十）", "一是", "二是", "【措施】",
         "1.1", "1.", "2、", "\r",
         "\u200b", "\u200d", "\u2060", "\ufeff", "\t", "\t\t", "\r\n", "\x00", "\x1f", "\x0b", "\u2028",
         "9" * 5000, "12345678901234567890", "序号", "服务项目", "服务内容", "责任部门", "服务领域", "（", "）",
         "。", "；", "\u0301", "\u202e", "😀", "\ud7ff", "[bookmark: x]", " ", "　", "０", "～", "-", "\\", "\"", "=1+1",
         "<b>", "|", "\n\n", "（省民政厅负责）", "印发", "实施方案", "二、", "（三）"]
CASE_SECONDS = 20  # a case slower than this is counted as a hang


class Hang(Exception):
    pass


def _noise(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return "".join(chr(rng.choice([rng.randrange(0x20, 0x2FF), rng.randrange(0x3000, 0x9FFF),
                                       rng.randrange(0x2460, 0x24FF), rng.randrange(0x1F300, 0x1F6FF)]))
                       for _ in range(rng.randrange(1, 6)))
    return rng.choice(NOISE)


def _mutate_line(rng: random.Random, line: str) -> str:
    cells = line.split("\t")
    kind = rng.randrange(6)
    if kind == 0 and len(cells) > 1:
        rng.shuffle(cells)
    elif kind == 1 and len(cells) > 1:
        del cells[rng.randrange(len(cells))]
    elif kind == 2:
        cells[rng.randrange(len(cells))] = _noise(rng)  # a 序号 or any cell replaced
    elif kind == 3:
        i = rng.randrange(len(cells))
        at = rng.randrange(len(cells[i]) + 1)
        cells[i] = cells[i][:at] + _noise(rng) + cells[i][at:]
    elif kind == 4:
        return line.replace("\t", rng.choice(["", " ", "\t\t", "\u3000"]))
    else:
        return line[: rng.randrange(len(line) + 1)]
    return "\t".join(cells)


def mutate(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    for _ in range(rng.randrange(1, 8)):
        if not lines:
            lines = [""]
        i = rng.randrange(len(lines))
        op = rng.randrange(8)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3:
            lines.insert(i, _noise(rng))
        elif op == 4:
            at = rng.randrange(len(lines[i]) + 1)
            lines[i:i + 1] = [lines[i][:at], lines[i][at:]]
        elif op == 5:
            lines = lines[: i + 1]
        else:
            lines[i] = _mutate_line(rng, lines[i])
    return "\n".join(lines)


def to_bytes(rng: random.Random, text: str) -> bytes:
    roll = rng.random()
    if roll < 0.08:
        data = bytearray(text.encode("utf-8", errors="surrogatepass"))
        for _ in range(rng.randrange(1, 20)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if roll < 0.14:
        return text.encode(rng.choice(["gb18030", "utf-16", "utf-8-sig"]), errors="replace")
    if roll < 0.17:
        data = text.encode("utf-8", errors="replace")
        return data[: rng.randrange(len(data) + 1)]
    return text.encode("utf-8", errors="surrogatepass")


def _alarm(signum, frame):
    raise Hang()


def run(count: int, seed: int, show: int = 5, save: Path | None = None, out=sys.stdout) -> Counter:
    from polcmp import api
    from polcmp.model import InputError
    from polcmp.parse import parse_document
    from polcmp.readers.document import TextDocument
    from polcmp.readers.text import decode_text

    ctx = api.context(sources=ROOT / "sources", mappings=ROOT / "mappings")
    baseline = api.baseline("national", context=ctx)
    texts = {sid: _source_path(sid).read_text(encoding="utf-8") for sid in SOURCES}
    counts: Counter = Counter()
    failures: list[str] = []
    slowest = (0.0, "")
    use_alarm = hasattr(signal, "SIGALRM")
    previous = signal.signal(signal.SIGALRM, _alarm) if use_alarm else None
    for case in range(count):
        rng = random.Random(f"{seed}:{case}")
        sid = rng.choice(SOURCES)
        data = to_bytes(rng, mutate(rng, texts[sid]))
        name = f"fuzz-{seed}-{case}-{sid}.txt"
        started = time.perf_counter()
        if use_alarm:
            signal.alarm(CASE_SECONDS)
        try:
            text, encoding = decode_text(data, name)
            parsed = parse_document(TextDocument(name, text, encoding), sid, ctx.mappings)
            api.compare(baseline, parsed, context=ctx)
            counts["result"] += 1
        except InputError as e:
            counts["input error"] += 1
            if e.path != name:
                counts["internal error"] += 1
                failures.append(f"case {case} ({sid}): InputError names {e.path!r}, not the file")
        except Hang:
            counts["hang"] += 1
            failures.append(f"case {case} ({sid}): longer than {CASE_SECONDS} s")
        except Exception:  # noqa: BLE001 - counting internal errors is the point
            counts["internal error"] += 1
            failures.append(f"case {case} ({sid}): {traceback.format_exc(limit=-3)}")
            if save is not None:
                save.mkdir(parents=True, exist_ok=True)
                (save / name).write_bytes(data)
        finally:
            if use_alarm:
                signal.alarm(0)
        elapsed = time.perf_counter() - started
        slowest = max(slowest, (elapsed, f"case {case} ({sid})"))
    if use_alarm:
        signal.signal(signal.SIGALRM, previous)
    counts["slowest ms"] = round(slowest[0] * 1000)
    for failure in failures[:show]:
        print(f"--- seed {seed} {failure}", file=out)
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=5, help="internal errors printed in full")
    parser.add_argument("--save", type=Path, help="write each input that caused an internal error here")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = run(args.count, args.seed, args.show, args.save)
    elapsed = time.perf_counter() - started
    print(f"fuzz seed {args.seed}: {args.count} lists, {counts['result']} results, "
          f"{counts['input error']} input errors, {counts['internal error']} internal errors, "
          f"{counts['hang']} hangs, {elapsed:.1f} s (slowest case {counts['slowest ms']} ms)")
    return 1 if counts["internal error"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
