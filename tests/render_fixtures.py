"""Small hand-built results for the renderer tests: no parsing, no matching, so a scoring change never
rewrites a rendering test. Text is chosen to exercise escaping (| < & = CR) and Chinese punctuation."""

from __future__ import annotations

import dataclasses
import re
from enum import Enum

from polcmp.model import DocumentKind, Item, PolicyList, Provenance
from polcmp.results import (
    CellState,
    Change,
    CheckReport,
    ClauseDiff,
    ClauseStatus,
    Comparison,
    CoverageCell,
    CoverageMatrix,
    Evidence,
    Fate,
    Finding,
    Level,
    LevelReason,
    Link,
    ListCheck,
    MatchedBy,
    PlanComparison,
    RegionCoverage,
    Severity,
    Skipped,
    SourceListing,
    SourceRow,
    Status,
    Unlinked,
    WordOp,
)


def item(seq: int, service: str, content: str, *, path: str = "sources/base.txt", index: int | None = None,
         domain: str = "学有所教", target: str = "流动儿童", departments: tuple[str, ...] = ("教育部",)) -> Item:
    clauses = tuple(part + "；" for part in content.rstrip("。；").split("；"))
    return Item(seq=seq, domain=domain, target=target, service=service, content=content, clauses=clauses,
                departments=departments, department_functions=("教育",), provenance=Provenance(path, seq + 5, seq + 5),
                index=seq - 1 if index is None else index)


BASE = PolicyList("national", "流动儿童关爱服务基础清单", DocumentKind.LIST, "sources/national.txt", (
    item(1, "学前教育服务", "符合条件的就近入园；资助家庭经济困难儿童。"),
    item(2, "义务教育服务", "保障接受义务教育；免除学杂费。"),
    item(3, "临时救助服务", "应当发放临时救助金。"),
    item(4, "中等职业教育助学服务", "=HYPERLINK(\"http://x\")|提供国家助学金。"),
), reconstructed=True)

OTHER_PATH = "sources/天津,市:清单.txt"
OTHER = PolicyList("tianjin", "天津市流动儿童关爱服务清单", DocumentKind.LIST, OTHER_PATH, (
    item(1, "学前教育服务", "符合条件的就近入园，资助家庭经济困难儿童。", path=OTHER_PATH),
    item(2, "义务教育服务", "保障接受义务教育；免除学杂费。", path=OTHER_PATH, target="义务教育阶段流动儿童"),
    item(3, "临时救助服务", "可以发放临时救助金。", path=OTHER_PATH),
    item(4, "法治<b>宣传</b>教育", "+送法进校园|开放日\r\n活动。", path=OTHER_PATH),
))

REWORDED_CLAUSE = ClauseDiff(ClauseStatus.CHANGED, "符合条件的就近入园；", "符合条件的就近入园，",
                             (WordOp("equal", "符合条件的就近入园"), WordOp("delete", "；"), WordOp("insert", "，")))
WEAKER = LevelReason("modality", Level.WEAKER, "应当", "可以", "应当 → 可以: 义务变为可选")

COMPARISON = Comparison(
    BASE, OTHER,
    links=(
        Link(BASE.items[0], OTHER.items[0], Status.REWORDED, 0.912, MatchedBy.ASSIGNMENT,
             changes=(Change(Status.REWORDED, BASE.items[0].content, OTHER.items[0].content),),
             clauses=(REWORDED_CLAUSE, ClauseDiff(ClauseStatus.REMOVED, "资助家庭经济困难儿童。", ""),
                      ClauseDiff(ClauseStatus.ADDED, "", "资助家庭经济困难儿童。"))),
        Link(BASE.items[1], OTHER.items[1], Status.TARGET, 0.95, MatchedBy.EXACT,
             changes=(Change(Status.TARGET, "流动儿童", "义务教育阶段流动儿童", added=("义务教育阶段",)),)),
        Link(BASE.items[2], OTHER.items[2], Status.REWORDED, 0.61, MatchedBy.ASSIGNMENT,
             changes=(Change(Status.REWORDED, "应当发放临时救助金。", "可以发放临时救助金。"),),
             clauses=(ClauseDiff(ClauseStatus.CHANGED, "应当发放临时救助金。", "可以发放临时救助金。",
                                 (WordOp("delete", "应当"), WordOp("insert", "可以"), WordOp("equal", "发放临时救助金。")),
                                 level=Level.WEAKER, level_reasons=(WEAKER,)),),
             confidence=0.55, uncertain=True, level=Level.WEAKER, level_reasons=(WEAKER,)),
    ),
    added=(Unlinked(OTHER.items[3], Fate.ADDED, BASE.items[1], 0.31),),
    dropped=(Unlinked(BASE.items[3], Fate.DROPPED, None, 0.0),),
)

PLAN = PolicyList("hebei", "河北省实施方案", DocumentKind.PLAN, "sources/hebei.txt", (
    item(1, "开展监测摸排", "开展流动儿童监测摸排。", path="sources/hebei.txt"),
    item(2, "保障受教育权利", "保障流动儿童就近入园，落实义务教育免除学杂费政策。", path="sources/hebei.txt"),
))

