"""Bounded, hostile input: special files, oversized files, damaged text, random bytes in every
container; the format is sniffed from content, and a .txt diff imports no other reader."""

import os
import random
import subprocess
import sys
import time

import pytest

from polcmp.model import InputError
from polcmp.readers import SUPPORTED_EXTENSIONS, ReadLimits, read_document, sniff
from tests.conftest import ROOT
from tests.readers_build import HEADER, fields, parsed, seed_csv, seed_docx, seed_html, seed_xlsx, write_ods


def test_limits_are_documented_and_overridable():
    doc = ReadLimits.__doc__
    for name in ReadLimits.__dataclass_fields__:
        assert name in doc, f"{name} is not documented in ReadLimits"
    small = ReadLimits(max_bytes=10)
    assert small.max_bytes == 10 and ReadLimits().max_bytes == 20 * 1024 * 1024
    with pytest.raises(AttributeError):
        small.max_bytes = 5  # frozen


def test_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "list.txt"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"list\.txt: is a FIFO \(named pipe\), not a list file"):
        read_document(fifo)
    assert time.perf_counter() - start < 1


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_device_is_refused():
    with pytest.raises(InputError, match=r"/dev/zero: is a device, not a list file"):
        read_document("/dev/zero")


def test_50_mb_text_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: the refusal must come from the size, before reading
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"huge\.txt: is 50\.0 MiB, more than the 20\.0 MiB a list file may have"):
        read_document(path)
    assert time.perf_counter() - start < 0.5


def test_byte_limit_is_overridable(tmp_path, lists):
    path = seed_csv(lists["national"], tmp_path / "n.csv")
    with pytest.raises(InputError, match="more than the 100 bytes"):
        read_document(path, limits=ReadLimits(max_bytes=100))
    assert fields(parsed(path)) == fields(lists["national"])


def test_a_few_bad_bytes_are_replaced_and_noted(tmp_path, lists):
    text = (ROOT / "sources" / "qingdao.txt").read_bytes()
    damaged = text.replace("普惠性幼儿园".encode(), b"\xff\xfe" + "普惠性幼儿园".encode(), 1)
    path = tmp_path / "damaged.txt"
    path.write_bytes(damaged)
    result = parsed(path, "qingdao")
    assert len(result.items) == len(lists["qingdao"].items)
    assert any("2 undecodable bytes replaced" in n and "line 9" in n for n in result.notes), result.notes
    assert "\ufffd" in result.items[1].content


def test_too_many_bad_bytes_is_an_error(tmp_path):
    text = (ROOT / "sources" / "qingdao.txt").read_bytes()
    path = tmp_path / "broken.txt"
    path.write_bytes(text.replace("服务".encode(), b"\xff\xfe\xfd"))
    with pytest.raises(InputError, match=r"broken\.txt: is not a text file in a known encoding"):
        read_document(path)


@pytest.mark.parametrize(("make", "expected"), [
    (lambda d, lst: seed_xlsx(lst, d / "x.pdf"), "xlsx"),
    (lambda d, lst: seed_docx(lst, d / "x.xlsx"), "docx"),
    (lambda d, lst: write_ods(d / "x.docx", [HEADER]), "ods"),
    (lambda d, lst: seed_html(lst, d / "x.txt"), "html"),
    (lambda d, lst: seed_csv(lst, d / "x.csv", "gbk"), "csv"),
])
def test_format_is_sniffed_from_content(tmp_path, lists, make, expected):
    assert sniff(make(tmp_path, lists["national"])) == expected


def test_ole2_kinds_are_told_apart(tmp_path):
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    for stream, suffix, expected in (("WordDocument", ".doc", "doc"), ("WordDocument", ".wps", "wps"),
                                     ("Workbook", ".doc", "xls")):
        path = tmp_path / f"f{suffix}"
        path.write_bytes(head + stream.encode("utf-16-le") + b"\0" * 100)
        assert sniff(path) == expected


