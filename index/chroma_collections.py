"""The Chroma collections behind a store: the client (embedded PersistentClient or server HttpClient), the chunks
collection with the spec it was built with, its documents and sentences companions, and retries of a server's
transient errors. Nothing outside index.store and this module knows which client it is, nor that it is Chroma:
callers see `index.store_protocol.Store`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from index.errors import EmbeddingMismatchError, StoreError

SCHEMA_VERSION = 1
T = TypeVar("T")


@dataclass(frozen=True)
class CollectionSpec:
    """What a collection was built with; a query with anything else would compare unlike vectors."""

    embed_model: str
    chunk_sentences: int
    chunk_overlap: int

    def as_metadata(self) -> dict[str, Any]:
        return {
            "embed_model": self.embed_model,
            "chunk_sentences": self.chunk_sentences,
            "chunk_overlap": self.chunk_overlap,
            "sumber_schema": SCHEMA_VERSION,
        }


def connect(path: Path | None = None, host: str | None = None, port: int = 8000) -> Any:
    """A Chroma client: a server when host is given, else the embedded store at path."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if host:
        try:
            client = chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:
            raise StoreError(server_down_message(host, port, exc)) from exc
        return client
    if path is None:
        raise StoreError("no Chroma path given: set SUMBER_HOME or CHROMA_HOST")
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def server_down_message(host: str, port: int, exc: BaseException | None = None) -> str:
    detail = f" ({type(exc).__name__})" if exc else ""
    return (
        f"Chroma server at {host}:{port} is not answering{detail}: start it with "
        f"`chroma run --path DATA_DIR --host {host} --port {port}`, or unset CHROMA_HOST to use the embedded store"
    )


class ChromaCollections:
    """The three collections of one store, opened with the spec checked; every call goes through `_call`."""

    def __init__(
        self,
        client: Any,
        name: str,
        spec: CollectionSpec,
        label: str,
        retries: int = 3,
        server: tuple[str, int] | None = None,
    ) -> None:
        self._client = client
        self.name = name
        self.spec = spec
        self.label = label
        self.retries = retries
        self._server = server
        self._chunks = self._call(
            lambda: client.get_or_create_collection(
                name, embedding_function=None, metadata=spec.as_metadata(), configuration={"hnsw": {"space": "cosine"}}
            )
        )
        self._check_spec(self._chunks.metadata or {})
        _, docs_name, sentences_name = companion_names(name)
        self._docs = self._companion(docs_name)
        self._sentences = self._companion(sentences_name)
        self.max_batch = max(1, min(int(self._call(client.get_max_batch_size)), 1000))

    def _companion(self, name: str) -> Any:
        return self._call(
            lambda: self._client.get_or_create_collection(
                name, embedding_function=None, metadata={"sumber_schema": SCHEMA_VERSION}
            )
        )

    def _check_spec(self, found: dict[str, Any]) -> None:
        wanted = self.spec.as_metadata()
        differences = [
            f"{key}={found.get(key)!r} (asked for {wanted[key]!r})"
            for key in ("embed_model", "chunk_sentences", "chunk_overlap")
            if found.get(key) != wanted[key]
        ]
        if differences:
            raise EmbeddingMismatchError(
                f"collection '{self.name}' in {self.label} was built with "
                + ", ".join(differences)
                + ": use the same settings, choose another collection (SUMBER_COLLECTION), or rebuild it with "
                "`sumber ingest --rebuild`"
            )

    def _call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Retry transient server errors with backoff; the embedded store is called once."""
        attempts = self.retries + 1 if self._server else 1
        for attempt in range(attempts):
            try:
                return fn(*args, **kwargs)
            except (EmbeddingMismatchError, ValueError):
                raise
            except Exception as exc:
                if not self._server:
                    raise
                if attempt == attempts - 1 or not _is_transient(exc):
                    raise StoreError(server_down_message(*self._server, exc)) from exc
                time.sleep(min(0.5 * 2**attempt, 4.0))
        raise AssertionError("unreachable")


def _is_transient(exc: BaseException) -> bool:
    text = f"{type(exc).__name__} {exc}".lower()
    return any(
        word in text
        for word in (
            "connect",
            "timeout",
            "timed out",
            "503",
            "502",
            "504",
            "429",
            "temporarily",
            "reset",
            "refused",
            "unavailable",
        )
    )


def drop_collection(name: str, path: Path | None = None, host: str | None = None, port: int = 8000) -> None:
    """Delete a collection and its companions without opening it (so one built with another model goes too)."""
    client = connect(path=path, host=host, port=port)
    for collection in companion_names(name):
        with contextlib.suppress(Exception):  # a missing collection is already dropped
            client.delete_collection(collection)


def companion_names(name: str) -> tuple[str, str, str]:
    """The chunks collection, then the documents and sentences collections stored beside it."""
    return name, f"{name}-documents", f"{name}-sentences"
