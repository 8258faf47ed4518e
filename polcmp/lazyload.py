"""A package's names loaded from its modules on first use (PEP 562): `polcmp.results` and `polcmp.match`
keep start-up cheap by importing a module only when a name of it is first asked for."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy_names(package: str, where: dict[str, str], namespace: dict) -> tuple[Callable, Callable]:
    """(__getattr__, __dir__) for `package`: `where` maps each name to the module (under the package)
    that defines it; a name found is kept in `namespace`, so the next lookup is a plain attribute."""

    def __getattr__(name: str):
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted([*namespace, *where])

    return __getattr__, __dir__
