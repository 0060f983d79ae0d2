"""Step four: answer, or say the articles do not hold the answer, from the evidence alone.

Refuse when a name of the question is absent from the evidence, or when no sentence both speaks to the question
and holds an answer of the asked type. The thresholds are fitted on the CLICK-ID dev split (evals/datasets).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.language import NAME_ASKED, english, phrase_pattern
from index.language.indonesian import is_common_word
from index.meta import metadata_spans
from rag.offline.evidence import Scored
from rag.offline.extract import names_in
from rag.offline.intent import Intent, term_forms
from rag.offline.kinds import KINDS, TYPED_KINDS
from rag.offline.names import name_found
from rag.offline.places import place_words, places_in
from rag.offline.question_names import question_entities
from rag.offline.typed import already_asked
from rag.text import stem, term_set

MIN_SUPPORT = 0.25  # score of the chosen sentence (fitted on clickid-dev and default, see the README)
MIN_DENSE = 0.78  # e5 cosine of the best sentence to the question, when the question's terms do not match
CONTEXT_SHARE = 0.5  # of the gap to the best sentence of the same article, added to the chosen one's support
MIN_LEXICAL = 0.5  # share of a same-language question's topic terms in the best sentence


@dataclass(frozen=True)
class Verdict:
    grounded: bool
    reason: str  # for the reader of a refusal and for tests: which check failed


def missing_names(intent: Intent, evidence: Sequence[str]) -> list[str]:
    """The question's names the evidence (its texts: the articles, passages, titles) does not hold."""
    entities = question_entities(intent.text, required=True)
    required = {w for entity in entities for w in entity}
    # a name written as one word in the evidence ("Non Tol" / "Nontol") is found whole
    pairs = [pair for entity in entities for pair in zip(entity, entity[1:])]
    joined = {w for pair in pairs if _found("".join(pair), evidence) for w in pair}
    missing = [n for n in intent.names if n in required and n not in joined and not _found(n, evidence)]
    if missing:  # "Alex Rins" is "Rins" all through an article: given names before a surname it holds
        given = {w for entity in entities if _surname_found(entity, evidence) for w in entity[:-1]}
        missing = [n for n in missing if n not in given]
    return missing


def _found(name: str, evidence: Sequence[str]) -> bool:
    return any(name_found(name, text) for text in evidence)


def _surname_found(entity: tuple[str, ...], evidence: Sequence[str]) -> bool:
    """A person's name whose last word the evidence holds: two or three words, none a dictionary word, a number or
    a word the evidence uses as a place."""
    if not 2 <= len(entity) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in entity):
        return False
    if any(is_common_word(w) for w in entity) or not _found(entity[-1], evidence):
        return False
    return not any({w.lower() for w in entity} & place_words(text) for text in evidence)


def missing_entities(intent: Intent, evidence: Sequence[str]) -> list[str]:
    """The question's names none of whose words the evidence holds ("Pope Francis"; not "Asian Men's Cup"); a
    number in a name counts only when the name is a number ("iPhone 11" is not "11")."""
    entities = [(e, [w for w in e if not w[0].isdigit()] or e) for e in translatable_entities(intent)]
    return [" ".join(e) for e, words in entities if not any(_found(w, evidence) for w in words)]


def translatable_entities(intent: Intent) -> list[tuple[str, ...]]:
    """The names evidence in another language must hold: not an English body's or law's name, which such news
    translates whole ("Transport Ministry" is "Kementerian Perhubungan", "Criminal Code" is "KUHP")."""
    entities = question_entities(intent.text, required=True)
    if intent.language != "en":
        return entities
    translated = english.ORGANISATION_WORDS | english.LAW_HEADS  # "Transport Ministry", "Criminal Code"
    return [e for e in entities if not any(w.lower() in translated for w in e)]


