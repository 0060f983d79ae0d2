"""Dated events in a news article: who said or did what, when, with the sentence's exact span.

Dates resolve against the publication date when the article has one. An undated article (most web copies)
resolves against its own latest stated date (one with a year), else its latest weekday-checked date
("Jumat (18/10)" fixes the year by the weekday, before `today`); see index.dates for the rules. Each event
keeps `basis`, the rule that gave its date, so a reader can tell a stated date from an inferred one.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Literal

from index.chunk import sentence_spans
from index.dates import DateMention, find_dates, parse_published

Kind = Literal["statement", "action", "publication"]

# Canonical actor -> aliases (regular expressions). Several names of one body map to one actor so the
# timeline and comparisons group them; anything not listed still gets a name from the patterns below.
ACTOR_ALIASES: dict[str, tuple[str, ...]] = {
    "NIS": (
        r"Badan Intelijen Nasional(?: Korea Selatan)?",
        r"National Intelligence Service",
        r"\bNIS\b",
        r"(?:agen|badan) mata-mata Korea Selatan",
        r"(?:Badan )?[Ii]ntelijen Korea Selatan",
        r"South Korea(?:n|'s) (?:intelligence|spy agency)",
        r"Hong Jang-won",
    ),
    "NATO": (
        r"\bNATO\b",
        r"Farah Dakhlallah",
        r"Farah Lala",
        r"\bFarah\b",
        r"Mark Rutte",
        r"\bRutte\b",
        r"Pakta Pertahanan Atlantik Utara",
        r"North Atlantic Treaty Organi[sz]ation",
    ),
    "Zelensky": (r"(?:Volodymyr )?Zelensk[iy]y?", r"Presiden Ukraina", r"Ukrain(?:e's|ian) [Pp]resident"),
    "White House": (r"Gedung Putih", r"White House", r"(?:John )?Kirby"),
    "Lloyd Austin": (
        r"Lloyd Austin",
        r"Menteri Pertahanan (?:AS|Amerika Serikat)",
        r"Pentagon",
        r"(?:US|U\.S\.) Defen[cs]e Secretary",
        r"\bAustin\b",
    ),
    "Zakharova": (r"(?:Maria )?Zakharova", r"Juru [Bb]icara Kementerian Luar Negeri Rusia"),
    "South Korean foreign ministry": (
        r"Kementerian Luar Negeri Korea Selatan",
        r"Kemlu Korea Selatan",
        r"CEMLU",
        r"(?:Wakil Menlu )?Kim Hong-kyun",
        r"South Korea's foreign ministry",
    ),
    "Yoon Suk Yeol": (
        r"Yoon Suk[ -]?Yeol",
        r"Yun Suk[ -]?Yeol",
        r"\bYoon\b",
        r"\bYun\b",
        r"Presiden Korea Selatan",
        r"South Korean [Pp]resident",
    ),
    "Putin": (r"(?:Vladimir )?Putin", r"Presiden Rusia", r"Kremlin"),
    "Kim Jong Un": (r"Kim Jong[ -]?[Uu]n",),
    "Russian State Duma": (r"majelis rendah Rusia", r"State Duma", r"\bDuma\b"),
    "Ukrainian military intelligence": (r"[Ii]ntelijen militer Ukraina", r"Ukrainian military intelligence"),
    "North Korea's UN mission": (r"perwakilan Korea Utara untuk PBB", r"North Korea's (?:UN|U\.N\.) mission"),
    "Kompas TV": (r"Kompas ?TV", r"KOMPAS\.TV"),
    "United States": (r"Amerika Serikat", r"\bAS\b", r"United States", r"\bU\.?S\.?\b", r"Washington"),
    "South Korea": (r"Korea Selatan", r"\bKorsel\b", r"\bSeoul\b", r"South Korea"),
    "North Korea": (r"Korea Utara", r"\bKorut\b", r"Pyongyang", r"North Korea", r"\bDPRK\b"),
    "Russia": (r"\bRusia\b", r"Moskow", r"Moscow", r"\bRussia\b"),
    "Ukraine": (r"\bUkraina\b", r"\bKyiv\b", r"\bUkraine\b"),
}
GENERIC_ACTORS = {"United States", "South Korea", "North Korea", "Russia", "Ukraine"}

_ALIAS_LIST = [(alias, actor) for actor, aliases in ACTOR_ALIASES.items() for alias in aliases]
_ALIAS_LIST.sort(key=lambda pair: len(pair[0]), reverse=True)  # longest (most specific) alias wins at a spot
_ALIAS = re.compile("|".join(f"(?P<a{i}>{alias})" for i, (alias, _) in enumerate(_ALIAS_LIST)))

_SAY = r"kata|ujar|ucap|ungkap|tutur|tambah|imbuh|said|says|told|added|wrote"
_SAY_NYA = re.compile(
    r"\b(?:katanya|ujarnya|ucapnya|ungkapnya|tuturnya|tambahnya|imbuhnya|lanjutnya|"
    r"jelasnya|tegasnya|sebutnya|pungkasnya)\b"
)
_SAY_THEN_NAME = re.compile(rf"\b(?:{_SAY})\s+(?!nya\b)([^,.;:“”\"()]+)")
_ACCORDING_TO = re.compile(r"\b(?:[Mm]enurut|[Aa]ccording to)\s+([^,.;:“”\"]+)")
_VERBS = (
    r"mengatakan|menyatakan|menegaskan|mengungkapkan|mengungkap|menyebutkan|menyebut|menuduh|"
    r"membantah|menampik|mengumumkan|melaporkan|memperingatkan|mengklaim|mengeklaim|menjelaskan|"
    r"mengonfirmasi|mengkonfirmasi|memperkirakan|merilis|menolak|mendesak|said|says|announced|told|"
    r"stated|warned|denied|claimed|reported|confirmed|estimated|accused|released"
)
_NAME_THEN_VERB = re.compile(rf"\b(?:{_VERBS})\b")
# Where a date sits this close to one of these, it dates the saying, not the thing said.
_STATEMENT_CUE = re.compile(
    rf"\b(?:{_SAY}|{_VERBS})\b|{_SAY_NYA.pattern}|\b(?:pernyataan(?:nya)?|keterangan|dirilis|rilis|"
    r"konferensi pers|menjawab pertanyaan|wawancara|statement|press conference|interview|"
    r"briefing reporters)\b"
)
_CUE_BEFORE, _CUE_AFTER = 70, 30
_NAME_STOP = re.compile(
    r"\s+(?:pada|saat|ketika|dalam|di|kepada|menjawab|dilansir|dikutip|seperti|"
    r"sebagaimana|"
    r"bahwa|on|at|in|during|that|to|yang|itu|tersebut)\b"
)
_CLAUSE_BREAK = re.compile(
    r"[,;:“”\"]|\b(?:bahwa|setelah|sebelum|karena|ketika|saat|sementara|sedangkan|"
    r"yang|"
    r"that|after|before|because|when|while|which|who)\b"
)
_PRONOUN = re.compile(r"^(?:ia|dia|mereka|beliau|pihaknya|kementerian itu|he|she|they|it)\b", re.IGNORECASE)
_MAX_QUOTE_MERGE = 4


@dataclass(frozen=True)
class Event:
    doc_id: str
    date: str  # ISO yyyy-mm-dd; a month or year event is dated by its first day, see `precision`
    precision: str  # "day" | "month" | "year"
    actor: str | None
    kind: str  # "statement" | "action" | "publication"
    text: str  # the sentence; document_text[start:end] == text
    start: int
    end: int
    source: str | None = None  # the outlet, filled by the caller
    basis: str = "stated"  # how the date was found: stated, weekday, published, anchor, today

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Event:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    actor: str


def extract_events(
    doc_id: str, text: str, published: date | None, *, source: str | None = None, today: date | None = None
) -> list[Event]:
    """Dated events in `text` (any text: raw or cleaned, offsets are into what is passed).

    `published` falls back to a date the header states; `today` only serves undated articles whose dates
    carry neither a year nor a reference (weekday-checked years are chosen not after it).
    """
    published = published or parse_published(text)
    anchor = None if published else document_anchor(text, today=today)
    events: list[Event] = []
    header_done = False
    previous_actor: str | None = None
    for start, end in sentence_spans_with_quotes(text):
        sentence = text[start:end]
        attributions = find_attributions(sentence, previous_actor)
        seen: set[date] = set()
        for mention in find_dates(sentence, published, anchor=anchor, today=today):
            if mention.date in seen:
                continue
            seen.add(mention.date)
            if not header_done and published and mention.date == published and start < 400:
                header_done = True
                events.append(publication_event(doc_id, published, source, sentence, start, end, mention.basis))
                continue
            events.append(
                Event(
                    doc_id,
                    mention.date.isoformat(),
                    mention.precision,
                    actor_for_span(sentence, mention.start, mention.end, attributions),
                    classify_kind(sentence, mention),
                    sentence,
                    start,
                    end,
                    source,
                    mention.basis,
                )
            )
        previous_actor = sentence_actor(sentence, attributions) or previous_actor
    if published and not header_done:
        spans = sentence_spans(text)
        if spans:
            first_start, first_end = spans[0]
            events.append(
                publication_event(
                    doc_id, published, source, text[first_start:first_end], first_start, first_end, "published"
                )
            )
    return events


def publication_event(
    doc_id: str, published: date, source: str | None, sentence: str, start: int, end: int, basis: str
) -> Event:
    """The outlet's own report, dated by its publication date; the outlet is its actor."""
    return Event(doc_id, published.isoformat(), "day", source, "publication", sentence, start, end, source, basis)


