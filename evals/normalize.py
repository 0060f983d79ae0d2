"""Text normalisation shared by the metrics: citation marks, accents, hyphens, number formats, stop words."""

from __future__ import annotations

import re
import unicodedata

from index.language import SCALE_WORDS

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
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "satu": "1",
    "dua": "2",
    "tiga": "3",
    "empat": "4",
    "lima": "5",
    "enam": "6",
    "tujuh": "7",
    "delapan": "8",
    "sembilan": "9",
    "sepuluh": "10",
    "seribu": "1000",
    "seratus": "100",
    "sejuta": "1000000",
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")
_NON_WORD = re.compile(r"[^\w\s]")
_STOPWORDS_EN = """
a an the of to in on at by for from with and or but is are was were be been being has have had do does
did it its this that these those as into than then there their they them he she his her we our you your
i not no will would can could may might should about after before over under also just only which who
whom whose what when where why how said says say according
"""
_STOPWORDS_ID = """
yang dan di ke dari pada untuk dengan ini itu tersebut adalah akan telah sudah juga atau tidak bahwa
dalam oleh sebagai karena agar bisa dapat lebih secara para serta saat ia dia mereka kami kita nya pun
lah kah apa siapa kapan mana berapa mengapa bagaimana kata mengatakan menurut sebelumnya sementara itu
hal
"""
STOPWORDS = frozenset(_STOPWORDS_EN.split()) | frozenset(_STOPWORDS_ID.split())


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
