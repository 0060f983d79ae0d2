"""who: a person (a body or a country when asked), the speaker when the question asks who said it, a person
right after the asked role, the agent of a passive; never an outlet quoted from."""

from __future__ import annotations

import re
from datetime import date

from index.language import (
    AGENT_WORDS,
    CITED_FROM,
    DEPUTY_WORDS,
    GENERIC_ROLES,
    NAMING_WORDS,
    ROLE_ABBREVIATIONS,
    ROLE_HEADS,
    ROLE_LINKS,
    ROLE_TRANSLATIONS,
    ROLE_WORDS,
    english,
    phrase_pattern,
)
from index.language.countries import country_names
from index.language.indonesian import is_common_word
from rag.offline.attribute import speaker_of
from rag.offline.extract import Found, names_in, people_in
from rag.offline.intent import Intent
from rag.offline.kinds.base import ORIGIN_ASKED_PATTERN, ORIGIN_BEFORE, Kind, origins_in
from rag.offline.names import name_found
from rag.offline.places import places_in

_ANY_ROLE = phrase_pattern(ROLE_WORDS)
_OFFICE = phrase_pattern(ROLE_HEADS)  # "Wakil Kepala ...", "Juru Bicara ...": someone's office, not a body
_CITED_FROM = phrase_pattern(CITED_FROM)
_VERB_ASKED = re.compile(r"^\s*who\s+(?:(?:is|was|are|were)\s+)?(?:" + "|".join(english.VERB_ROLES) + r")\b", re.I)
# between a name and its role: "Amelia Tjandra, Marketing Director", "Christine Hakim selaku Ketua"
_ROLE_AFTER_NAME = re.compile(r",?\s*(?:(?:" + "|".join(ROLE_LINKS) + r")\s+)?(?:[A-Z][\w-]*\s+){0,3}")
_DEPUTY_BEFORE = re.compile(phrase_pattern(DEPUTY_WORDS).pattern + r"\s+$", re.IGNORECASE)
_OUTLET_ASKED = re.compile(r"\b(?:media|outlet|newspaper|koran|situs|laman|website|kantor berita|news agency)\b", re.I)
# "dipimpin oleh Wakil Direktur Pertama NIS Hong Jang-won", "oleh ketua partai Budi Santoso": the agent
# word, then only capitalised words and role words
# "dikemudikan oleh pemiliknya bernama Nur Rahmat": or a few words, then a naming word
_AGENT = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in AGENT_WORDS) + r")\s+"
    r"(?:(?:(?:[A-Z][\w.’'-]*|"
    + "|".join(sorted(map(re.escape, ROLE_WORDS), key=len, reverse=True))
    + r"|the)\s+){0,8}|(?:[a-z]\w*\s+){1,3}(?:"
    + "|".join(map(re.escape, NAMING_WORDS))
    + r")\s+)$"
)


def find(intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]) -> list[Found]:
    speaker = speaker_of(sentence, before, places)
    if speaker and speaker.kind == "person" and all(w.lower() in places for w in speaker.text.split()):
        speaker = None
    named = [p for p in people_in(sentence, places) if not all(w.lower() in places for w in p.text.split())]
    in_sentence = speaker is not None and speaker.kind == "person" and speaker.start >= 0  # not "Dia mengatakan"
    if in_sentence and not any(p.start < speaker.end and speaker.start < p.end for p in named):  # no overlap
        named.append(speaker)  # "Kepala Komunikasi Perusahaan Bukalapak Intan Wibisono mengatakan"
    named = [_without_asked_names(p, intent) for p in named]
    people = named
    if intent.role:  # "Kapolres X AKBP Y", else "Y dari <the body the question names>"
        people = (
            _after_role(named, sentence, intent.role)
            or (intent.apposed_role and _after_role(named, sentence, intent.apposed_role))
            or _of_body_asked(named, sentence, intent)
        )
        if not people and _VERB_ASKED.search(intent.text):  # "who directed ...": "film arahan James Gray"
            people = [p for p in named if _by_agent(p, sentence)]
    if intent.wants == "person":
        return people

    def body(f: Found | None) -> bool:  # "Ketua DPRD X Asep Noordin": a run holding a person is that person
        return f is not None and f.kind == "body" and not any(f.start <= p.start and p.end <= f.end for p in named)

    names = names_in(sentence, places)
    bodies = [f for f in names if body(f)]
    if intent.wants == "body":
        return [f for f in ([speaker] if body(speaker) else []) + bodies if not _OFFICE.match(f.text)]
    if intent.wants == "country":  # "which country": a country's name, never a team or a person from there
        named_places = [f for f in names if f.kind in ("place", "body")]
        origins = origins_in(intent, sentence)  # "desainer asal Thailand": a country someone comes from
        found = [f for f in [*places_in(sentence), *named_places, *origins] if f.text.lower() in country_names()]
        return list({(f.start, f.end): f for f in found}.values())
    first = [speaker] if speaker and (intent.asks_statement or not people) else []
    return first + people + bodies


_FROM = re.compile(r"\s*,?\s*(?:dari|from|of)\s")


