"""rag.Assistant: the one facade that scripts, the CLI, the web chat and the evals use."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from index import default_corpus_files
from index.embed import E5_NAME, E5Embedder, Embedder, OpenAIEmbedder, SerialEmbedder
from index.errors import ConfigError, DocumentNotFoundError, SumberError
from index.ingest import IngestReport, Progress, ingest_paths
from index.language import detect_language
from index.load import ACCEPTED_SUFFIXES
from index.store import CollectionSpec, open_store
from index.store_protocol import Store, StoredDocument
from rag.answerer import Answerer, Query
from rag.cache import StoreCache
from rag.corpus import Corpus
from rag.offline import OfflineAnswerer
from rag.offline.intent import evidence_queries
from rag.retrieve import Bm25Index, DocumentTable, HybridRetriever
from rag.settings import Settings
from rag.types import Answer, Passage

MAX_QUESTION_CHARS = 2000
RECHECK_SECONDS = 1.0
PASSAGE_CACHE_SIZE = 20_000  # how stale the document table may be when another process writes to the store


class AnswerStream:
    """Iterate for pieces of answer text; afterwards `.answer` holds the final Answer."""

    def __init__(self, generator: Generator[str, None, Answer], finished: Callable[[Answer], None] | None = None):
        self._generator = generator
        self._finished = finished
        self.answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        started = time.perf_counter()
        try:
            while True:
                yield next(self._generator)
        except StopIteration as done:
            self.answer = done.value
            self.answer.seconds = time.perf_counter() - started
            if self._finished:
                self._finished(self.answer)

    def result(self) -> Answer:
        for _ in self:
            pass
        assert self.answer is not None
        return self.answer


class Assistant:
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        embedder: Embedder | None = None,
        store: Store | None = None,
        auto_ingest: bool = True,
        progress: Progress | None = None,
        llm: Any = None,
        **overrides: Any,
    ) -> None:
        """`llm`: any llama-index LLM object, used instead of the openai client (not with `offline`)."""
        if settings is None:
            settings = Settings(**overrides)
        elif overrides:
            settings = settings.model_copy(update=overrides)
        self.settings = settings
        self.embedder = SerialEmbedder(embedder or make_embedder(settings))
        self.store = store or open_store(
            settings.collection,
            CollectionSpec(self.embedder.name, settings.chunk_sentences, settings.chunk_overlap),
            path=None if settings.chroma_host else settings.chroma_path,
            host=settings.chroma_host,
            port=settings.chroma_port,
        )
        bm25 = Bm25Index(settings.home / "cache" / f"bm25-{settings.collection}.pkl", RECHECK_SECONDS)
        self._retriever = HybridRetriever(self.store, self.embedder, bm25, DocumentTable(RECHECK_SECONDS))
        self._docs = StoreCache(_documents_by_id, lambda store: store.count_documents(), RECHECK_SECONDS)
        self._passage_vectors: dict[str, np.ndarray] = {}
        self.corpus = Corpus(self.store)
        self._offline = OfflineAnswerer(self.corpus, self.embedder)
        use_llm = settings.llm_enabled or (llm is not None and not settings.offline)
        self._llm = make_llm(settings, self._fallback_answer, self._similarity, llm) if use_llm else None
        if auto_ingest and self.store.count_documents() == 0:
            self.ingest(default_corpus_files(), progress=progress)

    # answering ------------------------------------------------------------------------------------
    @property
    def answerer_name(self) -> str:
        return self._llm.name if self._llm else "offline"

    def retrieve(self, question: str, k: int | None = None) -> list[Passage]:
        return self._retrieve(validate_question(question), k)[0]

    def _retrieve(self, question: str, k: int | None) -> tuple[list[Passage], np.ndarray]:
        vector = self.embedder.embed_query(question)
        return self._retriever.retrieve(question, k or self.settings.top_k, query_vector=vector), vector

    def ask(self, question: str, *, k: int | None = None) -> Answer:
        return self.stream(question, k=k).result()

    def stream(
        self, question: str, *, k: int | None = None, history: list[tuple[str, Answer]] | None = None
    ) -> AnswerStream:
        question = validate_question(question)
        topic = follow_up_topic(question, history or []) if not self._llm else None
        standalone = self._standalone(question, history or []) if self._llm else question
        return AnswerStream(self._answer_pieces(question, standalone, k, topic))

    def _answer_pieces(
        self, question: str, standalone: str, k: int | None, topic: str | None
    ) -> Generator[str, None, Answer]:
        language = detect_language(question)
        query = f"{topic} {question}" if topic else standalone
        k = k or self.settings.top_k
        queries = evidence_queries(query, k) if not self._llm else [(query, k)]
        passages, vector = self._retrieve(*queries[0])
        for part, depth in queries[1:]:  # each part of a two-part question too
            passages = merge_passages(passages, self._retrieve(part, depth)[0])
        answerer: Answerer = self._llm or self._offline
        asked = Query(question, language, standalone if self._llm else query, topic, vector)
        answer = yield from answerer.stream(asked, passages)
        answer.question = question
        answer.standalone_question = query
        if answer.grounded and wants_comparison(query):  # among the retrieved documents, lexical relevance
            comparison = self.compare(query, semantic=False, doc_ids=[p.doc_id for p in passages])
            answer.comparison = comparison if comparison.get("groups") else None
        return answer

    def _fallback_answer(self, question: str, passages: list[Passage], language: str) -> Answer:
        """The offline answer when the LLM fails, from the evidence the offline answerer would have gathered."""
        queries = evidence_queries(question, len(passages) or self.settings.top_k)
        more, vector = self._retrieve(*queries[0])
        for part, depth in queries[1:]:
            more = merge_passages(more, self._retrieve(part, depth)[0])
        return self._offline.respond(question, merge_passages(passages, more), language, question_vector=vector)

    def chat(self) -> Chat:
        return Chat(self)

    def as_retriever(self, k: int | None = None, **kwargs: Any) -> Any:
        """A llama-index BaseRetriever over this index (nodes carry doc_id, start, end, title, outlet, date)."""
        from rag.llamaindex import SumberRetriever

        return SumberRetriever(self, k=k, **kwargs)

    def as_query_engine(self, k: int | None = None) -> Any:
        """A llama-index query engine: Response text with [n] markers, source_nodes in citation order."""
        from rag.llamaindex import SumberQueryEngine

        return SumberQueryEngine(assistant=self, k=k)

    def _standalone(self, question: str, history: list[tuple[str, Answer]]) -> str:
        """For the LLM: a follow-up rewritten by the model, else prefixed with the topic it follows."""
        topic = follow_up_topic(question, history)
        if topic is None:
            return question
        return self._llm_rewrite(question, history) or f"{topic} {question}"

    def _llm_rewrite(self, question: str, history: list[tuple[str, Answer]]) -> str | None:
        from rag.llm import rewrite_question

        return rewrite_question(self._llm, question, history)

    # documents ------------------------------------------------------------------------------------
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

    def status(self) -> dict[str, Any]:
        return {
            "answerer": self.answerer_name,
            "embed_model": self.embedder.name,
            "store": self.store.label,
            "collection": self.settings.collection,
            "documents": self.store.count_documents(),
            "chunks": self.store.count_chunks(),
        }

    def timeline(self, query: str | None = None) -> list[dict]:
        """Dated events in date order; with a query, only those relevant to it."""
        from rag.timeline import build_timeline

        query = query.strip() if query else None
        return build_timeline(self._all_events(), query, self._scorer(query) if query else None)

    def compare(self, query: str, *, semantic: bool = True, doc_ids: list[str] | None = None) -> dict:
        """Claims on one quantity across sources, grouped by value (relevance by e5 unless semantic=False);
        with `doc_ids`, only in those documents."""
        from index.claims import document_claims
        from rag.timeline import compare_claims

        query = validate_question(query)
        if doc_ids is not None:
            docs = [d for d in (self.corpus.document(i) for i in dict.fromkeys(doc_ids)) if d is not None]
        else:
            docs = list(self._documents().values())  # records without their texts
        claims = []
        for doc in docs:
            if doc.claims is None and not doc.text:  # stored before claims were: computed once from its text
                full = self.corpus.document(doc.doc_id)
                doc.claims = [c.to_dict() for c in document_claims(full)] if full is not None else []
            claims.extend(document_claims(doc))  # the claims ingest stored with the document
        return compare_claims(claims, query, self._scorer(query) if semantic else None)

    def _scorer(self, query: str) -> Callable[[list[str]], list[float]]:
        return lambda texts: self._relevance(query, texts)

    def refresh(self) -> None:
        """Forget what is cached about the store (documents, BM25): after writing to `assistant.store` directly."""
        self._refresh()

    # internals ------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        self._docs.invalidate()
        self.corpus.forget()
        self._retriever.refresh()

    def _documents(self) -> dict[str, StoredDocument]:
        return self._docs.get(self.store)

    def _all_events(self) -> list[dict]:
        events = []
        for doc in self._documents().values():
            for event in doc.events:
                events.append({**event, "doc_id": doc.doc_id, "source": event.get("source") or doc.source})
        return events

    def _relevance(self, query: str, texts: list[str]) -> list[float]:
        """Cosine of each text to the query; event and claim sentences recur, so their vectors are kept."""
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

    def _similarity(self, claim: str, snippets: list[str]) -> float:
        vectors = self.embedder.embed_passages([claim, *snippets])
        return float(np.max(vectors[1:] @ vectors[0]))


class Chat:
    """A conversation: follow-ups are rewritten into standalone questions against the history."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.history: list[tuple[str, Answer]] = []

    def ask(self, question: str) -> Answer:
        return self.stream(question).result()

    def stream(self, question: str) -> AnswerStream:
        stream = self.assistant.stream(question, history=self.history)
        stream._finished = lambda answer: self.history.append((question, answer))
        return stream

    def reset(self) -> None:
        self.history.clear()


