"""The names a question asks about: its capitalised words and numbers, kept together where adjacent."""

from __future__ import annotations

import re

from index.language import (
    HONORIFICS,
    LANGUAGES,
    MONTH_WORDS,
    PLACE_WORDS,
    ROLE_WORDS,
    WEEKDAY_WORDS,
    english,
)

_NAME_TOKEN = re.compile(r"(?<![\w'’])(?:[a-z]{1,2}(?=[A-Z]))?[A-Z][\w'’.-]*|\d[\d.,]*")  # and "iPhone", "eKTP"
QUESTION_WORDS = frozenset(
    w
    for language in LANGUAGES.values()
    for phrases in language.QUESTION_WORDS.values()
    for phrase in phrases
    for w in phrase.split()
)


def question_names(question: str) -> tuple[str, ...]:
    """Capitalised words (not question words, roles or titles) and numbers, in the order written."""
    return tuple(word for entity in question_entities(question) for word in entity)


def question_entities(question: str, required: bool = False) -> list[tuple[str, ...]]:
    """The question's names, adjacent capitalised words kept together ("Pope Francis", "White House"). `required`:
    only what evidence must hold to answer: without the English office words before a role and place heads."""
    entities: list[list[str]] = []
    spans: list[list[int]] = []
    last_end = -10
    for i, match in enumerate(_NAME_TOKEN.finditer(question)):
        word = match.group().strip(".,'’")
        lowered = re.sub(r"['’]s$", "", word.lower())
        skip = not lowered or lowered in QUESTION_WORDS or lowered in ROLE_WORDS or lowered in HONORIFICS
        skip = skip or all(part in MONTH_WORDS | WEEKDAY_WORDS for part in lowered.split("-"))  # "Januari-Agustus"
        skip = skip or (len(word) == 1 and word.isalpha()) or _in_date(question, match)
        if skip or (i == 0 and match.start() == 0 and not word.isupper()):
            last_end = -10
            continue
        gap = question[last_end : match.start()]
        if entities and last_end >= 0 and re.fullmatch(r"\s+(?:(?:of|de|van|bin|al|the)\s+)?", gap):
            entities[-1].append(re.sub(r"['’]s$", "", word))
            spans[-1][1] = match.end()
        else:
            entities.append([re.sub(r"['’]s$", "", word)])
            spans.append([match.start(), match.end()])
        last_end = match.end()
    if not required:
        return [tuple(e) for e in entities]
    offices = _offices(question, spans)
    # of an office, the place it is of stays a name to find ("South Korean Foreign Minister": South Korean);
    # a place's head word need not be written ("Provinsi Papua": "untuk Papua")
    kept = [
        tuple(w for w in e if w.lower() in english.NAME_WORDS or (i not in offices and not _place_head(w)))
        for i, e in enumerate(entities)
    ]
    return [e for e in kept if e]


_MONTH_AFTER = re.compile(r"\s+([A-Za-z]+)")


def _in_date(question: str, match: re.Match) -> bool:
    """A day written before a month ("10 September 2019") is part of a date, which news writes in other forms
    ("Selasa (10/9/2019)"): no name the evidence must hold as written. The year stays one."""
    if not (match.group().isdigit() and len(match.group()) <= 2):
        return False
    after = _MONTH_AFTER.match(question, match.end())
    return bool(after) and after.group(1).lower() in MONTH_WORDS


def _place_head(word: str) -> bool:
    return word.lower() in PLACE_WORDS and not word.isupper()


_ENGLISH_ROLE_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(english.ROLE_WORDS, key=len, reverse=True)) + r")s?\b", re.IGNORECASE
)


def _offices(question: str, spans: list[list[int]]) -> set[int]:
    """English writes an office before its role ("Finance Minister", "Customs and Excise staff"): those words are
    translated in news of another language, not names to find. The indexes of such entities."""
    offices: set[int] = set()
    for i in range(len(spans) - 1, -1, -1):
        after = question[spans[i][1] :]
        joined = i + 1 in offices and re.fullmatch(r"\s+(?:and|&|of)\s+", question[spans[i][1] : spans[i + 1][0]])
        if _ENGLISH_ROLE_AFTER.match(after) or joined:
            offices.add(i)
    # and a minister's portfolio after it: "Minister of Youth and Sports" (not "Governor of Bali": a place)
    for i, (start, _) in enumerate(spans):
        of_role = _OFFICE_OF.search(question[:start])
        joined = i - 1 in offices and re.fullmatch(r"\s+(?:and|&)\s+", question[spans[i - 1][1] : start])
        if of_role or joined:
            offices.add(i)
    return offices


_OFFICE_OF = re.compile(r"\b(?:minister|ministry|department|secretary)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
