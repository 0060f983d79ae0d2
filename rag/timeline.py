"""Timelines of dated statements and events, and side-by-side quantity claims, filtered by relevance to a query.

A timeline row is one dated statement (dated by when it was said) or one dated happening the outlet itself reports;
a date a statement only mentions is not a row of its own ('Ukraina mengklaim ... serangan pada bulan Agustus' is not
an August row). Each row reads on its own: its actor is known and it says something beyond its attribution
('Intelijen militer Ukraina mengatakan hal ini pada hari Kamis' is left out). Actors are one per person across
articles (index.actors: 'Farah Lala' and 'Farah Dakhlallah', the same NATO spokesperson, are one), and the same
statement in several outlets is one row naming every outlet. Dates are shown at their precision ("Oktober 2024").

Relevance takes an optional `score(texts) -> floats` (e.g. embedding similarity to the query); without it a lexical
match stands in, so everything here runs without an embedder. Events and claims may be the dataclasses of
index.events / index.claims or their dicts (as stored beside the index).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from index.actors import Variant, fold_names
from index.date_format import format_date
from index.events import Event
from index.language import FUNCTION_WORDS, MONTH_WORDS, SAY_AFTER_NAME, SAY_BEFORE_NAME, WEEKDAY_WORDS
from index.language import detect_language as language_of
from index.names import read_name
from rag.compare import compare_claims
from rag.text import content_terms

Score = Callable[[list[str]], list[float]]

KIND_ORDER = {"action": 0, "statement": 1}
SCORE_MARGIN = 0.05  # with embeddings: keep what scores this close to the best match
LEXICAL_MIN = 0.5  # without: keep what matches at least half the query's content words
SAME_STATEMENT = 0.6  # share of the shorter row's words another outlet's row holds for the two to be one statement
MIN_SAID_WORDS = 3  # a statement row says something: this many content words beside its actor and its date
_PRECISION_LENGTH = {"day": 10, "month": 7, "year": 4}
_NOT_SAID = FUNCTION_WORDS | MONTH_WORDS | WEEKDAY_WORDS | frozenset(SAY_AFTER_NAME) | frozenset(SAY_BEFORE_NAME)
_NOT_SAID |= frozenset("hari tanggal lalu kemarin wartawan pertanyaan day".split())

__all__ = ["build_timeline", "compare_claims", "lexical_score", "timeline_rows"]


def build_timeline(events: Iterable[Event | dict], query: str | None = None, score: Score | None = None) -> list[dict]:
    """The rows relevant to `query` (all when it is empty), in date order, as dicts:
    {"date", "when", "precision", "actor", "role", "text", "doc_id", "start", "end", "source", "sources", "also",
    "kind", "basis"}; "date" is ISO at its precision ("2024-10-23", "2024-10", "2024"), "when" the date as the
    article's language writes it ("23 Oktober 2024", "Oktober 2024"), "also" the same statement in other outlets."""
    rows = timeline_rows([e if isinstance(e, Event) else Event.from_dict(e) for e in events])
    if query and query.strip():
        keep = _relevant(rows, query, score)
        rows = [row for row, k in zip(rows, keep, strict=True) if k]
    return rows


def timeline_rows(events: list[Event]) -> list[dict]:
    """Every row of the timeline, in date order (see the module doc for what makes a row)."""
    shown = _shown_actors(events)
    rows = [_row(e, shown[e.actor]) for e in events if _is_row(e)]
    rows.sort(key=lambda r: (r["date"], KIND_ORDER.get(r["kind"], 1), r["doc_id"], r["start"]))
    return _merge_outlets(rows)


def _is_row(event: Event) -> bool:
    if not _when(event)[0] or not event.actor or event.reported:
        return False
    return event.kind != "statement" or said_words(event) >= MIN_SAID_WORDS


def said_words(event: Event) -> int:
    """How many content words the sentence has beside its actor, role, reporting verbs and dates."""
    own = {w.lower() for w in re.findall(r"[\w-]+", f"{event.actor} {event.role or ''}")}
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", event.text.lower()) if len(w) >= 3]
    return sum(1 for w in words if w not in own and w not in _NOT_SAID and not w.endswith("nya"))


