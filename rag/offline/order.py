"""Questions about order in time, from the dated events stored at ingest for the retrieved documents:
'Who first reported ...' / 'the latest statement on ...' (the earliest or latest dated statement among the
sentences that speak to the question) and 'what happened before / after X' (the events dated around X)."""

from __future__ import annotations

from datetime import date

import numpy as np

from index.language import DENIAL_WORDS, PROSPECTIVE_WORDS, phrase_pattern
from rag.offline.evidence import Scored, Sentence
from rag.text import content_terms
from rag.types import Passage

CLOSE_TO_BEST = 0.04  # a dated statement this close to the best one's similarity speaks to the question
OFF_TOPIC = 0.08  # and one this far below the best sentence of the evidence does not
_DENIAL = phrase_pattern(DENIAL_WORDS)
_PROSPECTIVE = phrase_pattern(PROSPECTIVE_WORDS)


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
    best_sentence = max(item.dense for item in scored[:3])
    for inferred in (False, True):  # statements that say when they were made first
        found = _ordered(order, events, passages, stored, question_vector, best_sentence, inferred)
        if found:
            return found
    return None


def _ordered(
    order: str,
    events: dict[str, list[dict]],
    passages: list[Passage],
    stored: dict[tuple[str, int, int], np.ndarray],
    question_vector: np.ndarray,
    best_sentence: float,
    inferred: bool,
) -> tuple[Scored, date, str] | None:
    dated = []
    by_doc = {p.doc_id: p for p in passages}
    for doc_id, doc_events in events.items():
        for event in doc_events:
            said_on, precision = said_when(event, inferred)
            if event.get("kind") != "statement" or precision != "day" or _DENIAL.search(event["text"]):
                continue
            if order == "first" and _PROSPECTIVE.search(event["text"]):  # "sedang bersiap": not yet reported
                continue
            vector = _vector_within(stored, doc_id, event["start"], event["end"])
            if vector is not None:
                dated.append(
                    (date.fromisoformat(said_on[:10]), {**event, "doc_id": doc_id}, float(vector @ question_vector))
                )
    best_event = max((c[2] for c in dated), default=0.0)
    floor = max(best_event - CLOSE_TO_BEST, best_sentence - OFF_TOPIC)
    candidates = [c for c in dated if c[2] >= floor]
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], -c[2]))
    when, event, dense = candidates[0] if order == "first" else candidates[-1]
    passage = by_doc[event["doc_id"]]
    sentence = Sentence(passage.doc_id, event["start"], event["end"], event["text"], 0, passage)
    return Scored(sentence, 1.0, dense, 1.0, True), when, "day"


def said_when(event: dict, inferred: bool) -> tuple[str | None, str | None]:
    """When a statement was made: the date the sentence itself gives, or with `inferred` also the one ingest
    inferred from its context (index.events `said_on`, its `basis` says how)."""
    if event.get("date"):
        return event["date"], event.get("precision")
    return (event.get("said_on"), event.get("said_precision")) if inferred else (None, None)


def _vector_within(stored: dict, doc_id: str, start: int, end: int) -> np.ndarray | None:
    for (d, s, e), vector in stored.items():
        if d == doc_id and s <= start < e or d == doc_id and start <= s < end:
            return vector
    return None


def events_around(
    order: str,
    pivot: str,
    events: dict[str, list[dict]],
    stored: dict[tuple[str, int, int], np.ndarray],
    pivot_vector: np.ndarray | None,
    limit: int = 3,
) -> tuple[dict, list[dict]] | None:
    """'What happened before X': the dated event of the retrieved documents that best matches the pivot X (e5
    similarity of its sentence to `pivot_vector`, the pivot embedded as a query, plus shared terms), and the
    `limit` dated events nearest to it before (or after), in date order."""
    wanted = set(content_terms(pivot))
    dated = [
        {**e, "doc_id": doc_id}
        for doc_id, doc_events in events.items()
        for e in doc_events
        if e.get("kind") in ("statement", "action") and e.get("precision") in ("day", "month")
    ]
    if not dated or not wanted:
        return None

    def fit(event: dict) -> float:
        lexical = len(wanted & set(content_terms(event["text"]))) / len(wanted)
        vector = _vector_within(stored, event["doc_id"], event["start"], event["end"])
        dense = float(vector @ pivot_vector) if vector is not None and pivot_vector is not None else 0.0
        return 0.3 * lexical + dense

    anchor = max(dated, key=fit)
    if order == "before":
        around = sorted((e for e in dated if e["date"] < anchor["date"]), key=lambda e: e["date"])[-limit:]
    else:
        around = sorted((e for e in dated if e["date"] > anchor["date"]), key=lambda e: e["date"])[:limit]
    return (anchor, _distinct(around)) if around else None


def _distinct(events: list[dict]) -> list[dict]:
    seen, kept = set(), []
    for event in events:
        key = (event["doc_id"], event["start"])
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept
