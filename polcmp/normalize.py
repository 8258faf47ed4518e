"""Stage 3, normalize: one spelling for one meaning, so that later stages compare meaning, not typing.

Traditional -> Simplified, full-width digits, tildes and spaced dashes, spaces inside Chinese text,
half-width punctuation inside Chinese text, clause splitting, department names -> functions."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .model import InputError

DEFAULT_MAPPINGS = Path(__file__).resolve().parent.parent / "mappings"

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_RANGE_DASH = re.compile(r"(\d)\s*[～~〜—–－-]\s*(\d)")
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}\d，。；：、“”（）])\s+(?=[{_CJK}\d，。；：、“”（）])")
_HALF_PUNCT = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}
_HALF_PUNCT_RE = re.compile(rf"(?<=[{_CJK}\d）”])([,;:?!])|([()])")
# Numbered sub-points inside a cell: "1." "2、" "（1）" "①" at the start or after punctuation.
_SUBPOINT = re.compile(r"(?:^|(?<=[；;。，\s]))(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])")
_CLAUSE_END = re.compile(r"(?<=[；;。])")


@lru_cache(maxsize=1)
def _converter():
    import opencc  # the official OpenCC build: exact on phrase-level conversions (臺賬 -> 台账)

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset((Path(__file__).resolve().parent / "data" / "t2s-chars.txt").read_text(encoding="utf-8")) - {"\n"}


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    """OpenCC t2s, skipped for text without any character t2s changes on its own (data/t2s-chars.txt,
    made by scripts/make_t2s_chars.py): Simplified lists never pay the ~20 ms of loading OpenCC.
    The price: a phrase OpenCC converts only as a phrase (反覆 -> 反复) stays as written when nothing
    else in the cell is Traditional."""
    if not text or _traditional_chars().isdisjoint(text):
        return text
    return _converter().convert(text)


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """Normalise one cell of text for comparison and display; idempotent."""
    text = _BOOKMARK.sub("", text).translate(_FULLWIDTH_DIGITS).replace("\u3000", " ")
    text = _RANGE_DASH.sub(r"\1-\2", text)
    text = _HALF_PUNCT_RE.sub(lambda m: _HALF_PUNCT[m.group(1) or m.group(2)], text)
    text = _SPACE_IN_CJK.sub("", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def join_wrapped(lines: list[str]) -> str:
    """Lines wrapped inside one cell: Chinese text joins without a space, Latin words with one."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            out += " "
        out += line
    return out


def split_clauses(content: str) -> tuple[str, ...]:
    """Split on numbered sub-points and on sentence/clause ends (；。), dropping the numbers."""
    parts: list[str] = []
    for chunk in _SUBPOINT.split(content):
        for piece in _CLAUSE_END.split(chunk):
            piece = piece.strip().strip("，、 ")
            if piece and piece not in "；;。":
                parts.append(piece)
    return tuple(parts)


def strip_punctuation(text: str) -> str:
    return re.sub(r"[\s，。；：、“”‘’（）()《》〈〉,.;:!?！？\"'\-—…·]", "", text)


_DEPT_SPLIT = re.compile(r"[、，,；;/\s]+")
_DEPT_TAIL = re.compile(r"(按照?职责分工)?(分别)?(牵头)?负责$|等部门$|牵头$")


def split_departments(text: str) -> tuple[str, ...]:
    names = []
    for part in _DEPT_SPLIT.split(text):
        part = _DEPT_TAIL.sub("", part.strip()).strip()
        if part and part not in names:
            names.append(part)
    return tuple(names)


@lru_cache(maxsize=8192)
def _department_function(patterns: tuple[tuple[str, str], ...], name: str) -> str | None:
    for pattern, function in patterns:
        if pattern in name:
            return function
    return None


@dataclass(frozen=True)
class Mappings:
    """What users edit in mappings/: department aliases, manual pair overrides, coverage exemptions."""

    department_patterns: tuple[tuple[str, str], ...]  # (pattern, function), longest pattern first
    force_pairs: tuple[dict, ...] = ()
    forbid_pairs: tuple[dict, ...] = ()
    exemptions: tuple[dict, ...] = ()
    folder: str = ""

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
    folder = Path(folder) if folder else DEFAULT_MAPPINGS
    departments_file = folder / "departments.toml"
    data = _load_toml(departments_file)
    patterns = [
        (clean(to_simplified(pattern)), function)
        for function, aliases in data.get("functions", {}).items()
        for pattern in [function, *aliases]
    ]
    patterns.sort(key=lambda pf: -len(pf[0]))
    overrides = _load_toml(folder / "overrides.toml", required=False)
    exemptions = _load_toml(folder / "exemptions.toml", required=False)
    return Mappings(
        department_patterns=tuple(patterns),
        force_pairs=tuple(overrides.get("force", [])),
        forbid_pairs=tuple(overrides.get("forbid", [])),
        exemptions=tuple(exemptions.get("exemption", [])),
        folder=str(folder),
    )


def _load_toml(path: Path, required: bool = True) -> dict:
    if not path.exists():
        if required:
            raise InputError(str(path), "mapping file not found")
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"is not valid TOML ({e})") from None
