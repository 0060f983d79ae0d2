"""Step two: the answer of the asked type in a sentence (a person for a role question, a date, a count...)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.language import (
    DURATION_WORDS,
    FUTURE_ASKED,
    GENERIC_ROLES,
    PERSON_CLASSIFIERS,
    PERSON_NOUNS,
    ROLE_ABBREVIATIONS,
    ROLE_TRANSLATIONS,
    ROLE_WORDS,
    SAY_QUESTION_STEMS,
    phrase_pattern,
)
from index.language.countries import country_names
from rag.offline.attribute import speaker_of
from rag.offline.extract import Found, dates_in, names_in, people_in, places_in, quantities_in, reason_in
from rag.offline.intent import Intent
from rag.offline.names import name_found

_FUTURE_ASKED = phrase_pattern(FUTURE_ASKED)
_SCORE_ASKED = phrase_pattern(("skor", "score", "scoreline", "hasil akhir", "final score"))
_ANY_ROLE = phrase_pattern(ROLE_WORDS)


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
        found = [f for f in dates_in(sentence, published) if f.detail.basis != "published" or f.text]
        if published and not _FUTURE_ASKED.search(intent.text):  # of what happened: not "akan ... tahun depan"
            found = [f for f in found if f.detail.date <= published + timedelta(days=7)]
        return found
    if kind == "where":
        return places_in(sentence)
    if kind == "how_many":
        found = quantities_in(sentence)
        if _SCORE_ASKED.search(intent.text):
            return [f for f in found if f.kind == "score"]
        counts = [f for f in found if f.kind in ("count", "measure")]
        if intent.counted:  # the asked noun, a bare number beside it, or "18 orang" when people are counted
            asked = [f for f in counts if _counts_asked(f, intent.counted, sentence)]
            return [_with_noun(f, intent.counted, sentence) for f in asked]
        return [f for f in counts if _may_count(f, intent.counted_word, sentence)]
    if kind == "how_much":
        found = quantities_in(sentence)
        return [f for f in found if f.kind in ("money", "percent", "measure")]
    if kind == "why":
        reason = reason_in(sentence)
        return [reason] if reason else []
    if kind == "score":
        return [f for f in quantities_in(sentence) if f.kind == "score"]
    return []


def _may_count(found: Found, noun: str | None, sentence: str) -> bool:
    """For a counted noun the language facts do not know ('penonton', 'wajib pajak'): a span of time does not
    count things ('106 hari' for taxpayers), and a bare number only with the noun beside it."""
    if noun is None or noun in DURATION_WORDS:
        return True
    unit = found.detail.unit.lower()
    if unit in DURATION_WORDS:
        return False
    return bool(unit) or _noun_beside(found, (noun,), sentence)


NOUN_REACH = 100  # characters before a bare number in which its noun may stand, with no other number between


def _noun_beside(found: Found, nouns: tuple[str, ...] | frozenset[str], sentence: str) -> bool:
    """A bare number counts a noun written near it with no other number between ('orang hilang ... menjadi
    1.300'; not the '1' of '1-0 di depan 2.000 penonton')."""
    before = re.split(r"\d", sentence[max(0, found.start - NOUN_REACH) : found.start])[-1]
    after = re.split(r"\d", sentence[found.end : found.end + 30])[0]
    near = f"{before} {after}".lower()
    return any(re.search(rf"\b{re.escape(noun)}", near) for noun in nouns)


def _counts_asked(found: Found, counted: frozenset[str], sentence: str) -> bool:
    unit = found.detail.unit.lower()
    if not unit:  # "menjadi 1.300": the counted noun must be near ("orang hilang ... menjadi 1.300")
        return _noun_beside(found, counted, sentence)
    if unit in counted or (unit in PERSON_CLASSIFIERS and bool(counted & PERSON_NOUNS)):
        return True
    return _with_noun(found, counted, sentence) is not found


def _with_noun(found: Found, counted: frozenset[str], sentence: str) -> Found:
    """The count with the whole two-word noun it counts ("11 kapal" -> "11 kapal induk"), else as found."""
    unit = found.detail.unit.lower()
    written = sentence[found.end - len(unit) : found.end + 30].lower() if unit else ""
    for noun in (n for n in counted if " " in n and written.startswith(n)):
        end = found.end - len(unit) + len(noun)
        return Found(sentence[found.start : end], found.start, end, found.kind, found.detail)
    return found


def _who(intent: Intent, sentence: str, before: str, places: frozenset[str]) -> list[Found]:
    asks_speaker = any(w.startswith(SAY_QUESTION_STEMS) for w in intent.text.lower().split())
    speaker = speaker_of(sentence, before, places)
    if speaker and speaker.kind == "person" and all(w.lower() in places for w in speaker.text.split()):
        speaker = None
    named = [p for p in people_in(sentence, places) if not all(w.lower() in places for w in p.text.split())]
    people = _after_role(named, sentence, intent.role) if intent.role else named
    if intent.wants == "person":
        return people

    def body(f: Found | None) -> bool:  # "Ketua DPRD X Asep Noordin": a run holding a person is that person
        return f is not None and f.kind == "body" and not any(f.start <= p.start and p.end <= f.end for p in named)

    bodies = [f for f in names_in(sentence, places) if body(f)]
    if intent.wants == "body":
        return ([speaker] if body(speaker) else []) + bodies
    if intent.wants == "country":  # "which country": a country's name, never a team or a person from there
        named_places = [f for f in names_in(sentence, places) if f.kind in ("place", "body")]
        return [f for f in [*places_in(sentence), *named_places] if f.text.lower() in country_names()]
    first = [speaker] if speaker and (asks_speaker or not people) else []
    return first + people + bodies


def role_forms(role: str) -> list[str]:
    """How news may write the role: as asked, in the other language, abbreviated ('wakil menteri' -> 'wakil
    menlu', 'wamenlu')."""
    forms = [f for f in (role, *ROLE_TRANSLATIONS.get(role, "").split("|")) if f]
    for form in list(forms):
        head, _, rest = form.partition(" ")
        for short, full in ROLE_ABBREVIATIONS.items():
            if form == short:
                forms.append(full)
            elif full.startswith(form):
                forms.append(short)
            elif rest and full.startswith(rest):
                forms.append(f"{head} {short}")
    return list(dict.fromkeys(forms))


def _after_role(people: list[Found], sentence: str, role: str) -> list[Found]:
    """People named right after the asked role ('Kapolres Anambas AKBP X': X)."""
    lowered = sentence.lower()
    if role in GENERIC_ROLES or ROLE_TRANSLATIONS.get(role) in GENERIC_ROLES:  # "which official": any role
        positions = [m.start() for m in _ANY_ROLE.finditer(sentence)]
    else:
        forms = role_forms(role)
        positions = [m.start() for form in forms for m in re.finditer(rf"\b{re.escape(form)}", lowered)]

    # "Kapolres Anambas AKBP X": the name after the role; "Amelia Tjandra, Marketing Director": the role after it
    def named_by_role(p: Found, pos: int) -> bool:
        between = sentence[p.end : pos] if pos >= p.end else ""
        return 0 <= p.start - pos <= 80 or bool(re.fullmatch(r",?\s*(?:[A-Z][\w-]*\s+){0,3}", between))

    return [p for p in people if any(named_by_role(p, pos) for pos in positions)]


def _already_asked(found: Found, intent: Intent) -> bool:
    """The question's own subject ("the South Korean delegation" -> "Delegasi Korea Selatan") is not its answer."""
    if found.kind not in ("person", "body", "place"):
        return False
    words = [w for w in found.text.split() if len(w) > 2]
    return bool(words) and sum(name_found(w, intent.text) for w in words) * 2 > len(words)
