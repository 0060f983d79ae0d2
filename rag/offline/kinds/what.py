"""what: the answer is the sentence itself; for a which-question ("which film saga", "sepeda motor jenis apa") a
sentence naming an instance of the asked noun ("film Star Wars", "motor jenis Honda Megapro") fits."""

from __future__ import annotations

import re
from datetime import date

from index.language import FUNCTION_WORDS, indonesian
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


# "kasus apa": a case of a kind the sentence names in lower case ("atas kasus penyalahgunaan narkotika"); never
# after a word for a kind itself (indonesian.KIND_NOUNS)
_HEAD_APA = re.compile(r"\b([a-z]+)\s+apa\b")
_MODIFIED = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]{3,})")


def find(intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]) -> list[Found]:
    asking = asking_sentence(intent.text).lower()
    nouns = frozenset(content_terms(" ".join(which_nouns(asking))))
    if not nouns:
        return []
    head = _HEAD_APA.search(asking)
    if head and head.group(1) not in indonesian.KIND_NOUNS | FUNCTION_WORDS and intent.language == "id":
        for word in re.finditer(rf"\b{head.group(1)}\b", sentence, re.IGNORECASE):
            modified = _MODIFIED.match(sentence, word.end())
            if modified and modified.group(1).split()[0] not in FUNCTION_WORDS:
                return [Found(modified.group(1), modified.start(1), modified.end(1), "thing")]
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
