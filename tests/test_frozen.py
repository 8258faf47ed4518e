"""polcmp/frozen.py: @frozen behaves as @dataclass(frozen=True) does — repr, equality, hash, immutability,
replace and fields — for every kind of field the project uses."""

from __future__ import annotations

import dataclasses

import pytest

from polcmp.frozen import frozen


def _pair(**options):
    """The same class body made by @dataclass(frozen=True) and by @frozen."""

    def body():
        class Row:
            seq: int
            name: str = ""
            tags: tuple[str, ...] = ()
            note: str = dataclasses.field(default="", compare=False)
            secret: str = dataclasses.field(default="", repr=False)
            cached: int = dataclasses.field(default=0, hash=False)

        return Row

    return dataclasses.dataclass(frozen=True, **options)(body()), frozen(**options)(body())


@pytest.mark.parametrize("values", [
    dict(seq=1),
    dict(seq=2, name="免除学杂费", tags=("a", "b"), note="x", secret="s", cached=5),
    dict(seq=3, name="it's \"quoted\"\n", tags=(), note="", secret="", cached=-1),
])
def test_repr_eq_and_hash_are_dataclasses_own(values):
    theirs, ours = _pair()
    a, b = theirs(**values), ours(**values)
    assert repr(a) == repr(b)
    assert hash(a) == hash(b)
    assert b == ours(**values) and b != ours(**{**values, "seq": 99})
    assert (b == ours(**{**values, "note": "other"})) == (a == theirs(**{**values, "note": "other"})) is True
    assert hash(b) == hash(ours(**{**values, "cached": 42}))  # a field left out of the hash
    assert b != a and (b == a) is False  # another class: never equal, as dataclasses says


def test_frozen_replace_fields_and_order_of_arguments():
    _, ours = _pair()
    row = ours(1, "a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.seq = 2
    assert dataclasses.replace(row, seq=2) == ours(2, "a")
    assert [f.name for f in dataclasses.fields(row)] == ["seq", "name", "tags", "note", "secret", "cached"]
    assert dataclasses.asdict(row)["name"] == "a"


def test_a_method_the_body_defines_is_kept():
    @frozen
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Named) and other.name.lower() == self.name.lower()

    assert repr(Named("A")) == "<A>" and Named("A") == Named("a")
    assert hash(Named("A")) == hash(("A",))  # the body's __eq__ alone: the field hash, as dataclasses gives


def test_a_recursive_value_shows_dots_not_a_crash():
    def body():
        class Box:
            items: list

        return Box

    shown = []
    for make in (dataclasses.dataclass(frozen=True), frozen):
        box = make(body())([])
        box.items.append(box)
        shown.append(repr(box))
    assert shown[0] == shown[1] and shown[1].endswith("Box(items=[...])")
