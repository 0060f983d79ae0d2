"""Typed answers found in one sentence: people and bodies, places, dates, quantities, reasons.

Each finder returns exact spans of the sentence, so the answer line can quote the source's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index.dates import find_dates
from index.language import (
    CAUSE_WORDS,
    COMPASS_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    MONTH_WORDS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    ROLE_WORDS,
    WEEKDAY_WORDS,
    english,
    indonesian,
    phrase_pattern,
)
from index.numbers import Quantity, find_quantities

# A run of capitalised words, allowing the lower-case particles inside names ("bin", "van", "de").
_CAPITALISED_RUN = re.compile(
    r"(?:[A-Z][\w'’.-]*|\d+)(?:\s+(?:(?:bin|binti|van|de|der|al|el|da|dos|von|la)\s+)?(?:[A-Z][\w'’-]*|\d+\b))*"
)
_LOCATIVE = phrase_pattern(indonesian.LOCATIVE_WORDS + english.LOCATIVE_WORDS)
_CAUSE = phrase_pattern(CAUSE_WORDS)
_NAME_PARTICLES = frozenset("bin binti van de der al el da dos von la".split())
_NOT_NAME = (
    FUNCTION_WORDS
    | MONTH_WORDS
    | WEEKDAY_WORDS
    | frozenset(
        "wib wita wit gmt utc ini itu hal namun selain sementara bahkan kemudian selanjutnya adapun "
        "sedangkan jadi".split()
    )
)


@dataclass(frozen=True)
class Found:
    text: str  # as the sentence writes it
    start: int  # sentence[start:end] == text
    end: int
    kind: str  # person | body | place | date | count | money | percent | measure | clause
    detail: object = None  # the date (with precision) or the Quantity


def names_in(sentence: str, places: frozenset[str] = frozenset()) -> list[Found]:
    """People and bodies named in the sentence; leading titles and roles stripped from people."""
    found = []
    for match in _CAPITALISED_RUN.finditer(sentence):
        words = match.group().split()
        start = match.start()
        while words and (words[0].lower().strip(".") in _NOT_NAME or words[0].lower().strip(".") in HONORIFICS):
            start += len(words[0]) + 1
            words = words[1:]
        while words and words[-1].lower().strip(".,") in _NOT_NAME | _NAME_PARTICLES:
            words = words[:-1]
        if not words or all(w[0].isdigit() for w in words):
            continue
        kind = "place" if all(w.lower().strip(".,") in places for w in words) else _name_kind(words, sentence, start)
        if kind == "person":  # "Korea Selatan Georgiy Zinoviev": the place before a name is not part of it
            name = _trailing_name(words, places)
            start += len(" ".join(words)) - len(" ".join(name)) if name else 0
            words = name or words
        text = " ".join(words).rstrip(".,")
        if kind:
            found.append(Found(text, start, start + len(text), kind))
    return found


def _name_kind(words: list[str], sentence: str, start: int) -> str | None:
    lowered = [w.lower().strip(".,") for w in words]
    if lowered[0] in PLACE_WORDS or lowered[-1] in COMPASS_WORDS or lowered[0] in COMPASS_WORDS:
        return "place"
    if any(w in ORGANISATION_WORDS for w in lowered) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1):
        return "body"
    if any(w in ROLE_WORDS for w in lowered):
        return None  # a role phrase; people_in finds a name that follows the role
    before = sentence[max(0, start - 25) : start].lower()
    if _LOCATIVE.search(before.split()[-1] if before.split() else "") and len(words) <= 3:
        return "place"
    if len(words) >= 2 or _titled(before):
        return "person"
    return None


def _titled(before: str) -> bool:
    last = before.split()[-1].strip(".") if before.split() else ""
    return last in HONORIFICS or last in ROLE_WORDS or last in indonesian.SAY_BEFORE_NAME


def people_in(sentence: str, places: frozenset[str] = frozenset()) -> list[Found]:
    """Person names, including a name that follows a role inside one capitalised run."""
    found = []
    for match in _CAPITALISED_RUN.finditer(sentence):
        words = match.group().split()
        offsets = _word_offsets(match.group(), match.start())
        last_role = max(
            (i for i, w in enumerate(words) if w.lower().strip(".,") in ROLE_WORDS | HONORIFICS), default=-1
        )
        if last_role < 0:
            continue
        tail = _trailing_name(words[last_role + 1 :], places)
        if tail:
            begin = offsets[len(words) - len(tail)] if len(tail) <= len(words) else match.start()
            text = " ".join(tail)
            found.append(Found(text, begin, begin + len(text), "person"))
    found += [
        f
        for f in names_in(sentence, places)
        if f.kind == "person" and not any(o.start <= f.start < o.end for o in found)
    ]
    return sorted(found, key=lambda f: f.start)


_NOT_PERSON = ORGANISATION_WORDS | PLACE_WORDS | ROLE_WORDS | HONORIFICS | COMPASS_WORDS | _NOT_NAME


def _trailing_name(words: list[str], places: frozenset[str]) -> list[str]:
    """The last one to three words of a run that look like a personal name (no organisation or place words)."""
    name: list[str] = []
    for word in reversed(words):
        lowered = word.lower().strip(".,")
        if lowered in _NOT_PERSON | places or word.isupper():
            break
        name.insert(0, word.strip(".,"))
        if len(name) == 3:
            break
    return name if name else []


def _word_offsets(run: str, base: int) -> list[int]:
    return [base + m.start() for m in re.finditer(r"\S+", run)]


def places_in(sentence: str) -> list[Found]:
    """Places: capitalised runs after a locative word ("di Palembang"), or headed by a place word ("Kota ...")."""
    found = []
    for match in _CAPITALISED_RUN.finditer(sentence):
        words = match.group().split()
        before = sentence[max(0, match.start() - 15) : match.start()].split()
        head = words[0].lower().strip(".")
        located = bool(before) and before[-1].lower() in indonesian.LOCATIVE_WORDS + english.LOCATIVE_WORDS
        if not (located or head in PLACE_WORDS):
            continue
        while words and words[-1].lower().strip(".,") in _NOT_NAME:
            words = words[:-1]
        if not words or words[0].lower() in MONTH_WORDS | WEEKDAY_WORDS or head in HONORIFICS:
            continue
        text = " ".join(words).rstrip(".,")
        end = match.start() + len(text)
        text, end = _with_region(sentence, text, match.start(), end)
        found.append(Found(text, match.start(), end, "place"))
    return found


def _with_region(sentence: str, text: str, start: int, end: int) -> tuple[str, int]:
    """'Tanjungpinang, Kepulauan Riau': a comma-joined capitalised run right after a place is its region."""
    region = re.match(r",\s+((?:[A-Z][\w-]*\s?){1,3})", sentence[end:])
    if region and region.group(1).split()[0].lower() not in _NOT_NAME | HONORIFICS | ROLE_WORDS:
        end = end + len(region.group(0).rstrip())
    return sentence[start:end], end


def dates_in(sentence: str, published: date | None, today: date | None = None) -> list[Found]:
    return [
        Found(m.text, m.start, m.end, "date", m)
        for m in find_dates(sentence, published, today=today)
        if m.basis != "published" or m.text.strip()
    ]


def quantities_in(sentence: str) -> list[Found]:
    return [Found(q.phrase, q.start, q.end, q.kind, q) for q in find_quantities(sentence)]


def place_words(text: str) -> frozenset[str]:
    """Words of the names a text uses as places ("ke Rusia", "Korea Selatan"), so they are not read as people."""
    found = [f.text for f in places_in(text)] + [f.text for f in names_in(text) if f.kind == "place"]
    return frozenset(w.lower().strip(".,") for name in found for w in name.split())


def reason_in(sentence: str) -> Found | None:
    """The clause after a cause word ("karena ...", "because ..."), to the end of the sentence."""
    match = _CAUSE.search(sentence)
    if not match:
        return None
    end = len(sentence.rstrip(' ."”'))
    return Found(sentence[match.start() : end], match.start(), end, "clause")


def quantity_value(found: Found) -> Quantity:
    assert isinstance(found.detail, Quantity)
    return found.detail


def expand_acronym(name: str, text: str) -> str:
    """'NIS' -> 'Badan Intelijen Nasional Korea Selatan (NIS)' when the text spells the acronym out once."""
    if not (name.isupper() and 2 <= len(name) <= 8):
        return name
    match = re.search(
        r"((?:[A-Z][\w'’-]*\s+(?:(?:dan|and|of|untuk|for|the)\s+)?){1,8})\(" + re.escape(name) + r"\)", text
    )
    return f"{match.group(1).strip()} ({name})" if match else name
