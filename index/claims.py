"""Quantity claims: every figure an article states (index.numbers reads them), what it counts, who claims it and
when, with the sentence's exact span, so sources can be set side by side.

- The claimant is the speaker of the statement the figure sits in (index.events), never someone the
  attribution's own words describe ('kata pelatih 45 tahun ini'); a figure in the outlet's own narration, or
  before the speaker's clause, has none.
- The date is when the claim was made (the statement's date), not a date the sentence mentions.
- `counts` is what the figure counts in the sentence's own words ('telah mengirim 1.500 tentara Korea Utara'),
  `status` whether it is done ('telah mengirim'), under way ('sedang mempersiapkan') or expected ('akan
  mengirim ... lagi'), so figures that count different things are not read as a disagreement.

Vague amounts ("ribuan tentara") carry no number and are left out, as are years, dates and clock times.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from index.dates import parse_published
from index.language import (
    AMOUNT_WORDS,
    ASPECT_WORDS,
    COUNTED_NOUNS,
    ENGLISH_COUNTED,
    NUMBER_WORDS,
    TIMES_OF_DAY,
    VAGUE_NUMBERS,
)
from index.numbers import Quantity, find_quantities
from index.statements import Said, read_statements
from index.store_protocol import StoredDocument
from index.stored_record import StoredRecord

STATUS_WORDS = ASPECT_WORDS  # is the counted thing done, under way or still expected?
_TIMES_OF_DAY = TIMES_OF_DAY
_TIME_UNITS = frozenset(
    "detik menit jam hari minggu pekan bulan tahun seconds minutes hours days weeks months years".split()
)
_STATUS_BEFORE, _STATUS_AFTER = 45, 30
_TRANSLATIONS = Counter(english for nouns in COUNTED_NOUNS.values() for english in nouns)


@dataclass(frozen=True)
class Claim(StoredRecord):
    value: int | float
    unit: str  # as written: "tentara", "pasukan", "troops", "Rp", "persen"
    category: str  # what is counted, for comparing: "troops", "ships", "money", "percent", ...
    claimant: str | None
    date: str | None  # ISO date the claim was made, read with `precision`; None when the text does not say
    sentence: str  # document_text[start:end] == sentence
    start: int
    end: int
    doc_id: str
    source: str | None = None
    precision: str | None = None
    counts: str = ""  # what the figure counts, in the sentence's own words
    status: str | None = None  # "done" | "ongoing" | "expected"; None when the sentence does not say
    kind: str = "count"  # count | money | percent | measure | score
    figure: str = ""  # the quantity as written ("1.500 tentara")


def extract_quantity_claims(
    doc_id: str, text: str, source: str | None, *, published: date | None = None, today: date | None = None
) -> list[Claim]:
    """Every stated figure in `text`, one claim per (sentence, value, category, status)."""
    published = published or parse_published(text)
    claims: list[Claim] = []
    for said in read_statements(text, published, today=today):
        sentence = text[said.start : said.end]
        taken = [(m.start, m.end) for m in said.mentions]
        seen: set[tuple[float, str, str | None]] = set()
        for quantity in find_quantities(sentence):
            if any(a <= quantity.start < b for a, b in taken) or not is_figure(sentence, quantity):
                continue
            category = category_of(quantity)
            status = status_of(sentence, quantity)
            if (quantity.value, category, status) in seen:
                continue
            seen.add((quantity.value, category, status))
            claimant = _claimant(said, quantity)
            value = int(quantity.value) if quantity.value == int(quantity.value) else quantity.value
            dated = said.date if claimant else None
            claims.append(
                Claim(value, quantity.unit, category, claimant, dated.isoformat() if dated else None, sentence,
                      said.start, said.end, doc_id, source, said.precision if dated else None,
                      counts_phrase(sentence, quantity), status, quantity.kind, quantity.phrase)
            )  # fmt: skip
    return claims


def document_claims(doc: StoredDocument, today: date | None = None) -> list[Claim]:
    """The claims stored with a document at ingest. A record stored before claims were has none (`claims` is
    None): CLEANER_VERSION was not bumped for them, so an archive already ingested is not re-embedded, and its
    claims are computed from the text here, on read, and kept on the record object for the next question."""
    if doc.claims is None:
        doc.claims = [c.to_dict() for c in record_claims(doc.doc_id, doc.text, doc.published, doc.source, today)]
    return [Claim.from_dict(c) for c in doc.claims]


def record_claims(
    doc_id: str, text: str, published: str | None, source: str | None, today: date | None = None
) -> list[Claim]:
    """A stored document's claims, from its text and record fields (ingest stores these)."""
    stated = date.fromisoformat(published[:10]) if published and published[:4].isdigit() else None
    return extract_quantity_claims(doc_id, text, source or None, published=stated, today=today or date.today())


