"""What the rest of Sumber needs from a store, and the records it reads back; `index.store.ChromaStore` is the one
implementation, and nothing outside it (index.store, index.chroma_collections) knows it is Chroma.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from index.chunk import Chunk


@dataclass
class StoredDocument:
    doc_id: str
    text: str
    title: str
    source: str
    published: str | None
    url: str | None
    language: str
    content_hash: str
    chunks: int
    path: str
    events: list[dict]
    # Quantity claims (index.claims.Claim.to_dict()) extracted at ingest; None for a record stored before claims
    # were, which index.claims.document_claims computes from the text on read instead.
    claims: list[dict] | None = None

    @classmethod
    def from_record(cls, doc_id: str, text: str, meta: dict[str, Any]) -> StoredDocument:
        return cls(
            doc_id=doc_id,
            text=text or "",
            title=meta.get("title", ""),
            source=meta.get("source", ""),
            published=meta.get("published") or None,
            url=meta.get("url") or None,
            language=meta.get("language", ""),
            content_hash=meta.get("content_hash", ""),
            chunks=int(meta.get("chunks", 0)),
            path=meta.get("path", ""),
            events=json.loads(meta.get("events_json") or "[]"),
            claims=json.loads(meta["claims_json"]) if meta.get("claims_json") else None,
        )


@dataclass(frozen=True)
class ChunkHit:
    chunk_id: str
    doc_id: str
    start: int
    end: int
    text: str
    distance: float


class Store(Protocol):
    """Chunks with their vectors, one record per document, and sentence vectors by document."""

    label: str  # where the store lives, for status lines and error messages

    # documents
    def count_documents(self) -> int: ...
    def document_hashes(self) -> dict[str, str]: ...
    def get_document(self, doc_id: str) -> StoredDocument | None: ...
    def documents(self, with_text: bool = False) -> list[StoredDocument]: ...
    def document_records(self, ids: list[str]) -> list[StoredDocument]:
        """These documents' records without their texts; ids not stored are left out."""

    def put_document(self, doc: StoredDocument, embedding: np.ndarray) -> None: ...
    def set_claims(self, doc_id: str, claims: list[dict]) -> None:
        """Replace a stored document's claims, nothing else of its record."""

    def delete_document(self, doc_id: str) -> None:
        """The document, its chunks and its sentence vectors."""

    # chunks
    def count_chunks(self) -> int: ...
    def existing_chunk_ids(self, doc_id: str) -> set[str]: ...
    def put_chunks(self, chunks: list[Chunk], embeddings: np.ndarray, extra: dict[str, Any]) -> None: ...
    def delete_chunks(self, doc_id: str, keep: set[str] | None = None) -> None: ...
    def query(self, embedding: np.ndarray, k: int) -> list[ChunkHit]: ...
    def iter_chunks(self) -> Iterator[ChunkHit]: ...
    def chunk_ids(self) -> list[str]:
        """Every chunk's id, nothing else (an id names its document's content version: index.chunk)."""

    def get_chunks(self, ids: list[str]) -> list[ChunkHit]:
        """These chunks in the order asked (distance 0.0); ids no longer stored are left out."""

    def llama_index_vector_store(self) -> Any:
        """The chunks as a llama-index vector store: what a plain llama-index program would query."""

    # sentences
    def put_sentences(self, doc_id: str, spans: list[tuple[int, int]], embeddings: np.ndarray) -> None: ...
    def sentence_vectors(self, doc_ids: list[str]) -> dict[tuple[str, int, int], np.ndarray]: ...
    def count_sentences(self) -> int: ...
