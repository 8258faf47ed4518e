"""`@frozen`: a frozen dataclass, built at import for less. dataclasses writes each class its own __init__,
__repr__, __eq__, __hash__, __setattr__ and __delattr__ as source text and compiles each (about 0.35 ms a
class; polcmp defines some sixty, and `polcmp diff` builds most of them at every start). Here dataclasses
only reads the fields; __repr__, __eq__, __hash__ and the frozen __setattr__/__delattr__ are closures over
the field names, and __init__ is written as dataclasses writes it, compiled once per shape of fields and
kept in the cache folder for the runs after. They behave as dataclasses' do: the same text, equality only
between instances of one class over the fields that compare, the hash of the same tuple,
FrozenInstanceError on assignment, and `dataclasses.replace`, `fields` and `asdict` as before. A class
with options, InitVar or keyword-only fields is left to dataclasses whole. (A class made here has
__dataclass_params__ saying init, repr, eq and frozen False: dataclasses did not write those methods;
this module did.)"""

from __future__ import annotations

import atexit
import dataclasses
import marshal
import sys
import threading
from functools import cache, lru_cache
from importlib.util import MAGIC_NUMBER
from operator import attrgetter
from pathlib import Path
from reprlib import recursive_repr
from types import CodeType

from .cache import cache_dir, private_dir, read_cache_file, write_cache_file


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
        def __init__(*args, **kwargs) -> None:  # (self among args: a field may be called self)
            _made(cls)
            cls.__init__(*args, **kwargs)

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
    if options or not _plain(cls, own):
        made = dataclasses.dataclass(cls, frozen=True, repr=False, eq=False, **options)
    else:
        if not own.get("__doc__"):
            cls.__doc__ = cls.__name__  # (for now: dataclasses would read a signature __init__ does not yet have)
        made = dataclasses.dataclass(cls, init=False, repr=False, eq=False)  # fields read, nothing compiled
        _add_init(made, own)
        _add_frozen_attributes(made, own)
        if not own.get("__doc__"):
            import inspect  # (loaded already by typer; only classes without a docstring need it)

            made.__doc__ = made.__name__ + str(inspect.signature(made)).replace(" -> None", "")
    _add_value_methods(made, own)
    return made


def _plain(cls: type, own: dict) -> bool:
    """A class whose __init__ this module writes: no InitVar, no keyword-only field, and no base that is a
    dataclass made by dataclasses itself (a frozen base would refuse a child dataclasses thinks unfrozen)."""
    annotations = own.get("__annotations__", {})
    if any(isinstance(a, dataclasses.InitVar) or "InitVar" in str(a) or "KW_ONLY" in str(a)
           for a in annotations.values()):
        return False
    if any(isinstance(v, dataclasses.Field) and v.kw_only is True for v in own.values()):
        return False
    return not any(getattr(b, "__dataclass_params__", None) is not None and b.__dataclass_params__.frozen
                   for b in cls.__mro__[1:])


