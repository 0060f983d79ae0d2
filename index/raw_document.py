"""What a reader makes of an article file: raw documents, or the reason a file or row is skipped."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class RawDocument:
    doc_id: str
    text: str
    path: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None


@dataclass
class Skipped:
    path: str
    reason: str


class BadFile(Exception):
    """A file that cannot be read as an article; the message is the one-line reason."""


def file_stem(path: Path) -> str:
    return Path(path.stem).stem if path.suffix.lower() == ".gz" else path.stem


def require_text(text: str) -> str:
    if not text.strip():
        raise BadFile("no text in the file")
    return text
