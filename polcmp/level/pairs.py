"""A row pair's level, kept: `judge_pair` (from a pair's clause diffs) and `judge_items` (from its two rows'
clauses) look the pair up in the run's memo and the judgement store of earlier runs before the rules
(judge.py) read it. A `diff` whose pairs were all judged before loads none of the rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .. import level as _rules  # the rules, by the package's lazy name: loaded at the first pair judged afresh
from .markers import SAME, Level, LevelJudgement, LevelMarkers, LevelMemo, PairSetting
from .text import _core


def _judged(base: Sequence[str], other: Sequence[str], markers: LevelMarkers, setting: PairSetting,
            memo: LevelMemo | None) -> LevelJudgement:
    """_judge, with pairs kept in the run's memo (a memo of this call alone when None) and its store. The list's
    other rows (`elsewhere`) only ever withdraw a weaker reason (a clause or item said in another row is not
    lost): a pair judged on its own words with no weaker reason is judged the same in any list, and is kept for
    the next list that holds it."""
    memo = (memo or LevelMemo()).of(markers)
    on_its_own = replace(setting, elsewhere=())
    key = (tuple(base), tuple(other), on_its_own)
    alone = memo.judged_once(key, lambda: _rules._judge(base, other, markers, on_its_own, memo))
    if not setting.elsewhere or all(r.direction is not Level.WEAKER for r in alone.reasons):
        return alone
    key = (tuple(base), tuple(other), setting)
    return memo.judged_once(key, lambda: _rules._judge(base, other, markers, setting, memo), in_run=False)


ON_ITS_OWN = PairSetting()  # a pair judged on its clauses alone


def judge_pair(clause_diffs: Sequence, markers: LevelMarkers, setting: PairSetting = ON_ITS_OWN, *,
               memo: LevelMemo | None = None) -> LevelJudgement:
    """The level of a linked row pair from its clause diffs (objects with .status kept / changed /
    removed / added, .base, .other). setting: the two 服务对象 and 服务项目 and the rows around the pair
    (PairSetting); memo: the run's LevelMemo of `markers` (None: nothing kept beyond this call)."""
    base = [c.base for c in clause_diffs if c.status != "added" and c.base]
    other = [c.other for c in clause_diffs if c.status != "removed" and c.other]
    if all(c.status == "kept" for c in clause_diffs) and setting.targets[0] == setting.targets[1]:
        return SAME
    return _judged(base, other, markers, _hashable(setting), memo)


def judge_items(base_clauses: Sequence[str], other_clauses: Sequence[str], markers: LevelMarkers,
                setting: PairSetting = ON_ITS_OWN, *, memo: LevelMemo | None = None) -> LevelJudgement:
    """The level of a linked row pair from the two rows' clauses, without a clause diff (what coverage
    uses: no word diff, no tokenizer). Gives the judgement judge_pair gives on the pair's clause diff:
    the rule reads every clause of each side, and a pair whose clauses are the same words is SAME."""
    targets = setting.targets
    if targets[0] == targets[1] and sorted(map(_core, base_clauses)) == sorted(map(_core, other_clauses)):
        return SAME
    return _judged(base_clauses, other_clauses, markers, _hashable(setting), memo)


def _hashable(setting: PairSetting) -> PairSetting:
    # the memo keys on the setting; rows around the pair may come as lists (copied only then: a hot path)
    if isinstance(setting.elsewhere, tuple) and isinstance(setting.elsewhere_base, tuple):
        return setting
    return replace(setting, elsewhere=tuple(setting.elsewhere), elsewhere_base=tuple(setting.elsewhere_base))