def document_anchor(text: str, today: date | None = None) -> date | None:
    """The reference for an undated article: its latest date with a stated year, else its latest date
    whose year a weekday fixed ("Jumat (18/10)")."""
    stated: list[date] = []
    by_weekday: list[date] = []
    for start, end in sentence_spans(text):
        for mention in find_dates(text[start:end], None, today=today):
            if mention.precision == "day" and mention.basis == "stated":
                stated.append(mention.date)
            elif mention.precision == "day" and mention.basis == "weekday":
                by_weekday.append(mention.date)
    found = stated or by_weekday
    return max(found) if found else None


def sentence_spans_with_quotes(text: str) -> list[tuple[int, int]]:
    """Sentence spans (index.chunk's), with a quotation split by its full stops joined back into one span,
    so '“A. B,” kata X' is one sentence and X is its speaker. Never across a line break."""
    merged: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    parts = 0
    for start, end in sentence_spans(text):
        if pending and "\n" not in text[pending[1] : start] and parts < _MAX_QUOTE_MERGE:
            pending, parts = (pending[0], end), parts + 1
        else:
            if pending:
                merged.append(pending)
            pending, parts = (start, end), 1
        if not _quote_open(text[pending[0] : pending[1]]):
            merged.append(pending)
            pending = None
    if pending:
        merged.append(pending)
    return merged


