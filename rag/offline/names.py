"""Does a text mention a name from the question, in either language ("Russia" / "Rusia", "North" / "Utara")."""

from __future__ import annotations

import re
from functools import lru_cache

from index.language import english
from index.language.countries import country_groups

_WORD = re.compile(r"[\w'’-]+")
_ENGLISH_OF: dict[str, set[str]] = {}
for _english, _indonesian in english.NAME_WORDS.items():
    for _form in _indonesian.split("|"):
        _ENGLISH_OF.setdefault(_form, set()).add(_english)


def name_found(name: str, text: str) -> bool:
    forms = name_forms(name)
    words = _words(text)
    if any(form in words or _close(form, words) for form in forms):
        return True
    if any(re.search(rf"\b{re.escape(form)}\b", text, re.IGNORECASE) for form in forms if " " in form):
        return True
    return bool(_spelled_out(name)) and bool(_spelled_out(name).search(text))  # type: ignore[union-attr]


@lru_cache(maxsize=1024)
def _spelled_out(name: str) -> re.Pattern[str] | None:
    """An acronym as the capitalised words it stands for: "GBK", "Gelora Bung Karno"."""
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
        return None
    return re.compile(r"\b" + r"\s+".join(rf"{letter}[a-z'’-]+" for letter in name) + r"\b")


@lru_cache(maxsize=4096)
def name_forms(name: str) -> tuple[str, ...]:
    lowered = re.sub(r"['’]s$", "", name.lower().strip(".,"))
    forms = {lowered, lowered.replace(".", "").replace(",", "")}
    if len(lowered) > 5 and lowered.endswith("ans"):
        forms.add(lowered[:-1])  # a people: "Koreans" -> "korean", then one edit from "korea"
    translated = english.NAME_WORDS.get(lowered)
    if translated:
        forms.update(translated.split("|"))
    forms.update(_ENGLISH_OF.get(lowered, ()))
    forms.update(next((group for group in country_groups() if lowered in group), ()))  # "France": "Prancis"
    for country in _demonym_stems(lowered):  # "Canadian": "Canada", "Kanada"
        forms.update(next((group for group in country_groups() if country in group), ()))
    return tuple(f for f in forms if f)


def _demonym_stems(word: str) -> tuple[str, ...]:
    """The country names an English word for its people may come from: Iranian, Canadian, Korean, Japanese."""
    if word.endswith("ian"):
        return word[:-3], word[:-3] + "a", word[:-1]
    if word.endswith("an"):
        return (word[:-1],)
    if word.endswith("ese"):
        return word[:-3], word[:-3] + "a"
    return ()


@lru_cache(maxsize=2048)
def _words(text: str) -> frozenset[str]:
    lowered = text.lower()
    words = {re.sub(r"['’]s$", "", w).strip("'’") for w in _WORD.findall(lowered)}
    words |= {w.replace(".", "").replace(",", "") for w in re.findall(r"\d[\d.,]*", lowered)}
    words |= {part for w in words if "-" in w for part in (w.replace("-", ""), *w.split("-"))}  # "B-50", "X-Y"
    return frozenset(words)


def _close(form: str, words: frozenset[str]) -> bool:
    """Spelling variants across languages: one edit apart for names of five letters or more."""
    if len(form) < 5 or " " in form:
        return False
    return any(abs(len(w) - len(form)) <= 1 and _one_edit(form, w) for w in _by_start(words).get(form[:2], ()))


@lru_cache(maxsize=20_000)
def _by_start(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    starts: dict[str, list[str]] = {}
    for word in words:
        starts.setdefault(word[:2], []).append(word)
    return {start: tuple(found) for start, found in starts.items()}


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    return any(a == b[:i] + b[i + 1 :] for i in range(len(b)))
