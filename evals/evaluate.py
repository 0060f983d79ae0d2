"""One dataset question asked through the Assistant as a user would, then scored."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from evals.dataset import EvalItem
from evals.judge import Judge
from evals.metrics import score_row
from evals.retrieval_metrics import dedupe
from index.errors import SumberError


def evaluate_item(helper: Any, item: EvalItem, k: int, grader: Judge | None = None) -> dict:
    """One question: retrieval for the retrieval metrics, then the answer, timed as a user would see it."""
    row: dict = {
        "id": item.id,
        "question": item.question,
        "lang": item.lang,
        "type": item.type,
        "answerable": item.answerable,
        "answers": item.answers,
        "gold_doc_ids": item.gold_doc_ids,
        "reference": item.reference,
        "history": item.history,
    }
    retrieved: list[str] = []
    answer: dict | None = None
    seconds = None
    try:
        chat = helper.chat() if item.history else None
        for earlier in item.history:  # a follow-up: the chat hears the earlier questions first
            chat.ask(earlier)
        retrieval_query = f"{item.history[0]} {item.question}" if item.history else item.question
        retrieved = dedupe(p.doc_id for p in helper.retrieve(retrieval_query, k))
        clock = time.perf_counter()
        result = chat.ask(item.question) if chat else helper.ask(item.question, k=k)
        seconds = time.perf_counter() - clock
        answer = result.to_dict()
    except Exception as exc:  # noqa: BLE001 - one failing question must not end the run; it is scored as wrong
        row["error"] = f"{type(exc).__name__}: {exc}"
    scores = score_row(item.to_dict(), answer, retrieved, k, _doc_texts(helper), seconds)
    row.update({"retrieved_doc_ids": retrieved, "scores": scores})
    if answer is not None:
        row.update(
            {
                "answer": answer["answer"],
                "grounded": answer["grounded"],
                "citations": answer["citations"],
                "answerer": answer.get("answerer"),
                "notice": answer.get("notice"),
                "refusal_reason": answer.get("refusal_reason"),
                "assistant_unsupported": answer.get("unsupported", []),
                "truncated": answer.get("truncated"),
            }
        )
        if grader and item.answerable and answer["grounded"]:
            contexts = [c["snippet"] for c in answer["citations"]] or [
                p.text for p in helper.retrieve(item.question, k)
            ]
            row["judged"] = grader.judge(item.question, answer["answer"], contexts, item.reference)
    return row


def _doc_texts(helper: Any) -> Callable[[str], str | None]:
    def doc_text(doc_id: str) -> str | None:
        try:
            return helper.document(doc_id).text
        except SumberError:
            return None

    return doc_text
