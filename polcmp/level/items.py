"""What a row gives, as a policy reader compares it: items listed in an enumeration (A、B和C等) lost or gained,
a second promise joined by 并, the groups a list names first (alternatives, 或, are options.py's). Each function
returns reasons quoting both sides."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..regexcache import compiled
from ..results import Level, ReasonKind
from .either import both_made_either
from .markers import LevelMarkers, LevelReason, reason
from .narrowed import framed_only, narrower_than
from .text import (
    _ENUM,
    _SEGMENT,
    EXCLUSION,
    _canon,
    _conditions,
    _core,
    _find,
    _said,
    _short,
    found_share,
    lazy,
    spread_in,
    without_comparators,
)
from .venues import lost_venues

# a word that names a service or a benefit of its own (…服务, 补助, 生活费): an item that is one is no mere part
_SERVICE_NOUN = compiled(r"(?:服务|咨询|培训|指导|介绍|补助|补贴|救助|照料|物资|筛查|节目|助学金|救助金|补助金|生活费)$")


# ---------------------------------------------------------------- what: enumerations

def lost_items(b: str, other_text: str, elsewhere: Sequence[str], markers: LevelMarkers, base_row: str = ""
               ) -> list[LevelReason]:
    """Services listed in a base segment (A、B和C服务), and the items of a list closed by 等, that the other
    row no longer names (nor any other row of its list); a bundle named as one (残疾人两项补贴) is read as the list
    it stands for, so a row that names one of its parts loses the other."""
    b, other_text = _unbundled(b, other_text, markers), _unbundled(other_text, b, markers)
    out = _lost_services(b, other_text, elsewhere, markers, base_row) + _lost_groups(b, other_text, markers) \
        + lost_venues(b, other_text, markers)
    heads = {r.base for r in out}
    for thing in _listed(b):
        if any(thing in h or h in thing for h in heads):
            continue
        if _said(thing, other_text, markers, base_row):  # 寄宿生活费 of the list → 探索…给予生活费补助
            out += _kept_under_a_weaker_verb(b, thing, {thing}, other_text, markers)
        elif not _said_elsewhere(thing, elsewhere, markers):
            out.append(reason(ReasonKind.SCOPE, Level.WEAKER, thing, "", f"列举项删除：{thing}（原文：{_short(b, 24)}）"))
    return out + lost_predicates(b, other_text, elsewhere, markers) + both_made_either(b, other_text)


# two things given together in the base, one or the other in the other row (临时救助金和有关物资 → 临时救助金或有关物资)
def _unbundled(text: str, against: str, markers: LevelMarkers) -> str:
    # (an equivalent that names a list, spelt out where the other side names the bundle in neither form)
    for pattern, canonical in markers.equivalent:
        if "和" in canonical and not canonical.startswith("〔") and not pattern.search(against):
            text = pattern.sub(canonical, text)
    return text


# the groups a service is given to, listed (对孤儿、事实无人抚养儿童、艾滋病病毒感染儿童提供…)
_GROUP_LIST = lazy(r"(?:对|为|向|给)((?:[^、，；。对为向给]{2,14}、)+[^、，；。]{2,14}?)(?:等)?"
                   r"(?=提供|给予|发放|开展|落实|纳入)")
_PERSON = lazy(r"(?:儿童|学生|家庭|患者|人员|子女|孤儿|父母|家长|青少年|婴幼儿|幼儿)$")


def _lost_groups(b: str, other_text: str, markers: LevelMarkers) -> list[LevelReason]:
    """A group of such a list the other row no longer names: the service reaches fewer; a group that comes
    first (多子女家庭、有残疾儿童的家庭优先配租) no longer first."""
    hit = _GROUP_LIST.search(b)
    groups = [_core(g) for g in hit.group(1).split("、")] if hit else []
    out = []
    if len(groups) >= 2 and all(_PERSON.search(g) for g in groups):
        out = [reason(ReasonKind.SCOPE, Level.WEAKER,
                      g, "", f"对象缩小：未含{g}") for g in groups if not _said(g, other_text, markers)]
    first, theirs = _first_served(b), _first_served(other_text)
    return out + [reason(ReasonKind.SCOPE, Level.WEAKER, g, "", f"优先对象减少：未含{g}") for g in first
                  if 0 < len(theirs) < len(first) and not _said(g, other_text, markers)]


# the groups served first (多子女家庭、有残疾儿童的家庭优先配租; 对…的家庭优先安排)
_FIRST_SERVED = lazy(r"(?:对|为)?((?:[^、，；。对为]{2,14}、)*[^、，；。对为]{2,14}?)(?:等)?(?=优先)")


def _first_served(text: str) -> list[str]:
    hit = _FIRST_SERVED.search(text)
    groups = [_core(g) for g in hit.group(1).split("、")] if hit else []
    return groups if groups and all(_PERSON.search(g) for g in groups) else []


def gained_first_served(b: str, o: str, markers: LevelMarkers) -> list[LevelReason]:
    """Groups the other segment serves first beside the base's own (多子女家庭 → 多子女家庭、有残疾儿童的家庭
    优先配租): more children come first."""
    first, ours = _first_served(b), _first_served(o)
    return [reason(ReasonKind.SCOPE, Level.STRONGER, "", g, f"优先对象增加：{g}") for g in ours
            if 0 < len(first) < len(ours) and not _said(g, b, markers)]


# groups joined (家庭经济困难儿童和多孩家庭儿童; …儿童、…学生): not 及其家庭, the group's own
_PERSONS = r"(?:儿童|学生|家庭|子女|幼儿|患者|孤儿)"
_JOINED_GROUPS = lazy(rf"[^，；。、和及与或]{{1,16}}{_PERSONS}"
                      rf"(?:(?:、|和|及|以及|与)(?!其)[^，；。、和及与或]{{1,12}}{_PERSONS})+")
_JOINER = lazy(r"、|和|及|以及|与")


def gained_groups(b: str, o: str, markers: LevelMarkers) -> list[LevelReason]:
    """Groups the other segment joins to the base's own group (资助家庭经济困难儿童 → 资助家庭经济困难儿童和多孩家庭
    儿童): more children reached. Only where the first is the base's: a list of other groups in its place
    (家庭经济困难学生 → 低保家庭、特困供养家庭的学生) names narrower ones."""
    out = []
    tabled = markers.pattern_of("groups")  # (the table's groups, 孤独症儿童, are judged as such over the whole row)
    for run in _JOINED_GROUPS.finditer(without_comparators(o, markers)):
        first, *rest = _JOINER.split(run.group())
        if _said(first, b, markers) and not _narrower_in_its_place(first, b, markers):
            out += [reason(ReasonKind.SCOPE, Level.STRONGER, "", g, f"对象扩大：新增{g}") for g in rest
                    if not _said(g, b, markers) and not tabled.search(g)]
    return out


def _narrower_in_its_place(first: str, b: str, markers: LevelMarkers) -> bool:
    """The first group names a narrower one than the base's in its place (脱贫家庭学生 for 家庭经济困难学生): the list
    is of narrower groups, not the base's with more."""
    return any(p.direction is Level.WEAKER and p.other.search(first) and p.base.search(b) and not p.other.search(b)
               for p in markers.scope)


