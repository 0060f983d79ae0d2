"""Read a JSONL or CSV file of articles, one per row; a bad row is skipped with its reason."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from index.raw_document import BadFile, RawDocument, Skipped, file_stem

ROW_FIELDS = ("text", "id", "title", "url", "source", "published")
# Names other news dumps give the same fields, tried in order after our own.
ROW_ALIASES = {
    "text": ("content", "body", "article"),
    "title": ("headline",),
    "url": ("link",),
    "source": ("outlet", "publisher", "site"),
    "published": ("date", "published_at", "pubdate"),
}


def _row_document(row: dict, default_id: str, path: Path) -> RawDocument:
    if not isinstance(row, dict):
        raise ValueError("row is not an object")
    text = _field(row, "text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("missing or empty 'text' field (also read as: content, body, article)")
    values = {key: _field(row, key) for key in ROW_FIELDS[1:]}
    values = {key: str(value).strip() if value not in (None, "") else None for key, value in values.items()}
    doc_id = safe_doc_id(values["id"] or default_id)
    return RawDocument(
        doc_id=doc_id,
        text=text,
        path=str(path),
        title=values["title"],
        url=values["url"],
        source=values["source"],
        published=values["published"],
    )


def _field(row: dict, key: str) -> object:
    for name in (key, *ROW_ALIASES.get(key, ())):
        if row.get(name) not in (None, ""):
            return row[name]
    return None


def jsonl_rows(text: str, path: Path) -> tuple[list[RawDocument], list[Skipped]]:
    docs: list[RawDocument] = []
    bad: list[Skipped] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            docs.append(_row_document(json.loads(line), f"{file_stem(path)}-{lineno}", path))
        except (json.JSONDecodeError, ValueError) as exc:
            bad.append(Skipped(f"{path}:{lineno}", f"malformed row: {exc}"))
    if not docs and not bad:
        raise BadFile("no rows in the file")
    return docs, bad


def csv_rows(text: str, path: Path) -> tuple[list[RawDocument], list[Skipped]]:
    reader = csv.DictReader(io.StringIO(text))
    columns = {f.strip().lower() for f in reader.fieldnames or []}
    if not columns & {"text", *ROW_ALIASES["text"]}:
        raise BadFile("CSV has no 'text' column (expected columns: text, id, title, url, source, published)")
    docs: list[RawDocument] = []
    bad: list[Skipped] = []
    for rowno, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): v for k, v in row.items()}
        try:
            docs.append(_row_document(row, f"{file_stem(path)}-{rowno}", path))
        except ValueError as exc:
            bad.append(Skipped(f"{path}:{rowno}", f"malformed row: {exc}"))
    return docs, bad


def safe_doc_id(value: str) -> str:
    cleaned = re.sub(r"[^\w.\-]+", "_", value.strip())[:128]
    return cleaned or "doc"
