"""why: the reason a sentence gives, a stated cause before a purpose, a purpose before what merely came first;
a sentence with no cue word may be given whole."""

from __future__ import annotations

import re
from datetime import date

from index.language import (
    CAUSE_WORDS,
    DEMONSTRATIVES,
    PURPOSE_WORDS,
    REQUEST_VERBS,
    WEAK_PURPOSE_WORDS,
    english,
    indonesian,
    phrase_pattern,
)
from rag.offline.extract import Found
from rag.offline.intent import Intent
from rag.offline.kinds.base import Kind
from rag.text import content_terms

_CAUSE = phrase_pattern(CAUSE_WORDS)
_PURPOSE = phrase_pattern(PURPOSE_WORDS)
_WEAK_PURPOSE = phrase_pattern(WEAK_PURPOSE_WORDS)
# a request verb, then at most four words before the cue ("meminta agar", "mendesak pemerintah untuk")
_REQUESTED = re.compile(phrase_pattern(REQUEST_VERBS).pattern + r"(?:\s+\S+){0,4}\s*$", re.IGNORECASE)
_AFTER = phrase_pattern(indonesian.AFTER_WORDS + english.AFTER_WORDS)
# "Karena itu, ...", "because of this, ...": a demonstrative that ends its phrase points at the sentence before
_POINTS_BACK = re.compile(r"\s+(?:of\s+)?" + phrase_pattern(DEMONSTRATIVES).pattern + r"\s*(?:,|$)")
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


def reason_in(sentence: str) -> Found | None:
    """The clause after a cause word ("karena ...", "because ..."), to the end of the sentence; else after a
    purpose word ("agar", then "untuk"); else after "setelah" / "after" (news gives causes as what came before:
    "naik setelah serangan drone")."""
    cues = (("cause", _CAUSE), ("purpose", _PURPOSE), ("purpose_weak", _WEAK_PURPOSE), ("after", _AFTER))
    for kind, pattern in cues:
        for match in pattern.finditer(sentence):
            if kind.startswith("purpose") and _REQUESTED.search(sentence[max(0, match.start() - 40) : match.start()]):
                continue  # "meminta agar ...": what is asked for, not why
            if kind == "cause" and _POINTS_BACK.match(sentence[match.end() :]):
                continue  # the cause is told before, not here
            end = len(sentence.rstrip(' ."”'))
            return Found(sentence[match.start() : end], match.start(), end, "clause", kind)
    return None


WHY = Kind(find, bonus, near=False, whole=plain_reason_fit)
