"""Read article files (txt, md, html, jsonl, csv) into raw documents, skipping bad input with a reason."""

from __future__ import annotations

import gzip
import io
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from index.raw_document import BadFile, RawDocument, Skipped, file_stem, require_text
from index.read_html import html_document
from index.read_markdown import markdown_document
from index.read_rows import csv_rows, jsonl_rows

ACCEPTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".csv")  # each also gzipped: ".jsonl.gz"


@dataclass
class LoadResult:
    documents: list[RawDocument] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[Skipped]]:
    """Files to read, in a stable order: folders are walked, hidden files and unknown types reported."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if article_suffix(child) in ACCEPTED_SUFFIXES:
                    files.append(child)
                else:
                    skipped.append(Skipped(str(child), f"unsupported file type '{child.suffix or 'none'}'"))
        elif path.is_file():
            if article_suffix(path) in ACCEPTED_SUFFIXES:
                files.append(path)
            else:
                accepted = ", ".join(ACCEPTED_SUFFIXES)
                skipped.append(Skipped(str(path), f"unsupported file type '{path.suffix}' (accepted: {accepted})"))
        else:
            skipped.append(Skipped(str(path), "no such file or folder"))
    return files, skipped


def load_paths(paths: list[Path], max_bytes: int) -> LoadResult:
    files, skipped = expand_paths(paths)
    result = LoadResult(skipped=skipped)
    for path in files:
        try:
            docs, bad_rows = load_file(path, max_bytes)
        except BadFile as exc:
            result.skipped.append(Skipped(str(path), str(exc)))
            continue
        result.documents.extend(docs)
        result.skipped.extend(bad_rows)
    return result


def article_suffix(path: Path) -> str:
    """The suffix that says how to read the file: ".jsonl" for "news.jsonl.gz"."""
    suffixes = [s.lower() for s in path.suffixes]
    if len(suffixes) >= 2 and suffixes[-1] == ".gz":
        return suffixes[-2]
    return path.suffix.lower()


def load_file(path: Path, max_bytes: int) -> tuple[list[RawDocument], list[Skipped]]:
    size = path.stat().st_size
    if size > max_bytes:
        raise BadFile(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (SUMBER_MAX_FILE_MB)")
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        data = _gunzip(data, max_bytes)
    text = decode_text(data)
    suffix = article_suffix(path)
    if suffix in (".jsonl", ".csv"):
        rows, bad = (jsonl_rows if suffix == ".jsonl" else csv_rows)(text, path)
        return rows, bad
    if suffix in (".html", ".htm"):
        return [html_document(text, path)], []
    if suffix == ".md":
        return [markdown_document(text, path)], []
    return [RawDocument(doc_id=file_stem(path), text=require_text(text), path=str(path))], []


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """The decompressed file, refused past the size limit (a small archive can unpack to gigabytes)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            unpacked = handle.read(max_bytes + 1)
    except (OSError, EOFError) as exc:
        raise BadFile(f"not a readable gzip file ({exc})") from None
    if len(unpacked) > max_bytes:
        raise BadFile(f"unpacks to over the {max_bytes / 1e6:.0f} MB limit (SUMBER_MAX_FILE_MB)")
    return unpacked


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252/Latin-1; refuse binary."""
    if not data.strip():
        raise BadFile("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise BadFile("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if _control_ratio(text) > 0.01:
        raise BadFile("cannot decode the text (not UTF-8 or Latin-1): save it as UTF-8")
    return text


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return controls / max(len(text), 1)
