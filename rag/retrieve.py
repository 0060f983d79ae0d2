"""Hybrid retrieval: dense (Chroma) and BM25 rankings fused by reciprocal rank, near-duplicates collapsed."""

from __future__ import annotations

import pickle
import re
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from index.embed import Embedder
from index.store_protocol import ChunkHit, Store
from rag.cache import StoreCache
from rag.text import content_terms
from rag.types import Passage

RRF_K = 60
CANDIDATES = 30
DUPLICATE_JACCARD = 0.6
DocumentMeta = tuple[str, str, str | None]  # title, source, published


@dataclass
class _Bm25:
    chunk_ids: list[str]
    hits: list[ChunkHit]
    model: object | None


class Bm25Index:
    """BM25 over the stored chunks; the stemmed terms are cached on disk so a restart re-stems nothing."""

    def __init__(self, cache_path: Path | None, recheck_seconds: float = 1.0) -> None:
        self.cache_path = cache_path
        self._state = StoreCache(self._build, lambda store: store.count_chunks(), recheck_seconds)

    def ensure(self, store: Store) -> _Bm25:
        return self._state.get(store)

    def invalidate(self) -> None:
        self._state.invalidate()

    def _build(self, store: Store) -> _Bm25:
        import bm25s

        cached = self._load_cache()
        hits = list(store.iter_chunks())
        terms = [cached.get(h.chunk_id) or content_terms(h.text) for h in hits]
        self._save_cache({h.chunk_id: t for h, t in zip(hits, terms)})
        if not hits:
            return _Bm25([], [], None)
        model = bm25s.BM25()
        model.index([t or ["_empty_"] for t in terms], show_progress=False)
        return _Bm25([h.chunk_id for h in hits], hits, model)

    def _load_cache(self) -> dict[str, list[str]]:
        if not self.cache_path or not self.cache_path.exists():
            return {}
        try:
            return pickle.loads(self.cache_path.read_bytes())
        except Exception:  # noqa: BLE001 - a damaged cache is rebuilt
            return {}

    def _save_cache(self, terms: dict[str, list[str]]) -> None:
        if not self.cache_path:
            return
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(terms, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(self.cache_path)

    def search(self, store: Store, question: str, n: int) -> list[ChunkHit]:
        state = self.ensure(store)
        terms = content_terms(question)
        if state.model is None or not terms:
            return []
        scores = state.model.get_scores(terms)
        order = np.argsort(-scores)[:n]
        return [state.hits[i] for i in order if scores[i] > 0]


def fuse_rankings(rankings: list[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Reciprocal-rank fusion: each list adds 1 / (k + rank) to an item's score."""
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return fused


def _shingles(text: str, n: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(max(len(words) - n + 1, 1))}


def collapse_near_duplicates(
    passages: list[Passage], threshold: float = DUPLICATE_JACCARD, limit: int | None = None
) -> list[Passage]:
    """Keep the best-ranked copy of passages that share most of their word 3-grams, naming the others' docs.

    With a limit, stops once that many distinct passages are kept and the next candidates are only checked
    as copies of them.
    """
    kept: list[Passage] = []
    kept_shingles: list[set[tuple[str, ...]]] = []
    for position, passage in enumerate(passages):
        if limit is not None and len(kept) >= limit and position >= 2 * limit:
            break
        shingles = _shingles(passage.text)
        for i, other in enumerate(kept_shingles):
            union = len(shingles | other) or 1
            if passage.doc_id != kept[i].doc_id and len(shingles & other) / union >= threshold:
                if passage.doc_id not in kept[i].also_in:
                    kept[i] = replace(kept[i], also_in=kept[i].also_in + (passage.doc_id,))
                break
        else:
            if limit is None or len(kept) < limit:
                kept.append(passage)
                kept_shingles.append(shingles)
    return kept


class DocumentTable:
    """doc_id -> (title, source, published) for the passages, from the document records' metadata (no texts)."""

    def __init__(self, recheck_seconds: float = 1.0) -> None:
        self._table = StoreCache(self._build, lambda store: store.count_documents(), recheck_seconds)

    def lookup(self, store: Store) -> dict[str, DocumentMeta]:
        return self._table.get(store)

    def invalidate(self) -> None:
        self._table.invalidate()

    @staticmethod
    def _build(store: Store) -> dict[str, DocumentMeta]:
        return {d.doc_id: (d.title, d.source, d.published) for d in store.documents()}


class HybridRetriever:
    """Built once per store; `refresh()` after writing to the store (another process's writes show within
    the caches' recheck time)."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        bm25: Bm25Index | None = None,
        documents: DocumentTable | None = None,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.bm25 = bm25 or Bm25Index(None)
        self.documents = documents or DocumentTable()

    def refresh(self) -> None:
        self.bm25.invalidate()
        self.documents.invalidate()

    def retrieve(self, question: str, k: int, query_vector: np.ndarray | None = None) -> list[Passage]:
        vector = self.embedder.embed_query(question) if query_vector is None else query_vector
        dense = self.store.query(vector, CANDIDATES)
        lexical = self.bm25.search(self.store, question, CANDIDATES)
        by_id = {h.chunk_id: h for h in dense + lexical}
        fused = fuse_rankings([[h.chunk_id for h in dense], [h.chunk_id for h in lexical]])
        ranked = sorted(fused, key=lambda cid: -fused[cid])
        table = self.documents.lookup(self.store)
        passages = [_passage(by_id[cid], fused[cid], table) for cid in ranked]
        return collapse_near_duplicates(passages, limit=k)


def _passage(hit: ChunkHit, score: float, table: dict[str, DocumentMeta]) -> Passage:
    title, source, published = table.get(hit.doc_id, ("", "", None))
    return Passage(hit.chunk_id, hit.doc_id, hit.text, hit.start, hit.end, title, source, published, score)
