"""mappings/, read and checked: department aliases (名称 -> 职能), the lexicon, the level markers
(levels.toml), manual pair overrides and coverage exemptions. A user's mappings folder may hold only the
files they changed; the others are the bundled ones.

Above normalize (whose spellings it applies to every entry) and the level rules (which it builds from
levels.toml); below parse and match, which take a Mappings."""

from __future__ import annotations

from dataclasses import field
from functools import lru_cache
from pathlib import Path

from .frozen import frozen
from .judgecache import JudgementStore, fingerprint
from .level import LevelMemo, markers_from_dict
from .model import InputError
from .normalize import clean, to_simplified
from .regions import regions_from
from .resources import bundled
from .resources import folder as resource_folder
from .tomlcache import decode_error, load


@lru_cache(maxsize=8192)
def _department_function(patterns: tuple[tuple[str, str], ...], name: str) -> str | None:
    for pattern, function in patterns:
        if pattern in name:
            return function
    return None


@frozen
class Mappings:
    """What users edit in mappings/: department aliases, manual pair overrides, coverage exemptions."""

    department_patterns: tuple[tuple[str, str], ...]  # (pattern, function), longest pattern first
    force_pairs: tuple[dict, ...] = ()
    forbid_pairs: tuple[dict, ...] = ()
    exemptions: tuple[dict, ...] = ()
    folder: str = ""
    # (canonical, variants) from mappings/lexicon.toml ([same] and [near]); ("groups", names) and
    # ("stages", names) last
    lexicon: tuple[tuple[str, tuple[str, ...]], ...] = ()
    levels: object = None  # level.LevelMarkers from mappings/levels.toml
    regions: tuple = ()  # regions.Region from mappings/regions.toml: full and short names
    # what the level rules read and judged with `levels` for this run (a level.LevelMemo made beside them, passed to
    # the level rules with them; None: each judgement keeps nothing beyond itself)
    level_memo: object = field(default=None, compare=False, repr=False)

    def department_function(self, name: str) -> str | None:
        return _department_function(self.department_patterns, name)

    def functions_of(self, departments: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(functions in order of first mention, department names the alias table does not know)."""
        functions: list[str] = []
        unknown: list[str] = []
        for name in departments:
            function = self.department_function(name)
            if function is None:
                unknown.append(name)
            elif function not in functions:
                functions.append(function)
        return tuple(functions), tuple(unknown)


def load_mappings(folder: str | Path | None = None) -> Mappings:
    """Read mappings/; every value is checked for its type, and a wrong one is an InputError naming the
    file and the key (an alias written as a string instead of a list would otherwise be split into
    characters, and 市委宣传部 would map to 教育 by its 市)."""
    folder = resource_folder("mappings", folder)
    departments_file = _file(folder, "departments.toml")
    data = _load_toml(departments_file)
    functions = _table(data, "functions", departments_file)
    patterns = []
    for function, aliases in functions.items():
        where = f"functions.{function}"
        if not function.strip():
            raise InputError(str(departments_file), f"{where}: a function name must not be empty")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            got = "a string" if isinstance(aliases, str) else type(aliases).__name__
            raise InputError(str(departments_file),
                             f"{where} must be a list of non-empty strings, e.g. [\"教育局\"] (got {got})")
        patterns += [(clean(to_simplified(pattern)), function) for pattern in [function, *aliases]]
    patterns.sort(key=lambda pf: -len(pf[0]))
    overrides_file, exemptions_file = _file(folder, "overrides.toml"), _file(folder, "exemptions.toml")
    overrides = _load_toml(overrides_file, required=False)
    exemptions = _load_toml(exemptions_file, required=False)
    lexicon = _lexicon(_load_toml(_file(folder, "lexicon.toml"), required=False))
    levels = _levels(_file(folder, "levels.toml"), lexicon)
    return Mappings(
        lexicon=lexicon,
        levels=levels,
        level_memo=LevelMemo(store=_judgement_store(folder, levels)).of(levels),
        department_patterns=tuple(patterns),
        force_pairs=_rules(overrides, "force", overrides_file, _OVERRIDE_KEYS),
        forbid_pairs=_rules(overrides, "forbid", overrides_file, _OVERRIDE_KEYS),
        exemptions=_rules(exemptions, "exemption", exemptions_file, _EXEMPTION_KEYS),
        folder=str(folder),
        regions=_regions(_file(folder, "regions.toml")),
    )


def _lexicon(data: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The lexicon's entries, each spelling normalised as the lists' text is (Simplified, clean)."""
    entries = [(clean(to_simplified(canonical)), tuple(clean(to_simplified(v)) for v in variants))
               for section in ("same", "near") for canonical, variants in data.get(section, {}).items()]
    sets = data.get("groups", {})
    groups = tuple(clean(to_simplified(n)) for n in sets.get("names", []))
    stages = tuple(clean(to_simplified(n)) for n in sets.get("stages", []))
    return tuple(entries) + ((("groups", groups),) if groups else ()) + ((("stages", stages),) if stages else ())


_OVERRIDE_KEYS = {"base": str, "other": str, "base_seq": int, "other_seq": int, "reason": str}
_EXEMPTION_KEYS = {"list": str, "baseline_seq": int, "reason": str}


def _table(data: dict, key: str, path: Path) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise InputError(str(path), f"{key} must be a table ([{key}]), not {type(value).__name__}")
    return value


def _rules(data: dict, key: str, path: Path, keys: dict[str, type]) -> tuple[dict, ...]:
    """An array of tables ([[key]]) whose known keys have the types in `keys`."""
    rules = data.get(key, [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise InputError(str(path), f"{key} must be an array of tables ([[{key}]])")
    for number, rule in enumerate(rules, 1):
        for name, kind in keys.items():
            value = rule.get(name)
            if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
                raise InputError(str(path), f"[[{key}]] number {number}: {name} must be "
                                            f"{'an integer' if kind is int else 'a string'}, not {value!r}")
    return tuple(rules)


def _file(folder: Path, name: str) -> Path:
    """A user's mappings folder may hold only the files they changed: the others are the bundled ones."""
    path = folder / name
    return path if path.exists() else bundled("mappings") / name


def _regions(path: Path) -> tuple:
    return regions_from(_load_toml(path, required=False), str(path))


def _judgement_store(folder: Path, levels) -> JudgementStore:
    """Where this table's judgements outlive the run: a store fingerprinted with the files the table is
    made of (and polcmp's code), the fingerprint taken when a pair is first judged."""

    def table_fingerprint() -> str:
        parts = []
        for name in ("levels.toml", "lexicon.toml"):
            try:
                parts.append(_file(folder, name).read_bytes())
            except OSError:
                parts.append(b"")
        return fingerprint(*parts, repr(levels.thresholds))

    return JudgementStore(table_fingerprint)


def _levels(path: Path, lexicon: tuple):
    try:
        return markers_from_dict(_load_toml(path, required=False), lexicon=lexicon)
    except (KeyError, ValueError) as e:  # a key missing, a direction that is not one (stronger, weaker)
        raise InputError(str(path), f"is not a valid level table ({type(e).__name__}: {e})") from None


def _load_toml(path: Path, required: bool = True) -> dict:
    if not path.exists():
        if required:
            raise InputError(str(path), "mapping file not found")
        return {}

    try:
        return load(path)
    except (decode_error(), UnicodeDecodeError) as e:
        raise InputError(str(path), f"is not valid TOML ({e})") from None
    except OSError as e:
        raise InputError(str(path), f"cannot be read ({e.strerror})") from None
