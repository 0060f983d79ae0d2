"""Write prepared documents (chunks and sentences embedded in batches, then each record); claims for old records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from index.chunk import Chunk, sentence_spans
from index.embed import Embedder
from index.ingest_extractors import ClaimExtractor, EventExtractor
from index.raw_document import RawDocument
from index.store_protocol import Store, StoredDocument

EMBED_BATCH = 64
MIN_SENTENCE_CHARS = 20
Progress = Callable[[int, int, str], None]


@dataclass
class PreparedDocument:
    raw: RawDocument
    record: StoredDocument
    chunks: list[Chunk]
    status: str


def write_documents(
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


def _unit_vector(dim: int) -> np.ndarray:
    # The documents collection is never searched by vector; Chroma only needs one of the right shape.
    vector = np.zeros(max(dim, 1), dtype=np.float32)
    vector[0] = 1.0
    return vector
