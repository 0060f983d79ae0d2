"""The extractors ingest runs on every document, whose results are stored beside its record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

EventExtractor = Callable[[str, str, str | None, str], list[dict]]
ClaimExtractor = Callable[[str, str, str | None, str], list[dict]]


def dated_events(today: date) -> EventExtractor:
    """Events as stored beside a document: dated statements and actions with their exact spans."""
    from index.events import extract_events

    def extract(doc_id: str, text: str, published: str | None, source: str) -> list[dict]:
        stated = date.fromisoformat(published[:10]) if published and published[:4].isdigit() else None
        return [e.to_dict() for e in extract_events(doc_id, text, stated, source=source or None, today=today)]

    return extract


def quantity_claims(today: date) -> ClaimExtractor:
    """Quantity claims as stored beside a document (index.claims.Claim.to_dict()), read back by compare."""
    from index.claims import record_claims

    def extract(doc_id: str, text: str, published: str | None, source: str) -> list[dict]:
        return [c.to_dict() for c in record_claims(doc_id, text, published, source, today)]

    return extract
