"""How well a typed candidate fits the question beyond its sentence's score: the kind's own fit (its handler's
bonus in rag.offline.kinds: the asked level of place, a day for "what date", a figure over an order of magnitude,
a cause over a purpose, a person after the asked role), the speaker the question names, nearness to the
question's words."""

from __future__ import annotations

import itertools
import re

from index.language import FUNCTION_WORDS, RESPONSE_ASKED
from index.language.countries import COUNTRY_ABBREVIATIONS
from rag.offline.extract import Found
from rag.offline.intent import Intent
from rag.offline.kinds import KINDS
from rag.offline.kinds.base import ITEM_SEPARATOR
from rag.offline.names import name_found
from rag.text import stem


def candidate_bonus(kind: str, intent: Intent, found: Found, sentence: str) -> float:
    """How well a candidate fits beyond its sentence's score, as its kind's handler judges it; 0 for a kind
    without one."""
    handler = KINDS.get(kind)
    return handler.bonus(intent, found, sentence) if handler else 0.0


_ASKED_SPEAKER = re.compile(
    r"\b(?:according to|menurut|kata|said by|as told by|versi|"
    + "|".join(map(re.escape, RESPONSE_ASKED))
    + r")\s+([^,?;]+)",
    re.IGNORECASE,
)


def speaker_fit(intent: Intent, sentence: str, before: str = "") -> float:
    """A question that names its source ("menurut NATO", "according to Kirby") favours the sentences that source
    says: the share of the source's words in the sentence or the one before, up to 0.15."""
    match = _ASKED_SPEAKER.search(intent.text)
    if not match:
        return 0.0
    function = lambda w: w.lower() in FUNCTION_WORDS  # noqa: E731
    words = itertools.dropwhile(function, re.findall(r"[\w-]+", match.group(1)))
    named = itertools.takewhile(lambda w: not function(w), words)
    words = [w for w in named if len(w) > 2][:4]  # "tanggapan Bulog terhadap tuduhan": Bulog
    if not words:
        return 0.0
    context = before[-200:] + " " + sentence
    return 0.15 * sum(name_found(w, context) for w in words) / len(words)


_WORD_AT = re.compile(r"[^\W\d_][\w'’-]*")


def proximity(intent: Intent, sentence: str, found: Found) -> float:
    """Up to 0.08 for a candidate next to the words the question names ("Sabtu (14/9) lawan Pakistan, Minggu
    (15/9) lawan Korsel": for a question about Korea, the second date)."""
    short = {a for a, full in COUNTRY_ABBREVIATIONS.items() if all(name_found(w, intent.text) for w in full.split())}
    anchors = [
        m.start()
        for m in _WORD_AT.finditer(sentence)
        if (m.group()[0].isupper() and any(name_found(n, m.group()) for n in intent.names))
        or stem(m.group().lower()) in intent.terms
        or m.group().lower() in short
    ]
    # a word of the question in the next item of a list belongs to that item's figure
    anchors = [
        a
        for a in anchors
        if not found.start <= a < found.end
        and not ITEM_SEPARATOR.search(sentence[found.end : a] if a >= found.end else sentence[a : found.start])
    ]
    if not anchors:
        return 0.0
    distance = min(abs(a - found.start) if a < found.start else abs(a - found.end) for a in anchors)
    return 0.08 * (1 - min(distance, 120) / 120)
