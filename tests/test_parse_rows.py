"""No row silently lost: 序号 duplicated, missing, numbered per 服务领域 or non-numeric keeps every row."""

import re

import docx
import pytest

from polcmp.model import InputError
from polcmp.parse import parse_document
from polcmp.parse.numbers import chinese_numeral, seq_value
from polcmp.readers import TextDocument, read_document
from tests.conftest import ROOT


def _text(sid):
    return (ROOT / "sources" / f"{sid}.txt").read_text(encoding="utf-8")


def _parse(text, mappings, name="list.txt"):
    return parse_document(TextDocument(name, text, "utf-8"), "x", mappings)


def _renumber_rows(text, numbers):
    """Replace the 序号 cell (2nd) of each data row of a tab-per-row list, in order."""
    lines, it = text.split("\n"), iter(numbers)
    for i, line in enumerate(lines):
        cells = line.split("\t")
        if len(cells) >= 5 and cells[1].strip().isdigit():
            cells[1] = next(it)
            lines[i] = "\t".join(cells)
    return "\n".join(lines)


def _renumber_cells(text, numbers):
    """Replace the 序号 cells (a tab then 1, 2, 3 … alone on a line) of a one-cell-per-line list."""
    it, expected = iter(numbers), [1]

    def swap(match):
        if int(match.group(1)) != expected[0]:
            return match.group(0)
        expected[0] += 1
        return "\t" + next(it)

    return re.sub(r"(?m)^\t(\d{1,2})$", swap, text)


@pytest.mark.parametrize("sid,renumber", [("national", _renumber_rows), ("tianjin", _renumber_cells)])
@pytest.mark.parametrize("case", ["duplicate", "per-domain", "circled", "superscript", "chinese", "decimal",
                                  "huge", "empty"])
def test_every_row_kept_whatever_the_numbering(lists, mappings, sid, renumber, case):
    base = lists[sid]
    n = len(base.items)
    numbers = {
        "duplicate": [str(k) for k in range(1, 6)] + ["5"] + [str(k) for k in range(6, n)],
        "per-domain": [str(k) for k in range(1, 4)] + [str(k) for k in range(1, n - 2)],
        "circled": [chr(0x2460 + k) for k in range(n)],
        "superscript": ["¹", "²", "³"] + [str(k) for k in range(4, n + 1)],
        "chinese": ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] + [str(k) for k in range(11, n + 1)],
        "decimal": [f"1.{k}" for k in range(1, n + 1)],
        "huge": ["1", "2", "9" * 5000] + [str(k) for k in range(4, n + 1)],
        "empty": ["1", "2", " "] + [str(k) for k in range(4, n + 1)],
    }[case]
    if sid == "tianjin" and case == "empty":
        pytest.skip("a row without any 序号 cannot be anchored in the one-cell-per-line layout")
    parsed = _parse(renumber(_text(sid), numbers), mappings, f"{sid}.txt")
    assert [it.service for it in parsed.items] == [it.service for it in base.items]
    assert [it.content for it in parsed.items] == [it.content for it in base.items]
    assert [it.index for it in parsed.items] == list(range(n))
    if case != "chinese" or sid != "tianjin":
        assert parsed.notes, "an odd 序号 leaves a note"


def test_duplicate_seq_note_names_both_lines(mappings):
    numbers = [str(k) for k in range(1, 6)] + ["5"] + [str(k) for k in range(6, 19)]
    parsed = _parse(_renumber_rows(_text("national"), numbers), mappings)
    assert [it.seq for it in parsed.items][4:7] == [5, 5, 6]
    assert any("序号 5 repeats" in note for note in parsed.notes)


def test_per_domain_numbering_is_noted(mappings):
    numbers = ["1", "2", "1", "2", "3"] + [str(k) for k in range(1, 15)]
    parsed = _parse(_renumber_rows(_text("national"), numbers), mappings)
    assert len(parsed.items) == 19
    assert any("restarts at 1" in note for note in parsed.notes)


def test_non_numeric_seq_note(mappings):
    numbers = ["1", "1.1"] + [str(k) for k in range(3, 20)]
    parsed = _parse(_renumber_rows(_text("national"), numbers), mappings)
    assert parsed.items[1].seq == 2 and parsed.items[1].index == 1
    assert any("1.1" in note and "position" in note for note in parsed.notes)


def test_page_number_still_dropped(lists):
    assert len(lists["heilongjiang"].items) == 23
    assert any("page number 13" in note for note in lists["heilongjiang"].notes)


@pytest.mark.parametrize("text,value", [("3", 3), ("３", 3), ("③", 3), ("³", 3), ("三", 3), ("3.", 3), ("3、", 3),
                                        ("十", 10), ("十一", 11), ("二十一", 21), ("一百零一", 101), ("（十二）", 12),
                                        ("一一", None), ("十十", None), ("1.1", None), ("9" * 5000, None),
                                        ("", None), ("甲", None), ("零", 0)])
