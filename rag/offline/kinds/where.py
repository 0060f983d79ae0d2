"""where: a place; for "which city" a city, not the hospital in it nor the country around it."""

from __future__ import annotations

import re
from datetime import date

from index.language import BUILDING_WORDS, DESTINATION_ASKED, DESTINATION_WORDS, PLACE_LEVELS, phrase_pattern
from index.language.countries import country_names
from rag.offline.extract import Found
from rag.offline.intent import Intent
from rag.offline.kinds.base import ITEM_SEPARATOR, Kind, asks, origins_in
from rag.offline.places import places_in


def find(intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]) -> list[Found]:
    found = places_in(sentence)  # and for "where is X from?" the place after "asal" / "from"
    return found + [o for o in origins_in(intent, sentence) if not any(f.start <= o.start < f.end for f in found)]


_DESTINATION_ASKED = phrase_pattern(DESTINATION_ASKED)
_DESTINATION_BEFORE = re.compile(phrase_pattern(DESTINATION_WORDS).pattern + r"\s+(?:[a-z]+\s+){0,2}$", re.I)
DESTINATION_FIT = 0.1


def bonus(intent: Intent, found: Found, sentence: str) -> float:
    """A place gone to for "ke mana" / "which direction" ("kabur ke arah barat menuju Kecamatan Guntur"); the asked
    level or kind of place ("which city": a city; "which airport": an airport), never a building unless asked, a
    country only when asked."""
    going = _DESTINATION_ASKED.search(intent.text) and _DESTINATION_BEFORE.search(sentence[: found.start][-40:])
    fit = DESTINATION_FIT if going else 0.0
    asked = next((name for name, words in PLACE_LEVELS.items() if asks(intent.text, words)), None)
    if asked is None:
        return fit
    lowered = found.text.lower()
    headed_by_building = any(lowered.startswith(w + " ") for w in BUILDING_WORDS)
    parts = [part.strip(" .") for part in ITEM_SEPARATOR.split(lowered) if part.strip(" .")]
    countries = bool(parts) and sum(part in country_names() for part in parts) * 2 >= len(parts)
    level_fit = 0.1 if asks(lowered, PLACE_LEVELS[asked]) else 0.0
    if asked == "country":
        level_fit = 0.1 if countries else level_fit
    elif countries:
        level_fit = -0.15
    return fit + level_fit - (0.1 if headed_by_building and not level_fit else 0.0)  # unless that building is asked


WHERE = Kind(find, bonus, lists=True)
