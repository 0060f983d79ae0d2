"""Typed answers found in one sentence: people and bodies, places, dates, quantities (reasons: kinds.why). Each
finder returns exact spans of the sentence, so the answer line can quote the source's own words."""

from __future__ import annotations

import re

from index.language import (
    COMPASS_WORDS,
    DEGREES,
    FUNCTION_WORDS,
    HONORIFICS,
    LAW_HEADS,
    LEGAL_FORMS,
    MONTH_WORDS,
    ORGANISATION_WORDS,
    PLACE_ENDS,
    PLACE_WORDS,
    REGION_ABBREVIATIONS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SAY_BEFORE_NAME,
    THING_ENDS,
    THING_HEADS,
    THING_NOUNS,
    WEEKDAY_WORDS,
    WHOLE_BODY_NAMES,
    english,
    indonesian,
    phrase_pattern,
)
from index.language.countries import country_names, leading_country
from index.language.indonesian import is_common_word, is_derived_word
from rag.offline.found import Found as Found
from rag.offline.found import dates_in as dates_in
from rag.offline.found import quantities_in as quantities_in
from rag.offline.found import quantity_value as quantity_value
from rag.offline.found import remembered as remembered

# A run of capitalised words, allowing the lower-case particles inside names ("bin", "van", "de", "van der").
# A run never crosses a line break or a sentence end ("... di Rusia. Maria Zakharova" is two runs).
CAPITALISED_RUN = re.compile(
    r"(?:[A-Z][\w'’.-]*|\d+)(?:(?<![^\W\d_]{3}\.)[ \t]+"
    r"(?:(?:bin|binti|van|de|des|der|den|du|al|el|da|dos|von|la)[ \t]+){0,2}"
    r"(?:[A-Z]\.(?=[ \t]+[A-Z])|No\.[ \t]*\d+\b|[A-Z][\w'’-]*|\d+\b))*"  # "Jalan A. Yani No. 6"
)
_LOCATIVE = phrase_pattern(indonesian.LOCATIVE_WORDS + english.LOCATIVE_WORDS)
# "dari" / "from" also name whose or which source ("agen dari Klopp", "dari AFP", "from the ministry"), so a name
# after one is no place by that alone (places_in reads them the same way)
PLACING_WORDS = tuple(w for w in indonesian.LOCATIVE_WORDS + english.LOCATIVE_WORDS if w not in ("dari", "from"))
_PLACING = phrase_pattern(PLACING_WORDS)
_NAME_PARTICLES = frozenset("bin binti van de des der den du al el da dos von la".split())
NOT_NAME = (
    FUNCTION_WORDS
    | MONTH_WORDS
    | WEEKDAY_WORDS
    | frozenset(w for w in SAY_BEFORE_NAME if " " not in w)  # "Kata Marco ...": the verb opens the sentence
    | frozenset(
        "wib wita wit gmt utc ini itu hal namun selain sementara bahkan kemudian selanjutnya adapun "
        "sedangkan jadi".split()
    )
)

_NOT_NAME_OR_TITLE = NOT_NAME | HONORIFICS
_NOT_NAME_END = NOT_NAME | _NAME_PARTICLES | DEGREES
_ROLE_OR_TITLE = ROLE_WORDS | HONORIFICS


@remembered
def names_in(sentence: str, places: frozenset[str] = frozenset()) -> list[Found]:
    """People and bodies named in the sentence; leading titles and roles stripped from people."""
    found: list[Found] = []
    for match in CAPITALISED_RUN.finditer(sentence):
        words, start = without_sentence_opener(match.group().split(), match.start(), sentence)
        while words and (words[0][0].isdigit() or words[0].lower().strip(".") in _NOT_NAME_OR_TITLE):
            if words[0].isupper() and words[0].lower() in MONTH_WORDS and len(words) > 1:  # "APRIL Group": a name
                break
            start += len(words[0]) + 1
            words = words[1:]
        while words and _degree_free(words[-1]) in _NOT_NAME_END:  # "Ahmad Syafiq MSc"
            words = words[:-1]
        if not words or all(w[0].isdigit() for w in words):
            continue
        kind = "place" if all(w.lower().strip(".,") in places for w in words) else _name_kind(words, sentence, start)
        if kind != "place" and len(words) <= 3 and _in_address(found, sentence, start):
            kind = "place"  # "di Staples Center, Los Angeles, California": each part of an address is a place
        if kind == "person":  # "Korea Selatan Georgiy Zinoviev": the place before a name is not part of it
            name = _trailing_name(words, places)
            start += len(" ".join(words)) - len(" ".join(name)) if name else 0
            words = name or words
        text = " ".join(words).rstrip(".,")
        if kind:
            found.append(Found(text, start, start + len(text), kind))
    return found


