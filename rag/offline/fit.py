"""How well a typed candidate fits the question beyond its sentence's score: the asked level of place, a day for
"what date", a figure over an order of magnitude, a cause over a purpose, a person after the asked role, the
speaker the question names, nearness to the question's words."""

from __future__ import annotations

import re

from index.language import (
    AGENT_WORDS,
    BUILDING_WORDS,
    CITED_FROM,
    ITEM_SEPARATORS,
    PLACE_LEVELS,
    RESULT_ASKED,
    RESULT_WORDS,
    ROLE_WORDS,
    VAGUE_NUMBERS,
    phrase_pattern,
)
from index.language.countries import COUNTRY_ABBREVIATIONS, country_names
from rag.offline.extract import Found
from rag.offline.intent import Intent
from rag.offline.names import name_found
from rag.text import content_terms, stem

_CITED_FROM = phrase_pattern(CITED_FROM)
_OUTLET_ASKED = re.compile(r"\b(?:media|outlet|newspaper|koran|situs|laman|website|kantor berita|news agency)\b", re.I)
_RESULT_ASKED = phrase_pattern(RESULT_ASKED)
_RESULT_BEFORE = re.compile(phrase_pattern(RESULT_WORDS).pattern + r"\s*$", re.IGNORECASE)
_DAY_ASKED = phrase_pattern(("what date", "which date", "which day", "what day", "tanggal", "hari apa", "date"))
# "dipimpin oleh Wakil Direktur Pertama NIS Hong Jang-won", "oleh pemimpin Korea Utara Kim Jong Un": the agent
# word, then only capitalised words and role words
_AGENT = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in AGENT_WORDS) + r")\s+"
    r"(?:(?:[A-Z][\w.’'-]*|" + "|".join(sorted(map(re.escape, ROLE_WORDS), key=len, reverse=True)) + r"|the)\s+){0,8}$"
)


def _asks(question: str, words: tuple[str, ...]) -> bool:
    return any(re.search(rf"\b{w}\b", question.lower()) for w in words)


DAY_ASKED_FIT = {"day": 0.1, "month": -0.05, "year": -0.25}
WHY_CUE_FIT = {"cause": 0.08, "purpose": -0.04, "purpose_weak": -0.10, "after": -0.08}


def plain_reason_fit(intent: Intent, sentence: str) -> float:
    """A sentence with no cue word, given whole as the reason: better than a weak cue further down, unless it
    only restates the question ("Polisi menyegel dua rumah di Cilincing" for "why did the police seal ...")."""
    return -0.06 - 0.3 * _restated(intent, sentence)


def _restated(intent: Intent, text: str) -> float:
    """The share of the text's content words that the question already says: a reason that restates the
    question ("agar Rusia menarik mundur tentara" for "why did Seoul ask Russia to withdraw the troops") says
    nothing of why."""
    terms = set(content_terms(text))
    return len(terms & intent.terms) / len(terms) if terms else 1.0


def candidate_bonus(kind: str, intent: Intent, found: Found, sentence: str) -> float:
    """How well a candidate fits beyond its sentence's score: for who, a person (unless a body is asked), the
    agent of a passive ("dipimpin oleh X"), a name right after the asked role; never an outlet quoted from."""
    if kind == "where":  # "which city": a city, not the hospital in it nor the country around it
        asked = next((name for name, words in PLACE_LEVELS.items() if _asks(intent.text, words)), None)
        if asked is None:
            return 0.0
        lowered = found.text.lower()
        headed_by_building = any(lowered.startswith(w + " ") for w in BUILDING_WORDS)
        parts = [part.strip(" .") for part in _ITEM_SEPARATOR.split(lowered) if part.strip(" .")]
        countries = bool(parts) and sum(part in country_names() for part in parts) * 2 >= len(parts)
        level_fit = 0.1 if any(re.search(rf"\b{w}\b", lowered) for w in PLACE_LEVELS[asked]) else 0.0
        if asked == "country":
            level_fit = 0.1 if countries else level_fit
        elif countries:
            level_fit = -0.15
        return level_fit - (0.1 if headed_by_building else 0.0)
    if kind == "when":  # "what date", "tanggal berapa": a day; a year there barely answers
        precision = getattr(found.detail, "precision", "day")
        return DAY_ASKED_FIT.get(precision, 0.0) if _DAY_ASKED.search(intent.text) else 0.0
    if kind in ("how_many", "how_much"):  # "ribuan tentara": an order of magnitude, weaker than a figure
        vague = -0.15 if found.text.split()[0].lower() in VAGUE_NUMBERS else 0.0
        unit = getattr(found.detail, "unit", "").lower()
        result = 0.1 if _RESULT_ASKED.search(intent.text) and _RESULT_BEFORE.search(sentence[: found.start]) else 0.0
        return vague + result - (0.05 if intent.counted and unit not in intent.counted else 0.0)
    if kind == "why":  # a stated cause before a purpose, a purpose before what merely came first
        return WHY_CUE_FIT.get(str(found.detail), 0.0) - 0.2 * _restated(intent, found.text)
    if kind != "who":
        return 0.0
    before = sentence[max(0, found.start - 40) : found.start].lower()
    if _CITED_FROM.search(before[-25:]) and not _OUTLET_ASKED.search(intent.text):
        return -1.0
    before = sentence[max(0, found.start - 100) : found.start]
    bonus = 0.1 if found.kind == "person" and intent.wants != "body" else 0.0
    if _AGENT.search(before):
        bonus += 0.1
    if intent.role and intent.role in before.lower()[-40:]:
        bonus += 0.08
    return bonus


_ASKED_SPEAKER = re.compile(r"\b(?:according to|menurut|kata|said by|as told by|versi)\s+([^,?;]+)", re.IGNORECASE)


def speaker_fit(intent: Intent, sentence: str, before: str = "") -> float:
    """A question that names its source ("menurut NATO", "according to Kirby") favours the sentences that source
    says: the share of the source's words in the sentence or the one before, up to 0.15."""
    match = _ASKED_SPEAKER.search(intent.text)
    if not match:
        return 0.0
    words = [w for w in re.findall(r"[\w-]+", match.group(1)) if len(w) > 2][:4]
    if not words:
        return 0.0
    context = before[-200:] + " " + sentence
    return 0.15 * sum(name_found(w, context) for w in words) / len(words)


_ITEM_SEPARATOR = re.compile(r"[,;]|" + phrase_pattern(ITEM_SEPARATORS).pattern, re.IGNORECASE)
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
        and not _ITEM_SEPARATOR.search(sentence[found.end : a] if a >= found.end else sentence[a : found.start])
    ]
    if not anchors:
        return 0.0
    distance = min(abs(a - found.start) if a < found.start else abs(a - found.end) for a in anchors)
    return 0.08 * (1 - min(distance, 120) / 120)
