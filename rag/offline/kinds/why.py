"""why: the reason a sentence gives, a stated cause before a purpose, a purpose before what merely came first;
a sentence with no cue word may be given whole."""

from __future__ import annotations

from datetime import date

from rag.offline.extract import Found, reason_in
from rag.offline.intent import Intent
from rag.offline.kinds.base import Kind
from rag.text import content_terms

WHY_CUE_FIT = {"cause": 0.08, "purpose": -0.04, "purpose_weak": -0.10, "after": -0.08}


def find(intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]) -> list[Found]:
    reason = reason_in(sentence)
    return [reason] if reason else []


def bonus(intent: Intent, found: Found, sentence: str) -> float:
    return WHY_CUE_FIT.get(str(found.detail), 0.0) - 0.2 * _restated(intent, found.text)


def plain_reason_fit(intent: Intent, sentence: str) -> float:
    """A sentence with no cue word, given whole as the reason: better than a weak cue further down, unless it
    only restates the question ("Polisi menyegel dua rumah di Cilincing" for "why did the police seal ...")."""
    return -0.06 - 0.3 * _restated(intent, sentence)


def _restated(intent: Intent, text: str) -> float:
    """The share of the text's content words that the question already says: a reason that restates the
    question ("agar pabrik itu ditutup" for "why did the residents ask for the factory to be closed") says
    nothing of why."""
    terms = set(content_terms(text))
    return len(terms & intent.terms) / len(terms) if terms else 1.0


WHY = Kind(find, bonus, near=False, whole=plain_reason_fit)