def _in_address(found: list[Found], sentence: str, start: int) -> bool:
    """Right after ", " that ends a list of places ("di A, B, ") whose first part follows a locative."""
    first = start
    for item in reversed(found):  # back through the list to its first part
        if item.kind != "place" or not re.fullmatch(r",\s*", sentence[item.end : first]):
            break
        first = item.start
    before = sentence[max(0, first - 25) : first].split()
    return first != start and bool(before) and bool(_LOCATIVE.search(before[-1]))


def _name_kind(words: list[str], sentence: str, start: int) -> str | None:
    lowered = [w.lower().strip(".,") for w in words]
    if lowered[0] in PLACE_WORDS or all(w in REGION_ABBREVIATIONS for w in lowered):
        return "place"
    if (len(words) >= 2 and lowered[-1] in PLACE_ENDS) or " ".join(lowered) in country_names():
        return "place"  # "Ho Chi Minh City"; "Indonesia" after "wakil" is no one's name
    if any(w in ORGANISATION_WORDS for w in lowered) or all(w.isupper() and len(w) > 1 for w in words):
        return "body"  # "PP KAGAMA", "KPK": acronyms name bodies
    if lowered[-1] in COMPASS_WORDS or lowered[0] in COMPASS_WORDS:
        return "place"
    if any(w in ROLE_WORDS for w in lowered) and not _role_surname(lowered):
        return None  # a role phrase; people_in finds a name that follows the role
    if lowered[0] in LAW_HEADS:
        return None  # "UU Perdagangan": a regulation, no one's name
    before = sentence[max(0, start - 25) : start].lower()
    if THING_HEADS.intersection(lowered) or (len(words) >= 2 and lowered[-1] in THING_ENDS):
        return "thing"  # "Liga Europa", "Venice Film Festival": an event's or a prize's name, no one's
    if _PLACING.search(before.split()[-1] if before.split() else "") and len(words) <= 3:
        return "place"
    if any(w.isdigit() for w in words):
        return "thing"  # "Musim 2018", "SMA Negeri 3": a numbered thing or body, no one's name
    if _titled(before):
        return "person"
    if len(words) >= 2 and all(is_common_word(w) or w.lower() in country_names() for w in lowered):
        return "body"  # "Angkatan Laut Inggris", "Perguruan Tinggi": dictionary words (and a country), a body
    if before.split() and before.split()[-1] in THING_NOUNS:
        return "thing"  # "mobil Toyota Avanza"; not "kapal Angkatan Laut", a body of dictionary words
    if len(words) >= 2:
        return "person"
    if any(w in ORGANISATION_WORDS for w in before.split()[-3:]):  # "perusahaan analisis data YouGov"
        return "body"
    return None


def _role_surname(lowered: list[str]) -> bool:
    """An Indonesian role word ending a name whose other words are no dictionary words: "Christine Hakim"."""
    *given, last = lowered
    return (
        1 <= len(given) <= 2
        and last in indonesian.ROLE_WORDS
        and not any(w in ROLE_WORDS or is_common_word(w) for w in given)
    )


def _titled(before: str) -> bool:
    last = before.split()[-1].strip(".") if before.split() else ""
    return last in HONORIFICS or last in ROLE_WORDS or last in indonesian.SAY_BEFORE_NAME


