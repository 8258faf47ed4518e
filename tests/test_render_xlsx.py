"""The .xlsx opened with openpyxl: values, fills, legend, frozen headers, rich-text changes."""

import io

import pytest

from polcmp.render import render
from tests.render_fixtures import CHECK, COMPARISON, MATRIX

openpyxl = pytest.importorskip("openpyxl")


def load(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data), rich_text=True)


def test_matrix_sheet():
    wb = load(render(MATRIX, "xlsx"))
    assert wb.sheetnames == ["覆盖矩阵", "天津市", "河北省"]
    ws = wb["覆盖矩阵"]
    assert ws["A1"].value == "注意：基准为根据地方清单重建的文本，非官方原件"  # the caveat first
    assert [c.value for c in ws[3]] == ["序号", "基准服务项目", "天津市", "河北省", "地区数"]
    assert ws.freeze_panes == "C4"
    # a filter on the header, repeated on every printed page of an A4 landscape sheet, wrapped and tall
    assert ws.auto_filter.ref == "A3:E7" and ws.print_title_rows == "$3:$3"
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "landscape"
    assert ws["C3"].alignment.wrap_text and ws.row_dimensions[3].height >= 16
    assert [c.value for c in ws[6]] == [3, "临时救助服务", "?▼", "✗", 1]
    assert ws["C6"].fill.fgColor.rgb.endswith("6A1B9A") and ws["D6"].fill.fgColor.rgb.endswith("B71C1C")
    assert ws["C8"].value == 0.75 and ws["C8"].number_format == "0%"
    values = [[c.value for c in row] for row in ws.iter_rows()]
    legend = next(i for i, row in enumerate(values) if row[1] == "图例")
    assert [values[legend + k][1] for k in range(1, 6)] == ["相同", "改写", "拆分或合并", "待核实", "缺失"]
    assert ws.cell(legend + 3, 1).fill.fgColor.rgb.endswith("FFD54F")  # rows are 1-based


def test_region_sheet_has_pairs_and_struck_clauses():
    ws = load(render(MATRIX, "xlsx"))["天津市"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[2][:5] == ["基准序号", "基准服务项目", "本地序号", "本地服务项目", "状态"]
    assert ws.auto_filter.ref == f"A3:L{len(rows)}" and ws.print_title_rows == "$3:$3"
    first = ws.cell(4, 10).value  # the base side of 符合条件的就近入园；
    blocks = [b for b in first if not isinstance(b, str)]
    assert [b.text for b in blocks] == ["；"] and blocks[0].font.strike
    other = [b for b in ws.cell(4, 11).value if not isinstance(b, str)]
    assert other[0].text == "，" and other[0].font.u == "single"
    assert any(r[11] and "▼ 低于基准" in r[11] for r in rows)
    dropped = next(r for r in rows if r[4] == "缺失")
    assert dropped[9] == '=HYPERLINK("http://x")|提供国家助学金。'  # text, not a formula
    assert ws.cell(rows.index(dropped) + 1, 10).data_type == "s"


def test_check_and_diff_workbooks():
    wb = load(render(CHECK, "xlsx"))
    ws = wb["检查结果"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[1] == ["清单", "级别", "代码", "文件", "行", "表格行", "说明"]
    assert ws.auto_filter.ref == f"A2:G{len(rows)}"
    assert rows[2][1:5] == ["错误", "missing-service", "sources/天津,市:清单.txt", 8]
    assert ws["B3"].fill.fgColor.rgb.endswith("B71C1C")
    assert rows[-1][2] == "unreadable"
    diff = load(render(COMPARISON, "xlsx"))
    assert diff.sheetnames == ["概览", "配对", "条款"]  # one sheet per view
    overview = [[c.value for c in row] for row in diff["概览"].iter_rows()]
    assert overview[0][0] == "注意：基准为根据地方清单重建的文本，非官方原件"
    assert overview[2][0].startswith("national → tianjin：4 项对 4 项")
    assert ["改写", 2] in [row[:2] for row in overview] and ["低于基准", 1] in [row[:2] for row in overview]
    pairs = diff["配对"]
    rows = [[c.value for c in row] for row in pairs.iter_rows()]
    assert rows[0][:5] == ["基准序号", "基准服务项目", "本地序号", "本地服务项目", "状态"]
    assert pairs.auto_filter.ref == f"A1:J{len(rows)}" and pairs.freeze_panes == "C2"
    assert any(r[8] == "低于基准" and "应当 → 可以" in r[9] for r in rows[1:])
    clauses = diff["条款"]
    crows = [[c.value for c in row] for row in clauses.iter_rows()]
    assert crows[0] == ["基准序号", "本地序号", "服务项目", "变化", "基准条款", "本地条款", "水平"]
    assert clauses.auto_filter.ref == f"A1:G{len(crows)}"
    assert any(r[6] and "低于基准" in r[6] for r in crows[1:])
