"""how_many, how_much and score: figures. A count of the asked noun, an amount of money or a share, a
scoreline; an order of magnitude ("ribuan tentara") is weaker than a figure."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from index.language import (
    AGE_AFTER,
    AGE_ASKED,
    AGE_WORDS,
    CURRENCIES,
    DURATION_ASKED,
    DURATION_WORDS,
    MEASURE_ADJECTIVES,
    MEASURE_ASKING,
    MEASURE_FORMS,
    MEASURE_PREFIXES,
    MONEY_NOUNS,
    MONEY_VERBS,
    PERSON_CLASSIFIERS,
    PERSON_NOUNS,
    RESULT_ASKED,
    RESULT_WORDS,
    SCORE_ASKED,
    SHARE_WORDS,
    SINCE_WORDS,
    VAGUE_NUMBERS,
    phrase_pattern,
)
from index.numbers import Quantity
from rag.offline.extract import Found, dates_in, quantities_in
from rag.offline.intent import Intent
from rag.offline.kinds.base import Kind, ends_with_bound
from rag.text import stem, tokenize

_SCORE_ASKED, _DURATION_ASKED, _RESULT_ASKED, _AGE_ASKED = map(
    phrase_pattern, (SCORE_ASKED, DURATION_ASKED, RESULT_ASKED, AGE_ASKED)
)
_AGE_BEFORE = re.compile(phrase_pattern(AGE_WORDS).pattern + r"(?:\s+[a-z]+)?\s*(?:ke-?)?$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s+" + phrase_pattern(AGE_AFTER).pattern, re.IGNORECASE)
_SINCE_BEFORE = ends_with_bound(SINCE_WORDS)
_RESULT_BEFORE = re.compile(phrase_pattern(RESULT_WORDS).pattern + r"\s*$", re.IGNORECASE)
MEASURE_REACH = 40  # characters before a measure in which the measure's noun may stand
MEASURE_FIT = 0.1
NOUN_REACH = 100  # characters before a bare number in which its noun may stand, with no other number between


def find_count(
    intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]
) -> list[Found]:
    found = quantities_in(sentence)
    if _SCORE_ASKED.search(intent.text):
        return [f for f in found if f.kind == "score"]
    counts = [f for f in found if f.kind in ("count", "measure")]
    if _AGE_ASKED.search(intent.text):  # "berapa usia", "how old": years or months ("berusia 17 tahun")
        return [f for f in counts if f.detail.unit.lower() in DURATION_WORDS] or _bracketed_ages(sentence)
    if _DURATION_ASKED.search(intent.text):  # "berapa lama": a span of time, "10 hari", or when it began
        return [f for f in counts if _is_duration(f, sentence)] or _since(sentence, published)
    if intent.counted:  # the asked noun, a bare number beside it, or "18 orang" when people are counted
        asked = [f for f in counts if _counts_asked(f, intent.counted, sentence)]
        return [_with_noun(f, intent.counted, sentence) for f in asked]
    return [f for f in counts if _may_count(f, intent.counted_word, sentence)]


def find_amount(
    intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]
) -> list[Found]:
    found = quantities_in(sentence)
    if _DURATION_ASKED.search(intent.text):  # "how long": a span of time, or a length, or when it began
        spans = [f for f in found if _is_duration(f, sentence) or f.kind == "measure"]
        return spans or _since(sentence, published)
    found = [f for f in found if f.kind in ("money", "percent") or (f.kind == "measure" and _measure_asked(intent, f))]
    return [f for f in found if not _money_or_share_misfit(intent.text, f)]


def _measure_asked(intent: Intent, found: Found) -> bool:
    """A measure answers only a question that names it: its noun ("top speed", "berapa magnitudo") or its unit
    ("how many tons", "tonnage"); "how much is the city paying" is never answered with "3 km"."""
    if measure_forms(intent.text):
        return True
    if not any(_asks_money_or_share(intent.text)):  # "how much farmland is irrigated": "1.700 hektar"
        return True
    unit = getattr(found.detail, "unit", "").lower()
    return any(w == unit or (len(unit) >= 3 and w.startswith(unit)) for w in tokenize(intent.text))


@lru_cache(maxsize=256)
def measure_forms(question: str) -> tuple[str, ...]:
    """The words that name the measure a question asks: its measure nouns ("top speed", "berapa magnitudo") and an
    adjective after "how" / "seberapa" ("how heavy"; not "senior high school"), in both languages."""
    words = tokenize(question)
    forms = [form for word in words for form in MEASURE_FORMS.get(word, ())]
    for before, word in zip(words, words[1:]):
        if before in MEASURE_ASKING:
            forms += MEASURE_ADJECTIVES.get(word, ())
    return tuple(forms)


@lru_cache(maxsize=256)
def _measure_named(question: str) -> re.Pattern[str] | None:
    """The words of the measure the question asks, also with a prefix ("berbobot", "setinggi"); None if it asks none."""
    forms = measure_forms(question)
    if not forms:
        return None
    prefixes, words = "|".join(MEASURE_PREFIXES), "|".join(map(re.escape, forms))
    return re.compile(rf"(?<!\w)(?:{prefixes})?(?:{words})(?!\w)", re.IGNORECASE)


def _is_duration(found: Found, sentence: str) -> bool:
    """A span of time ("10 hari"), not an age ("berusia 83 tahun", "83 years old")."""
    return not _is_age(found, sentence) and getattr(found.detail, "unit", "").lower() in DURATION_WORDS


_BRACKETED_AGE = re.compile(r"\b[A-Z][\w'’.-]*\s*\((\d{1,3})\)")  # "Anton Nofianto Nugroho (39)"


def _bracketed_ages(sentence: str) -> list[Found]:
    """Ages news gives in brackets after a name."""
    found = []
    for m in _BRACKETED_AGE.finditer(sentence):
        if int(m.group(1)) <= 120:
            age = Quantity(float(m.group(1)), "count", "", m.start(1), m.end(1), m.group(1))
            found.append(Found(m.group(1), m.start(1), m.end(1), "count", age))
    return found


def _is_age(found: Found, sentence: str) -> bool:
    before = sentence[max(0, found.start - 20) : found.start]
    return bool(_AGE_BEFORE.search(before) or _AGE_AFTER.match(sentence[found.end :]))


def _since(sentence: str, published: date | None) -> list[Found]:
    """ "dirawat sejak 1 September 2019": a span of time given by its start answers how long, as "sejak ..."."""
    found = []
    for day in dates_in(sentence, published):
        since = _SINCE_BEFORE.search(sentence[max(0, day.start - 12) : day.start])
        if since and day.text.strip():
            start = day.start - len(since.group())
            found.append(Found(sentence[start : day.end], start, day.end, "date", day.detail))
    return found


def find_score(
    intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]
) -> list[Found]:
    return [f for f in quantities_in(sentence) if f.kind == "score"]


def bonus(intent: Intent, found: Found, sentence: str) -> float:
    """ "ribuan tentara": an order of magnitude, weaker than a figure; a result after a result word when asked; a
    measure named just before it when the question asks that measure ("kecepatan maksimum hingga 610 km/jam")."""
    vague = -0.15 if found.text.split()[0].lower() in VAGUE_NUMBERS else 0.0
    unit = getattr(found.detail, "unit", "").lower()
    result = 0.1 if _RESULT_ASKED.search(intent.text) and _RESULT_BEFORE.search(sentence[: found.start]) else 0.0
    if _AGE_ASKED.search(intent.text) and _is_age(found, sentence):
        result += 0.1  # "usianya masih 6 tahun", "17 years old"
    return (
        vague
        + result
        + _measure_fit(intent, sentence, found)
        - (0.05 if intent.counted and unit not in intent.counted else 0.0)
    )


@lru_cache(maxsize=256)
def _asks_money_or_share(question: str) -> tuple[bool, bool]:
    words = set(tokenize(question))
    if _SHARE_ASKED.search(question):  # "berapa persen anggaran": a share of the money, not the money
        return False, True
    money = bool(words & (MONEY_NOUNS | MONEY_VERBS | CURRENCIES))
    return money, bool(words & SHARE_WORDS) or "%" in question


_SHARE_ASKED = re.compile(r"\b(?:berapa|what|how many)\s+(?:persen|persentase|percent|percentage)\b", re.IGNORECASE)


def _money_or_share_misfit(question: str, found: Found) -> bool:
    """ "how much could it save": an amount of money, never "50%"; "berapa persentase ...": a percent, never money."""
    money, share = _asks_money_or_share(question)
    if money == share or found.kind not in ("money", "percent"):
        return False
    return (found.kind == "percent") == money


def _measure_fit(intent: Intent, sentence: str, found: Found) -> float:
    """When the question names a measure ("berapa magnitudo"), a figure with that measure's word just before it
    fits, and any other figure ("berjarak 88 kilometer") fits worse."""
    named = _measure_named(intent.text)
    if named is None or found.kind != "measure":
        return 0.0
    near = sentence[max(0, found.start - MEASURE_REACH) : found.end]
    return MEASURE_FIT if named.search(near) else -MEASURE_FIT


def _may_count(found: Found, noun: str | None, sentence: str) -> bool:
    """For a counted noun the language facts do not know ('penonton', 'wajib pajak'): a span of time does not
    count things ('106 hari' for taxpayers), and a bare number only with the noun beside it."""
    if noun is None or noun in DURATION_WORDS:
        return True
    unit = found.detail.unit.lower()
    if unit in DURATION_WORDS:
        return False
    if unit and stem(unit) != stem(noun):  # "empat anak, delapan cucu" for "berapa cucu": the one of the noun asked
        others = quantities_in(sentence)
        if any(_classifies(q, noun, sentence) for q in others):  # "1 orang ketua dan 9 orang wakil ketua"
            return _classifies(found, noun, sentence)
        return not any(stem(q.detail.unit.lower() or "-") == stem(noun) for q in others)
    return bool(unit) or _noun_beside(found, (noun,), sentence)


def _classifies(found: Found, noun: str, sentence: str) -> bool:
    """The noun asked right after a count and its classifier: "9 orang wakil ketua", "3 buah kapal"."""
    return bool(found.detail.unit) and sentence[found.end : found.end + 40].lower().split()[:1] == [noun]


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


HOW_MANY = Kind(find_count, bonus, figure=True)
HOW_MUCH = Kind(find_amount, bonus, figure=True, lists=True)  # "the two magnitudes": both, from one sentence
SCORE = Kind(find_score, picked=False)  # found for the sentences' fit, not picked as a typed answer
