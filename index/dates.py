"""Dates named inside a sentence (Indonesian and English), resolved to calendar dates.

Resolution rule for what the text leaves out (all references are arguments; nothing reads the clock):
- A missing year comes from the reference (the publication date, else a document `anchor`), taking the
  previous year when the date would fall more than a week after the reference.
- A weekday given with a day and month picks the year, near the reference, whose weekday matches; with no
  reference at all, the latest matching year not after `today`.
- A bare weekday ("pada hari Rabu", "Rabu lalu", "on Wednesday") is the latest such day on or before the
  publication date; against an estimated `anchor` (undated article) it is the such day within four days
  before to two days after it, since an undated article is usually published shortly after the latest
  date it names. Without either, a bare weekday is left out.
`basis` says which rule gave the year or day, so callers can show how sure a date is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "month", "year"]
Basis = Literal["stated", "weekday", "published", "anchor", "today"]

MONTHS = {
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "february": 2,
    "feb": 2,
    "maret": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "agustus": 8,
    "august": 8,
    "agu": 8,
    "agt": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "december": 12,
    "des": 12,
    "dec": 12,
}
_SHORT_FULL_NAMES = ("mei", "may", "juni", "june", "juli", "july")
_FULL_MONTHS = [name for name in MONTHS if len(name) > 4 or name in _SHORT_FULL_NAMES]
WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


def _alternatives(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _capitalised(names) -> str:
    # Month and weekday names only count when capitalised: "may", "minggu ini" (this week) are not dates.
    return "|".join(re.escape(n[0].upper() + n[1:]) for n in sorted(names, key=len, reverse=True))


_MONTH = _alternatives(MONTHS)
_MONTH_CAP = _capitalised(_FULL_MONTHS)
_WEEKDAY_CAP = _capitalised(WEEKDAYS)
_YEAR = r"(?:19|20)\d{2}"
_ABBREVIATION_DOT = r"(?:(?<![a-zA-Z]{4})\.)?"  # "Okt." takes its dot; "Oktober." leaves the full stop
_TIME = r"(?:,?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?!\d)\s*(?:WIB|WITA|WIT|GMT|UTC)?)?"

# Day-level expressions, tried in this order; their spans then block the coarser patterns.
_DAY_LIST_MONTH = re.compile(
    rf"(?<![\d.,])(\d{{1,2}}(?:\s*(?:,|dan|and|&|-|–|hingga|sampai|s/d|to)\s*\d{{1,2}})*)"
    rf"\s+({_MONTH})\b{_ABBREVIATION_DOT}"
    rf"(?:,?\s+({_YEAR})\b)?{_TIME}",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b({_capitalised(MONTHS)}){_ABBREVIATION_DOT}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+({_YEAR})\b)?"
)
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
_ISO = re.compile(rf"\b({_YEAR})-(\d{{2}})-(\d{{2}})\b")
_WEEKDAY_BEFORE = re.compile(rf"\b({_WEEKDAY_CAP})\s*,?\s*(\(?)\s*$")
_DATE_WORD_BEFORE = re.compile(r"(?i:\b(?:tanggal|tgl\.?|date[d]?)\s*)$")

_MONTH_ONLY = re.compile(
    rf"(?:(?i:\b(?:pada|sejak|hingga|sampai|selama|bulan|in|since|until|during|early|late|mid|awal|akhir|"
    rf"pertengahan)\b)[\s-]+)+(?:(?i:bulan)\s+)?({_MONTH_CAP})\b(?:\s+({_YEAR})\b)?"
    rf"|\b({_MONTH_CAP})\s+({_YEAR})\b"
    rf"|\b({_MONTH_CAP})\s+(?i:lalu)\b"
)
_YEAR_ONLY = re.compile(rf"(?i:\b(?:pada|tahun|sejak|hingga|in|since|until|during)\s+)(?:(?i:tahun)\s+)?({_YEAR})\b")
_WEEKDAY_ONLY = re.compile(
    rf"(?:(?i:\b(?:pada|sejak|hingga|sampai|on|since|last|this|until|by)\s+)(?:(?i:hari)\s+)?|(?i:\bhari)\s+)"
    rf"({_WEEKDAY_CAP})\b(?:\s+(?i:lalu|kemarin))?"
    rf"|\b({_WEEKDAY_CAP})\s+(?i:lalu|kemarin)\b"
)
_RELATIVE = re.compile(r"(?i:\b(kemarin|yesterday|hari ini|today)\b)")

# "A few days": an undated day up to this far after the reference still belongs to the reference's year.
_FUTURE_SLACK = timedelta(days=7)


@dataclass(frozen=True)
class DateMention:
    date: date
    precision: Precision
    start: int  # offsets in the sentence: sentence[start:end] == text
    end: int
    text: str
    basis: Basis = "stated"


@dataclass(frozen=True)
class _Reference:
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


def find_dates(
    sentence: str, published: date | None, *, anchor: date | None = None, today: date | None = None
) -> list[DateMention]:
    """Every date the sentence names, in order of position.

    `published` is the article's publication date; `anchor` an estimate used when it is unknown (e.g. the
    latest date the article states); `today` the last resort for years. See the module doc for the rules.
    """
    ref = _Reference(published, anchor, today)
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(found: list[DateMention], start: int, end: int) -> None:
        if found and free(start, end):
            mentions.extend(found)
            taken.append((start, end))

    for match in _ISO.finditer(sentence):
        day = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day:
            add([DateMention(day, "day", match.start(), match.end(), match[0])], match.start(), match.end())
    for match in _DAY_LIST_MONTH.finditer(sentence):
        days = [int(d) for d in re.findall(r"\d{1,2}", match[1])]
        _add_day_mentions(sentence, match, days, MONTHS[match[2].lower()], match[3], ref, add)
    for match in _MONTH_DAY.finditer(sentence):
        _add_day_mentions(sentence, match, [int(match[2])], MONTHS[match[1].lower()], match[3], ref, add)
    for match in _NUMERIC.finditer(sentence):
        before = sentence[: match.start()]
        in_parens = before.rstrip().endswith("(")
        weekday = _WEEKDAY_BEFORE.search(before)
        if not (in_parens or weekday or match[3] and len(match[3]) == 4 or _DATE_WORD_BEFORE.search(before)):
            continue  # "1/2" or "24/7" are not dates
        month = int(match[2])
        if not 1 <= month <= 12:
            continue
        _add_day_mentions(sentence, match, [int(match[1])], month, match[3], ref, add)
    for match in _MONTH_ONLY.finditer(sentence):
        name = match[1] or match[3] or match[5]
        year = match[2] or match[4]
        month = MONTHS[name.lower()]
        if year:
            found = date(int(year), month, 1), "stated"
        else:
            found = _month_without_year(month, ref)
        if found:
            add(
                [DateMention(found[0], "month", match.start(), match.end(), match[0], found[1])],
                match.start(),
                match.end(),
            )
    for match in _YEAR_ONLY.finditer(sentence):
        add(
            [DateMention(date(int(match[1]), 1, 1), "year", match.start(), match.end(), match[0])],
            match.start(),
            match.end(),
        )
    for match in _WEEKDAY_ONLY.finditer(sentence):
        found = _bare_weekday(WEEKDAYS[(match[1] or match[2]).lower()], ref)
        if found:
            add(
                [DateMention(found[0], "day", match.start(), match.end(), match[0], found[1])],
                match.start(),
                match.end(),
            )
    if published:
        for match in _RELATIVE.finditer(sentence):
            back = 1 if match[1].lower() in ("kemarin", "yesterday") else 0
            add(
                [
                    DateMention(
                        published - timedelta(days=back), "day", match.start(), match.end(), match[0], "published"
                    )
                ],
                match.start(),
                match.end(),
            )
    return sorted(mentions, key=lambda m: (m.start, m.date))


def parse_published(text: str) -> date | None:
    """The publication date an article header states ("Kompas dunia | 21 Oktober 2024, 21:30 WIB").

    Only the first lines count, and only lines that look like a header (a "|" separator, a clock time with a
    zone, a "Published"/"Diterbitkan" label, or a short line), so event dates in the lead sentence are not
    taken.
    """
    lines = [line for line in text.split("\n") if line.strip()][:4]
    for line in lines:
        headerish = (
            "|" in line
            or re.search(r"\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC)", line)
            or re.search(r"(?i)\b(?:published|updated|diterbitkan|dipublikasikan|diperbarui)\b", line)
            or len(line.strip()) < 60
        )
        if not headerish:
            continue
        for mention in find_dates(line, None):
            if mention.precision == "day" and mention.basis == "stated":
                return mention.date
    return None


def _add_day_mentions(sentence, match, days, month, year_text, ref, add) -> None:
    start, end = match.start(), match.end()
    weekday = None
    found = _WEEKDAY_BEFORE.search(sentence[:start])
    if found:
        weekday = WEEKDAYS[found[1].lower()]
        start = found.start()
        if found[2]:  # "Rabu (23/10)": take the closing bracket into the span
            close = re.match(r"\s*\)", sentence[end:])
            if close:
                end += close.end()
    mentions = []
    for day in days:
        resolved = _resolve_day(day, month, year_text, weekday if len(days) == 1 else None, ref)
        if resolved:
            mentions.append(DateMention(resolved[0], "day", start, end, sentence[start:end], resolved[1]))
    add(mentions, start, end)


def _resolve_day(day: int, month: int, year_text: str | None, weekday: int | None, ref: _Reference):
    if year_text:
        year = int(year_text)
        year = year + 2000 if year < 100 else year
        found = _safe_date(year, month, day)
        return (found, "stated") if found else None
    known = ref.known
    if weekday is not None:
        if known:
            candidates = [
                d
                for y in (known[0].year - 1, known[0].year, known[0].year + 1)
                if (d := _safe_date(y, month, day)) and d.weekday() == weekday
            ]
            if candidates:
                # Nearest to the reference, but not far past it (news reports what happened, mostly).
                best = min(candidates, key=lambda d: (d > known[0] + _FUTURE_SLACK, abs((d - known[0]).days)))
                return best, "weekday"
        elif ref.today:
            for year in range(ref.today.year, ref.today.year - 29, -1):
                d = _safe_date(year, month, day)
                if d and d <= ref.today and d.weekday() == weekday:
                    return d, "weekday"
            return None
    if known:
        base, basis = known
    elif ref.today:
        base, basis = ref.today, "today"
    else:
        return None
    found = _safe_date(base.year, month, day)
    if found and found > base + _FUTURE_SLACK:
        found = _safe_date(base.year - 1, month, day)
    return (found, basis) if found else None


def _month_without_year(month: int, ref: _Reference) -> tuple[date, Basis] | None:
    known = ref.known
    base, basis = known if known else (ref.today, "today")
    if base is None:
        return None
    year = base.year if month <= base.month else base.year - 1
    return date(year, month, 1), basis


def _bare_weekday(weekday: int, ref: _Reference) -> tuple[date, Basis] | None:
    if ref.published:
        return ref.published - timedelta(days=(ref.published.weekday() - weekday) % 7), "published"
    if ref.anchor:
        earliest = ref.anchor - timedelta(days=4)
        return earliest + timedelta(days=(weekday - earliest.weekday()) % 7), "anchor"
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


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
