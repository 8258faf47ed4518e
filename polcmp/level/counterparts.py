"""Which segment of one side is another segment's counterpart: a segment said word for word elsewhere on
the other side lends no cover to one that only shares its verb or its recipients; a segment resembling none
may restate a base promise in other words (the other word of a scope pair, or under a hedge)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..regexcache import compiled
from ..results import Level, ReasonKind
from .markers import LevelMarkers, LevelReason, reason
from .novelty import _what_is_given
from .objects import _given_after_verbs, _object_of, _service_head
from .segments import _hedged
from .side import _Side
from .text import _canon, _core, _short, found_share, some_given_more

# a segment that adds to what its clause has said (…先行救助，并提供临时住所): by its own words not a restatement
ADDS_TO = compiled(r"^(?:并|同时|另外|另|此外|还)")


def _kept_by_another(i: int, j: int, base: _Side, other: _Side, sims, markers: LevelMarkers) -> bool:
    """Base segment i kept word for word by another other segment (免费提供教科书 there), and little of what it
    gives in segment j (免费提供课后服务 beside it; 住房救助 beside 教育救助), or j says it adds (并提供临时住所):
    j only shares i's verb, and is judged on its own."""
    given = _object_of(base.segments[i], markers)
    # (a hedged segment beside it, 必要时可先行救助, qualifies that promise: it stays its counterpart)
    if _hedged(other.segments[j], markers):
        return False
    if ADDS_TO.search(other.segments[j]):
        return _kept_word_for_word(i, j, base, other, sims)
    if len(given) >= 3 and found_share(given, other.segments[j]) >= 0.5:
        return False
    # a base segment that gives no object (就近在普惠性幼儿园入园) and is j's only counterpart: j stays it unless
    # what j gives is not in it (免除保育教育费 beside it), when j is judged alone
    if len(given) < 3 and (found_share(_what_is_given(other.segments[j]), base.segments[i]) >= 0.5
                           or any(k != i and sims[k][j] >= markers.thresholds.match for k in range(len(sims)))):
        return False
    return _kept_word_for_word(i, j, base, other, sims)


def _kept_word_for_word(i: int, j: int, base: _Side, other: _Side, sims) -> bool:
    return any(k != j and sims[i][k] >= 0.9 and found_share(base.segments[i], other.segments[k]) >= 0.9
               for k in range(len(other.segments)))


def _said_by_another(i: int, j: int, base: _Side, other: _Side, sims, markers: LevelMarkers) -> bool:
    """Other segment j is another base segment's counterpart, word for word and far closer than to base
    segment i (提供国家助学金 beside 免除…学杂费, both for the same students): it shares i's recipients,
    not what i gives (its object, 学杂费, is not in it). One that says more than that segment (two base
    clauses joined) may say i too."""
    # (or the service it names: 课后 of 免费提供课后服务, not in 免费提供教科书)
    given = _object_of(base.segments[i], markers) or _service_head(base.segments[i], markers)
    return bool(given) and given not in _core(other.segments[j]) \
        and any(row[j] >= sims[i][j] + markers.thresholds.closer and found_share(other.segments[j], base.segments[k]) >= 0.9
                for k, row in enumerate(sims) if k != i)


def restated_in_other_words(o: str, segments: Sequence[str], markers: LevelMarkers) -> list[LevelReason]:
    """A segment resembling no base segment that names what one of them gives with the other word of a
    scope pair (base 按规定享受…免学费政策, other 学费按规定予以减免): the promise restated, in that pair's
    direction, not a service added."""
    said = ""  # o in its own words and as the equivalents read it (中职 as 中等职业教育), made once if needed
    for pair in markers.scope:
        mo = pair.other.search(o)
        if not mo or pair.base.search(o) or some_given_more(o, mo):
            continue
        said = said or _core(o) + "；" + _core(_canon(o, markers))
        for b in segments:
            mb = pair.base.search(b)
            thing = _thing_said(b, mb, said, markers, mo.group()) if mb else ""
            if thing:
                return [reason(ReasonKind.SCOPE, pair.direction, mb.group(), mo.group(),
                               f"{mb.group()}{thing} → {mo.group()}：{pair.explanation}")]
    return []


