"""what: the answer is the sentence itself; for a which-question ("which film saga", "sepeda motor jenis apa") a
sentence naming an instance of the asked noun ("film Star Wars", "motor jenis Honda Megapro") fits."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from index.language import FUNCTION_WORDS, indonesian
from rag.offline.evidence import term_met
from rag.offline.extract import Found
from rag.offline.intent import Intent, asking_sentence, term_forms, which_nouns
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


def find(intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]) -> list[Found]:
    nouns, head = _asked_noun(intent.text, intent.language)
    nouns -= {stem(n.lower()) for n in intent.names}  # "Varian New Daihatsu Sigra mana": the names qualify it
    if not nouns:
        return []
    if head:  # "mobil apa": the one named after it ("mobil Toyota Avanza"), else its kind ("kasus korupsi")
        for word in re.finditer(rf"\b{head}\b", sentence, re.IGNORECASE):
            named = _NAMED_AFTER.match(sentence, word.end())
            if named and not all(name_found(w, intent.text) for w in named.group(1).split()):
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
        if named and not all(name_found(w, intent.text) for w in named.group(1).split()):
            found += (
                []
                if any(f.start == named.start(1) for f in found)
                else [Found(named.group(1), named.start(1), named.end(1), "thing")]
            )
    return found


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
