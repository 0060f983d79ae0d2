"""What every finder returns, and the finders of dates and figures: a `Found` span of one sentence, remembered per
sentence (`remembered`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, wraps

from index.dates import find_dates
from index.numbers import Quantity, find_quantities

SENTENCES_REMEMBERED = 20_000  # sentences whose names, places, dates and figures stay read (see `remembered`)


def remembered(finder: Callable[..., list[Found]]) -> Callable[..., list[Found]]:
    """A finder of what one sentence names, remembered per sentence: that does not depend on the question, and
    the next question over the same articles reads the same sentences."""
    cached = lru_cache(maxsize=SENTENCES_REMEMBERED)(lambda *args, **kwargs: tuple(finder(*args, **kwargs)))

    @wraps(finder)
    def find(*args, **kwargs) -> list[Found]:
        return list(cached(*args, **kwargs))

    return find


@dataclass(frozen=True)
class Found:
    text: str  # as the sentence writes it
    start: int  # sentence[start:end] == text
    end: int
    kind: str  # person | body | place | thing | date | count | money | percent | measure | clause
    detail: object = None  # the date (with precision), the Quantity, or a clause's cue: cause | purpose | after


@remembered
def dates_in(sentence: str, published: date | None, today: date | None = None) -> list[Found]:
    found = find_dates(sentence, published, today=today)
    return [Found(m.text, m.start, m.end, "date", m) for m in found if m.basis != "published" or m.text.strip()]


@remembered
def quantities_in(sentence: str) -> list[Found]:
    return [Found(q.phrase, q.start, q.end, q.kind, q) for q in find_quantities(sentence)]


def quantity_value(found: Found) -> Quantity:
    assert isinstance(found.detail, Quantity)
    return found.detail
