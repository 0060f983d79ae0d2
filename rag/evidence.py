"""The passages a question is answered from: retrieved for the question, and for each part of a two-part question."""

from __future__ import annotations

import numpy as np

from index.embed import Embedder
from rag.retrieve import HybridRetriever
from rag.types import Passage


class Evidence:
    """Retrieval with the query embedding it was made with (the offline answerer scores sentences against it)."""

    def __init__(self, retriever: HybridRetriever, embedder: Embedder) -> None:
        self.retriever = retriever
        self.embedder = embedder

    def retrieve(self, question: str, k: int) -> tuple[list[Passage], np.ndarray]:
        vector = self.embedder.embed_query(question)
        return self.retriever.retrieve(question, k, query_vector=vector), vector

    def gather(self, queries: list[tuple[str, int]]) -> tuple[list[Passage], np.ndarray]:
        """The passages of every (query, depth), the first query's first; the vector is the first query's."""
        passages, vector = self.retrieve(*queries[0])
        for part, depth in queries[1:]:
            passages = merge_passages(passages, self.retrieve(part, depth)[0])
        return passages, vector


def merge_passages(first: list[Passage], more: list[Passage]) -> list[Passage]:
    seen = {p.chunk_id for p in first}
    return first + [p for p in more if p.chunk_id not in seen]
