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
from dataclasses import field
from pathlib import Path

from .frozen import frozen
from .match.settings import MatchSettings
from .model import InputError
from .readers.limits import ReadLimits
from .tomlcache import decode_error, parse


@frozen
class CheckSettings:
    """The thresholds of `check` ([check] in a settings file)."""

    # a baseline clause this contained in the local item's content is still promised
    clause_kept: float = 0.75
    # a baseline clause found nowhere in the list at more than this share (bigram containment) is reported
    # as not promised (a warning); between this and the clause map's floor it is only "not found in these
    # words" (a notice): paraphrase (免学费政策 for 免除…学费) and partial keeping sit there; a reader
    # must judge. Set by reading the seeds' cases (no clause-level gold exists to calibrate it)
    clause_absent: float = 0.15


@frozen
class BatchSettings:
    """How many lists are read in worker processes, and how ([batch] in a settings file)."""

    # lists are read in worker processes when at least this many are covered (start-up costs ~50 ms)
    parallel_from: int = 100
    workers: int = 0  # 0: one per core, at most 8
    chunk: int = 25  # lists per task sent to a worker


@frozen
class Settings:
    """All of polcmp's settings, one object passed down from the entry."""

    match: MatchSettings = field(default_factory=MatchSettings)
    read: ReadLimits = field(default_factory=ReadLimits)
    check: CheckSettings = field(default_factory=CheckSettings)
    batch: BatchSettings = field(default_factory=BatchSettings)


def load_settings(path: str | Path | None) -> Settings:
    """Defaults, with the fields a TOML file names replaced; a bad file or key is an InputError."""
    settings = Settings()
    if not path:
        return settings

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
        problem = _out_of_range(type(current).__name__, key, value)
        if problem:
            raise InputError(where, f"{key} = {value!r}: {problem}")
    return dataclasses.replace(current, **{k: (float(v) if isinstance(getattr(current, k), float) else v)
                                           for k, v in values.items()})


# Ranges of the settings a file may set. Integers are counts and limits (at least 1, or 0 where zero
# means "none" or "automatic"); shares, weights and thresholds lie in [0, 1]; seconds are positive.
_MAX_INT = 2 ** 53
_ZERO_ALLOWED = {"workers", "max_bad_bytes"}
_INT_MAX = {"workers": 256, "max_columns": 16_384, "max_xml_depth": 10_000}
_FLOAT_RANGE = {"pair_margin": (-1.0, 1.0)}
_SECONDS = {"convert_seconds", "pdf_seconds"}
_CHOICES = {"content_units": ("characters", "words")}


def _out_of_range(section: str, key: str, value) -> str | None:
    """Why a value cannot be used, or None. NaN and infinities are never numbers a setting can hold."""
    import math

    default = getattr(_DEFAULTS[section], key)
    if isinstance(default, bool):
        return None
    if isinstance(default, int):
        low, high = (0 if key in _ZERO_ALLOWED else 1), _INT_MAX.get(key, _MAX_INT)
        return None if low <= value <= high else f"must be between {low} and {high:,}"
    if isinstance(default, float):
        number = float(value)
        if not math.isfinite(number):
            return "must be a finite number"
        if key in _SECONDS:
            return None if 0 < number <= 86_400 else "must be more than 0 and at most 86,400 seconds"
        low, high = _FLOAT_RANGE.get(key, (0.0, 1.0))
        return None if low <= number <= high else f"must be between {low:g} and {high:g}"
    if key in _CHOICES and value not in _CHOICES[key]:
        return f"must be one of {', '.join(_CHOICES[key])}"
    if key == "plan_clause_end":
        import re

        try:
            re.compile(value)
        except re.error as e:
            return f"is not a regular expression ({e})"
    return None


_DEFAULTS = {"MatchSettings": MatchSettings(), "ReadLimits": ReadLimits(), "CheckSettings": CheckSettings(),
             "BatchSettings": BatchSettings()}
