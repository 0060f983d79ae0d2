"""what: the answer is the sentence itself; for a which-question ("which film saga", "sepeda motor jenis apa") a
sentence naming an instance of the asked noun ("film Star Wars", "motor jenis Honda Megapro") fits."""

from __future__ import annotations

import re
from datetime import date

from index.language.cognates import borrowed_in
from rag.offline.extract import Found
from rag.offline.intent import Intent, asking_sentence, term_forms, which_nouns
from rag.offline.kinds.base import Kind
from rag.offline.names import name_found
from rag.text import content_terms

_WORD = re.compile(r"[^\W\d_][\w-]*")
# up to two lower-case words after the asked noun, then a capitalised run or a quoted title
_NAMED_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?[\"“']?([A-Z][\w'-]*(?:\.\w+)*(?:\s+[A-Z0-9][\w'-]*(?:\.\w+)*){0,3})"
)


def find(intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]) -> list[Found]:
    nouns = frozenset(content_terms(" ".join(which_nouns(asking_sentence(intent.text).lower()))))
    if not nouns:
        return []
    forms = set().union(*term_forms(nouns).values())
    found = []
    for word in _WORD.finditer(sentence):
        terms = set(content_terms(word.group()))
        if not terms & forms and not (intent.language == "en" and any(borrowed_in(n, terms) for n in nouns)):
            continue
        named = _NAMED_AFTER.match(sentence, word.end())
        if named and not all(name_found(w, intent.text) for w in named.group(1).split()):
            found += (
                []
                if any(f.start == named.start(1) for f in found)
                else [Found(named.group(1), named.start(1), named.end(1), "thing")]
            )
    return found


WHAT = Kind(find, picked=False, near=False)
