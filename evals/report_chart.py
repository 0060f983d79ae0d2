"""The run's chart: the main metrics per question type."""

from __future__ import annotations

from pathlib import Path

from evals.metric_labels import label

CHART_METRICS = (
    ("accuracy", "accuracy"),
    ("hit_at_k", "hit@k"),
    ("mrr", "MRR"),
    ("citation_support", "citation support"),
)


def plot_metrics_by_type(summary: dict, path: Path) -> Path:
    """Grouped bars of the main metrics per question type. Uses the Agg canvas directly: no GUI, no global state."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    groups = list(summary["by_type"])
    figure = Figure(figsize=(max(8.0, 1.1 * len(groups) + 2), 4.8), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    width = 0.8 / len(CHART_METRICS)
    for index, (key, name) in enumerate(CHART_METRICS):
        values = [summary["by_type"][g].get(key) for g in groups]
        xs = [i + (index - (len(CHART_METRICS) - 1) / 2) * width for i in range(len(groups))]
        axes.bar(xs, [v if v is not None else 0 for v in values], width, label=name)
    axes.set_xticks(range(len(groups)), [f"{g}\n(n={summary['by_type'][g]['questions']})" for g in groups], fontsize=8)
    axes.set_ylim(0, 1.05)
    axes.set_ylabel("share of questions")
    axes.set_title(f"Sumber eval by question type ({label(summary)})", fontsize=10)
    axes.legend(fontsize=8, ncols=len(CHART_METRICS), loc="upper center", bbox_to_anchor=(0.5, -0.18))
    figure.tight_layout()
    figure.savefig(path)
    return path
