"""when: a date of what happened; for "what date" a day, a year there barely answers."""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.language import (
    CITED_FROM,
    FUTURE_ASKED,
    LANGUAGES,
    SAY_BEFORE_NAME,
    SCHEDULED_ASKED,
    SINCE_ASKED,
    SINCE_WORDS,
    UNTIL_ASKED,
    UNTIL_WORDS,
    ordinal_in,
    phrase_pattern,
)
from index.language.indonesian import VERB
from rag.offline.extract import Found, dates_in
from rag.offline.intent import Intent
from rag.offline.kinds.base import Kind, ends_with_bound
from rag.text import stem

_FUTURE_ASKED, _SCHEDULED_ASKED = phrase_pattern(FUTURE_ASKED), phrase_pattern(SCHEDULED_ASKED)
_DAY_ASKED = phrase_pattern(("what date", "which date", "which day", "what day", "tanggal", "hari apa", "date"))
DAY_ASKED_FIT = {"day": 0.1, "month": -0.05, "year": -0.25}
# "mulai kapan" / "from what date": a date after a word of the same bound ("mulai 23 September", "sejak 2012")
BOUNDS = [
    (phrase_pattern(asked), ends_with_bound(words))
    for asked, words in ((SINCE_ASKED, SINCE_WORDS), (UNTIL_ASKED, UNTIL_WORDS))
]
BOUND_FIT = 0.1
# "when did the bank first cut its rate": a date with a word of that order just before it ("Penurunan pertama
# diputuskan pada 18 Juni 2019")
ORDER_WORDS = {
    order: phrase_pattern(tuple(w for lang in LANGUAGES.values() for w in lang.QUESTION_WORDS[order]))
    for order in ("first", "last")
}
ORDER_REACH, ORDER_FIT = 60, 0.15
# "Dikutip dari mirror.co.uk, Senin, 9 September 2019, kejadian ini terjadi pada ...": the day it was quoted
_CITED_ON = re.compile(phrase_pattern(CITED_FROM).pattern + r"\s+[^,;]{1,60}(?:,\s*[A-Z]\w+)?[,\s]*$", re.IGNORECASE)
CITED_ON_FIT = -0.2
# '"... mundur ke tahun 98-99," kata Bivitri dalam sebuah diskusi di Menteng, Rabu (18/9/2019)': the day it was said
_SAID_ON = re.compile(
    r"[\"”]\s*,?\s*(?:" + "|".join(map(re.escape, SAY_BEFORE_NAME)) + r")\s+[A-Z][^\"“”]{0,120}$", re.IGNORECASE
)


def find(intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]) -> list[Found]:
    asked = {(d.detail.date, d.detail.precision) for d in dates_in(intent.text, published)}
    found = [f for f in dates_in(sentence, published) if f.detail.basis != "published" or f.text]
    found = [f for f in found if (f.detail.date, f.detail.precision) not in asked]  # the question's own date
    if published and not _FUTURE_ASKED.search(intent.text):  # of what happened: not "akan ... tahun depan"
        found = [
            f for f in found if f.detail.date <= published + timedelta(days=7) or _asked_event(intent, sentence, f)
        ]
    elif published and _SCHEDULED_ASKED.search(intent.text):  # of what is to come: not what came before
        found = [f for f in found if _last_day(f) >= published - timedelta(days=1)]
    return found


def _last_day(found: Found) -> date:
    """The last day a date names: "September 2019" runs to 30 September, "2020" to 31 December."""
    day, precision = found.detail.date, found.detail.precision
    if precision == "year":
        return date(day.year, 12, 31)
    if precision == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1) - timedelta(days=1)
    return day


def _asked_event(intent: Intent, sentence: str, found: Found) -> bool:
    """A date after the article answers a question that does not say when only as the date of the event it asks:
    "kapan duel ulang digelar?" from "duel ulang ... digelar di Las Vegas, AS, pada 22 Februari 2020", never
    "kapan Kevin mengikuti audisi?" from "audisi akan dihentikan pada tahun depan" (the verb before it differs)."""
    verbs = VERB.findall(sentence[max(0, found.start - 80) : found.start])
    return bool(verbs) and stem(verbs[-1]) in intent.terms


def bonus(intent: Intent, found: Found, sentence: str) -> float:
    """ "what date", "tanggal berapa": a day, a year there barely answers; "sejak kapan": a date after "sejak";
    "first" / "terakhir" / "kedua": a date after a word of that order."""
    precision = getattr(found.detail, "precision", "day")
    fit = DAY_ASKED_FIT.get(precision, 0.0) if _DAY_ASKED.search(intent.text) else 0.0
    written = (sentence[max(0, found.start - 15) : found.start], found.text.split(" ")[0] + " ")  # "sejak 2012"
    if any(asked.search(intent.text) and any(map(before.search, written)) for asked, before in BOUNDS):
        fit += BOUND_FIT
    just_before = sentence[max(0, found.start - ORDER_REACH) : found.start]
    if _CITED_ON.search(just_before):
        fit += CITED_ON_FIT
    elif not intent.asks_statement and _SAID_ON.search(sentence[max(0, found.start - 160) : found.start]):
        fit += CITED_ON_FIT  # of an event the speaker speaks of, not of the speaking
    if intent.order in ORDER_WORDS and ORDER_WORDS[intent.order].search(just_before):
        fit += ORDER_FIT
    asked = ordinal_in(intent.text)  # "kapan penurunan yang kedua": a date after "kedua" ("dan kedua 22 Agustus")
    if asked and asked > 1 and ordinal_in(just_before[-ORDER_REACH // 2 :]) == asked:
        fit += ORDER_FIT
    return fit


WHEN = Kind(find, bonus)
