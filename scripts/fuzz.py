"""`make fuzz`: mutated lists through read + parse + diff. Every run must end in a result or an
InputError; anything else is an internal error, printed with a reproducer (seed and case number).

    python scripts/fuzz.py --count 5000 --seed 1 [--show 5] [--save DIR]

Mutations of the bundled sources' text: delete, duplicate, swap and split lines, insert random
Unicode (①, ², 一, （一一）, zero-width, tabs, CR, NUL, 5,000-digit numbers), shuffle and drop cells of a
row, renumber 序号, truncate, flip bytes, re-encode. A share of the cases are files of other formats
built from the seeds (tests/readers_build.py) and mutated as files: .xlsx (the sheet XML edited: noise,
far cell references up to XFD1048576, hidden rows and columns, broken tags; or zip bytes flipped and
cut), .html (tags, hidden styles, huge spans, noise; bytes flipped) and .pdf (content streams, object
numbers, /Count and /Length edited; bytes flipped and cut), each read from a file by read_document.
Deterministic for a seed."""

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
FORMATS = (("text", 0.55), ("xlsx", 0.17), ("html", 0.17), ("pdf", 0.11))  # share of the cases
XML_NOISE = ['<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>', '<c r="A9000"><v>1</v></c>',
             '<row r="1048576"><c r="ZZ1"><v>2</v></c></row>', ' hidden="1"',
             '<cols><col min="1" max="3" hidden="1"/></cols>',
             "</row>", "<row>", "<c>", '<c r="-1">', '<c r="A0">', "\x00", "&#xFFFF;", "&#1;", "\uffff", "<is><t>",
             '<mergeCell ref="A1:XFD1048576"/>', '<dimension ref="A1:XFD1048576"/>', "<!DOCTYPE x [<!ENTITY a 'b'>]>"]
HTML_NOISE = ['<span style="display:none">免除全部费用</span>', '<td rowspan="999999">x</td>', '<td colspan="2000000000">',
              "<tr hidden>", "<style>.a{display:none}</style>", '<p class="a">隐藏</p>', "<table>", "</table>", "<tr>",
              "</td>", "<!--", "-->", "<br>" * 50, "<div>" * 300, "\uffff", "&#0;", "<script>", "<th>服务项目</th>",
              '<meta charset="gb2312">', "<?xml version='1.0'?>"]
PDF_NOISE = [b"/Count 150000", b"/Count -1", b"/Length 999999999", b"/Filter /FlateDecode", b"(x) Tj " * 2000,
             b"0 0 m 500 500 l S ", b"BT", b"ET", b"99999 0 R", b"<<", b">>", b"[", b"]", b"stream", b"endstream",
             b"9" * 400, b"/Kids [2 0 R]", b"%%EOF", b"\x00", b"/Type /Page "]
_BUILT: dict = {}


