"""What ingest stores beside a document (claims, events), written as plain dicts and read back."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any, Self


class StoredRecord:
    """Mixed into a dataclass: `to_dict` for the store, `from_dict` for reading it back. Keys the class no longer
    has (a store written by an older version) are dropped, not an error."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})