def is_figure(sentence: str, quantity: Quantity) -> bool:
    """A stated amount, not: a vague one ('ribuan tentara'), a name ('Tiga menuturkan', 'Liga 1', 'France 24'),
    a time ago ('empat bulan lalu'), a clock time ('8.30'), a year ('250 SM'), 'salah satu' (one of), the
    same things again ('dua industri itu', 'ketujuh kapal tersebut'). Numbers inside dates the caller leaves out."""
    words = quantity.phrase.split()
    first = words[0].lower() if words else ""
    before, after = sentence[: quantity.start], sentence[quantity.end :]
    if first in VAGUE_NUMBERS or re.search(r"\bsalah\s+$", before) or re.match(r"\s*(?:SM|M|BC|AD|Masehi)\b", after):
        return False
    if first in NUMBER_WORDS and words[0][:1].isupper() and before.strip(' “"('):
        return False  # a capitalised number word inside a sentence is a name
    if re.match(r"\s*(?:yang\s+)?(?:lalu|silam|ago)\b", after) and quantity.unit.lower() in _TIME_UNITS:
        return False
    if (
        re.match(r"(?:\s+[a-z]+){0,3}?\s+(?:ini|itu|tersebut)\b", after)
        and quantity.kind == "count"
        and quantity.unit.lower() not in _TIME_UNITS
    ):
        return False
    token = re.match(r"[\d.,]+", sentence[quantity.start : quantity.end])
    clock = token and re.fullmatch(r"\d{1,2}\.\d{2}", token.group()) and int(token.group()[:-3]) < 24
    if quantity.kind == "count" and clock and (not quantity.unit or quantity.unit.lower() in _TIMES_OF_DAY):
        return False  # a clock time ('8.30', '8.30 pagi')
    verb = re.fullmatch(r"(?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}", quantity.unit)
    if quantity.kind == "count" and verb and quantity.unit.lower() not in COUNTED_NOUNS:
        return False  # 'Tiga menuturkan': a number word before a verb counts nothing
    if quantity.kind == "count" and not quantity.unit:
        token = sentence[quantity.start : quantity.end]
        label = re.search(r"(?:^|\s)([\w-]+)[ ]$", before)
        if label and re.fullmatch(r"\d+", token) and not _introduces_amount(label.group(1)):
            return False  # 'Korps 17', 'jersey 86', 'darurat 911': a number that labels
    return True


def _introduces_amount(word: str) -> bool:
    """A word before a bare number that makes it an amount ('mencapai 2.500', 'menjadi 1.300', 'sekitar 50')."""
    lowered = word.lower()
    return lowered in AMOUNT_WORDS or bool(re.fullmatch(r"(?:me|mem|men|meng|meny|ber)[a-z]{3,}", lowered))


def category_of(quantity: Quantity) -> str:
    """What a figure counts, comparable across languages: a counted noun by its commonest English form
    ("tentara", "pasukan", "prajurit", "troops" -> "troops"); money, percentages and scores by their kind."""
    if quantity.kind in ("money", "percent", "score"):
        return quantity.kind
    noun = quantity.unit.lower()
    if noun in COUNTED_NOUNS:
        return max(
            COUNTED_NOUNS[noun], key=lambda english: (_TRANSLATIONS[english], -COUNTED_NOUNS[noun].index(english))
        )
    if noun in ENGLISH_COUNTED:
        return category_of(Quantity(quantity.value, "count", sorted(ENGLISH_COUNTED[noun])[0], 0, 0, ""))
    return noun or "number"


def status_of(sentence: str, quantity: Quantity) -> str | None:
    """'akan mengirim 1.500 tentara lagi' -> expected; 'sedang mempersiapkan 10 ribu' -> ongoing; 'telah
    mengirim 1.500' -> done; the nearest aspect word of the figure's clause decides (expected first)."""
    before = re.split(r"[,;]|\b(?:dan|and)\b", sentence[max(0, quantity.start - _STATUS_BEFORE) : quantity.start])[-1]
    after = re.split(r"[,;.]|\b(?:dan|and)\b", sentence[quantity.end : quantity.end + _STATUS_AFTER])[0]
    words = set(re.findall(r"[a-z]+", f"{before} {after}".lower()))
    for status, markers in STATUS_WORDS.items():
        if words & set(markers):
            return status
    return None


def counts_phrase(sentence: str, quantity: Quantity) -> str:
    """The figure with the verb before it and the nouns after it, as the sentence writes them."""
    clause_start = max(
        [0, *(m.end() for m in re.finditer(r"[,;:“”\"]|\b(?:bahwa|dan|and|that)\b", sentence[: quantity.start]))]
    )
    before = sentence[clause_start : quantity.start].split()[-3:]
    after = re.split(r"[,;.:“”\"()]|\b(?:ke|di|dari|untuk|yang|to|in|from|for|that)\b", sentence[quantity.end :])[0]
    words = [*before, quantity.phrase, *after.split()[:4]]
    return " ".join(words).strip()


def _claimant(said: Said, quantity: Quantity) -> str | None:
    if said.speaker is None:
        return None
    attribution = said.attribution
    if attribution is None:
        return said.speaker.text  # a continuation: all of it is the speaker's
    if attribution.start <= quantity.start < attribution.end:
        return None  # in the attribution's own words: the outlet describing the speaker
    if attribution.cue == "subject" and quantity.start < attribution.start:
        return None  # before the speaker's clause: the outlet's own narration
    return said.speaker.text
