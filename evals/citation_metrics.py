"""Citation metrics: every [n] resolves and quotes its document exactly; the share of cited documents that are gold."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from evals.normalize import CITATION_MARK


def cited_numbers(text: str) -> list[int]:
    numbers = []
    for match in CITATION_MARK.finditer(text):
        numbers.extend(int(n) for n in re.split(r"\s*[,;]\s*", match.group(1)))
    return numbers


@dataclass
class CitationCheck:
    valid: bool | None  # None: the answer has neither citation marks nor citations
    problems: list[str] = field(default_factory=list)


def check_citations(text: str, citations: Sequence[dict], doc_text: Callable[[str], str | None]) -> CitationCheck:
    """Every [n] in the text resolves to a citation, and every citation's snippet is exactly its document's text
    at [start, end). `doc_text(doc_id)` returns the document text or None when the document is unknown."""
    marks = cited_numbers(text)
    if not marks and not citations:
        return CitationCheck(None)
    problems = []
    known = {c["n"] for c in citations}
    for n in dict.fromkeys(marks):
        if n not in known:
            problems.append(f"[{n}] in the text has no citation")
    for c in citations:
        source = doc_text(c["doc_id"])
        if source is None:
            problems.append(f"[{c['n']}] cites unknown document {c['doc_id']}")
        elif not (0 <= c["start"] <= c["end"] <= len(source)) or source[c["start"] : c["end"]] != c["snippet"]:
            problems.append(f"[{c['n']}] snippet differs from {c['doc_id']}[{c['start']}:{c['end']}]")
        elif not c["snippet"].strip():
            problems.append(f"[{c['n']}] snippet is empty")
    return CitationCheck(not problems, problems)


def cited_gold_precision(citations: Sequence[dict], gold: Iterable[str]) -> float | None:
    """Share of distinct cited documents that are gold; a citation whose passage also appears in a gold document
    (`also_in`, the same wire story in another outlet) counts as gold."""
    gold = set(gold)
    if not gold or not citations:
        return None
    cited: dict[str, bool] = {}
    for c in citations:
        is_gold = c["doc_id"] in gold or bool(gold & set(c.get("also_in") or ()))
        cited[c["doc_id"]] = cited.get(c["doc_id"], False) or is_gold
    return sum(cited.values()) / len(cited)
