"""Sumber at llama-index's seams: a `BaseRetriever` over the hybrid retriever, a query engine whose `Response`
carries the cited answer, and a chat backend that lets the LLM answerer drive any llama-index `LLM` object.

Nothing here touches llama-index's global `Settings`: every object is passed in.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.response.schema import Response
from llama_index.core.query_engine import CustomQueryEngine
from llama_index.core.schema import NodeRelationship, NodeWithScore, QueryBundle, RelatedNodeInfo, TextNode

from rag.types import Answer, Citation, Passage

# Positions and ids are for code, not for the model's prompt or an embedding.
_HIDDEN_KEYS = ["doc_id", "chunk_id", "start", "end", "also_in", "citation"]


def _node(node_id: str, text: str, doc_id: str, start: int, end: int, meta: dict[str, Any]) -> TextNode:
    node = TextNode(
        id_=node_id,
        text=text,
        start_char_idx=start,
        end_char_idx=end,
        metadata={"doc_id": doc_id, "start": start, "end": end, **meta},
        excluded_llm_metadata_keys=list(_HIDDEN_KEYS),
        excluded_embed_metadata_keys=list(_HIDDEN_KEYS),
    )
    node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=doc_id)
    return node


def _source_meta(span: Passage | Citation) -> dict[str, Any]:
    """What a node tells about its article: headline, outlet, date, and the other outlets that ran the same text."""
    return {"title": span.title, "outlet": span.source, "date": span.published or "", "also_in": list(span.also_in)}


def passage_node(passage: Passage) -> NodeWithScore:
    """A retrieved passage as a llama-index node: its exact span of the cleaned document, fused score."""
    meta = {"chunk_id": passage.chunk_id, **_source_meta(passage)}
    node = _node(passage.chunk_id, passage.text, passage.doc_id, passage.start, passage.end, meta)
    return NodeWithScore(node=node, score=passage.score)


def citation_node(citation: Citation) -> NodeWithScore:
    """A citation as a node whose text is exactly the cited snippet; metadata["citation"] is its [n]."""
    meta = {"citation": citation.n, **_source_meta(citation)}
    node_id = f"{citation.doc_id}:{citation.start}-{citation.end}"
    return NodeWithScore(node=_node(node_id, citation.snippet, citation.doc_id, citation.start, citation.end, meta))


class SumberRetriever(BaseRetriever):
    """Dense + BM25 retrieval with near-duplicate collapse, as llama-index nodes (ids are Sumber chunk ids)."""

    def __init__(self, assistant: Any, k: int | None = None, **kwargs: Any) -> None:
        self._assistant = assistant
        self._k = k
        super().__init__(**kwargs)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [passage_node(p) for p in self._assistant.retrieve(query_bundle.query_str, k=self._k)]


class SumberQueryEngine(CustomQueryEngine):
    """`query()` returns Sumber's answer: text with [n] markers, `source_nodes` in citation order."""

    assistant: Any
    k: int | None = None

    def custom_query(self, query_str: str) -> Response:
        return answer_response(self.assistant.ask(query_str, k=self.k))


def answer_response(answer: Answer) -> Response:
    metadata = {
        "grounded": answer.grounded,
        "answerer": answer.answerer,
        "notice": answer.notice,
        "unsupported": list(answer.unsupported),
        "citations": [c.to_dict() for c in answer.citations],
    }
    return Response(response=answer.text, source_nodes=[citation_node(c) for c in answer.citations], metadata=metadata)


class LlamaIndexChat:
    """The LLM answerer's chat backend over any llama-index `LLM` (OpenAILike, Ollama, Anthropic, ...).

    The deadline holds whatever the LLM class does: its calls run on a worker thread and the answerer stops
    waiting when time is up. The token limit and retries of the LLM object are its own (for one retry layer,
    build it with `max_retries=0` where it has that option).
    """

    def __init__(self, llm: Any) -> None:
        self.llm = llm
        metadata = getattr(llm, "metadata", None)
        self.name = getattr(metadata, "model_name", None) or getattr(llm, "model", None) or type(llm).__name__

    def stream(self, messages: list[dict], *, timeout: float, max_tokens: int) -> Iterator[tuple[str, str | None]]:
        chat = _chat_messages(messages)

        def deltas() -> Iterator[tuple[str, str | None]]:
            for response in self.llm.stream_chat(chat):
                yield response.delta or "", finish_reason(response)

        return within(deltas, timeout)

    def complete(self, messages: list[dict], *, timeout: float, max_tokens: int) -> str:
        chat = _chat_messages(messages)
        replies = list(within(lambda: iter([self.llm.chat(chat).message.content or ""]), timeout))
        return replies[0] if replies else ""


def _chat_messages(messages: list[dict]) -> list[Any]:
    from llama_index.core.llms import ChatMessage

    return [ChatMessage(role=m["role"], content=m["content"]) for m in messages]


_LENGTH_REASONS = {"length", "max_tokens", "MAX_TOKENS", "model_length"}


def finish_reason(response: Any) -> str | None:
    """Why the model stopped, from whichever field the LLM class reports it in; "length" for a token limit."""
    raw = response.raw
    choices = _field(raw, "choices")
    found = _field(choices[0], "finish_reason") if choices else None
    for key in ("finish_reason", "done_reason", "stop_reason"):
        found = found or response.additional_kwargs.get(key) or _field(raw, key)
    if found is None:
        return None
    return "length" if str(found) in _LENGTH_REASONS else str(found)


def _field(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, dict) else getattr(value, name, None)


_END = object()


def within(produce: Callable[[], Iterator[Any]], timeout: float) -> Iterator[Any]:
    """Items of `produce()`, computed on a daemon thread; TimeoutError once `timeout` seconds have passed.

    A blocked network read cannot be interrupted from outside, so on timeout the worker is abandoned (it stops
    at its next item); the caller is never held past the deadline."""
    items: queue.Queue = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            for item in produce():
                if stop.is_set():
                    return
                items.put(item)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer thread, raised there
            items.put(exc)
        finally:
            items.put(_END)

    threading.Thread(target=work, name="sumber-llm", daemon=True).start()
    ends_at = time.monotonic() + timeout
    try:
        while True:
            try:
                item = items.get(timeout=max(ends_at - time.monotonic(), 0.001))
            except queue.Empty:
                raise TimeoutError(f"no answer within {timeout:.0f} s") from None
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
