"""Tokens for lexical matching in Indonesian and English: stop words, Indonesian stemming, number forms."""

from __future__ import annotations

import re
from functools import lru_cache

STOPWORDS_ID = frozenset(
    """
terhadap soal mengenai diadakan ada adalah agar akan aku anda antara apa apakah atas atau bagaimana bagi bahwa
baik banyak baru begitu belum berapa bisa bukan dalam dan dapat dari demikian dengan di dia hal hanya harus
hingga ia ialah ini itu jika juga kami kamu kapan karena ke kemudian kepada ketika kita lagi lain lalu maka
mana masih melalui mengapa menurut mereka merupakan nya oleh pada para pun saat saja sama sampai sangat satu
saya sebagai sebelum sedang sehingga sejak selama seperti serta setelah siapa suatu sudah supaya tak tanpa
tapi tentang tersebut tetapi tidak untuk yaitu yakni yang dimana bila pula punya sebuah secara sekitar telah
""".split()
)
STOPWORDS_EN = frozenset(
    """
a about after again against all also am an and any are as at be because been before being between both but by
can could did do does doing during each few for from further had has have having he her here hers him his how
i if in into is it its itself just me more most my no nor not now of off on once only or other our out over
own same she should so some such than that the their them then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your many much
""".split()
)
STOPWORDS = STOPWORDS_ID | STOPWORDS_EN

_TOKEN = re.compile(r"\d+(?:[.,]\d{3})+|\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def normalize_number(token: str) -> str:
    """1.500, 1,500 and 1500 are one number; decimals keep their point."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", token):
        return re.sub(r"[.,]", "", token)
    return token.replace(",", ".")


def tokenize(text: str) -> list[str]:
    tokens = []
    for match in _TOKEN.finditer(text.lower()):
        token = re.sub(r"['’]s$", "", match.group())  # English possessive: russia's -> russia
        tokens.append(normalize_number(token) if token[0].isdigit() else token)
    return tokens


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    if token[0].isdigit() or len(token) <= 3:
        return token
    if token.endswith(("ing", "ed", "tion", "ment")) or not re.fullmatch(r"[a-z-]+", token):
        return token
    return _stemmer().stem(token) or token


@lru_cache(maxsize=50_000)
def term_set(text: str) -> frozenset[str]:
    """The content terms of a text as a set, remembered: sentences are scored against every question."""
    return frozenset(content_terms(text))


def content_terms(text: str) -> list[str]:
    """Stemmed tokens without stop words: what BM25 and the overlap scores compare."""
    return [stem(t) for t in tokenize(text) if t not in STOPWORDS and len(t) > 1]
