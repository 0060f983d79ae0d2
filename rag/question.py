"""What a question is before it is answered: its cleaned text, the topic a follow-up continues, and whether it asks
for figures side by side."""

from __future__ import annotations

import re

from index.errors import SumberError
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


def wants_comparison(question: str) -> bool:
    """Questions about a quantity or about disagreement get the side-by-side claims too."""
    return bool(_COMPARISON.search(question))


def follow_up_topic(question: str, history: list[tuple[str, Answer]]) -> str | None:
    """The question a follow-up continues: the latest turn that was not itself a follow-up (no growing chain)."""
    if not history or not is_follow_up(question):
        return None
    for asked, _ in reversed(history):
        if not is_follow_up(asked):
            return asked
    return history[0][0]


def is_follow_up(question: str) -> bool:
    return bool(_FOLLOW_UP.search(question)) or len(question.split()) <= 3
