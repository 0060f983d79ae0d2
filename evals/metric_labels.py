"""How the metrics are labelled and formatted in the tables, the report and the comparison."""

from __future__ import annotations

from typing import Any

# (summary key, short label, kind): kind "rate" is a 0..1 share shown as a percentage, "seconds" a duration.
METRICS: tuple[tuple[str, str, str], ...] = (
    ("accuracy", "accuracy", "rate"),
    ("key_fact_accuracy", "key facts", "rate"),
    ("key_fact_accuracy_anywhere", "key facts anywhere", "rate"),
    ("token_f1", "token F1", "rate"),
    ("hit_at_k", "hit@k", "rate"),
    ("recall_at_k", "recall@k", "rate"),
    ("mrr", "MRR", "rate"),
    ("citation_validity", "cit. valid", "rate"),
    ("citation_support", "cit. support", "rate"),
    ("cited_gold_precision", "cited gold P", "rate"),
    ("refusal_precision", "refusal P", "rate"),
    ("refusal_recall", "refusal R", "rate"),
    ("latency_p50", "p50 s", "seconds"),
    ("latency_p95", "p95 s", "seconds"),
)
JUDGED = (("judged_faithfulness", "judged faithfulness"), ("judged_correctness", "judged correctness"))
ATTRIBUTION_LABELS = {
    "span_precision": "span P",
    "span_recall": "span R",
    "speaker_precision": "speaker P",
    "speaker_recall": "speaker R",
    "date_precision": "date P",
    "date_recall": "date R",
    "dates_invented": "dates invented",
    "metadata_as_events": "datelines as events",
}


def fmt(value: Any, kind: str = "rate") -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" if kind == "seconds" else f"{value * 100:.1f}%"


def label(summary: dict) -> str:
    meta = summary["meta"]
    return f"answerer: {meta['answerer']}, mode {meta['mode']}, k={meta['k']}"