_FOLLOW_UP = re.compile(
    r"^\s*(and|but|so|then|what about|how about|dan|lalu|kemudian|terus|bagaimana dengan|kalau)\b"
    r"|\b(it|that|this|they|them|he|she|his|her|their|those|itu|tersebut|mereka|dia|ia|nya)\b",
    re.IGNORECASE,
)


_COMPARISON = re.compile(
    r"\b(how many|berapa|jumlah|compare|comparison|disagree|differ|sepakat|berbeda|bandingkan|dibandingkan|"
    r"versus|vs\.?|figures?|angka)\b",
    re.IGNORECASE,
)


def _documents_by_id(store: Store) -> dict[str, StoredDocument]:
    """Every document record with its events and claims, not its text (read per document when needed)."""
    return {d.doc_id: d for d in store.documents()}


def merge_passages(first: list[Passage], more: list[Passage]) -> list[Passage]:
    seen = {p.chunk_id for p in first}
    return first + [p for p in more if p.chunk_id not in seen]


def wants_comparison(question: str) -> bool:
    """Questions about a quantity or about disagreement get the side-by-side claims too."""
    return bool(_COMPARISON.search(question))


def follow_up_topic(question: str, history: list[tuple[str, Answer]]) -> str | None:
    """The question a follow-up continues: the latest turn that was not itself a follow-up (no growing chain)."""
    if not history or not is_follow_up(question):
        return None
    for asked, _ in reversed(history):
        if not is_follow_up(asked):
            return asked
    return history[0][0]


def is_follow_up(question: str) -> bool:
    return bool(_FOLLOW_UP.search(question)) or len(question.split()) <= 3


def validate_question(question: str) -> str:
    if not isinstance(question, str) or not question.strip():
        raise SumberError("the question is empty: type a question about the indexed articles")
    question = " ".join(question.split())
    return question[:MAX_QUESTION_CHARS]


def make_embedder(settings: Settings) -> Embedder:
    if settings.embed_model == E5_NAME:
        return E5Embedder()
    if not (settings.openai_base_url or settings.openai_api_key):
        raise ConfigError(
            f"embedding model '{settings.embed_model}' needs an OpenAI-compatible server: set "
            f"OPENAI_BASE_URL (and OPENAI_API_KEY if it needs one), or unset SUMBER_EMBED_MODEL to "
            f"use the built-in {E5_NAME}"
        )
    return OpenAIEmbedder(settings.embed_model, settings.openai_base_url, settings.openai_api_key)


def make_llm(settings: Settings, fallback: Callable, similarity: Callable, llm: Any = None) -> Any:
    from rag.llm import LLMAnswerer

    return LLMAnswerer(settings, fallback=fallback, similarity=similarity, llm=llm)