def _quote_open(sentence: str) -> bool:
    return sentence.count("“") > sentence.count("”") or sentence.count('"') % 2 == 1


def actors_in(phrase: str) -> list[str]:
    """Canonical actors named in a phrase, in order; country-level names dropped when a more specific
    body or person is named too ("Presiden Rusia Vladimir Putin" -> Putin, not Russia)."""
    found: list[str] = []
    for match in _ALIAS.finditer(phrase):
        actor = _ALIAS_LIST[int(match.lastgroup[1:])][1]
        if actor not in found:
            found.append(actor)
    specific = [a for a in found if a not in GENERIC_ACTORS]
    return specific or found


def name_actor(phrase: str, previous: str | None) -> str | None:
    """The actor a speaker phrase names: an alias, a pronoun for the previous actor, else the name itself."""
    phrase = phrase.strip(" \t\n-–—'’")
    if not phrase:
        return None
    if _PRONOUN.match(phrase):
        return previous
    found = actors_in(phrase)
    if found:
        return " & ".join(found)
    words = phrase.split()
    if 1 <= len(words) <= 6 and words[0][:1].isupper():
        return phrase
    return None


def find_attributions(sentence: str, previous: str | None) -> list[Attribution]:
    """Who the sentence says is speaking or claiming: "kata X", "X mengatakan", "menurut X", "katanya"."""
    found: list[Attribution] = []
    for match in _SAY_NYA.finditer(sentence):
        if previous:
            found.append(Attribution(match.start(), match.end(), previous))
    for pattern in (_SAY_THEN_NAME, _ACCORDING_TO):
        for match in pattern.finditer(sentence):
            phrase = _NAME_STOP.split(match[1], maxsplit=1)[0]
            actor = name_actor(phrase, previous)
            if actor:
                found.append(Attribution(match.start(), match.end(), actor))
    for match in _NAME_THEN_VERB.finditer(sentence):
        actor = _subject_before(sentence[: match.start()], previous)
        if actor:
            found.append(Attribution(match.start(), match.end(), actor))
    quotes = quoted_regions(sentence)
    outside = [a for a in found if not any(q_start <= a.start < q_end for q_start, q_end in quotes)]
    return sorted(outside, key=lambda a: a.start)


def quoted_regions(sentence: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: a verb there is the quoted person's word, not the attribution."""
    regions: list[tuple[int, int]] = []
    for match in re.finditer(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)", sentence):
        regions.append((match.start(), match.end()))
    return regions


def _subject_before(before: str, previous: str | None) -> str | None:
    segments = _CLAUSE_BREAK.split(before)
    for segment in reversed(segments[-2:]):
        segment = re.sub(r"^\s*(?:[Ss]ebelumnya|[Nn]amun|[Ss]ementara itu|[Kk]emudian|juga)\b", "", segment)
        segment = re.sub(r"\s+(?:juga|telah|sudah|pun|sebelumnya|akan|also|has|had|have)\s*$", "", segment)
        if segment.strip():
            return name_actor(segment, previous) if (actors_in(segment) or _PRONOUN.match(segment.strip())) else None
    return None


def actor_for_span(sentence: str, start: int, end: int, attributions: list[Attribution]) -> str | None:
    """The speaker nearest to [start, end) in the sentence, else the first body or person it names."""
    if attributions:
        nearest = min(attributions, key=lambda a: max(a.start - end, start - a.end, 0))
        return nearest.actor
    return _first_named(sentence)


def sentence_actor(sentence: str, attributions: list[Attribution]) -> str | None:
    if attributions:
        return attributions[-1].actor
    return _first_named(sentence)


def _first_named(sentence: str) -> str | None:
    found = actors_in(sentence)
    return found[0] if found else None


def classify_kind(sentence: str, mention: DateMention) -> Kind:
    """ "statement" when the date dates a saying ("kata X pada Rabu", "dirilis pada Jumat (18/10)"),
    otherwise "action" (troops moved on 8 and 13 October, the Duma approved on 24/10)."""
    before = sentence[max(0, mention.start - _CUE_BEFORE) : mention.start]
    after = sentence[mention.end : mention.end + _CUE_AFTER]
    if _STATEMENT_CUE.search(before) or _STATEMENT_CUE.search(after):
        return "statement"
    return "action"