@remembered
def people_in(sentence: str, places: frozenset[str] = frozenset()) -> list[Found]:
    """Person names, including a name that follows a role inside one capitalised run."""
    found = []
    for match in CAPITALISED_RUN.finditer(sentence):
        words, begin_run = without_sentence_opener(match.group().split(), match.start(), sentence)
        while words and _degree_free(words[-1]) in DEGREES:
            words = words[:-1]
        offsets = _word_offsets(sentence[begin_run : match.end()], begin_run)
        roles = [i for i, w in enumerate(words) if w.lower().strip(".,") in _ROLE_OR_TITLE]
        if roles and roles[-1] == len(words) - 1 and len(roles) > 1 and roles[-2] < len(words) - 2:
            roles.pop()  # "Director APRIL Group Agung Laksamana": a rank's word ending the run is a surname
        last_role = max(roles, default=-1)
        while 0 <= last_role < len(words) - 1 and words[last_role + 1].lower() in ROLE_MODIFIERS:
            last_role += 1  # "Sekretaris Pribadi Habibie", "Menteri Negara Setya Utama": the role goes on
        if last_role < 0:  # "Badan Manajemen Darurat Nasional Carl Smith": a body's name, then a person's
            last_role = max((i for i, w in enumerate(words) if w.lower().strip(".,") in ORGANISATION_WORDS), default=-1)
            if last_role < 0 or len(words) - last_role < 3:
                continue
        tail = _trailing_name(words[last_role + 1 :], places)
        head = words[len(words) - len(tail) - 1].strip(".,") if tail and len(tail) < len(words) else ""
        # "Direktur PT Astra Daihatsu Motor": a company, not a name; "Ketua MPR Hidayat Nur Wahid": a body's
        # acronym, then its chair's name
        whole = (head.isupper() and head.lower() not in LEGAL_FORMS) or head.lower() in WHOLE_BODY_NAMES
        company = head.lower() in ORGANISATION_WORDS and not whole
        if tail and not company and not _office_goes_on(tail, sentence, match.end()):
            begin = offsets[len(words) - len(tail)] if len(tail) <= len(words) else begin_run
            text = " ".join(tail)
            found.append(Found(text, begin, begin + len(text), "person"))
    found += [
        f
        for f in names_in(sentence, places) + _apposed_people(sentence, places)
        if f.kind == "person" and not any(o.start <= f.start < o.end for o in found)
    ]
    unique = {(f.start, f.end): f for f in found}.values()  # a name found by two readings once
    return sorted((_without_leading_country(f) for f in unique), key=lambda f: f.start)


_JOINED_ON = re.compile(r"\s+(?:dan|and|&)\s+[A-Z]")


def _office_goes_on(tail: list[str], sentence: str, end: int) -> bool:
    """Dictionary words joined to a capitalised word by "dan" name an office or a body that goes on, not a
    person: "Menteri Pemuda dan Olahraga", "Menteri Kelautan dan Perikanan"."""
    return bool(_JOINED_ON.match(sentence, end)) and all(is_common_word(w) for w in tail)


def _without_leading_country(person: Found) -> Found:
    cut = leading_country(words := person.text.split())
    if not cut:
        return person
    rest = " ".join(words[cut:])
    start = person.start + person.text.index(rest, len(" ".join(words[:cut])))
    return Found(rest, start, start + len(rest), person.kind, person.detail)


_APPOSITION = re.compile(r"(?:^|(?<=[\s\"“(]))([A-Z][a-z][\w'’-]+),\s+([a-z]+)\b")
# "Sekretaris Pribadi Habibie, Rubijanto, dalam ...": one name set off after a role's capitalised run
_ROLE_THEN_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,6}[A-Z][\w'’.-]*),\s+([A-Z][a-z][\w'’-]+)(?=\s*,)")
# "kapal bernama Sinar Harapan", "benteng yang awalnya bernama Rustenburg": a made thing's name or a former name
_THING_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(THING_NOUNS, key=len, reverse=True)) + r")\s+(?:yang\s+)?$"
    r"|\b(?:awalnya|dulunya|semula|sebelumnya|formerly|originally)\s+$",
    re.IGNORECASE,
)
_NAMED = re.compile(
    r"\b(?:bernama|named)\s+([A-Z][a-z][\w'’-]+(?:[ \t]+[A-Z][a-z][\w'’-]+){0,3})\b(?![ \t]+[A-Z])"
    r"|(?<![\w.])([A-Z][a-z][\w'’-]+)\s+\(\d{1,2}\)"
)


