"""Write a run folder (results.jsonl, summary.json, report.md, metrics_by_type.png) and build rich tables.

Nothing here prints: the CLI prints the tables this module builds.
"""

from __future__ import annotations

import json
from pathlib import Path
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
DESCRIPTIONS = {
    "accuracy": "all questions: answerable ones need every key-fact group (and grounded=True), "
    "unanswerable ones need grounded=False",
    "key_fact_accuracy": "answerable questions whose answer is grounded and contains an alias of every key-fact group "
    "(in the answer itself, not in the quoted-evidence section after it)",
    "key_fact_accuracy_anywhere": "the same, also counting the quoted-evidence section (lenient; diagnostic only)",
    "token_f1": "token F1 of the answer (without its quoted evidence) against the reference answer",
    "hit_at_k": "a gold document among the top-k retrieved documents",
    "recall_at_k": "share of the gold documents among the top-k retrieved documents",
    "mrr": "1 / rank of the first gold document",
    "citation_validity": "every [n] resolves and every snippet equals document.text[start:end]",
    "citation_support": "cited claims whose snippets hold >= {threshold:.0%} of the claim's content tokens",
    "cited_gold_precision": "share of the cited documents that are gold documents",
    "refusal_precision": "grounded=False answers that were for unanswerable questions",
    "refusal_recall": "unanswerable questions answered with grounded=False",
    "latency_p50": "median seconds per answer",
    "latency_p95": "95th percentile seconds per answer",
}
CHART_METRICS = (
    ("accuracy", "accuracy"),
    ("hit_at_k", "hit@k"),
    ("mrr", "MRR"),
    ("citation_support", "citation support"),
)


def fmt(value: Any, kind: str = "rate") -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" if kind == "seconds" else f"{value * 100:.1f}%"


def label(summary: dict) -> str:
    meta = summary["meta"]
    return f"answerer: {meta['answerer']}, mode {meta['mode']}, k={meta['k']}"


# --- rich tables (printed by the CLI) -----------------------------------------------------------------------------
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


SPLITS = {
    "training": "training figures (the answerer was developed while reading this set's answers)",
    "held-out": "held out (never tuned on; read for totals only)",
    None: "unlabelled",
}
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


def _attribution_markdown(figures: dict) -> list[str]:
    from evals.attribution import FIGURES

    lines = [
        "",
        f"## Attribution ({figures.get('n_gold')} gold statement and figure rows, "
        f"{figures.get('n_metadata')} dateline rows; evals/attribution.py)",
        "",
    ]
    return lines + _md_table(
        ["figure", "value"], [[ATTRIBUTION_LABELS[name], fmt(figures.get(name))] for name in FIGURES]
    )


def tables(summary: dict) -> list[Any]:
    return [overall_table(summary), group_table(summary, "by_type"), group_table(summary, "by_lang")]


# --- files --------------------------------------------------------------------------------------------------------
def write_run(out: Path, summary: dict, rows: list[dict]) -> Path:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "results.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "report.md").write_text(render_markdown(summary, rows), encoding="utf-8")
    plot_metrics_by_type(summary, out / "metrics_by_type.png")
    return out


def read_run(run_dir: str | Path) -> tuple[dict, list[dict]]:
    from index.errors import SumberError

    run_dir = Path(run_dir)
    summary_path, results_path = run_dir / "summary.json", run_dir / "results.jsonl"
    if not summary_path.is_file() or not results_path.is_file():
        raise SumberError(
            f"{run_dir} is not an eval run folder: it needs summary.json and results.jsonl, "
            f"as written by `sumber eval --out {run_dir}`"
        )
    try:
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
        rows = [json.loads(line) for line in results_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise SumberError(f"{run_dir} holds a damaged run file ({exc.msg}): run the eval again") from None
    return summary, rows


def _md_table(header: list[str], body: list[list[str]]) -> list[str]:
    def cell(text: str) -> str:
        return str(text).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in body]
    return lines