def decide(
    intent: Intent, scored: list[Scored], chosen: Scored | None, evidence: Sequence[str], evidence_language: str
) -> Verdict:
    if not scored:
        return Verdict(False, "nothing retrieved")
    cross_language = intent.language != evidence_language
    missing = missing_entities(intent, evidence) if cross_language else missing_names(intent, evidence)
    # Across languages a name may be translated ("White House" / "Gedung Putih"): one in three may be missing.
    if missing and (not cross_language or len(missing) * 3 > len(translatable_entities(intent))):
        return Verdict(False, "not in the articles: " + ", ".join(missing))
    unspoken = _unspoken_terms(intent, evidence) if not cross_language else []
    if unspoken:  # "kapan gerhana matahari cincin bisa diamati": nothing retrieved speaks of an eclipse
        return Verdict(False, "the articles do not speak of " + ", ".join(unspoken))
    top = max(scored, key=lambda item: item.support)
    best = chosen or top
    support = _support(best, scored)
    if support < MIN_SUPPORT:
        return Verdict(False, f"weak support ({support:.2f})")
    same_language = intent.language == evidence_language and intent.terms
    dense = best.dense
    if intent.role and intent.wants == "person" and chosen is not None:  # a person found after the asked role is
        dense = _lifted(best, scored, lambda s: s.dense)  # on topic when its article is ("kunjungan Putra Mahkota X")
    if same_language and best.lexical < MIN_LEXICAL and dense < MIN_DENSE + 0.04:
        return Verdict(False, f"the best sentence speaks of something else (terms {best.lexical:.2f})")
    if not same_language and dense and dense < MIN_DENSE:
        return Verdict(False, f"the best sentence speaks of something else (similarity {dense:.2f})")
    if chosen is None and intent.kind in TYPED_KINDS and KINDS[intent.kind].whole is None:
        return Verdict(False, f"no {intent.kind} answer in the evidence")
    if intent.kind == "what" and _NAME_ASKED.search(intent.text) and not _names_other_than_asked(intent, best):
        return Verdict(False, "no name in the evidence")  # "apa nama sekolah ...": a sentence naming none
    return Verdict(True, "")


_NAME_ASKED = phrase_pattern(NAME_ASKED)


def _unspoken_terms(intent: Intent, evidence: Sequence[str]) -> list[str]:
    """The question's topic words other than its names and numbers, when there are two or more and the evidence
    holds none of them in any form the language facts know."""
    names = {stem(n.lower()) for n in intent.names}
    topic = frozenset(t for t in intent.terms if t not in names and not t[0].isdigit())
    if len(topic) < 2:
        return []
    words = frozenset().union(*(term_set(text) for text in evidence))
    return [] if any(forms & words for forms in term_forms(topic).values()) else sorted(topic)


def _names_other_than_asked(intent: Intent, item: Scored) -> bool:
    """A name the question does not give, not two capitals ("HP", "TV": as often a common noun's short form)."""
    text = item.sentence.text
    meta = metadata_spans(text)  # "YOGYAKARTA - ...": the dateline says where the report was filed
    found = [f for f in names_in(text) + places_in(text) if not any(a <= f.start < b for a, b in meta)]
    return any(not already_asked(f, intent) and not re.fullmatch(r"[A-Z]{1,2}", f.text) for f in found)


def _support(chosen: Scored, scored: list[Scored]) -> float:
    """The chosen sentence's score, lifted halfway to the best sentence of its article: a sentence that names its
    topic only as "this championship" is supported by the article around it."""
    return _lifted(chosen, scored, lambda s: s.support)


def _lifted(item: Scored, scored: list[Scored], value: Callable[[Scored], float]) -> float:
    """The item's value lifted CONTEXT_SHARE of the way towards the best value among the sentences of its article."""
    same = max((value(s) for s in scored if s.sentence.doc_id == item.sentence.doc_id), default=value(item))
    return value(item) + CONTEXT_SHARE * max(same - value(item), 0.0)
