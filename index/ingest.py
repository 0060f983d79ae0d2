"""The one path from files on disk to chunks in Chroma: load, clean, describe, chunk, embed, store."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from index.chunk import Chunk, chunk_document, sentence_spans
from index.clean import clean_boilerplate
from index.embed import Embedder
from index.errors import IngestLockedError
from index.load import RawDocument, Skipped, load_paths
from index.meta import (
    content_hash,
    detect_language,
    find_outlet,
    find_published,
    find_title,
    normalize_published,
)
from index.store_protocol import Store, StoredDocument

CLEANER_VERSION = "3"  # bump when cleaning or what is stored per document changes: every document re-ingests
EMBED_BATCH = 64
MIN_SENTENCE_CHARS = 20
Progress = Callable[[int, int, str], None]
EventExtractor = Callable[[str, str, str | None, str], list[dict]]
ClaimExtractor = Callable[[str, str, str | None, str], list[dict]]


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


@dataclass
class PreparedDocument:
    raw: RawDocument
    record: StoredDocument
    chunks: list[Chunk]
    status: str


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
        by_path: dict[str, FileResult] = {}
        for skipped in loaded.skipped:
            report.files.append(FileResult(skipped.path, "skipped", skipped.reason))
        known = store.document_hashes()
        prepared: list[PreparedDocument] = []
        seen: dict[str, str] = {}
        for raw in loaded.documents:
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
        report.embedded_chunks = _write_documents(prepared, embedder, store, progress, extract_events, extract_claims)
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


def _write_documents(
    prepared: list[PreparedDocument],
    embedder: Embedder,
    store: Store,
    progress: Progress | None,
    extract_events: EventExtractor | None,
    extract_claims: ClaimExtractor | None = None,
) -> int:
    """Embed pending chunks in batches across documents; a document record is written after its chunks."""
    todo = [d for d in prepared if d.status != "unchanged"]
    pending: list[tuple[PreparedDocument, list[Chunk]]] = []
    for doc in todo:
        done = store.existing_chunk_ids(doc.record.doc_id)  # chunks of this version left by an interrupted run
        pending.append((doc, [c for c in doc.chunks if c.chunk_id not in done]))
    total = sum(len(missing) for _, missing in pending)
    embedded = 0
    if progress:
        progress(0, total, "embedding")
    batch: list[tuple[PreparedDocument, list[Chunk]]] = []
    batch_size = 0
    for item in pending:
        batch.append(item)
        batch_size += len(item[1])
        if batch_size >= EMBED_BATCH:
            embedded += _flush(batch, embedder, store, extract_events, extract_claims)
            batch, batch_size = [], 0
            if progress:
                progress(embedded, total, "embedding")
    embedded += _flush(batch, embedder, store, extract_events, extract_claims)
    if progress:
        progress(embedded, total, "done")
    return embedded


def _flush(
    batch: list[tuple[PreparedDocument, list[Chunk]]],
    embedder: Embedder,
    store: Store,
    extract_events: EventExtractor | None,
    extract_claims: ClaimExtractor | None = None,
) -> int:
    sentences = [scored_sentence_spans(doc.record.text) for doc, _ in batch]
    texts = [c.text for _, missing in batch for c in missing]
    texts += [doc.record.text[a:b] for (doc, _), spans in zip(batch, sentences) for a, b in spans]
    vectors = embedder.embed_passages(texts) if texts else np.zeros((0, 1), dtype=np.float32)
    offset = 0
    for doc, missing in batch:
        if missing:
            store.put_chunks(missing, vectors[offset : offset + len(missing)], {"source": doc.record.source})
            offset += len(missing)
        store.delete_chunks(doc.record.doc_id, keep={c.chunk_id for c in doc.chunks})
    for (doc, _), spans in zip(batch, sentences):
        store.put_sentences(doc.record.doc_id, spans, vectors[offset : offset + len(spans)])
        offset += len(spans)
    for doc, _ in batch:
        if extract_events:
            doc.record.events = extract_events(
                doc.record.doc_id, doc.record.text, doc.record.published, doc.record.source
            )
        if extract_claims:
            doc.record.claims = extract_claims(
                doc.record.doc_id, doc.record.text, doc.record.published, doc.record.source
            )
        store.put_document(doc.record, _unit_vector(embedder.dim or vectors.shape[1]))
    return sum(len(missing) for _, missing in batch)


def add_missing_claims(unchanged: list[PreparedDocument], store: Store, extract_claims: ClaimExtractor) -> int:
    """Claims for unchanged documents stored before claims were (CLEANER_VERSION was not bumped for them, so
    nothing is embedded again): the record's claims only are written. Returns how many documents got them."""
    by_id = {d.record.doc_id: d.record for d in unchanged}
    ids = list(by_id)
    added = 0
    for i in range(0, len(ids), 500):
        for stored in store.document_records(ids[i : i + 500]):
            if stored.claims is None:
                record = by_id[stored.doc_id]  # the same content hash: the same text and fields
                store.set_claims(
                    stored.doc_id, extract_claims(record.doc_id, record.text, record.published, record.source)
                )
                added += 1
    return added


def scored_sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences the answerer weighs: long enough to state something."""
    return [(a, b) for a, b in sentence_spans(text) if b - a >= MIN_SENTENCE_CHARS]


def dated_events(today: date) -> EventExtractor:
    """Events as stored beside a document: dated statements and actions with their exact spans."""
    from index.events import extract_events

    def extract(doc_id: str, text: str, published: str | None, source: str) -> list[dict]:
        stated = date.fromisoformat(published[:10]) if published and published[:4].isdigit() else None
        return [e.to_dict() for e in extract_events(doc_id, text, stated, source=source or None, today=today)]

    return extract


def quantity_claims(today: date) -> ClaimExtractor:
    """Quantity claims as stored beside a document (index.claims.Claim.to_dict()), read back by compare."""
    from index.claims import record_claims

    def extract(doc_id: str, text: str, published: str | None, source: str) -> list[dict]:
        return [c.to_dict() for c in record_claims(doc_id, text, published, source, today)]

    return extract


def _unit_vector(dim: int) -> np.ndarray:
    # The documents collection is never searched by vector; Chroma only needs one of the right shape.
    vector = np.zeros(max(dim, 1), dtype=np.float32)
    vector[0] = 1.0
    return vector


def prune_missing(store: Store) -> list[str]:
    """Remove documents whose source file is gone."""
    removed = []
    for doc in store.documents():
        if doc.path and not Path(doc.path).exists():
            store.delete_document(doc.doc_id)
            removed.append(doc.doc_id)
    return removed


class ingest_lock:
    """One writer per data folder: Chroma's embedded store is thread-safe but not process-safe."""

    def __init__(self, path: Path, wait: float = 0.0) -> None:
        from filelock import FileLock

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.wait = wait
        self._lock = FileLock(str(path))

    def __enter__(self) -> ingest_lock:
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=self.wait)
        except Timeout:
            raise IngestLockedError(
                f"another ingest is running on {self.path.parent} (lock {self.path.name}): wait for it to "
                "finish, then run the command again"
            ) from None
        self.path.with_suffix(".pid").write_text(str(os.getpid()))
        return self

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


__all__ = ["FileResult", "IngestReport", "Skipped", "ingest_lock", "ingest_paths", "prepare_document"]
