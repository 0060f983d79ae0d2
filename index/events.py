"""Statements and dated events in a news article: who said what and when, with the sentence's exact span.

Statements come from index.statements (one per attributed sentence or clause): `said_on` is when it was made,
stated in the sentence or inferred (from the speaker's other statements, a relative date, the next sentence),
`date` only the date the sentence itself gives. Other dates in a statement are what it mentions (troops moved on
8 October): kept as events of their own ("action", `reported` by the speaker), never as the statement's date.
Dates in unattributed sentences are actions, their actor the subject of the clause that holds the date ('majelis
rendah Rusia ... menyetujui'). Datelines, bylines and credits are article metadata, never events.

Dates resolve against the publication date when the article has one; an undated article resolves against its own
latest stated date (see index.dates). Each event keeps `basis`, the rule that gave its date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index.dates import parse_published
from index.language import ANAPHORS
from index.names import place_words, read_name
from index.statements import document_anchor, read_statements, sentence_spans_with_quotes
from index.stored_record import StoredRecord

_CLAUSE_START = re.compile(r"\b(?:setelah|sesudah|sebelum|ketika|saat|sejak|karena|bahwa|after|before|when|since)\s+")
_OPENING_PHRASE = re.compile(
    r"^\W*(?:(?:[Pp]ada|[Ss]ejak|[Dd]i|[Ss]ebelumnya|[Nn]amun|[Ss]ementara itu|[Oo]n|[Ii]n)\b[^,]*,\s*|"
    r"(?:[Dd]ikabarkan|[Kk]abarnya|[Rr]eportedly),\s*)"
)
_VERB = re.compile(r"\b(?:me|mem|men|meng|meny|ber|ter|di)[a-z]{3,}\b|\b[a-z]{3,}ed\b")

__all__ = ["Event", "document_anchor", "extract_events", "sentence_spans_with_quotes"]


@dataclass(frozen=True)
class Event(StoredRecord):
    doc_id: str
    date: str | None  # the date the sentence itself gives: ISO yyyy-mm-dd, read with `precision` (a month is dated
    # by its 1st); for a statement, only when the sentence says when it was made
    precision: str | None  # "day" | "month" | "year"; None with no date
    actor: str | None  # who said it (statement) or who reports it (action inside a statement)
    kind: str  # "statement" | "action"
    text: str  # the sentence; document_text[start:end] == text
    start: int
    end: int
    source: str | None = None  # the outlet
    basis: str = "stated"  # stated, weekday, published, anchor, today; speaker, relative, context (see module doc)
    role: str | None = None  # the actor's role as the article writes it ("Juru bicara NATO")
    reported: bool = False  # an action the actor's statement mentions, not the actor's own doing
    said_on: str | None = None  # a statement: when it was made, stated in it or inferred (`basis` says how)
    said_precision: str | None = None


def extract_events(
    doc_id: str, text: str, published: date | None, *, source: str | None = None, today: date | None = None
) -> list[Event]:
    """Statements (dated or not) and dated actions in `text` (offsets into what is passed)."""
    published = published or parse_published(text)
    events: list[Event] = []
    places = place_words(text)
    for said in read_statements(text, published, today=today):
        sentence = text[said.start : said.end]
        name = said.speaker
        if name:
            when = said.date.isoformat() if said.date else None
            stated = when if said.saying is not None else None  # the sentence's own date, else inferred
            events.append(
                Event(doc_id, stated, said.precision if stated else None, name.text, "statement", sentence,
                      said.start, said.end, source, said.basis, name.role or None, False, when,
                      said.precision if when else None)
            )  # fmt: skip
        if said.lends_date:
            continue  # the act it reports is the statement before it, dated by it
        for mention in _distinct(said.mentions):
            if said.saying is not None and mention.date == said.saying.date:
                continue
            if name:
                actor, role = name.text, name.role or None
            else:
                actor, role = subject_of(sentence, mention.start, places), None
            events.append(
                Event(doc_id, mention.date.isoformat(), mention.precision, actor, "action", sentence, said.start,
                      said.end, source, mention.basis, role, reported=bool(name))
            )  # fmt: skip
    return events


def subject_of(sentence: str, position: int, places: frozenset[str] = frozenset()) -> str | None:
    """Who does what the sentence dates at `position`: the names before the verb of that clause ('Pada Kamis
    (24/10/2024), majelis rendah Rusia dengan suara bulat menyetujui ...'; '... setelah Pemimpin Korea Utara Kim
    Jong-un, dan Presiden Rusia Vladimir Putin menandatangani ... pada Juni'), else of the sentence's first
    clause; None when the subject is no name ('pasukan tempur tersebut diangkut ...')."""
    starts = [0, *(m.end() for m in _CLAUSE_START.finditer(sentence, 0, position))]
    for start in (starts[-1], 0):
        clause = _OPENING_PHRASE.sub("", sentence[start:])
        verb = _VERB.search(clause)
        subject = clause[: verb.start()] if verb else ""
        subject = re.split(
            r"\s+(?:dengan|di|pada|yang|telah|sudah|akan|juga|tidak|with|in|on|has|have|had|will)\b", subject
        )[0]
        names = [
            _name_of(part, places) for part in re.split(r",?\s+(?:dan|serta|and)\s+|,\s+", subject) if part.strip()
        ]
        if names and all(names):
            return " & ".join(names)
    return None


def _name_of(phrase: str, places: frozenset[str]) -> str | None:
    phrase = phrase.strip(" ,")
    words = phrase.split()
    if not words or len(words) > 8 or words[-1].lower() in ANAPHORS or not any(w[:1].isupper() for w in words):
        return None
    name = read_name(phrase, places)
    if name and name.kind == "person":
        return name.text
    return phrase if words[0][:1].isupper() or len(words) > 1 else None


def _distinct(mentions: list) -> list:
    seen: set[date] = set()
    kept = []
    for mention in mentions:
        if mention.date not in seen:
            seen.add(mention.date)
            kept.append(mention)
    return kept
