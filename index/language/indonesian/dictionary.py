"""Indonesian root words and derived forms, from the dictionary PySastrawi ships."""

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _root_words() -> frozenset[str]:
    """Indonesian root words (the dictionary PySastrawi ships, from KBBI)."""
    try:
        data = resources.files("Sastrawi.Stemmer").joinpath("data/kata-dasar.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(data.split())


def is_common_word(word: str) -> bool:
    """A dictionary word or a derived form of one ("Delegasi", "Pengungsi" from "ungsi")."""
    lowered = word.lower()
    return lowered in _root_words() or _stem(lowered) in _root_words()


def is_derived_word(word: str) -> bool:
    """A noun made from a dictionary root by ke-/pe(r)- ... -an ("Pertahanan" from "tahan", "Kesehatan" from
    "sehat"), or a borrowed abstract noun in -si ("Operasi", "Komunikasi"): an office's or a body's word, which
    personal names ("Kurniawan", "Hadi") are not."""
    lowered = word.lower()
    if len(lowered) >= 6 and lowered.endswith(("asi", "isi", "usi", "ksi", "esi", "osi")):
        return lowered in _root_words()
    if not (lowered.startswith(("ke", "pe")) and lowered.endswith("an")):
        return False
    root = _stem(lowered)
    return root != lowered and root in _root_words()


@lru_cache(maxsize=20_000)
def _stem(word: str) -> str:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return _stemmer(StemmerFactory).stem(word) if word.isalpha() else word


@lru_cache(maxsize=1)
def _stemmer(factory: type):
    return factory().create_stemmer()
