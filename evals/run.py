"""Run a dataset through rag.Assistant like a user script, score every answer, write the run folder.

    from evals import run_eval
    run = run_eval(k=5, out="runs/offline")      # default dataset, offline answerer
    run.summary["overall"]["key_fact_accuracy"]

`python -m evals.run --write-baseline [--suite NAME]` regenerates the suites' baselines (evals/baseline.json,
evals/baselines/*.json) from fresh offline runs (deliberately).
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict, Unpack

from evals.citation_support import SUPPORT_THRESHOLD
from evals.dataset import DEFAULT_DATASET, EvalItem, dataset_fingerprint, dataset_stats, load_dataset
from evals.evaluate import evaluate_item
from evals.judge import Judge, make_judge
from evals.metrics import summarize, summarize_by
from evals.progress import ProgressCallback, progress_bar
from evals.suites import SUITES, Suite, corpus_assistant, suites_named
from index.errors import ConfigError, SumberError

MODES = ("offline", "llm")


@dataclass
class EvalRun:
    summary: dict
    rows: list[dict]
    out: Path | None = None


def run_eval(
    dataset: str | Path | Sequence[EvalItem] | None = None,
    mode: str = "offline",
    k: int = 5,
    out: str | Path | None = None,
    assistant: Any = None,
    limit: int | None = None,
    progress: bool | ProgressCallback = True,
    *,
    judge: bool = False,
    judge_model: str | None = None,
    settings: Any = None,
    labels: dict | None = None,
    attribution: dict | None = None,
) -> EvalRun:
    """Ask every question, score it, and write results.jsonl, summary.json, report.md and metrics_by_type.png
    into `out` (default: runs/eval-<time>). `progress`: True shows a bar on stderr, False nothing, or a
    callback(done, total, question_id). `judge` adds LLM-judged faithfulness/correctness (needs an LLM).
    `attribution`: attribution figures (evals.attribution) to keep beside the question scores, as they are."""
    if mode not in MODES:
        raise ConfigError(f"unknown mode '{mode}': use one of {', '.join(MODES)}")
    if k < 1:
        raise ConfigError(f"k must be at least 1, got {k}")
    items, dataset_path = _items(dataset, limit)
    started = datetime.now(UTC)
    clock = time.perf_counter()
    helper = assistant if assistant is not None else make_assistant(mode, settings)
    grader = make_judge(helper.settings, judge_model) if judge else None
    rows = []
    with progress_bar(progress, len(items)) as advance:
        for number, item in enumerate(items, start=1):
            rows.append(evaluate_item(helper, item, k, grader))
            advance(number, len(items), item.id)
    summary = {
        "meta": {**_meta(dataset_path, mode, k, limit, helper, grader, rows, started, clock), **(labels or {})},
        "dataset_stats": dataset_stats(items),
        "overall": summarize(rows),
        "by_type": summarize_by(rows, "type"),
        "by_lang": summarize_by(rows, "lang"),
    }
    if attribution:
        summary["attribution"] = attribution
    run = EvalRun(summary, rows)
    from evals.report import write_run

    run.out = write_run(Path(out) if out else default_out_dir(), summary, rows)
    return run


def _meta(
    dataset_path: Path | None,
    mode: str,
    k: int,
    limit: int | None,
    helper: Any,
    grader: Judge | None,
    rows: list[dict],
    started: datetime,
    clock: float,
) -> dict:
    answerers = sorted({r["answerer"] for r in rows if r.get("answerer")}) or [helper.answerer_name]
    return {
        "dataset": str(dataset_path) if dataset_path else "(in memory)",
        "dataset_sha256": dataset_fingerprint(dataset_path) if dataset_path else None,
        "mode": mode,
        "k": k,
        "answerer": ", ".join(answerers),
        "embed_model": getattr(helper.embedder, "name", None),
        "judge_model": grader.model if grader else None,
        "support_threshold": SUPPORT_THRESHOLD,
        "started": started.isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - clock, 2),
        "python": platform.python_version(),
        "limit": limit,
        "notices": sum(1 for r in rows if r.get("notice")),
    }


def _items(dataset: str | Path | Sequence[EvalItem] | None, limit: int | None) -> tuple[list[EvalItem], Path | None]:
    if dataset is None or isinstance(dataset, (str, Path)):
        path = Path(dataset) if dataset is not None else DEFAULT_DATASET
        return load_dataset(path, limit=limit), path
    items = list(dataset)
    return (items[:limit] if limit else items), None


def make_assistant(mode: str, settings: Any = None, progress: Callable[[int, int, str], None] | None = None) -> Any:
    """An Assistant for the mode; on a fresh data folder it indexes the default corpus first (`progress` sees it)."""
    from rag import Assistant, Settings

    settings = settings or Settings()
    if mode == "offline":
        settings = settings.model_copy(update={"offline": True})
    elif not settings.llm_enabled:
        raise ConfigError(
            "--mode llm needs an LLM: set OPENAI_BASE_URL (and OPENAI_API_KEY if the server wants one) "
            "and SUMBER_LLM_MODEL, or use --mode offline"
        )
    return Assistant(settings, progress=progress)


def default_out_dir() -> Path:
    return Path("runs") / f"eval-{datetime.now().strftime('%Y%m%d-%H%M%S')}"


# --- suites: each dataset over its own corpus ------------------------------------------------------------------------
class SuiteAsking(TypedDict, total=False):
    """run_eval's options that run_suites passes on to every suite's run."""

    limit: int | None
    judge: bool
    judge_model: str | None


def run_suites(
    suites: Sequence[Suite],
    mode: str = "offline",
    k: int = 5,
    out: str | Path | None = None,
    settings: Any = None,
    progress: bool | ProgressCallback = True,
    *,
    indexing: Callable[[int, int, str], None] | None = None,
    attribution: bool = True,
    **asking: Unpack[SuiteAsking],
) -> dict[str, EvalRun]:
    """Every suite over its corpus (each corpus indexed once, in its own `eval-<corpus>` collection); the runs
    are written to `out/<suite>`. `indexing` sees the corpus ingest progress. With `attribution`, each training
    suite's summary also carries the attribution figures of its corpus (evals.attribution: the gold set's
    documents as that collection stores them), a block of its own that the question scores never see."""
    from evals.attribution import corpus_figures
    from rag import Settings

    settings = settings or Settings()
    if mode == "offline":
        settings = settings.model_copy(update={"offline": True})
    make_assistant(mode, settings)  # refuses --mode llm without an LLM before any corpus is indexed
    out = Path(out) if out else default_out_dir()
    helpers: dict[str, Any] = {}
    runs = {}
    for suite in suites:
        if suite.corpus not in helpers:
            helpers[suite.corpus] = corpus_assistant(suite.corpus, settings, indexing)
        runs[suite.name] = run_eval(
            suite.dataset,
            mode,
            k,
            out / suite.name,
            assistant=helpers[suite.corpus],
            progress=progress,
            labels=suite_labels(suite),
            attribution=corpus_figures(suite.corpus, helpers[suite.corpus])
            if attribution and suite.split == "training"
            else None,
            **asking,
        )
    return runs


def suite_labels(suite: Suite) -> dict:
    return {"suite": suite.name, "corpus": suite.corpus, "split": suite.split}


def fresh_offline_runs(suites: Sequence[Suite], out: Path | None = None, progress: bool = True) -> dict[str, EvalRun]:
    """The gate's setting: each corpus ingested into a brand-new data folder, offline answers, k=5."""
    from rag import Settings

    with tempfile.TemporaryDirectory(prefix="sumber-eval-") as home:
        with tempfile.TemporaryDirectory(prefix="sumber-eval-out-") as scratch:
            runs = run_suites(suites, "offline", 5, out or Path(scratch), Settings(home=Path(home)), progress)
    if out is None:
        for run in runs.values():
            run.out = None  # the scratch folder is gone
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evals.run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--suite", action="append", choices=list(SUITES), help="a suite (repeatable); default all")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--write-baseline",
        action="store_true",
        help="run the suites offline in a fresh data folder and overwrite their baseline files",
    )
    args = parser.parse_args(argv)
    from evals.compare import write_baseline

    try:
        suites = suites_named(args.suite)
        runs = fresh_offline_runs(suites, args.out)
    except SumberError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for suite in suites:
        run = runs[suite.name]
        overall = run.summary["overall"]
        print(f"{suite.name} ({suite.split})")
        for name in SHOWN:
            value = overall.get(name)
            print(f"  {name:20s} {'-' if value is None else f'{value:.3f}'}")
        if args.out:
            print(f"  run written to {run.out}")
        if args.write_baseline:
            write_baseline(run.summary, suite.baseline)
            print(f"  baseline written to {suite.baseline}: review the change before committing it")
    return 0


SHOWN = (
    "accuracy",
    "key_fact_accuracy",
    "hit_at_k",
    "mrr",
    "citation_validity",
    "citation_support",
    "refusal_precision",
    "refusal_recall",
    "latency_p50",
    "latency_p95",
)


if __name__ == "__main__":
    sys.exit(main())
