"""`polcmp add FILE`: register a list without editing TOML. Region, level, title and date are read from
the document (its title, its 印发 or dated line, its file name); the parent is inferred from the
registered regions the document names; the registry is rewritten whole through a temporary file, and an
existing entry is never replaced without force."""

from __future__ import annotations

import os
import re
from dataclasses import field
from pathlib import Path

from .frozen import frozen
from .model import DocumentKind, InputError, PolicyList, Source
from .parse import parse_document
from .readers import read_document
from .regexcache import compiled
from .regions import region_in_title
from .sources import load_registry

# 直辖市 are provinces in rank; every other 市 is a city (a 县级市 is named as such in its title)
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_LEVEL_OF_SUFFIX = (("自治区", "province"), ("省", "province"), ("自治州", "city"), ("地区", "city"), ("盟", "city"),
                    ("州", "city"), ("市", "city"), ("自治县", "county"), ("县", "county"), ("旗", "county"),
                    ("区", "county"))
_RANK = {"national": 0, "province": 1, "city": 2, "county": 3}
_DATE = compiled(r"(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR_EDITION = compiled(r"(20\d\d)\s*年\s*(?:版|修订)")
_YEAR = compiled(r"(?<!\d)(20\d\d)(?!\d)")


@frozen
class Registration:
    """What `add` wrote (or would write), and what it could not infer."""

    source: Source
    registry: str
    replaced: bool = False
    inferred: tuple[str, ...] = ()  # how each field was found
    unknown: tuple[str, ...] = field(default=())  # fields it could not infer

    @property
    def entry(self) -> str:
        return entry_block(self.source)


def level_of(region: str) -> str:
    if region in _MUNICIPALITIES:
        return "province"
    return next((level for suffix, level in _LEVEL_OF_SUFFIX if region.endswith(suffix)), "")


def _text_of(path: Path, limits) -> str:
    doc = read_document(path, limits=limits)
    if hasattr(doc, "text"):
        return doc.text
    cells = [" ".join(row.cells) for table in doc.tables for row in table]
    return "\n".join([*doc.paragraphs, *cells])


def _date(text: str, name: str) -> tuple[str, str]:
    """(date, where it was found): the 印发 line's date, else the last dated line before the list, else a
    year in the file name."""
    lines = text.split("\n")
    for line in lines:
        if "印发" in line and (m := _DATE.search(line)):
            return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "印发 line"
    for line in lines[:40]:
        if (m := _DATE.fullmatch(line.strip())) or (m := re.fullmatch(r"[（(]" + _DATE.pattern + r"[）)]", line.strip())):
            return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "dated line"
    if m := _YEAR.search(name):
        return m.group(1), "file name"
    return "", ""


def _parent(region: str, level: str, text: str, registry) -> Source | None:
    """The registered region of the nearest higher level that the document names (a county's city, a
    city's province), else the national list."""
    candidates = [s for s in registry.sources if s.kind is DocumentKind.LIST and s.name and s.name != region
                  and _RANK.get(s.level, 9) < _RANK.get(level, 9)]
    named = [s for s in candidates if s.level != "national" and s.name in text]
    if named:
        return max(named, key=lambda s: (_RANK.get(s.level, 0), s.edition or s.date))
    return next((s for s in registry.sources if s.level == "national"), None)


def infer(path: Path, lst: PolicyList, text: str, registry, regions: tuple = ()) -> tuple[dict, list[str], list[str]]:
    found, how, unknown = {}, [], []
    title = lst.title
    found["title"] = title
    (how if title else unknown).append("title from the document" if title else "title")
    in_title = region_in_title(title, regions)
    region = in_title or region_in_title(path.stem, regions)
    found["name"] = region
    if region:
        how.append(f"region {region} from the {'title' if in_title else 'file name'}")
    else:
        unknown.append("region (the title names none)")
    level = level_of(region) if region else ""
    found["level"] = level
    if level:
        how.append(f"level {level} from {region}")
    elif region:
        unknown.append(f"level (the region {region} ends in no 省/市/县/区)")
    else:
        unknown.append("level")
    date, where = _date(text, path.name)
    found["date"] = date
    if date:
        how.append(f"date {date} from the {where}")
    else:
        unknown.append("date")
    edition = (m.group(1) if (m := _YEAR_EDITION.search(title)) else "") or date[:4]
    found["edition"] = edition
    found["kind"] = lst.kind
    return found, how, unknown


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def entry_block(source: Source) -> str:
    """The source's [[source]] entry as it stands in registry.toml."""
    lines = ["[[source]]", f"id = {_quote(source.id)}"]
    for key in ("parent", "name", "level", "kind", "file", "title", "issuer", "date", "edition"):
        value = getattr(source, key)
        if value or key in ("name", "level", "kind", "file", "title"):
            lines.append(f"{key} = {_quote(value)}")
    return "\n".join(lines) + "\n"


def _write_atomically(path: Path, text: str) -> None:
    """The whole file through a temporary file in its folder, then renamed over it: an interrupted write
    never leaves a half registry."""
    import tempfile  # (stdlib, ~1 ms with random: only `register` writes, and `polcmp diff` loads this module)

    fd, tmp = tempfile.mkstemp(prefix=".registry-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _without(text: str, source_id: str) -> str:
    """The registry text without the [[source]] block of an id (comments before other blocks kept)."""
    parts = re.split(r"(?m)^(?=\[\[source\]\])", text)
    keep = [p for p in parts if not re.search(rf'(?m)^id\s*=\s*"{re.escape(source_id)}"\s*$', p)]
    return "".join(keep)


def _default_id(path: Path) -> str:
    stem = re.sub(r"[^\w-]+", "_", path.stem).strip("_")
    return stem or "list"


def add(path: str | Path, *, context, parent: str | None = None, source_id: str | None = None,
        edition: str | None = None, force: bool = False, write: bool = True) -> Registration:
    registry = context.registry
    path = Path(path)
    limits = context.settings.read
    lst = parse_document(read_document(path, limits=limits), _default_id(path), context.mappings,
                         max_rows=limits.max_rows)
    if not lst.items:
        raise InputError(str(path), "holds no list rows or plan measures polcmp can read; not registered")
    text = _text_of(path, limits)
    found, how, unknown = infer(path, lst, text, registry, context.mappings.regions)
    sid = source_id or _default_id(path)
    parent_id = _parent_id(parent, found, text, registry, how, unknown)
    existing = registry.get(sid)
    if existing is not None and not force:
        raise InputError(str(path), f"id {sid!r} is registered already (give --id, or --force to replace it)")
    if parent_id == sid:
        raise InputError(str(path), f"a list cannot be its own parent ({sid})")
    folder = Path(registry.folder)
    source = Source(id=sid, name=found["name"], level=found["level"], kind=found["kind"], file=_file_entry(path, folder),
                    title=found["title"], date=found["date"], parent=parent_id,
                    edition=edition if edition is not None else found["edition"])
    registration = Registration(source, str(folder / "registry.toml"), existing is not None, tuple(how), tuple(unknown))
    if write:
        _register(folder, source, replace=existing is not None)
    return registration


def _parent_id(parent: str | None, found: dict, text: str, registry, how: list[str], unknown: list[str]) -> str:
    """The id of the list's parent: as given (checked), else inferred from the text ("" when none is);
    how it was found is added to `how`, a parent not found to `unknown`."""
    if parent is not None:
        if registry.get(parent) is None:
            raise InputError(parent, f"--parent: unknown source id (known ids: {', '.join(registry.ids())})")
        how.append(f"parent {parent} as given")
        return parent
    inferred = _parent(found["name"], found["level"], text, registry) if found["level"] != "national" else None
    if inferred:
        why = "named in the document" if inferred.level != "national" else "no registered region above it is named"
        how.append(f"parent {inferred.id} ({inferred.name or inferred.id}, {why})")
    elif found["level"] != "national":
        unknown.append("parent (no registered list above it)")
    return inferred.id if inferred else ""


def _file_entry(path: Path, folder: Path) -> str:
    """The registry's `file`: relative inside the registry folder (the folder can move); absolute outside it."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(folder.resolve()).as_posix()
    except ValueError:
        return str(resolved)


def _register(folder: Path, source: Source, *, replace: bool) -> None:
    """The source's block written to folder/registry.toml (replacing its old block); a registry the next
    command cannot read is put back as it was."""
    target = folder / "registry.toml"
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    body = _without(old, source.id) if replace else old
    new = body.rstrip("\n") + ("\n\n" if body.strip() else "") + entry_block(source)
    _write_atomically(target, new)
    try:
        load_registry(folder)
    except InputError:
        _write_atomically(target, old)
        raise
