"""The one path from files on disk to chunks in Chroma: load, clean, describe, chunk, embed, store."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from index.chunk import Chunk, chunk_document
from index.clean import clean_boilerplate
from index.embed import Embedder
from index.ingest_extractors import ClaimExtractor, EventExtractor, dated_events, quantity_claims
from index.ingest_lock import ingest_lock
from index.ingest_write import PreparedDocument, Progress, add_missing_claims, write_documents
from index.load import load_paths
from index.meta import (
    content_hash,
    detect_language,
    find_outlet,
    find_published,
    find_title,
    normalize_published,
)
from index.raw_document import RawDocument, Skipped
from index.store_protocol import Store, StoredDocument

CLEANER_VERSION = "3"  # bump when cleaning or what is stored per document changes: every document re-ingests


@dataclass
class FileResult:
    path: str
    status: str  # ingested | replaced | unchanged | skipped
    reason: str | None = None
    doc_ids: list[str] = field(default_factory=list)
    chunks: int = 0


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)
    embedded_chunks: int = 0
    pruned: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def skipped(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "skipped"]

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)


def prepare_document(raw: RawDocument, sentences: int, overlap: int) -> tuple[StoredDocument, list[Chunk]] | str:
    """Clean and describe one document; a string is the reason it cannot be used."""
    text = clean_boilerplate(raw.text)
    if len(text.strip()) < 20:
        return "no article text left after removing boilerplate"
    title = raw.title or find_title(text)
    source = raw.source or find_outlet(text) or ""
    published = normalize_published(raw.published) or find_published(text)
    digest = content_hash(CLEANER_VERSION, text, title, source, published, raw.url, f"{sentences}/{overlap}")
    chunks = chunk_document(raw.doc_id, text, digest, sentences=sentences, overlap=overlap)
    record = StoredDocument(
        doc_id=raw.doc_id,
        text=text,
        title=title,
        source=source,
        published=published,
        url=raw.url,
        language=detect_language(text),
        content_hash=digest,
        chunks=len(chunks),
        path=raw.path,
        events=[],
    )
    return record, chunks


def ingest_paths(
    paths: list[Path],
    embedder: Embedder,
    store: Store,
    *,
    lock_path: Path,
    sentences: int = 4,
    overlap: int = 1,
    max_bytes: int = 20_000_000,
    prune: bool = False,
    progress: Progress | None = None,
    extract_events: EventExtractor | None = None,
    lock_wait: float = 0.0,
    today: date | None = None,
    extract_claims: ClaimExtractor | None = None,
) -> IngestReport:
    """Ingest files and folders; unchanged documents embed nothing, bad files are skipped with a reason.

    Dated events and quantity claims are extracted here and stored with each document record, so a question
    only filters them. `today` bounds the years guessed for dates stated without one (default: the real today).
    """
    started = time.perf_counter()
    extract_events = extract_events or dated_events(today or date.today())
    extract_claims = extract_claims or quantity_claims(today or date.today())
    with ingest_lock(lock_path, wait=lock_wait):
        report = IngestReport()
        loaded = load_paths(paths, max_bytes)
        for skipped in loaded.skipped:
            report.files.append(FileResult(skipped.path, "skipped", skipped.reason))
        known = store.document_hashes()
        prepared, by_path = _prepare_all(loaded.documents, known, sentences, overlap, report)
        report.embedded_chunks = write_documents(prepared, embedder, store, progress, extract_events, extract_claims)
        add_missing_claims([d for d in prepared if d.status == "unchanged"], store, extract_claims)
        for doc in prepared:
            result = by_path[doc.raw.path]
            if doc.status != "unchanged" and result.status in ("unchanged", "ingested"):
                result.status = doc.status
        report.files.extend(r for r in by_path.values() if r.doc_ids)
        if prune:
            report.pruned = prune_missing(store)
        report.seconds = time.perf_counter() - started
        return report


def _prepare_all(
    documents: list[RawDocument], known: dict[str, str], sentences: int, overlap: int, report: IngestReport
) -> tuple[list[PreparedDocument], dict[str, FileResult]]:
    """Each loaded document prepared and compared with its stored version; unusable ones and repeated ids are
    reported as skipped."""
    by_path: dict[str, FileResult] = {}
    prepared: list[PreparedDocument] = []
    seen: dict[str, str] = {}
    for raw in documents:
        result = by_path.setdefault(raw.path, FileResult(raw.path, "unchanged"))
        outcome = prepare_document(raw, sentences, overlap)
        if isinstance(outcome, str) or raw.doc_id in seen:
            reason = (
                outcome
                if isinstance(outcome, str)
                else f"duplicate document id '{raw.doc_id}' (also in {seen[raw.doc_id]})"
            )
            report.files.append(FileResult(f"{raw.path} [{raw.doc_id}]", "skipped", reason))
            continue
        seen[raw.doc_id] = raw.path
        record, chunks = outcome
        if known.get(raw.doc_id) == record.content_hash:
            status = "unchanged"
        else:
            status = "replaced" if raw.doc_id in known else "ingested"
        prepared.append(PreparedDocument(raw, record, chunks, status))
        result.doc_ids.append(raw.doc_id)
        result.chunks += len(chunks)
    return prepared, by_path


def prune_missing(store: Store) -> list[str]:
    """Remove documents whose source file is gone."""
    removed = []
    for doc in store.documents():
        if doc.path and not Path(doc.path).exists():
            store.delete_document(doc.doc_id)
            removed.append(doc.doc_id)
    return removed


__all__ = ["FileResult", "IngestReport", "Skipped", "ingest_paths", "prepare_document"]
