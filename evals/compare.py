"""Compare two eval runs (metric deltas, questions that got worse) and check a run against the baseline."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from evals.metric_labels import METRICS
from evals.metrics import HEADLINE, LOWER_IS_BETTER
from evals.report import read_run

BASELINE_PATH = Path(__file__).parent / "baseline.json"
DEFAULT_TOLERANCE = 0.02
SUPPORT_DROP = 0.2  # a question's citation support must fall by this much to count as worse


@dataclass
class MetricDelta:
    metric: str
    a: float | None
    b: float | None
    delta: float | None
    better: bool | None  # None: unchanged or not comparable


@dataclass
class QuestionChange:
    id: str
    question: str
    reasons: list[str]


@dataclass
class Comparison:
    run_a: str
    run_b: str
    answerer_a: str
    answerer_b: str
    metrics: list[MetricDelta]
    worse: list[QuestionChange]
    better: list[QuestionChange]
    only_in_a: list[str] = field(default_factory=list)
    only_in_b: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def metric_deltas(overall_a: dict, overall_b: dict) -> list[MetricDelta]:
    names = [key for key, _, _ in METRICS] + sorted(
        k for k in set(overall_a) | set(overall_b) if k.startswith("judged_")
    )
    deltas = []
    for name in names:
        a, b = overall_a.get(name), overall_b.get(name)
        if a is None or b is None:
            deltas.append(MetricDelta(name, a, b, None, None))
            continue
        delta = b - a
        better = None if abs(delta) < 1e-9 else (delta < 0 if name in LOWER_IS_BETTER else delta > 0)
        deltas.append(MetricDelta(name, a, b, delta, better))
    return deltas


def question_changes(row_a: dict, row_b: dict) -> tuple[list[str], list[str]]:
    """Reasons a question got worse, and reasons it got better, from run A to run B."""
    worse, better = [], []
    sa, sb = row_a["scores"], row_b["scores"]
    checks = (
        ("correct", "answer no longer correct", "answer now correct"),
        ("hit", "gold document no longer retrieved", "gold document now retrieved"),
        ("citation_valid", "citations no longer valid", "citations now valid"),
    )
    for key, lost, gained in checks:
        if sa.get(key) and sb.get(key) is not None and not sb.get(key):
            worse.append(lost)
        elif sb.get(key) and sa.get(key) is not None and not sa.get(key):
            better.append(gained)
    if sa.get("support") is not None and sb.get("support") is not None:
        if sb["support"] <= sa["support"] - SUPPORT_DROP:
            worse.append(f"citation support {sa['support']:.0%} -> {sb['support']:.0%}")
        elif sb["support"] >= sa["support"] + SUPPORT_DROP:
            better.append(f"citation support {sa['support']:.0%} -> {sb['support']:.0%}")
    if not row_a.get("error") and row_b.get("error"):
        worse.append(f"error: {row_b['error']}")
    return worse, better


def compare_runs(run_a_dir: str | Path, run_b_dir: str | Path) -> Comparison:
    """Metric deltas (B - A) and the questions that got worse or better from run A to run B."""
    summary_a, rows_a = read_run(run_a_dir)
    summary_b, rows_b = read_run(run_b_dir)
    by_id_a = {r["id"]: r for r in rows_a}
    by_id_b = {r["id"]: r for r in rows_b}
    worse, better = [], []
    for qid, row_a in by_id_a.items():
        row_b = by_id_b.get(qid)
        if row_b is None:
            continue
        lost, gained = question_changes(row_a, row_b)
        if lost:
            worse.append(QuestionChange(qid, row_b["question"], lost))
        if gained:
            better.append(QuestionChange(qid, row_b["question"], gained))
    warnings = []
    sha_a, sha_b = summary_a["meta"].get("dataset_sha256"), summary_b["meta"].get("dataset_sha256")
    if sha_a != sha_b:
        warnings.append("the runs used different datasets: overall deltas mix changed questions")
    if summary_a["meta"].get("k") != summary_b["meta"].get("k"):
        warnings.append(f"the runs used different k ({summary_a['meta'].get('k')} vs {summary_b['meta'].get('k')})")
    return Comparison(
        run_a=str(run_a_dir),
        run_b=str(run_b_dir),
        answerer_a=summary_a["meta"]["answerer"],
        answerer_b=summary_b["meta"]["answerer"],
        metrics=metric_deltas(summary_a["overall"], summary_b["overall"]),
        worse=worse,
        better=better,
        only_in_a=sorted(set(by_id_a) - set(by_id_b)),
        only_in_b=sorted(set(by_id_b) - set(by_id_a)),
        warnings=warnings,
    )


# --- baseline and gate ----------------------------------------------------------------------------------------------
def write_baseline(summary: dict, path: Path = BASELINE_PATH, tolerance: float = DEFAULT_TOLERANCE) -> dict:
    meta = summary["meta"]
    baseline = {
        "note": "Written by `python -m evals.run --write-baseline` from a fresh offline run of this suite. "
        "Update it deliberately, in its own commit, with the reason; never to hide a drop.",
        "suite": meta.get("suite"),
        "split": meta.get("split"),
        "dataset_sha256": meta.get("dataset_sha256"),
        "mode": meta["mode"],
        "k": meta["k"],
        "answerer": meta["answerer"],
        "embed_model": meta.get("embed_model"),
        "created": meta["started"],
        "tolerance": tolerance,
        "headline": list(HEADLINE),
        "metrics": {key: summary["overall"].get(key) for key, _, _ in METRICS},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
    return baseline


def load_baseline(path: Path = BASELINE_PATH) -> dict:
    from index.errors import SumberError

    if not path.is_file():
        raise SumberError(f"no baseline at {path}: create it with `python -m evals.run --write-baseline`")
    return json.loads(path.read_text(encoding="utf-8"))


def gate_failures(summary: dict, baseline: dict, tolerance: float | None = None) -> list[str]:
    """Headline metrics that fell below baseline - tolerance; an empty list means the gate passes."""
    tolerance = baseline.get("tolerance", DEFAULT_TOLERANCE) if tolerance is None else tolerance
    failures = []
    if baseline.get("dataset_sha256") and baseline["dataset_sha256"] != summary["meta"].get("dataset_sha256"):
        failures.append(
            "the dataset changed since the baseline was written: review the new figures and "
            "run `python -m evals.run --write-baseline`"
        )
    for name in baseline.get("headline", HEADLINE):
        expected, actual = baseline["metrics"].get(name), summary["overall"].get(name)
        if expected is None:
            continue
        if actual is None or actual < expected - tolerance:
            failures.append(
                f"{name} fell to {actual if actual is None else round(actual, 4)} from the baseline "
                f"{round(expected, 4)} (tolerance {tolerance})"
            )
    return failures
