"""Read a Markdown article: front matter for its fields, the text without markup."""

from __future__ import annotations

import re
from pathlib import Path

from index.raw_document import RawDocument, file_stem, require_text

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


def markdown_document(text: str, path: Path) -> RawDocument:
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[match.end() :]
    title = meta.get("title")
    if not title:
        heading = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
        title = heading.group(1).strip() if heading else None
    text = re.sub(r"^#{1,6}\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images never become document text
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return RawDocument(
        doc_id=meta.get("id") or file_stem(path),
        text=require_text(text),
        path=str(path),
        title=title,
        url=meta.get("url"),
        source=meta.get("source"),
        published=meta.get("published") or meta.get("date"),
    )
