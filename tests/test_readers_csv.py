"""CSV/TSV in UTF-8 with BOM and GBK, and polcmp's own parse --format csv read back."""

import pytest

from polcmp.model import InputError
from polcmp.readers import ReadLimits, read_document, sniff
from tests.readers_build import fields, parsed, seed_csv

SEEDS = ["tianjin", "guangxi", "heilongjiang", "qingdao", "national"]


@pytest.mark.parametrize("sid", SEEDS)
@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_seed_csv_in_every_encoding(tmp_path, lists, sid, encoding):
    try:
        path = seed_csv(lists[sid], tmp_path / f"{sid}.csv", encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{sid} has a character GBK lacks")
    result = parsed(path, sid)
    assert fields(result) == fields(lists[sid])
    assert result.title == lists[sid].title


def test_tsv_and_quoted_line_breaks(tmp_path, lists):
    lst = lists["qingdao"]
    path = seed_csv(lst, tmp_path / "q.tsv", "utf-8", delimiter="\t")
    assert sniff(path) == "tsv"
    assert fields(parsed(path)) == fields(lst)
    rows = read_document(path).tables[0]
    assert all(r.is_line for r in rows) and rows[1].number == 2  # real lines, usable as line=


def test_cell_with_line_break_keeps_its_first_line_number(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text('序号,服务项目,服务内容,责任部门\n1,甲,"第一行\n第二行",民政\n2,乙,内容,教育\n', encoding="utf-8")
    rows = read_document(path).tables[0]
    assert [(r.number, r.cells[2]) for r in rows[1:]] == [(2, "第一行\n第二行"), (4, "内容")]


@pytest.mark.parametrize("sid", [*SEEDS, "hebei"])
def test_own_csv_output_reads_back(run, tmp_path, lists, sid):
    result = run("parse", sid, "--format", "csv")
    path = tmp_path / f"{sid}-parsed.txt"  # the extension does not matter: the header says what it is
    path.write_text(result.stdout, encoding="utf-8")
    assert sniff(path) == "csv"
    assert fields(parsed(path, sid)) == fields(lists[sid])


def test_oversized_cell_is_an_input_error(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("序号,服务项目,服务内容\n1,甲,\"" + "字" * 5000 + "\"\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"big\.csv: is a CSV file \(\.csv\) that cannot be read on line"):
        read_document(path, limits=ReadLimits(max_cell_chars=1000))
