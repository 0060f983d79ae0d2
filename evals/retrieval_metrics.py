"""Retrieval metrics over the ranked document ids: hit@k, recall@k and reciprocal rank."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def dedupe(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def hit_at_k(retrieved: Sequence[str], gold: Iterable[str], k: int) -> float | None:
    gold = set(gold)
    if not gold:
        return None
    return float(any(doc in gold for doc in dedupe(retrieved)[:k]))


def recall_at_k(retrieved: Sequence[str], gold: Iterable[str], k: int) -> float | None:
    gold = set(gold)
    if not gold:
        return None
    return len(gold & set(dedupe(retrieved)[:k])) / len(gold)


def reciprocal_rank(retrieved: Sequence[str], gold: Iterable[str], k: int | None = None) -> float | None:
    gold = set(gold)
    if not gold:
        return None
    ranked = dedupe(retrieved)
    for rank, doc in enumerate(ranked[:k] if k else ranked, start=1):
        if doc in gold:
            return 1 / rank
    return 0.0
