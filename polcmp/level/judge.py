"""The level rules: `_judge` reads a pair of rows (their clauses, 服务对象 and 服务项目) as two sides (`side._Side`) and
gives every reason the rules find, both ways (the package's docstring says what each compares); `judge_clause`
judges one clause pair. Loaded only when a pair is judged afresh: a kept judgement (judgecache.py) needs none."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..regexcache import compiled
from .ages import ages_dropped, content_age_reasons
from .alike import _similar
from .caps import season_kept_to, season_lifted
from .carers import carers_changed
from .charges import (
    benefits_lost,
    cap_lifted,
    charge_brought_in,
    charge_dropped,
    charge_waived,
    free_now_charged,
    helps_pay_for_a_free,
    paid_for_now_free,
    part_of_a_charge,
    priced_anew,
    waiver_narrowed,
    waiver_widened,
)
from .conditions import (
    condition_dropped,
    conditions_of_a_base_segment,
    helps_toward_home,
    lifted_here,
    new_conditions,
    no_promise_of_its_own,
    qualifier_reasons,
    unlifted,
    without_conditions,
)
from .counterparts import _kept_by_another, _said_by_another, hedged_restatement, read_for_ages, restated_in_other_words
from .either import either_changed
from .items import gained_predicates, lost_items
from .lines import raised_lines
from .markers import (
    SAME,
    Level,
    LevelJudgement,
    LevelMarkers,
    LevelMemo,
    LevelReason,
    Marker,
    PairSetting,
    ReasonKind,
    reason,
)
from .narrowed import swaps_explain, word_about_only
from .novelty import _is_new_service, _new_marker_reasons, _said_of_something_else, everyone_lost, family_acts, more_for_some
from .objects import _object_named
from .procedures import procedure_reasons
from .quantities import floor_against, lost_quantities, new_quantity_reasons, new_sum
from .restates import gives_nothing, narrowing_kept, narrowing_lifted
from .schools import grade_reasons, places_added, school_reasons, without_schools_held_at
from .segments import (
    _equal_treatment,
    _found_elsewhere,
    _hedged,
    _names_the_service,
    _segment_lost,
    _segment_pair,
    _strip,
)
from .served import content_condition_reasons
from .shares import converse_shares
from .side import _Side, _side, glossed_away, glosses, row_hedges
from .stated import stated_change_reasons, told_by_a_change, without_history
from .text import (
    _canon,
    _conditions,
    _core,
    _find,
    _longest_common,
    _new_floor,
    _short,
    found_share,
    normalize_numbers,
    without_comparators,
)
from .verdict import each_once, level_of
from .waiting import wait_change, waits_read_once
from .who import target_reasons

# ---------------------------------------------------------------- the judgement


def _judge(base_clauses: Sequence[str], other_clauses: Sequence[str], markers: LevelMarkers,
           setting: PairSetting, memo: LevelMemo | None = None) -> LevelJudgement:
    targets, names = setting.targets, setting.names
    stated = stated_change_reasons("；".join((*base_clauses, targets[0])), other_clauses, markers)
    other_clauses = converse_shares(base_clauses, other_clauses)
    base_clauses, other_clauses = tuple(map(without_history, base_clauses)), tuple(map(without_history, other_clauses))
    base = _side(base_clauses, markers, targets[0], names[0], memo, glosses(other_clauses))
    other = _Side(other_clauses, markers, targets[1], names[1], base.glosses)
    sims = [[_similar(b, o, markers) for o in other.segments] for b in base.segments]
    added: set = set()  # the other side's clauses that add a service: an age in them limits that service only
    reasons = [*_other_side_reasons(base, other, sims, markers, setting.elsewhere_base, added),
               *_base_side_reasons(base, other, sims, markers, setting.elsewhere),
               *_group_reasons(base, other, targets, names, markers)]
    if targets[0] and targets[1] and targets[0] != targets[1]:
        reasons += target_reasons(targets[0], targets[1], base.text, other.text, markers)
    reasons += content_condition_reasons(base.text, other.text, targets, markers)
    reasons += school_reasons(targets[0], targets[1], base.text, other.text) \
        + grade_reasons("；".join((targets[0], base.text)), "；".join((targets[1], other.text)))
    ages_of_the_group = read_for_ages(base, other, sims, markers, added)
    reasons += content_age_reasons("；".join((base.text, targets[0])), base.text, ages_of_the_group, markers, names[0]) \
        + ages_dropped(base.text, targets[0], "；".join((other.text, targets[1], names[1])), markers)
    reasons += procedure_reasons(base.whole, other.whole, markers)
    reasons += lifted_here(base, other, markers) + qualifier_reasons(base, other, sims, targets, markers)
    reasons += lost_quantities(base.text, other.text, markers) + charge_brought_in(base.text, other.text, markers)
    reasons += gained_predicates(base.whole, other.text, markers) + row_hedges(base, other) \
        + carers_changed(base.text, other.text) + either_changed(base.conditioned, other.conditioned) \
        + wait_change(base.text, other.text) + word_about_only(base.text, other.text)
    reasons = waits_read_once([r for r in glossed_away(reasons, base, other, markers) if not told_by_a_change(r, stated)])
    reasons = raised_lines(reasons, base.text, other.text)
    reasons = swaps_explain(each_once(places_added(reasons, base.text) + stated))
    return LevelJudgement(level_of(reasons), tuple(reasons))


def _other_side_reasons(base: _Side, other: _Side, sims, markers: LevelMarkers,
                        elsewhere_base: Sequence[str], added: set) -> list[LevelReason]:
    """Each segment of the other side against the base segments it resembles (its group); a segment with no group
    is new. added: filled with the clauses that add a service (a limit in them limits that service: 最长3个月)."""
    reasons: list[LevelReason] = []
    for j, o in enumerate(other.segments):
        if other.admin[j]:
            continue
        members = [i for i in range(len(base.segments)) if sims[i][j] >= markers.thresholds.match and not base.admin[i]
                   and not _kept_by_another(i, j, base, other, sims, markers)]
        # the hedge of a base segment said far more closely by another segment (有条件的地方…托育 kept word for
        # word there) is that segment's to compare, unless it only continues this one's hedged clause
        group = [base.segments[i] if sims[i][j] >= _closest(sims[i], other) - markers.thresholds.closer
                 else _strip(base.segments[i], markers) for i in members]
        if group:
            clauses = (base.clauses_holding(members), other.clauses_holding(_saying(members, sims, markers) or [j]))
            reasons += [x for r in _segment_pair("；".join(group), o, markers, row=other.whole, clauses=clauses,
                                                 hedge_weakens=not _made_plainly(members, j, base, other, sims, markers))
                        if not _listed_in_base(r, base, other, markers) and not _quantity_in_base(r, base)
                        for x in floor_against(r, base.whole)]
            reasons += new_conditions(o, other.clause_of[j], base.conditioned, markers, _rest(other, j))
        else:
            reasons += _unpaired(j, base, other, markers, elsewhere_base, added)
    return reasons


def _saying(members: list[int], sims, markers: LevelMarkers) -> list[int]:
    """The other segments that say any of these base segments: a hedge kept in one of their clauses is not
    removed (学费视财力情况予以减免 → 对…在校生，视财力情况减免学费, beside 提供国家助学金)."""
    return [k for k in range(len(sims[0]) if sims else 0) if any(sims[i][k] >= markers.thresholds.match for i in members)]


def _listed_in_base(r: LevelReason, base: _Side, other: _Side, markers: LevelMarkers) -> bool:
    """An item the segment lists that its group lacks but another base segment names (生活照料 of 由户籍地提供
    基本生活条件、生活照料…, where the base gives 照料 in a clause of its own), or a benefit word another base segment
    says as often as the other row does (就近 of 以公办学校为主保障就近入学, moved into the clause before): not gained."""
    if r.kind is not ReasonKind.SCOPE or r.direction is not Level.STRONGER:
        return False
    return (r.explanation.startswith("列举项新增")
            and found_share(_canon(r.other, markers), _canon(base.whole, markers)) >= markers.thresholds.cover) \
        or (r.explanation.endswith("：待遇提高") and 0 < other.whole.count(r.other) <= base.whole.count(r.other))


_PERIOD = compiled(r"每(?:学年|学期|季度|年|月|周|日|天)")
_AMOUNT = compiled(r"\d+(?:\.\d+)?(?:次|小时|个工作日|工作日|天|日|元|%|个月|年)")


def _quantity_in_base(r: LevelReason, base: _Side) -> bool:
    """A quantity the segment adds to its group that another base segment already states (建立一人一档，每月至少
    入户探访1次 → …范围，每月入户探访不少于一次): moved, not added."""
    if r.kind is not ReasonKind.NUMBER or r.direction is not Level.STRONGER or r.base:
        return False
    words = _PERIOD.findall(r.other) + _AMOUNT.findall(normalize_numbers(r.other))
    whole = normalize_numbers(base.whole)
    return bool(words) and all(w in whole for w in words)


def _unpaired(j: int, base: _Side, other: _Side, markers: LevelMarkers, elsewhere_base: Sequence[str],
              added: set[int]) -> list[LevelReason]:
    """Other segment j, resembling no base segment: a service added, a promise restated in other words,
    or what else it says new. added: the clauses adding a service so far (this one's joins it)."""
    o, clause = other.segments[j], other.clause_of[j]
    relief = part_of_a_charge(o, base.whole, other.text, markers)  # (its sum is no benefit added either)
    new = _is_new_service(o, base.text, elsewhere_base, markers) and not relief \
        and not helps_toward_home(o, clause, base.whole, markers) and not helps_pay_for_a_free(o, base.whole)
    if new:
        added.add(clause)
    restated = restated_in_other_words(o, base.segments, markers)
    gained = [] if restated else _gained(o, base, markers, new, clause in added, relief)
    if more_for_some(o, base.text, gained, markers):
        added.add(clause)  # a new sum for some (对0-6岁残疾儿童…按每人每年2万元补助): their age limits that sum
    # a condition of a service or sum the row adds (可凭居住证参加医保; 在本市参保的…报销比例不低于60%) limits that alone
    out = [] if clause in added else new_conditions(o, clause, base.conditioned, markers, _rest(other, j))
    if restated:  # a base promise said again in a clause of its own, its verb changed (免学费 → 学费…减免)
        return out + restated
    return out + gained + hedged_restatement(o, base, markers)


def _gained(o: str, base: _Side, markers: LevelMarkers, new: bool, adds: bool, relief: bool) -> list[LevelReason]:
    """What a segment restating no base promise gives, less the quantities that are not the row's."""
    duties = "|".join(words for _, words in _conditions(o, markers))
    return [r for r in _new_segment_reasons(o, base.text, markers, base.name, new)
            if not _said_of_something_else(r, adds, relief, duties, o, base.text)]


_FULL_COVERAGE = compiled(r"全覆盖|全面覆盖|覆盖(?:率)?(?:达到?)?100%")


def _rest(side: _Side, j: int) -> str:
    """The side's other plain segments than segment j."""
    return "；".join(s for k, s in enumerate(side.segments) if k != j and not side.admin[k])


def _closest(sims_of_base: list[float], other: _Side) -> float:
    return max((x for x, led in zip(sims_of_base, other.led, strict=True) if not led), default=0.0)


def _made_plainly(members: list[int], j: int, base: _Side, other: _Side, sims, markers: LevelMarkers) -> bool:
    """Every base segment of other segment j's group is also said, at least as closely, by another plain
    segment: a hedged segment beside it (发放临时救助金，必要时可先行救助) hedges what it adds, not that promise —
    unless it names a part of the base segment the plain one leaves out (有条件的卫生室提供家庭医生签约服务 beside
    提供基本医疗和基本公共卫生服务, of the base's 提供家庭医生签约、基本医疗和基本公共卫生服务)."""
    # (a segment that only names who, 家庭经济困难的, makes no promise, however alike)
    own, match = _strip(other.segments[j], markers), markers.thresholds.match
    return all(any(sims[i][k] >= max(sims[i][j], match) and k != j and not other.admin[k]
                   and not _hedged(other.segments[k], markers) and not _core(other.segments[k]).endswith("的")
                   and not other.led[k]
                   and not (found_share(own, base.segments[i]) >= match > found_share(own, other.segments[k]))
                   for k in range(len(other.segments)))
               for i in members)


def _new_segment_reasons(o: str, base_text: str, markers: LevelMarkers, name: str, new: bool) -> list[LevelReason]:
    """A segment of the other side like none of the base row's: a lifted requirement, a narrowing, a floor, a service."""
    if narrowed := waiver_narrowed(o, base_text, markers):
        return [narrowed]
    out = _new_marker_reasons(o, base_text, markers) + priced_anew(new_quantity_reasons(o, base_text), o, base_text, markers)
    out += _equal_treatment(o, base_text, markers)
    floor, sum_ = _new_floor(markers.numbers, o), new_sum(o, base_text)
    if floor.endswith("%") and _FULL_COVERAGE.search(base_text) and not _FULL_COVERAGE.search(o):
        whole = _FULL_COVERAGE.search(base_text).group()  # 实现全覆盖 → 覆盖率不低于80%: some left out
        out.append(reason(ReasonKind.NUMBER, Level.WEAKER, whole, floor, f"{whole} → {floor}：覆盖面缩小"))
    elif floor and not _hedged(o, markers):
        out.append(reason(ReasonKind.NUMBER, Level.STRONGER, "", floor, f"新增下限：{floor}（{_short(o)}）"))
    elif sum_ and not _hedged(o, markers):  # 市财政按每生每年800元标准另行发放市级助学金
        added_sum = reason(ReasonKind.NUMBER, Level.STRONGER, "", sum_, f"新增金额标准：{sum_}（{_short(o)}）")
        out += priced_anew([added_sum], o, base_text, markers)
    if new and not _names_the_service(o, name, markers):  # new: _is_new_service, asked once by the caller
        out.append(reason(ReasonKind.CLAUSE, Level.STRONGER, "", o, f"新增服务：{_short(o)}"))
    return out if new else out + season_kept_to(o, base_text)


def _base_side_reasons(base: _Side, other: _Side, sims, markers: LevelMarkers,
                       elsewhere: Sequence[str]) -> list[LevelReason]:
    """Each base segment against the other segments it resembles; one found nowhere (not in the row,
    not elsewhere in the list, not adopted by a reference to the baseline) has no counterpart."""
    th = markers.thresholds
    refers_to_baseline = bool(_find(markers.baseline, other.text))
    kept_conditions = unlifted(other, markers)  # once per pair, not once per base condition
    reasons: list[LevelReason] = []
    for i, b in enumerate(base.segments):
        if base.admin[i]:
            continue
        js = [j for j in range(len(other.segments)) if sims[i][j] >= th.match and not other.admin[j]
              and not _said_by_another(i, j, base, other, sims, markers) and not _family_burden(j, other)]
        group = [other.segments[j] for j in js]
        if group:
            reasons += _segment_lost(b, _joined(js, other), markers, other.whole, other.clauses_holding(js))
            closest = max(js, key=lambda j: sims[i][j])  # (the segment that says it, not one beside it)
            reasons += free_now_charged(b, other.segments[closest], (base.clause_of[i], other.clause_of[closest]), markers)
            reasons += lost_items(b, other.text, elsewhere, markers, base.whole)
        no_promise = no_promise_of_its_own(b, other, markers, base.clause_of[i])
        # (a promise lost whole takes its conditions with it: nothing lifted; a burden lost lifts them)
        if group or no_promise:
            reasons += conditions_of_a_base_segment(b, base.clause_of[i], other.whole, kept_conditions, markers)
        if not (group or refers_to_baseline or no_promise):
            reasons += _unmatched(b, base, other, elsewhere, markers)
    return reasons


# a stage that modifies the group served (为义务教育阶段流动儿童的父母): those of it only
# (or some grades of it: 小学四年级以上流动儿童)
_OF_THE_STAGE = compiled(r"(?:阶段)?(?:[\d一二三四五六]年级(?:及)?(?:以上|以下)?|[高低]年级)?的?(?:在校|在读|在园)?(?:流动)?"
                         r"(?:儿童|学生|子女|在校生)")


def _only_this_stage(m: Marker, hit: re.Match, otext: str, btext: str, markers: LevelMarkers) -> bool:
    """A school stage (grade "stage") put before the group where the base names no stage at all: the
    children of that stage only, not a stage added."""
    # (中小学在校流动儿童: primary and secondary pupils, every stage of school)
    return m.grade == "stage" and bool(_OF_THE_STAGE.match(otext, hit.end())) \
        and not (hit.group() == "小学" and otext[:hit.start()].endswith("中")) \
        and not any(g.grade == "stage" and g.pattern.search(btext) for g in markers.groups)


def _joined(js: list[int], other: _Side) -> str:
    """Segments of the other side as one text: those next to each other in one clause joined by its comma
    (每年免费上门随访，不少于两次: one frequency), the rest by semicolons."""
    out = other.segments[js[0]]
    for prev, j in zip(js, js[1:], strict=False):
        out += ("，" if j == prev + 1 and other.clause_of[j] == other.clause_of[prev] else "；") + other.segments[j]
    return out


def _family_burden(j: int, other: _Side) -> bool:
    """Other segment j says what the family must do (由监护人另行申请临时救助), or only names the case that such a
    segment serves (生活仍然困难的，由监护人另行申请…): it stands in for no promise of the base."""
    segments = other.segments
    return family_acts(segments[j]) or (_core(segments[j]).endswith("的") and j + 1 < len(segments)
                                         and family_acts(segments[j + 1]))


def _unmatched(b: str, base: _Side, other: _Side, elsewhere: Sequence[str], markers: LevelMarkers) -> list[LevelReason]:
    """A base segment with no counterpart in the row: not lost when another row of the list says it (it moved, its
    benefits with it); where the row still names its object, only its benefit words (先行垫付) can be lost; else lost."""
    if gives_nothing(b) or narrowing_kept(b, other.whole, markers):  # (均向流动儿童提供: the things are before it)
        return []
    hedge = _hedged(b, markers)
    # (a hedge whose words take the verb, 可给予, leaves the verb to find: 有条件的可给予照料 → 给予照料; found in
    # the row without its hedge, the promise is made plainly, not merely found)
    if hedge and (_said_plainly(_core(_strip(b, markers)), other, markers)
                  or _said_plainly(_core(_HEDGE_WORDS.sub("", b)), other, markers)):
        return [reason(ReasonKind.MODALITY, Level.STRONGER, hedge[0][1], "", f"不再以{hedge[0][1]}为前提：{_short(b, 24)}")]
    if _found_elsewhere(b, other.whole, elsewhere, markers) or paid_for_now_free(b, other.whole):
        return everyone_lost(b, other.whole, markers)
    if _object_named(b, other.whole, markers, base.whole):
        return benefits_lost(b, other.whole, markers) + everyone_lost(b, other.whole, markers)
    return [_without_counterpart(b, base, other, markers)]


_HEDGE_WORDS = compiled(r"(?:有|具备|具有)条件的|(?<![方才即])可以?")


def _said_plainly(thing: str, other: _Side, markers: LevelMarkers) -> bool:
    """Eight characters of what a hedged base segment gives (家庭医生签约服务 of 逐步推进家庭医生签约服务覆盖流动儿童), the
    whole of a short thing (有条件的可给予照料 → 对生活不能自理的给予照料), or its benefit words (原则上就近安排 →
    就近…入园) said in an unhedged segment of the other row: the hedge is gone, the service kept."""
    benefit = [m for m in markers.benefit if m.pattern.search(thing)]
    return len(thing) >= 4 and any(not _hedged(o, markers) and (_longest_common(thing, _core(o)) >= min(8, len(thing))
                                   or any(m.pattern.search(o) for m in benefit)) for o in other.segments)


def _without_counterpart(b: str, base: _Side, other: _Side, markers: LevelMarkers) -> LevelReason:
    """A base segment no segment of the other side says: lost, unless one says it again with the other word
    of a scope pair (资助…接受学前教育 → 对…免除保育教育费), when that change is the reason."""
    restated = next((r for o in other.segments for r in restated_in_other_words(o, (b,), markers)), None)
    if restated:
        return reason(restated.kind, restated.direction, b, restated.other,
                      f"{b} → {restated.other}：{restated.explanation.partition('：')[2]}")
    return cap_lifted(b, other.whole) or season_lifted(b, other.whole) or narrowing_lifted(b, other.whole, markers) \
        or charge_waived(b, other.whole, markers) or waiver_widened(b, other.segments, markers) \
        or charge_dropped(b, base.whole, other.whole, markers) or condition_dropped(b, markers, other.whole) \
        or reason(ReasonKind.CLAUSE, Level.WEAKER, b, "", f"基准条款无对应：{_short(b)}")


def _group_reasons(base: _Side, other: _Side, targets: tuple[str, str], names: tuple[str, str],
                   markers: LevelMarkers) -> list[LevelReason]:
    """Groups and 学段 named on one side only (content, 服务对象 and service name)."""
    targets = (normalize_numbers(targets[0]), normalize_numbers(targets[1]))  # 3岁至小学入学前 names no 小学
    btext, otext = "；".join((base.text, *targets[:1], *names[:1])), "；".join((other.text, *targets[1:], *names[1:]))
    # (a group named as the standard of equal treatment, 与本市学生同等参加, is not one the service reaches)
    btext, otext = without_comparators(btext, markers), without_comparators(otext, markers)
    btext, otext = without_schools_held_at(btext), without_schools_held_at(otext)  # (在部分中小学开展: a place)
    # a group named inside a condition phrase is no group the service reaches; a group still named
    # anywhere on the other side, even there, is not lost
    bfree, ofree = without_conditions(btext, markers), without_conditions(otext, markers)
    out = []
    for m in markers.groups:
        # (and named in the words as written: 初中 of 在本市初中连续就读满3年 is the child's past schooling)
        # (nor a group the other side names in other words: 其他监护人 as 家长, 监护人（含父母）)
        hb, ho = m.pattern.search(bfree) and m.pattern.search(btext), m.pattern.search(ofree) and m.pattern.search(otext)
        if ho and not m.pattern.search(btext) and not (m.implied_by and m.implied_by.search(btext)):
            if _only_this_stage(m, ho, otext, btext, markers):
                out.append(reason(ReasonKind.SCOPE, Level.WEAKER, "", ho.group(), f"对象缩小：仅{ho.group()}阶段"))
                continue
            out.append(reason(ReasonKind.SCOPE, Level.STRONGER, "", ho.group(), f"对象扩大：新增{ho.group()}"))
        elif hb and not m.pattern.search(otext) and not (m.implied_by and m.implied_by.search(otext)):
            if _only_this_stage(m, hb, btext, otext, markers):  # (the group the base kept to one stage, all of it)
                out.append(reason(ReasonKind.SCOPE, Level.STRONGER, hb.group(), "", f"对象扩大：不再限于{hb.group()}阶段"))
                continue
            out.append(reason(ReasonKind.SCOPE, Level.WEAKER, hb.group(), "", f"对象缩小：未含{hb.group()}"))
    return out


# ---------------------------------------------------------------- public API


def judge_clause(base: str, other: str, markers: LevelMarkers, memo: LevelMemo | None = None) -> LevelJudgement:
    """The level of one linked clause pair (the baseline's wording, the other list's). memo: the run's
    LevelMemo of `markers` (None: nothing kept beyond this call)."""
    if _core(base) == _core(other):
        return SAME
    return _judge([base], [other], markers, PairSetting(), (memo or LevelMemo()).of(markers))