def _lost_services(b: str, other_text: str, elsewhere: Sequence[str], markers: LevelMarkers, base_row: str
                   ) -> list[LevelReason]:
    items = [x for x in _ENUM.split(_BRACKETED.sub("", b)) if len(_core(x)) >= 2]  # (a bracket glosses: no items)
    if len(items) < 2:
        return []
    out = []
    given = _given(b)
    for item in items:
        # (先行救助 of 实行先行救助; 基本医疗服务 of the family's 享受基本医疗服务)
        head = re.sub(r"^.*?(?:提供|发放|开展|给予|予以|实行|实施|享受|享有)", "", item)
        # the first item carries the verb (家庭医生签约 of 提供家庭医生签约、基本医疗…): lost only where the
        # other row has few of its characters in any order (居住证办理 is 办理居住证), never 包括…
        if not (_SERVICE_NOUN.search(_core(item)) or _core(item) in given or _first_item_lost(head, given, other_text)) \
                or len(_core(head)) < 2:
            continue
        # what the item names: 创业指导 of 创业指导等服务, 物资 of 有关物资
        trimmed = _EDGE_GENERIC.sub("", head)
        # the last item may carry what the list adds up to (高中阶段教育共12年的免费教育): its name ends before it
        named = re.split(r"共\d|在内|合计", head)[0]
        untimed = _WITHIN.sub("", head)  # (24小时内先行救助 is 先行救助: the time limit is compared as one)
        names = {x for x in (head, trimmed, named, untimed) if len(_core(x)) >= 2} or {head}
        if any(_said(x, other_text, markers, base_row) for x in names):
            out += _kept_under_a_weaker_verb(b, head, names, other_text, markers)
        elif not _said_elsewhere(head, elsewhere, markers):
            out.append(reason(ReasonKind.SCOPE, Level.WEAKER, head, "", f"列举项删除：{head}（原文：{_short(b, 24)}）"))
    return out


