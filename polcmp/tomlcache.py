"""TOML files parsed once per change. tomllib is pure Python: the mappings and the registry took about
10 ms at every start, a twentieth of a diff. The parsed data is kept as JSON in the cache folder, one
file per TOML file, with the file's path, size and modification time; JSON loads in a fraction of the
time. Any problem with the cache (missing, stale, damaged, unwritable, not a regular file of the user's
in a private folder: see cache.private_dir) reads the TOML file itself."""

from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path

from .cache import private_dir, read_cache_file, write_cache_file


def load(path: Path) -> dict:
    """tomllib.loads of the file; raises what reading and parsing it raise (OSError, TOMLDecodeError,
    UnicodeDecodeError)."""
    stat, where = path.stat(), str(path.resolve())
    key = f"{where}|{stat.st_size}|{stat.st_mtime_ns}"
    name = f"{zlib.crc32(where.encode('utf-8', 'surrogateescape')):08x}.json"
    folder = private_dir(create=False)
    raw = read_cache_file(folder / "toml" / name, 16 * 1024 * 1024) if folder is not None else None
    if raw is not None:
        try:
            entry = json.loads(raw.decode("utf-8"))
            if entry.get("key") == key and isinstance(entry.get("data"), dict):
                return entry["data"]
        except (ValueError, AttributeError):
            pass
    data = parse(path.read_text(encoding="utf-8"))
    _store(name, key, data)
    return data


def _tomllib():
    """Imported only when a file has to be parsed or its error caught."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


def parse(text: str) -> dict:
    return _tomllib().loads(text)


def decode_error() -> type[Exception]:
    return _tomllib().TOMLDecodeError


def _store(name: str, key: str, data: dict) -> None:
    try:
        text = json.dumps({"key": key, "data": data}, ensure_ascii=False)
    except (TypeError, ValueError):  # a TOML date has no JSON form: such a file is parsed every time
        return
    try:
        cached = private_dir() / "toml" / name
        cached.parent.mkdir(mode=0o700, exist_ok=True)
    except OSError:  # a read-only home: parse every time
        return
    write_cache_file(cached, text)
