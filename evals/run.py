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
from typing import Any

from evals.citation_support import SUPPORT_THRESHOLD
from evals.dataset import DEFAULT_DATASET, EvalItem, dataset_fingerprint, dataset_stats, load_dataset
from evals.metrics import score_row, summarize, summarize_by
from evals.retrieval_metrics import dedupe
from evals.suites import SUITES, Suite, corpus_assistant, suites_named
from index.errors import ConfigError, SumberError

ProgressCallback = Callable[[int, int, str], None]
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
    with _progress(progress, len(items)) as advance:
        for number, item in enumerate(items, start=1):
            rows.append(evaluate_item(helper, item, k, grader))
            advance(number, len(items), item.id)
    answerers = sorted({r["answerer"] for r in rows if r.get("answerer")}) or [helper.answerer_name]
    summary = {
        "meta": {
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
            **(labels or {}),
        },
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


def evaluate_item(helper: Any, item: EvalItem, k: int, grader: Judge | None = None) -> dict:
    """One question: retrieval for the retrieval metrics, then the answer, timed as a user would see it."""
    row: dict = {
        "id": item.id,
        "question": item.question,
        "lang": item.lang,
        "type": item.type,
        "answerable": item.answerable,
        "answers": item.answers,
        "gold_doc_ids": item.gold_doc_ids,
        "reference": item.reference,
        "history": item.history,
    }
    retrieved: list[str] = []
    answer: dict | None = None
    seconds = None
    try:
        chat = helper.chat() if item.history else None
        for earlier in item.history:  # a follow-up: the chat hears the earlier questions first
            chat.ask(earlier)
        retrieval_query = f"{item.history[0]} {item.question}" if item.history else item.question
        retrieved = dedupe(p.doc_id for p in helper.retrieve(retrieval_query, k))
        clock = time.perf_counter()
        result = chat.ask(item.question) if chat else helper.ask(item.question, k=k)
        seconds = time.perf_counter() - clock
        answer = result.to_dict()
    except Exception as exc:  # noqa: BLE001 - one failing question must not end the run; it is scored as wrong
        row["error"] = f"{type(exc).__name__}: {exc}"
    scores = score_row(item.to_dict(), answer, retrieved, k, _doc_texts(helper), seconds)
    row.update({"retrieved_doc_ids": retrieved, "scores": scores})
    if answer is not None:
        row.update(
            {
                "answer": answer["answer"],
                "grounded": answer["grounded"],
                "citations": answer["citations"],
                "answerer": answer.get("answerer"),
                "notice": answer.get("notice"),
                "refusal_reason": answer.get("refusal_reason"),
                "assistant_unsupported": answer.get("unsupported", []),
                "truncated": answer.get("truncated"),
            }
        )
        if grader and item.answerable and answer["grounded"]:
            contexts = [c["snippet"] for c in answer["citations"]] or [
                p.text for p in helper.retrieve(item.question, k)
            ]
            row["judged"] = grader.judge(item.question, answer["answer"], contexts, item.reference)
    return row


def _doc_texts(helper: Any) -> Callable[[str], str | None]:
    def doc_text(doc_id: str) -> str | None:
        try:
            return helper.document(doc_id).text
        except SumberError:
            return None

    return doc_text


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


class _progress:
    """Context manager yielding advance(done, total, label): a rich bar on stderr, a callback, or nothing."""

    def __init__(self, progress: bool | ProgressCallback, total: int) -> None:
        self._setting, self._total, self._bar = progress, total, None

    def __enter__(self) -> ProgressCallback:
        if callable(self._setting):
            return self._setting
        if not self._setting:
            return lambda done, total, label: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            TextColumn("[bold]Evaluating[/bold] {task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=True,
            console=Console(stderr=True),
        )
        task = self._bar.add_task("", total=self._total)
        self._bar.start()
        return lambda done, total, label: self._bar.update(task, completed=done, description=label)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


# --- LLM-judged metrics (llama-index evaluators), only with --judge -------------------------------------------------
class Judge:
    """Faithfulness (is the answer backed by its cited snippets?) and correctness (against the reference answer),
    judged by an LLM through llama-index's evaluators. Scores are the judge's opinion, labelled as such."""

    def __init__(self, model: str, base_url: str | None, api_key: str | None, timeout: float = 60.0) -> None:
        from llama_index.core.evaluation import CorrectnessEvaluator, FaithfulnessEvaluator
        from llama_index.llms.openai_like import OpenAILike

        llm = OpenAILike(
            model=model,
            api_base=base_url,
            api_key=api_key or "not-needed",
            is_chat_model=True,
            timeout=timeout,
            max_retries=1,
            temperature=0.0,
        )
        self.model = model
        self._faithfulness = FaithfulnessEvaluator(llm=llm)
        self._correctness = CorrectnessEvaluator(llm=llm)

    def judge(self, question: str, answer: str, contexts: list[str], reference: str | None) -> dict:
        verdict: dict = {}
        try:
            result = self._faithfulness.evaluate(query=question, response=answer, contexts=contexts)
            verdict["faithfulness"] = float(bool(result.passing))
            verdict["faithfulness_feedback"] = (result.feedback or "")[:300]
            if reference:
                result = self._correctness.evaluate(query=question, response=answer, reference=reference)
                verdict["correctness"] = float(bool(result.passing))  # the judge's 1-5 score is at least 4
                verdict["correctness_score"] = result.score
        except Exception as exc:  # noqa: BLE001 - a judge failure leaves the question unjudged, never ends the run
            verdict["error"] = f"{type(exc).__name__}: {exc}"[:300]
        return verdict


def make_judge(settings: Any, model: str | None = None) -> Judge:
    if not (settings.openai_base_url or settings.openai_api_key):
        raise ConfigError(
            "--judge needs an LLM: set OPENAI_BASE_URL (and OPENAI_API_KEY if needed); "
            "pass --judge-model or SUMBER_LLM_MODEL to choose the judge"
        )
    return Judge(model or settings.llm_model, settings.openai_base_url, settings.openai_api_key, settings.llm_timeout)


# --- suites: each dataset over its own corpus ------------------------------------------------------------------------
def run_suites(
    suites: Sequence[Suite],
    mode: str = "offline",
    k: int = 5,
    out: str | Path | None = None,
    settings: Any = None,
    progress: bool | ProgressCallback = True,
    *,
    limit: int | None = None,
    judge: bool = False,
    judge_model: str | None = None,
    indexing: Callable[[int, int, str], None] | None = None,
    attribution: bool = True,
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
            limit=limit,
            progress=progress,
            judge=judge,
            judge_model=judge_model,
            labels=suite_labels(suite),
            attribution=corpus_figures(suite.corpus, helpers[suite.corpus])
            if attribution and suite.split == "training"
            else None,
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
