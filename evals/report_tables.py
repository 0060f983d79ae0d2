"""Rich tables of a run's figures, overall, by group, per suite and for attribution (the CLI prints them)."""

from __future__ import annotations

from typing import Any

from evals.metric_labels import ATTRIBUTION_LABELS, JUDGED, METRICS, fmt, label


def overall_table(summary: dict) -> Any:
    from rich.table import Table

    overall = summary["overall"]
    table = Table(
        title=f"Overall ({label(summary)}), {overall['questions']} questions", title_justify="left", min_width=72
    )
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("over", justify="right")
    for key, name, kind in METRICS:
        over = overall.get(f"n_{key}", overall["questions"] if kind == "seconds" else None)
        table.add_row(name, fmt(overall.get(key), kind), "-" if over is None else str(over))
    for key, name in JUDGED:
        if key in overall:
            table.add_row(
                f"{name} [judge {summary['meta']['judge_model']}]", fmt(overall[key]), str(overall.get(f"n_{key}"))
            )
    return table


def group_table(summary: dict, by: str) -> Any:
    from rich.table import Table

    title = {"by_type": "By question type", "by_lang": "By language"}.get(by, by)
    table = Table(title=f"{title} ({label(summary)})", title_justify="left")
    table.add_column(by.removeprefix("by_"))
    table.add_column("n", justify="right")
    shown = [
        m
        for m in METRICS
        if m[0] not in ("key_fact_accuracy_anywhere", "recall_at_k", "refusal_precision", "latency_p95")
    ]
    for _, name, _ in shown:
        table.add_column(name, justify="right")
    for group, metrics in summary[by].items():
        table.add_row(group, str(metrics["questions"]), *(fmt(metrics.get(key), kind) for key, _, kind in shown))
    return table


SUITE_COLUMNS = (
    ("key_fact_accuracy", "key facts in answer line"),
    ("hit_at_k", "gold doc in top k"),
    ("mrr", "MRR"),
    ("refusal_precision", "refusal precision"),
    ("refusal_recall", "refusal recall"),
    ("citation_validity", "citations valid"),
    ("latency_p95", "p95 s"),
)


def suites_table(summaries: dict[str, dict]) -> Any:
    """One row per suite; the split says whether the figures are training figures or held out."""
    from rich.table import Table

    first = next(iter(summaries.values()))
    table = Table(title=f"Suites ({label(first)})", title_justify="left")
    for name in ("suite", "split", "questions"):
        table.add_column(name)
    for _, name in SUITE_COLUMNS:
        table.add_column(name, justify="right")
    for suite, summary in summaries.items():
        overall = summary["overall"]
        cells = [fmt(overall.get(key), "seconds" if key.startswith("latency") else "rate") for key, _ in SUITE_COLUMNS]
        table.add_row(suite, summary["meta"].get("split", "-"), str(overall["questions"]), *cells)
    return table


def attribution_table(summaries: dict[str, dict]) -> Any | None:
    """One row per suite that carries attribution figures (evals.attribution), None when none does."""
    from rich.table import Table

    from evals.attribution import FIGURES

    carrying = {name: s["attribution"] for name, s in summaries.items() if s.get("attribution")}
    if not carrying:
        return None
    table = Table(title="Attribution (who said what, when; the hand-made gold set)", title_justify="left")
    for column in ("suite", "gold rows"):
        table.add_column(column)
    for name in FIGURES:
        table.add_column(ATTRIBUTION_LABELS[name], justify="right")
    for suite, figures in carrying.items():
        table.add_row(suite, str(figures.get("n_gold", "-")), *(fmt(figures.get(name)) for name in FIGURES))
    return table


def tables(summary: dict) -> list[Any]:
    return [overall_table(summary), group_table(summary, "by_type"), group_table(summary, "by_lang")]
