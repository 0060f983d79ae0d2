"""Who a sentence of news says is speaking: the attribution its reporting words make, by general rules of news
language, never by a list of one story's names.

- a quote tag after the quote or mid-sentence: '“...,” kata X', ', ujar X pada Rabu', ', lanjut X,' ('katanya',
  'imbuhnya', 'kata dia' point back to the speaker before);
- a subject before a reporting verb: 'X mengatakan ...', 'Juru bicara NATO, Farah Dakhlallah, menegaskan ...'
  (a pronoun or 'kementerian itu' points back);
- 'menurut X', the agent of a passive ('diungkapkan oleh X'), a heading 'X: ...';
- the outlet a story is quoted from ('dilansir CNN', 'dikutip dari AFP') is the source only when no one else speaks
  in the sentence;
- words inside quotation marks are the quoted person's, never an attribution.

Offsets are into the sentence given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.language import (
    AFTER_NAME_WORDS,
    ANAPHORS,
    CITED_FROM,
    FUNCTION_WORDS,
    GROUP_PRONOUNS,
    NAME_ENDERS,
    ORGANISATION_WORDS,
    QUOTE_TAGS_MORE,
    ROLE_WORDS,
    SAY_AFTER_NAME,
    SAY_AFTER_NAME_MORE,
    SAY_BEFORE_NAME,
    SAY_PASSIVES,
    SENTENCE_OPENERS,
    SPEAKER_PRONOUNS,
    SPEAKER_ROLE_WORDS,
    phrase_pattern,
)
from index.names import Name, base_word, read_name, role_like

PERSON_PRONOUNS = SPEAKER_PRONOUNS
OPENERS = "|".join(re.escape(w) for w in SENTENCE_OPENERS)
TRAILING = AFTER_NAME_WORDS
STOP_WORDS = "|".join(NAME_ENDERS)
MORE_ROLE_WORDS = SPEAKER_ROLE_WORDS
PASSIVE_SAY = SAY_PASSIVES

_SAY_AFTER = phrase_pattern(tuple(SAY_AFTER_NAME) + SAY_AFTER_NAME_MORE)
_TAG_VERBS = "|".join(
    sorted(
        {v for v in SAY_BEFORE_NAME + QUOTE_TAGS_MORE if " " not in v and v not in PASSIVE_SAY} - {"menurut"},
        key=len,
        reverse=True,
    )
)
_TAG = re.compile(rf"(?:(?<=[,”\"’])|(?<=[,”\"’] )|^)\s*\b({_TAG_VERBS})(nya)?\b", re.IGNORECASE)
_TAG_NYA = re.compile(rf"\b({_TAG_VERBS})nya\b|\b(?:demikian\s+)?bunyi\s+(?:pernyataan|keterangan)(?:nya|\s+itu)\b")
_ACCORDING = re.compile(
    r"\b(?:[Mm]enurut|[Aa]ccording to|[Bb]erdasarkan(?:\s+(?:data|laporan|catatan|hasil))?|[Mm]elihat\s+data|"
    r"[Mm]engacu\s+(?:pada|ke)(?:\s+data)?|[Mm]erujuk\s+(?:pada|ke)(?:\s+data)?|[Bb]ersumber\s+dari|"
    r"[Bb]ased on(?:\s+data from)?)\s+"
)
_PASSIVE = re.compile(rf"\b(?:{'|'.join(PASSIVE_SAY)})\s+(?:(?:oleh|by)\s+(?=\w)|(?=[A-Z]))")
_NEGATED = re.compile(r"\b(?:tidak|tak|belum|enggan|bukan|not|never|did not|didn't)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CITED = phrase_pattern(tuple(CITED_FROM) + ("dilansir dari", "dikutip", "seperti dikutip dari", "melansir"))
_HEADING = re.compile(r"^([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}):\s+\S")
_STOP = re.compile(
    rf"\s+(?:{STOP_WORDS})\b|\s*[,;:“”\"]|\.(?=\s|$)(?<![A-Z]\.)|\s*\((?![A-Z][A-Za-z0-9 .&-]{{0,30}}\))|\s+\d"
)  # lower-case stop words only: 'AS' (Amerika Serikat) is a name
_OPENER = re.compile(rf"^\s*(?:{OPENERS})\b[\s,]*", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r"[;“”\"]|\b(?:bahwa|karena|sehingga|tetapi|namun|sedangkan|sementara|setelah|sesudah|sebelum|ketika|saat|"
    r"sejak|usai|seusai|that|but|when|after|before|while)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attribution:
    name: Name | None  # None: it points back (see `refers`)
    cue: str  # tag | subject | according | agent | heading | cited
    start: int  # the attribution's own words (verb and speaker): sentence[start:end]
    end: int
    refers: str = (
        ""  # with no name: "person" ('dia', the person last named) or "speaker" ('katanya', 'kementerian itu')
    )


def find_attributions(sentence: str, places: frozenset[str] = frozenset()) -> list[Attribution]:
    """Every attribution the sentence makes outside quotation marks, in order; see the module doc. `places`: as
    for read_name."""
    quotes = quoted_regions(sentence)

    def outside(position: int) -> bool:
        return not any(a <= position < b for a, b in quotes)

    found: list[Attribution] = []
    for match in _TAG.finditer(sentence):
        if not outside(match.start(1)):
            continue
        if match.group(2):
            found.append(Attribution(None, "tag", match.start(1), match.end(), "speaker"))
            continue
        phrase, end = _phrase_after(sentence, match.end())
        refers = _refers_back(phrase)
        name = None if refers else read_name(phrase, places)
        if name or refers:
            found.append(Attribution(name, "tag", match.start(1), end, refers))
    for match in _TAG_NYA.finditer(sentence):
        if outside(match.start()) and not any(a.start <= match.start() < a.end for a in found):
            found.append(Attribution(None, "tag", match.start(), match.end(), "speaker"))
    for match in _ACCORDING.finditer(sentence):
        phrase, end = _phrase_after(sentence, match.end(), commas=False)
        agent = re.search(r"\b(?:oleh|by)\s+(.+)$", phrase)
        refers = _refers_back(phrase)
        name = None if refers else read_name(agent.group(1) if agent else phrase, places)
        if outside(match.start()) and (name or refers):
            found.append(Attribution(name, "according", match.start(), end, refers))
    for match in _PASSIVE.finditer(sentence):
        phrase, end = _phrase_after(sentence, match.end())
        name = read_name(phrase, places)
        if outside(match.start()) and name:
            found.append(Attribution(name, "agent", match.start(), end))
    previous_verb = 0
    for match in _SAY_AFTER.finditer(sentence):
        if outside(match.start()):
            subject = _subject_before(sentence, match.start(), previous_verb, places)
            if subject is not None and not _NEGATED.search(sentence[: match.start()]):
                name, start, refers = subject
                if not (found and _SUBORDINATED.search(sentence[:start])):  # 'X mengatakan pada saat Y
                    found.append(Attribution(name, "subject", start, match.end(), refers))  # mengungkapkan ...': X
            previous_verb = match.end()
    heading = _HEADING.match(sentence)
    if heading and not found:
        name = read_name(heading.group(1), places)
        if name:
            found.append(Attribution(name, "heading", 0, heading.end(1) + 1))
    if not found:
        for match in _CITED.finditer(sentence):
            phrase, end = _phrase_after(sentence, match.end())
            name = read_name(phrase, places)
            if name and outside(match.start()):
                found.append(Attribution(name, "cited", match.start(), end))
    return sorted(_without_cited_outlets(sentence, found), key=lambda a: a.start)


def main_attribution(attributions: list[Attribution]) -> Attribution | None:
    """The one attribution that says who speaks: a quote tag, else the innermost subject ('X mengatakan Y
    menyatakan ...' is Y's statement), else 'menurut X', a passive agent, a heading, the outlet quoted."""
    for cue in ("tag", "subject", "according", "agent", "heading", "cited"):
        chosen = [a for a in attributions if a.cue == cue]
        if chosen:  # 'berdasarkan data SINDOnews bersumber dari Limas': the innermost source
            return chosen[-1] if cue in ("subject", "according") else chosen[0]
    return None


def quoted_regions(sentence: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (an unclosed quote runs to the end of the sentence)."""
    regions = []
    for match in re.finditer(r"[“\"][^”\"]*(?:[”\"]|$)", sentence):  # scraped text mixes “ ” and "
        regions.append((match.start(), match.end()))
    return regions


