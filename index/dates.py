"""Dates named inside a sentence (Indonesian and English), resolved to calendar dates (what the text leaves out,
such as the year, by the rules of index.date_resolve)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from index.date_resolve import (
    Basis,
    Reference,
    bare_weekday,
    month_without_year,
    resolve_day,
    safe_date,
)
from index.language import DESIGNATION_WORDS, LANGUAGES, NUMBER_WORDS, UPCOMING_WORDS, VAGUE_NUMBERS, phrase_pattern

Precision = Literal["day", "month", "year"]


def _month_numbers() -> tuple[dict[str, int], list[str]]:
    """Every month name, abbreviation and spelling of both languages with its number; and the full names."""
    numbers: dict[str, int] = {}
    full: list[str] = []
    for lang in LANGUAGES.values():
        for number, name in enumerate(lang.MONTHS, 1):
            numbers[name] = number
        full += [*lang.MONTHS, *(v for v in lang.MONTH_VARIANTS if len(v) > 4)]
        for variant, name in lang.MONTH_VARIANTS.items():
            numbers[variant] = numbers[name]
        for short in (s for s in lang.MONTH_ABBREVIATIONS if s not in numbers):  # "okt": the month it begins
            numbers[short] = next(n for n, name in enumerate(lang.MONTHS, 1) if name.startswith(short[:3]))
    return numbers, list(dict.fromkeys(full))


def _weekday_numbers() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for lang in LANGUAGES.values():
        numbers.update({name: number for number, name in enumerate(lang.WEEKDAYS)})
        numbers.update({variant: numbers[name] for variant, name in lang.WEEKDAY_VARIANTS.items()})
    return numbers


MONTHS, _FULL_MONTHS = _month_numbers()
WEEKDAYS = _weekday_numbers()


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

# Day-level expressions; _FINDERS tries them first, so their spans block the coarser patterns below.
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
# a year after a cue, to a second year ("tahun 1767-1788"); an older year only after "tahun", which says it is one
_YEAR_ONLY = re.compile(
    rf"(?:(?i:\b(?:pada|tahun|sejak|hingga|in|since|until|during)\s+)(?:(?i:tahun)\s+)?({_YEAR})"
    rf"|(?i:\btahun)\s+(1[0-8]\d{{2}}))\b(?:\s*[-–]\s*(?:{_YEAR}|1[0-8]\d{{2}})\b)?"
)
_WEEKDAY_ONLY = re.compile(
    rf"(?:(?i:\b(?:pada|sejak|hingga|sampai|on|since|last|this|until|by)\s+)(?:(?i:hari)\s+)?|(?i:\bhari)\s+)"
    rf"({_WEEKDAY_CAP})\b(?:\s+(?i:lalu|kemarin))?"
    rf"|\b({_WEEKDAY_CAP})\s+(?i:lalu|kemarin)\b"
)
_UPCOMING_AFTER = re.compile(rf"\s+{phrase_pattern(UPCOMING_WORDS).pattern}", re.IGNORECASE)
# "UU Nomor 30 Tahun 2002", "Law No. 30 of 2002": the year of a regulation's citation is no date
_DESIGNATED = re.compile(rf"{phrase_pattern(DESIGNATION_WORDS).pattern}\.?\s*\d+[A-Za-z]?\s*$", re.IGNORECASE)
_RELATIVE = re.compile(r"(?i:\b(kemarin|yesterday|hari ini|today)\b)")
# "tahun depan", "bulan lalu", "this year": a year or month counted from the publication date; not "dua bulan lalu"
_RELATIVE_PERIOD = re.compile(r"(?i:\b(?:(tahun|bulan)\s+(depan|lalu|ini|kemarin)|(next|last|this)\s+(year|month))\b)")
_YEAR_AFTER = re.compile(r"(?i:\s+(?:tahun\s+(depan|lalu|ini|kemarin)|(next|last|this)\s+year)\b)")
_PERIOD_SHIFT = {"depan": 1, "next": 1, "lalu": -1, "kemarin": -1, "last": -1, "ini": 0, "this": 0}


@dataclass(frozen=True)
class DateMention:
    date: date
    precision: Precision
    start: int  # offsets in the sentence: sentence[start:end] == text
    end: int
    text: str
    basis: Basis = "stated"


Found = tuple[list[DateMention], int, int]  # the mentions one match gives and the span they take


def find_dates(
    sentence: str,
    published: date | None,
    *,
    anchor: date | None = None,
    today: date | None = None,
) -> list[DateMention]:
    """Every date the sentence names, in order of position.

    `published` is the article's publication date; `anchor` an estimate used when it is unknown (e.g. the
    latest date the article states); `today` the last resort for years. See index.date_resolve for the rules.
    """
    ref = Reference(published, anchor, today)
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for finder in _FINDERS:
        for found, start, end in finder(sentence, ref):
            if found and all(end <= s or start >= e for s, e in taken):
                mentions.extend(found)
                taken.append((start, end))
    return sorted(mentions, key=lambda m: (m.start, m.date))


def _iso_days(sentence: str, ref: Reference) -> Iterator[Found]:
    for match in _ISO.finditer(sentence):
        day = safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day:
            yield _single(match, day, "day")


def _listed_days(sentence: str, ref: Reference) -> Iterator[Found]:
    for match in _DAY_LIST_MONTH.finditer(sentence):
        days = [int(d) for d in re.findall(r"\d{1,2}", match[1])]
        yield _day_mentions(sentence, match, days, MONTHS[match[2].lower()], match[3], ref)


def _month_days(sentence: str, ref: Reference) -> Iterator[Found]:
    for match in _MONTH_DAY.finditer(sentence):
        yield _day_mentions(sentence, match, [int(match[2])], MONTHS[match[1].lower()], match[3], ref)


def _numeric_days(sentence: str, ref: Reference) -> Iterator[Found]:
    for match in _NUMERIC.finditer(sentence):
        before = sentence[: match.start()]
        in_parens = before.rstrip().endswith("(")
        weekday = _WEEKDAY_BEFORE.search(before)
        if not (in_parens or weekday or match[3] and len(match[3]) == 4 or _DATE_WORD_BEFORE.search(before)):
            continue  # "1/2" or "24/7" are not dates
        month = int(match[2])
        if 1 <= month <= 12:
            yield _day_mentions(sentence, match, [int(match[1])], month, match[3], ref)


def _months(sentence: str, ref: Reference) -> Iterator[Found]:
    for match in _MONTH_ONLY.finditer(sentence):
        name = match[1] or match[3] or match[5]
        year = match[2] or match[4]
        month = MONTHS[name.lower()]
        upcoming = bool(_UPCOMING_AFTER.match(sentence, match.end()))
        found = (date(int(year), month, 1), "stated") if year else month_without_year(month, ref, upcoming)
        if found:
            yield _single(match, found[0], "month", found[1])


def _years(sentence: str, ref: Reference) -> Iterator[Found]:
    for match in _YEAR_ONLY.finditer(sentence):
        if not _DESIGNATED.search(sentence[max(0, match.start() - 20) : match.start()]):
            yield _single(match, date(int(match[1] or match[2]), 1, 1), "year")


def _weekdays(sentence: str, ref: Reference) -> Iterator[Found]:
    for match in _WEEKDAY_ONLY.finditer(sentence):
        found = bare_weekday(WEEKDAYS[(match[1] or match[2]).lower()], ref)
        if found:
            yield _single(match, found[0], "day", found[1])


def _relative_days(sentence: str, ref: Reference) -> Iterator[Found]:
    if ref.published:
        for match in _RELATIVE.finditer(sentence):
            back = 1 if match[1].lower() in ("kemarin", "yesterday") else 0
            yield _single(match, ref.published - timedelta(days=back), "day", "published")


def _relative_periods(sentence: str, ref: Reference) -> Iterator[Found]:
    if not ref.published:
        return
    for match in _RELATIVE_PERIOD.finditer(sentence):
        if _COUNTED_BEFORE.search(sentence[: match.start()]):
            continue  # "dua bulan lalu", "3 tahun lalu": so many periods ago, not the last one
        unit, shift = (match[1] or match[4]).lower(), _PERIOD_SHIFT[(match[2] or match[3]).lower()]
        if unit in ("tahun", "year"):
            yield _single(match, date(ref.published.year + shift, 1, 1), "year", "published")
        else:
            months = ref.published.year * 12 + ref.published.month - 1 + shift
            month = date(months // 12, months % 12 + 1, 1)
            part = _MONTH_PART_BEFORE.search(sentence[max(0, match.start() - 20) : match.start()])
            if part:  # "akhir bulan ini", "end of this month": the part of the month is part of the date
                start = match.start() - len(part.group())
                mention = DateMention(month, "month", start, match.end(), sentence[start : match.end()], "published")
                yield [mention], start, match.end()
            else:
                yield _single(match, month, "month", "published")


_MONTH_PART_WORDS = tuple(w for lang in LANGUAGES.values() for words in lang.MONTH_PARTS.values() for w in words)
_MONTH_PART_BEFORE = re.compile(phrase_pattern(_MONTH_PART_WORDS).pattern + r"\s+$", re.IGNORECASE)
# a number or a quantifier right before ("dua bulan lalu", "beberapa tahun lalu"): the language facts' number words
_COUNTED_BEFORE = re.compile(
    r"(?:\b\d+|"
    + phrase_pattern(frozenset(NUMBER_WORDS) | VAGUE_NUMBERS | {"beberapa", "sejumlah", "a few"}).pattern
    + r")\s+$",
    re.IGNORECASE,
)


def _single(match: re.Match, day: date, precision: Precision, basis: Basis = "stated") -> Found:
    return (
        [DateMention(day, precision, match.start(), match.end(), match[0], basis)],
        match.start(),
        match.end(),
    )


def _day_mentions(
    sentence: str,
    match: re.Match,
    days: list[int],
    month: int,
    year_text: str | None,
    ref: Reference,
) -> Found:
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
    shifted = None if year_text else _YEAR_AFTER.match(sentence, end)  # "6 Juni tahun depan": the next year's
    base = ref.published or ref.anchor
    if shifted and base:
        year_text, end = str(base.year + _PERIOD_SHIFT[(shifted[1] or shifted[2]).lower()]), shifted.end()
    mentions = []
    for day in days:
        resolved = resolve_day(day, month, year_text, weekday if len(days) == 1 else None, ref)
        if resolved:
            mentions.append(DateMention(resolved[0], "day", start, end, sentence[start:end], resolved[1]))
    return mentions, start, end


# Tried in this order: the day-level finders first, so their spans block the coarser ones.
_FINDERS: tuple[Callable[[str, Reference], Iterator[Found]], ...] = (
    _iso_days,
    _listed_days,
    _month_days,
    _numeric_days,
    _months,
    _years,
    _weekdays,
    _relative_days,
    _relative_periods,
)


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
            or re.search(
                r"(?i)\b(?:published|updated|diterbitkan|dipublikasikan|diperbarui)\b",
                line,
            )
            or len(line.strip()) < 60
        )
        if not headerish:
            continue
        for mention in find_dates(line, None):
            if mention.precision == "day" and mention.basis == "stated":
                return mention.date
    return None
