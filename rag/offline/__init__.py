"""The offline answerer, as named steps: select sentences, extract a typed answer, attribute, decide, render.

evidence = score_sentences(...)                 # rag.offline.evidence
typed    = typed_answers(kind, ...)             # rag.offline.typed (extractors in rag.offline.extract)
claim    = speaker_of(sentence)                 # rag.offline.attribute
verdict  = decide(...)                          # rag.offline.decide
text     = answer_line(...) / join_lines(...)   # rag.offline.render, templates in rag.prompts
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from index.dates import format_date
from index.language import detect_language
from rag import prompts
from rag.corpus import Corpus
from rag.offline.attribute import speaker_of
from rag.offline.decide import decide, missing_names
from rag.offline.evidence import Scored, Sentence, score_sentences, split_passages
from rag.offline.extract import Found, expand_acronym, place_words
from rag.offline.intent import Intent, classify
from rag.offline.order import ordered_statement
from rag.offline.render import CitationBook, answer_line, join_lines
from rag.offline.typed import typed_answers
from rag.types import Answer, Passage

LOOK_AT = 6  # top sentences searched for a typed answer
QUOTES = 3


@dataclass(frozen=True)
class Pick:
    item: Scored
    found: Found | None


class OfflineAnswerer:
    name = "offline"

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    def answer(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        *,
        question_vector: np.ndarray | None = None,
        context: str | None = None,
    ) -> Answer:
        intent = with_context(classify(question, language), context)
        stored = self.corpus.sentence_vectors([p.doc_id for p in passages])
        sentences = split_passages(passages, stored)
        published = {p.doc_id: _published(p) for p in passages}
        self._places = place_words(" ".join(p.text for p in passages))
        fits = lambda s: bool(self._typed(intent.kind, intent, s, published))  # noqa: E731
        scored = score_sentences(intent, sentences, question_vector, stored, fits)
        if intent.order and intent.kind in ("who", "when", "what"):
            ordered = self._ordered(intent, passages, scored, stored, question_vector, language)
            if ordered:
                return ordered
        picks = [self._pick(kind, intent, scored, published) for kind in intent.kinds]
        evidence_text = " ".join(p.text for p in passages)
        chosen = next((p.item for p in picks if p.found), None)
        verdict = decide(
            intent,
            scored,
            chosen if intent.kind in _TYPED else (scored[0] if scored else None),
            evidence_text,
            detect_language(evidence_text),
        )
        book = CitationBook(self._meta)
        if not verdict.grounded:
            return self._refusal(question, scored, language, book, verdict.reason)
        lead = [self._line(kind, pick, intent, language, book) for kind, pick in zip(intent.kinds, picks)]
        quotes = self._quotes(scored, book)
        return Answer(
            text=join_lines([line for line in lead if line], quotes, language),
            grounded=True,
            citations=book.citations,
            answerer=self.name,
            question=question,
            language=language,
        )

    def _ordered(
        self,
        intent: Intent,
        passages: list[Passage],
        scored: list[Scored],
        stored: dict,
        question_vector: np.ndarray | None,
        language: str,
    ) -> Answer | None:
        """First/latest questions: the earliest or latest dated statement on the topic, with its speaker."""
        if missing_names(intent, " ".join(p.text for p in passages)):
            return None
        events = {}
        for doc_id in dict.fromkeys(p.doc_id for p in passages):
            doc = self.corpus.document(doc_id)
            events[doc_id] = [{**e, "doc_id": doc_id} for e in (doc.events if doc else [])]
        found = ordered_statement(intent.order, events, passages, scored, stored, question_vector)
        if not found:
            return None
        item, when, precision = found
        s = item.sentence
        speaker = speaker_of(s.text, self._before(s))
        if speaker is None:
            return None
        book = CitationBook(self._meta)
        n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage)
        doc = self.corpus.document(s.doc_id)
        who = expand_acronym(speaker.text, doc.text if doc else s.passage.text)
        lead = prompts.LEADS[intent.order][language].format(actor=who, date=format_date(when, precision, language))
        quotes = self._quotes([item, *[x for x in scored if x.sentence.start != s.start]], book)
        return Answer(
            text=join_lines([f"{lead} [{n}]."], quotes, language),
            grounded=True,
            citations=book.citations,
            answerer=self.name,
            question=intent.text,
            language=language,
        )

    def _typed(self, kind: str, intent: Intent, s: Sentence, published: dict[str, date | None]) -> list[Found]:
        return typed_answers(kind, intent, s.text, published.get(s.doc_id), self._before(s), self._places)

    def _pick(self, kind: str, intent: Intent, scored: list[Scored], published: dict[str, date | None]) -> Pick:
        if kind not in _TYPED:
            return Pick(scored[0], None) if scored else Pick(None, None)  # type: ignore[arg-type]
        best = scored[0].score if scored else 0.0
        for item in scored[:LOOK_AT]:
            if item.score < best * 0.6:
                break
            found = self._typed(kind, intent, item.sentence, published)
            if found:
                return Pick(item, found[0])
        if kind == "who" and intent.role:  # no sentence names the role beside a name: any person will do
            return self._pick(kind, replace(intent, role=None), scored, published)
        return Pick(scored[0], None) if scored else Pick(None, None)  # type: ignore[arg-type]

    def _line(self, kind: str, pick: Pick, intent: Intent, language: str, book: CitationBook) -> str | None:
        if pick.item is None:
            return None
        s = pick.item.sentence
        n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage)
        if kind in _TYPED and pick.found is None:
            return None
        value = self._value(kind, pick, language)
        speaker = speaker_of(s.text, self._before(s))
        who = speaker.text if speaker else (s.passage.source or None)
        if kind == "when" and pick.found is not None and pick.found.detail.precision != "day":
            kind = "when_period"
        return answer_line(kind, value, who if kind in prompts.ATTRIBUTED_KINDS else None, language, n)

    def _value(self, kind: str, pick: Pick, language: str) -> str:
        found = pick.found
        if kind == "when" and found is not None:
            return format_date(found.detail.date, found.detail.precision, language)  # "On"/"In" set in _line
        if found is not None and found.kind == "body":
            doc = self.corpus.document(pick.item.sentence.doc_id)
            return expand_acronym(found.text, doc.text if doc else pick.item.sentence.passage.text)
        if found is not None:
            return found.text
        return pick.item.sentence.text.rstrip(" .")

    def _quotes(self, scored: list[Scored], book: CitationBook) -> list[str]:
        quotes = []
        best = scored[0].score if scored else 0.0
        for item in scored:
            if len(quotes) >= QUOTES or (quotes and item.score < best * 0.6):
                break
            s = item.sentence
            quotes.append(f"- {s.text} [{book.cite(s.doc_id, s.start, s.end, s.text, s.passage)}]")
        return quotes

    def _refusal(self, question: str, scored: list[Scored], language: str, book: CitationBook, reason: str) -> Answer:
        lines = [prompts.NOT_FOUND[language]]
        closest = scored[:2]
        if closest:
            lines += ["", prompts.CLOSEST[language]]
            for item in closest:
                s = item.sentence
                lines.append(f"- {s.text} [{book.cite(s.doc_id, s.start, s.end, s.text, s.passage)}]")
        return Answer(
            text="\n".join(lines),
            grounded=False,
            citations=book.citations,
            answerer=self.name,
            question=question,
            language=language,
            notice=None,
            refusal_reason=reason,
        )

    def _before(self, s: Sentence) -> str:
        """The text just before the sentence in its passage (resolves 'katanya' to the last named speaker)."""
        offset = s.start - s.passage.start
        return s.passage.text[max(0, offset - 400) : offset]

    def _meta(self, doc_id: str) -> tuple[str, str, str | None]:
        doc = self.corpus.document(doc_id)
        return (doc.title, doc.source, doc.published) if doc else ("", "", None)


_TYPED = ("who", "when", "where", "how_many", "how_much", "why")


def with_context(intent: Intent, context: str | None) -> Intent:
    """A follow-up keeps its own answer type and takes the names and topic of the question it follows."""
    if not context:
        return intent
    previous = classify(context, intent.language)
    names = tuple(dict.fromkeys(intent.names + previous.names))
    return replace(intent, names=names, terms=intent.terms | previous.terms)


def _published(passage: Passage) -> date | None:
    value = passage.published
    if value and value[:4].isdigit():
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
