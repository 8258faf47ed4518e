"""What a baseline segment gives, found in the other row in other words: the words after its service verb (国家助学金
of 为…在校生提供国家助学金), fronted (对…学费予以免除), or the way it is given; a segment whose object the row still
names is said again, not lost (the level rules then judge only its benefit words)."""

from __future__ import annotations

import re

from ..regexcache import compiled
from .markers import LevelMarkers
from .text import _ENUM, _SEGMENT, _canon, _core, _find, spread_in


def _given_after_verbs(b: str, markers: LevelMarkers):
    """What follows each service verb of a segment (its core, in canonical words), the last verb first."""
    for hit in sorted((h for m in markers.service for h in m.pattern.finditer(b)), key=lambda h: -h.end()):
        yield _core(_canon(b[hit.end():], markers))


def _object_of(b: str, markers: LevelMarkers) -> str:
    """The last words after a base segment's last service verb (学费 of 免除…学费), or ''."""
    for given in _given_after_verbs(b, markers):
        thing = given[-5:]
        if len(thing) >= 2 and not thing.endswith(("服务", "工作", "活动")):
            return thing
    return ""


def _service_head(b: str, markers: LevelMarkers) -> str:
    """What a segment's last service verb gives when it ends in 服务 (教育指导 of 提供家庭教育指导服务), or ''."""
    for given in _given_after_verbs(b, markers):
        if given.endswith("服务") and len(given) >= 4:
            return given[:-2].removesuffix("等")[-4:]  # (职业培训 of 提供…职业培训等服务)
    return ""


_FRONTED = compiled(r"(?:对|将)(?:[^对将]*的)?([^的]{2,10}?)(?:费用|费)?(?:按照?(?:有关)?规定|按标准)?(?:予以|给予)"
                    r"(?:减免|补助|补贴|资助|救助|报销|免除)$")


def _object_named(b: str, whole: str, markers: LevelMarkers, base_whole: str = "") -> bool:
    """What a baseline segment gives, the last words after its last service verb (国家助学金 in
    为符合条件的中等职业教育在校生提供国家助学金), named in the row: the segment is said in other words,
    not lost; who receives it and on what terms are the group and condition rules' to judge."""
    return _fronted_named(b, whole, markers) or _way_named(b, whole, markers) \
        or _given_named(b, whole, markers, base_whole) or _verb_and_object_apart(b, whole, markers)


def _verb_and_object_apart(b: str, whole: str, markers: LevelMarkers) -> bool:
    """A short promise read in equivalent words (享受免学费政策 as 免除学费) whose verb and object the row says with
    whom they serve between them, in one clause (免除符合条件的中等职业教育在校生学费)."""
    cb, row = _canon(b, markers), _canon(whole, markers)
    for hit in (h for m in markers.service for h in m.pattern.finditer(cb)):
        thing = _core(cb[hit.end():])
        if 2 <= len(thing) <= 5 and re.search(f"{re.escape(hit.group())}[^，；。]{{0,24}}{re.escape(thing)}", row):
            return True
    return False


def _given_by_a_verb(given: str, whole: str, markers: LevelMarkers) -> bool:
    """What a generic service gives (健康管理 of 提供健康管理服务; 管理服务 itself when no more is said)
    given in the row, after a service verb of its clause (纳入…0-6岁儿童健康管理), not only named
    (疾病治疗费用按50%补助, 疾病治疗由户籍地负责)."""
    thing = given[:-2][-4:] if len(given) >= 6 else given
    if len(thing) < 4 or re.match(r"相关|有关|其他|必要", thing):
        return False
    for clause in _SEGMENT.split(_canon(whole, markers)):
        at = clause.find(thing)
        # (or the thing done for the family, said from its side: 医疗费用可直接结算)
        if at > 0 and not clause[at + len(thing):].startswith("费") and not _ONLY_HELPS.search(clause) \
                and (any(h.end() <= at for h in _GIVES.finditer(clause)) or clause[:at].endswith(("可", "可以"))):
            return True
    return False


_GIVES = compiled(r"提供|开展|纳入|实施|给予")
_ONLY_HELPS = compiled(r"协助|联系|转介|户籍地")  # 协助联系户籍地落实疾病治疗 helps; it does not give


def _fronted_named(b: str, whole: str, markers: LevelMarkers) -> bool:
    """What is given, put before its verb (对患病儿童的疾病治疗费用按规定予以减免), named in the row."""
    fronted = _FRONTED.search(_core(b))
    return bool(fronted) and len(fronted.group(1)) >= 3 and fronted.group(1) in _core(_canon(whole, markers))


def _way_named(b: str, whole: str, markers: LevelMarkers) -> bool:
    """A way of giving the service (实行“跨省通办” → 提供“跨省通办”服务) named in the row, by any verb."""
    ways = _find(markers.procedures, b)
    return bool(ways) and all(m.pattern.search(whole) for m, _ in ways)


_GENERIC_OBJECT = ("服务", "工作", "活动")


def _given_named(b: str, whole: str, markers: LevelMarkers, base_whole: str) -> bool:
    """The words after the base segment's last service verb named in the row: each of several things
    given, or the thing by the verb's first character, or as often as the base row names it."""
    row = _core(_canon(whole, markers))
    for hit in sorted((h for m in markers.service for h in m.pattern.finditer(b)), key=lambda h: -h.end()):
        given = _core(_canon(b[hit.end():], markers))
        # a duty over several things (落实国家助学金和免学费政策): each of them named, however worded
        parts = [p for p in _ENUM.split(re.sub(r"(?:等)?(?:政策|待遇|措施)$", "", given)) if len(p) >= 3]
        if len(parts) >= 2:
            return all(p in row or spread_in(p, row) for p in parts)
        thing = given[-5:]
        if thing.endswith(_GENERIC_OBJECT):
            if _given_by_a_verb(given, whole, markers):
                return True
            continue
        if _named_by_its_verb(given, thing, hit.group(), row, markers):
            return True
        if len(thing) >= 3:
            # named as often as the base row names it: 给予生活保障 is not named by 最低生活保障范围 alone
            # when the base row says 生活保障 in its other clauses too
            # (生活保障 inside 最低生活保障, the scheme's name, is not the promise: 低保金 says it too)
            named = _as_promise(row, thing)
            return named > 0 and named >= _as_promise(_core(_canon(base_whole, markers)), thing)
    return False


def _named_by_its_verb(given: str, thing: str, verb: str, row: str, markers: LevelMarkers) -> bool:
    """The thing named with the verb's first character just before its last words (免除…学费 → 免学费政策); or what
    is given is itself a service word (给予资助), given in the row by that word (资助…)."""
    if len(given) == 2 and given in row and any(m.pattern.fullmatch(given) for m in markers.service):
        return True
    first = re.escape(verb[0])
    return any(re.search(f"{first}.{{0,3}}{re.escape(thing[-k:])}", row) for k in range(len(thing), 1, -1))


def _as_promise(text: str, thing: str) -> int:
    """How often the text names the thing other than inside the name of the 最低生活保障 scheme."""
    return len(re.findall(f"(?<!最低){re.escape(thing)}", text))
