"""One question's scores and their aggregates, from the answer, retrieval and citation metrics; refusals, latency.

Every function takes plain values (strings, lists, dicts) so it can be tested with hand-built examples.
Per-question scores are None where a metric does not apply (no gold documents, no reference, no citations);
aggregates average over the questions where it applies and report how many those were.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from evals.answer_metrics import answer_body, match_groups, token_f1
from evals.citation_metrics import check_citations, cited_gold_precision
from evals.citation_support import check_support
from evals.retrieval_metrics import hit_at_k, recall_at_k, reciprocal_rank

HEADLINE = ("key_fact_accuracy", "hit_at_k", "citation_validity", "refusal_recall")
LOWER_IS_BETTER = frozenset({"latency_p50", "latency_p95", "errors"})


# --- refusals and latency -----------------------------------------------------------------------------------------
def refusal_scores(answerable: Sequence[bool], grounded: Sequence[bool]) -> tuple[float | None, float | None]:
    """Precision and recall of `grounded=False` as a detector of unanswerable questions."""
    refused = [not g for g in grounded]
    unanswerable = [not a for a in answerable]
    true_pos = sum(r and u for r, u in zip(refused, unanswerable))
    precision = true_pos / sum(refused) if any(refused) else None
    recall = true_pos / sum(unanswerable) if any(unanswerable) else None
    return precision, recall


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile, q in [0, 100]."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# --- one question, many questions ---------------------------------------------------------------------------------
def score_row(
    item: dict,
    answer: dict | None,
    retrieved: Sequence[str],
    k: int,
    doc_text: Callable[[str], str | None],
    seconds: float | None = None,
) -> dict:
    """Per-question scores. `item` is a dataset row (dict), `answer` is Answer.to_dict() or None after an error."""
    gold = item.get("gold_doc_ids") or []
    scores: dict = {
        "hit": hit_at_k(retrieved, gold, k),
        "recall": recall_at_k(retrieved, gold, k),
        "rr": reciprocal_rank(retrieved, gold, k),
        "latency": seconds,
    }
    if answer is None:
        return {
            **scores,
            "correct": False,
            "grounded": None,
            "key_facts": False if item["answerable"] else None,
            "key_facts_anywhere": False if item["answerable"] else None,
            "groups_matched": [],
            "token_f1": None,
            "citation_valid": None,
            "citation_problems": [],
            "support": None,
            "claims": 0,
            "unsupported_claims": [],
            "cited_gold_precision": None,
        }
    text, citations, grounded = answer["answer"], answer["citations"], bool(answer["grounded"])
    groups = item.get("answers") or []
    body = answer_body(text)
    matched = match_groups(body, groups)
    key_facts = (grounded and all(matched)) if item["answerable"] and groups else None
    anywhere = (grounded and all(match_groups(text, groups))) if item["answerable"] and groups else None
    correct = key_facts if item["answerable"] else not grounded
    if item["answerable"] and not groups:
        correct = None
    validity = check_citations(text, citations, doc_text)
    support = check_support(text, citations)
    return {
        **scores,
        "correct": correct,
        "grounded": grounded,
        "key_facts": key_facts,
        "groups_matched": matched,
        "key_facts_anywhere": anywhere,
        "token_f1": token_f1(body, item.get("reference")) if item["answerable"] else None,
        "citation_valid": validity.valid,
        "citation_problems": validity.problems,
        "support": support.rate,
        "claims": support.claims,
        "support_ratios": support.ratios,
        "unsupported_claims": support.unsupported,
        "cited_gold_precision": cited_gold_precision(citations, gold) if item["answerable"] else None,
    }


def _mean(values: Iterable[float | bool | None]) -> tuple[float | None, int]:
    present = [float(v) for v in values if v is not None]
    return (sum(present) / len(present) if present else None), len(present)


def summarize(rows: Sequence[dict]) -> dict:
    """Aggregate per-question results (each with `answerable`, `scores`, optional `judged`) into metrics.
    Each metric comes with `n_<metric>`: how many questions it was computed over."""
    scores = [r["scores"] for r in rows]
    metrics: dict = {
        "questions": len(rows),
        "answerable": sum(bool(r["answerable"]) for r in rows),
        "errors": sum(1 for r in rows if r.get("error")),
    }
    columns = {
        "accuracy": "correct",
        "key_fact_accuracy": "key_facts",
        "key_fact_accuracy_anywhere": "key_facts_anywhere",
        "token_f1": "token_f1",
        "hit_at_k": "hit",
        "recall_at_k": "recall",
        "mrr": "rr",
        "citation_validity": "citation_valid",
        "citation_support": "support",
        "cited_gold_precision": "cited_gold_precision",
    }
    for name, key in columns.items():
        metrics[name], metrics[f"n_{name}"] = _mean(s.get(key) for s in scores)
    answered = [r for r in rows if r["scores"].get("grounded") is not None]
    precision, recall = refusal_scores(
        [bool(r["answerable"]) for r in answered], [bool(r["scores"]["grounded"]) for r in answered]
    )
    metrics["refusal_precision"], metrics["refusal_recall"] = precision, recall
    metrics["n_refusal_recall"] = sum(not r["answerable"] for r in answered)
    metrics["n_refusal_precision"] = sum(not r["scores"]["grounded"] for r in answered)
    latencies = [s["latency"] for s in scores if s.get("latency") is not None]
    metrics["latency_p50"], metrics["latency_p95"] = percentile(latencies, 50), percentile(latencies, 95)
    metrics["n_latency_p50"] = metrics["n_latency_p95"] = len(latencies)
    judged = [r.get("judged") or {} for r in rows]
    for name in ("faithfulness", "correctness"):
        values = [j.get(name) for j in judged if j.get(name) is not None]
        if values:
            metrics[f"judged_{name}"], metrics[f"n_judged_{name}"] = _mean(values)
    return metrics


def summarize_by(rows: Sequence[dict], key: str) -> dict[str, dict]:
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return {name: summarize(members) for name, members in sorted(groups.items())}
