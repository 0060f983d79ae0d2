"""Step two: the answer of the asked type in a sentence (a person for a role question, a date, a count...).
Each kind's finder is its handler's, in rag.offline.kinds."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from index.language import PLACE_WORDS
from index.numbers import Quantity, find_quantities
from rag.offline.extract import Found
from rag.offline.intent import Intent
from rag.offline.kinds import KINDS
from rag.offline.names import name_found


def typed_answers(
    kind: str,
    intent: Intent,
    sentence: str,
    published: date | None,
    before: str = "",
    places: frozenset[str] = frozenset(),
) -> list[Found]:
    """Candidates of the asked kind in the sentence, minus what the question itself already names.
    `places`: words the surrounding text uses as place names, never a person's name."""
    handler = KINDS.get(kind)
    found = handler.find(intent, sentence, published, before, places) if handler else []
    return [f for f in found if not already_asked(f, intent)]


def already_asked(found: Found, intent: Intent) -> bool:
    """The question's own subject ("the South Korean delegation" -> "Delegasi Korea Selatan", "Bogor" -> "Kota
    Bogor") is not its answer; a generic place word ("Kota", "Kabupaten") and the region after a comma are no words
    of the name."""
    if isinstance(found.detail, Quantity):  # "dari 60 ribu tiket, berapa yang terjual": not the 60 ribu
        return found.detail.value in _stated_values(intent.text)
    if found.kind not in ("person", "body", "place"):
        return False
    if found.kind == "person" and _surname_asked(found.text, intent.text):  # "Deontay Wilder" for "... dengan Wilder"
        return True
    head = found.text.split(",")[0]  # "Kota Rembang, Jawa Tengah": the place, then the region it lies in
    words = [w for w in head.split() if len(w) > 2]
    words = [w for w in words if w.lower() not in PLACE_WORDS] or words
    return bool(words) and sum(name_found(w, intent.text) for w in words) * 2 > len(words)


@lru_cache(maxsize=256)
def _stated_values(question: str) -> frozenset[float]:
    return frozenset(q.value for q in find_quantities(question))


def _surname_asked(name: str, question: str) -> bool:
    """The question names this person by the last word of the name, where a name of its own ends ("duel ulang
    dengan Wilder" names Deontay Wilder; "Kim Jong Un's sister" does not name Kim Yo Jong)."""
    words = name.split()
    last = words[-1]
    if len(words) < 2 or len(last) < 4:
        return False
    return bool(re.search(rf"\b{re.escape(last)}\b(?!['’]?\s*[A-Z])", question))
