"""The shape of one answer kind's handler: what it finds in a sentence, how a candidate fits, how it is picked."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from index.language import ITEM_SEPARATORS, ORIGIN_ASKED, ORIGIN_WORDS, phrase_pattern
from rag.offline.extract import Found
from rag.offline.intent import Intent

# the candidates of the kind in a sentence: (intent, sentence, published, text before it, the text's place words)
Finder = Callable[[Intent, str, date | None, str, frozenset[str]], list[Found]]
Bonus = Callable[[Intent, Found, str], float]  # how well a candidate fits beyond its sentence's score


def no_bonus(intent: Intent, found: Found, sentence: str) -> float:
    return 0.0


@dataclass(frozen=True)
class Kind:
    find: Finder
    bonus: Bonus = no_bonus
    picked: bool = True  # pick_answer looks for a candidate of this kind (else: the best sentence)
    figure: bool = False  # other figures the evidence gives may follow the best one
    near: bool = True  # nearness to the question's words counts
    role_widens: bool = False  # an asked role searches all the evidence, not only the top sentences
    whole: Callable[[Intent, str], float] | None = None  # fit of a sentence given whole when it has no candidate
    lists: bool = False  # for "the two players", "siapa saja": the other candidates of its sentence join the answer


ITEM_SEPARATOR = re.compile(r"[,;]|" + phrase_pattern(ITEM_SEPARATORS).pattern, re.IGNORECASE)


def ends_with_bound(words: tuple[str, ...]) -> re.Pattern[str]:
    """A text ending with one of `words` right before a date ("sejak", "mulai hari", "since"): "sejak 1 September"."""
    return re.compile(phrase_pattern(words).pattern + r"\s+(?:(?:hari|tanggal|on)\s+)?$", re.IGNORECASE)


def asks(question: str, words: tuple[str, ...]) -> bool:
    return any(re.search(rf"\b{w}\b", question.lower()) for w in words)


ORIGIN_ASKED_PATTERN = phrase_pattern(ORIGIN_ASKED)
ORIGIN_BEFORE = re.compile(phrase_pattern(ORIGIN_WORDS).pattern + r"\s+$", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")


def origins_in(intent: Intent, sentence: str) -> list[Found]:
    """For a question of where someone comes from ("Which country is the designer from?", "Where is X from?"): the
    capitalised run after an origin word ("desainer asal Thailand", "legiun asing asal Brasil")."""
    if not ORIGIN_ASKED_PATTERN.search(intent.text):
        return []
    return [
        Found(m.group(), m.start(), m.end(), "place")
        for m in _CAPITALISED.finditer(sentence)
        if ORIGIN_BEFORE.search(sentence[max(0, m.start() - 20) : m.start()])
    ]
