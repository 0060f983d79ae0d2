"""Word tables kept in a TOML file beside the module that names them, read once when that module is imported.

`read_tables(__name__)` in index/language/indonesian/numbers.py reads index/language/indonesian/numbers.toml. An
array comes back as a tuple and a table as a dict, both in the file's order, so each name keeps the type and order
it had as a Python literal.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any


def read_tables(module: str) -> dict[str, Any]:
    """The tables of the module named `module` (its `__name__`), from the TOML file of the same name beside it."""
    package, _, name = module.rpartition(".")
    text = resources.files(package).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return _tuples(tomllib.loads(text))


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(item) for item in value)
    if isinstance(value, dict):
        return {key: _tuples(item) for key, item in value.items()}
    return value
