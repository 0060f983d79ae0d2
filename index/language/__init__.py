"""Language facts for Indonesian and English, shared by ingest, the answerer, the timeline and the evals.

Only facts about the languages live here (function words, months, number words, units, roles, reporting verbs);
no story's vocabulary.
"""

from __future__ import annotations

import re

from index.language import english, indonesian

LANGUAGES = {"id": indonesian, "en": english}
FUNCTION_WORDS = indonesian.FUNCTION_WORDS | english.FUNCTION_WORDS
NUMBER_WORDS = {**indonesian.NUMBER_WORDS, **english.NUMBER_WORDS}
SCALE_WORDS = {**indonesian.SCALE_WORDS, **english.SCALE_WORDS}
SCORE_WORDS = frozenset(indonesian.SCORE_WORDS + english.SCORE_WORDS)
VAGUE_NUMBERS = frozenset(indonesian.VAGUE_NUMBERS + english.VAGUE_NUMBERS)
RESULT_WORDS = indonesian.RESULT_WORDS + english.RESULT_WORDS
RESULT_ASKED = indonesian.RESULT_ASKED + english.RESULT_ASKED
CURRENCIES = frozenset(indonesian.CURRENCIES + english.CURRENCIES)
PERCENT_WORDS = frozenset(indonesian.PERCENT + english.PERCENT)
RANGE_WORDS = tuple(dict.fromkeys(indonesian.RANGE_WORDS + english.RANGE_WORDS))
RANGE_OPENERS = indonesian.RANGE_OPENERS + english.RANGE_OPENERS
HONORIFICS = indonesian.HONORIFICS | english.HONORIFICS
ROLE_WORDS = indonesian.ROLE_WORDS | english.ROLE_WORDS
ORGANISATION_WORDS = indonesian.ORGANISATION_WORDS | english.ORGANISATION_WORDS
ROLE_HEADS = indonesian.ROLE_HEADS + english.ROLE_HEADS
DEPUTY_WORDS = indonesian.DEPUTY_WORDS + english.DEPUTY_WORDS
NOT_ASKED_ROLES = indonesian.NOT_ASKED_ROLES | english.NOT_ASKED_ROLES
LEGAL_FORMS = indonesian.LEGAL_FORMS | english.LEGAL_FORMS  # a company's legal form, heading or ending its name
LAW_HEADS = indonesian.LAW_HEADS | english.LAW_HEADS
THING_ENDS = indonesian.THING_ENDS | english.THING_ENDS
PLACE_WORDS = indonesian.PLACE_WORDS | english.PLACE_WORDS
ORIGIN_WORDS = indonesian.ORIGIN_WORDS + english.ORIGIN_WORDS  # where someone comes from: 'asal Thailand'
ORIGIN_ASKED = indonesian.ORIGIN_ASKED + english.ORIGIN_ASKED
REGION_ABBREVIATIONS = indonesian.REGION_ABBREVIATIONS | english.REGION_ABBREVIATIONS
DURATION_WORDS = indonesian.DURATION_WORDS | english.DURATION_WORDS
DURATION_ASKED = indonesian.DURATION_ASKED + english.DURATION_ASKED
SINCE_WORDS = indonesian.SINCE_WORDS + english.SINCE_WORDS
NAME_ASKED = indonesian.NAME_ASKED + english.NAME_ASKED
SINCE_ASKED = indonesian.SINCE_ASKED + english.SINCE_ASKED
UNTIL_WORDS = indonesian.UNTIL_WORDS + english.UNTIL_WORDS
UNTIL_ASKED = indonesian.UNTIL_ASKED + english.UNTIL_ASKED
UPCOMING_WORDS = indonesian.UPCOMING_WORDS + english.UPCOMING_WORDS
DESIGNATION_WORDS = indonesian.DESIGNATION_WORDS + english.DESIGNATION_WORDS
AGE_WORDS = indonesian.AGE_WORDS + english.AGE_WORDS
AGE_AFTER = indonesian.AGE_AFTER + english.AGE_AFTER
# a response asked for ('tanggapan Rusia', 'the reaction of Moscow'): what that party said
RESPONSE_ASKED = indonesian.RESPONSE_ASKED + english.RESPONSE_ASKED
SCORE_ASKED = indonesian.SCORE_ASKED + english.SCORE_ASKED
# what ends one item of a list ("S1 tercatat 18 orang, lulusan S2 tercatat 7 orang", "10 are SLTA and 7 S2")
SEVERAL_ASKED = indonesian.SEVERAL_ASKED + english.SEVERAL_ASKED
ITEM_SEPARATORS = indonesian.CONJUNCTIONS + english.CONJUNCTIONS + indonesian.CONTRASTS + english.CONTRASTS
ANNOUNCING_WORDS = indonesian.ANNOUNCING_WORDS + english.ANNOUNCING_WORDS
ELABORATION_OPENERS = indonesian.ELABORATION_OPENERS + english.ELABORATION_OPENERS
MONTH_WORDS = frozenset(
    indonesian.MONTHS + english.MONTHS + indonesian.MONTH_ABBREVIATIONS + english.MONTH_ABBREVIATIONS
)
WEEKDAY_WORDS = frozenset(indonesian.WEEKDAYS + english.WEEKDAYS)
MONTH_NAMES = {
    "id": tuple(m.capitalize() for m in indonesian.MONTHS),
    "en": tuple(m.capitalize() for m in english.MONTHS),
}
COUNTED_NOUNS = indonesian.COUNTED_NOUNS
PERSON_CLASSIFIERS = frozenset(indonesian.PERSON_CLASSIFIERS)
PERSON_NOUNS = frozenset(  # the counted nouns that count people: those sharing an English form with "orang"/"warga"
    noun
    for noun, english_forms in indonesian.COUNTED_NOUNS.items()
    if set(english_forms)
    & {
        "people",
        "members",
        "residents",
        "students",
        "employees",
        "players",
        "participants",
        "passengers",
        "victims",
        "patients",
        "workers",
        "suspects",
        "tourists",
        "visitors",
        "taxpayers",
        "teachers",
        "officers",
        "staff",
        "troops",
        "soldiers",
        "personnel",
    }
)
ENGLISH_COUNTED: dict[str, frozenset[str]] = {}
for _id_noun, _english_nouns in indonesian.COUNTED_NOUNS.items():
    for _en in _english_nouns:
        ENGLISH_COUNTED[_en] = ENGLISH_COUNTED.get(_en, frozenset()) | {_id_noun}
