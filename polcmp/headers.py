"""The header words of a policy list's table (服务领域, 序号, 服务对象, 服务项目, 服务内容, 责任部门 and
their variants) and the field each names. The readers use them to find a table's header row, parse to
place columns: kept here, below both, so a reader never imports parse."""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import clean, is_cjk, to_simplified

FIELDS = ("domain", "seq", "target", "service", "content", "departments")
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "domain": ("服务领域", "服务类别", "领域", "类别", "服务类型", "服务分类"),
    "seq": ("序号", "编号"),
    "target": ("服务对象", "对象", "适用对象", "服务人群"),
    "service": ("服务项目", "项目", "服务事项", "项目名称", "服务名称"),
    "content": ("服务内容", "具体内容", "内容", "服务标准", "服务内容及标准"),
    "departments": ("责任部门", "责任单位", "牵头单位", "牵头部门", "主管部门", "实施部门", "责任主体"),
}
_HEADER_LOOKUP = {word: field for field, words in HEADER_WORDS.items() for word in words}


# A header word not in HEADER_WORDS is placed by what it is made of: its last word names the field
# (服务举措, 主要措施, 工作内容 -> content; 办理部门, 配合单位 -> departments; 适用人群 -> target; 服务事项,
# 事项名称 -> service; 保障类别 -> domain). Checked in order: 服务事项及内容 is content.
HEADER_ENDINGS: tuple[tuple[tuple[str, ...], str], ...] = (
    # 办理时限: a time promised is a commitment; 备注/说明: a remark column can carry one too (受理后10个工作日内办结)
    (("内容", "措施", "举措", "标准", "要求", "时限", "备注", "说明"), "content"),
    (("部门", "单位", "主体", "机构", "机关"), "departments"),
    (("对象", "人群", "群体"), "target"),
    (("项目", "事项", "名称"), "service"),
    (("领域", "类别", "类型", "分类"), "domain"),
)
_MAX_GUESSED = 8  # characters of a header word placed by its ending: longer cells are text, not headers


@lru_cache(maxsize=4096)
def header_field(cell: str) -> str | None:
    if len(cell) > 24:  # header cells are short; most cells are not headers
        return None
    return _HEADER_LOOKUP.get(_header_key(cell))


@lru_cache(maxsize=4096)
def _header_key(cell: str) -> str:
    return re.sub(r"\s|（.*?）|\(.*?\)", "", to_simplified(clean(cell)))


@lru_cache(maxsize=4096)
def header_guess(cell: str) -> str | None:
    """The field a header word names: a known word, else its ending (…措施 -> content). Only for a row
    already taken as a header, or one that looks like one (see header_fields): 民政部门 in a
    责任部门 column would otherwise read as a header."""
    field = header_field(cell)
    if field is not None or len(cell) > 24:
        return field
    key = _header_key(cell)
    if not (2 <= len(key) <= _MAX_GUESSED) or not all(is_cjk(ch) for ch in key):
        return None
    for endings, name in HEADER_ENDINGS:
        if key.endswith(endings):
            return name
    return None


def header_fields(cells) -> list[str | None]:
    """The field of each cell of a row that may be a header: known header words; and, when the row
    looks like a header (no cell a bare number, every cell short), words placed by their endings."""
    exact = [header_field(c) if c and c.strip() else None for c in cells]
    if not _header_shaped([c for c in cells if c and c.strip()]):
        return exact
    return [f if f is not None or not (c and c.strip()) else header_guess(c) for f, c in zip(exact, cells, strict=True)]


def is_header_row(cells) -> bool:
    """At least three cells name fields, one of them 服务项目 (or what stands for it)."""
    fields = header_fields(cells)
    return "service" in fields and sum(f is not None for f in fields) >= 3


def _header_shaped(texts: list[str]) -> bool:
    """Non-empty cells that may all be header words: none a bare number, every one short."""
    return bool(texts) and not any(len(c) > 24 or c.strip().isdigit() or len(_header_key(c)) > _MAX_GUESSED + 2
                                   for c in texts)
