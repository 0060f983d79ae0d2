"""Evidence at sentence level: each sentence of the retrieved passages scored against the question.

Signals, all general: e5 similarity of the question to the sentence (vectors stored at ingest; e5 is trained for
question -> answer passage across languages), overlap of topic terms, overlap of the question's names and numbers,
the passage's retrieval rank, and whether the sentence holds an answer of the asked type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from index.chunk import sentence_spans
from index.language import GROUP_PRONOUNS, SPEAKER_PRONOUNS
from index.language.cognates import borrowed_in
from rag.offline.intent import Intent, term_forms
from rag.offline.names import name_found
from rag.text import term_set
from rag.types import Passage

MIN_SENTENCE_CHARS = 20
DENSE_FLOOR, DENSE_SPAN = 0.78, 0.12  # e5-small cosines: unrelated ~0.78, a direct answer ~0.90


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    start: int
    end: int
    text: str
    rank: int  # rank of its passage in the fused retrieval
    passage: Passage


@dataclass(frozen=True)
class Scored:
    sentence: Sentence
    score: float
    dense: float  # raw cosine to the question, 0 when no vector is stored
    lexical: float  # share of the question's topic terms in the sentence
    fits: bool  # holds an answer of the asked type
    support: float = 0.0  # how far it supports an answer at all (SUPPORT_WEIGHTS)


def split_passages(
    passages: list[Passage],
    stored: dict[tuple[str, int, int], np.ndarray],
    document_text: Callable[[str], str | None] | None = None,
) -> list[Sentence]:
    """Sentences of the passages, each once, ranked by their passage; then, with `document_text`, every other
    stored sentence of the same documents (a passage boundary must not hide the answering sentence), ranked after
    all passages. Stored sentence spans are used where the ingest recorded them."""
    seen: set[tuple[str, int]] = set()
    sentences = []
    for rank, passage in enumerate(passages):
        spans = [(s, e) for (d, s, e) in stored if d == passage.doc_id and passage.start <= s and e <= passage.end]
        spans = sorted(spans) or sentence_spans(passage.text, offset=passage.start)
        for start, end in spans:
            text = passage.text[start - passage.start : end - passage.start]
            if (passage.doc_id, start) in seen or len(text) < MIN_SENTENCE_CHARS:
                continue
            seen.add((passage.doc_id, start))
            sentences.append(Sentence(passage.doc_id, start, end, text, rank, passage))
    if document_text is None:
        return sentences
    first = {}
    for passage in passages:
        first.setdefault(passage.doc_id, passage)
    for order, (doc_id, passage) in enumerate(first.items()):
        text = document_text(doc_id)
        if not text:
            continue
        whole = replace(passage, chunk_id=f"{doc_id}#document", text=text, start=0, end=len(text), also_in=())
        for d, start, end in sorted(k for k in stored if k[0] == doc_id):
            if (d, start) in seen or end > len(text) or end - start < MIN_SENTENCE_CHARS:
                continue
            seen.add((d, start))
            sentences.append(Sentence(d, start, end, text[start:end], len(passages) + order, whole))
    return sentences


# Of the signals sentence_signals returns, in its order: halfway between the hand-set SUPPORT_WEIGHTS and a fit on
# the training suites (python -m evals.fit_weights: which sentence holds a key fact). The full fit weighs a
# sentence that leaves out the question's names (they stand in the sentence before it) and ranks better, but end
# to end it costs default-corpus answers; halfway, the names' weight is 0.
WEIGHTS = (0.44, 0.25, 0.0, 0.2, 0.11)
# Whether the articles support an answer at all (rag.offline.decide) weighs a sentence naming the question's names
# for it: the hand-set weights MIN_SUPPORT was fitted with.
SUPPORT_WEIGHTS = (0.45, 0.2, 0.15, 0.12, 0.08)


def sentence_signals(
    intent: Intent,
    s: Sentence,
    question_vector: np.ndarray | None,
    stored: dict[tuple[str, int, int], np.ndarray],
    fits: Callable[[Sentence], bool],
) -> tuple[float, float, float, float, float, float]:
    """The raw cosine, then the signals WEIGHTS weigh: e5 similarity scaled to 0..1, share of topic terms, share
    of the question's names it leaves out, holds an answer of the asked type, closeness of its passage to the top
    of the retrieval."""
    terms = intent.terms
    names = [n for n in intent.names if not n[0].isdigit() or len(n) > 1]
    vector = stored.get((s.doc_id, s.start, s.end))
    dense = float(vector @ question_vector) if vector is not None and question_vector is not None else 0.0
    sentence_terms = term_set(s.text)
    met = sum(term_met(t, f, sentence_terms, intent.language) for t, f in term_forms(terms).items())
    lexical = met / len(terms) if terms else 0.0
    named = sum(1 for n in names if name_found(n, s.text)) / len(names) if names else 0.0
    dense_part = min(max((dense - DENSE_FLOOR) / DENSE_SPAN, 0.0), 1.0) if dense else 0.5 * lexical
    return dense, dense_part, lexical, 1.0 - named if names else 0.0, float(fits(s)), 1 / (1 + s.rank)


def term_met(term: str, forms: frozenset[str], words: set[str], language: str) -> bool:
    """A question's term among a text's words: in one of its forms, or for an English question as Indonesian
    borrows it ("location" / "lokasi")."""
    return bool(forms & words) or (language == "en" and borrowed_in(term, words))


_SUBJECT_PRONOUNS = frozenset(SPEAKER_PRONOUNS) | frozenset(GROUP_PRONOUNS)


def _continued(s: Sentence, ends: dict[tuple[str, int], Sentence]) -> Sentence | None:
    """The sentence right before `s` when `s` opens with a subject pronoun ("Ia", "Mereka", "He")."""
    first = s.text.split(maxsplit=1)[0].lower().strip(",") if s.text.strip() else ""
    if first not in _SUBJECT_PRONOUNS:
        return None
    return next((ends[s.doc_id, end] for end in range(s.start, s.start - 4, -1) if (s.doc_id, end) in ends), None)


def score_sentences(
    intent: Intent,
    sentences: list[Sentence],
    question_vector: np.ndarray | None,
    stored: dict[tuple[str, int, int], np.ndarray],
    fits: Callable[[Sentence], bool],
) -> list[Scored]:
    scored = []
    signals_of = {}
    for s in sentences:
        signals_of[s.doc_id, s.start] = sentence_signals(intent, s, question_vector, stored, fits)
    ends = {(s.doc_id, s.end): s for s in sentences}
    for s in sentences:
        dense, *signals = signals_of[s.doc_id, s.start]
        before = _continued(s, ends)
        if before is not None:  # "Ia tiba pukul 12.00." goes on about the one the sentence before names
            signals[1] = max(signals[1], signals_of[before.doc_id, before.start][2])
        score = sum(w * x for w, x in zip(WEIGHTS, signals))
        named = [*signals[:2], 1.0 - signals[2] if intent.names else 0.0, *signals[3:]]
        support = sum(w * x for w, x in zip(SUPPORT_WEIGHTS, named))
        scored.append(Scored(s, score, dense, signals[1], bool(signals[3]), support))
    return sorted(scored, key=lambda item: -item.score)