class _Factory:
    """The default of a parameter whose field has a default_factory (dataclasses' own marker is private)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _add_init(cls: type, own: dict) -> None:
    """__init__ as dataclasses writes it for a frozen class: each field in order, a default_factory called
    when its argument is not given, fields that are not init set from their default, then __post_init__."""
    fields = dataclasses.fields(cls)
    given = [f for f in fields if f.init]
    defaulted = _defaulted(given)
    self_name = "__dataclass_self__" if any(f.name == "self" for f in fields) else "self"
    params, lines, closure = [self_name, *(f.name for f in given)], [], {}
    for f in fields:
        value = _field_value(f, closure)
        if value is not None:
            lines.append(f"_set({self_name}, {f.name!r}, {value})")
    if hasattr(cls, "__post_init__"):
        lines.append(f"{self_name}.__post_init__()")
    init = _init_maker(tuple(params), tuple(lines), tuple(closure))(object.__setattr__, _FACTORY, *closure.values())
    init.__defaults__ = tuple(_FACTORY if f.default_factory is not dataclasses.MISSING else f.default
                              for f in defaulted) or None
    init.__annotations__ = {**{f.name: f.type for f in given}, "return": None}
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    if "__init__" not in own:
        cls.__init__ = init


def _defaulted(given: list[dataclasses.Field]) -> list[dataclasses.Field]:
    """The arguments with a default, which must all come last (dataclasses' own refusal otherwise)."""
    has = [f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING for f in given]
    if True in has and False in has[has.index(True):]:
        late = given[has.index(False, has.index(True))]
        raise TypeError(f"non-default argument {late.name!r} follows default argument")
    return [f for f, default in zip(given, has, strict=True) if default]


def _field_value(f: dataclasses.Field, closure: dict) -> str | None:
    """The expression __init__ sets a field to (None: a field it leaves unset); what it names from outside goes
    into `closure`."""
    if f.default_factory is not dataclasses.MISSING:
        closure[f"_factory_{f.name}"] = f.default_factory
        return f"_factory_{f.name}() if {f.name} is _FACTORY else {f.name}" if f.init else f"_factory_{f.name}()"
    if f.init:
        return f.name
    if f.default is not dataclasses.MISSING:
        closure[f"_default_{f.name}"] = f.default
        return f"_default_{f.name}"
    return None


@cache
def _init_maker(params: tuple[str, ...], lines: tuple[str, ...], closure: tuple[str, ...]):
    """The maker of an __init__ of this shape (classes with the same fields share it), compiled once: its
    code is kept in the cache folder, as Python keeps a module's."""
    source = (f"def __make__(_set, _FACTORY, {', '.join(closure)}):\n"
              f" def __init__({', '.join(params)}):\n" + "".join(f"  {line}\n" for line in lines or ("pass",))
              + " return __init__\n")
    store = _code_store(str(cache_dir()))
    code = store.codes.get(source)
    if code is None:
        code = compile(source, "<frozen __init__>", "exec")
        store.add(source, code)
    namespace: dict = {}
    exec(code, {}, namespace)  # noqa: S102 - the text made above from field names, or its code kept from a run before
    return namespace["__make__"]


class _CodeStore:
    """The compiled makers of one cache file: those read from it and those compiled in this run, saved at exit
    when there are new ones. The file is read only from the user's private cache folder (cache.private_dir)
    and only as a regular file of the user's: the trust Python gives its own __pycache__."""

    ENTRY_LIMIT = 2000  # shapes a file keeps; polcmp has some sixty classes

    def __init__(self, folder: Path, codes: dict) -> None:
        self.folder, self.codes, self.used, self.added = folder, codes, set(), False

    def add(self, source: str, code) -> None:
        self.codes[source] = code
        self.used.add(source)
        if not self.added:
            self.added = True
            atexit.register(self.save)

    def save(self) -> None:
        if len(self.codes) > self.ENTRY_LIMIT:  # shapes of classes long since changed: keep this run's
            self.codes = {source: self.codes[source] for source in self.used}
        folder = private_dir(folder=self.folder)
        if folder is not None:
            write_cache_file(folder / _CODE_FILE, marshal.dumps(self.codes))  # unwritable: no cache


_CODE_FILE = f"frozen-init-{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}.marshal"


@lru_cache(maxsize=4)
def _code_store(folder: str) -> _CodeStore:
    """The store of the cache file in `folder`, read once per run ({} when missing, damaged or foreign)."""
    checked = private_dir(create=False, folder=Path(folder))
    raw = read_cache_file(checked / _CODE_FILE, 4 * 1024 * 1024) if checked is not None else None
    codes: dict = {}
    if raw is not None:
        try:
            loaded = marshal.loads(raw)
        except (EOFError, ValueError, TypeError):
            loaded = None
        if isinstance(loaded, dict) and all(isinstance(k, str) and isinstance(v, CodeType) for k, v in loaded.items()):
            codes = loaded
    return _CodeStore(Path(folder), codes)


def _add_frozen_attributes(cls: type, own: dict) -> None:
    """__setattr__ and __delattr__ that refuse a field (any name on the class itself), as dataclasses'."""
    names = frozenset(f.name for f in dataclasses.fields(cls))
    for name in ("__setattr__", "__delattr__"):
        if name in own:
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    def __setattr__(self, name: str, value) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    for method in (__setattr__, __delattr__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        setattr(cls, method.__name__, method)


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
