"""What the LLM answerer falls back to: the offline answer, from the evidence the offline answerer would gather."""

from __future__ import annotations

from collections.abc import Generator

from rag.answerer import Answerer, Query, drain
from rag.evidence import Evidence, merge_passages
from rag.offline.intent import evidence_queries
from rag.types import Answer, Passage


class OfflineFallback:
    """The LLM's passages and, retrieved again, those the offline answerer would have asked for."""

    name = "offline"

    def __init__(self, offline: Answerer, evidence: Evidence, top_k: int) -> None:
        self.offline = offline
        self.evidence = evidence
        self.top_k = top_k

    def stream(self, query: Query, passages: list[Passage]) -> Generator[str, None, Answer]:
        question = query.retrieved_as
        more, vector = self.evidence.gather(evidence_queries(question, len(passages) or self.top_k))
        asked = Query(question, query.language, vector=vector)
        return (yield from self.offline.stream(asked, merge_passages(passages, more)))

    def answer(self, query: Query, passages: list[Passage]) -> Answer:
        return drain(self.stream(query, passages))
