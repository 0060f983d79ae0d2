"""when: a date of what happened; for "what date" a day, a year there barely answers."""

from __future__ import annotations

from datetime import date, timedelta

from index.language import FUTURE_ASKED, phrase_pattern
from rag.offline.extract import Found, dates_in
from rag.offline.intent import Intent
from rag.offline.kinds.base import Kind

_FUTURE_ASKED = phrase_pattern(FUTURE_ASKED)
_DAY_ASKED = phrase_pattern(("what date", "which date", "which day", "what day", "tanggal", "hari apa", "date"))
DAY_ASKED_FIT = {"day": 0.1, "month": -0.05, "year": -0.25}


def find(intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]) -> list[Found]:
    found = [f for f in dates_in(sentence, published) if f.detail.basis != "published" or f.text]
    if published and not _FUTURE_ASKED.search(intent.text):  # of what happened: not "akan ... tahun depan"
        found = [f for f in found if f.detail.date <= published + timedelta(days=7)]
    return found


def bonus(intent: Intent, found: Found, sentence: str) -> float:
    """ "what date", "tanggal berapa": a day; a year there barely answers."""
    precision = getattr(found.detail, "precision", "day")
    return DAY_ASKED_FIT.get(precision, 0.0) if _DAY_ASKED.search(intent.text) else 0.0


WHEN = Kind(find, bonus)