def test_seq_value(text, value):
    assert seq_value(text) == value


def test_chinese_numeral_never_raises():
    for text in ["", "百", "百百", "零十", "一百十十", "九百九十九", "〇", "两"]:
        chinese_numeral(text)
    assert chinese_numeral("九百九十九") == 999


def test_docx_row_ending_one_cell_early_is_kept(tmp_path, mappings):
    document = docx.Document()
    table = document.add_table(rows=3, cols=6)
    for c, name in enumerate(["服务领域", "序号", "服务对象", "服务项目", "服务内容", "责任部门"]):
        table.cell(0, c).text = name
    for c, value in enumerate(["幼有所育", "1", "0-6岁流动儿童", "健康服务", "建立健康档案。", "卫生健康委"]):
        table.cell(1, c).text = value
    for c, value in enumerate(["", "2", "3-6岁流动儿童", "学前教育服务", "就近入园。", "教育局"]):
        table.cell(2, c).text = value
    row = table.rows[2]._tr
    row.remove(row.tc_lst[-1])  # the row ends one cell early (Word's w:gridAfter)
    document.save(tmp_path / "short.docx")
    parsed = parse_document(read_document(tmp_path / "short.docx"), "short", mappings)
    assert [it.service for it in parsed.items] == ["健康服务", "学前教育服务"]
    assert parsed.items[1].content == "就近入园。"  # the reader pads the short row: nothing shifts


def test_row_without_service_or_content_is_noted(mappings):
    text = _text("national").replace("\n", "\n注：本清单由各部门负责解释。\t\t\t\t\t\n", 1)
    text = text + "\n注：本清单自印发之日起施行。\t\t\n"
    parsed = _parse(text, mappings)
    assert len(parsed.items) == 19
    assert any("注：本清单自印发之日起施行" in note for note in parsed.notes)


def test_header_only_is_an_input_error(mappings):
    with pytest.raises(InputError):
        _parse("\t服务领域\n\t序号\n\t服务对象\n\t服务项目\n\t服务内容\n\t责任部门\n", mappings)


def test_an_unknown_column_inside_a_cell_header_does_not_end_it(mappings):
    """province_c's header 序号/…/服务标准/办理渠道/责任部门: 办理渠道 has no field, 责任部门 must still be read."""
    header = "".join(f"\t{c}\n" for c in ["序号", "服务领域", "服务对象", "服务项目", "服务内容", "办理渠道", "责任部门"])
    rows = "".join(
        f"\n\t{n}\n\t{domain}\n\t流动儿童\n\t{service}\n\t{content}\n\t{channel}\n\t{dept}\n"
        for n, domain, service, content, channel, dept in [
            (1, "幼有所育", "健康服务", "建立健康档案。", "社区卫生服务中心", "省卫生健康委"),
            (2, "学有所教", "义务教育服务", "就近入学。", "就读学校", "省教育厅、省公安厅"),
        ])
    parsed = _parse("江淮省清单\n\n" + header + rows, mappings)
    assert [it.departments for it in parsed.items] == [("省卫生健康委",), ("省教育厅", "省公安厅")]
    assert [it.domain for it in parsed.items] == ["幼有所育", "学有所教"]
    assert not parsed.notes


def test_two_columns_read_as_one_field_are_told_apart_by_their_cells(mappings):
    """服务名称 and 服务事项 both name the service: with no content column, the one of long sentences is the
    content (a list headed 领域/编号/适用对象/服务名称/服务事项/牵头单位 was refused)."""
    text = ("临澜市流动儿童关爱服务清单\n领域\t编号\t适用对象\t服务名称\t服务事项\t牵头单位\n"
            "幼有所育\t1\t学龄前随迁儿童\t儿童保健\t在居住地社区卫生服务中心建立健康档案并免费接种免疫规划疫苗。\t市卫健委\n"
            "\t2\t3-6岁随迁儿童\t入园保障\t就近安排进入普惠性幼儿园，家庭困难的幼儿减免保育教育费。\t市教育局\n")
    lst = _parse(text, mappings)
    assert [it.service for it in lst.items] == ["儿童保健", "入园保障"]
    assert lst.items[0].content.startswith("在居住地社区卫生服务中心")


def test_a_time_limit_column_is_part_of_the_commitment(mappings):
    text = ("岚屿省流动儿童关爱服务清单\n服务领域\t序号\t服务对象\t服务项目\t服务内容\t责任部门\t办理时限\n"
            "弱有所扶\t1\t流动儿童\t基本生活保障服务\t协助申领基本生活费。\t省民政厅\t收到申请后5个工作日内转递户籍地\n")
    item = _parse(text, mappings).items[0]
    assert "协助申领基本生活费" in item.content and "5个工作日内" in item.content