PLAN_COMPARISON = PlanComparison(
    BASE, PLAN,
    links=(Link(BASE.items[0], PLAN.items[1], Status.COVERED, 0.58, MatchedBy.CLAUSES,
                evidence=(Evidence(PLAN.items[1], "保障流动儿童就近入园", ("就近", "入园"), 0.58),)),
           Link(BASE.items[1], PLAN.items[1], Status.COVERED, 0.4, MatchedBy.CLAUSES,
                evidence=(Evidence(PLAN.items[1], "落实义务教育免除学杂费政策", ("义务教育", "学杂费"), 0.4),),
                confidence=0.5, uncertain=True)),
    added=(Unlinked(PLAN.items[0], Fate.ADDED, None, 0.0),),
    dropped=(Unlinked(BASE.items[2], Fate.DROPPED, None, 0.0), Unlinked(BASE.items[3], Fate.DROPPED, None, 0.0)),
)


def _cells(*states: CellState, evidence=None, levels=None) -> tuple[CoverageCell, ...]:
    evidence, levels = evidence or {}, levels or {}
    return tuple(CoverageCell(s, evidence.get(i, ()), levels.get(i, Level.SAME)) for i, s in enumerate(states))


TIANJIN = RegionCoverage(
    "tianjin", "天津市", OTHER.title, OTHER_PATH, "list",
    _cells(CellState.REWORDED, CellState.IDENTICAL, CellState.UNCERTAIN, CellState.MISSING,
           evidence={i: (Evidence(OTHER.items[i], OTHER.items[i].content),) for i in range(3)},
           levels={2: Level.WEAKER}),
    added=(OTHER.items[3],), comparison=COMPARISON)
HEBEI = RegionCoverage(
    "hebei", "河北省", PLAN.title, PLAN.path, "plan",
    _cells(CellState.REWORDED, CellState.UNCERTAIN, CellState.MISSING, CellState.MISSING,
           evidence={0: PLAN_COMPARISON.links[0].evidence, 1: PLAN_COMPARISON.links[1].evidence}),
    added=(PLAN.items[0],), comparison=PLAN_COMPARISON)

MATRIX = CoverageMatrix(BASE, (TIANJIN, HEBEI), skipped=(Skipped("sources/broken.doc", "not a .docx"),),
                        reconstructed=True)


def many_regions(n: int = 50) -> CoverageMatrix:
    """A matrix of n regions (names from a short list of real ones, numbered), for layout tests."""
    names = ["北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省"]
    states = list(CellState)
    regions = tuple(RegionCoverage(
        f"r{i}", f"{names[i % len(names)]}{i // len(names) or ''}", f"清单{i}", f"sources/r{i}.txt", "list",
        tuple(CoverageCell(states[(i + j) % len(states)]) for j in range(len(BASE.items))), ())
        for i in range(n))
    return CoverageMatrix(BASE, regions, reconstructed=True)


CHECK = CheckReport(
    checks=(ListCheck(OTHER, "national", (
        Finding(Severity.ERROR, "missing-service", OTHER_PATH, 8, base=BASE.items[3]),
        Finding(Severity.WARNING, "clause-dropped", OTHER_PATH, 9, other=OTHER.items[0], base=BASE.items[0],
                quote="资助家庭经济困难儿童。"),
        Finding(Severity.WARNING, "weaker", OTHER_PATH, 10, base=BASE.items[2], other=OTHER.items[2]),
        Finding(Severity.NOTICE, "added", "sources/清单.docx", None, row=4, other=OTHER.items[3]),
        Finding(Severity.NOTICE, "new-code", OTHER_PATH, 11, quote="100%\nsure"),
    ), TIANJIN),),
    unreadable=(Skipped("sources/broken.doc", "not a .docx"),),
    reconstructed=True,
)

SOURCES = SourceListing("sources", (
    SourceRow("national", "全国", "national", "list", 19, "流动儿童在居住地享有关爱服务基础清单", "2024",
              reconstructed=True, file="national.txt"),
    SourceRow("broken", "某市", "city", "list", None, "=cmd|' /C calc'!A0", ""),
))


# ---------------------------------------------------------------- what an English rendering may show in Chinese

CJK = re.compile(r"[\u4e00-\u9fff]")


def data_strings(*results) -> list[str]:
    """Every string the results carry (titles, names, services, clause text, reasons, paths …), longest
    first: the data, shown as it is in both languages. Vocabulary members are codes, not data."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, Enum):
            return
        if isinstance(value, str):
            found.add(value)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, (tuple, list)):
            for v in value:
                walk(v)

    for result in results:
        walk(result)
    return sorted((s for s in found if s), key=len, reverse=True)


def leftover_chinese(texts, *results) -> str:
    """The Chinese characters left in `texts` once the results' own data is taken out: '' when every
    label is English. Whitespace is dropped on both sides, so data cut by markup (a <mark> inside the
    evidence) or by a line break (CR LF in a cell) is still found whole."""
    text = re.sub(r"\s+", "", "".join(texts))
    for s in data_strings(*results):
        text = text.replace(re.sub(r"\s+", "", s), "\n")
    return "".join(CJK.findall(text))


def chinese_labels(*results) -> set[str]:
    """The Chinese wording of every label (the fixed text around a label's {fields} and between its |
    columns, and the vocabularies' labels), less what the results' own data happens to hold."""
    from polcmp.render.labels import TABLE
    from polcmp.results import Vocabulary

    pieces = {piece.strip() for zh, _ in TABLE.values() for piece in re.split(r"\{[^}]*\}|\|", zh)}
    pieces |= {m.label for vocabulary in Vocabulary.__subclasses__() for m in vocabulary}
    data = "\n".join(data_strings(*results))
    return {p for p in pieces if CJK.search(p) and p not in data}
