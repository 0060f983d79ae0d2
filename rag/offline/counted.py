"""What a how-many question counts, and how many things a question asks for."""

from __future__ import annotations

import re

from index.language import (
    DURATION_WORDS,
    ENGLISH_COUNTED,
    FUNCTION_WORDS,
    MONTH_WORDS,
    NUMBER_WORDS,
    SCALE_WORDS,
    SEVERAL_ASKED,
    indonesian,
    phrase_pattern,
)
from rag.text import tokenize

# "berapa unit kapasitas", "berapa potensi cadangan emas": the noun right after "berapa"
BERAPA_NOUN = re.compile(rf"\bberapa\s+(?:(?:{'|'.join(indonesian.AMOUNT_BEFORE_NOUN)})\s+)?(\w+)")

_SEVERAL = phrase_pattern(SEVERAL_ASKED)
_NUMBER_BEFORE_NOUN = re.compile(r"\b(\w+)\s+(?=([^\W\d_]{3,})\b)")
LISTED_AT_MOST = 4  # "siapa saja": the names a sentence lists, up to this many


def several(lowered: str) -> int:
    """How many things the question asks for: a number word or digit before a noun ("two deep earthquakes", "dua
    pemain"), or a word asking for several ("siapa saja": up to LISTED_AT_MOST)."""
    for match in _NUMBER_BEFORE_NOUN.finditer(lowered):
        word, noun = match.group(1), match.group(2)
        if noun in DURATION_WORDS or noun in MONTH_WORDS or noun in SCALE_WORDS:  # "dua tahun", "2 September"
            continue
        value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if isinstance(value, int) and 2 <= value <= 10:
            return value
    return LISTED_AT_MOST if _SEVERAL.search(lowered) else 1


def counted_word(lowered: str) -> str | None:
    """The first content word after 'how many' / 'berapa jumlah' ('spectators', 'wajib'), as written."""
    match = HOW_MANY.search(lowered)
    words = [w for w in tokenize(match.group(1))[:3] if w not in FUNCTION_WORDS] if match else []
    return words[0] if words else None


HOW_MANY = re.compile(r"\b(?:how many|number of|berapa(?: banyak| jumlah)?|jumlah)\s+(.{0,60})")


def counted(lowered: str) -> frozenset[str]:
    """The counted noun after 'how many' / 'berapa' (mapped to Indonesian forms), if the language knows it."""
    match = HOW_MANY.search(lowered)
    if not match:
        return frozenset()
    words = tokenize(match.group(1))[:4]
    if len(words) > 1 and words[0] in indonesian.NOUN_CLASSIFIERS and words[1] not in FUNCTION_WORDS:
        # "berapa butir amunisi": "20 butir" or "2.000 amunisi"; "berapa orang pengurus": "55 pengurus"
        people = counted_forms(words[:1]) if words[0] in indonesian.PERSON_CLASSIFIERS else frozenset()
        return frozenset(words[:2]) | people
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]  # "aircraft carriers", "kapal induk" before "aircraft"
    pairs = [p for p in pairs if p in indonesian.COUNTED_NOUNS or p in ENGLISH_COUNTED]
    berapa = BERAPA_NOUN.search(lowered)
    if berapa and not pairs and berapa.group(1) not in FUNCTION_WORDS:  # Indonesian puts the head noun first:
        return counted_forms([berapa.group(1)])  # "berapa potensi cadangan emas" asks no count of "emas"
    return counted_forms(pairs + words)


def counted_forms(words: list[str]) -> frozenset[str]:
    """The first counted noun the languages know among `words`, with its forms in both languages."""
    for word in words:
        word = word[:-3] if word.endswith("nya") and len(word) > 5 else word
        if word in indonesian.COUNTED_NOUNS:  # with the nouns that translate alike ("pasukan", "tentara": troops)
            english_forms = set(indonesian.COUNTED_NOUNS[word])
            return frozenset({word}).union(*(ENGLISH_COUNTED.get(e, frozenset()) for e in english_forms))
        if word in ENGLISH_COUNTED:
            return ENGLISH_COUNTED[word] | {word}
    return frozenset()
