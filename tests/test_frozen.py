"""polcmp/frozen.py: @frozen behaves as @dataclass(frozen=True) does — repr, equality, hash, immutability,
replace and fields — for every kind of field the project uses."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

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


def test_a_class_is_made_at_its_first_instance_and_not_before():
    from polcmp.frozen import _PENDING

    @frozen
    class Base:
        x: int

    @frozen
    class Child(Base):
        y: str = "q"

    assert Base in _PENDING and Child in _PENDING  # declared, not yet built
    child = Child(1, "w")
    assert Base not in _PENDING and Child not in _PENDING  # the base was made first, then the child
    assert (child, child == Child(1, "w"), hash(child) == hash(Child(1, "w"))) == (Child(x=1, y="w"), True, True)
    assert [f.name for f in dataclasses.fields(child)] == ["x", "y"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        child.x = 2
    with pytest.raises(TypeError):  # dataclasses' own __init__, now in place: a wrong argument is refused
        Base(1, 2)


def test_an_instance_unpickled_where_its_class_was_never_made_is_whole(tmp_path):
    """A batch worker or a forked reader sends instances back pickled: in the receiving process the class
    may not have been made yet, and the instance must still compare, hash and refuse assignment."""
    script = tmp_path / "kinds.py"
    script.write_text(
        "import pickle, sys\n"
        "from polcmp.frozen import frozen, _PENDING\n"
        "@frozen\n"
        "class Kind:\n"
        "    name: str\n"
        "    tags: tuple = ()\n"
        "if sys.argv[1] == 'send':\n"
        "    sys.stdout.buffer.write(pickle.dumps(Kind('a', ('b',))))\n"
        "else:\n"
        "    made_before = Kind not in _PENDING\n"
        "    got = pickle.loads(sys.stdin.buffer.read())\n"
        "    try:\n"
        "        got.name = 'z'\n"
        "        refused = False\n"
        "    except Exception:\n"
        "        refused = True\n"
        "    print(made_before, got == Kind('a', ('b',)), hash(got) == hash(Kind('a', ('b',))), repr(got), refused)\n",
        encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    sent = subprocess.run([sys.executable, str(script), "send"], capture_output=True, check=True, env=env).stdout
    shown = subprocess.run([sys.executable, str(script), "receive"], input=sent, capture_output=True, check=True,
                           env=env).stdout.decode().split()
    assert shown == ["False", "True", "True", "Kind(name='a',", "tags=('b',))", "True"]


def _shapes():
    """Class bodies with every kind of field __init__ writes: factories, fields that are not init (with a
    default, a factory or neither), __post_init__, a field named self, no field at all."""

    def with_factories():
        class Basket:
            name: str
            items: list = dataclasses.field(default_factory=list)
            seen: set = dataclasses.field(default_factory=set, compare=False)
            count: int = 3

        return Basket

    def not_init():
        class Tally:
            name: str
            total: int = dataclasses.field(init=False, default=7)
            marks: dict = dataclasses.field(init=False, default_factory=dict)
            later: str = dataclasses.field(init=False, repr=False, compare=False)

            def __post_init__(self) -> None:
                object.__setattr__(self, "later", self.name.upper())

        return Tally

    def named_self():
        class Odd:
            self: int
            other: str = "x"

        return Odd

    def empty():
        class Nothing:
            pass

        return Nothing

    return [(with_factories, dict(name="a")), (with_factories, dict(name="b", items=[1], count=0)),
            (not_init, dict(name="q")), (named_self, dict(self=1)), (empty, {})]


@pytest.mark.parametrize("shape", range(5))
def test_init_is_dataclasses_own(shape):
    import inspect

    body, values = _shapes()[shape]
    theirs, ours = dataclasses.dataclass(frozen=True)(body()), frozen(body())
    a, b = theirs(**values), ours(**values)  # (ours is made here, at its first instance)
    assert repr(a) == repr(b)
    if shape >= 3:  # (the others hold a list: unhashable in both)
        assert hash(a) == hash(b)
    assert dataclasses.asdict(a) == dataclasses.asdict(b)
    assert str(inspect.signature(theirs)) == str(inspect.signature(ours))
    assert theirs.__doc__ == ours.__doc__
    assert ours(**values) == b and ours(**values) is not b
    if shape == 0:  # each instance its own list from the factory
        assert ours(**values).items is not ours(**values).items
    for name in [f.name for f in dataclasses.fields(a)][:1]:
        with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot assign to field '{name}'"):
            setattr(b, name, 0)
        with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot delete field '{name}'"):
            delattr(b, name)


def test_init_refuses_what_dataclasses_refuses():
    def late_default():
        class Bad:
            a: int = 1
            b: int

        return Bad

    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):
        dataclasses.dataclass(frozen=True)(late_default())
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):
        frozen(late_default())()
    _, ours = _pair()
    with pytest.raises(TypeError):  # a missing argument, an unknown one
        ours()
    with pytest.raises(TypeError):
        ours(1, nope=2)


def test_a_class_with_options_or_initvar_is_left_to_dataclasses():
    @frozen(match_args=False)
    class Ranked:
        rank: int

    assert Ranked(1) == Ranked(1) and not hasattr(Ranked, "__match_args__")

    @frozen
    class Seeded:
        seed: dataclasses.InitVar[int]
        value: int = 0

        def __post_init__(self, seed: int) -> None:
            object.__setattr__(self, "value", seed * 2)

    assert Seeded(4).value == 8


def test_init_code_is_kept_in_the_cache_folder_and_a_damaged_file_is_ignored(tmp_path):
    """A second run takes each __init__'s code from the cache folder instead of compiling it; a damaged or
    foreign file there is read as no file."""
    script = tmp_path / "shapes.py"
    script.write_text(
        "import builtins\n"
        "compiled = []\n"
        "real = builtins.compile\n"
        "def counting(source, filename, *args, **kwargs):\n"
        "    if filename == '<frozen __init__>':\n"
        "        compiled.append(filename)\n"
        "    return real(source, filename, *args, **kwargs)\n"
        "builtins.compile = counting\n"
        "import dataclasses\n"
        "from polcmp.frozen import frozen\n"
        "@frozen\n"
        "class Kept:\n"
        "    name: str\n"
        "    marks: tuple = ()\n"
        "    seen: list = dataclasses.field(default_factory=list)\n"
        "k = Kept('a')\n"
        "print(len(compiled), k == Kept('a', ()), k.seen == [] and k.seen is not Kept('a').seen)\n",
        encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent), "POLCMP_CACHE_DIR": str(cache)}

    def run() -> str:
        return subprocess.run([sys.executable, str(script)], capture_output=True, check=True, env=env,
                              text=True).stdout.strip()

    assert run() == "1 True True"  # compiled, then kept
    kept = list(cache.glob("frozen-init-*.marshal"))
    assert len(kept) == 1 and oct(kept[0].stat().st_mode & 0o777) == "0o600"
    assert run() == "0 True True"  # read back: nothing compiled
    kept[0].write_bytes(b"\x00not marshal data")
    assert run() == "1 True True"  # damaged: compiled afresh, and the file written whole again
    assert run() == "0 True True"
