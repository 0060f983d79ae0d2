"""Hybrid retrieval: dense (Chroma) and BM25 rankings fused by reciprocal rank, near-duplicates collapsed."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import shutil
import tempfile
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
    chunk_ids: list[str]  # row i of the index is chunk_ids[i]
    model: object | None


class Bm25Index:
    """BM25 over the stored chunks, saved beside `cache_path` so that a new process memory-maps it instead of
    reading every chunk out of the store.

    The saved index is keyed by a fingerprint of the store's chunk ids (store_fingerprint): after
    an ingest that changes chunks it is built once and saved again; a missing or damaged one is rebuilt. Only the
    ids are held; a search reads its top hits' text from the store. `cache_path` also keeps the stemmed terms
    per chunk, so a rebuild re-stems only new chunks.
    """

    def __init__(self, cache_path: Path | None, recheck_seconds: float = 1.0) -> None:
        self.cache_path = cache_path
        self.index_dir = cache_path.with_name(cache_path.stem + ".index") if cache_path else None
        self._state = StoreCache(self._load_or_build, lambda store: store.count_chunks(), recheck_seconds)

    def ensure(self, store: Store) -> _Bm25:
        return self._state.get(store)

    def invalidate(self) -> None:
        self._state.invalidate()

    def _load_or_build(self, store: Store) -> _Bm25:
        fingerprint = store_fingerprint(store)
        saved = self._load(fingerprint)
        if saved is not None:
            return saved
        state = self._build(store)
        self._save(fingerprint_of(state.chunk_ids), state)  # the chunks it was built from, even if written meanwhile
        return state

    def _build(self, store: Store) -> _Bm25:
        import bm25s

        cached = self._load_terms()
        chunk_ids, terms = [], []
        for hit in store.iter_chunks():
            chunk_ids.append(hit.chunk_id)
            terms.append(cached.get(hit.chunk_id) or content_terms(hit.text))
        self._save_terms(dict(zip(chunk_ids, terms)))
        if not chunk_ids:
            return _Bm25([], None)
        model = bm25s.BM25()
        model.index([t or ["_empty_"] for t in terms], show_progress=False)
        return _Bm25(chunk_ids, model)

    def _load(self, fingerprint: str) -> _Bm25 | None:
        """The saved index of this store state, or None when it is missing, of another state or damaged."""
        import bm25s

        if self.index_dir is None:
            return None
        folder = self.index_dir / fingerprint
        try:
            chunk_ids = json.loads((folder / "chunk_ids.json").read_text(encoding="utf-8"))
            if not chunk_ids:
                return _Bm25([], None)
            model = bm25s.BM25.load(folder, mmap=True, show_progress=False)
            if model.scores["num_docs"] != len(chunk_ids) or len(model.scores["indptr"]) < 2:
                return None
            model.get_scores([next(iter(model.vocab_dict))])  # reads the arrays: a truncated file fails here
            return _Bm25(chunk_ids, model)
        except Exception:  # noqa: BLE001 - a missing or damaged index is rebuilt, never an error
            return None

    def _save(self, fingerprint: str, state: _Bm25) -> None:
        """Written to a temporary folder, then renamed into place (another process sees all of it or none);
        the folders of older states are removed."""
        if self.index_dir is None:
            return
        try:
            self.index_dir.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".{fingerprint}-", dir=self.index_dir))
            if state.model is not None:
                state.model.save(tmp, show_progress=False)
            (tmp / "chunk_ids.json").write_text(json.dumps(state.chunk_ids), encoding="utf-8")
            target = self.index_dir / fingerprint
            if target.exists():  # damaged, or saved by another process meanwhile
                shutil.rmtree(target, ignore_errors=True)
            tmp.rename(target)
        except OSError:  # a read-only or full disk: the index in memory still answers
            return
        for old in self.index_dir.iterdir():
            if old.name != fingerprint and not old.name.startswith("."):
                shutil.rmtree(old, ignore_errors=True)

    def _load_terms(self) -> dict[str, list[str]]:
        if not self.cache_path or not self.cache_path.exists():
            return {}
        try:
            return pickle.loads(self.cache_path.read_bytes())
        except Exception:  # noqa: BLE001 - a damaged cache is rebuilt
            return {}

    def _save_terms(self, terms: dict[str, list[str]]) -> None:
        if not self.cache_path:
            return
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(terms, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(self.cache_path)

    def search(self, store: Store, question: str, n: int) -> list[ChunkHit]:
        state = self.ensure(store)
        terms = content_terms(question)
        if state.model is None or not terms:
            return []
        scores = state.model.get_scores(terms)
        order = np.argsort(-scores)[:n]
        return store.get_chunks([state.chunk_ids[i] for i in order if scores[i] > 0])


def store_fingerprint(store: Store) -> str:
    """Changes whenever the chunks have: a chunk's id names its document's content version, so a replaced
    document changes it at any count. Ids only, not the document records (their events and claims are heavy)."""
    return fingerprint_of(store.chunk_ids())


def fingerprint_of(chunk_ids: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(chunk_ids)).encode("utf-8")).hexdigest()[:24]


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
    """doc_id -> (title, source, published) for the passages: read for their documents only (records without
    texts), and kept until the store's document count changes."""

    def __init__(self, recheck_seconds: float = 1.0) -> None:
        self._table: StoreCache[dict[str, DocumentMeta]] = StoreCache(
            lambda store: {}, lambda store: store.count_documents(), recheck_seconds
        )

    def lookup(self, store: Store, doc_ids: list[str]) -> dict[str, DocumentMeta]:
        table = self._table.get(store)
        missing = [d for d in dict.fromkeys(doc_ids) if d not in table]
        if missing:
            table.update({d.doc_id: (d.title, d.source, d.published) for d in store.document_records(missing)})
        return table

    def invalidate(self) -> None:
        self._table.invalidate()


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
        table = self.documents.lookup(self.store, [by_id[cid].doc_id for cid in ranked])
        passages = [_passage(by_id[cid], fused[cid], table) for cid in ranked]
        return collapse_near_duplicates(passages, limit=k)


def _passage(hit: ChunkHit, score: float, table: dict[str, DocumentMeta]) -> Passage:
    title, source, published = table.get(hit.doc_id, ("", "", None))
    return Passage(hit.chunk_id, hit.doc_id, hit.text, hit.start, hit.end, title, source, published, score)
