"""The indexed articles as the answerers see them: one document at a time, and sentence vectors by document."""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from index.store_protocol import Store, StoredDocument

CACHED_DOCUMENTS = 256


class Corpus:
    """Reads documents and sentence vectors from the store on demand; a small cache keeps recent documents."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._documents: OrderedDict[str, StoredDocument | None] = OrderedDict()
        self._vectors: OrderedDict[str, dict[tuple[str, int, int], np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()

    def document(self, doc_id: str) -> StoredDocument | None:
        with self._lock:
            if doc_id in self._documents:
                self._documents.move_to_end(doc_id)
                return self._documents[doc_id]
        doc = self.store.get_document(doc_id)
        with self._lock:
            self._documents[doc_id] = doc
            _keep_recent(self._documents)
        return doc

    def sentence_vectors(self, doc_ids: list[str]) -> dict[tuple[str, int, int], np.ndarray]:
        """Every stored sentence vector of these documents; the recent documents' are kept like the documents."""
        wanted = sorted(set(doc_ids))
        with self._lock:
            missing = [d for d in wanted if d not in self._vectors]
        read = self.store.sentence_vectors(missing) if missing else {}
        with self._lock:
            for doc_id in missing:
                self._vectors[doc_id] = {key: v for key, v in read.items() if key[0] == doc_id}
            vectors = {}
            for doc_id in wanted:
                if doc_id in self._vectors:
                    self._vectors.move_to_end(doc_id)
                    vectors.update(self._vectors[doc_id])
            _keep_recent(self._vectors)
        return vectors

    def forget(self) -> None:
        """Drop cached documents and sentence vectors (after an ingest or a removal)."""
        with self._lock:
            self._documents.clear()
            self._vectors.clear()


def _keep_recent(cache: OrderedDict) -> None:
    """Drop the least recently used entries beyond CACHED_DOCUMENTS."""
    while len(cache) > CACHED_DOCUMENTS:
        cache.popitem(last=False)