def _format(rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for fmt, share in FORMATS:
        total += share
        if roll < total:
            return fmt
    return "text"


def _built(fmt: str, sid: str) -> bytes:
    """The seed `sid` as a file of `fmt`, built once per run with the test suite's builders."""
    key = (fmt, sid)
    if key not in _BUILT:
        import tempfile

        from polcmp import api
        from tests import readers_build as build

        ctx = api.context(sources=ROOT / "sources", mappings=ROOT / "mappings")
        lst = api.load(str(_source_path(sid)), context=ctx)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"seed.{fmt}"
            if fmt == "xlsx":
                build.seed_xlsx(lst, path)
            elif fmt == "html":
                build.seed_html(lst, path)
            else:  # a PDF of text lines (pure ASCII: the standard fonts), one page per few rows
                rows = [f"{i.seq} {i.service.encode('unicode_escape').decode()[:40]}" for i in lst.items]
                pages = [b"BT /F1 10 Tf 40 800 Td " + b" ".join(b"(%s) Tj 0 -14 Td" % r.encode("ascii", "replace")
                                                                for r in rows[k:k + 8]) + b" ET"
                         for k in range(0, max(len(rows), 1), 8)]
                build.write_pdf(path, pages)
            _BUILT[key] = path.read_bytes()
    return _BUILT[key]


def _flip(rng: random.Random, data: bytes, most: int = 20) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randrange(1, most)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _splice(rng: random.Random, data: bytes, noise: list) -> bytes:
    for _ in range(rng.randrange(1, 6)):
        piece = rng.choice(noise)
        piece = piece if isinstance(piece, bytes) else piece.encode("utf-8", "surrogatepass")
        at = rng.randrange(len(data) + 1)
        data = data[:at] + piece + data[at + rng.randrange(0, 3) * rng.randrange(0, 20):]
    return data


def mutate_file(rng: random.Random, fmt: str, data: bytes) -> bytes:
    """A built file mutated as a file: its inner text edited, or its bytes flipped or cut."""
    import io
    import zipfile

    roll = rng.random()
    if roll < 0.15:
        return _flip(rng, data)
    if roll < 0.22:
        return data[: rng.randrange(len(data) + 1)]
    if fmt == "xlsx":
        source = zipfile.ZipFile(io.BytesIO(data))
        sheets = [n for n in source.namelist() if n.startswith("xl/worksheets/")]
        target = rng.choice(sheets)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for info in source.infolist():
                member = source.read(info)
                if info.filename == target:
                    member = _splice(rng, member, XML_NOISE)
                out.writestr(info, member)
        return buffer.getvalue()
    if fmt == "html":
        return _splice(rng, data, HTML_NOISE)
    return _splice(rng, data, PDF_NOISE)


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


def run(count: int, seed: int, show: int = 5, save: Path | None = None, out=sys.stdout,
        formats: bool = True) -> Counter:
    """`formats`: a share of the cases are mutated .xlsx/.html/.pdf files (else text lists only)."""
    import tempfile

    from polcmp import api
    from polcmp.model import InputError
    from polcmp.parse import parse_document
    from polcmp.readers import read_document
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
    folder = Path(tempfile.mkdtemp(prefix="polcmp-fuzz-"))
    for case in range(count):
        rng = random.Random(f"{seed}:{case}")
        sid = rng.choice(SOURCES)
        fmt = _format(rng) if formats else "text"
        started = time.perf_counter()
        if use_alarm:
            signal.alarm(CASE_SECONDS)
        try:
            if fmt == "text":
                data = to_bytes(rng, mutate(rng, texts[sid]))
                name = f"fuzz-{seed}-{case}-{sid}.txt"
                text, encoding = decode_text(data, name)
                parsed = parse_document(TextDocument(name, text, encoding), sid, ctx.mappings)
            else:
                data = mutate_file(rng, fmt, _built(fmt, sid))
                path = folder / f"fuzz-{seed}-{case}-{sid}.{fmt}"
                name = str(path)
                path.write_bytes(data)
                counts[fmt] += 1
                try:
                    parsed = parse_document(read_document(path), sid, ctx.mappings)
                finally:
                    path.unlink()
            api.compare(baseline, parsed, context=ctx)
            counts["result"] += 1
        except InputError as e:
            counts["input error"] += 1
            if e.path != name:
                counts["internal error"] += 1
                failures.append(f"case {case} ({sid}): InputError names {e.path!r}, not the file")
        except Hang:
            counts["hang"] += 1
            failures.append(f"case {case} ({sid}, {fmt}): longer than {CASE_SECONDS} s")
            if save is not None:
                save.mkdir(parents=True, exist_ok=True)
                (save / Path(name).name).write_bytes(data)
        except Exception:  # noqa: BLE001 - counting internal errors is the point
            counts["internal error"] += 1
            failures.append(f"case {case} ({sid}, {fmt}): {traceback.format_exc(limit=-3)}")
            if save is not None:
                save.mkdir(parents=True, exist_ok=True)
                (save / Path(name).name).write_bytes(data)
        finally:
            if use_alarm:
                signal.alarm(0)
        elapsed = time.perf_counter() - started
        slowest = max(slowest, (elapsed, f"case {case} ({sid})"))
    if use_alarm:
        signal.signal(signal.SIGALRM, previous)
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
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
          f"{counts['hang']} hangs, {elapsed:.1f} s (slowest case {counts['slowest ms']} ms; files: "
          f"{counts['xlsx']} .xlsx, {counts['html']} .html, {counts['pdf']} .pdf)")
    return 1 if counts["internal error"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