def _thing_said(b: str, mb: re.Match, said: str, markers: LevelMarkers, named: str = "") -> str:
    """What base segment b gives after the scope word `mb`, as `said` names it, or ''; or four characters of the
    other's scope words (`named`: 疾病治疗 of 提供疾病治疗服务) that b names."""
    # what the verb gives, its first words less a generic tail (学费 of 免学费政策), or the segment's
    # last words (学杂费 of 免除符合条件的…学生学杂费)
    first = re.sub(r"(?:政策|服务|待遇|工作)$", "", _core(b[mb.end():mb.end() + 4]))
    last = _object_of(b, markers)
    # (or one item of what it lists: 地铁 of 免费乘坐市内公交、地铁)
    listed = re.split(r"[、和及与]", b[mb.end():])[1:]
    # (a two-character tail only where it names a fee, 学费 of …在校生学费: 筛查 of …心理健康筛查 is no object)
    tails = [last[-k:] for k in range(len(last), 2, -1)] + ([last[-2:]] if last.endswith("费") else [])
    # (or the first four characters or more of what it gives: 学前教育 of 给予学前教育资助, said 资助…接受学前教育)
    given = next((g for g in _given_after_verbs(b, markers) if g), "")
    heads = [given[:k] for k in range(len(given) - 1, 3, -1)]
    shared = [named[k:k + 4] for k in range(len(named) - 3) if named[k:k + 4] in b]
    return next((t for t in (first, *tails, *map(_core, listed), *heads) if len(t) >= 2 and t in said),
                shared[0] if shared else "")


def hedged_restatement(o: str, base, markers: LevelMarkers) -> list[LevelReason]:
    """A hedged or deferred segment resembling no base segment that names what a plain base segment
    gives (免除…学费 → 免除学费的具体对象和标准另行制定): that promise is restated, weaker."""
    hedge = _hedged(o, markers)
    if not hedge:
        return []
    core = _core(_canon(o, markers))
    for i, b in enumerate(base.segments):
        # (a service named with 服务 is named by what comes before it: 指导 of 家庭教育指导服务, 线下指导在有条件的
        # 社区开展 hedges part of it)
        thing = _object_of(b, markers) or _service_head(b, markers)
        if base.admin[i] or _hedged(b, markers) or not thing:
            continue
        if any(thing[-k:] in core for k in range(len(thing), 1, -1)):
            return [reason(ReasonKind.MODALITY, Level.WEAKER, _short(b, 12), hedge[0][1],
                           f"{_short(b, 12)} → {hedge[0][1]}：加了限定语，承诺减弱")]
    return []


def read_for_ages(base: _Side, other: _Side, sims, markers: LevelMarkers, added: set) -> str:
    """The other side's words whose ages limit the row's group: a segment restating a base segment (its age
    narrows that promise, even in a clause that also adds a sum); not the rest of a clause that adds a
    service or a sum (对0-6岁残疾儿童…按每人每年2万元补助), nor a segment that adds to the promise before it
    (并对新迁入的3岁以下儿童家庭提供1次上门随访): their ages are what they add."""
    # (not a segment like a base segment another segment says far more closely, 就近在普惠性幼儿园入园 kept word for
    # word beside 对在普惠性幼儿园就读学前一年的…免除保育教育费: its age is the fee waiver's)
    th = markers.thresholds
    paired = {j for j in range(len(other.segments))
              if any(sims[i][j] >= th.match and sims[i][j] >= max(sims[i]) - th.closer and not base.admin[i]
                     for i in range(len(base.segments)))}

    def adds_to_a_kept_promise(k: int) -> bool:
        return bool(ADDS_TO.search(other.segments[k])) and any(
            p < k and other.clause_of[p] == other.clause_of[k] for p in paired)

    return other.joined(lambda k: not other.admin[k] and (
        k in paired or (other.clause_of[k] not in added and not adds_to_a_kept_promise(k))))
