"""The .xlsx opened with openpyxl: values, fills, legend, frozen headers, rich-text changes."""

import io

import pytest

from polcmp.render import RenderOptions, render
from tests.render_fixtures import CHECK, COMPARISON, MATRIX, chinese_labels, leftover_chinese

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


def workbook_texts(wb) -> list[str]:
    """The sheet names and every text cell (headers, labels, rich-text clauses as their text)."""
    return [*wb.sheetnames, *(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                               if c.value is not None and not isinstance(c.value, (int, float)))]


@pytest.mark.parametrize("result", [COMPARISON, MATRIX, CHECK], ids=["diff", "coverage", "check"])
def test_english_workbook_has_no_chinese_label(result):
    """`--lang en`: sheet names, header rows, the caveat, statuses, levels, the legend and the findings in
    English; the lists' own text stays as it is."""
    wb = load(render(result, "xlsx", RenderOptions(lang="en")))
    texts = workbook_texts(wb)
    assert leftover_chinese(texts, result) == ""
    shown = "\n".join(texts)
    assert sorted(label for label in chinese_labels(result) if label in shown) == []
    assert texts[len(wb.sheetnames)] == "Note: the baseline is reconstructed from local lists, not the official text"


def test_english_workbooks_sheets_and_heads():
    diff = load(render(COMPARISON, "xlsx", RenderOptions(lang="en")))
    assert diff.sheetnames == ["overview", "pairs", "clauses"]
    overview = [[c.value for c in row] for row in diff["overview"].iter_rows()]
    assert overview[1][0] == "national → tianjin: 流动儿童关爱服务基础清单 → 天津市流动儿童关爱服务清单"
    assert overview[4][:2] == ["change", "items"] and ["reworded", 2] in [row[:2] for row in overview]
    assert ["below the baseline", 1] in [row[:2] for row in overview]
    pairs = [[c.value for c in row] for row in diff["pairs"].iter_rows()]
    assert pairs[0] == ["baseline #", "baseline service", "local #", "local service", "status", "score", "matched by",
                        "uncertain", "level", "notes"]
    assert any(r[4] == "reworded" and r[6] == "assignment" and r[8] == "below the baseline" for r in pairs[1:])
    assert [c.value for c in diff["clauses"][1]] == ["baseline #", "local #", "service", "change", "baseline clauses",
                                                      "local clauses", "level"]
    matrix = load(render(MATRIX, "xlsx", RenderOptions(lang="en")))
    assert matrix.sheetnames == ["Coverage matrix", "天津市", "河北省"]
    ws = matrix["Coverage matrix"]
    assert ws["A2"].value == "Coverage matrix: 流动儿童关爱服务基础清单"
    assert [c.value for c in ws[3]] == ["#", "baseline service", "天津市", "河北省", "regions"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert [values[7][1], values[8][1]] == ["coverage", "added"]
    legend = next(i for i, row in enumerate(values) if row[1] == "Legend")
    assert [values[legend + k][1] for k in range(1, 6)] == ["identical", "reworded", "split", "uncertain", "missing"]
    region = [[c.value for c in row] for row in matrix["天津市"].iter_rows()]
    assert region[2][:5] == ["baseline #", "baseline service", "local #", "local service", "status"]
    check = load(render(CHECK, "xlsx", RenderOptions(lang="en")))
    assert check.sheetnames == ["check results", "天津市"]
    rows = [[c.value for c in row] for row in check["check results"].iter_rows()]
    assert rows[1] == ["list", "level", "code", "file", "line", "table row", "finding"]
    assert rows[2][1] == "error" and rows[2][6] == "baseline service 4 中等职业教育助学服务 is missing"


def test_chinese_workbooks_keep_their_chinese_labels():
    """The default: the same Chinese sheet names, heads and labels as before --lang existed."""
    texts = "\n".join(workbook_texts(load(render(COMPARISON, "xlsx"))) + workbook_texts(load(render(MATRIX, "xlsx")))
                      + workbook_texts(load(render(CHECK, "xlsx"))))
    for label in ("概览", "配对", "条款", "覆盖矩阵", "检查结果", "注意：", "变化", "项数", "基准序号", "本地服务项目",
                  "匹配方式", "覆盖矩阵：流动儿童关爱服务基础清单", "覆盖率", "新增", "图例", "拆分或合并", "清单", "级别",
                  "表格行", "说明", "基准服务 4 中等职业教育助学服务 缺失", "综合匹配", "低于基准"):
        assert label in texts, label
    for english in ("overview", "Coverage matrix", "baseline", "Legend", "reworded", "assignment", "Note:"):
        assert english not in texts, english