def _shown_actors(events: list[Event]) -> dict[str | None, str | None]:
    """Each actor as shown across articles: name variants folded (index.actors), each party of a joint actor too."""
    actors = {e.actor: e.role or "" for e in events if e.actor}
    parts = {part: role for actor, role in actors.items() for part in actor.split(" & ")}
    variants = [Variant(part, "person" if role else _kind(part), role) for part, role in parts.items()]
    folded = fold_names(variants)
    shown: dict[str | None, str | None] = {None: None}
    for actor in actors:
        shown[actor] = " & ".join(dict.fromkeys(folded.get(part, part) for part in actor.split(" & ")))
    return shown


def _kind(name: str) -> str:
    found = read_name(name)
    return found.kind if found else "body"


def _when(event: Event) -> tuple[str | None, str]:
    """A statement's date is when it was made (stated or inferred); an action's, the date the sentence gives."""
    if event.kind == "statement" and event.said_on:
        return event.said_on, event.said_precision or "day"
    return event.date, event.precision or "day"


def _row(event: Event, actor: str | None) -> dict:
    when, precision = _when(event)
    day = date.fromisoformat(when[:10])
    return {
        "date": when[: _PRECISION_LENGTH.get(precision, 10)],
        "when": format_date(day, precision, language_of(event.text)),
        "precision": precision,
        "actor": actor,
        "role": event.role,
        "text": event.text,
        "doc_id": event.doc_id,
        "start": event.start,
        "end": event.end,
        "source": event.source,
        "sources": [event.source or event.doc_id],
        "also": [],
        "kind": event.kind,
        "basis": event.basis,
    }


def _merge_outlets(rows: list[dict]) -> list[dict]:
    """The same statement (same date, actor and words) in several outlets: one row, the longest text, naming them."""
    kept: list[dict] = []
    for row in rows:
        twin = next((k for k in kept if _same_statement(k, row)), None)
        if twin is None:
            kept.append(row)
            continue
        main, other = (twin, row) if len(twin["text"]) >= len(row["text"]) else (row, twin)
        merged = {**main, "also": [*twin["also"], *row["also"], _citation(other)]}
        merged["sources"] = list(dict.fromkeys([*main["sources"], *other["sources"]]))
        kept[kept.index(twin)] = merged
    return kept


def _same_statement(a: dict, b: dict) -> bool:
    if a["date"] != b["date"] or a["actor"] != b["actor"] or a["doc_id"] == b["doc_id"]:
        return False
    words_a, words_b = set(content_terms(a["text"])), set(content_terms(b["text"]))
    shorter = min(len(words_a), len(words_b))
    return bool(shorter) and len(words_a & words_b) / shorter >= SAME_STATEMENT


def _citation(row: dict) -> dict:
    return {k: row[k] for k in ("doc_id", "start", "end", "source", "text")}


def _relevant(rows: list[dict], query: str, score: Score | None) -> list[bool]:
    asked = {w.lower() for w in re.findall(r"[\w-]+", query) if len(w) >= 3}
    by_actor = [bool(asked & _name_words(r)) for r in rows]
    texts = [" ".join(part for part in (r["actor"], r["role"], r["text"]) if part) for r in rows]
    if score is None:
        lexical = [lexical_score(query, text) for text in texts]
        return [a or s >= LEXICAL_MIN for a, s in zip(by_actor, lexical, strict=True)]
    scores = list(score(texts))
    best = max(scores, default=0.0)
    return [a or s >= best - SCORE_MARGIN for a, s in zip(by_actor, scores, strict=True)]


def _name_words(row: dict) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w-]+", f"{row['actor']} {row['role'] or ''}") if w[:1].isupper()}


def lexical_score(query: str, text: str) -> float:
    """The share of the query's content words (stemmed, index-wide stop words left out) found in the text."""
    terms = set(content_terms(query))
    if not terms:
        return 0.0
    return len(terms & set(content_terms(text))) / len(terms)
