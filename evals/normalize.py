"""Text normalisation shared by the metrics: citation marks, accents, hyphens, number formats, stop words."""

from __future__ import annotations

import re
import unicodedata

from index.language import FUNCTION_WORDS, NUMBER_WORDS, SAY_AFTER_NAME, SAY_BEFORE_NAME, SCALE_WORDS, VAGUE_NUMBERS

CITATION_MARK = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212_-]")
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d)")
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)")
_SCALE = {word: value for word, value in SCALE_WORDS.items() if value >= 100 and " " not in word}
_SCALED = re.compile(
    r"(?<![\d.,])(\d+)(?:[.,](\d{1,2}))?\s*(" + "|".join(sorted(_SCALE, key=len, reverse=True)) + r")\b"
)
_PERCENT = re.compile(r"(?<=\d)\s*%|\bper ?cent\b|\bpercent\b")
_CURRENCY_GLUED = re.compile(r"\brp\.?\s*(?=\d)")
# Number words of exact value ("tujuh", "seribu", "twelve"), not the vague ones ("ribuan") or bare scales ("ratus").
_NUMBER_WORDS = {
    word: str(value)
    for word, value in NUMBER_WORDS.items()
    if " " not in word and word not in VAGUE_NUMBERS and word not in SCALE_WORDS
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")
_NON_WORD = re.compile(r"[^\w\s]")
STOPWORDS = FUNCTION_WORDS | {verb for verb in SAY_BEFORE_NAME + SAY_AFTER_NAME if " " not in verb}


def strip_citation_marks(text: str) -> str:
    return CITATION_MARK.sub(" ", text)


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _scaled(match: re.Match) -> str:
    value = int(match.group(1)) + (int(match.group(2)) / 10 ** len(match.group(2)) if match.group(2) else 0)
    return _format_number(value * _SCALE[match.group(3)])


def normalize(text: str) -> str:
    """Lowercase, strip accents, unify hyphens, spacing and number formats (1.500 = 1,500 = 1 500 = 1500,
    10 ribu = 10 thousand = 10000, 1,2 miliar = 1.2 billion, tujuh = seven = 7, 5% = 5 percent = 5 persen,
    Rp484 = Rp 484), drop punctuation."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _DASHES.sub(" ", text)
    text = _PERCENT.sub(" persen", _CURRENCY_GLUED.sub("rp ", text))
    text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1)], text)
    text = _GROUPED.sub(lambda m: re.sub(r"[.,]", "", m.group(0)), text)
    text = _SPACE_GROUPED.sub(lambda m: re.sub(r"\s", "", m.group(0)), text)
    text = _SCALED.sub(_scaled, text)
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    return normalize(strip_citation_marks(text)).split()


def content_tokens(text: str) -> set[str]:
    return {t for t in tokens(text) if t not in STOPWORDS and (len(t) > 1 or t.isdigit())}
