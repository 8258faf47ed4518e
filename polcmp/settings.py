"""Every threshold and limit of polcmp in one frozen object, passed down by the library calls.

A user can override any field from a TOML file (`--settings FILE` or $POLCMP_SETTINGS), one table
per section, keys named as the fields below:

    [match]
    pair_threshold = 0.5
    [batch]
    workers = 1
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from .match.settings import MatchSettings
from .model import InputError
from .readers.limits import ReadLimits


@dataclass(frozen=True)
class CheckSettings:
    # a baseline clause this contained in the local item's content is still promised
    clause_kept: float = 0.75
    # a baseline clause found nowhere in the list at more than this share (bigram containment) is reported
    # as not promised (a warning); between this and the clause map's floor it is only "not found in these
    # words" (a notice): paraphrase (免学费政策 for 免除…学费) and partial keeping sit there; a reader
    # must judge. Set by reading the seeds' cases (no clause-level gold exists to calibrate it)
    clause_absent: float = 0.15


@dataclass(frozen=True)
class BatchSettings:
    # lists are read in worker processes when at least this many are covered (start-up costs ~50 ms)
    parallel_from: int = 100
    workers: int = 0  # 0: one per core, at most 8
    chunk: int = 25  # lists per task sent to a worker


@dataclass(frozen=True)
class Settings:
    match: MatchSettings = field(default_factory=MatchSettings)
    read: ReadLimits = field(default_factory=ReadLimits)
    check: CheckSettings = field(default_factory=CheckSettings)
    batch: BatchSettings = field(default_factory=BatchSettings)


def load_settings(path: str | Path | None) -> Settings:
    """Defaults, with the fields a TOML file names replaced; a bad file or key is an InputError."""
    settings = Settings()
    if not path:
        return settings
    from .tomlcache import decode_error, parse

    name = str(path)
    try:
        data = parse(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror})") from None
    except (decode_error(), UnicodeDecodeError) as e:
        raise InputError(name, f"is not valid TOML ({e})") from None
    changes = {}
    for section, values in data.items():
        current = getattr(settings, section, None)
        if current is None or not dataclasses.is_dataclass(current) or not isinstance(values, dict):
            raise InputError(name, f"unknown settings section [{section}]")
        changes[section] = _replace(current, values, f"{name} [{section}]")
    return dataclasses.replace(settings, **changes)


def _replace(current, values: dict, where: str):
    known = {f.name: f for f in dataclasses.fields(current)}
    for key, value in values.items():
        if key not in known:
            raise InputError(where, f"unknown setting {key!r} (known: {', '.join(known)})")
        default = getattr(current, key)
        if isinstance(default, bool) != isinstance(value, bool) or not isinstance(value, type(default)) and not (
                isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool)):
            raise InputError(where, f"{key} must be a {type(default).__name__}, not {value!r}")
    return dataclasses.replace(current, **{k: (float(v) if isinstance(getattr(current, k), float) else v)
                                           for k, v in values.items()})