COMPASS_WORDS = frozenset(indonesian.COMPASS + english.COMPASS)
ROLE_TRANSLATIONS = english.ROLE_TRANSLATIONS
ROLE_ABBREVIATIONS = indonesian.ROLE_ABBREVIATIONS
COUNTRY_NOUNS = frozenset(indonesian.COUNTRY_NOUNS + english.COUNTRY_NOUNS)
GENERIC_ROLES = frozenset(indonesian.GENERIC_ROLES + english.GENERIC_ROLES)
SAY_BEFORE_NAME = indonesian.SAY_BEFORE_NAME + english.SAY_BEFORE_NAME
SAY_AFTER_NAME = indonesian.SAY_AFTER_NAME + english.SAY_AFTER_NAME
CAUSE_WORDS = indonesian.CAUSE_WORDS + english.CAUSE_WORDS
DEMONSTRATIVES = indonesian.DEMONSTRATIVES + english.DEMONSTRATIVES
PURPOSE_WORDS = indonesian.PURPOSE_WORDS + english.PURPOSE_WORDS
WEAK_PURPOSE_WORDS = indonesian.WEAK_PURPOSE_WORDS + english.WEAK_PURPOSE_WORDS
REQUEST_VERBS = indonesian.REQUEST_VERBS + english.REQUEST_VERBS
FUTURE_ASKED = indonesian.FUTURE_ASKED + english.FUTURE_ASKED
CITED_FROM = indonesian.CITED_FROM + english.CITED_FROM
AGENT_WORDS = indonesian.AGENT_WORDS + english.AGENT_WORDS
DENIAL_WORDS = indonesian.DENIAL_WORDS + english.DENIAL_WORDS
PROSPECTIVE_WORDS = indonesian.PROSPECTIVE_WORDS + english.PROSPECTIVE_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ID_MARKERS = frozenset(
    "yang dan di ke dari untuk dengan ini itu tidak adalah pada akan telah sudah siapa apa kapan berapa mengapa "
    "kenapa bagaimana dimana mana apakah oleh dalam juga karena bahwa para saat atau nya tersebut kata ujar".split()
)
_EN_MARKERS = frozenset(
    "the of and to in is was were are for that with on by who what when where why how which did does do from at "
    "said has have it this as an many much".split()
)


def detect_language(text: str) -> str:
    """'id' or 'en' by function words; a tie (a bare name) counts as English only when it has an English word."""
    words = [w.lower() for w in _WORD.findall(text)]
    indonesian_score = sum(1 for w in words if w in _ID_MARKERS or w.endswith("nya") and len(w) > 5)
    english_score = sum(1 for w in words if w in _EN_MARKERS)
    return "en" if english_score > indonesian_score else "id"


def language_of(question: str) -> object:
    return LANGUAGES[detect_language(question)]


