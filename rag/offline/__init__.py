"""The offline answerer, as named steps: select sentences, extract a typed answer, attribute, decide, render.

evidence = score_sentences(...)                 # rag.offline.evidence
typed    = typed_answers(kind, ...)             # rag.offline.typed: the kind's handler in rag.offline.kinds
pick     = pick_answer(kind, ...)               # rag.offline.pick: the best candidate of the top sentences
claim    = stored statement, else speaker_of(sentence)  # rag.offline.attribute
verdict  = decide(...)                          # rag.offline.decide
text     = lead_line(...) / join_lines(...)     # rag.offline.lines and render, templates in rag.prompts
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import replace
from datetime import date
from functools import lru_cache

import numpy as np

from index.clean import is_headline_like
from index.date_format import format_date
from index.embed import Embedder
from index.events import document_anchor
from index.language import detect_language
from index.names import expand_acronym
from rag import prompts
from rag.answerer import Query
from rag.corpus import Corpus
from rag.offline.attribute import speaker_of, stored_speaker
from rag.offline.decide import decide, missing_names
from rag.offline.evidence import Scored, Sentence, score_sentences, split_passages
from rag.offline.extract import Found
from rag.offline.followup import blend, with_context
from rag.offline.intent import Intent, classify
from rag.offline.kinds import TYPED_KINDS
from rag.offline.lines import lead_line
from rag.offline.order import events_around, ordered_statement
from rag.offline.pick import Pick, pick_answer
from rag.offline.places import place_words
from rag.offline.render import CitationBook, join_lines, quotes
from rag.offline.typed import typed_answers
from rag.types import Answer, Passage


class OfflineAnswerer:
    name = "offline"

    def __init__(self, corpus: Corpus, embedder: Embedder | None = None) -> None:
        """`embedder`: embeds the event a before/after question names (one query embedding, only then)."""
        self.corpus = corpus
        self.embedder = embedder

    def answer(self, query: Query, passages: list[Passage]) -> Answer:
        vector = query.vector
        if query.topic and self.embedder and vector is not None:  # a follow-up: its sentences answer what it
            vector = blend(self.embedder.embed_query(query.text), vector)  # asks, in the topic it follows
        if query.topic_docs:  # "how old is he?": about what the answer it follows was about
            passages = [p for p in passages if p.doc_id in query.topic_docs] or passages
        return self.respond(query.text, passages, query.language, question_vector=vector, context=query.topic)

    def stream(self, query: Query, passages: list[Passage]) -> Generator[str, None, Answer]:
        answer = self.answer(query, passages)
        yield from re.findall(r"\S+\s*", answer.text)
        return answer

    def respond(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        *,
        question_vector: np.ndarray | None = None,
        context: str | None = None,
    ) -> Answer:
        """The answer from these passages; `context`: the question a follow-up follows."""
        intent = with_context(classify(question, language), context)
        stored = self.corpus.sentence_vectors([p.doc_id for p in passages])
        sentences = split_passages(passages, stored, self._document_text)
        published = {doc_id: self._anchor(p) for doc_id, p in {p.doc_id: p for p in passages}.items()}
        self._places = place_words(" ".join(p.text for p in passages))
        fits = lambda s: bool(self._typed(intent.kind, intent, s, published))  # noqa: E731
        scored = score_sentences(intent, sentences, question_vector, stored, fits)
        if intent.order in ("before", "after") and intent.pivot:
            around = self._around(intent, passages, stored, question_vector, language)
            if around:
                return around
        elif intent.order and intent.kind in ("who", "when", "what") and intent.asks_statement:
            ordered = self._ordered(intent, passages, scored, stored, question_vector, language)
            if ordered:
                return ordered
        picks: list[Pick] = []
        parts = self._parts(intent, scored, sentences, stored, question_vector, published)
        typed = lambda k, i, s: self._typed(k, i, s, published)  # noqa: E731
        for kind, (part, part_scored) in zip(intent.kinds, parts):
            taken = {(p.item.sentence.doc_id, p.item.sentence.start + p.found.start) for p in picks if p.found}
            given = frozenset(w.lower() for p in picks if p.found for w in re.findall(r"[\w-]+", p.found.text))
            picks.append(
                pick_answer(kind, part, part_scored, typed, self._before, taken, several=len(parts) == 1, given=given)
            )
        # the whole articles, whose every sentence was scored (split_passages); a passage only where its article's
        # text is not stored
        titles = [f"{p.title} {p.source}" for p in passages]
        articles = {d: self._document_text(d) for d in dict.fromkeys(p.doc_id for p in passages)}
        unstored = [p.text for p in passages if not articles[p.doc_id]]
        evidence = [*(text for text in articles.values() if text), *unstored, *titles]
        chosen = next((p.item for p in picks if p.found), None)
        verdict = decide(
            intent,
            scored,
            chosen if intent.kind in TYPED_KINDS else (scored[0] if scored else None),
            evidence,
            detect_language(" ".join([*(p.text for p in passages), *titles])),
        )
        book = CitationBook(self._meta)
        if not verdict.grounded:
            return self._refusal(question, scored, language, book, verdict.reason)
        lead = [
            lead_line(kind, pick, language, book, self._speaker, self._document_text)
            for kind, pick in zip(intent.kinds, picks)
        ]
        cited = quotes(scored, book)
        return self._answer(join_lines([line for line in lead if line], cited, language), book, question, language)

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
        if missing_names(intent, [p.text for p in passages]):
            return None
        found = ordered_statement(intent.order, self._events(passages), passages, scored, stored, question_vector)
        if not found:
            return None
        item, when, precision = found
        s = item.sentence
        speaker = self._speaker(s)
        if speaker is None:
            return None
        book = CitationBook(self._meta)
        n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage)
        doc = self.corpus.document(s.doc_id)
        who = expand_acronym(speaker.text, doc.text if doc else s.passage.text)
        lead = prompts.LEADS[intent.order][language].format(actor=who, date=format_date(when, precision, language))
        cited = quotes([item, *[x for x in scored if x.sentence.start != s.start]], book)
        return self._answer(join_lines([f"{lead} [{n}]."], cited, language), book, intent.text, language)

    def _around(
        self,
        intent: Intent,
        passages: list[Passage],
        stored: dict,
        question_vector: np.ndarray | None,
        language: str,
    ) -> Answer | None:
        """What happened before / after an event: the dated events of the retrieved documents around it."""
        pivot_vector = self.embedder.embed_query(intent.pivot) if self.embedder else question_vector
        found = events_around(intent.order, intent.pivot, self._events(passages), stored, pivot_vector)
        if not found:
            return None
        _, events = found
        book = CitationBook(self._meta)
        lines = [prompts.ORDER_LEAD[intent.order][language].format(pivot=intent.pivot)]
        for event in events:
            doc = self.corpus.document(event["doc_id"])
            n = book.cite(event["doc_id"], event["start"], event["end"], event["text"])
            when = format_date(date.fromisoformat(event["date"][:10]), event.get("precision", "day"), language)
            who = expand_acronym(event["actor"], doc.text if doc else "") if event.get("actor") else None
            lines.append(f"- {when}{' — ' + who if who else ''}: {event['text']} [{n}]")
        return self._answer("\n".join(lines), book, intent.text, language)

    def _answer(
        self, text: str, book: CitationBook, question: str, language: str, refusal_reason: str | None = None
    ) -> Answer:
        """An answer citing what `book` numbered; with a refusal reason, the articles hold no answer."""
        return Answer(
            text=text,
            grounded=refusal_reason is None,
            citations=book.citations,
            answerer=self.name,
            question=question,
            language=language,
            refusal_reason=refusal_reason or "",
        )

    def _events(self, passages: list[Passage]) -> dict[str, list[dict]]:
        events = {}
        for doc_id in dict.fromkeys(p.doc_id for p in passages):
            doc = self.corpus.document(doc_id)
            events[doc_id] = [{**e, "doc_id": doc_id} for e in (doc.events if doc else [])]
        return events

    def _parts(
        self,
        intent: Intent,
        scored: list[Scored],
        sentences: list[Sentence],
        stored: dict,
        question_vector: np.ndarray | None,
        published: dict[str, date | None],
    ) -> list[tuple[Intent, list[Scored]]]:
        """Each part of a two-part question scored on its own words ("Which ambassador did Seoul summon, and who
        led the delegation?"); a short part ("and where?") borrows the other part's topic."""
        if not intent.parts:
            return [(intent, scored)]
        found = []
        for index, (kind, text) in enumerate(zip(intent.kinds, intent.parts)):
            part = replace(classify(text, intent.language), kinds=(kind,))
            if len(part.terms) < 2:
                part = with_context(part, intent.parts[1 - index])
            vector = question_vector
            if self.embedder and len(part.terms) >= 2:  # the part's own words, in the whole question's topic
                vector = blend(self.embedder.embed_query(text), question_vector)
            fits = lambda s, p=part, k=kind: bool(self._typed(k, p, s, published))  # noqa: E731
            found.append((part, score_sentences(part, sentences, vector, stored, fits)))
        return found

    def _typed(self, kind: str, intent: Intent, s: Sentence, published: dict[str, date | None]) -> list[Found]:
        if is_headline_like(s.text):  # "Korea Selatan Murka Rusia ...": title case makes every word look like a name
            return []
        return typed_answers(kind, intent, s.text, published.get(s.doc_id), self._before(s), self._places)

    def _refusal(self, question: str, scored: list[Scored], language: str, book: CitationBook, reason: str) -> Answer:
        lines = [prompts.NOT_FOUND[language]]
        closest = scored[:2]
        if closest:
            lines += ["", prompts.CLOSEST[language]]
            for item in closest:
                s = item.sentence
                lines.append(f"- {s.text} [{book.cite(s.doc_id, s.start, s.end, s.text, s.passage)}]")
        return self._answer("\n".join(lines), book, question, language, refusal_reason=reason)

    def _speaker(self, s: Sentence) -> Found | None:
        """Who says the sentence: its stored statement's speaker, else the attribution the sentence makes."""
        doc = self.corpus.document(s.doc_id)
        stored = stored_speaker(doc.events, s.start, s.end) if doc else None
        return stored or speaker_of(s.text, self._before(s), self._places)

    def _before(self, s: Sentence) -> str:
        """The text just before the sentence in its passage (resolves 'katanya' to the last named speaker)."""
        offset = s.start - s.passage.start
        return s.passage.text[max(0, offset - 400) : offset]

    def _anchor(self, passage: Passage) -> date | None:
        """The date relative dates resolve against: the publication date, else the article's own latest date
        (a weekday fixes the year of 'Jumat (18/10)': the latest such year not after today, as ingest reads it)."""
        published = _published(passage)
        if published is None:
            text = self._document_text(passage.doc_id)
            published = _document_anchor(text, today=date.today()) if text else None
        return published

    def _document_text(self, doc_id: str) -> str | None:
        doc = self.corpus.document(doc_id)
        return doc.text if doc else None

    def _meta(self, doc_id: str) -> tuple[str, str, str | None]:
        doc = self.corpus.document(doc_id)
        return (doc.title, doc.source, doc.published) if doc else ("", "", None)


_document_anchor = lru_cache(maxsize=1024)(document_anchor)


def _published(passage: Passage) -> date | None:
    value = passage.published
    if value and value[:4].isdigit():
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
