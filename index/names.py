"""Names in news text: the person or body a phrase names (roles and titles kept apart from a person's name), the
words an article uses as places, the people it introduces with a role, and joint speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.language import (
    ANAPHORS,
    COMPASS_WORDS,
    FUNCTION_WORDS,
    GROUP_PRONOUNS,
    HONORIFICS,
    LANGUAGES,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    QUOTE_TAGS_MORE,
    REGION_ABBREVIATIONS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SAY_BEFORE_NAME,
    SPEAKER_PRONOUNS,
    SPEAKER_ROLE_WORDS,
    english,
    phrase_pattern,
)
from index.language.countries import leading_country
from index.language.indonesian import ACTIVE_VERB, is_common_word

PERSON_PRONOUNS = SPEAKER_PRONOUNS
MORE_ROLE_WORDS = SPEAKER_ROLE_WORDS
_WORD = re.compile(r"[\w’'.&-]+|\([^)]*\)")
_NOT_NAME_WORDS = (
    ROLE_WORDS
    | MORE_ROLE_WORDS
    | ORGANISATION_WORDS
    | PLACE_WORDS
    | COMPASS_WORDS
    | HONORIFICS
    | FUNCTION_WORDS
    | frozenset(REGION_ABBREVIATIONS)  # "Walhi Sumsel Hairul Sobri": a province written short is no name's word
)


# 'dari' and 'from' also come before people ('peringatan dari Presiden ...'): not place markers here
_LOCATIVES = {w for lang in LANGUAGES.values() for w in lang.LOCATIVE_WORDS} - {"dari", "from"}
_PLACE_AFTER = re.compile(
    r"\b(?:" + "|".join(sorted(_LOCATIVES, key=len, reverse=True)) + r")\s+"
    r"((?:[A-Z][\w'’-]*)(?:[ ]+[A-Z][\w'’-]*){0,2})"
)


# A verb of saying before a name is not part of it: 'Menurut data ...' names no one, and a scrape glues one to a name
# ('tambahnya,Sambung Syafi Djohan').
_SAY_VERB_FIRST = re.compile(r"^(?i:" + phrase_pattern(SAY_BEFORE_NAME + QUOTE_TAGS_MORE).pattern + r")\s+")


@dataclass(frozen=True)
class Name:
    text: str  # as the article writes it, titles and roles stripped: "Farah Dakhlallah", "Badan ... (NIS)"
    kind: str  # "person" | "body" (a body, a country, or a role without a name: "Menteri Pertahanan AS")
    role: str = ""  # the role written with a person: "Juru bicara NATO"


_NO_NAME_ALONE = FUNCTION_WORDS | ANAPHORS | PERSON_PRONOUNS | GROUP_PRONOUNS
_ROLES = ROLE_WORDS | MORE_ROLE_WORDS
_OPENERS = _ROLES | HONORIFICS | COMPASS_WORDS


def read_name(phrase: str, places: frozenset[str] = frozenset()) -> Name | None:
    """The name a speaker phrase gives: a person (the trailing run of name words, roles and titles before it
    kept as the role), else a body as written; None when the phrase names no one. `places`: lower-case words
    the article uses as places ('di Rusia'), which end a body's name rather than start a person's."""
    phrase = re.sub(r"\s+", " ", phrase).strip(" -–—'’\"“”,")
    phrase = phrase[:-1] if phrase.endswith(".") and not re.search(r"\b[A-Z]\.$", phrase) else phrase
    phrase = _drop_repeated_parenthesis(re.sub(r"^(?:the|The)\s+", "", _SAY_VERB_FIRST.sub("", phrase)))
    words = _WORD.findall(phrase)
    if not words or len(words) > 24 or not any(w[:1].isupper() for w in words):
        return None
    if len(words) == 1 and acronym(words[0]):
        return Name(words[0], "body")
    if len(words) == 1 and words[0].lower() in _NO_NAME_ALONE:
        return None
    run = _person_run(words, places)
    if run:
        name = " ".join(words[-run:])
        role = phrase[: phrase.rindex(words[-run])].strip(" ,")
        return Name(name, "person", role if role[:1].isupper() or role_like(role) else "")
    first_capital = next(i for i, w in enumerate(words) if w[:1].isupper())
    described = [w for w in words if w[:1].islower() and w.lower() not in FUNCTION_WORDS]
    if len(described) > 2 or any(ACTIVE_VERB.fullmatch(w) for w in described):
        return None  # a description or a clause, not a name
    if first_capital and not role_like(" ".join(words[:first_capital])):
        rest = read_name(phrase[phrase.index(words[first_capital]) :], places)
        return rest if rest and rest.kind == "body" else None  # 'kurs referensi Jisdor BI'; not 'riwayat X'
    elif phrase.split()[0].lower() in _ROLES and phrase[:1].isupper():
        rest = phrase.split(" ", 1)[1] if " " in phrase else ""
        if rest[:1].isupper() and any(w.lower() in ORGANISATION_WORDS for w in rest.split()):
            phrase = rest  # 'Aktivis Wahana Lingkungan Hidup (Walhi) ...': the body it speaks for
    return Name(phrase, "body")


def _person_run(words: list[str], places: frozenset[str]) -> int:
    """How many trailing words are a person's name: capitalised words that are no role, title, body, place or
    acronym. A dictionary word opens the name only after a role, a title, an acronym or a place ('Menlu Kim
    Hong-kyun', 'Rusia Maria Zakharova'), not inside a body's name ('Badan ... Darurat Nasional Carl Smith')."""
    start = len(words)
    while start > 0 and len(words) - start < 4:
        word = words[start - 1]
        bare = word.lower().strip(".,’'")
        initial = _initial(word)
        after_role = start >= 2 and words[start - 2].lower() in ROLE_WORDS and bare in ROLE_MODIFIERS
        if not _name_word(word) or (bare in _NOT_NAME_WORDS and not initial) or bare in places or after_role:
            break
        start -= 1
    end = len(words)
    while start < end - 1 and _common(words[start]) and not (start == 0 or _opens_name(words[start - 1], places)):
        start += 1
    start += leading_country(words[start:])  # 'Menteri Luar Negeri China Wang Yi'
    count = end - start
    if count == 0:
        return 0
    before = words[:start]
    if count > 1 and not before and all(_common(w) for w in words[start:]):
        return 0  # 'Angkatan Laut': dictionary words, a body
    if before and not (_opens_name(before[-1], places) or role_like(" ".join(before))):
        return 0  # 'Intelijen militer Ukraina', 'Pemerintah Bahama': a body
    if count == 1 and before and acronym(before[-1]) and not role_like(" ".join(before)):
        return 0  # 'KJRI Chicago': a body and its place
    return count


def acronym(word: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", word)
    return len(letters) >= 2 and letters.isupper()


def _opens_name(word: str, places: frozenset[str]) -> bool:
    """A word after which a person's name may start: a role, a title, an acronym, a place, a comma."""
    bare = word.lower().strip(".,’'")
    return bare in _OPENERS or bare in places or acronym(word) or _initial(word) or word.endswith((",", ")"))


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def _name_word(word: str) -> bool:
    # acronyms (NATO, MMKSI, AS) are bodies and places, not people's names
    return word[:1].isupper() and not word.startswith("(") and not acronym(word)


def _common(word: str) -> bool:
    bare = word.lower().strip(".,’'")
    return not _initial(word) and (is_common_word(bare) or bare in english.FUNCTION_WORDS)


def _drop_repeated_parenthesis(phrase: str) -> str:
    """'Korea Selatan (Korea Selatan)' -> 'Korea Selatan': a parenthesis that only repeats the name."""
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", phrase)
    if match and match.group(1).strip().lower() == match.group(2).strip().lower():
        return match.group(1).strip()
    return phrase


def base_word(word: str) -> str:
    """'sumber-sumber' -> 'sumber' (a plural by reduplication)."""
    parts = word.split("-")
    return parts[0] if len(parts) == 2 and parts[0] == parts[1] else word


def role_like(phrase: str) -> bool:
    words = [base_word(w.lower()) for w in phrase.split()]
    roles = ROLE_WORDS | MORE_ROLE_WORDS | HONORIFICS
    return bool(words) and (words[0] in roles or " ".join(words[:2]) in roles)


def joint_name(name: Name, text: str) -> Name:
    """'Korea Selatan dan Amerika Serikat' speaking together: 'Korea Selatan & Amerika Serikat', two short names
    of capitalised words (so 'Badan Pajak dan Retribusi Daerah' or 'Centre for Strategic and International
    Studies' stay one body)."""
    parts = re.split(r"\s+(?:dan|serta|and)\s+", name.text)
    words = [p.split() for p in parts]
    body_words = ORGANISATION_WORDS | ROLE_WORDS
    if len(parts) == 2 and all(
        0 < len(w) <= 3 and all(x[:1].isupper() for x in w) and w[0].lower() not in body_words for w in words
    ):
        return replace(name, text=" & ".join(parts))
    return name


def person_named(sentence: str, places: frozenset[str]) -> Name | None:
    """The person a following 'Dia' may mean: the one a sentence opens with ('Putin, yang ...'), else the last
    one it names ('... peringatan dari Presiden Ukraina Volodymyr Zelensky ...')."""
    if not sentence.rstrip().endswith((".", "!", "?", "”", '"')):
        return None  # a heading ('Rincian Pengiriman Pasukan') names no one
    found = []
    for match in re.finditer(r"(?:[A-Z][\w'’-]*)(?:[ ]+[A-Z][\w'’-]*){0,5}", sentence):
        words = match.group().split()
        if match.start() == 0 and all(is_common_word(w.lower()) for w in words):
            continue
        name = read_name(match.group(), places)
        if name and name.kind == "person" and (match.start() == 0 or name.role):
            if match.start() == 0:
                return name
            found.append(name)
    return found[-1] if found else None


def people_named(text: str, places: frozenset[str]) -> list[str]:
    """People's names of two words or more the text writes anywhere, for folding a speaker's shorter name."""
    found = []
    for match in re.finditer(r"(?:[A-Z][\w'’-]*)(?:[ ]+[A-Z][\w'’-]*){1,5}", text):
        name = read_name(match.group(), places)
        if name and name.kind == "person" and " " in name.text and name.role:
            found.append(name.text)  # introduced with a role or a title: 'Presiden Ukraina Volodymyr Zelensky'

    return found


def place_words(text: str) -> frozenset[str]:
    """Lower-case words the article writes as places (the capitalised words after 'di', 'ke', 'dari', 'in' ...)
    or as a body's short name in brackets ('(Walhi)', '(NIS)'): they end a body's name, never start a person's."""
    places = {w.lower() for m in _PLACE_AFTER.finditer(text) for w in m.group(1).split()}
    places -= ORGANISATION_WORDS | ROLE_WORDS | HONORIFICS
    places |= {m.group(1).lower() for m in re.finditer(r"\(([A-Z][\w-]+)\)", text)}
    return frozenset(places)


def expand_acronym(name: str, text: str) -> str:
    """'NIS' -> 'Badan Intelijen Nasional Korea Selatan (NIS)' when the text spells the acronym out once."""
    if not (name.isupper() and 2 <= len(name) <= 8):
        return name
    match = re.search(
        r"((?:[A-Z][\w'’-]*\s+(?:(?:dan|and|of|untuk|for|the)\s+)?){1,8})\(" + re.escape(name) + r"\)", text
    )
    return f"{match.group(1).strip()} ({name})" if match else name
