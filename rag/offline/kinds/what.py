"""what: the answer is the sentence itself; for a which-question ("which film saga", "sepeda motor jenis apa") a
sentence naming an instance of the asked noun ("film Star Wars", "motor jenis Honda Megapro") fits."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from index.language import FUNCTION_WORDS, NAMING_WORDS, english, indonesian
from rag.offline.evidence import term_met
from rag.offline.extract import Found
from rag.offline.intent import NUMBERED_ASKED, Intent, asking_sentence, term_forms, which_nouns
from rag.offline.kinds.base import Kind
from rag.offline.names import name_found
from rag.text import content_terms, stem

_WORD = re.compile(r"[^\W\d_][\w-]*")
# up to two lower-case words after the asked noun, then a capitalised run or a quoted title
_NAMED_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?[\"“']?([A-Z][\w'-]*(?:\.\w+)*(?:\s+[A-Z0-9][\w'-]*(?:\.\w+)*){0,3})"
)


# "kasus apa": a case of a kind the sentence names in lower case ("atas kasus penyalahgunaan narkotika"); never
# after a word for a kind itself (indonesian.KIND_NOUNS)
_HEAD_APA = re.compile(r"\b([a-z]+)\s+apa\b")
_MODIFIED = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]{3,})")


# a name given after a naming word ("diberi nama sandi Tacana", "known as Skyfall"), when a question asks a name
_GIVEN_NAME = re.compile(
    r"(?i:" + "|".join(sorted(map(re.escape, NAMING_WORDS), key=len, reverse=True)) + r")\s+[\"“']?"
    r"((?:[A-Z][\w'’-]*|\d+)(?:\s+(?:[A-Z][\w'’-]*|\d+)){0,5})"
)
_NAME_WORD = re.compile(r"\b(?:names?|called|nama|julukan|sebutan)\b", re.IGNORECASE)


def find(intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]) -> list[Found]:
    if _NAME_WORD.search(intent.text):  # "what was the code name of ...": the name the sentence gives
        given = [m for m in _GIVEN_NAME.finditer(sentence) if _not_given(m[1], intent)]
        if given:
            return [Found(m[1], m.start(1), m.end(1), "thing") for m in given]
    nouns, head = _asked_noun(intent.text, intent.language)
    numbered = NUMBERED_ASKED.search(asking_sentence(intent.text).lower())
    if numbered:  # "pasal berapa": "Pasal 414"; "peringkat dunia berapa": "peringkat ke-17"
        pattern = rf"\b{numbered.group(1)}\s+(?:[a-z]+\s+)?(?:ke-?\s*)?\d+"
        return [Found(m[0], m.start(), m.end(), "thing") for m in re.finditer(pattern, sentence, re.IGNORECASE)]
    nouns -= {stem(n.lower()) for n in intent.names}  # "Varian New Daihatsu Sigra mana": the names qualify it
    if not nouns:
        return []
    heads = [head] if head else [f for n in nouns for f in english.NOUN_TRANSLATIONS.get(n, "").split("|") if f]
    for head in heads:  # "mobil apa", "what illness": the one named after the noun as Indonesian writes it
        # ("mobil Toyota Avanza"), else its kind ("kasus korupsi", "penyakit jantung")
        for word in re.finditer(rf"\b{re.escape(head)}\b", sentence, re.IGNORECASE):
            named = _NAMED_AFTER.match(sentence, word.end())
            if named and _not_given(named.group(1), intent):
                return [Found(named.group(1), named.start(1), named.end(1), "thing")]
            modified = _MODIFIED.match(sentence, word.end())
            first = modified.group(1).split()[0] if modified else ""
            if modified and first not in FUNCTION_WORDS and not indonesian.VERB.fullmatch(first):
                return [Found(modified.group(1), modified.start(1), modified.end(1), "thing")]
    found = []
    for word in _WORD.finditer(sentence):
        terms = set(content_terms(word.group()))
        if not any(term_met(n, forms, terms, intent.language) for n, forms in term_forms(nouns).items()):
            continue
        named = _NAMED_AFTER.match(sentence, word.end())
        if named and _not_given(named.group(1), intent):
            found += (
                []
                if any(f.start == named.start(1) for f in found)
                else [Found(named.group(1), named.start(1), named.end(1), "thing")]
            )
    return found


def _not_given(name: str, intent: Intent) -> bool:
    """A name the question does not itself give ("Which film did Star Wars fans see?": not "Star Wars")."""
    return not all(name_found(w, intent.text) for w in name.split())


@lru_cache(maxsize=256)
def _asked_noun(question: str, language: str) -> tuple[frozenset[str], str | None]:
    """The which-question's nouns, as terms, and for Indonesian "<noun> apa" that noun ("kasus"), once a question
    (the finder runs on every sentence)."""
    asking = asking_sentence(question).lower()
    head = _HEAD_APA.search(asking)
    asked = head.group(1) if head and language == "id" else None
    asked = None if asked in indonesian.KIND_NOUNS | FUNCTION_WORDS else asked
    return frozenset(content_terms(" ".join(which_nouns(asking)))), asked


WHAT = Kind(find, picked=False, near=False)
