"""Language facts for Indonesian and English, shared by ingest, the answerer, the timeline and the evals.

Only facts about the languages live here (function words, months, number words, units, roles, reporting verbs);
no story's vocabulary.
"""

from __future__ import annotations

import re

from index.language import english, indonesian

LANGUAGES = {"id": indonesian, "en": english}

# Most facts are both languages' tables of the same name together (`_together`); each is an attribute of this module
# like any other (`from index.language import CLOCK_WORDS`). In both lists, a line or two a topic module: words,
# numbers, names, dates, saying.
_TOGETHER = """
FUNCTION_WORDS NAME_ASKED RESPONSE_ASKED SCORE_ASKED SEVERAL_ASKED ANNOUNCING_WORDS ELABORATION_OPENERS CAUSE_WORDS
DEMONSTRATIVES PURPOSE_WORDS WEAK_PURPOSE_WORDS REQUEST_VERBS NAMING_WORDS
NUMBER_WORDS SCALE_WORDS RESULT_WORDS RESULT_ASKED RANGE_OPENERS MEASURE_BEFORE MEASURE_ASKING
HONORIFICS DEGREES ROLE_WORDS ORGANISATION_WORDS WHOLE_BODY_NAMES ROLE_HEADS DEPUTY_WORDS NOT_ASKED_ROLES LEGAL_FORMS
ROLE_LINKS
LAW_HEADS THING_ENDS THING_HEADS THING_NOUNS PLACE_ENDS
PLACE_WORDS ORIGIN_WORDS ORIGIN_ASKED DESTINATION_WORDS DESTINATION_ASKED REGION_ABBREVIATIONS BUILDING_WORDS
DURATION_WORDS DURATION_DAYS DURATION_ASKED SINCE_WORDS SINCE_ASKED UNTIL_WORDS UNTIL_ASKED UPCOMING_WORDS
DESIGNATION_WORDS NUMBERED_NOUNS
AGE_WORDS AGE_AFTER AGE_ASKED FUTURE_ASKED SCHEDULED_ASKED PROSPECTIVE_WORDS EARLIER_WORDS CLOCK_WORDS
SAY_BEFORE_NAME SAY_AFTER_NAME CITED_FROM AGENT_WORDS DENIAL_WORDS SAY_AFTER_NAME_MORE QUOTE_TAGS_MORE SAY_PASSIVES
SENTENCE_OPENERS NAME_ENDERS ACT_NOUNS PERSON_PRONOUNS
""".split()
# Facts only looked up, never read in order: a set of both languages' words.
_AS_SETS = """
SCORE_WORDS VAGUE_NUMBERS CURRENCIES AMOUNT_WORDS MONEY_NOUNS MONEY_VERBS SHARE_WORDS MEASURE_UNITS
COUNTRY_NOUNS DATE_NOUNS CLOCK_NOUNS GENERIC_ROLES SPEAKER_ROLE_WORDS ROLE_MODIFIERS PLACE_NOUNS AREA_NOUNS BODY_NOUNS
TIMES_OF_DAY
SPEAKER_PRONOUNS GROUP_PRONOUNS ANAPHORS AFTER_NAME_WORDS CONNECTIVE_OPENERS FIRST_PERSON
""".split()


def _together(name: str) -> tuple | frozenset | dict:
    """Both languages' tables called `name`, Indonesian first: tuples joined, sets united, dicts merged."""
    indonesian_table, english_table = getattr(indonesian, name), getattr(english, name)
    if isinstance(indonesian_table, tuple):
        return indonesian_table + english_table
    return indonesian_table | english_table


globals().update({name: _together(name) for name in _TOGETHER})
globals().update({name: frozenset(_together(name)) for name in _AS_SETS})
PERCENT_WORDS = frozenset(indonesian.PERCENT + english.PERCENT)
RANGE_WORDS = tuple(dict.fromkeys(indonesian.RANGE_WORDS + english.RANGE_WORDS))
# What ends one item of a list ("S1 tercatat 18 orang, lulusan S2 tercatat 7 orang", "10 are SLTA and 7 S2").
ITEM_SEPARATORS = indonesian.CONJUNCTIONS + english.CONJUNCTIONS + indonesian.CONTRASTS + english.CONTRASTS
MONTH_WORDS = frozenset(
    indonesian.MONTHS + english.MONTHS + indonesian.MONTH_ABBREVIATIONS + english.MONTH_ABBREVIATIONS
)
WEEKDAY_WORDS = frozenset(
    indonesian.WEEKDAYS + english.WEEKDAYS + tuple(indonesian.WEEKDAY_VARIANTS) + tuple(english.WEEKDAY_VARIANTS)
)
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


ORDINALS: dict[str, int] = _together("ORDINALS")
_ORDINAL = re.compile(r"(?<!\w)(?:(" + "|".join(ORDINALS) + r")|ke-(\d{1,2}))(?!\w)", re.IGNORECASE)


def ordinal_in(text: str) -> int | None:
    """The first ordinal the text writes, as a number: "the second cut" 2, "putaran ketiga" 3, "ke-4" 4."""
    match = _ORDINAL.search(text)
    if match is None:
        return None
    return ORDINALS[match.group(1).lower()] if match.group(1) else int(match.group(2))


def phrase_pattern(phrases: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    """One regex matching any of the phrases as whole words, longest first."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w$])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)", re.IGNORECASE)


# The level of place a where-question asks for, and the aspect around a figure, in both languages.
PLACE_LEVELS = {
    level: indonesian.PLACE_LEVELS[level] + english.PLACE_LEVELS[level] for level in indonesian.PLACE_LEVELS
}
ASPECT_WORDS = {kind: indonesian.ASPECT_WORDS[kind] + english.ASPECT_WORDS[kind] for kind in indonesian.ASPECT_WORDS}
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
MEASURE_PREFIXES = indonesian.MEASURE_PREFIXES
MEASURE_ADJECTIVES = {
    word: (word, *forms) for word, forms in {**indonesian.MEASURE_ADJECTIVES, **english.MEASURE_ADJECTIVES}.items()
}
SAY_QUESTION_STEMS = english.SAY_QUESTION_STEMS + indonesian.SAY_QUESTION_STEMS
