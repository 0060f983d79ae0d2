"""rag.Assistant: the one facade that scripts, the CLI, the web chat and the evals use."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from index import default_corpus_files
from index.chroma_collections import CollectionSpec
from index.embed import E5_NAME, E5Embedder, Embedder, OpenAIEmbedder, SerialEmbedder
from index.errors import ConfigError
from index.ingest_write import Progress
from index.language import detect_language
from index.store import open_store
from index.store_protocol import Store
from rag.answer_stream import AnswerStream
from rag.answerer import Answerer, Query
from rag.cache import StoreCache
from rag.corpus import Corpus
from rag.documents import DocumentMethods, documents_by_id
from rag.evidence import Evidence
from rag.fallback import OfflineFallback
from rag.offline import OfflineAnswerer
from rag.offline.intent import evidence_queries
from rag.question import (
    follow_up_topic,
    follow_up_turn,
    lead_documents,
    lead_name,
    validate_question,
    wants_comparison,
)
from rag.relevance import Relevance
from rag.retrieve import Bm25Index, DocumentTable, HybridRetriever
from rag.settings import Settings
from rag.types import Answer, Passage

RECHECK_SECONDS = 1.0  # how stale the document table may be when another process writes to the store


class Assistant(DocumentMethods):
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
        self._evidence = Evidence(self._retriever, self.embedder)
        self._docs = StoreCache(documents_by_id, lambda store: store.count_documents(), RECHECK_SECONDS)
        self._relevance = Relevance(self.embedder)
        self.corpus = Corpus(self.store)
        self._offline = OfflineAnswerer(self.corpus, self.embedder)
        use_llm = settings.llm_enabled or (llm is not None and not settings.offline)
        fallback = OfflineFallback(self._offline, self._evidence, settings.top_k)
        self._llm = make_llm(settings, fallback, self.embedder, llm) if use_llm else None
        if auto_ingest and self.store.count_documents() == 0:
            self.ingest(default_corpus_files(), progress=progress)

    # answering ------------------------------------------------------------------------------------
    @property
    def answerer_name(self) -> str:
        return self._llm.name if self._llm else "offline"

    def retrieve(self, question: str, k: int | None = None) -> list[Passage]:
        return self._evidence.retrieve(validate_question(question), k or self.settings.top_k)[0]

    def ask(self, question: str, *, k: int | None = None) -> Answer:
        return self.stream(question, k=k).result()

    def stream(
        self, question: str, *, k: int | None = None, history: list[tuple[str, Answer]] | None = None
    ) -> AnswerStream:
        question = validate_question(question)
        turn = follow_up_turn(question, history or []) if not self._llm else None
        standalone = self._standalone(question, history or []) if self._llm else question
        topic, topic_docs = (turn[0], lead_documents(question, turn[1])) if turn else (None, ())
        person = lead_name(question, turn[1]) if turn else None
        topic = person or topic  # "dia" is the person the answer named: its own words, read about that person
        return AnswerStream(self._answer_pieces(question, standalone, k, topic, topic_docs))

    def _answer_pieces(
        self, question: str, standalone: str, k: int | None, topic: str | None, topic_docs: tuple[str, ...] = ()
    ) -> Generator[str, None, Answer]:
        language = detect_language(question)
        query = f"{topic} {question}" if topic else standalone
        k = k or self.settings.top_k
        queries = evidence_queries(query, k) if not self._llm else [(query, k)]
        passages, vector = self._evidence.gather(queries)
        answerer: Answerer = self._llm or self._offline
        asked = Query(question, language, standalone if self._llm else query, topic, vector, topic_docs)
        answer = yield from answerer.stream(asked, passages)
        answer.question = question
        answer.standalone_question = query
        if answer.grounded and wants_comparison(query):  # among the retrieved documents, lexical relevance
            comparison = self.compare(query, semantic=False, doc_ids=[p.doc_id for p in passages])
            answer.comparison = comparison if comparison.get("groups") else None
        return answer

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

    # documents (ingest, listing and removal come from DocumentMethods) ----------------------------
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
        return build_timeline(self._events(), query, self._relevance.scorer(query) if query else None)

    def compare(self, query: str, *, semantic: bool = True, doc_ids: list[str] | None = None) -> dict:
        """Claims on one quantity across sources, grouped by value (relevance by e5 unless semantic=False);
        with `doc_ids`, only in those documents."""
        from rag.compare import compare_claims

        query = validate_question(query)
        return compare_claims(self._claims(doc_ids), query, self._relevance.scorer(query) if semantic else None)


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


def make_llm(settings: Settings, fallback: Answerer, embedder: Embedder, llm: Any = None) -> Any:
    from rag.llm import LLMAnswerer

    return LLMAnswerer(settings, fallback=fallback, embedder=embedder, llm=llm)
