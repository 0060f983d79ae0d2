"""Places named in one sentence: capitalised runs after a locative or headed by a place word, with their regions;
and the words a text uses as places."""

from __future__ import annotations

import re
from functools import lru_cache

from index.language import (
    AREA_NOUNS,
    BUILDING_WORDS,
    HONORIFICS,
    MONTH_WORDS,
    ORGANISATION_WORDS,
    PLACE_LEVELS,
    PLACE_WORDS,
    ROLE_WORDS,
    WEEKDAY_WORDS,
    english,
    indonesian,
)
from index.language.indonesian import is_common_word
from rag.offline.extract import (
    CAPITALISED_RUN,
    NOT_NAME,
    PLACING_WORDS,
    Found,
    names_in,
    remembered,
    without_sentence_opener,
)

_PLACE_LOCATIVES = frozenset(PLACING_WORDS + indonesian.PLACE_VERBS + english.PLACE_VERBS)
_NOT_PLACE, _BUILT = ROLE_WORDS | HONORIFICS | ORGANISATION_WORDS, frozenset(BUILDING_WORDS)  # "Staples Center"
_DATE_WORDS = MONTH_WORDS | WEEKDAY_WORDS
_NO_REGION = NOT_NAME | HONORIFICS | ROLE_WORDS
_LEVELS = frozenset(w for words in PLACE_LEVELS.values() for w in words if " " not in w)


@remembered
def places_in(sentence: str) -> list[Found]:
    """Places: capitalised runs after a locative word ("di Palembang"), or headed by a place word ("Kota ...")."""
    found = []
    for match in CAPITALISED_RUN.finditer(sentence):
        words, run_start = without_sentence_opener(match.group().split(), match.start(), sentence)
        if not words or words[0][0].isdigit():  # "sekitar 3.000 warga": a number, not a place
            continue
        before = sentence[max(0, run_start - 15) : run_start].split()
        head = words[0].lower().strip(".")
        located, in_area = _located(sentence[max(0, run_start - 40) : run_start].split())
        lowered = {w.lower().strip(".,") for w in words}
        # after a role, a body ("juru bicara Gedung Putih"); after a lower-case level of place, a place ("jalan X")
        off = any(w.lower() in ROLE_WORDS for w in before[-2:]) or (lowered & _NOT_PLACE and head not in PLACE_WORDS)
        if off or not (located or head in PLACE_WORDS or (bool(before) and before[-1] in _LEVELS)):
            continue
        if head not in PLACE_WORDS and is_common_word(head) and len(words) > 1 and not in_area and not _BUILT & lowered:
            continue
        while words and words[-1].lower().strip(".,") in NOT_NAME:
            words = words[:-1]
        if not words or words[0].lower() in _DATE_WORDS or head in HONORIFICS:
            continue
        text = " ".join(words).rstrip(".,")
        end = run_start + len(text)
        text, end = _with_region(sentence, text, run_start, end)
        found.append(Found(text, run_start, end, "place"))
    return found


_AREA_WORDS = AREA_NOUNS | PLACE_WORDS


def _located(before: list[str]) -> tuple[bool, bool]:
    """Whether a locative stands before, maybe before area nouns ("di lapangan Silang Monas"); and if such nouns do."""
    area = 0
    while area < 2 and len(before) > area and before[-1 - area].islower():
        if before[-1 - area] in _AREA_WORDS:
            area += 1
        elif area == 0 and " ".join(before[-2:]) in AREA_NOUNS:
            area = 2
        else:
            break
    rest = before[: len(before) - area]
    return bool(rest) and rest[-1].lower() in _PLACE_LOCATIVES, area > 0


def _with_region(sentence: str, text: str, start: int, end: int) -> tuple[str, int]:
    """Up to three comma-joined capitalised runs after a place are its regions ('Tanjungpinang, Kepulauan Riau')."""
    for _ in range(3):
        region = re.match(r",\s+((?:[A-Z][\w-]*[ \t]?){1,3})", sentence[end:])
        if not region or region.group(1).split()[0].lower() in _NO_REGION:
            break
        end = end + len(region.group(0).rstrip())
    return sentence[start:end], end


@lru_cache(maxsize=256)
def place_words(text: str) -> frozenset[str]:
    """Words of the names a text uses as places ("ke Rusia", "Korea Selatan"), so they are not read as people."""
    found = [f.text for f in places_in(text)] + [f.text for f in names_in(text) if f.kind == "place"]
    return frozenset(w.lower().strip(".,") for name in found for w in name.split())