def _first_item_lost(head: str, given: str, other_text: str) -> bool:
    """The first item of a list after its verb, read without the verb (家庭医生签约 of 提供家庭医生签约、基本医疗…),
    where the other row has few of its characters in any order (居住证办理 is there as 办理居住证); never an
    inclusion (包括义务教育…在内) nor a word of two (跨省 of 跨省和省内异地就医, read as 异地就医)."""
    core = set(_core(head))
    return len(_core(head)) >= 4 and _core(head) in given and not head.startswith(("包括", "包含")) \
        and len(core & set(other_text)) / len(core) < 0.8


# a verb that gives things (免费提供教科书和作业本): every item of the list after it is a thing given, whatever it
# ends in; lists after other verbs (依托学校、社区开展) may name places
_GIVING = lazy(r"(?:免费)?(?:提供|发放|给予|配发|赠送|配备)")


def _given(segment: str) -> str:
    """The core of what follows a giving verb that heads a list (A和B, A、B), else ''. A list left open by 等
    (阅读指导、精神陪伴等服务) gives examples: one more example there is no more given."""
    hit = _GIVING.search(segment)
    rest = segment[hit.end():] if hit else ""
    return _core(rest) if _ENUM.search(rest) and "等" not in rest else ""


_NORM_NAMED = lazy(r"[^，；。按照依据]{2,20}(?:规范|标准|规定|办法|指南|目录)")


def _said_elsewhere(thing: str, elsewhere: Sequence[str], markers: LevelMarkers) -> bool:
    """The item in another row of the other list, in its own words (a lexicon category would be too loose),
    its words together there: a row's scattered characters (基本医疗保险…服务) do not name 基本医疗服务."""
    plain = _core(_canon(thing, markers, lexicon=False))
    # (nor one named as the title of a norm there, 按照国家基本公共卫生服务规范: not the service itself)
    rows = [_NORM_NAMED.sub("", _core(_canon(e, markers, lexicon=False))) for e in elsewhere]
    return any(plain in row or spread_in(plain, row) for row in rows)


# a list closed by 等 (特殊学习用品、教育训练、交通费等予以补助): every item is something the segment gives;
# not a list of places, providers or groups (学校、幼儿园…等场所; 孤儿、…等儿童): those are examples or who
_CLOSED_LIST = lazy(r"[^，；。]*、[^，；。]*?等"
                    r"(?!(?:场所|阵地|场地|平台|机构|单位|部门|地方|地区|儿童|学生|人员|家庭|对象|群体))")
# (or the groups read as 相关 and the word that takes the list: 相关就抚养、教育…等事项, of 流动儿童及其监护人就…)
_LIST_LEAD = lazy(r"^.*(?:对|为|向|提供|发放|开展|给予|包括|落实|享受|免除|资助|补助|相关[就因在])")


