"""How relevant texts are to a query by embedding cosine, for the timeline and the comparison."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from index.embed import SerialEmbedder

PASSAGE_CACHE_SIZE = 20_000  # sentence vectors kept; past this many the cache starts again


class Relevance:
    """Event and claim sentences recur from question to question, so their vectors are kept."""

    def __init__(self, embedder: SerialEmbedder) -> None:
        self.embedder = embedder
        self._passage_vectors: dict[str, np.ndarray] = {}

    def scorer(self, query: str) -> Callable[[list[str]], list[float]]:
        return lambda texts: self.scores(query, texts)

    def scores(self, query: str, texts: list[str]) -> list[float]:
        """Cosine of each text to the query."""
        if not texts:
            return []
        with self.embedder.lock:
            q = self.embedder.embed_query(query)
            missing = list(dict.fromkeys(t for t in texts if t not in self._passage_vectors))
            if missing:
                if len(self._passage_vectors) > PASSAGE_CACHE_SIZE:
                    self._passage_vectors.clear()
                self._passage_vectors.update(zip(missing, self.embedder.embed_passages(missing), strict=True))
            vectors = np.vstack([self._passage_vectors[t] for t in texts])
        return (vectors @ q).tolist()
