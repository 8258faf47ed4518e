"""GitHub annotations: properties escaped per the workflow-command rules, line= only on text lines."""

from polcmp.render import render
from polcmp.render.github import escape_data, escape_property
from tests.render_fixtures import CHECK


def test_escaping_rules():
    assert escape_data("100%\r\nok") == "100%25%0D%0Aok"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_annotations():
    lines = render(CHECK, "github").splitlines()
    assert lines[0] == ("::error file=sources/天津%2C市%3A清单.txt,line=8,title=polcmp missing-service::"
                        "基准服务 4 中等职业教育助学服务 缺失")
    docx = next(line for line in lines if "清单.docx" in line)
    assert "line=" not in docx and docx.endswith("::表格第 4 行: 第 4 项 法治<b>宣传</b>教育：新增")
    assert "::notice file=sources/天津%2C市%3A清单.txt,line=11,title=polcmp new-code::new-code：100%25%0Asure" in lines
    assert "::error file=sources/broken.doc,title=polcmp unreadable::not a .docx" in lines
    assert "::notice title=polcmp baseline::基准为根据地方清单重建的文本，非官方原件" in lines
    assert lines[-1].startswith("未通过 sources/天津,市:清单.txt：错误 1")
    assert all(line.count("::") in (0, 2) for line in lines)