def _listed(b: str) -> list[str]:
    """The items of each 等-closed list in a base segment, the first one less the words that lead to it."""
    out = []
    for hit in _CLOSED_LIST.finditer(b):
        parts = hit.group()[:-1].split("、")
        out += [_LIST_LEAD.sub("", parts[0]), *parts[1:]]
    return [x for x in out if 2 <= len(_core(x)) <= 12]


def _kept_under_a_weaker_verb(b: str, head: str, names: set[str], other_text: str, markers: LevelMarkers
                              ) -> list[LevelReason]:
    """An item still named, but in a clause that only guides to it or hedges it (提供…职业培训 →
    引导其参加职业培训; 提供…创业指导 → 视情开展创业指导): the promise for that item is weaker."""
    for clause in re.split(r"[，；。]", other_text):
        clause_c = _core(_canon(clause, markers))
        if not any(found_share(_canon(x, markers), clause_c) >= markers.thresholds.cover for x in names):
            continue
        for pair in markers.scope:
            if pair.direction is Level.WEAKER and pair.base.search(b) and (hit := pair.other.search(clause)) \
                    and not pair.base.search(clause) and not pair.other.search(b):
                return [reason(ReasonKind.SCOPE, Level.WEAKER, head, hit.group(),
                               f"{pair.base.search(b).group()} → {hit.group()}：{head}（{_short(clause, 20)}）")]
        hedge = _find(markers.hedges, clause)
        if hedge and not _find(markers.hedges, b):
            return [reason(ReasonKind.MODALITY, Level.WEAKER,
                           head, hedge[0][1], f"{hedge[0][1]}：{head}（{_short(clause, 20)}）")]
        return []
    return []


_AND_ALSO = lazy(r"并(?=在|为|对|向|提供|给予|参加|享受|纳入|按|免|落实|开展|办理)")


def gained_predicates(base_text: str, other_text: str, markers: LevelMarkers) -> list[LevelReason]:
    """A second promise joined by 并 (就读并在本市参加高考) that the base row makes nowhere."""
    base_c = _canon(base_text, markers)
    parts = [p for seg in _SEGMENT.split(other_text) for p in _AND_ALSO.split(seg)[1:]]
    # a promise made here (在本市参加高考, 在当地享受…), not the condition of the next segment (…就读满3年的) nor a
    # narrower path that restates one (在参加高考时报考高职分类考试)
    return [reason(ReasonKind.SCOPE, Level.STRONGER, "", part, f"新增并列承诺：{_short(part, 24)}") for part in parts
            if _HERE.match(part) and not _core(part).endswith("的") and not _conditions(part, markers)
            and found_share(_canon(part, markers), base_c) < 0.5]


_HERE = lazy(r"在(?:本|我)[市县区省]|在(?:当地|本地|流入地|居住地)")


_ACT = lazy(r"参加|享受|接受|获得|申请|办理")
# what the family receives, said from the provider's side (并享受基本医疗服务 → 为…提供基本医疗服务)
_RECEIVED = lazy(r"^(?:享受|接受|获得)$")
_GIVEN = lazy(r"提供|给予|开展")


def lost_predicates(b: str, other_text: str, elsewhere: Sequence[str], markers: LevelMarkers) -> list[LevelReason]:
    """A second promise joined by 并 (在普通高中就读并在当地参加高考) that the other row no longer makes."""
    parts = _AND_ALSO.split(b)
    out = []
    other_c = _canon(other_text, markers)
    for part in parts[1:]:
        # where (在当地, read as 本地) is said by every local row: what the promise does must be found
        what = re.sub(r"在?本地", "", _canon(part, markers))
        act = _ACT.match(_core(what))  # and what it does, 参加 of 参加高考, still done (not only 高考 named)
        done = not act or act.group() in other_c or (_RECEIVED.match(act.group()) and _GIVEN.search(other_c))
        if len(_core(part)) >= 4 and (found_share(what, other_c) < 0.5 or not done) \
                and not any(
                found_share(_canon(part, markers, lexicon=False), _canon(e, markers, lexicon=False)) >= 0.7
                for e in elsewhere):
            out.append(reason(ReasonKind.SCOPE, Level.WEAKER, part, "", f"删去并列承诺：{_short(part, 24)}"))
    return out



