"""The offline answerer, as named steps: select sentences, extract a typed answer, attribute, decide, render.

evidence = score_sentences(...)                 # rag.offline.evidence
typed    = typed_answers(kind, ...)             # rag.offline.typed (extractors in rag.offline.extract)
claim    = stored statement, else speaker_of(sentence)  # rag.offline.attribute
verdict  = decide(...)                          # rag.offline.decide
text     = answer_line(...) / join_lines(...)   # rag.offline.render, templates in rag.prompts
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from index.chunk import sentence_spans
from index.clean import is_headline_like
from index.date_format import format_date, month_part
from index.embed import Embedder
from index.events import document_anchor
from index.language import ANNOUNCING_WORDS, ELABORATION_OPENERS, detect_language
from index.numbers import Quantity, format_value, parse_number
from rag import prompts
from rag.answerer import Query
from rag.corpus import Corpus
from rag.offline.attribute import speaker_of, stored_speaker
from rag.offline.decide import decide, missing_names
from rag.offline.evidence import Scored, Sentence, score_sentences, split_passages
from rag.offline.extract import Found, expand_acronym, place_words
from rag.offline.intent import Intent, classify
from rag.offline.order import events_around, ordered_statement
from rag.offline.render import CitationBook, answer_line, join_lines
from rag.offline.typed import candidate_bonus, plain_reason_fit, proximity, speaker_fit, typed_answers
from rag.types import Answer, Passage

LOOK_AT = 8  # top sentences searched for a typed answer
ROLE_LOOK_AT = 40  # for "the name of the ambassador": a person right after that role
QUOTES = 3
PICK_WITHIN = 0.5  # a typed answer is looked for in sentences scoring at least this share of the best one


@dataclass(frozen=True)
class Pick:
    item: Scored
    found: Found | None
    others: tuple[tuple[Scored, Found], ...] = ()  # other figures the evidence gives for a how-many question


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
        published = {p.doc_id: self._anchor(p) for p in passages}
        self._places = place_words(" ".join(p.text for p in passages))
        fits = lambda s: bool(self._typed(intent.kind, intent, s, published))  # noqa: E731
        scored = score_sentences(intent, sentences, question_vector, stored, fits)
        if intent.order in ("before", "after") and intent.pivot:
            around = self._around(intent, passages, stored, question_vector, language)
            if around:
                return around
        elif intent.order and intent.kind in ("who", "when", "what"):
            ordered = self._ordered(intent, passages, scored, stored, question_vector, language)
            if ordered:
                return ordered
        picks: list[Pick] = []
        parts = self._parts(intent, scored, sentences, stored, question_vector, published)
        for kind, (part, part_scored) in zip(intent.kinds, parts):
            taken = {(p.item.sentence.doc_id, p.item.sentence.start + p.found.start) for p in picks if p.found}
            picks.append(self._pick(kind, part, part_scored, published, taken, several=len(parts) == 1))
        evidence_text = " ".join([*(p.text for p in passages), *(f"{p.title} {p.source}" for p in passages)])
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
        return self._answer(join_lines([line for line in lead if line], quotes, language), book, question, language)

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
        quotes = self._quotes([item, *[x for x in scored if x.sentence.start != s.start]], book)
        return self._answer(join_lines([f"{lead} [{n}]."], quotes, language), book, intent.text, language)

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

    def _pick(
        self,
        kind: str,
        intent: Intent,
        scored: list[Scored],
        published: dict[str, date | None],
        taken: set[tuple[str, int]] = frozenset(),  # type: ignore[assignment]
        several: bool = True,
    ) -> Pick:
        """The best typed candidate among the top sentences: its sentence's score plus how well it fits. `taken`:
        answers another part of the question already gave; `several`: other figures may follow a count."""
        if kind not in _TYPED:
            return Pick(scored[0], None) if scored else Pick(None, None)  # type: ignore[arg-type]
        best = scored[0].score if scored else 0.0
        options = []
        role_asked = kind == "who" and intent.role  # a named role picks its sentence among all the evidence
        for item in scored[: ROLE_LOOK_AT if role_asked else LOOK_AT]:
            if item.score < best * (0.3 if role_asked else PICK_WITHIN):
                break
            said_by = speaker_fit(intent, item.sentence.text, self._before(item.sentence))
            typed = self._typed(kind, intent, item.sentence, published)
            if kind == "why" and not typed:  # a reason the sentence gives without a cue word, the sentence whole
                options.append((item.score + plain_reason_fit(intent, item.sentence.text) + said_by, item, None))
            for order, found in enumerate(typed):
                if (item.sentence.doc_id, item.sentence.start + found.start) in taken:
                    continue
                fit = candidate_bonus(kind, intent, found, item.sentence.text) + said_by - 0.01 * order
                fit += proximity(intent, item.sentence.text, found) if kind not in ("who", "why") else 0.0
                options.append((item.score + fit, item, found))
        options = sorted((o for o in options if o[0] > 0), key=lambda o: -o[0])
        if options:
            score, item, found = options[0]
            return Pick(item, found, _other_figures(kind, options, score) if kind in _FIGURES and several else ())
        return Pick(scored[0], None) if scored else Pick(None, None)  # type: ignore[arg-type]

    def _line(self, kind: str, pick: Pick, intent: Intent, language: str, book: CitationBook) -> str | None:
        if pick.item is None:
            return None
        s = pick.item.sentence
        n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage)
        if kind in _TYPED and pick.found is None and kind != "why":  # a reason without a cause word: the sentence
            return None
        value = self._value(kind, pick, language)
        speaker = self._speaker(s)
        who = speaker.text if speaker else (s.passage.source or None)
        if kind == "when" and pick.found is not None and pick.found.detail.precision != "day":
            kind = "when_period"
        spelled_out = self._spelled_out(s) if kind == "what" and pick.found is None else None
        if spelled_out:  # "... berbagai hal [1] Salah satunya ... [2]."
            start, end, following = spelled_out
            value = f"{value} [{n}] {following.rstrip(' .')}"
            n = book.cite(s.doc_id, start, end, following, s.passage)
        line = answer_line(kind, value, who if kind in prompts.ATTRIBUTED_KINDS else None, language, n)
        for item, found in pick.others:  # the sources give other figures: each with who gives it
            other = item.sentence
            other_speaker = self._speaker(other)
            other_who = other_speaker.text if other_speaker else (other.passage.source or None)
            m = book.cite(other.doc_id, other.start, other.end, other.text, other.passage)
            line += " " + answer_line(kind, figure_in(found, language), other_who, language, m)
        return line

    def _value(self, kind: str, pick: Pick, language: str) -> str:
        found = pick.found
        if kind == "when" and found is not None:
            detail = found.detail  # "On"/"In" set in _line
            return format_date(detail.date, detail.precision, language, month_part(found.text))
        if found is not None and found.kind == "body":
            doc = self.corpus.document(pick.item.sentence.doc_id)
            return expand_acronym(found.text, doc.text if doc else pick.item.sentence.passage.text)
        if found is not None:
            return figure_in(found, language)
        return pick.item.sentence.text.rstrip(" .")

    def _spelled_out(self, s: Sentence) -> tuple[int, int, str] | None:
        """The next sentence, when this one announces what it says ('... berbagai hal. Salah satunya ...',
        'Berikut lima poin:')."""
        text = self._document_text(s.doc_id)
        if not text or s.end >= len(text):
            return None
        spans = sentence_spans(text[s.end : s.end + 600])
        start, end = (s.end + spans[0][0], s.end + spans[0][1]) if spans else (s.end, s.end)
        following = text[start:end]
        if following and (_ANNOUNCES.search(s.text) or _ELABORATES.match(following)):
            return start, end, following
        return None

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
            published = document_anchor(text, today=date.today()) if text else None
        return published

    def _document_text(self, doc_id: str) -> str | None:
        doc = self.corpus.document(doc_id)
        return doc.text if doc else None

    def _meta(self, doc_id: str) -> tuple[str, str, str | None]:
        doc = self.corpus.document(doc_id)
        return (doc.title, doc.source, doc.published) if doc else ("", "", None)


_TYPED = ("who", "when", "where", "how_many", "how_much", "why")
_ANNOUNCES = re.compile(r"(?::|\b(?:" + "|".join(ANNOUNCING_WORDS) + r")(?:\s+[\w-]+){1,2}\W*)\s*$", re.IGNORECASE)
_ELABORATES = re.compile(r"^\W*(?:" + "|".join(ELABORATION_OPENERS) + r")\b", re.IGNORECASE)
_FIGURES = ("how_many", "how_much")
OTHER_FIGURE_SHARE = 0.8  # another figure is shown when its candidate scores this close to the best one


def figure_in(found: Found, language: str) -> str:
    """A count or percentage written the way the answer's language writes numbers ("1,500 tentara" in English,
    the counted noun as the source has it); money, scores and everything else as the source writes it."""
    quantity = found.detail
    if not isinstance(quantity, Quantity) or quantity.kind not in ("count", "percent") or not found.text[0].isdigit():
        return found.text
    number = re.match(r"[\d.,]+", found.text).group()
    return format_value(parse_number(number) or quantity.value, language) + found.text[len(number) :]


def _other_figures(kind: str, options: list, best: float) -> tuple[tuple[Scored, Found], ...]:
    """Up to two more figures of other values from other sentences, each close to the best candidate."""
    shown = [options[0]]
    for score, item, found in options[1:]:
        if len(shown) == 3 or score < best * OTHER_FIGURE_SHARE:
            break
        values = {o[2].detail.value for o in shown}
        sentences = {o[1].sentence.start for o in shown}
        if found.detail.value not in values and item.sentence.start not in sentences:
            shown.append((score, item, found))
    return tuple((item, found) for _, item, found in shown[1:])


def blend(own: np.ndarray, topic: np.ndarray | None) -> np.ndarray:
    """The direction between a part's (or a follow-up's) own query vector and its topic's."""
    if topic is None:
        return own
    both = own + topic
    return both / max(float(np.linalg.norm(both)), 1e-9)


def with_context(intent: Intent, context: str | None) -> Intent:
    """A follow-up keeps its own answer type and takes the names and topic of the question it follows."""
    if not context:
        return intent
    previous = classify(context, intent.language)
    names = tuple(dict.fromkeys(intent.names + previous.names))
    order = intent.order or (previous.order if previous.order in ("first", "last") else None)  # "first ... and when?"
    return replace(intent, names=names, terms=intent.terms | previous.terms, order=order)


def _published(passage: Passage) -> date | None:
    value = passage.published
    if value and value[:4].isdigit():
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