def _without_cited_outlets(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """'..., lanjutnya, menurut France24': a 'menurut' after another attribution names the outlet quoted."""
    others = [a for a in found if a.cue in ("tag", "subject")]
    return [a for a in found if not (a.cue == "according" and others and a.start > min(o.start for o in others))]


# a clause of time or cause opens before a subject: its verb is not what the sentence reports
_SUBORDINATED = re.compile(
    r"\b(?:pada saat|saat|ketika|sewaktu|setelah|sesudah|sebelum|seusai|karena|when|while|after|before|because)"
    r"\s+$",
    re.IGNORECASE,
)
# a name set off by a comma after a role's phrase: its holder
_APPOSED_NAME = re.compile(r",\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?=\s+[a-z]|\s*[,.]|$)")


def _phrase_after(sentence: str, start: int, commas: bool = True) -> tuple[str, int]:
    """The speaker phrase after a reporting word: up to a stop word, a date, a clause mark or an anaphor."""
    rest = sentence[start:]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    anaphor = re.match(r"([a-z][\w-]*(?:\s+[\w-]+){0,4}?\s+(?:ini|itu|tersebut))\b", rest)
    if anaphor:  # 'kata pelatih 45 tahun ini menambahkan', 'kata kementerian itu'
        return anaphor.group(1), start + lead + anaphor.end(1)
    stop = _STOP.search(rest)
    if not commas:  # 'Menurut Ketua HPI Provinsi, I Nyoman Nuarta, turis ...': an apposition is part of it
        appositive = re.match(r"([^,]+),\s*([A-Z][^,]+),", rest)
        person = read_name(appositive.group(2)) if appositive else None
        if person and person.kind == "person":
            phrase = appositive.group(0).rstrip(",")
            return phrase, start + lead + len(phrase)
    phrase = rest[: stop.start()] if stop else rest
    apposed = _APPOSED_NAME.match(rest, len(phrase)) if role_like(phrase) else None
    person = read_name(apposed.group(1)) if apposed else None
    if apposed and person and person.kind == "person":  # 'kata pelatih Bali United, Stefano Teco dalam ...'
        return apposed.group(1), start + lead + apposed.end(1)
    words = phrase.split()
    for i, word in enumerate(words):
        if word.lower() in ANAPHORS and i > 0:  # 'pelatih 45 tahun ini menambahkan' ends at 'ini'
            phrase = " ".join(words[: i + 1])
            break
    return phrase.strip(), start + lead + len(phrase.strip())


def _subject_before(
    sentence: str, verb_start: int, floor: int, places: frozenset[str]
) -> tuple[Name | None, int, str] | None:
    """The subject of a reporting verb, looked for after `floor` (the verb before it): (its name, or None when it
    points back; where it starts; what it points back to), or None when the verb has no speaker as subject."""
    before = sentence[:verb_start]
    relative = re.search(r"^(.*?[^\s,])\s*,\s*yang\b.*,\s*$", before)
    if relative and not _SAY_AFTER.search(relative.group(1)):
        # 'Korea Selatan, yang telah lama mengeklaim bahwa ..., mengungkapkan': the head before 'yang' speaks
        floor, before = 0, before[: len(relative.group(1))]
    breaks = [m for m in _CLAUSE_BREAK.finditer(before) if m.end() > floor]
    clause_start = max([floor, *(m.end() for m in breaks)])
    clause = before[clause_start:]
    if re.search(r"\S\s+yang\s", clause):  # 'Kelompok Houthi yang sejajar dengan Iran mengklaim'
        clause = clause[: clause.rindex(" yang ")]
    opener = _OPENER.match(clause)
    if opener:
        clause_start, clause = clause_start + opener.end(), clause[opener.end() :]
    segments = clause.split(",")
    while segments and not segments[-1].strip():
        segments.pop()
    if not segments:
        return None
    start = clause_start + len(",".join(segments[:-1])) + (1 if len(segments) > 1 else 0)
    start += len(segments[-1]) - len(segments[-1].lstrip())
    last = segments[-1].strip()
    first_word = last.split()[0].lower() if last else ""
    if first_word in PERSON_PRONOUNS:
        return None, start, "person"
    if first_word in GROUP_PRONOUNS:
        return None, start, "speaker"
    verb = re.search(r"\s(?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}\b", last)
    head = last[: verb.start()] if verb else last  # 'Tiga membuat video untuk meminta'
    core = _trim_trailing(head)
    if not core:
        return None
    refers = _refers_back(head.strip())
    if refers or head.split()[-1].lower() in ANAPHORS:
        return (None, start, refers) if refers else None  # 'kementerian itu' points back; 'Hal itu' is no one
    if len(segments) >= 2 and core[:1].islower():  # 'Sugiarto, ayah Kevin, menuturkan': an apposition
        name = read_name(_trim_trailing(segments[-2]), places)
        if name and name.kind == "person":
            return Name(name.text, "person", core), start, ""
    name = read_name(core, places)
    if name is None:
        return None
    if name.kind == "person" and not name.role and len(segments) >= 2 and role_like(segments[-2].strip()):
        return Name(name.text, "person", segments[-2].strip()), start, ""  # 'Pelatih PSS, Seto Nurdiyantoro ...'
    return name, start, ""


def _trim_trailing(segment: str) -> str:
    stop = _STOP.search(segment)
    text = segment[: stop.start()] if stop and stop.start() > 0 else segment
    words = text.split()
    while words and words[-1].islower() and (words[-1] in TRAILING or words[-1] in FUNCTION_WORDS):
        words.pop()
    return " ".join(words)


_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS
_SPEAKING_HEADS = ROLE_WORDS | MORE_ROLE_WORDS | ORGANISATION_WORDS


def _refers_back(phrase: str) -> str:
    """'person' for a pronoun ('dia'), 'speaker' for 'mereka' or a description with a role or a body and an
    anaphor ('kementerian itu', 'pelatih 45 tahun ini', 'agen mata-mata Korea Selatan itu'); else ''."""
    words = phrase.lower().split()
    if not words:
        return ""
    if words[0] in _PRONOUNS and (len(words) == 1 or phrase[:1].islower()):
        return "person" if words[0] in PERSON_PRONOUNS else "speaker"  # 'kata dia', 'menurut dia telah ...'
    if len(words) == 1:
        return ""
    head = base_word(words[0])
    if words[-1] in ANAPHORS and (head in _SPEAKING_HEADS):
        return "speaker"
    return ""
