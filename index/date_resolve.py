"""What a written date leaves out, resolved against a reference (all references are arguments; nothing reads the
clock):
- A missing year comes from the reference (the publication date, else a document `anchor`), taking the
  previous year when the date would fall more than a week after the reference.
- A weekday given with a day and month picks the year, near the reference, whose weekday matches; with no
  reference at all, the latest matching year not after `today`.
- A month without a year is the latest such month up to the reference, or the next one from it when the text
  says it is still to come ("November mendatang", "next November").
- A bare weekday ("pada hari Rabu", "Rabu lalu", "on Wednesday") is the latest such day on or before the
  publication date; against an estimated `anchor` (undated article) it is the such day within four days
  before to two days after it, since an undated article is usually published shortly after the latest
  date it names. Without either, a bare weekday is left out.
`basis` says which rule gave the year or day, so callers can show how sure a date is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Basis = Literal["stated", "weekday", "published", "anchor", "today"]

# "A few days": an undated day up to this far after the reference still belongs to the reference's year.
_FUTURE_SLACK = timedelta(days=7)


@dataclass(frozen=True)
class Reference:
    published: date | None
    anchor: date | None
    today: date | None

    @property
    def known(self) -> tuple[date, Basis] | None:
        if self.published:
            return self.published, "published"
        if self.anchor:
            return self.anchor, "anchor"
        return None


def resolve_day(
    day: int, month: int, year_text: str | None, weekday: int | None, ref: Reference
) -> tuple[date, Basis] | None:
    if year_text:
        year = int(year_text)
        year = year + 2000 if year < 100 else year
        found = safe_date(year, month, day)
        return (found, "stated") if found else None
    known = ref.known
    if weekday is not None:
        if known:
            candidates = [
                d
                for y in (known[0].year - 1, known[0].year, known[0].year + 1)
                if (d := safe_date(y, month, day)) and d.weekday() == weekday
            ]
            if candidates:
                # Nearest to the reference, but not far past it (news reports what happened, mostly).
                best = min(
                    candidates,
                    key=lambda d: (
                        d > known[0] + _FUTURE_SLACK,
                        abs((d - known[0]).days),
                    ),
                )
                return best, "weekday"
        elif ref.today:
            for year in range(ref.today.year, ref.today.year - 29, -1):
                d = safe_date(year, month, day)
                if d and d <= ref.today and d.weekday() == weekday:
                    return d, "weekday"
            return None
    if known:
        base, basis = known
    elif ref.today:
        base, basis = ref.today, "today"
    else:
        return None
    found = safe_date(base.year, month, day)
    if found and found > base + _FUTURE_SLACK:
        found = safe_date(base.year - 1, month, day)
    return (found, basis) if found else None


def month_without_year(month: int, ref: Reference, upcoming: bool = False) -> tuple[date, Basis] | None:
    """The latest such month up to the reference's; `upcoming` ("November mendatang"): the next from it on."""
    known = ref.known
    base, basis = known if known else (ref.today, "today")
    if base is None:
        return None
    if upcoming:
        year = base.year if month >= base.month else base.year + 1
    else:
        year = base.year if month <= base.month else base.year - 1
    return date(year, month, 1), basis


def bare_weekday(weekday: int, ref: Reference) -> tuple[date, Basis] | None:
    if ref.published:
        return ref.published - timedelta(days=(ref.published.weekday() - weekday) % 7), "published"
    if ref.anchor:
        earliest = ref.anchor - timedelta(days=4)
        return earliest + timedelta(days=(weekday - earliest.weekday()) % 7), "anchor"
    return None


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
