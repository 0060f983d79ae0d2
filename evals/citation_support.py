"""Citation support: each cited claim of an answer, checked for the share of its content its snippets hold."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from evals.normalize import CITATION_MARK, STOPWORDS, content_tokens, normalize, strip_citation_marks

# A cited snippet supports a claim when it holds at least this share of the claim's content tokens
# (lowercased, number formats unified, stop words dropped). 0.5 lets a paraphrase keep its names and numbers
# while a sentence about something else (typically < 0.3) fails. Lexical: an English claim citing an
# Indonesian snippet is only credited for shared names and numbers, so LLM answers in English score lower.
SUPPORT_THRESHOLD = 0.5

# A sentence ends at . ! ? unless citation marks follow ("... Ukraina. [1]" keeps its mark), or after the marks.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?!\[\d)|(?<=[.!?]\s\[\d\])\s+|(?<=[.!?]\[\d\])\s+|\n+")


def cited_claims(text: str) -> list[tuple[str, list[int]]]:
    """Split an answer into (claim, citation numbers): each run of text ending in citation marks is one claim;
    unmarked text after the last mark of a sentence joins that sentence's last claim."""
    claims: list[tuple[str, list[int]]] = []
    for sentence in _SENTENCE_END.split(text):
        position, pieces = 0, []
        for match in CITATION_MARK.finditer(sentence):
            numbers = [int(n) for n in re.split(r"\s*[,;]\s*", match.group(1))]
            piece = sentence[position : match.start()]
            if pieces and not content_tokens(piece):
                pieces[-1][1].extend(numbers)  # "[1][2]" or "[1], [2]": more sources for the same claim
            else:
                pieces.append((piece, numbers))
            position = match.end()
        if pieces:
            tail = sentence[position:]
            if content_tokens(tail):
                pieces[-1] = (pieces[-1][0] + " " + tail, pieces[-1][1])
            claims.extend((claim.strip(" ;:,-"), numbers) for claim, numbers in pieces)
    return [(claim, numbers) for claim, numbers in claims if content_tokens(claim)]


# A small bilingual lexicon for the support check, so an English claim citing an Indonesian snippet is credited for
# the concepts they share. Kept here, apart from the assistant's own glossary, so the metric does not grade the
# system by the system's vocabulary.
_CONCEPTS = {
    "troops": "troops troop soldiers soldier forces tentara pasukan prajurit personel",
    "north_korea": "north korea|north korean|north koreans|korea utara|korut|dprk",
    "south_korea": "south korea|south korean|korea selatan|korsel",
    "nis": "nis|national intelligence service|badan intelijen nasional",
    "intelligence": "intelligence intelijen spy mata mata",
    "russia": "russia russian russians rusia",
    "ukraine": "ukraine ukrainian ukraina",
    "sent": "sent send sending deployed deploy deployment deploying mengirim mengirimkan dikirim pengiriman "
    "mengerahkan pengerahan dikerahkan penempatan ditempatkan",
    "ships": "ships ship kapal",
    "sea": "sea laut",
    "navy": "navy|angkatan laut",
    "spokesperson": "spokesperson spokesman spokeswoman|juru bicara",
    "ministry": "ministry kementerian",
    "foreign": "foreign|luar negeri",
    "ambassador": "ambassador|duta besar",
    "evidence": "evidence bukti",
    "briefing": "briefing brief briefed pengarahan",
    "president": "president presiden",
    "treaty": "treaty pact agreement perjanjian pakta",
    "weapons": "weapons weapon arms senjata",
    "withdraw": "withdraw withdrawal menarik penarikan",
    "training": "training train trained pelatihan",
    "satellite": "satellite satelit",
    "images": "images image gambar",
    "summoned": "summoned summon memanggil",
    "denied": "denied deny dismissed membantah menampik",
    "rumor": "rumor rumors rumour rumours",
    "war": "war perang",
    "fight": "fight fighting berperang bertempur",
    "additional": "additional more tambahan",
    "special": "special khusus",
    "united_states": "united states|amerika serikat",
    "white_house": "white house|gedung putih",
    "defence": "defence defense pertahanan",
    "minister": "minister secretary menteri",
    "summit": "summit ktt",
    "first": "first pertama",
    "october": "october oktober",
    "june": "june juni",
    "august": "august agustus",
    "monday": "monday senin",
    "wednesday": "wednesday rabu",
    "thursday": "thursday kamis",
    "friday": "friday jumat",
    "threat": "threat ancaman",
    "security": "security keamanan",
    "escalation": "escalation eskalasi",
}
_PHRASES = {
    phrase: concept
    for concept, variants in _CONCEPTS.items()
    for phrase in (variants.split("|") if "|" in variants else variants.split())
}
_PHRASE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True)) + r")\b")
_PREAMBLE = re.compile(r"^\s*[-*]?\s*(?:\w+\s+){0,2}\w+\s*:\s")  # "Sources differ: ", "Dari sumber: "


def concept_tokens(text: str) -> set[str]:
    """Content tokens with English and Indonesian words for the same concept merged."""
    merged = _PHRASE.sub(lambda m: _PHRASES[m.group(1)], normalize(strip_citation_marks(text)))
    return {t for t in merged.split() if t not in STOPWORDS and (len(t) > 1 or t.isdigit())}


def support_ratio(claim: str, snippets: Sequence[str]) -> float:
    """Share of the claim's content tokens (concepts merged across languages) found in the cited snippets."""
    wanted = concept_tokens(_PREAMBLE.sub("", claim))
    if not wanted:
        return 1.0
    found: set[str] = set()
    for snippet in snippets:
        found |= concept_tokens(snippet)
    return len(wanted & found) / len(wanted)


@dataclass
class SupportCheck:
    supported: int
    claims: int
    ratios: list[float]
    unsupported: list[str]

    @property
    def rate(self) -> float | None:
        return self.supported / self.claims if self.claims else None


def check_support(text: str, citations: Sequence[dict], threshold: float = SUPPORT_THRESHOLD) -> SupportCheck:
    by_n = {c["n"]: c["snippet"] for c in citations}
    ratios, unsupported = [], []
    for claim, numbers in cited_claims(text):
        ratio = support_ratio(claim, [by_n[n] for n in numbers if n in by_n])
        ratios.append(round(ratio, 3))
        if ratio < threshold:
            unsupported.append(claim)
    return SupportCheck(len(ratios) - len(unsupported), len(ratios), ratios, unsupported)
