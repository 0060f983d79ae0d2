"""English words as Indonesian spells them when it borrows them: the spelling rules of the Pedoman Umum
Pembentukan Istilah ('location' is 'lokasi', 'police' 'polisi', 'technology' 'teknologi', 'truck' 'truk',
'active' 'aktif', 'structure' 'struktur').

`english_key` and `indonesian_key` reduce a word to a spelling both languages' forms of a borrowed word share, so
an English question's words meet an Indonesian sentence's without a dictionary. Only the spelling is compared,
never the meaning: words that are not borrowed ('gold', 'emas') do not meet.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_KEY = 4  # shorter keys ('tim', 'pos') meet too many unrelated words
MIN_PREFIX, MAX_TAIL = 5, 4  # 'semen' / 'sement' (cement), 'motor' / 'motorbik': one key begins the other
# or a key of MIN_KEY letters begins one a letter longer: 'poin' / 'point'


# English endings as Indonesian writes them, tried in order, at the end of the word only
ENGLISH_ENDINGS = (
    ("tional", "sional"),
    ("tion", "si"),
    ("sion", "si"),
    ("ical", "is"),
    ("ity", "itas"),
    ("ive", "if"),
    ("ure", "ur"),
    ("ism", "isme"),
)
# English letters as Indonesian writes them, in order ('c' before e, i, y sounds as 's', else as 'k')
ENGLISH_LETTERS = (
    (r"ph", "f"),
    (r"th", "t"),
    (r"ch", "k"),
    (r"ck", "k"),
    (r"qu", "ku"),
    (r"x", "ks"),
    (r"ou", "u"),
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"(?<=.)y", "i"),
)
_DOUBLE = re.compile(r"([a-z])\1+")
_ENGLISH_PLURAL = re.compile(r"(?<=[^siu])s$")


def _key(word: str) -> str:
    word = _DOUBLE.sub(r"\1", word)
    stripped = word.rstrip("aeiou")
    return stripped if len(stripped) >= MIN_KEY else word


@lru_cache(maxsize=50_000)
def english_key(word: str) -> str:
    """An English word spelled as Indonesian would borrow it, its final vowels dropped ('police' -> 'polis')."""
    word = word.lower()
    if len(word) > 4:
        word = _ENGLISH_PLURAL.sub("", word)
    for ending, written in ENGLISH_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            word = word[: -len(ending)] + written
            break
    for pattern, written in ENGLISH_LETTERS:
        word = re.sub(pattern, written, word)
    return _key(word)


@lru_cache(maxsize=200_000)
def indonesian_key(word: str) -> str:
    """An Indonesian word with its doubled letters single and its final vowels dropped ('polisi' -> 'polis')."""
    return _key(word.lower())


def keys_meet(english: str, indonesian: str) -> bool:
    """The two keys name one borrowed word: equal, or one begins the other and is only a few letters shorter."""
    if len(english) < MIN_KEY or len(indonesian) < MIN_KEY:
        return False
    if english == indonesian:
        return True
    short, long = sorted((english, indonesian), key=len)
    tail = len(long) - len(short)
    return long.startswith(short) and (tail <= MAX_TAIL if len(short) >= MIN_PREFIX else tail == 1)


def borrowed_in(english: str, indonesian_words: set[str] | frozenset[str]) -> bool:
    """Whether an English word stands, as Indonesian borrows it, among these Indonesian words."""
    if not english.isalpha():
        return False
    key = english_key(english)
    if isinstance(indonesian_words, frozenset):  # keys that can meet share their first MIN_KEY letters
        return any(keys_meet(key, other) for other in _keys_by_start(indonesian_words).get(key[:MIN_KEY], ()))
    return any(keys_meet(key, indonesian_key(word)) for word in indonesian_words if word.isalpha())


@lru_cache(maxsize=50_000)
def _keys_by_start(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    starts: dict[str, list[str]] = {}
    for word in words:
        if word.isalpha():
            key = indonesian_key(word)
            starts.setdefault(key[:MIN_KEY], []).append(key)
    return {start: tuple(keys) for start, keys in starts.items()}
