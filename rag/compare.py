"""Claims on one quantity across sources, side by side: each figure with who gave it, when it was said and what it
counts, and a verdict that separates figures counting different things from real disagreement.

Figures count different things when their status differs (index.claims): troops sent or there now ("telah
mengirim", or no aspect word), being prepared ("sedang mempersiapkan"), expected ("akan mengirim ... lagi"). NATO's
1,500 sent and 1,500 more expected by the year's end do not contradict a 3,000 being prepared; two different
figures of troops sent do disagree (or one updates the other, when they were given on different dates).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from index.claims import Claim, category_of
from index.date_format import format_date
from index.language import COUNTED_NOUNS, ENGLISH_COUNTED
from index.language import detect_language as language_of
from index.numbers import Quantity, format_value
from rag.text import content_terms

Score = Callable[[list[str]], list[float]]

SCORE_MARGIN = 0.1  # with embeddings: keep the claims whose sentence scores this close to the best one
STATUS_GROUPS = {"done": "now", None: "now", "ongoing": "ongoing", "expected": "expected"}
STATUS_LABELS = {"now": "sent or there now", "ongoing": "being prepared", "expected": "expected later"}
_PRECISION_LENGTH = {"day": 10, "month": 7, "year": 4}


def compare_claims(claims: Iterable[Claim | dict], query: str, score: Score | None = None) -> dict:
    """Claims on the quantity the query asks about:
    {"query", "unit", "groups": [{"value", "claimants", "claims": [claim dicts]}], "counts": [{"status", "label",
    "values": [{"value", "claimants", "when"}], "disagree"}], "conflict", "summary": [lines]}; a claim dict is
    {"claimant", "date", "when", "precision", "text", "doc_id", "start", "end", "source", "counts", "status",
    "figure"}. `conflict` is true only when figures that count the same thing differ."""
    items = [c if isinstance(c, Claim) else Claim.from_dict(c) for c in claims]
    category = asked_category(query, items)
    items = [c for c in items if c.category == category]
    if items:
        keep = _relevant(items, query, score)
        items = [c for c, k in zip(items, keep, strict=True) if k]
    groups = _value_groups(items)
    counts = _status_groups(items)
    return {
        "query": query,
        "unit": category,
        "groups": groups,
        "counts": counts,
        "conflict": any(c["disagree"] for c in counts),
        "summary": summary_lines(counts, category),
    }


def claim_dict(claim: Claim) -> dict:
    precision = claim.precision or "day"
    return {
        "claimant": claim.claimant,
        "date": claim.date[: _PRECISION_LENGTH.get(precision, 10)] if claim.date else None,
        "when": format_date(date.fromisoformat(claim.date[:10]), precision, language_of(claim.sentence))
        if claim.date
        else None,
        "precision": claim.precision,
        "text": claim.sentence,
        "doc_id": claim.doc_id,
        "start": claim.start,
        "end": claim.end,
        "source": claim.source,
        "counts": claim.counts,
        "status": claim.status,
        "figure": claim.figure,
    }


def _value_groups(items: list[Claim]) -> list[dict]:
    by_value: dict[float, list[Claim]] = {}
    for claim in items:
        by_value.setdefault(claim.value, []).append(claim)
    groups = []
    for value in sorted(by_value):
        members = sorted(by_value[value], key=lambda c: (c.date or "9999", c.doc_id, c.start))
        groups.append(
            {
                "value": value,
                "claimants": list(dict.fromkeys(c.claimant or c.source or c.doc_id for c in members)),
                "claims": [claim_dict(c) for c in members],
            }
        )
    return groups


def _status_groups(items: list[Claim]) -> list[dict]:
    grouped: dict[str, dict[float, list[Claim]]] = {}
    for claim in items:
        grouped.setdefault(STATUS_GROUPS.get(claim.status, "now"), {}).setdefault(claim.value, []).append(claim)
    counts = []
    for status in ("now", "ongoing", "expected"):
        if status not in grouped:
            continue
        values = []
        for value in sorted(grouped[status]):
            members = sorted(grouped[status][value], key=lambda c: (c.date or "9999", c.doc_id, c.start))
            who = [c.claimant or c.source or c.doc_id for c in members]
            when = [claim_dict(c)["when"] for c in members if c.date]
            values.append({"value": value, "claimants": list(dict.fromkeys(who)), "when": list(dict.fromkeys(when))})
        counts.append({"status": status, "label": STATUS_LABELS[status], "values": values, "disagree": len(values) > 1})
    return counts


def summary_lines(counts: list[dict], category: str | None) -> list[str]:
    """One line per kind of figure: what it counts, each value with who gave it and when, and whether they differ."""
    noun = category or "figures"
    lines = []
    for group in counts:
        shown = []
        for item in group["values"]:
            when = " / ".join(item["when"]) if item["when"] else "date not given"
            shown.append(f"{format_value(item['value'], 'en')} ({', '.join(item['claimants'])}; {when})")
        if group["disagree"]:
            lines.append(
                f"The sources disagree on {noun} {group['label']}: {' vs '.join(shown)} "
                "(a figure given later may update an earlier one)."
            )
        else:
            lines.append(f"{noun.capitalize()} {group['label']}: {shown[0]}.")
    if len(counts) > 1:
        lines.append("Figures of different kinds count different things; between kinds there is no disagreement.")
    return lines


def asked_category(query: str, claims: list[Claim]) -> str | None:
    """What the query counts ('jumlah tentara' -> troops), else the commonest category among the claims."""
    for word in re.findall(r"[^\W\d_]+", query.lower()):
        if word in COUNTED_NOUNS or word in ENGLISH_COUNTED:
            return category_of(Quantity(0, "count", word, 0, 0, word))
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim.category] = counts.get(claim.category, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _relevant(claims: list[Claim], query: str, score: Score | None) -> list[bool]:
    # A figure's sentence often omits what it is about ("mereka menyiapkan 10 ribu tentara"), so without
    # embeddings a claim also stays when another claim of its document matched the query.
    counted = set(COUNTED_NOUNS) | set(ENGLISH_COUNTED)
    terms = {t for t in content_terms(query) if t not in counted}
    if score is not None:
        scores = list(score([c.sentence for c in claims]))
        best = max(scores, default=0.0)
        return [s >= best - SCORE_MARGIN for s in scores]
    if not terms:
        return [True] * len(claims)
    matched = [bool(terms & set(content_terms(c.sentence))) for c in claims]
    if not any(matched):  # the query's words are in another language than the articles': nothing to filter by
        return [True] * len(claims)
    docs = {c.doc_id for c, m in zip(claims, matched, strict=True) if m}
    return [m or c.doc_id in docs for c, m in zip(claims, matched, strict=True)]
