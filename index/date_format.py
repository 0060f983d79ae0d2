"""The one date format: a date at the precision it was stated, in the answer's language."""

from __future__ import annotations

import re
from datetime import date


def month_part(written: str) -> str | None:
    """'early', 'mid' or 'late' when the written date names a part of its month ('akhir September')."""
    from index.language import english, indonesian

    lowered = written.lower()
    for part in ("early", "mid", "late"):
        words = indonesian.MONTH_PARTS[part] + english.MONTH_PARTS[part]
        if any(re.search(rf"\b{w}\b", lowered) for w in words):
            return part
    return None


def format_date(day: date, precision: str, language: str, part: str | None = None) -> str:
    """A date at the precision it was stated: '14 September 2019', 'Oktober 2024', '2019'; with the part of the
    month it names: 'akhir September 2019', 'late September 2019'."""
    from index.language import MONTH_NAMES, english, indonesian

    month = MONTH_NAMES["id" if language == "id" else "en"][day.month - 1]
    if precision == "year":
        return str(day.year)
    if precision == "month" and part:
        return f"{(indonesian if language == 'id' else english).MONTH_PARTS[part][0]} {month} {day.year}"
    if precision == "month":
        return f"{month} {day.year}"
    return f"{day.day} {month} {day.year}"
