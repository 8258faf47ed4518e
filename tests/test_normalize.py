"""normalize: invisible characters removed first, control characters neutralised, mappings TOML typed."""

import shutil

import pytest

from polcmp.mappings import load_mappings
from polcmp.model import DocumentKind, InputError
from polcmp.normalize import clean, split_departments, strip_invisible
from polcmp.parse import parse_document
from polcmp.readers import TextDocument
from tests.conftest import ROOT

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("zw", ZW)
def test_zero_width_characters_are_removed(zw):
    assert clean(f"流动{zw}儿童{zw}") == "流动儿童"
    assert strip_invisible(f"{zw}服务{zw}项目") == "服务项目"


def test_control_characters_become_spaces_and_vanish_between_chinese():
    assert clean("流动儿童\r随迁子女") == "流动儿童随迁子女"
    assert clean("a\x0bb\x0cc\x85d") == "a b c d"
    assert clean("健康\u2028服务") == "健康服务"
    assert "\r" not in clean("为流动儿童提供服务。\r\n")


@pytest.mark.parametrize("sid", ["national", "tianjin", "heilongjiang"])
def test_zero_width_everywhere_parses_like_the_clean_list(lists, mappings, sid):
    text = (ROOT / "sources" / f"{sid}.txt").read_text(encoding="utf-8")
    dirty = "".join(ch + ("\u200b" if i % 7 == 0 else "") + ("\ufeff" if i % 11 == 0 else "")
                    for i, ch in enumerate(text))
    parsed = parse_document(TextDocument(f"{sid}.txt", dirty, "utf-8"), sid, mappings)
    fields = [(i.seq, i.service, i.content, i.departments) for i in parsed.items]
    assert fields == [(i.seq, i.service, i.content, i.departments) for i in lists[sid].items]


def test_department_trailers():
    assert split_departments("省民政厅牵头，省教育厅、省公安厅按职责分工负责") == ("省民政厅", "省教育厅", "省公安厅")


def _mappings_folder(tmp_path, departments=None, overrides=None, exemptions=None):
    folder = tmp_path / "mappings"
    shutil.copytree(ROOT / "mappings", folder)
    for name, text in (("departments", departments), ("overrides", overrides), ("exemptions", exemptions)):
        if text is not None:
            (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def test_an_alias_written_as_a_string_is_an_error_naming_the_key(tmp_path):
    folder = _mappings_folder(tmp_path, departments='[functions]\n"宣传" = "市委宣传部"\n"教育" = ["教育局"]\n')
    with pytest.raises(InputError) as caught:
        load_mappings(folder)
    assert caught.value.path.endswith("departments.toml")
    assert "functions.宣传" in caught.value.message and "string" in caught.value.message


def test_a_list_of_aliases_maps_whole_names(tmp_path):
    folder = _mappings_folder(tmp_path, departments='[functions]\n"宣传" = ["市委宣传部"]\n"教育" = ["教育局"]\n')
    mappings = load_mappings(folder)
    assert mappings.department_function("市委宣传部") == "宣传"
    assert mappings.department_function("市教育局") == "教育"
    assert mappings.department_function("市") is None


@pytest.mark.parametrize("file,text,key", [
    ("departments", "functions = 3\n", "functions"),
    ("departments", '[functions]\n"教育" = [1, 2]\n', "functions.教育"),
    ("departments", '[functions]\n"教育" = [""]\n', "functions.教育"),
    ("departments", '[functions]\n"教育" = {a = "b"}\n', "functions.教育"),
    ("overrides", 'force = "x"\n', "force"),
    ("overrides", '[[force]]\nbase = "national"\nbase_seq = "19"\nother = "guangxi"\nother_seq = 22\n', "base_seq"),
    ("overrides", '[[forbid]]\nbase = 1\n', "base"),
    ("exemptions", '[[exemption]]\nlist = "qingdao"\nbaseline_seq = true\n', "baseline_seq"),
    ("exemptions", 'exemption = [1, 2]\n', "exemption"),
])
def test_wrongly_typed_toml_is_an_input_error(tmp_path, file, text, key):
    folder = _mappings_folder(tmp_path, **{file: text})
    with pytest.raises(InputError) as caught:
        load_mappings(folder)
    assert caught.value.path.endswith(f"{file}.toml")
    assert key in caught.value.message


def test_unreadable_or_invalid_toml_is_an_input_error(tmp_path):
    folder = _mappings_folder(tmp_path, departments="[functions\n")
    with pytest.raises(InputError, match="not valid TOML"):
        load_mappings(folder)
    (folder / "departments.toml").unlink()
    (folder / "departments.toml").mkdir()
    with pytest.raises(InputError, match="cannot be read"):
        load_mappings(folder)


def test_the_bundled_mappings_load(mappings):
    assert mappings.department_function("省卫健委") == "卫生健康"


def test_spaces_and_punctuation_judged_by_neighbours_as_the_lookaround_patterns_did():
    """clean() finds spaces and half-width punctuation with small patterns and judges the neighbours in
    Python; the result is that of the lookaround patterns it replaced (slow to compile: a CJK class)."""
    import random
    import re

    cjk = r"\u3400-\u9fff\uf900-\ufaff"
    space = re.compile(rf"(?<=[{cjk}\d，。；：、“”（）])\s+(?=[{cjk}\d，。；：、“”（）])")
    punct = re.compile(rf"(?<=[{cjk}\d）”])([,;:?!])|([()])")
    half = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}

    def before(text):
        return space.sub("", punct.sub(lambda m: half[m.group(1) or m.group(2)], text))

    from polcmp.normalize import _HALF_PUNCT_RE, _SPACES, _full_width, _space_or_none

    alphabet = "中文服务a b1 2,;:?!()（）“”，。\t\u3000\u00a0丨豈٣"
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14)))
        assert _SPACES.sub(_space_or_none, _HALF_PUNCT_RE.sub(_full_width, text)) == before(text), repr(text)


def test_radical_code_points_read_as_the_characters_they_stand_for():
    """Some PDF fonts (a web page printed from a browser) emit radicals for ordinary characters."""
    assert clean("服务项⽬") == "服务项目"  # ⽬ U+2F6C, a Kangxi radical (Unicode compatibility mapping)
    assert clean("市⺠政局会同有关部⻔") == "市民政局会同有关部门"  # ⺠ ⻔: the radicals supplement (data/radicals.txt)
    assert clean("⼉童") == "儿童"


def test_a_list_typed_with_radicals_is_read_as_a_list(tmp_path):
    from polcmp.sources import load_list, load_registry

    national = (ROOT / "sources" / "national.txt").read_text(encoding="utf-8")
    radicals = national.replace("服务项目", "服务项⽬").replace("民政", "⺠政").replace("儿童", "⼉童")
    assert radicals != national
    path = tmp_path / "printed.txt"
    path.write_text(radicals, encoding="utf-8")
    lst = load_list(str(path), load_registry(None), load_mappings(None))
    assert lst.kind is DocumentKind.LIST and len(lst.items) == 19
    assert "⺠" not in "".join(it.content + "".join(it.departments) for it in lst.items)
