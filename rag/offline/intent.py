"""What a question asks for: one or two answer types, the names it mentions, its topic terms, what it counts."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from index.chunk import sentence_spans
from index.language import (
    AGE_ASKED,
    AREA_NOUNS,
    BODY_NOUNS,
    BUILDING_WORDS,
    CLOCK_NOUNS,
    COUNTRY_NOUNS,
    DATE_NOUNS,
    DURATION_WORDS,
    FUNCTION_WORDS,
    GENERIC_ROLES,
    LANGUAGES,
    MEASURE_NOUNS,
    MONEY_NOUNS,
    MONEY_VERBS,
    NOT_ASKED_ROLES,
    NUMBER_WORDS,
    NUMBERED_NOUNS,
    ORGANISATION_WORDS,
    PERCENT_WORDS,
    PLACE_NOUNS,
    PLACE_WORDS,
    ROLE_HEADS,
    ROLE_TRANSLATIONS,
    ROLE_WORDS,
    SAY_QUESTION_STEMS,
    SCORE_ASKED,
    detect_language,
    english,
    indonesian,
    phrase_pattern,
)
from rag.offline.counted import BERAPA_NOUN, counted, counted_word, several
from rag.offline.question_names import QUESTION_WORDS, question_names
from rag.text import content_terms, tokenize

UNTYPED = ("what", "how")  # question words that ask for no one kind of answer: a second part must ask for one
_CUES = [
    (phrase, kind) for lang in LANGUAGES.values() for kind, phrases in lang.QUESTION_WORDS.items() for phrase in phrases
]
_CUE = phrase_pattern(tuple(phrase for phrase, _ in _CUES))
_KIND_OF = {phrase: kind for phrase, kind in sorted(_CUES, key=lambda pair: pair[1] == "what")}
_ORDER_OF = {cue: order for lang in LANGUAGES.values() for order, cues in lang.ORDER_CUES.items() for cue in cues}
_ORDER_CUE = phrase_pattern(tuple(_ORDER_OF))
_CONJUNCTION = phrase_pattern(indonesian.CONJUNCTIONS + english.CONJUNCTIONS)
_WHICH_NOUN = re.compile(r"\b(?:which|what|apa|mana)\s+([a-z]+)|\b([a-z]+)\s+(?:apa|mana)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Intent:
    kinds: tuple[str, ...]  # one, or two for a two-part question ("who was arrested and where?")
    language: str
    names: tuple[str, ...]  # capitalised names and numbers the question mentions, as written
    terms: frozenset[str]  # stemmed topic terms, question words removed
    counted: frozenset[str]  # for how_many: the Indonesian counted nouns the question asks about
    wants: str  # for who: "person", "body", "country" (a body that is a country) or "any"
    role: str | None  # the role a who-question names ("kapolres", "minister")
    order: str | None  # "first" / "last" (the earliest or latest), "before" / "after" (events around a pivot)
    text: str
    pivot: str | None = None  # for before / after: the event the question names ("the NATO briefing")
    parts: tuple[str, ...] = ()  # a two-part question's two sub-questions, as written
    counted_word: str | None = None  # for how_many: the noun asked for as written, known to the language or not
    several: int = 1  # how many of the thing the question asks for ("siapa dua pemain ...", "both"); 1 by default
    # it asks about something said ("who first reported", "the NIS statement"), not only about what happened ("when
    # did the bank first cut its rate"); a follow-up asks what the question it follows asked
    asks_statement: bool = False
    apposed_role: str | None = None  # a second role set off after the first: "which analyst, director of X"

    @property
    def kind(self) -> str:
        return self.kinds[0]


def classify(question: str, language: str | None = None) -> Intent:
    language = language or detect_language(question)
    asking = asking_sentence(question)  # what is asked; the names and terms come from the whole question
    lowered = asking.lower()
    cues = [(m.start(), _KIND_OF[m.group().lower()]) for m in _CUE.finditer(lowered)]
    order = next((k for _, k in cues if k in ("first", "last")), None)
    around = _ORDER_CUE.search(asking)
    pivot = asking[around.end() :].strip(" ?.!") if around else None
    order = _ORDER_OF[around.group().lower()] if around and pivot else order
    kinds, split = _answer_parts([(pos, k) for pos, k in cues if k not in ("first", "last")], lowered)
    parts = (asking[:split].strip(" ,;"), asking[split:].strip()) if split else ()
    role = _asked_role(lowered)
    named = {w.lower() for w in re.findall(r"(?<!^)\b[A-Z][\w-]*", asking)}  # "Which APRIL Group executive"
    wants = _who_wants(lowered, role, frozenset(named)) if "who" in kinds else "any"
    if wants in ("body", "country"):  # "perusahaan mana ... dengan Wali Kota X": the role is given, not asked
        role = None
    if kinds == ("what",) and (_asks_which_role(lowered) or _role_after_names(asking)):
        kinds, wants = ("who",), "person"
    return Intent(
        kinds,
        language,
        question_names(question),
        _topic_terms(question),
        counted(lowered),
        wants,
        role,
        order,
        question,
        pivot or None,
        parts,
        counted_word(lowered),
        several(lowered),
        any(word.startswith(SAY_QUESTION_STEMS) for word in question.lower().split()),
        _apposed_role(lowered, role),
    )


def asking_sentence(question: str) -> str:
    """The sentence of the question that asks, when a statement comes first ("Kota Bekasi disebut kota dengan
    jumlah penduduk tertinggi ketiga. Kota mana saja yang berada di atasnya?" asks for places, not a count): the
    last sentence holding a question word, else the whole question."""
    spans = sentence_spans(question)
    if len(spans) < 2:
        return question
    asking = [question[start:end] for start, end in spans if _CUE.search(question[start:end].lower())]
    return asking[-1] if asking else question


def evidence_queries(question: str, k: int) -> list[tuple[str, int]]:
    """What to retrieve for the question: itself (twice as deep when it asks for the first or latest report, whose
    answer may sit in any article), then each part of a two-part question that can stand alone."""
    intent = classify(question)
    queries = [(question, 2 * k if intent.order in ("first", "last") else k)]
    if intent.parts:
        first, second = intent.parts
        queries += [(first, k)] + ([(second, k)] if len(_topic_terms(second)) >= 2 else [])
    return queries


def _answer_parts(cues: list[tuple[int, str]], lowered: str) -> tuple[tuple[str, ...], int | None]:
    """The answer kind(s), and for a two-part question where its second part starts ("who was arrested, and
    where?"; "siapa ..., dan siapa ...?": a second part of the same kind needs its own clause)."""
    if not cues:
        return ("what",), None
    first = _refine(cues[0][1], lowered[: cues[1][0]] if len(cues) > 1 else lowered)
    one_part = len(cues) > 1 and not _CONJUNCTION.search(lowered[cues[0][0] : cues[-1][0]])
    if one_part and first in ("how_many", "how_much"):  # "jumlah pengusaha ... mencapai berapa persen"
        first = _refine(first, lowered)
    for position, kind in cues[1:]:
        kind = _refine(kind, lowered[max(0, position - 25) :])  # "dan di stadion mana": the noun before the cue
        between = lowered[cues[0][0] : position]
        joint = list(_CONJUNCTION.finditer(between))
        if not joint or kind in UNTYPED:
            continue
        split = cues[0][0] + joint[-1].start()
        if kind != first or re.search(r"[,;]\s*$", lowered[:split]) or position - split <= 5:
            return (first, kind), split
    return (first,), None


# "pasal berapa", "peringkat dunia berapa": which one of a numbered thing (group 1: its noun)
NUMBERED_ASKED = re.compile(r"\b(" + "|".join(NUMBERED_NOUNS) + r")\s+(?:[a-z]+\s+)?berapa\b")


def _refine(kind: str, lowered: str) -> str:
    """'berapa' / 'how much' ask for money or a magnitude when a money or measure noun or a verb of money
    follows ('berapa kecepatan', 'berapa yang dihemat'), and so does 'what is the top speed'; 'which city' is a
    where, 'in which year' a when."""
    if kind in ("how_many", "how_much"):
        if NUMBERED_ASKED.search(lowered):  # "pasal berapa", "peringkat dunia berapa": which one, its sentence
            return "what"
        if _AGE_ASKED.search(lowered):  # "berapa usia", "how old": an age, counted in years
            return "how_many"
        counted = BERAPA_NOUN.search(lowered)  # "berapa unit kapasitas", "berapa poin": the counted noun first
        if counted and counted.group(1) in indonesian.COUNTED_NOUNS and counted.group(1) not in PERCENT_WORDS:
            return "how_many"
        words = set(tokenize(lowered[:80]))
        if words & (MONEY_NOUNS | MONEY_VERBS | MEASURE_NOUNS) or re.search(
            r"\b(persen|percent|rupiah|rp|dolar|dollars?)\b", lowered
        ):
            return "how_much"
        return kind
    if kind not in ("what", "where"):
        return kind
    if kind == "what" and _SCORE.search(lowered):  # "what was the score": a scoreline, read as a count
        return "how_many"
    nouns = which_nouns(lowered)
    if nouns & CLOCK_NOUNS:  # "at what time", "pada jam berapa": a clock time
        return "time"
    if nouns & DATE_NOUNS:  # "in which year", "pada hari apa": a date
        return "when"
    if nouns & DURATION_WORDS:  # "in which minute": no place; the sentence that says it
        return "what"
    if kind == "where" and (not nouns or nouns & _PLACE_ASKED):
        return kind
    measured = _MEASURED.search(lowered)  # "what is the top speed", "what is the estimated value"
    if measured and set(tokenize(measured.group(1))) & (MEASURE_NOUNS | MONEY_NOUNS):
        return "how_much"
    if nouns & ROLE_WORDS or any(n in ROLE_TRANSLATIONS for n in nouns):  # "which US state governor": a person
        return "who"
    if nouns & (PLACE_WORDS | PLACE_NOUNS):
        return "where"
    if nouns & (ORGANISATION_WORDS | BODY_NOUNS):
        return "who"  # before a measure: "organisasi penurun berat badan apa" asks for a body
    if nouns & (MEASURE_NOUNS | MONEY_NOUNS):  # "at what level", "what price"
        return "how_much"
    return "what" if kind == "where" else kind  # "in which colour edition": no place; the sentence that names it


_AGE_ASKED = phrase_pattern(AGE_ASKED)
_PLACE_ASKED = PLACE_WORDS | PLACE_NOUNS | AREA_NOUNS | frozenset(BUILDING_WORDS) | COUNTRY_NOUNS
_SCORE = phrase_pattern(SCORE_ASKED)
_MEASURED = re.compile(r"\bwhat\s+(?:is|are|was|were|will be)\s+(?:the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)")


def which_nouns(lowered: str) -> set[str]:
    """The words a which-question asks about: up to five after 'which' / 'what' ('which retired Australian air force
    officer'), or up to three before 'mana' / 'apa', up to a
    function word ('which South Korean agency' -> {south, korean, agency}; 'what festival did ...' -> {festival};
    'badan intelijen mana' -> {badan, intelijen})."""
    match = re.search(
        r"\b(?:which|what)\s+((?:[\w-]+\s+){0,4}[\w-]+)|((?:[\w-]+\s+){0,2}[\w-]+)\s+(?:mana|apa)\b", lowered
    )
    if not match:
        return set()
    words = (match.group(1) or match.group(2)).split()
    if not match.group(1):
        words.reverse()
    return set(itertools.takewhile(lambda w: w not in FUNCTION_WORDS, words))


def _asks_which_role(lowered: str) -> bool:
    """'Which Russian ambassador ...', 'menteri mana ...': a role within three words of which/what/mana."""
    return any(w in ROLE_WORDS or w in ROLE_TRANSLATIONS for w in which_nouns(lowered))


_NOUN_AFTER_NAMES = re.compile(r"\b(?:[Ww]hich|[Ww]hat)\s+(?:[A-Z][\w'’-]*\s+){1,4}([a-z][\w-]*)")


def _role_after_names(asking: str) -> bool:
    """'Which Northern Mariana Islands player': a role after the names that say whose."""
    match = _NOUN_AFTER_NAMES.search(asking)
    return bool(match) and match.group(1) in ROLE_WORDS


def _asked_role(lowered: str) -> str | None:
    owned = re.search(r"\w['’]s\s+(\w+)", lowered)  # "actor Donny Alamsyah's father": the father is asked
    if owned and owned.group(1) in ROLE_WORDS and owned.group(1) not in NOT_ASKED_ROLES:
        return owned.group(1)
    words = [w[:-3] if w.endswith("nya") and w[:-3] in ROLE_WORDS else w for w in tokenize(lowered)]  # "sutradaranya"
    verb = next((w for w in words[1:3] if w not in ("is", "was", "are", "were")), "")
    if words[:1] == ["who"] and verb in english.VERB_ROLES:  # "who directed ...", "who was driving ...": its doer
        return english.VERB_ROLES[verb]
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in ROLE_HEADS and following in ROLE_WORDS:  # "vice chairman", "wakil ketua", "juru bicara"
            return f"{word} {following}"
        if word in GENERIC_ROLES and word not in ROLE_WORDS:  # "siapa pejabat Kemenlu yang menanggapi ... penyanyi
            return None  # X": the role asked is no office in particular; a role word after it is another person's
        if word in ROLE_WORDS and word not in NOT_ASKED_ROLES:
            return f"{word} {following}" if word in ROLE_HEADS and following else word
    return None


def _apposed_role(lowered: str, role: str | None) -> str | None:
    """The role set off by a comma right after the asked one names the same person: "which analyst, director of
    X, said ..." finds "Direktur X, Ujang Komarudin"."""
    if not role:
        return None
    after = re.search(rf"\b{re.escape(role)}\s*,\s*(?:the\s+|a\s+|an\s+)?([\w-]+)", lowered)
    return after.group(1) if after and after.group(1) in ROLE_WORDS and after.group(1) != role else None


def _who_wants(lowered: str, role: str | None, named: frozenset[str] = frozenset()) -> str:
    """What a who-question wants; a noun that is part of a name it gives ("APRIL Group") asks for nothing."""
    match = _WHICH_NOUN.search(lowered)
    noun = next((g for g in match.groups() if g), "") if match else ""
    noun = "" if noun in named else noun
    if noun in COUNTRY_NOUNS:
        return "country"
    if noun in ORGANISATION_WORDS | BODY_NOUNS or (which_nouns(lowered) - named) & (ORGANISATION_WORDS | BODY_NOUNS):
        return "body"
    if role or re.search(r"\b(nama|name|named|siapa nama)\b", lowered):
        return "person"
    return "any"


def _topic_terms(question: str) -> frozenset[str]:
    return frozenset(t for t in content_terms(question) if t not in QUESTION_WORDS)


@lru_cache(maxsize=256)
def term_forms(terms: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each topic term with its forms in the other language where the language facts know them (role words,
    compass and country words: "ambassador" -> duta, besar, dubes; "south" -> selatan; number words: "five" ->
    lima, 5)."""
    forms = {}
    for term in terms:
        other = ROLE_TRANSLATIONS.get(term) or english.NAME_WORDS.get(term) or ""
        forms[term] = frozenset({term, *content_terms(other.replace("|", " ")), *_SAME_NUMBER.get(term, ())})
    return forms


_SAME_NUMBER = {  # "five": lima, 5; "lima": five, 5
    word: {str(value), *(w for w, v in NUMBER_WORDS.items() if v == value)}
    for word, value in NUMBER_WORDS.items()
    if isinstance(value, int) and " " not in word
}
