"""The registry of bundled sources (sources/registry.toml) and loading a list by id or path."""

from __future__ import annotations

import os
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from .frozen import frozen
from .mappings import Mappings
from .model import DocumentKind, InputError, PolicyList, Source, display_name
from .parse import parse_document
from .readers import read_document
from .readers.limits import DEFAULT_LIMITS, ReadLimits
from .resources import folder as resource_folder
from .tomlcache import decode_error, load

_FIELDS = ("id", "name", "level", "kind", "file", "title", "issuer", "date", "note", "parent", "edition")


@frozen
class Registry:
    """The registered sources of a sources folder (sources.toml), found by id."""

    folder: Path
    sources: tuple[Source, ...]

    @cached_property
    def _by_id(self) -> dict[str, Source]:
        return {s.id: s for s in reversed(self.sources)}  # the first of a repeated id, as a scan would

    @cached_property
    def _children(self) -> dict[str, list[Source]]:
        out: dict[str, list[Source]] = {}
        for s in self.sources:
            if s.parent:
                out.setdefault(s.parent, []).append(s)
        return out

    @cached_property
    def _by_path(self) -> dict[Path, Source]:
        out: dict[Path, Source] = {}
        for s in reversed(self.sources):
            try:
                out[(self.folder / s.file).resolve()] = s
            except (OSError, RuntimeError, ValueError):
                continue
        return out

    def get(self, source_id: str) -> Source | None:
        return self._by_id.get(source_id)

    def path_of(self, source: Source) -> Path:
        return self.folder / source.file

    def ids(self) -> list[str]:
        return [s.id for s in self.sources]

    def ancestors(self, source_id: str) -> tuple[Source, ...]:
        """The sources above one, nearest first (its parent, the parent's parent, …); the registry is
        validated on load, so the walk ends."""
        out: list[Source] = []
        source = self.get(source_id)
        while source is not None and source.parent:
            source = self.get(source.parent)
            if source is None or source in out:
                break
            out.append(source)
        return tuple(out)

    def children(self, source_id: str) -> tuple[Source, ...]:
        return tuple(self._children.get(source_id, ()))

    def under(self, source_id: str) -> tuple[Source, ...]:
        """A source and every source below it, depth first in registry order."""
        root = self.get(source_id)
        if root is None:
            return ()
        out, todo = [], [root]
        while todo:
            source = todo.pop()
            out.append(source)
            todo.extend(reversed(self.children(source.id)))
        return tuple(out)

    def editions(self, source_id: str) -> tuple[Source, ...]:
        """Every edition of the region a source is (the same name and level), oldest first."""
        source = self.get(source_id)
        if source is None:
            return ()
        order = {s.id: n for n, s in enumerate(self.sources)}
        same = [s for s in self.sources if s.name == source.name and s.level == source.level]
        return tuple(sorted(same, key=lambda s: (s.edition or s.date, order[s.id])))

    def by_path(self, path: str | Path) -> Source | None:
        """The entry whose file is this path, or None."""
        try:
            wanted = Path(path).resolve()
        except (OSError, RuntimeError, ValueError):
            return None
        return self._by_path.get(wanted)


def _validate(path: Path, sources: list[Source]) -> None:
    """Ids unique, every parent registered, no cycle: one InputError naming the first problem."""
    from collections import Counter

    repeated = sorted(i for i, n in Counter(s.id for s in sources).items() if n > 1)
    if repeated:
        raise InputError(str(path), f"source id {repeated[0]!r} is registered twice")
    parents = {s.id: s.parent for s in sources}
    for s in sources:
        if s.parent and s.parent not in parents:
            raise InputError(str(path), f"source {s.id!r} names parent {s.parent!r}, which is not registered")
    for s in sources:
        seen = [s.id]
        current = parents[s.id]
        while current:
            if current in seen:
                cycle = " → ".join([*seen[seen.index(current):], current])
                raise InputError(str(path), f"the parents of {s.id!r} form a cycle ({cycle})")
            seen.append(current)
            current = parents[current]


def _ids(path: Path, entry: dict, key: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(str(path), f"{key} of source {entry.get('id')!r} must be a list of source ids")
    return tuple(value)


def load_registry(folder: str | Path | None = None) -> Registry:
    folder = resource_folder("sources", folder)
    path = folder / "registry.toml"
    if not path.exists():
        raise InputError(str(path), "no registry here (POLCMP_SOURCES must name a folder holding registry.toml)")

    try:
        data = load(path)
    except (decode_error(), UnicodeDecodeError) as e:
        raise InputError(str(path), f"is not valid TOML ({e})") from None
    sources = []
    for entry in data.get("source", []):
        missing = [k for k in ("id", "file") if k not in entry]
        if missing:
            raise InputError(str(path), f"a [[source]] lacks {', '.join(missing)}")
        known = {k: str(entry.get(k, "")) for k in _FIELDS}
        known["kind"] = _kind(path, entry.get("id"), known["kind"] or "list")
        sources.append(Source(**known, reconstructed=bool(entry.get("reconstructed", False)),
                              reconstructed_from=_ids(path, entry, "reconstructed_from")))
    _validate(path, sources)
    return Registry(folder, tuple(sources))


def _kind(path: Path, sid: object, kind: str) -> DocumentKind:
    try:
        return DocumentKind(kind)
    except ValueError:
        raise InputError(str(path), f"source {sid}: kind must be \"list\" or \"plan\" (got {kind!r})") from None


def resolve(ref: str, registry: Registry) -> tuple[str, Path, Source | None]:
    """A SOURCE argument -> (id, path, registry entry). Ids win; anything path-like is a path."""
    source = registry.get(ref)
    if source is not None:
        return source.id, registry.path_of(source), source
    path = Path(ref)
    # os.path.exists: a name too long to stat is a path too (the reader reports it), never an internal error
    if os.path.exists(ref) or any(sep in ref for sep in ("/", "\\")) or path.suffix:
        return display_name(path.stem), path, None
    known = ", ".join(registry.ids()) or "none registered"
    raise InputError(display_name(ref), f"unknown source id and no such file (known ids: {known})")


def load_list(ref: str, registry: Registry, mappings: Mappings, limits: ReadLimits = DEFAULT_LIMITS) -> PolicyList:
    source_id, path, source = resolve(ref, registry)
    parsed = parse_document(read_document(path, limits=limits), source_id, mappings,
                            title=source.title if source else "", max_rows=limits.max_rows)
    if source is not None and source.reconstructed:
        parsed = replace(parsed, reconstructed=True, reconstructed_from=source.reconstructed_from)
    return parsed
