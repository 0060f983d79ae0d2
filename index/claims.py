"""Quantity claims ("1.500 tentara", "10 ribu tentara", "3,000 troops"): the number, what it counts, who
claims it and when, with the sentence's exact span, so sources can be set side by side.

Vague amounts ("ribuan tentara", "thousands of troops") carry no number to compare and are left out.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import date

from index.dates import find_dates, parse_published
from index.events import (
    actor_for_span,
    document_anchor,
    find_attributions,
    sentence_actor,
    sentence_spans_with_quotes,
)

# What a number counts -> the category claims are compared within.
COUNT_NOUNS: dict[str, str] = {
    "tentara": "troops",
    "pasukan": "troops",
    "prajurit": "troops",
    "personel": "troops",
    "serdadu": "troops",
    "militer": "troops",
    "troops": "troops",
    "soldiers": "troops",
    "personnel": "troops",
    "servicemen": "troops",
    "kapal": "ships",
    "ships": "ships",
    "vessels": "ships",
    "pesawat": "aircraft",
    "aircraft": "aircraft",
    "planes": "aircraft",
    "korban": "casualties",
    "tewas": "casualties",
    "casualties": "casualties",
    "dead": "casualties",
    "orang": "people",
    "warga": "people",
    "people": "people",
}
_MULTIPLIERS = {"ribu": 1_000, "rb": 1_000, "thousand": 1_000, "juta": 1_000_000, "million": 1_000_000}
_NOUN = "|".join(sorted(COUNT_NOUNS, key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?<![\d.,])(\d{{1,3}}(?:[.,]\d{{3}})+|\d+(?:[.,]\d+)?)(?:\s*(ribu|rb|thousand|juta|million))?"
    rf"\s+(?:(?:orang|personel|of|lebih|more|additional|tambahan)\s+)?({_NOUN})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Claim:
    value: int
    unit: str  # the noun as written: "tentara", "pasukan", "troops"
    category: str  # what is counted, for comparing: "troops", "ships", ...
    claimant: str | None
    date: str | None  # ISO date the sentence gives for the claim, else None
    sentence: str  # document_text[start:end] == sentence
    start: int
    end: int
    doc_id: str
    source: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Claim:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def extract_quantity_claims(
    doc_id: str, text: str, source: str | None, *, published: date | None = None, today: date | None = None
) -> list[Claim]:
    """Every counted quantity in `text`, one claim per (sentence, value, category)."""
    published = published or parse_published(text)
    anchor = None if published else document_anchor(text, today=today)
    claims: list[Claim] = []
    previous_actor: str | None = None
    for start, end in sentence_spans_with_quotes(text):
        sentence = text[start:end]
        attributions = find_attributions(sentence, previous_actor)
        seen: set[tuple[int, str]] = set()
        for match in _QUANTITY.finditer(sentence):
            value = parse_quantity(match[1], match[2])
            category = COUNT_NOUNS[match[3].lower()]
            if value is None or (value, category) in seen or _looks_like_year(match[1], match[2]):
                continue
            seen.add((value, category))
            claimant = _claimant(sentence, match, attributions)
            mentions = find_dates(sentence, published, anchor=anchor, today=today)
            nearest = min(mentions, key=lambda m: abs(m.start - match.start()), default=None)
            day = nearest.date.isoformat() if nearest else None
            claims.append(Claim(value, match[3], category, claimant, day, sentence, start, end, doc_id, source))
        previous_actor = sentence_actor(sentence, attributions) or previous_actor
    return claims


def parse_quantity(number: str, multiplier: str | None) -> int | None:
    """ "1.500" and "1,500" are 1500 (thousands separators); "1,5 juta" and "1.5 million" are 1500000."""
    if multiplier:
        value = float(number.replace(",", "."))
        return round(value * _MULTIPLIERS[multiplier.lower()])
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number):
        return int(re.sub(r"[.,]", "", number))
    if number.isdigit():
        return int(number)
    return None  # "2,5 tentara" is no head count


def _looks_like_year(number: str, multiplier: str | None) -> bool:
    return not multiplier and number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100


def _claimant(sentence: str, match: re.Match, attributions) -> str | None:
    if attributions:
        return actor_for_span(sentence, match.start(), match.end(), attributions)
    return None