def _apposed_people(sentence: str, places: frozenset[str]) -> list[Found]:
    """A single name set off by a role ("Sugiarto, ayah Kevin, ..."), after "bernama" / "named", or before an age
    in brackets ("seorang saksi bernama Misliati (60)")."""
    marked = [(m.group(1), m.start(1), m.group(2) in ROLE_WORDS) for m in _APPOSITION.finditer(sentence)]
    marked += [
        (m.group(m.lastindex), m.start(m.lastindex), not _THING_BEFORE.search(sentence[: m.start()]))
        for m in _NAMED.finditer(sentence)
    ]
    marked += [
        (m.group(2), m.start(2), any(w.lower() in ROLE_WORDS for w in m.group(1).split()))
        for m in _ROLE_THEN_NAME.finditer(sentence)
    ]
    return [
        Found(name, start, start + len(name), "person")
        for name, start, roled in marked
        if roled and not any(w in _NOT_PERSON or w in places for w in name.lower().split()) and not is_common_word(name)
    ]


_NOT_PERSON = (
    ORGANISATION_WORDS
    | PLACE_WORDS
    | REGION_ABBREVIATIONS
    | ROLE_WORDS
    | HONORIFICS
    | COMPASS_WORDS
    | NOT_NAME
    | LAW_HEADS
    | THING_ENDS  # "pemenang Academy Award Tommy Lee Jones": the name after the prize
)


def _trailing_name(words: list[str], places: frozenset[str]) -> list[str]:
    """The last one to five words of a run that look like a personal name (no organisation or place words)."""
    name: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        lowered = word.lower().strip(".,")
        left_word = words[index - 1].strip(".,") if index else ""
        surname = not name and lowered in HONORIFICS and left_word.lower() not in _NOT_PERSON  # "Agung Laksamana"
        if ((lowered in _NOT_PERSON or lowered in places) and not surname) or word.isupper() or word[0].isdigit():
            break
        left = left_word.lower()
        # "Badan Intelijen Nasional Hong Jang-won": "Nasional" ends a phrase of ordinary words, not the name;
        # "AKBP Agung Gema Sakti", "Ketua MPR Hidayat Nur Wahid": after a title or an acronym the name begins
        ordinary_left = not left_word.isupper() and (
            left in ORGANISATION_WORDS or (is_common_word(left) and left not in COMPASS_WORDS)
        )
        if is_derived_word(lowered):  # "Menteri Pertahanan Lloyd Austin", "Kehadiran Robert di ...": no name's word
            # "Koordinator Kesejahteraan Rakyat", "Badan Penanggulangan Bencana Daerah": dictionary words after a
            # derived noun of an office or a body name no one
            return [] if all(is_common_word(w) for w in name) else name
        if len(name) >= 2 and is_common_word(lowered) and ordinary_left:  # not "Jawa Barat Agus Setiawan"
            break
        name.insert(0, word.strip(".,"))
        if len(name) == 5:  # "Asep Noordin Hadi Mustofa Muhammad"
            break
    return name


_KEPT_OPENERS = ROLE_WORDS | HONORIFICS | PLACE_WORDS | ORGANISATION_WORDS


def without_sentence_opener(words: list[str], start: int, sentence: str) -> tuple[list[str], int]:
    """A dictionary word that opens the sentence is not part of the place name after it ("Pengungsi Jawa Timur");
    first names that are also words ("Maria", "Budi") and roles, titles and place or organisation heads stay."""
    opens = start == 0 or not sentence[:start].strip() or sentence[:start].rstrip()[-1] in '.!?\n"“”:-–—'
    rest = [w.lower().strip(".,") for w in words[1:]]
    place_follows = bool(rest) and (rest[-1] in COMPASS_WORDS or rest[0] in PLACE_WORDS)  # not "Maria Zakharova"
    if opens and place_follows and is_common_word(words[0].strip(".,")) and words[0].lower() not in _KEPT_OPENERS:
        return words[1:], start + len(words[0]) + 1
    return words, start


def _degree_free(word: str) -> str:
    return word.lower().replace(".", "").strip(",")


def _word_offsets(run: str, base: int) -> list[int]:
    return [base + m.start() for m in re.finditer(r"\S+", run)]
