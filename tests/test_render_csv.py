"""CSV: formula cells neutralised, a BOM for files, the long and the wide coverage shapes."""

import csv
import io

from polcmp.render import encode, render
from polcmp.render.csv import cell
from tests.render_fixtures import BASE, CHECK, COMPARISON, MATRIX, SOURCES


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_formula_starts_are_neutralised():
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert cell(start + "1+1") == ("'" + start + "1+1").replace("\r", "\n")
    assert cell("正常文本") == "正常文本" and cell(-1) == -1
    assert rows(render(SOURCES, "csv"))[2][5] == "'=cmd|' /C calc'!A0"
    parsed = rows(render(BASE, "csv"))
    assert parsed[4][4].startswith("'=HYPERLINK")
    added = rows(render(COMPARISON, "csv"))[-1]
    assert added[-1].startswith("'+送法进校园")


def test_no_cell_starts_a_formula():
    for result in (BASE, COMPARISON, MATRIX, CHECK, SOURCES):
        for row in rows(render(result, "csv")):
            assert not any(value[:1] in ("=", "+", "-", "@", "\t", "\r") for value in row), row


def test_bom_when_written_to_a_file():
    data = encode(render(MATRIX, "csv-wide"), "csv-wide", to_file=True)
    assert data.startswith(b"\xef\xbb\xbf") and "天津市".encode() in data


def test_coverage_long_and_wide():
    long = rows(render(MATRIX, "csv"))
    assert long[0][:6] == ["region", "baseline_seq", "service", "state", "other_seq", "evidence"]
    assert long[3][:4] == ["tianjin", "3", "临时救助服务", "uncertain"]
    wide = rows(render(MATRIX, "csv-wide"))
    assert wide[0] == ["序号", "基准服务项目", "天津市", "河北省", "地区数"]
    assert wide[3] == ["3", "临时救助服务", "待核实▼", "缺失", "1"]
    assert wide[5][1:4] == ["覆盖率", "75%", "50%"]
    assert "基准为根据地方清单重建的文本" in wide[-1][1]
