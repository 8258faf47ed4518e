"""The level probe (tests/fixtures/level_probe.toml): local rows written to test wording polcmp had not
seen, each diffed in place of its row of the national list. A rewording or a stronger row judged weaker
is the confident wrong answer a CI gate turns into a failed check."""

from scripts.level_probe import judge_probe


def test_no_rewording_or_stronger_row_is_judged_weaker():
    judged = judge_probe()
    assert len(judged) == 56 and all(level != "unpaired" for _, level, _ in judged)
    wrong = [(row["id"], row["truth"], [r.explanation for r in reasons]) for row, level, reasons in judged
             if row["truth"] in ("same", "stronger") and level == "weaker"]
    assert not wrong
    # and most weaker rows are seen (13 of 15 when written; a drop below 12 is a regression)
    assert sum(1 for row, level, _ in judged if row["truth"] == level == "weaker") >= 12
