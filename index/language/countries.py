"""Country names in English and Indonesian (ISO 3166 names and their Indonesian translations from pycountry),
with the short forms the news writes ("Rusia" for "Federasi Rusia"), lower-cased."""

from __future__ import annotations

import gettext
import re
from functools import cache

# Names the news uses that the ISO names and their translation lack, by the ISO name of the country.
SHORT_NAMES = {
    "tiongkok": "china",
    "russia": "russian federation",
    "amerika": "united states",
    "inggris": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "prancis": "france",
}
# Short forms news uses for a country's name, by the name's words ("lawan Korsel" for Korea Selatan).
COUNTRY_ABBREVIATIONS = {
    "korsel": "korea selatan",
    "korut": "korea utara",
    "as": "amerika serikat",
    "ri": "republik indonesia",
    "uea": "uni emirat arab",
    "uae": "united arab emirates",
    "us": "united states",
    "usa": "united states",
    "uk": "united kingdom",
}
_STATE_WORDS = re.compile(
    r"^(?:federasi|republik|kerajaan|keamiran|negara|kesultanan|the|federation of|republic of|kingdom of|state of)\s+",
    re.IGNORECASE,
)


@cache
def country_names() -> frozenset[str]:
    return frozenset(form for group in country_groups() for form in group)


@cache
def country_groups() -> tuple[frozenset[str], ...]:
    """Each country's names, English and Indonesian, lower-cased: its ISO name, common name and their Indonesian
    translations, each also without its head ("iran" of "Iran, Islamic Republic of") and state word ("Federasi")."""
    import pycountry

    try:
        indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"]).gettext
    except OSError:  # a pycountry without its locales: English names only
        indonesian = str
    groups = []
    for country in pycountry.countries:
        forms: set[str] = set()
        for name in {country.name, getattr(country, "common_name", None) or country.name}:
            for form in (name, indonesian(name)):
                form = form.split(",")[0].strip().lower()  # "Iran, Islamic Republic of": the head
                forms |= {form, _STATE_WORDS.sub("", form)}
        groups.append(forms)
    for short, full in {**SHORT_NAMES, **COUNTRY_ABBREVIATIONS}.items():
        for forms in groups:
            if full in forms:
                forms.add(short)
    return tuple(frozenset(forms - {""}) for forms in groups if forms - {""})


def leading_country(words: list[str]) -> int:
    """How many leading words of a person's name are a country ('China Wang Yi' -> 1): the country ends the
    role before the name. A name of two or more words must remain ('Jordan Henderson' -> 0)."""
    for cut in (2, 1):
        if len(words) - cut >= 2 and " ".join(words[:cut]).lower() in country_names():
            return cut
    return 0