# numbers listed (一、二年级, 1和2年级) are one range, not items
_NUMERALS_LISTED = compiled(r"(?<=[一二三四五六七八九十\d])[、和及与](?=[一二三四五六七八九十\d])")


_BRACKETED = lazy(r"（[^（）]*）|\([^()]*\)")


_OPEN_LIST = lazy(r"(?<![平同对均])等(?![级次])")


def gained_items(b: str, o: str, markers: LevelMarkers) -> list[LevelReason]:
    """Services the other segment lists (A、B和C) that the base segment does not name."""
    return _gained_items(b, o, markers) + _options_gained(b, o, markers)


_OPTIONS = lazy(r"[，、和及与]|或者|或")


def _options_gained(b: str, o: str, markers: LevelMarkers) -> list[LevelReason]:
    """One more way to be given what the base gives one way or another (实物配租公共租赁住房或者发放租赁补贴 →
    …公共租赁住房、保障性租赁住房或者发放租赁补贴): a choice added, every base option kept."""
    if "或" not in b:
        return []
    base_c = _canon(b, markers)
    options = [_core(x) for x in _OPTIONS.split(_BRACKETED.sub("", o)) if len(_core(x)) >= 2]
    kept = [found_share(_canon(x, markers), base_c) >= 0.7 for x in options]
    ends = {x[-1] for x, k in zip(options, kept, strict=True) if k}  # (an option of the base's kind: 住房, 补贴)
    new = [x for x, k in zip(options, kept, strict=True) if not k and len(x) >= 4 and x[-1] in ends]
    if not any(kept) or len(new) != 1:
        return []
    return [reason(ReasonKind.SCOPE, Level.STRONGER, "", new[0], f"可选方式新增：{new[0]}")]


def _gained_items(b: str, o: str, markers: LevelMarkers) -> list[LevelReason]:
    # (a bracket says what an item is, 家庭医生签约服务（与家庭医生团队签订服务协议）: no item of its own)
    o = _examples_of_the_named(without_comparators(o, markers), b)  # (与本市学生同等参加: the standard, not an item)
    # (nor the offices that give it, 由法院、检察院和教育、公安、妇联等部门: providers, not things given)
    items = [x for x in _ENUM.split(_NUMERALS_LISTED.sub("-", _BRACKETED.sub("", _PROVIDERS.sub("", o))))
             if len(_core(x)) >= 2]
    if len(items) < 2 or EXCLUSION.search(o):  # a base that names one thing (发放临时救助金) may gain a second (和有关物资)
        return []
    out = []
    base_c = _canon(b, markers)
    listed = [_EDGE_GENERIC.sub("", _LIST_END.sub("", _core(x))) or _core(x) for x in _ENUM.split(b) if len(_core(x)) >= 3]
    for item in _things(items, b, o, base_c, markers):
        # the last item of a list closed by 等 ends there (跟踪补种 of 跟踪补种等同等接种服务)
        head = _GENERIC.sub("", re.sub(r"^(?:为.*提供|.*?(?:提供|发放|开展|享有|享受))", "", item.split("等")[0] or item))
        if not _not_in_base(head, b, base_c, markers, listed) or framed_only(head, _core(b)):
            continue
        if narrowed := narrower_than(head, [_core(x).split("等")[0] for x in _ENUM.split(b)], [_core(x) for x in items]):
            out.append(reason(ReasonKind.SCOPE, Level.WEAKER, narrowed, head, f"列举项收窄：{narrowed} → {head}"))
        else:
            out.append(reason(ReasonKind.SCOPE, Level.STRONGER, "", head, f"列举项新增：{head}"))
    return out


