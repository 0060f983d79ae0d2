"""Read article files (txt, md, html, jsonl, csv) into raw documents, skipping bad input with a reason."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ACCEPTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".csv")  # each also gzipped: ".jsonl.gz"
ROW_FIELDS = ("text", "id", "title", "url", "source", "published")
# Names other news dumps give the same fields, tried in order after our own.
ROW_ALIASES = {
    "text": ("content", "body", "article"),
    "title": ("headline",),
    "url": ("link",),
    "source": ("outlet", "publisher", "site"),
    "published": ("date", "published_at", "pubdate"),
}


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


@dataclass
class LoadResult:
    documents: list[RawDocument] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class BadFile(Exception):
    """A file that cannot be read as an article; the message is the one-line reason."""


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


def _stem(path: Path) -> str:
    return Path(path.stem).stem if path.suffix.lower() == ".gz" else path.stem


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
        rows, bad = (_jsonl_rows if suffix == ".jsonl" else _csv_rows)(text, path)
        return rows, bad
    if suffix in (".html", ".htm"):
        return [_html_document(text, path)], []
    if suffix == ".md":
        return [_markdown_document(text, path)], []
    return [RawDocument(doc_id=_stem(path), text=_require_text(text), path=str(path))], []


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


def _require_text(text: str) -> str:
    if not text.strip():
        raise BadFile("no text in the file")
    return text


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


def _markdown_document(text: str, path: Path) -> RawDocument:
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
        doc_id=meta.get("id") or _stem(path),
        text=_require_text(text),
        path=str(path),
        title=title,
        url=meta.get("url"),
        source=meta.get("source"),
        published=meta.get("published") or meta.get("date"),
    )


_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
    "figure",
)
_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "blockquote",
    "pre",
    "figcaption",
    "dd",
    "dt",
)


def _html_document(text: str, path: Path) -> RawDocument:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")

    def meta_content(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content"):
                return str(tag["content"]).strip()
        return None

    h1 = soup.find("h1")
    title = meta_content("og:title") or (h1.get_text(" ", strip=True) if h1 else None)
    if not title and soup.title:
        title = soup.title.get_text(" ", strip=True)
    canonical = soup.find("link", rel="canonical")
    url = meta_content("og:url") or (str(canonical["href"]) if canonical and canonical.get("href") else None)
    source = meta_content("og:site_name")
    published = meta_content("article:published_time", "date", "pubdate")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    if soup.head:
        soup.head.decompose()
    body = soup.find("article") or soup.body or soup
    for tag in body.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in body.get_text().splitlines()]
    body_text = "\n".join(line for line in lines if line)
    return RawDocument(
        doc_id=_stem(path),
        text=_require_text(body_text),
        path=str(path),
        title=title,
        url=url,
        source=source,
        published=published,
    )


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


def _jsonl_rows(text: str, path: Path) -> tuple[list[RawDocument], list[Skipped]]:
    docs: list[RawDocument] = []
    bad: list[Skipped] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            docs.append(_row_document(json.loads(line), f"{_stem(path)}-{lineno}", path))
        except (json.JSONDecodeError, ValueError) as exc:
            bad.append(Skipped(f"{path}:{lineno}", f"malformed row: {exc}"))
    if not docs and not bad:
        raise BadFile("no rows in the file")
    return docs, bad


def _csv_rows(text: str, path: Path) -> tuple[list[RawDocument], list[Skipped]]:
    reader = csv.DictReader(io.StringIO(text))
    columns = {f.strip().lower() for f in reader.fieldnames or []}
    if not columns & {"text", *ROW_ALIASES["text"]}:
        raise BadFile("CSV has no 'text' column (expected columns: text, id, title, url, source, published)")
    docs: list[RawDocument] = []
    bad: list[Skipped] = []
    for rowno, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): v for k, v in row.items()}
        try:
            docs.append(_row_document(row, f"{_stem(path)}-{rowno}", path))
        except ValueError as exc:
            bad.append(Skipped(f"{path}:{rowno}", f"malformed row: {exc}"))
    return docs, bad


def safe_doc_id(value: str) -> str:
    cleaned = re.sub(r"[^\w.\-]+", "_", value.strip())[:128]
    return cleaned or "doc"
