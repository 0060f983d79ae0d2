"""Step two: the answer of the asked type in a sentence (a person for a role question, a date, a count...)."""

from __future__ import annotations

import re
from datetime import date

from index.language import ROLE_TRANSLATIONS
from rag.offline.attribute import speaker_of
from rag.offline.extract import Found, dates_in, names_in, people_in, places_in, quantities_in, reason_in
from rag.offline.intent import Intent
from rag.offline.names import name_found

_SAY_QUESTION = (
    "said",
    "say",
    "told",
    "report",
    "announc",
    "reveal",
    "claim",
    "stat",
    "disclos",
    "confirm",
    "warn",
    "kata",
    "mengatakan",
    "menyatakan",
    "melapor",
    "mengumumkan",
    "mengungkap",
    "menyebut",
    "menuduh",
    "mengonfirmasi",
    "mengkonfirmasi",
    "memperingatkan",
    "menyampaikan",
)


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
    found = _finders(kind, intent, sentence, published, before, places)
    return [f for f in found if not _already_asked(f, intent)]


def _finders(
    kind: str, intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]
) -> list[Found]:
    if kind == "who":
        return _who(intent, sentence, before, places)
    if kind == "when":
        return [f for f in dates_in(sentence, published) if f.detail.basis != "published" or f.text]
    if kind == "where":
        return places_in(sentence)
    if kind == "how_many":
        counts = [f for f in quantities_in(sentence) if f.kind in ("count", "measure")]
        if intent.counted:
            return [f for f in counts if f.detail.unit.lower() in intent.counted]
        return counts
    if kind == "how_much":
        found = quantities_in(sentence)
        return [f for f in found if f.kind in ("money", "percent", "measure")]
    if kind == "why":
        reason = reason_in(sentence)
        return [reason] if reason else []
    return []


def _who(intent: Intent, sentence: str, before: str, places: frozenset[str]) -> list[Found]:
    asks_speaker = any(w.startswith(_SAY_QUESTION) for w in intent.text.lower().split())
    speaker = speaker_of(sentence, before)
    if speaker and speaker.kind == "person" and all(w.lower() in places for w in speaker.text.split()):
        speaker = None
    people = [p for p in people_in(sentence, places) if not all(w.lower() in places for w in p.text.split())]
    if intent.role:
        people = _after_role(people, sentence, intent.role)
    if intent.wants == "person":
        return people
    bodies = [f for f in names_in(sentence, places) if f.kind == "body"]
    if intent.wants == "body":
        return ([speaker] if speaker and speaker.kind == "body" else []) + bodies
    first = [speaker] if speaker and (asks_speaker or not people) else []
    return first + people + bodies


def _after_role(people: list[Found], sentence: str, role: str) -> list[Found]:
    """People named right after the asked role ('Kapolres Anambas AKBP X': X)."""
    lowered = sentence.lower()
    forms = [role, *ROLE_TRANSLATIONS.get(role, "").split("|")]
    positions = [m.start() for form in forms if form for m in re.finditer(rf"\b{re.escape(form)}", lowered)]
    return [p for p in people if any(0 <= p.start - pos <= 80 for pos in positions)]


def _already_asked(found: Found, intent: Intent) -> bool:
    if found.kind == "date":
        return False
    words = found.text.split()
    return bool(words) and all(name_found(w, intent.text) for w in words if len(w) > 2)
