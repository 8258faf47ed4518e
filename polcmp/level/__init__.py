"""Commitment level of a linked pair: does the other list promise more, less, or the same as the baseline?

Pure: the markers (mappings/levels.toml, read by polcmp.mappings) are passed in; nothing here reads a file. The
unit of judgement is the *segment* (a clause cut at ， ； 。): each segment of one side is compared with the segments
of the other side it resembles (its "group"), so a clause that was split, joined or reordered is still judged
against its own wording. Rules, each giving a LevelReason that quotes both sides:

  modality   a segment is hedged (鼓励, 有条件的地方, …) or binding; only a change of state counts
  scope      word pairs (免除 → 减免), widening (一律, 全部, （含…）) and narrowing (仅) words, benefits (免费),
             target groups and 学段 named on one side only, the number of groups in 服务对象
  condition  eligibility conditions and deferrals (居住证, 社保, 学籍, 户籍, 按省有关规定) added or
             removed; a condition named next to 取消/无需/免备案 counts as lifted; one the row's 服务对象
             already names (符合户籍地…条件的) is the row's own, not added nor removed by the content
  number     ages as ranges, years of free education, deadlines, amounts, percentages, counts,
             required years; digits and Chinese numerals; floors (不低于, 至少) and caps (不超过)
  equivalent words that say the same thing (照护 = 生活照料, 实物救助 = 有关物资) are read as one before a
             segment or an item is looked for on the other side (the reasons still quote the real words)
  setting    venues named by examples (在学校、幼儿园…等场所) are set aside when two segments are compared
  clause     a baseline segment with no counterpart in the row (nor, when given, anywhere else in
             the other list) is weaker; a new segment that is a real service (a service verb, not
             hedged, not administrative, not found in the baseline row, not only naming the row's
             服务项目) is stronger

Reasons in both directions make the judgement `mixed`."""

from __future__ import annotations

from ..lazyload import lazy_names

# Each name loads its module at first use (PEP 562): the markers and the kept judgements (pairs) cost a run
# little, the rules (judge and the modules it reads with) load only when a pair is judged afresh.
_WHERE = {
    **dict.fromkeys(("SAME", "Level", "LevelJudgement", "LevelMarkers", "LevelMemo", "LevelReason", "PairSetting",
                     "ReasonKind", "Thresholds", "markers_from_dict"), "markers"),
    **dict.fromkeys(("chinese_number", "found_share", "normalize_numbers"), "text"),
    **dict.fromkeys(("ON_ITS_OWN", "judge_items", "judge_pair"), "pairs"),
    **dict.fromkeys(("_judge", "judge_clause"), "judge"),
    "level_of": "verdict",
}

__all__ = ["SAME", "Level", "LevelJudgement", "LevelMarkers", "LevelMemo", "LevelReason", "PairSetting", "Thresholds",
           "chinese_number", "found_share", "judge_clause", "judge_items", "judge_pair", "level_of",
           "markers_from_dict", "normalize_numbers"]

__getattr__, __dir__ = lazy_names(__name__, _WHERE, globals())
