"""The output vocabulary: every enum a result carries, each member with its one label and mark (a new
status is one member here and one rule where it is decided)."""

from __future__ import annotations

from enum import Enum


class Vocabulary(str, Enum):
    """A str enum whose members also carry a Chinese label and a one-character mark."""

    def __new__(cls, value: str, label: str, mark: str = ""):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.mark = mark
        return member

    def __str__(self) -> str:
        return self.value


class Status(Vocabulary):
    """How a linked pair differs, most telling first: a pair takes the first status its changes show."""

    REWORDED = ("reworded", "改写", "~")
    RENAMED = ("renamed", "更名", "~")
    TARGET = ("target", "服务对象变化", "~")
    DEPARTMENTS = ("departments", "责任部门变化", "~")
    MOVED = ("moved", "领域变化", "~")
    PUNCTUATION = ("punctuation", "仅标点", "=")
    IDENTICAL = ("identical", "相同", "=")
    COVERED = ("covered", "有对应措施", "~")  # a baseline service a prose plan commits to


class Fate(Vocabulary):
    """What became of an item left without a partner."""

    SPLIT = ("split", "拆分", "÷")
    ADDED = ("added", "新增", "+")
    MERGED = ("merged", "合并", "÷")
    DROPPED = ("dropped", "缺失", "-")
    # a plan names the service only to exclude it, defer it or leave it to existing policy: not coverage
    REFERENCED = ("referenced", "另行规定或按现行政策", "→")


class CellState(Vocabulary):
    """One cell of the coverage matrix."""

    IDENTICAL = ("identical", "相同", "=")
    REWORDED = ("reworded", "改写", "~")
    SPLIT = ("split", "拆分或合并", "÷")
    UNCERTAIN = ("uncertain", "待核实", "?")
    MISSING = ("missing", "缺失", "✗")
    REFERENCED = ("referenced", "另行规定或按现行政策", "→")  # named by a plan without committing to it


class Level(Vocabulary):
    """Commitment level of a linked pair or clause against the baseline."""

    SAME = ("same", "水平相同", "")
    STRONGER = ("stronger", "高于基准", "▲")
    WEAKER = ("weaker", "低于基准", "▼")
    MIXED = ("mixed", "有升有降", "◆")


class Severity(Vocabulary):
    ERROR = ("error", "错误", "✗")
    WARNING = ("warning", "警告", "!")
    NOTICE = ("notice", "提示", "·")


class ReasonKind(Vocabulary):
    """What a level reason compares (JSON keeps the value, people read the label)."""

    NUMBER = ("number", "数量")
    MODALITY = ("modality", "语气")
    SCOPE = ("scope", "范围")
    CONDITION = ("condition", "条件")
    CLAUSE = ("clause", "条款")


class FindingCode(str, Enum):
    """What a finding of `polcmp check` is about: the `code` of a Finding (and of its JSON), the key of
    the renderers' sentence for it. Codes that are a link's status or an item's fate take that word
    (Status, Fate) instead."""

    MISSING_SERVICE = "missing-service"
    EXEMPT = "exempt"
    CLAUSE_DROPPED = "clause-dropped"
    CLAUSE_UNSURE = "clause-unsure"
    MEASURE_ADDED = "measure-added"
    MISSING_COLUMN = "missing-column"
    NUMBERING = "numbering"
    DUPLICATE_SEQ = "duplicate-seq"
    EMPTY_CELL = "empty-cell"
    UNKNOWN_DEPARTMENT = "unknown-department"
    RECONSTRUCTED_BASELINE = "reconstructed-baseline"
    BELOW_BASELINE = "below-baseline"
    BELOW_BASELINE_UNSURE = "below-baseline-unsure"
    ABOVE_BASELINE = "above-baseline"
    UNCERTAIN = "uncertain"
    PARSE_NOTE = "parse-note"

    def __str__(self) -> str:
        return self.value


class Tier(Vocabulary):
    """The level of government a list is issued at (the registry's `level`): what a chain finding is against."""

    NATIONAL = ("national", "国家基础清单")
    PROVINCE = ("province", "省级清单")
    CITY = ("city", "市级清单")
    COUNTY = ("county", "县级清单")

    @classmethod
    def of(cls, level: str) -> Tier | None:
        return next((t for t in cls if t.value == level), None)


def tier_label(level: str, source_id: str = "") -> str:
    """省级清单, or the list's id where its level is not one of the four."""
    tier = Tier.of(level)
    return tier.label if tier else f"{source_id or level}清单"


class ClauseStatus(Vocabulary):
    KEPT = ("kept", "保留", " ")
    CHANGED = ("changed", "改写", "~")
    REMOVED = ("removed", "删除", "-")
    ADDED = ("added", "新增", "+")


class MatchedBy(Vocabulary):
    OVERRIDE = ("override", "人工指定")
    EXACT = ("exact", "内容相同")
    ASSIGNMENT = ("assignment", "综合匹配")
    CLAUSES = ("clauses", "条款匹配")
    ORDER = ("order", "顺序与特征词")  # a leftover pair between the same two anchors on both sides
    TERMS = ("terms", "特征词")  # a row joining several baseline rows, or one part of a divided baseline row
