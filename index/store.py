"""The Chroma store: chunks with their embeddings, one record per document (text and metadata), sentence vectors.

A document record is written last, after all its chunks, so a record's content hash marks a complete
document: an interrupted ingest is finished by the next run, never half-counted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from index.chroma_collections import ChromaCollections, CollectionSpec, connect
from index.chunk import Chunk
from index.store_protocol import ChunkHit, StoredDocument


class ChromaStore(ChromaCollections):
    # documents ------------------------------------------------------------------------------------
    def document_hashes(self) -> dict[str, str]:
        result = self._call(lambda: self._docs.get(include=["metadatas"]))
        return {i: (m or {}).get("content_hash", "") for i, m in zip(result["ids"], result["metadatas"])}

    def get_document(self, doc_id: str) -> StoredDocument | None:
        result = self._call(lambda: self._docs.get(ids=[doc_id], include=["documents", "metadatas"]))
        if not result["ids"]:
            return None
        return StoredDocument.from_record(doc_id, result["documents"][0], result["metadatas"][0] or {})

    def documents(self, with_text: bool = False) -> list[StoredDocument]:
        include = ["documents", "metadatas"] if with_text else ["metadatas"]
        result = self._call(lambda: self._docs.get(include=include))
        texts = result.get("documents") or [""] * len(result["ids"])
        docs = [StoredDocument.from_record(i, t, m or {}) for i, t, m in zip(result["ids"], texts, result["metadatas"])]
        return sorted(docs, key=lambda d: d.doc_id)

    def document_records(self, ids: list[str]) -> list[StoredDocument]:
        """These documents' records without their texts; ids not stored are left out."""
        wanted = list(dict.fromkeys(ids))
        records = []
        for i in range(0, len(wanted), self.max_batch):
            result = self._call(self._docs.get, ids=wanted[i : i + self.max_batch], include=["metadatas"])
            records += [StoredDocument.from_record(d, "", m or {}) for d, m in zip(result["ids"], result["metadatas"])]
        return records

    def put_document(self, doc: StoredDocument, embedding: np.ndarray) -> None:
        meta = {
            "title": doc.title,
            "source": doc.source,
            "published": doc.published or "",
            "url": doc.url or "",
            "language": doc.language,
            "content_hash": doc.content_hash,
            "chunks": doc.chunks,
            "path": doc.path,
            "events_json": json.dumps(doc.events, ensure_ascii=False),
            # None removes the key (an upsert keeps the keys it is not given): a record without claims
            "claims_json": None if doc.claims is None else json.dumps(doc.claims, ensure_ascii=False),
        }
        self._call(
            lambda: self._docs.upsert(
                ids=[doc.doc_id],
                documents=[doc.text],
                metadatas=[meta],
                embeddings=[embedding.astype(np.float32).tolist()],
            )
        )

    def set_claims(self, doc_id: str, claims: list[dict]) -> None:
        """Replace a stored document's claims, nothing else of its record (an update keeps the other keys)."""
        meta = {"claims_json": json.dumps(claims, ensure_ascii=False)}
        self._call(lambda: self._docs.update(ids=[doc_id], metadatas=[meta]))

    def delete_document(self, doc_id: str) -> None:
        self.delete_chunks(doc_id)
        self.delete_sentences(doc_id)
        self._call(lambda: self._docs.delete(ids=[doc_id]))

    # chunks ---------------------------------------------------------------------------------------
    def delete_chunks(self, doc_id: str, keep: set[str] | None = None) -> None:
        result = self._call(lambda: self._chunks.get(where={"doc_id": doc_id}, include=[]))
        stale = [i for i in result["ids"] if not keep or i not in keep]
        for i in range(0, len(stale), self.max_batch):
            batch = stale[i : i + self.max_batch]
            self._call(self._chunks.delete, ids=batch)

    def existing_chunk_ids(self, doc_id: str) -> set[str]:
        return set(self._call(lambda: self._chunks.get(where={"doc_id": doc_id}, include=[]))["ids"])

    def put_chunks(self, chunks: list[Chunk], embeddings: np.ndarray, extra: dict[str, Any]) -> None:
        for i in range(0, len(chunks), self.max_batch):
            batch = chunks[i : i + self.max_batch]
            vectors = embeddings[i : i + self.max_batch].astype(np.float32).tolist()
            metas = [{"doc_id": c.doc_id, "start": c.start, "end": c.end, "index": c.index, **extra} for c in batch]
            self._call(
                self._chunks.upsert,
                ids=[c.chunk_id for c in batch],
                embeddings=vectors,
                documents=[c.text for c in batch],
                metadatas=metas,
            )

    def query(self, embedding: np.ndarray, k: int) -> list[ChunkHit]:
        """The k nearest chunks (fewer when fewer are stored; Chroma takes a k above its count)."""
        result = self._call(
            lambda: self._chunks.query(
                query_embeddings=[embedding.astype(np.float32).tolist()],
                n_results=k,
                include=["documents", "metadatas", "distances"],
            )
        )
        return [
            ChunkHit(i, m["doc_id"], int(m["start"]), int(m["end"]), t, float(d))
            for i, t, m, d in zip(
                result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0]
            )
        ]

    def iter_chunks(self, page: int = 5000) -> Iterator[ChunkHit]:
        offset = 0
        while True:
            result = self._call(self._chunks.get, include=["documents", "metadatas"], limit=page, offset=offset)
            for i, t, m in zip(result["ids"], result["documents"], result["metadatas"]):
                yield ChunkHit(i, m["doc_id"], int(m["start"]), int(m["end"]), t, 0.0)
            if len(result["ids"]) < page:
                return
            offset += page

    def chunk_ids(self, page: int = 20000) -> list[str]:
        """Every chunk's id, nothing else (an id names its document's content version: index.chunk)."""
        ids: list[str] = []
        while True:
            batch = self._call(self._chunks.get, include=[], limit=page, offset=len(ids))["ids"]
            ids.extend(batch)
            if len(batch) < page:
                return ids

    def get_chunks(self, ids: list[str]) -> list[ChunkHit]:
        """These chunks in the order asked (distance 0.0); ids no longer stored are left out."""
        found: dict[str, ChunkHit] = {}
        wanted = list(dict.fromkeys(ids))
        for i in range(0, len(wanted), self.max_batch):
            batch = wanted[i : i + self.max_batch]
            result = self._call(self._chunks.get, ids=batch, include=["documents", "metadatas"])
            for cid, t, m in zip(result["ids"], result["documents"], result["metadatas"]):
                found[cid] = ChunkHit(cid, m["doc_id"], int(m["start"]), int(m["end"]), t, 0.0)
        return [found[i] for i in wanted if i in found]

    def llama_index_vector_store(self) -> Any:
        """The chunks collection as llama-index's ChromaVectorStore (for a plain llama-index peer or program)."""
        from llama_index.vector_stores.chroma import ChromaVectorStore

        return ChromaVectorStore(chroma_collection=self._chunks)

    # sentences ------------------------------------------------------------------------------------
    def put_sentences(self, doc_id: str, spans: list[tuple[int, int]], embeddings: np.ndarray) -> None:
        """A document's sentence vectors, replacing any it had (the answerer scores sentences with them)."""
        self.delete_sentences(doc_id)
        for i in range(0, len(spans), self.max_batch):
            batch = spans[i : i + self.max_batch]
            self._call(
                self._sentences.upsert,
                ids=[f"{doc_id}@{start}-{end}" for start, end in batch],
                embeddings=embeddings[i : i + self.max_batch].astype(np.float32).tolist(),
                metadatas=[{"doc_id": doc_id, "start": start, "end": end} for start, end in batch],
            )

    def sentence_vectors(self, doc_ids: list[str]) -> dict[tuple[str, int, int], np.ndarray]:
        """(doc_id, start, end) -> vector for every stored sentence of these documents."""
        if not doc_ids:
            return {}
        where = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": list(doc_ids)}}
        result = self._call(lambda: self._sentences.get(where=where, include=["embeddings", "metadatas"]))
        return {
            (m["doc_id"], int(m["start"]), int(m["end"])): np.asarray(e, dtype=np.float32)
            for m, e in zip(result["metadatas"], result["embeddings"])
        }

    def delete_sentences(self, doc_id: str) -> None:
        stale = self._call(lambda: self._sentences.get(where={"doc_id": doc_id}, include=[]))["ids"]
        for i in range(0, len(stale), self.max_batch):
            self._call(self._sentences.delete, ids=stale[i : i + self.max_batch])

    def count_chunks(self) -> int:
        return int(self._call(self._chunks.count))

    def count_sentences(self) -> int:
        return int(self._call(self._sentences.count))

    def count_documents(self) -> int:
        return int(self._call(self._docs.count))


def open_store(
    collection: str, spec: CollectionSpec, path: Path | None = None, host: str | None = None, port: int = 8000
) -> ChromaStore:
    client = connect(path=path, host=host, port=port)
    label = f"Chroma server {host}:{port}" if host else f"embedded Chroma at {path}"
    return ChromaStore(client, collection, spec, label, server=(host, port) if host else None)
