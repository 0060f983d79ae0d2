"""The Assistant's document methods: ingest, list, read and remove articles, the events and claims stored beside
them, and the caches a write to the store makes stale."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from index import CorpusExamples, corpus_examples, default_corpus_files
from index.embed import SerialEmbedder
from index.errors import DocumentNotFoundError
from index.ingest import IngestReport, ingest_paths
from index.ingest_write import Progress
from index.load import ACCEPTED_SUFFIXES
from index.store_protocol import Store, StoredDocument
from rag.cache import StoreCache
from rag.corpus import Corpus
from rag.retrieve import HybridRetriever
from rag.settings import Settings

if TYPE_CHECKING:
    from index.claims import Claim


class DocumentMethods:
    settings: Settings
    embedder: SerialEmbedder
    store: Store
    corpus: Corpus
    _retriever: HybridRetriever
    _docs: StoreCache[dict[str, StoredDocument]]

    def ingest(
        self,
        paths: list[Path] | None = None,
        *,
        progress: Progress | None = None,
        prune: bool = False,
        wait: float = 0.0,
    ) -> IngestReport:
        paths = [Path(p) for p in paths] if paths else default_corpus_files()
        with self.embedder.lock:
            report = ingest_paths(
                paths,
                self.embedder,
                self.store,
                lock_path=self.settings.home / "ingest.lock",
                sentences=self.settings.chunk_sentences,
                overlap=self.settings.chunk_overlap,
                max_bytes=int(self.settings.max_file_mb * 1_000_000),
                prune=prune,
                progress=progress,
                lock_wait=wait,
            )
        self._refresh()
        return report

    @property
    def accepted_suffixes(self) -> tuple[str, ...]:
        """The file types ingest reads, each also gzipped (".jsonl", ".jsonl.gz")."""
        return (*ACCEPTED_SUFFIXES, *(f"{suffix}.gz" for suffix in ACCEPTED_SUFFIXES))

    def remove(self, doc_id: str) -> None:
        self.document(doc_id)
        self.store.delete_document(doc_id)
        self._refresh()

    def document(self, doc_id: str) -> StoredDocument:
        doc = self.corpus.document(doc_id)  # its text read from the store, not held for every document
        if doc is None:
            raise DocumentNotFoundError(f"no indexed document has the id '{doc_id}': list them with `sumber sources`")
        return doc

    def documents(self, with_text: bool = True) -> list[StoredDocument]:
        """Every document; their texts are read from the store on each call (a listing needs with_text=False)."""
        if with_text:
            return self.store.documents(with_text=True)
        return sorted(self._documents().values(), key=lambda d: d.doc_id)

    def examples(self) -> CorpusExamples:
        """Example questions for the chat: the default corpus's while all its articles are indexed, else none."""
        shipped = {path.stem for path in default_corpus_files()}
        return corpus_examples() if shipped <= set(self._documents()) else CorpusExamples()

    def refresh(self) -> None:
        """Forget what is cached about the store (documents, BM25): after writing to `assistant.store` directly."""
        self._refresh()

    def _refresh(self) -> None:
        self._docs.invalidate()
        self.corpus.forget()
        self._retriever.refresh()

    def _documents(self) -> dict[str, StoredDocument]:
        return self._docs.get(self.store)

    def _events(self) -> list[dict]:
        events = []
        for doc in self._documents().values():
            for event in doc.events:
                events.append({**event, "doc_id": doc.doc_id, "source": event.get("source") or doc.source})
        return events

    def _claims(self, doc_ids: list[str] | None) -> list[Claim]:
        """The claims ingest stored with each document (with `doc_ids`, only those documents')."""
        from index.claims import document_claims

        if doc_ids is not None:
            docs = [d for d in (self.corpus.document(i) for i in dict.fromkeys(doc_ids)) if d is not None]
        else:
            docs = list(self._documents().values())  # records without their texts
        claims = []
        for doc in docs:
            if doc.claims is None and not doc.text:  # stored before claims were: computed once from its text
                full = self.corpus.document(doc.doc_id)
                doc.claims = [c.to_dict() for c in document_claims(full)] if full is not None else []
            claims.extend(document_claims(doc))
        return claims


def documents_by_id(store: Store) -> dict[str, StoredDocument]:
    """Every document record with its events and claims, not its text (read per document when needed)."""
    return {d.doc_id: d for d in store.documents()}
