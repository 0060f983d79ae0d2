"""Citation support: each cited claim of an answer, checked for the share of its content its snippets hold."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from evals.normalize import CITATION_MARK, STOPWORDS, content_tokens, normalize, strip_citation_marks
from index.language import COUNTED_NOUNS, ROLE_TRANSLATIONS, english, indonesian
from index.language.countries import country_groups

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


# The words of the two languages for the same thing, from the language facts: months, weekdays, roles, counted
# nouns and country names, each group merged into one concept so that an English claim citing an Indonesian
# snippet is credited for them. Topic words are not translated: beyond these groups, such a claim is credited only
# for the names and numbers it shares with its snippet, so LLM answers in English score lower.
def _translation_groups() -> list[set[str]]:
    groups = [set(pair) for pair in zip(indonesian.MONTHS, english.MONTHS)]
    groups += [set(pair) for pair in zip(indonesian.WEEKDAYS, english.WEEKDAYS)]
    groups += [{role, *forms.split("|")} for role, forms in ROLE_TRANSLATIONS.items()]
    groups += [{noun, *forms} for noun, forms in COUNTED_NOUNS.items()]
    countries = country_groups()
    shared = {form for form, seen in Counter(f for g in countries for f in g).items() if seen > 1}
    return groups + [set(forms) - shared for forms in countries]


@cache
def _concepts() -> tuple[dict[str, frozenset[int]], re.Pattern[str]]:
    """Each phrase's translation groups, by number: "ketua" is in the groups of chairman and of head."""
    groups: dict[str, set[int]] = {}
    for number, group in enumerate(_translation_groups()):
        for phrase in {normalize(word) for word in group} - {""}:
            groups.setdefault(phrase, set()).add(number)
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, groups), key=len, reverse=True)) + r")\b")
    return {phrase: frozenset(numbers) for phrase, numbers in groups.items()}, pattern


def concept_tokens(text: str) -> set[str]:
    """Content tokens, with each phrase of a translation group as one token ("amerika serikat")."""
    _, pattern = _concepts()
    merged = pattern.sub(lambda m: m.group(1).replace(" ", "_"), normalize(strip_citation_marks(text)))
    return {t.replace("_", " ") for t in merged.split() if t not in STOPWORDS and (len(t) > 1 or t.isdigit())}


def _meanings(token: str) -> set[str | int]:
    return {token, *_concepts()[0].get(token, ())}


_PREAMBLE = re.compile(r"^\s*[-*]?\s*(?:\w+\s+){0,2}\w+\s*:\s")  # "Sources differ: ", "Dari sumber: "


def support_ratio(claim: str, snippets: Sequence[str]) -> float:
    """Share of the claim's content tokens found in the cited snippets, a word or one of its translations."""
    wanted = concept_tokens(_PREAMBLE.sub("", claim))
    if not wanted:
        return 1.0
    found: set[str | int] = set()
    for snippet in snippets:
        for token in concept_tokens(snippet):
            found |= _meanings(token)
    return sum(1 for token in wanted if _meanings(token) & found) / len(wanted)


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