_STEPS = lazy(r"(先[^，；。、]{1,10})、(?=后)")


# examples listed before the kind the base names (乡镇卫生院、社区卫生服务中心等基层医疗卫生机构)
_EXAMPLES = lazy(r"(?:[^，；。、和及与在]{2,12}[、和及与])+[^，；。、和及与在]{2,12}等"
                 r"(?=([^，；。、]{2,10}?(?:机构|场所|单位|部门|设施)))")


def _examples_of_the_named(o: str, b: str) -> str:
    """The segment without lists of examples of a kind of place or body the base names: no items given; and with
    steps in their order read as one (先救助、后补办审批手续: one way of doing a thing, not two things)."""
    o = _STEPS.sub(r"\1", o) if "后" in o else o
    return _EXAMPLES.sub(lambda hit: "" if _core(hit.group(1)) in _core(b) else hit.group(), o)


def _things(items: list[str], b: str, o: str, base_c: str, markers: LevelMarkers) -> list[str]:
    """The items of the other segment's list that name a thing given (a service, one the segment gives), not a
    place: one parallel to an item the base names (高考 beside 中考, 安全教育 beside 法治宣传教育: exams, schooling,
    checks, treatment, fees), or one set between two items of a closed base list (用品、教育训练、交通费 for 用品、
    交通费: one more of their kind; in an open list, 阅读指导、精神陪伴等, one more example adds nothing)."""
    kept = [found_share(_canon(x, markers), base_c) >= 0.7 for x in items]
    named_ends = {_core(x)[-1] for x, k in zip(items, kept, strict=True) if k} & set("考育查疗费金检种")
    given = _given(o)
    closed = not _OPEN_LIST.search(b)
    out = []
    for k, item in enumerate(items):
        core = _core(item)
        between = closed and 0 < k < len(items) - 1 and kept[k - 1] and kept[k + 1]
        if between or _SERVICE_NOUN.search(core) or core[-1] in named_ends or core in given:
            out.append(item)
    return out


def _not_in_base(head: str, b: str, base_c: str, markers: LevelMarkers, listed: list[str]) -> bool:
    """What an item names once verbs and the words every service shares are set aside, found nowhere in the
    base segment: not as a share of it, not as what it names generally (救助物资 for the base's 有关物资), not
    spelled apart (学费 and 杂费 of the base's 学杂费: its characters in order). listed: the base's own items."""
    specified = re.search(r"(?:有关|相关|其他|必要的?)" + re.escape(_core(head)[-2:]), b)
    if _WITHIN.search(head) and _core(_WITHIN.sub("", head)) in _core(b):
        return False  # (受理后3个工作日内先行救助 for 24小时内先行救助: the time limit is compared as one)
    # (nor an item of the base written out at length: 防沉迷教育 as 防止沉迷网络教育)
    return 2 <= len(_core(head)) <= 12 and found_share(_canon(head, markers), base_c) < 0.5 and not specified \
        and not spread_in(_core(head), _core(base_c)) \
        and not any(spread_in(x, _core(head)) for x in listed)


_GENERIC = lazy(r"给予|予以|提供|包括|开展|发放|组织|免除|免收|不收取?|免费|低偿|低收费|平价|低价|等|的|服务|关爱"
                r"|普惠性?|相关|活动|工作|支持|帮扶|方面")


_PROVIDERS = lazy(r"由[^，；。]{2,40}?等?(?:部门|单位|机构|组织)")


_WITHIN = lazy(r"(?:受理后|申请后)?\d+(?:\.\d+)?个?(?:工作日|小时|日|天|月)(?:内|以内|之内)")


# what closes a list after its last item (政策咨询等服务): not a part of that item
_LIST_END = lazy(r"等(?:服务|活动|工作|事项)?$")


# the generic words at an item's ends only: one taken from its middle would join characters never adjacent
_EDGE_GENERIC = lazy(r"^(?:有关|相关|必要的?|其他)+|(?:等|的|服务|活动|工作|方面|节目)+$")
