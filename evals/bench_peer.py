"""Retrieval measured side by side: Sumber's retriever and what a user would write by hand with llama-index.

The peer is `VectorStoreIndex.from_vector_store` over the same Chroma collection (`assistant.store`'s
`llama_index_vector_store()`), dense top-k; its query vector is the assistant's own e5 query embedding, handed
over in the `QueryBundle` and timed with the retrieval, so both sides pay for one embedding.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from evals.bench_common import percentile

Ranker = Callable[[str], list[str]]  # a query to the document ids of its hits, best first


def peer_ranker(assistant: Any, k: int | None = None) -> Ranker:
    """The plain llama-index peer over the assistant's collection: a query to its hits' document ids."""
    from llama_index.core import QueryBundle, VectorStoreIndex
    from llama_index.core.embeddings import MockEmbedding

    embedder = assistant.embedder
    unused = MockEmbedding(embed_dim=int(getattr(embedder, "dim", 0) or 1))  # the query vector comes in the bundle
    index = VectorStoreIndex.from_vector_store(assistant.store.llama_index_vector_store(), embed_model=unused)
    retriever = index.as_retriever(similarity_top_k=k or assistant.settings.top_k)

    def rank(query: str) -> list[str]:
        bundle = QueryBundle(query_str=query, embedding=embedder.embed_query(query).tolist())
        return [(n.node.metadata or {}).get("doc_id") for n in retriever.retrieve(bundle)]

    return rank


def sumber_ranker(assistant: Any, k: int | None = None) -> Ranker:
    """Sumber's hybrid retriever: a query to its passages' document ids."""
    return lambda query: [p.doc_id for p in assistant.retrieve(query, k=k)]


def gold_hits(rank: Ranker, questions: Iterable[tuple[str, set[str]]], repeats: int = 1) -> dict:
    """Latency of each retrieval and whether any gold document is among the hits."""
    latencies, hits = [], []
    for _ in range(repeats):
        for question, gold in questions:
            t0 = time.perf_counter()
            found = rank(question)
            latencies.append(time.perf_counter() - t0)
            hits.append(bool(set(found) & gold))
    return {
        "p50_ms": 1000 * percentile(latencies, 50),
        "p95_ms": 1000 * percentile(latencies, 95),
        "hit_at_k": sum(hits) / len(hits) if hits else float("nan"),
        "questions": len(hits) // max(repeats, 1),
    }


def llama_index_peer(assistant: Any, questions: list[tuple[str, set[str]]], repeats: int) -> dict:
    """The peer's figures at a scale point, named as the bench table reads them."""
    figures = gold_hits(peer_ranker(assistant), questions, repeats)
    return {
        "peer_retrieval_p50_ms": figures["p50_ms"],
        "peer_retrieval_p95_ms": figures["p95_ms"],
        "peer_hit_at_k": figures["hit_at_k"],
    }


def known_item(rank: Ranker, items: list[tuple[str, str]]) -> dict:
    """Each (query, document id) asked once: hit@1 and mean reciprocal rank of the document among the hits'
    documents (repeats of one document counted once), and the latency."""
    reciprocal, first, latencies = [], [], []
    for query, doc_id in items:
        t0 = time.perf_counter()
        found = list(dict.fromkeys(rank(query)))
        latencies.append(time.perf_counter() - t0)
        position = found.index(doc_id) + 1 if doc_id in found else None
        reciprocal.append(1 / position if position else 0.0)
        first.append(position == 1)
    n = max(len(items), 1)
    return {
        "hit_at_1": sum(first) / n,
        "mrr": sum(reciprocal) / n,
        "queries": len(items),
        "p50_ms": 1000 * percentile(latencies, 50),
    }
