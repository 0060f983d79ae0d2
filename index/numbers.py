"""One reader of numbers in news text: counts, money, percentages and measures, in Indonesian and English forms.

"1,5 juta tentara" = 1,500,000 troops, "Rp 2,5 triliun", "tiga ribu orang", "40 persen", "US$ 3.2 billion";
years, dates, clock times and ordinals are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.language import (
    COUNTED_NOUNS,
    CURRENCIES,
    DURATION_DAYS,
    FUNCTION_WORDS,
    MEASURE_BEFORE,
    MEASURE_UNITS,
    MONTH_WORDS,
    NUMBER_WORDS,
    PERCENT_WORDS,
    RANGE_OPENERS,
    RANGE_WORDS,
    SCALE_WORDS,
    SCORE_WORDS,
    indonesian,
    phrase_pattern,
)

_CURRENCY_BEFORE = re.compile(r"(?:\b(?:Rp|IDR|USD|US\$|S\$|RM)|[$€£¥])\.?\s*$", re.IGNORECASE)
# A number stands alone, or right after a currency ("Rp14.035") or a minus sign ("turun -1,82%"); a slash after it
# starts a rate ("Rp14.035/USD"), unless a digit follows (a date: "28/10").
_NUMBER = re.compile(
    r"(?:(?<=Rp)|(?<=USD)|(?<=IDR)|(?<=\s-)|(?<![\w/.,-]))"
    r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?!\w|/\d)"
)
# "mengalahkan Persela 2-0", "won 3-1": a score, when a score word or a win/loss verb is near
_SCORE = re.compile(r"(?<![\w/.,-])(\d{1,3})-(\d{1,3})(?![\w/-])")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?|%|\$|/\w+")
_SCALE = re.compile(phrase_pattern(tuple(SCALE_WORDS)).pattern.replace(r")(?!\w)", r")(?:an)?(?!\w)"), re.I)  # "jutaan"
_NOT_AFTER = re.compile(r"^\s*(?:/(?=\d)|:|\.\d|-(?:an|nya)\b|\s*(?:WIB|WITA|WIT|GMT|UTC)\b)", re.IGNORECASE)
_NOT_BEFORE = re.compile(
    r"(?:\b(?:pukul|jam|tahun|year|pasal|ayat|huruf|bab|article|nomor|no|ke|rt|rw|km|halaman|page|edisi|episode|seri|tipe|type|"
    r"versi|version|game|pekan|week|sesi)\.?|[#:])\s*$",
    re.IGNORECASE,
)
_WORD_NUMBER = phrase_pattern(tuple(NUMBER_WORDS))
_MEASURE_BEFORE = re.compile(phrase_pattern(MEASURE_BEFORE).pattern + r"\s*[=:]?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: str  # "count" | "money" | "percent" | "measure" | "score"
    unit: str  # the counted noun, currency or measure as written ("orang", "Rp", "persen"); "" if none
    start: int  # text[start:end] == phrase, number and unit together
    end: int
    phrase: str
    upper: float | None = None  # the upper end of a range ("50 sampai 70 penumpang": 50, upper 70)


def parse_number(token: str) -> float | None:
    """'1.500' and '1,500' = 1500; '2,5' and '2.5' = 2.5; '1.500.000' = 1500000; a number word by value."""
    word = NUMBER_WORDS.get(token.lower())
    if word is not None:
        return float(word)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        return float(token.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", token):
        return float(token.replace(",", ""))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", token):
        return float(token.replace(",", "."))
    return None


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in the text, in order; each with the exact phrase that states it."""
    found: list[Quantity] = list(find_scores(text))
    numbers = [(m.start(), m.end(), m.group()) for m in _NUMBER.finditer(text)]
    numbers += [(m.start(), m.end(), m.group()) for m in _WORD_NUMBER.finditer(text) if _word_number_ok(text, m)]
    for start, end, token in sorted(numbers):
        quantity = _read_quantity(text, start, end, token)
        if quantity and not any(q.start <= quantity.start < q.end for q in found):
            found.append(quantity)
    for match in _ONE_SPAN.finditer(text):  # "menikah setahun lalu": "se-" and a unit of time is one of it
        if not any(q.start <= match.start() < q.end for q in found):
            found.append(Quantity(1.0, "count", match.group(1), match.start(), match.end(), match.group()))
    return _compound_spans(text, _ranges(text, sorted(found, key=lambda q: q.start)))


_ONE_SPAN = re.compile(rf"\bse({'|'.join(indonesian.ONE_SPAN_UNITS)})\b(?!-)", re.IGNORECASE)


def _compound_spans(text: str, found: list[Quantity]) -> list[Quantity]:
    """A span of time written in two units, the larger first ("1 jam 5 menit", "16 tahun 298 hari", "2 hours and
    10 minutes"), is one quantity in the larger unit."""
    merged: list[Quantity] = []
    for quantity in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.upper is None
            and re.fullmatch(r"\s*(?:dan|and|,)?\s*", text[last.end : quantity.start], re.IGNORECASE)
            and DURATION_DAYS.get(last.unit.lower(), 0) > DURATION_DAYS.get(quantity.unit.lower(), 1e9)
        ):
            days = DURATION_DAYS[quantity.unit.lower()] / DURATION_DAYS[last.unit.lower()]
            value = last.value + quantity.value * days
            merged[-1] = Quantity(
                value, last.kind, last.unit, last.start, quantity.end, text[last.start : quantity.end]
            )
        else:
            merged.append(quantity)
    return merged