def _of_body_asked(people: list[Found], sentence: str, intent: Intent) -> list[Found]:
    """For "peneliti Utrecht University": a person the sentence says is from the body the question names, though
    it gives no role ("Douwe van Hinsbergen dari Department of Earth Sciences, Utrecht University")."""
    bodies = [n for n in intent.names if not n[0].isdigit()]
    return [
        p
        for p in people
        if _FROM.match(sentence, p.end) and any(name_found(n, sentence[p.end : p.end + 80]) for n in bodies)
    ]


def _by_agent(person: Found, sentence: str) -> bool:
    """Named as the doer: after an agent word ("dipimpin oleh ...", "film karya ...")."""
    return bool(_AGENT.search(sentence[max(0, person.start - 100) : person.start]))


def _without_asked_names(person: Found, intent: Intent) -> Found:
    """A person's name without the leading words the question names as something else ("Bukalapak Intan
    Wibisono" for "kepala komunikasi Bukalapak"): two words of the name remain at least."""
    words = person.text.split()
    cut = 0
    while len(words) - cut > 2 and words[cut] in intent.names:
        cut += 1
    if not cut:
        return person
    rest = " ".join(words[cut:])
    start = person.start + len(person.text) - len(rest)
    return Found(rest, start, person.end, person.kind, person.detail)


def bonus(intent: Intent, found: Found, sentence: str) -> float:
    """A person (unless a body is asked), the agent of a passive ("dipimpin oleh X"), a name right after the
    asked role; never an outlet quoted from."""
    before = sentence[max(0, found.start - 40) : found.start].lower()
    if _CITED_FROM.search(before[-25:]) and not _OUTLET_ASKED.search(intent.text):
        return -1.0
    fit = 0.1 if found.kind == "person" and intent.wants != "body" else 0.0
    if _by_agent(found, sentence):
        fit += 0.1
    if intent.role and any(r in before.lower()[-40:] for r in (intent.role, intent.apposed_role) if r):
        fit += 0.08
    if intent.wants == "country" and ORIGIN_ASKED_PATTERN.search(intent.text) and ORIGIN_BEFORE.search(before[-20:]):
        fit += 0.1  # "Which country is the designer from?": "desainer asal Thailand"
    return fit


def role_forms(role: str) -> list[str]:
    """How news may write the role: as asked, in the other language, abbreviated ('wakil menteri' -> 'wakil
    menlu', 'wamenlu')."""
    forms = [f for f in (role, *ROLE_TRANSLATIONS.get(role, "").split("|")) if f]
    head, _, rest = role.partition(" ")
    if rest and head in ROLE_TRANSLATIONS and rest in ROLE_TRANSLATIONS:  # "deputy chairman": "wakil ketua"
        forms += [f"{h} {r}" for h in ROLE_TRANSLATIONS[head].split("|") for r in ROLE_TRANSLATIONS[rest].split("|")]
    for form in list(forms):
        head, _, rest = form.partition(" ")
        for short, full in ROLE_ABBREVIATIONS.items():
            if form == short:
                forms.append(full)
            elif full.startswith(form):
                forms.append(short)
            elif rest and full.startswith(rest):
                forms.append(f"{head} {short}")
    return list(dict.fromkeys(forms))


def _after_role(people: list[Found], sentence: str, role: str) -> list[Found]:
    """People named right after the asked role ('Kapolres Anambas AKBP X': X)."""
    lowered = sentence.lower()
    head, _, body = role.partition(" ")
    if role in GENERIC_ROLES or ROLE_TRANSLATIONS.get(role) in GENERIC_ROLES:  # "which official": any role
        positions = [m.start() for m in _ANY_ROLE.finditer(sentence)]
    elif body and body.isalpha() and body not in ROLE_WORDS and not is_common_word(body):
        # "Kepala BPBD": the head's word, then that body's name near ("Kepala Badan ... (BPBD) Riau")
        positions = [m.start() for m in re.finditer(rf"\b{head}\b(?=[^.;]{{0,80}}\b{body}\b)", lowered)]
    else:
        forms = role_forms(role)
        # "Ketua GENPRO Rusdi Hidayat", not "Wakil Ketua MPR Hidayat Nur Wahid": a deputy is not the role asked
        deputy_asked = role.split()[0] in DEPUTY_WORDS
        positions = [
            m.start()
            for form in forms
            for m in re.finditer(rf"\b{re.escape(form)}", lowered)
            if deputy_asked or not _DEPUTY_BEFORE.search(lowered[max(0, m.start() - 10) : m.start()])
        ]

    # "Kapolres Anambas AKBP X": the name after the role; "Amelia Tjandra, Marketing Director": the role after it
    def named_by_role(p: Found, pos: int) -> bool:
        between = sentence[p.end : pos] if pos >= p.end else ""
        return 0 <= p.start - pos <= 80 or bool(_ROLE_AFTER_NAME.fullmatch(between))

    return [p for p in people if any(named_by_role(p, pos) for pos in positions)]


WHO = Kind(find, bonus, near=False, role_widens=True, lists=True)
