"""Every word polcmp's outputs show a person, in Chinese (the default) and English (`--lang en`): one
table, so no renderer carries wording of its own. JSON keeps its machine codes; these are for people.

    say("zh", "check-passed")                      -> "通过"
    say("en", "summary-items", base=19, other=20)  -> "19 vs 20 items"
    term(Status.REWORDED, "en")                    -> "reworded"   (a Vocabulary member: its Chinese label
                                                                    or its English name)
    level_words(Level.WEAKER, "zh", "广西")         -> "低于广西"    (against a local list, not the baseline)

A key missing from the table is a programming error (KeyError), caught by the tests that render every
result in both languages."""

from __future__ import annotations

LANGS = ("zh", "en")

# key -> (Chinese, English); {fields} are filled by say()
TABLE: dict[str, tuple[str, str]] = {
    # the reconstructed baseline's caveat, on every output that uses it
    "reconstructed": ("基准为根据地方清单重建的文本，非官方原件",
                      "the baseline is reconstructed from local lists, not the official text"),
    "note": ("注意：{text}", "Note: {text}"),
    # a diff
    "summary": ("{base} → {other}{plan}：{n_base} 项对 {n_other} 项；{parts}",
                "{base} → {other}{plan}: {n_base} vs {n_other} items; {parts}"),
    "summary-part": ("{label} {n}", "{n} {label}"),
    "summary-sep": ("，", ", "),
    "plan": ("（实施方案）", " (plan)"),
    "uncertain-count": ("待核实", "uncertain"),
    "clauses-legend": ("条款：－ {base}  ＋ {other}  ~ 改写", "clauses: － {base}  ＋ {other}  ~ reworded"),
    "pair-score": ("相似度 {score}，{how}", "score {score}, {how}"),
    "pair-about": ("相似度 {score}，匹配方式：{how}", "score {score}, matched by {how}"),
    "confidence": ("置信度 {confidence}", "confidence {confidence}"),
    "carved-out": ("{item}  拆自  {base}", "{item}  carved out of  {base}"),
    "folded-into": ("{item}  并入  {other}", "{item}  folded into  {other}"),
    "nearest": ("最接近：{item}，相似度 {score}", "nearest: {item}, score {score}"),
    "field-target": ("服务对象", "target"),
    "field-departments": ("责任部门", "departments"),
    "field-domain": ("服务领域", "domain"),
    "field-service": ("服务项目", "service"),
    "field-content": ("服务内容", "content"),
    "field-level": ("水平", "level"),
    "missing": ("缺失", "missing"),
    "none": ("无", "none"),
    "plan-covered": ("覆盖基准服务 {covered}/{total} 项；缺失：{missing}",
                     "{covered} of {total} baseline services covered; missing: {missing}"),
    "plan-shown": ("{n}（此处显示：{shown}）", "{n} (shown: {shown})"),
    "plan-summary": ("{base} → {other}（实施方案）：覆盖基准服务 {covered}/{total} 项，缺失 {missing} 项，{referenced}"
                     "超出基准的措施 {beyond} 项",
                     "{base} → {other} (plan): {covered} of {total} baseline services covered, {missing} missing, "
                     "{referenced}{beyond} measures beyond the baseline"),
    "plan-referenced": ("仅提及未承诺 {n} 项，", "{n} named without a commitment, "),
    "plan-head": ("序号|基准服务|措施|依据", "#|baseline service|measure|evidence"),
    "plan-beyond": ("超出基准的措施", "measures beyond the baseline"),
    # coverage
    "coverage-title": ("{title} 覆盖情况", "Coverage of {title}"),
    "coverage-columns": ("{title} 覆盖情况；列为基准服务序号", "Coverage of {title}; columns are baseline service numbers"),
    "coverage-services": ("{title} 覆盖情况（{n} 项服务）", "Coverage of {title} ({n} services)"),
    "col-seq": ("序号", "#"),
    "col-service": ("服务", "service"),
    "col-region": ("地区", "region"),
    "col-regions": ("地区数", "regions"),
    "row-coverage": ("覆盖率 %", "coverage %"),
    "row-added": ("新增", "added"),
    "skipped": ("已跳过 {path}：{problem}", "skipped {path}: {problem}"),
    # check
    "check-title": ("polcmp 检查", "polcmp check"),
    "check-passed": ("通过", "PASS"),
    "check-failed": ("未通过", "FAIL"),
    "check-verdict": ("{verdict} {path}：错误 {errors}，警告 {warnings}，提示 {notices}（{against}）",
                      "{verdict} {path}: {errors} errors, {warnings} warnings, {notices} notices ({against})"),
    "check-against": ("对照 {against}", "against {against}"),
    "check-coverage": ("覆盖率 {ratio}%，错误 {errors}", "coverage {ratio}%, {errors} errors"),
    "check-head": ("级别|位置|问题", "level|where|finding"),
    "check-unreadable": ("无法读取", "unreadable"),
    "check-nothing": ("没有可检查的文件", "nothing to check"),
    "baseline-of": ("基准 {id}", "baseline {id}"),
    "chain-of": ("逐级对照 {chain}", "chain {chain}"),
    "line": ("第 {n} 行", "line {n}"),
    "table-row": ("表格第 {n} 行", "table row {n}"),
    "paragraph": ("第 {n} 段", "paragraph {n}"),
    # finding sentences: fields base_seq, base_service, other_seq, other_service, row, quote, detail, code
    "finding:missing-service": ("基准服务 {base_seq} {base_service} 缺失",
                                "baseline service {base_seq} {base_service} is missing"),
    # where it would sit: after (or before) the row holding its neighbour
    "finding:missing-service-after": ("基准服务 {base_seq} {base_service} 缺失（应在第 {other_seq} 项之后）",
                                      "baseline service {base_seq} {base_service} is missing (it would sit after "
                                      "row {other_seq})"),
    "finding:missing-service-before": ("基准服务 {base_seq} {base_service} 缺失（应在第 {other_seq} 项之前）",
                                       "baseline service {base_seq} {base_service} is missing (it would sit before "
                                       "row {other_seq})"),
    "finding:exempt": ("基准服务 {base_seq} {base_service} 缺失，已豁免：{detail}",
                       "baseline service {base_seq} {base_service} is missing, exempted: {detail}"),
    "finding:clause-dropped": ("第 {other_seq} 项 {other_service}：未承诺基准条款「{quote}」",
                               "row {other_seq} {other_service}: baseline clause not promised: 「{quote}」"),
    "finding:clause-unsure": ("第 {other_seq} 项 {other_service}：未找到基准条款原话（请核对，可能换了说法）：「{quote}」",
                              "row {other_seq} {other_service}: baseline clause not found in these words (read it: "
                              "it may be kept in others): 「{quote}」"),
    "finding:added": ("第 {other_seq} 项 {other_service}：新增", "row {other_seq} {other_service}: added"),
    "finding:split": ("第 {other_seq} 项 {other_service}：拆分自基准 {base_seq} {base_service}",
                      "row {other_seq} {other_service}: split, carved out of baseline {base_seq} {base_service}"),
    "finding:merged": ("基准 {base_seq} {base_service} 并入第 {other_seq} 项 {other_service}",
                       "baseline {base_seq} {base_service} merged into row {other_seq} {other_service}"),
    "finding:referenced": ("基准服务 {base_seq} {base_service}：措施 {other_seq} 仅提及，未作承诺（另行规定或按现行政策，"
                           "不计覆盖）：「{quote}」",
                           "baseline service {base_seq} {base_service}: named by measure {other_seq} without a "
                           "commitment (另行规定或按现行政策, not coverage): 「{quote}」"),
    "finding:measure-added": ("措施 {other_seq} {other_service}：超出基准服务",
                              "measure {other_seq} {other_service}: goes beyond the baseline services"),
    "finding:missing-column": ("表格缺少{detail}列", "the table has no {detail} column"),
    "finding:numbering": ("序号未从 1 起连续：{detail}", "序号 not sequential from 1: {detail}"),
    "finding:duplicate-seq": ("序号重复：{detail}", "序号 repeated: {detail}"),
    "finding:empty-cell": ("第 {other_seq} 项：{detail}为空", "row {other_seq}: empty {detail}"),
    "finding:unknown-department": ("第 {other_seq} 项：责任部门不在 mappings/departments.toml 中：{quote}",
                                   "row {other_seq}: department not in mappings/departments.toml: {quote}"),
    "finding:reconstructed-baseline": ("基准为根据地方清单重建的文本，非官方原件",
                                       "the baseline is reconstructed from local lists, not the official text"),
    "finding:below-baseline": ("第 {other_seq} 项 {other_service}：低于基准 {base_seq} {base_service}：{detail}",
                               "row {other_seq} {other_service}: below the level of baseline {base_seq} "
                               "{base_service}: {detail}"),
    "finding:below-baseline-unsure": ("第 {other_seq} 项 {other_service}：或低于基准 {base_seq} {base_service}，"
                                      "未找到这些基准条款原话（请核对）：{detail}",
                                      "row {other_seq} {other_service}: perhaps below the level of baseline "
                                      "{base_seq} {base_service}, baseline clauses not found in these words (read "
                                      "them): {detail}"),
    "finding:above-baseline": ("第 {other_seq} 项 {other_service}：高于基准 {base_seq} {base_service}：{detail}",
                               "row {other_seq} {other_service}: above the level of baseline {base_seq} "
                               "{base_service}: {detail}"),
    "finding:uncertain": ("基准服务 {base_seq} {base_service}：匹配不确定，请核对（最接近：第 {other_seq} 项 "
                          "{other_service}）",
                          "baseline service {base_seq} {base_service}: uncertain match, review it (nearest: row "
                          "{other_seq} {other_service})"),
    "finding:parse-note": ("{detail}", "{detail}"),
    "finding:status": ("第 {other_seq} 项 {other_service}：{label}（对照基准 {base_seq} {base_service}）",
                       "row {other_seq} {other_service}: {code} against baseline {base_seq} {base_service}"),
    "finding:other": ("{code}：{quote}（{detail}）", "{code}: {quote} ({detail})"),
    # the summary above a coverage matrix
    "summary-head": ("序号|基准服务|承接|低于基准|高于基准|缺失|清单数",
                     "#|baseline service|carried|weaker|stronger|missing|lists"),
    "summary-title": ("{n} 份清单对各项基准服务的承接情况（对照 {id}；有升有降的计入低于和高于）",
                      "Baseline services over {n} lists (against {id}; a mixed cell counts as weaker and stronger)"),
    # history
    "history-intro": ("{region}：{n} 个版本，{editions}", "{region}: {n} editions, {editions}"),
    "history-edition": ("{label}（{n} 项）", "{label} ({n} items)"),
    "history-no-change": ("无变化", "no change"),
    "history-title": ("{region} · 历次版本", "{region} · editions"),
    "history-head": ("变化|服务项目|序号|说明", "change|service|#|notes"),
    "history-sheet": ("历次版本", "editions"),
    "history-xlsx-head": ("版本|上一版|变化|服务项目|原序号|新序号|说明",
                          "edition|previous|change|service|old #|new #|notes"),
    "csv-note": ("注：{text}", "Note: {text}"),
    # parse and sources
    "list-about": ("{id} · {kind} · {n} 项", "{id} · {kind} · {n} items"),
    "kind:list": ("清单", "list"),
    "kind:plan": ("实施方案", "plan"),
    "sources-head": ("编号|名称|层级|类型|条目|标题|日期", "id|name|level|kind|items|title|date"),
    "sources-tree": ("层级（上级 → 下级）：", "hierarchy (parent → children):"),
    "reconstructed-short": ("重建", "reconstructed"),
    # levels named against a list that is not the baseline
    "level:stronger": ("高于{reference}", "above {reference}"),
    "level:weaker": ("低于{reference}", "below {reference}"),
    "level:mixed": ("有升有降", "mixed"),
    "level:same": ("水平相同", "same level"),
    "baseline": ("基准", "the baseline"),
    # what the HTML report, the Word 对照表 and the workbook share
    "colon": ("：", ": "),
    "paren": ("（{text}）", " ({text})"),
    "gap": ("　", "  "),  # between two labels in one cell or line
    "sep-semicolon": ("；", "; "),
    "sep-list": ("、", ", "),
    "report-title": ("{title} · 各地清单对照", "{title} · local lists compared"),
    "matrix-heading": ("覆盖矩阵", "Coverage matrix"),
    "matrix-of": ("覆盖矩阵：{title}", "Coverage matrix: {title}"),
    "col-base-service": ("基准服务项目", "baseline service"),
    "row-coverage-rate": ("覆盖率", "coverage"),
    "legend-heading": ("图例", "Legend"),
    "legend": ("图例：{marks}", "Legend: {marks}"),
    "uncertain-mark": ("? 待核实", "? uncertain"),
    "uncertain-confidence": ("? 待核实（置信度 {confidence}）", "? uncertain (confidence {confidence})"),
    "count-heading": ("{label}（{n}）", "{label} ({n})"),
    "col-change": ("变化", "change"),
    "base-clauses": ("基准条款", "baseline clauses"),
    "other-clauses": ("本地条款", "local clauses"),
    "col-notes": ("说明", "notes"),
    # the HTML report
    "meta-baseline": ("基准：{title}", "Baseline: {title}"),
    "meta-regions": ("对照：{n} 个地区（见矩阵）", "Compared: {n} regions (see the matrix)"),
    "meta-compared": ("对照：", "Compared: "),
    "name-title": ("{name}（{title}）", "{name} ({title})"),
    "overview-heading": ("各项基础服务概览", "Overview of the baseline services"),
    "unread": ("未能读取：", "Not read: "),
    "region-covered": ("覆盖 {covered}/{total} 项基准服务", "{covered} of {total} baseline services covered"),
    "region-missing": ("缺失：", "missing: "),
    "plan-services-heading": ("基准服务与方案措施", "Baseline services and the measures of the plan"),
    "plan-outside": ("基准之外的措施", "Measures outside the baseline"),
    "with-reason": ("{text}：{reason}", "{text}: {reason}"),
    "change-line": ("{field}：{base} → {other}", "{field}: {base} → {other}"),
    "change-added": ("（新增 {names}）", " (added {names})"),
    "change-removed": ("（去掉 {names}）", " (removed {names})"),
    "named-base-clauses": ("{name}（基准条款）", "{name} (baseline clauses)"),
    "named-other-clauses": ("{name}（本地条款）", "{name} (local clauses)"),
    "split-from": ("：拆自基准 {item}", ": carved out of baseline {item}"),
    "merged-into": ("：并入 {item}", ": folded into {item}"),
    "chart-title": ("各项基础服务：承接、低于基准、高于基准、缺失的清单数",
                    "Lists per baseline service: carried, weaker, stronger, missing"),
    "chart-counts": ("{carried}/{regions}（▼{weaker} ▲{stronger} ✗{missing}）",
                     "{carried}/{regions} (▼{weaker} ▲{stronger} ✗{missing})"),
    # the Word 对照表
    "docx-title": ("{base}与{other}清单对照表", "{base} and {other}: the lists compared"),
    "docx-base-col": ("基准条款（{name}）", "baseline clauses ({name})"),
    "docx-other-col": ("本地条款（{name}）", "local clauses ({name})"),
    "docx-side-col": ("{name}条款", "{name} clauses"),
    "doc-line": ("{name}：{title}", "{name}: {title}"),
    "item-content": ("{item}：{content}", "{item}: {content}"),
    "compared-lists": ("对照：{n} 份清单", "Compared: {n} lists"),
    # the workbook
    "sheet-overview": ("概览", "overview"),
    "sheet-pairs": ("配对", "pairs"),
    "sheet-clauses": ("条款", "clauses"),
    "sheet-check": ("检查结果", "check results"),
    "sides-titles": ("{base} → {other}：{base_title} → {other_title}", "{base} → {other}: {base_title} → {other_title}"),
    "xlsx-pair-head": ("基准序号|基准服务项目|本地序号|本地服务项目|状态|得分|匹配方式|待核实|变化|基准条款|本地条款|水平",
                       "baseline #|baseline service|local #|local service|status|score|matched by|uncertain|change|"
                       "baseline clauses|local clauses|level"),
    "xlsx-pairs-head": ("基准序号|基准服务项目|本地序号|本地服务项目|状态|得分|匹配方式|待核实|水平|说明",
                        "baseline #|baseline service|local #|local service|status|score|matched by|uncertain|level|"
                        "notes"),
    "xlsx-clauses-head": ("基准序号|本地序号|服务项目|变化|基准条款|本地条款|水平",
                          "baseline #|local #|service|change|baseline clauses|local clauses|level"),
    "xlsx-count-head": ("变化|项数", "change|items"),
    "xlsx-check-head": ("清单|级别|代码|文件|行|表格行|说明", "list|level|code|file|line|table row|finding"),
}


def say(lang: str, key: str, **fields: object) -> str:
    """The label `key` in `lang` (zh unless en), its {fields} filled."""
    zh, en = TABLE[key]
    text = en if lang == "en" else zh
    return text.format(**fields) if fields else text


def columns(lang: str, key: str) -> list[str]:
    """A table head kept as one label, its columns joined by |."""
    return say(lang, key).split("|")


def term(member, lang: str) -> str:
    """A Vocabulary member (Status, Fate, Level, CellState, Severity …) for a person: its Chinese label,
    or its English name (the machine code read as words)."""
    return member.value.replace("-", " ") if lang == "en" else member.label


def level_words(level, lang: str, reference: str = "") -> str:
    """高于基准 / 低于基准, or 高于广西 / 低于广西 when the other side is not the baseline."""
    return say(lang, f"level:{level.value}", reference=reference or say(lang, "baseline"))