_RANGE_BETWEEN = re.compile(r"\s*(?:" + "|".join(map(re.escape, RANGE_WORDS)) + r")\s*$", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s+(?:dan|and)\s+$", re.IGNORECASE)
_RANGE_OPENER = re.compile(phrase_pattern(RANGE_OPENERS).pattern + r"\s+$", re.IGNORECASE)


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two figures of one kind joined as a range ("50 sampai 70 penumpang", "antara Rp 1.700 dan Rp 2.000",
    "5-6 bulan") are one quantity from the first to the second."""
    merged: list[Quantity] = []
    for quantity in found:
        last = merged[-1] if merged else None
        between = text[last.end : quantity.start] if last else ""
        joined = last is not None and (
            _RANGE_BETWEEN.fullmatch(between)
            or (_RANGE_AND.fullmatch(between) and _RANGE_OPENER.search(text[max(0, last.start - 12) : last.start]))
        )
        alike = last is not None and (last.kind == quantity.kind or not last.unit) and quantity.kind != "score"
        if joined and alike and last.upper is None and last.value < quantity.value:
            phrase = text[last.start : quantity.end]
            merged[-1] = Quantity(
                last.value, quantity.kind, quantity.unit, last.start, quantity.end, phrase, quantity.value
            )
        else:
            merged.append(quantity)
    return merged


def find_scores(text: str) -> list[Quantity]:
    """Match scores ("2-0", "3-1"): value is the winner's side, unit "score"; a near score word is required."""
    scores = []
    for match in _SCORE.finditer(text):
        window = text[max(0, match.start() - 60) : match.end() + 30].lower()
        if any(re.search(rf"\b{re.escape(w)}", window) for w in SCORE_WORDS):
            scores.append(Quantity(float(match.group(1)), "score", "score", match.start(), match.end(), match.group()))
    return scores


def _word_number_ok(text: str, match: re.Match[str]) -> bool:
    """A number word counts when a scale, a known counted noun or a percent follows, or any lower-case noun
    ("empat katup"), except the words that are rarely a count ("satu", "se-" forms)."""
    after = text[match.end() : match.end() + 30].split()
    if not after:
        return False
    word = after[0].lower().strip(".,;:")
    if word in SCALE_WORDS or word in COUNTED_NOUNS or word in PERCENT_WORDS:
        return True
    value = NUMBER_WORDS.get(match.group().lower(), 0)
    return 2 <= value < 100 and after[0][:1].islower() and word.isalpha() and word not in FUNCTION_WORDS


def _read_quantity(text: str, start: int, end: int, token: str) -> Quantity | None:
    value = parse_number(token)
    if value is None or _NOT_AFTER.match(text[end:]):
        return None
    if _NOT_BEFORE.search(text[max(0, start - 12) : start]) and not _measured(text, end):
        return None  # "tahun 2019", "pasal 5"; but "per tahun 700 kg" and "1 jam 5 menit" give a figure
    currency = _CURRENCY_BEFORE.search(text[max(0, start - 6) : start])
    phrase_start = start - (len(currency.group()) if currency else 0)
    cursor = end
    scale = _SCALE.match(text, _skip_space(text, cursor))
    if scale and scale.start() - cursor <= 1:
        value *= SCALE_WORDS.get(scale.group().lower()) or SCALE_WORDS[scale.group().lower()[:-2]]
        cursor = scale.end()
    unit_match = _WORD.match(text, _skip_space(text, cursor))
    unit = unit_match.group() if unit_match and unit_match.start() - cursor <= 1 else ""
    lowered = unit.lower()
    if currency:
        kind, unit_text = "money", currency.group().strip()
        if lowered in CURRENCIES:
            cursor = unit_match.end()
    elif lowered in PERCENT_WORDS:
        kind, unit_text, cursor = "percent", unit, unit_match.end()
    elif lowered in CURRENCIES:
        kind, unit_text, cursor = "money", unit, unit_match.end()
    elif lowered in MONTH_WORDS or _looks_like_year(token, value, scale):
        return None
    elif lowered in MEASURE_UNITS:  # "610 km/jam", "5,2 SR"
        unit_text, cursor = _per_unit(text, unit, unit_match.end())
        kind = "measure"
    elif magnitude := _MEASURE_BEFORE.search(text[max(0, start - 16) : start]):  # "magnitudo 5,2", "Mw=6,1"
        kind, unit_text = "measure", magnitude.group().strip(" =:")
        phrase_start = start - len(magnitude.group())
    elif unit and lowered not in FUNCTION_WORDS and not unit[0].isupper():
        unit_text, cursor = _per_unit(text, unit, unit_match.end())
        kind = "count" if lowered in COUNTED_NOUNS or unit_text == unit else "measure"
    else:
        kind, unit_text = "count", ""
    return Quantity(value, kind, unit_text, phrase_start, cursor, text[phrase_start:cursor])


def _measured(text: str, end: int) -> bool:
    """A unit of measure or of time, a currency or a percent right after the number ("jam 5 menit")."""
    unit = _WORD.match(text, _skip_space(text, end))
    return bool(unit) and unit.group().lower() in _UNITS


_UNITS = frozenset(MEASURE_UNITS) | frozenset(PERCENT_WORDS) | frozenset(CURRENCIES) | frozenset(DURATION_DAYS)


def _per_unit(text: str, unit: str, cursor: int) -> tuple[str, int]:
    """The unit with a "per" part written after it ("km/jam", "orang/hari"), and where it ends."""
    per = re.match(r"/\w+", text[cursor:])
    return (unit + per.group(), cursor + per.end()) if per else (unit, cursor)


def _looks_like_year(token: str, value: float, scale: re.Match[str] | None) -> bool:
    return not scale and token.isdigit() and len(token) == 4 and 1900 <= value <= 2100


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


def format_value(value: float, language: str) -> str:
    """A number as the answer's language writes it: 1.500 and 2,5 in Indonesian; 1,500 and 2.5 in English."""
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")
    if language == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text
