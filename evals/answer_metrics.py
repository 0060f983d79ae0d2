"""Answer metrics: key-fact aliases found in the answer's lead, and SQuAD-style token F1 against a reference."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from evals.normalize import normalize, strip_citation_marks, tokens

_ARTICLES = frozenset({"a", "an", "the"})

# Headers of the quoted-evidence section the offline answerer appends (mirrors rag.prompts.SUPPORTING and CLOSEST;
# a test keeps them equal). Key facts are checked in the answer above that section, so a wrong lead ("North Korea
# reported it first") is not rescued by a quoted sentence that happens to name the right actor.
EVIDENCE_HEADERS = ("From the sources:", "Dari sumber:", "The closest passages:", "Bagian yang paling dekat:")


def answer_body(text: str) -> str:
    """The answer without its quoted-evidence section; the whole text when there is no lead before the section."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if line.strip() in EVIDENCE_HEADERS:
            lead = "\n".join(lines[:index])
            return lead if tokens(lead) else text
    return text


def contains_alias(text: str, alias: str) -> bool:
    """Whole-token match of a normalised alias inside a normalised text ("nis" is not found in "tunisia")."""
    needle = normalize(alias)
    return bool(needle) and f" {needle} " in f" {normalize(strip_citation_marks(text))} "


def match_groups(text: str, groups: Sequence[Sequence[str]]) -> list[bool]:
    """For each group of accepted aliases: does the text contain at least one of them?"""
    return [any(contains_alias(text, alias) for alias in group) for group in groups]


def key_facts_matched(text: str, groups: Sequence[Sequence[str]]) -> bool | None:
    """True when every group matches; None when the row has no groups to check."""
    if not groups:
        return None
    return all(match_groups(text, groups))


def token_f1(prediction: str, reference: str | None) -> float | None:
    """SQuAD-style token F1 after normalisation (articles and citation marks dropped)."""
    if not reference:
        return None
    pred = [t for t in tokens(prediction) if t not in _ARTICLES]
    gold = [t for t in tokens(reference) if t not in _ARTICLES]
    if not pred or not gold:
        return float(pred == gold)
    common = sum((Counter(pred) & Counter(gold)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(gold)
    return 2 * precision * recall / (precision + recall)