def phrase_pattern(phrases: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    """One regex matching any of the phrases as whole words, longest first."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w$])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)", re.IGNORECASE)


# The level of place a where-question asks for, in both languages, and the words that head a building in a place.
PLACE_LEVELS = {
    level: indonesian.PLACE_LEVELS[level] + english.PLACE_LEVELS[level] for level in indonesian.PLACE_LEVELS
}
BUILDING_WORDS = indonesian.BUILDING_WORDS + english.BUILDING_WORDS

# Who says what, and when (index.speakers, index.statements, index.claims): both languages' words together.
SAY_AFTER_NAME_MORE = indonesian.SAY_AFTER_NAME_MORE + english.SAY_AFTER_NAME_MORE
QUOTE_TAGS_MORE = indonesian.QUOTE_TAGS_MORE + english.QUOTE_TAGS_MORE
SAY_PASSIVES = indonesian.SAY_PASSIVES + english.SAY_PASSIVES
SPEAKER_PRONOUNS = frozenset(indonesian.SPEAKER_PRONOUNS + english.SPEAKER_PRONOUNS)
GROUP_PRONOUNS = frozenset(indonesian.GROUP_PRONOUNS + english.GROUP_PRONOUNS)
ANAPHORS = frozenset(indonesian.ANAPHORS + english.ANAPHORS)
SENTENCE_OPENERS = indonesian.SENTENCE_OPENERS + english.SENTENCE_OPENERS
AFTER_NAME_WORDS = frozenset(indonesian.AFTER_NAME_WORDS + english.AFTER_NAME_WORDS)
NAME_ENDERS = indonesian.NAME_ENDERS + english.NAME_ENDERS
SPEAKER_ROLE_WORDS = frozenset(indonesian.SPEAKER_ROLE_WORDS + english.SPEAKER_ROLE_WORDS)
ROLE_MODIFIERS = frozenset(indonesian.ROLE_MODIFIERS + english.ROLE_MODIFIERS)
CONNECTIVE_OPENERS = frozenset(indonesian.CONNECTIVE_OPENERS + english.CONNECTIVE_OPENERS)
FIRST_PERSON = frozenset(indonesian.FIRST_PERSON + english.FIRST_PERSON)
ACT_NOUNS = indonesian.ACT_NOUNS + english.ACT_NOUNS
EARLIER_WORDS = indonesian.EARLIER_WORDS + english.EARLIER_WORDS
ASPECT_WORDS = {kind: indonesian.ASPECT_WORDS[kind] + english.ASPECT_WORDS[kind] for kind in indonesian.ASPECT_WORDS}
AMOUNT_WORDS = frozenset(indonesian.AMOUNT_WORDS + english.AMOUNT_WORDS)
TIMES_OF_DAY = frozenset(indonesian.TIMES_OF_DAY + english.TIMES_OF_DAY)
CLOCK_WORDS = indonesian.CLOCK_WORDS + english.CLOCK_WORDS

# The nouns that make a which-question ask for a place, a body or an amount of money, and the stems of the
# reporting verbs that make a who-question ask for a speaker (rag.offline.intent, rag.offline.typed).
PLACE_NOUNS = frozenset(indonesian.PLACE_NOUNS + english.PLACE_NOUNS)
AREA_NOUNS = frozenset(indonesian.AREA_NOUNS + english.AREA_NOUNS)
BODY_NOUNS = frozenset(indonesian.BODY_NOUNS + english.BODY_NOUNS)
MONEY_NOUNS = frozenset(indonesian.MONEY_NOUNS + english.MONEY_NOUNS)
MEASURE_NOUNS = frozenset(indonesian.MEASURE_NOUNS + tuple(english.MEASURE_NOUNS))


def _measure_forms() -> dict[str, tuple[str, ...]]:
    """Each measure noun with the words of both languages that name it ("speed" -> kecepatan, laju; "magnitudo" ->
    magnitude, mw, sr)."""
    forms = {noun: (noun, *others) for noun, others in english.MEASURE_NOUNS.items()}
    for noun in indonesian.MEASURE_NOUNS:
        alike = [form for same in forms.values() if noun in same for form in same]
        forms[noun] = tuple(dict.fromkeys([noun, *alike]))
    return forms


MEASURE_FORMS = _measure_forms()
MEASURE_UNITS = frozenset(indonesian.MEASURE_UNITS + english.MEASURE_UNITS)
MEASURE_BEFORE = indonesian.MEASURE_BEFORE + english.MEASURE_BEFORE
MEASURE_PREFIXES = indonesian.MEASURE_PREFIXES
MEASURE_ADJECTIVES = {
    word: (word, *forms) for word, forms in {**indonesian.MEASURE_ADJECTIVES, **english.MEASURE_ADJECTIVES}.items()
}
MEASURE_ASKING = indonesian.MEASURE_ASKING + english.MEASURE_ASKING
SAY_QUESTION_STEMS = english.SAY_QUESTION_STEMS + indonesian.SAY_QUESTION_STEMS
