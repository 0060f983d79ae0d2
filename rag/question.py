"""What a question is before it is answered: its cleaned text, the topic a follow-up continues, and whether it asks
for figures side by side."""

from __future__ import annotations

import re

from index.errors import SumberError
from index.language import AGE_ASKED, PERSON_PRONOUNS, phrase_pattern
from rag.cite import MARKER
from rag.types import Answer

MAX_QUESTION_CHARS = 2000

_FOLLOW_UP = re.compile(
    r"^\s*(and|but|so|then|what about|how about|dan|lalu|kemudian|terus|bagaimana dengan|kalau)\b"
    r"|\b(it|that|this|they|them|he|she|his|her|their|those|itu|tersebut|mereka|dia|ia|nya)\b",
    re.IGNORECASE,
)


_COMPARISON = re.compile(
    r"\b(how many|berapa|jumlah|compare|comparison|disagree|differ|sepakat|berbeda|bandingkan|dibandingkan|"
    r"versus|vs\.?|figures?|angka)\b",
    re.IGNORECASE,
)


def validate_question(question: str) -> str:
    if not isinstance(question, str) or not question.strip():
        raise SumberError("the question is empty: type a question about the indexed articles")
    question = " ".join(question.split())
    return question[:MAX_QUESTION_CHARS]


_ABOUT_PERSON = phrase_pattern(PERSON_PRONOUNS + AGE_ASKED)


def wants_comparison(question: str) -> bool:
    """Questions about a quantity or about disagreement get the side-by-side claims too."""
    return bool(_COMPARISON.search(question))


def follow_up_topic(question: str, history: list[tuple[str, Answer]]) -> str | None:
    """The question a follow-up continues: the latest turn that was not itself a follow-up (no growing chain)."""
    turn = follow_up_turn(question, history)
    return turn[0] if turn else None


def follow_up_turn(question: str, history: list[tuple[str, Answer]]) -> tuple[str, Answer] | None:
    """The turn (question and answer) a follow-up continues, as `follow_up_topic` finds it."""
    if not history or not is_follow_up(question):
        return None
    for asked, answer in reversed(history):
        if not is_follow_up(asked):
            return asked, answer
    return history[0]


def lead_documents(question: str, answer: Answer) -> tuple[str, ...]:
    """For a follow-up about the person an answer named ("how old is he?", "berapa umurnya?"): the documents the
    answer's first line cites, if it was grounded. Others ("and when?") follow the topic, not the answer."""
    if not answer.grounded or not _ABOUT_PERSON.search(question):
        return ()
    cited = {int(n) for n in MARKER.findall(answer.text.split("\n", 1)[0])}
    return tuple(dict.fromkeys(c.doc_id for c in answer.citations if c.n in cited))


_NAME_LINE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*")


def lead_name(question: str, answer: Answer) -> str | None:
    """For a follow-up about the person an answer named: that name, when the answer's first line is one ("Fachrul
    Razi [1]."), so that "dia" / "he" is read as that person."""
    if not lead_documents(question, answer):
        return None
    line = MARKER.sub("", answer.text.split("\n", 1)[0]).strip(" .")
    return line if _NAME_LINE.fullmatch(line) else None


def is_follow_up(question: str) -> bool:
    return bool(_FOLLOW_UP.search(question)) or len(question.split()) <= 3
