"""The one interface both answerers implement (rag.offline.OfflineAnswerer, rag.llm.LLMAnswerer): a question and
its retrieved passages in, a streamed answer with citations out."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, Protocol

from rag.types import Answer, Passage


@dataclass(frozen=True)
class Query:
    text: str  # as the user asked it
    language: str  # of the question: the answer's language
    standalone: str = ""  # what was retrieved: the text, or for a follow-up its topic and the text
    topic: str | None = None  # for a follow-up: the question it follows
    vector: Any = None  # the query embedding of `standalone` (numpy array), when the retriever made one
    topic_docs: tuple[str, ...] = ()  # for a follow-up: the documents the answer it follows cited first

    @property
    def retrieved_as(self) -> str:
        return self.standalone or self.text


class Answerer(Protocol):
    name: str

    def stream(self, query: Query, passages: list[Passage]) -> Generator[str, None, Answer]:
        """Yields the answer's text as it is made; returns the finished Answer."""
        ...

    def answer(self, query: Query, passages: list[Passage]) -> Answer: ...


def drain(stream: Generator[str, None, Answer]) -> Answer:
    """The Answer a stream returns, its pieces discarded."""
    while True:
        try:
            next(stream)
        except StopIteration as done:
            return done.value