def render_markdown(summary: dict, rows: list[dict]) -> str:
    meta, overall = summary["meta"], summary["overall"]
    threshold = meta.get("support_threshold", 0.5)
    lines = [
        f"# Sumber evaluation: {meta['answerer']}",
        "",
        (
            f"- answerer: **{meta['answerer']}** (mode `{meta['mode']}`), "
            f"embeddings `{meta.get('embed_model')}`, k = {meta['k']}"
        ),
        f"- dataset: `{meta['dataset']}` ({overall['questions']} questions, {overall['answerable']} answerable)"
        + (f", sha256 `{meta['dataset_sha256'][:12]}`" if meta.get("dataset_sha256") else ""),
        (
            f"- started {meta['started']}, {meta['seconds']} s; errors: {overall['errors']}; "
            f"answers with a notice (e.g. the LLM failed and the offline answer stood in): "
            f"{meta.get('notices', 0)}"
        ),
        *(
            [f"- suite `{meta['suite']}` over the `{meta.get('corpus')}` corpus: **{SPLITS[meta.get('split')]}**"]
            if meta.get("suite")
            else []
        ),
        "",
        f"## Overall ({meta['answerer']})",
        "",
    ]
    body = []
    for key, name, kind in METRICS:
        over = overall.get(f"n_{key}")
        body.append(
            [
                name,
                fmt(overall.get(key), kind),
                "-" if over is None else str(over),
                DESCRIPTIONS[key].format(threshold=threshold),
            ]
        )
    lines += _md_table(["metric", "value", "over", "definition"], body)
    if any(key in overall for key, _ in JUDGED):
        lines += [
            "",
            f"## LLM-judged (judge: {meta.get('judge_model')}; an LLM's opinion, not an offline measurement)",
            "",
        ]
        lines += _md_table(
            ["metric", "value", "judged questions"],
            [[name, fmt(overall.get(key)), str(overall.get(f"n_{key}", 0))] for key, name in JUDGED if key in overall],
        )
    for by, title in (("by_type", "By question type"), ("by_lang", "By language")):
        lines += ["", f"## {title} ({meta['answerer']})", ""]
        header = [by.removeprefix("by_"), "n", *(name for _, name, _ in METRICS)]
        lines += _md_table(
            header,
            [
                [group, str(m["questions"]), *(fmt(m.get(key), kind) for key, _, kind in METRICS)]
                for group, m in summary[by].items()
            ],
        )
    if summary.get("attribution"):
        lines += _attribution_markdown(summary["attribution"])
    lines += ["", "![metrics by type](metrics_by_type.png)", "", "## Per question", ""]
    lines += _md_table(
        ["id", "type", "lang", "correct", "grounded", "hit", "cit. valid", "support", "s", "answer"],
        [_question_cells(row) for row in rows],
    )
    wrong = [row for row in rows if row["scores"].get("correct") is False]
    lines += ["", f"## Wrong answers ({len(wrong)})", ""]
    for row in wrong:
        lines += [f"### {row['id']} ({row['type']}, {row['lang']})", "", f"**Q:** {row['question']}", ""]
        if row.get("error"):
            lines.append(f"**Error:** {row['error']}")
        elif row["answerable"]:
            matched = row["scores"].get("groups_matched") or [False] * len(row["answers"])
            missing = [" / ".join(group[:3]) for group, ok in zip(row["answers"], matched) if not ok]
            reason = "not grounded" if not row.get("grounded") else f"missing: {'; '.join(missing)}"
            lines.append(f"**Expected:** {row.get('reference') or row['answers']} ({reason})")
        else:
            lines.append("**Expected:** a refusal (grounded=False); the corpus does not answer this")
        lines += ["", "**Answer:** " + _excerpt(row.get("answer") or "", 600), ""]
    return "\n".join(lines) + "\n"


def _question_cells(row: dict) -> list[str]:
    s = row["scores"]

    def yes(value: Any) -> str:
        return "-" if value is None else ("yes" if value else "no")

    return [
        row["id"],
        row["type"],
        row["lang"],
        yes(s.get("correct")),
        yes(row.get("grounded")),
        yes(s.get("hit")),
        yes(s.get("citation_valid")),
        fmt(s.get("support")),
        "-" if s.get("latency") is None else f"{s['latency']:.2f}",
        _excerpt(row.get("answer") or row.get("error") or "", 120),
    ]


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
