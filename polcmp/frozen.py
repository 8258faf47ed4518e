"""`@frozen`: a frozen dataclass, built at import for less. dataclasses writes each class its own __repr__,
__eq__ and __hash__ as source text and compiles it (about 0.35 ms a class; polcmp defines some sixty, and
`polcmp diff` builds most of them at every start). Here the three are closures over the class's field
names, made without compiling anything, and they behave as dataclasses' do: the same text, equality only
between instances of one class over the fields that compare, the hash of the same tuple. __init__ and the
frozen __setattr__ stay dataclasses' own, so `dataclasses.replace`, `fields` and `asdict` work as before."""

from __future__ import annotations

import dataclasses
import threading
from operator import attrgetter
from reprlib import recursive_repr


def frozen(cls: type | None = None, /, **options):
    """@dataclass(frozen=True, **options), with __repr__, __eq__ and __hash__ made without compiling, and
    made when the class is first instantiated: a run builds only the classes it uses (`polcmp diff` uses
    about half of polcmp's). Until then the class has no fields (dataclasses.fields needs an instance
    anyway, which has been made)."""

    def wrap(cls: type) -> type:
        own = dict(cls.__dict__)  # before dataclasses adds anything: what the class body defines itself
        if {"__init__", "__new__", "__setstate__"} & own.keys():  # a class that writes its own is made now
            return _make(cls, own, options)

        # a first instance comes from a call (__init__) or from unpickling one another process sent
        # (__setstate__): either makes the class, then does what dataclasses' __init__ or pickle would
        def __init__(self, *args, **kwargs) -> None:
            _made(cls)
            cls.__init__(self, *args, **kwargs)

        def __setstate__(self, state: dict) -> None:
            _made(cls)
            self.__dict__.update(state)

        for method in (__init__, __setstate__):
            method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
            setattr(cls, method.__name__, method)
        _PENDING[cls] = (own, options)
        return cls

    return wrap if cls is None else wrap(cls)


_PENDING: dict[type, tuple[dict, dict]] = {}  # classes declared @frozen, not yet made
_MAKING = threading.Lock()


def _made(cls: type) -> None:
    """Make cls (and first any @frozen class it derives from) a dataclass, once."""
    with _MAKING:
        for klass in reversed(cls.__mro__):
            pending = _PENDING.pop(klass, None)
            if pending is not None:
                del klass.__init__, klass.__setstate__  # dataclasses writes __init__ only where there is none
                _make(klass, *pending)


def _make(cls: type, own: dict, options: dict) -> type:
    made = dataclasses.dataclass(cls, frozen=True, repr=False, eq=False, **options)
    _add_value_methods(made, own)
    return made


def _values(names: tuple[str, ...]):
    """A function giving the tuple of these attributes (attrgetter gives a bare value for one name)."""
    if not names:
        return lambda _: ()
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda obj: (get(obj),)
    return attrgetter(*names)


def _add_value_methods(cls: type, own: dict) -> None:
    fields = dataclasses.fields(cls)
    shown = tuple(f.name for f in fields if f.repr)
    compared = _values(tuple(f.name for f in fields if f.compare))
    hashed = _values(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))

    @recursive_repr()
    def __repr__(self) -> str:
        return f"{type(self).__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in shown)})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(hashed(self))

    for name, method in (("__repr__", __repr__), ("__eq__", __eq__)):
        if name not in own:
            method.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, method)
    # (a body that defines __eq__ alone gets __hash__ = None from Python: dataclasses replaces it, as here)
    if "__hash__" not in own or (own["__hash__"] is None and "__eq__" in own):
        __hash__.__qualname__ = f"{cls.__qualname__}.__hash__"
        cls.__hash__ = __hash__
