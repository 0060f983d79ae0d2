"""'Who first reported ...', 'the latest statement on ...': the earliest or latest dated statement among the
sentences that speak to the question, from the dated events stored at ingest for the retrieved documents."""

from __future__ import annotations

from datetime import date

import numpy as np

from index.language import DENIAL_WORDS, phrase_pattern
from rag.offline.evidence import Scored, Sentence
from rag.types import Passage

CLOSE_TO_BEST = 0.03  # an event sentence this close to the best sentence's similarity speaks to the question
_DENIAL = phrase_pattern(DENIAL_WORDS)


def ordered_statement(
    order: str,
    events: dict[str, list[dict]],
    passages: list[Passage],
    scored: list[Scored],
    stored: dict[tuple[str, int, int], np.ndarray],
    question_vector: np.ndarray | None,
) -> tuple[Scored, date, str] | None:
    """The first (or last) dated statement on the question's topic: (its sentence, its date, its precision)."""
    if question_vector is None or not scored:
        return None
    best = max(item.dense for item in scored[:3])
    candidates = []
    by_doc = {p.doc_id: p for p in passages}
    for doc_id, doc_events in events.items():
        for event in doc_events:
            if event.get("kind") != "statement" or event.get("precision") != "day" or _DENIAL.search(event["text"]):
                continue
            vector = _vector_within(stored, doc_id, event["start"], event["end"])
            if vector is None or float(vector @ question_vector) < best - CLOSE_TO_BEST:
                continue
            candidates.append((date.fromisoformat(event["date"][:10]), event, float(vector @ question_vector)))
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], -c[2]))
    when, event, dense = candidates[0] if order == "first" else candidates[-1]
    passage = by_doc[event["doc_id"] if "doc_id" in event else next(iter(by_doc))]
    sentence = Sentence(passage.doc_id, event["start"], event["end"], event["text"], 0, passage)
    return Scored(sentence, 1.0, dense, 1.0, 1.0, True), when, event.get("precision", "day")


def _vector_within(stored: dict, doc_id: str, start: int, end: int) -> np.ndarray | None:
    for (d, s, e), vector in stored.items():
        if d == doc_id and s <= start < e or d == doc_id and start <= s < end:
            return vector
    return None
