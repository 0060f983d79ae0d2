"""Timelines of dated events and side-by-side quantity claims, filtered by relevance to a query.

Relevance takes an optional `score(texts) -> floats` (e.g. embedding similarity to the query); without it a
lexical match stands in, so everything here runs without an embedder. Events and claims may be the dataclasses
of index.events / index.claims or their dicts (as stored beside the index).

Order: by date; a month- or year-precise event sorts at the start of its month or year; on one day actions
come before statements (what is said about a happening follows it) and publications come last.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from index.claims import COUNT_NOUNS, Claim
from index.events import Event, actors_in

Score = Callable[[list[str]], list[float]]

KIND_ORDER = {"action": 0, "statement": 1, "publication": 2}
SCORE_MARGIN = 0.05  # with embeddings: keep what scores this close to the best match
LEXICAL_MIN = 0.5  # without: keep what matches at least half the query's content words
_STOPWORD_TEXT = (
    "yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga telah oleh bahwa atau tersebut "
    "siapa apa "
    "kapan mana berapa jumlah bagaimana mengapa apakah adalah para sebuah sebagai soal tentang "
    "the and of to in that for is on with as was by at from it be this are have has which an were will who "
    "what when where how many much number did does do about first earliest latest last before after "
    "pertama terakhir terbaru sebelum sesudah setelah awal"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_SYNONYMS = [
    {"tentara", "pasukan", "prajurit", "personel", "troops", "soldiers", "serdadu"},
    {"korut", "pyongyang", "dprk"},
    {"korsel", "seoul"},
    {"rusia", "russia", "moskow", "moscow"},
    {"ukraina", "ukraine", "kyiv"},
    {"intelijen", "intelligence"},
    {"pengarahan", "briefing"},
    {"pernyataan", "statement", "keterangan"},
    {
        "melaporkan",
        "reported",
        "report",
        "laporan",
        "mengungkapkan",
        "menyatakan",
        "mengatakan",
        "said",
        "kata",
        "tambah",
        "ujar",
        "menuduh",
        "dirilis",
    },
    {"pengiriman", "pengerahan", "penempatan", "deployment", "deployed", "dikerahkan", "mengirim", "sent"},
]
_REPORTING = re.compile(
    r"\b(?:report\w*|said|say|announc\w*|stated?|confirm\w*|claim\w*|melaporkan|laporan|"
    r"mengatakan|menyatakan|mengungkap\w*|mengumumkan|mengonfirmasi|mengklaim|"
    r"pernyataan)\b",
    re.IGNORECASE,
)
_INTENTS = [
    ("first", r"\b(?:first|earliest|pertama(?:\s+kali)?|paling awal|terawal|lebih dulu|duluan)\b"),
    ("latest", r"\b(?:latest|last|most recent|terakhir|terbaru|paling akhir|paling baru)\b"),
    ("before", r"\b(?:before|prior to|sebelum(?:nya)?)\b"),
    ("after", r"\b(?:after|following|since|setelah|sesudah|usai|sejak)\b"),
]


def build_timeline(events: Iterable[Event | dict], query: str | None = None, score: Score | None = None) -> list[dict]:
    """The events relevant to `query` (all when it is empty), in date order, as dicts:
    {"date", "actor", "text", "doc_id", "start", "end", "source", "kind", "precision", "basis"};
    "date" is ISO yyyy-mm-dd, read with "precision" (a "month" event names only its month)."""
    items = [_as_event(e) for e in events]
    if query and query.strip():
        keep = _relevant([_event_text(e) for e in items], [e.actor for e in items], query, score)
        items = [e for e, k in zip(items, keep, strict=True) if k]
    items.sort(key=lambda e: (e.date, KIND_ORDER.get(e.kind, 1), e.doc_id, e.start))
    return [timeline_item(e) for e in items]


def timeline_item(event: Event) -> dict:
    return {
        "date": event.date,
        "actor": event.actor,
        "text": event.text,
        "doc_id": event.doc_id,
        "start": event.start,
        "end": event.end,
        "source": event.source,
        "kind": event.kind,
        "precision": event.precision,
        "basis": event.basis,
    }


def compare_claims(claims: Iterable[Claim | dict], query: str, score: Score | None = None) -> dict:
    """Claims on the quantity the query asks about, grouped by value:
    {"query", "unit", "groups": [{"value", "claimants", "claims": [{"claimant", "date", "text", "doc_id",
    "start", "end", "source"}]}], "conflict"}; conflict is true when sources give different values."""
    items = [c if isinstance(c, Claim) else Claim.from_dict(c) for c in claims]
    category = _asked_category(query, items)
    items = [c for c in items if c.category == category]
    if items:
        keep = _relevant_claims(items, query, score)
        items = [c for c, k in zip(items, keep, strict=True) if k]
    groups: dict[int, list[Claim]] = {}
    for claim in items:
        groups.setdefault(claim.value, []).append(claim)
    result_groups = []
    for value in sorted(groups):
        members = sorted(groups[value], key=lambda c: (c.date or "9999", c.doc_id, c.start))
        claimants = list(dict.fromkeys(c.claimant or c.source or c.doc_id for c in members))
        result_groups.append(
            {
                "value": value,
                "claimants": claimants,
                "claims": [
                    {
                        "claimant": c.claimant,
                        "date": c.date,
                        "text": c.sentence,
                        "doc_id": c.doc_id,
                        "start": c.start,
                        "end": c.end,
                        "source": c.source,
                    }
                    for c in members
                ],
            }
        )
    return {"query": query, "unit": category, "groups": result_groups, "conflict": len(result_groups) > 1}


def time_intent(question: str) -> tuple[str, str | None] | None:
    """("first" | "latest" | "before" | "after", pivot phrase or None) when the question asks about order in
    time ("Who first reported...?", "What happened after the NATO briefing?"), else None."""
    lowered = question.lower()
    for intent, pattern in _INTENTS:
        match = re.search(pattern, lowered)
        if match:
            pivot = None
            if intent in ("before", "after"):
                pivot = question[match.end() :].strip(" ?.!") or None
            return intent, pivot
    return None


def answer_time_question(
    events: Iterable[Event | dict], question: str, score: Score | None = None, limit: int = 3
) -> dict | None:
    """For a question about order in time, the events that answer it:
    {"intent", "pivot", "events": [timeline items]}; None when the question is not about order in time.
    "Who first reported..." looks only at statements and publications."""
    intent = time_intent(question)
    if intent is None:
        return None
    timeline = build_timeline(events, question, score) or build_timeline(events)
    if _REPORTING.search(question):
        timeline = [i for i in timeline if i["kind"] != "action"] or timeline
    chosen = select_by_time(
        timeline if intent[0] in ("first", "latest") else build_timeline(events), intent[0], intent[1], score, limit
    )
    return {"intent": intent[0], "pivot": intent[1], "events": chosen}


def select_by_time(
    timeline: list[dict], intent: str, pivot: str | None = None, score: Score | None = None, limit: int = 3
) -> list[dict]:
    """The events of an ordered timeline that answer a time question: the earliest or latest ones, or those
    before or after the event that best matches `pivot`. Ties on the deciding date are all kept."""
    dated = [item for item in timeline if item["kind"] != "publication"] or timeline
    if not dated:
        return []
    if intent == "first":
        first = dated[0]["date"]
        return [i for i in dated if i["date"] == first][:limit]
    if intent == "latest":
        last = dated[-1]["date"]
        return [i for i in dated if i["date"] == last][-limit:]
    if intent in ("before", "after") and pivot:
        named = set(actors_in(pivot))
        scores = [
            s + (0.5 if i["actor"] in named else 0.0)
            for s, i in zip(_scores([_item_text(i) for i in dated], pivot, score), dated, strict=True)
        ]
        anchor = dated[max(range(len(dated)), key=scores.__getitem__)]
        if intent == "before":
            return [i for i in dated if i["date"] < anchor["date"]][-limit:]
        return [i for i in dated if i["date"] > anchor["date"]][:limit]
    return dated[:limit]


def format_event_date(iso: str, precision: str = "day") -> str:
    """ "2024-10-18" -> "18 Oct 2024"; month precision -> "Oct 2024"; year -> "2024"."""
    day = date.fromisoformat(iso)
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return day.strftime("%b %Y")
    return f"{day.day} {day.strftime('%b %Y')}"


def _as_event(item: Event | dict) -> Event:
    return item if isinstance(item, Event) else Event.from_dict(item)


def _event_text(event: Event) -> str:
    return " ".join(part for part in (event.actor, event.source, event.text) if part)


def _item_text(item: dict) -> str:
    return " ".join(str(item.get(k) or "") for k in ("actor", "source", "text"))


def _relevant(texts: list[str], actors: list[str | None], query: str, score: Score | None) -> list[bool]:
    named = set(actors_in(query))
    by_actor = [bool(actor) and any(part in named for part in actor.split(" & ")) for actor in actors]
    if score is None:
        lexical = [lexical_score(query, text) for text in texts]
        return [a or s >= LEXICAL_MIN for a, s in zip(by_actor, lexical, strict=True)]
    scores = list(score(texts))
    best = max(scores, default=0.0)
    return [a or s >= best - SCORE_MARGIN for a, s in zip(by_actor, scores, strict=True)]


def _relevant_claims(claims: list[Claim], query: str, score: Score | None) -> list[bool]:
    # A figure's sentence often omits what it counts ("mereka menyiapkan 10 ribu tentara"), so without
    # embeddings a claim also stays when another claim of its document matched the query.
    terms = [t for t in content_terms(query) if t not in COUNT_NOUNS]
    if score is not None:
        scores = list(score([c.sentence for c in claims]))
        best = max(scores, default=0.0)
        return [s >= best - 2 * SCORE_MARGIN for s in scores]
    if not terms:
        return [True] * len(claims)
    matched = [lexical_score(" ".join(terms), c.sentence) > 0 for c in claims]
    docs = {c.doc_id for c, m in zip(claims, matched, strict=True) if m}
    return [m or c.doc_id in docs for c, m in zip(claims, matched, strict=True)]


def _asked_category(query: str, claims: list[Claim]) -> str | None:
    for term in _words(query):
        if term in COUNT_NOUNS:
            return COUNT_NOUNS[term]
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim.category] = counts.get(claim.category, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _scores(texts: list[str], query: str, score: Score | None) -> list[float]:
    if score is not None:
        return list(score(texts))
    return [lexical_score(query, text) for text in texts]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def content_terms(query: str) -> list[str]:
    return [w for w in _words(query) if len(w) >= 3 and w not in _STOPWORDS]


def lexical_score(query: str, text: str) -> float:
    """The share of the query's content words found in the text (by a shared 5-letter stem or a synonym)."""
    terms = content_terms(query)
    if not terms:
        return 0.0
    words = set(_words(text))
    stems = {w[:5] for w in words}
    hits = 0
    for term in terms:
        variants = next((group for group in _SYNONYMS if term in group), {term})
        if any(v in words or (len(v) >= 5 and v[:5] in stems) for v in variants):
            hits += 1
    return hits / len(terms)