def test_supported_extensions():
    for ext in (".txt", ".docx", ".doc", ".wps", ".odt", ".rtf", ".xlsx", ".xls", ".ods", ".csv", ".tsv",
                ".html", ".htm", ".pdf", ".md", ".json"):
        assert ext in SUPPORTED_EXTENSIONS


def _mutations(data: bytes, rng: random.Random, count: int):
    for _ in range(count):
        buf = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            kind = rng.random()
            at = rng.randrange(len(buf))
            if kind < 0.6:
                buf[at] = rng.randrange(256)
            elif kind < 0.8:
                del buf[at: at + rng.randint(1, 200)]
            else:
                buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 50)))
        yield bytes(buf)


@pytest.mark.parametrize("kind", ["docx", "xlsx", "ods", "html", "csv", "pdf"])
def test_mutated_files_only_ever_raise_input_error(tmp_path, lists, kind):
    """Seeded: a few dozen damaged copies of each format; each reads or fails with an InputError
    naming the file, never anything else."""
    lst = lists["tianjin"]
    if kind == "pdf":
        from tests.readers_build import write_pdf
        original = write_pdf(tmp_path / "o.pdf", [b"BT /F1 12 Tf 72 720 Td (x) Tj ET"] * 3).read_bytes()
    else:
        builders = {"docx": seed_docx, "xlsx": seed_xlsx, "html": seed_html, "csv": seed_csv,
                    "ods": lambda lst, p: write_ods(p, [HEADER, *[[it.domain, str(it.seq), it.target, it.service,
                                                                  it.content, ""] for it in lst.items]])}
        original = builders[kind](lst, tmp_path / f"o.{kind}").read_bytes()
    rng = random.Random(f"polcmp-{kind}")
    path = tmp_path / f"mutated.{kind}"
    for data in _mutations(original, rng, 40):
        path.write_bytes(data)
        try:
            read_document(path)
        except InputError as e:
            assert str(path) in str(e) and "\n" not in e.message


def test_a_text_diff_imports_no_other_reader():
    """`polcmp diff` of two .txt lists loads the text reader only (the import budget)."""
    code = ("import sys, runpy; sys.argv = ['polcmp', 'diff', 'guangxi', 'tianjin', '--format', 'json']\n"
            "try:\n    runpy.run_module('polcmp', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "heavy = ('lxml', 'docx', 'openpyxl', 'python_calamine', 'pdfplumber', 'pdfminer', 'zipfile')\n"
            "loaded = [n for n in sys.modules if n.split('.')[0] in heavy or (n.startswith('polcmp.readers.')\n"
            "          and n.rsplit('.', 1)[1] not in ('text', 'detect', 'document', 'limits', 'files'))]\n"
            "sys.stderr.write(repr(sorted(loaded)))")
    # The first run fills the cache; jieba's first dictionary load imports pkg_resources (and zipfile with it),
    # which is jieba's start-up, not a reader's. The second run is what a user sees every time after.
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stderr.strip().endswith("[]"), out.stderr[-500:]
    assert '"pairs"' in out.stdout  # the diff really ran


def test_cli_batch_extensions_match_the_readers():
    from polcmp.batch import LIST_EXTENSIONS

    assert set(LIST_EXTENSIONS) == set(SUPPORTED_EXTENSIONS)


def test_a_text_line_longer_than_a_cell_may_be_is_refused(tmp_path):
    path = tmp_path / "long.txt"
    head = "服务领域\t序号\t服务对象\t服务项目\t服务内容\t责任部门\n"
    path.write_text(head + "甲\t1\t儿童\t服务\t" + "流" * 2_000 + "\t民政局\n", encoding="utf-8")
    read_document(path, limits=ReadLimits(max_cell_chars=3_000))
    with pytest.raises(InputError) as refused:
        read_document(path, limits=ReadLimits(max_cell_chars=999))
    assert str(path) in str(refused.value) and "line 2 has" in refused.value.message
