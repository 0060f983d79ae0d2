"""`sumber eval` and `sumber eval compare`, as a typer sub-app the main CLI mounts:

    from evals.cli import eval_app
    app.add_typer(eval_app, name="eval")

`sumber eval [--suite NAME ...] [--mode offline|llm] [--k 5] [--out DIR] [--limit N] [--judge] [--json]` runs the
built-in suites, each over its corpus; `--dataset PATH` runs your own question set over your own collection;
`sumber eval compare RUN_A RUN_B [--json]` compares two run folders.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer

eval_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    invoke_without_command=True,
    help="Measure answer, retrieval and citation quality on a question set.",
)


def _settings(ctx: typer.Context):
    """The mounting CLI's settings (its global --home/--collection/--offline), else the environment.

    The `sumber` command puts an object with a `settings()` method in the click context; evals never imports it.
    """
    make = getattr(ctx.obj, "settings", None)
    if callable(make):
        return make()
    from rag.settings import Settings

    return Settings()


@contextmanager
def _indexing_bar(ctx: typer.Context) -> Iterator:
    """The mounting CLI's progress bar (`ctx.obj.progress_bar()`) for the first run on a fresh data folder, when
    a corpus gets indexed; without one, no bar."""
    make = getattr(ctx.obj, "progress_bar", None)
    if not callable(make):
        yield None
        return
    bar, update = make()
    with bar:
        yield update


@eval_app.callback(invoke_without_command=True)
def eval_command(
    ctx: typer.Context,
    suite: Annotated[
        list[str] | None,
        typer.Option(
            help="A built-in suite, each over its own corpus (repeatable; default all): default (the five default "
            "articles), clickid-dev, clickid-test (held out; CLICK-ID news of many topics)."
        ),
    ] = None,
    dataset: Annotated[
        Path | None, typer.Option(help="Your own JSONL question set, asked over your own collection.")
    ] = None,
    mode: Annotated[
        str, typer.Option(help="offline (extractive answerer) or llm (OPENAI_BASE_URL, SUMBER_LLM_MODEL).")
    ] = "offline",
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="Passages retrieved and answered from.")] = 5,
    out: Annotated[Path | None, typer.Option(help="Run folder (default: runs/eval-<time>).")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N questions.")] = None,
    judge: Annotated[
        bool,
        typer.Option(
            "--judge", help="Add LLM-judged faithfulness and correctness (llama-index evaluators; needs an LLM)."
        ),
    ] = False,
    judge_model: Annotated[str | None, typer.Option(help="Judge model (default: SUMBER_LLM_MODEL).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summaries as JSON.")] = False,
) -> None:
    """Run the question sets through the assistant; print metrics overall, by type and by language.

    Without --dataset, the built-in suites run, each over its corpus in a collection of its own (eval-default,
    eval-clickid) of the data folder: the first run indexes the CLICK-ID corpus (358 articles, minutes)."""
    if ctx.invoked_subcommand is not None:
        return
    from evals.run import MODES, run_suites
    from evals.suites import suites_named

    if mode not in MODES:
        raise typer.BadParameter(f"use one of {', '.join(MODES)}", param_hint="--mode")
    settings = _settings(ctx)
    if dataset is None:
        chosen = suites_named(suite)
        with _indexing_bar(ctx) as update:
            runs = run_suites(
                chosen, mode, k, out, settings, True, limit=limit, judge=judge, judge_model=judge_model, indexing=update
            )
        _print_suite_runs(runs, as_json)
        return
    run = _dataset_run(ctx, dataset, mode, k, out, settings, limit, judge, judge_model)
    _print_dataset_run(run, as_json)


def _dataset_run(
    ctx: typer.Context,
    dataset: Path,
    mode: str,
    k: int,
    out: Path | None,
    settings: Any,
    limit: int | None,
    judge: bool,
    judge_model: str | None,
) -> Any:
    from evals.run import make_assistant, run_eval

    with _indexing_bar(ctx) as update:
        helper = make_assistant(mode, settings, progress=update)
    return run_eval(
        dataset, mode, k, out, assistant=helper, limit=limit, progress=True, judge=judge, judge_model=judge_model
    )


def _print_suite_runs(runs: dict[str, Any], as_json: bool) -> None:
    from rich.console import Console

    from evals.report_tables import attribution_table, suites_table

    if as_json:
        print(json.dumps({name: run.summary for name, run in runs.items()}, indent=2, default=str))
        return
    console = Console()
    console.print(suites_table({name: run.summary for name, run in runs.items()}))
    attribution = attribution_table({name: run.summary for name, run in runs.items()})
    if attribution is not None:
        console.print(attribution)
    for name, run in runs.items():
        console.print(f"{name}: {run.out}", highlight=False)


def _print_dataset_run(run: Any, as_json: bool) -> None:
    from rich.console import Console

    from evals.report_tables import tables

    if as_json:
        print(json.dumps(run.summary, indent=2, default=str))
        return
    console = Console()
    for table in tables(run.summary):
        console.print(table)
    errors = run.summary["overall"]["errors"]
    if errors:
        console.print(f"[yellow]{errors} question(s) failed with an error: see report.md[/yellow]")
    console.print(
        f"Run written to {run.out} (results.jsonl, summary.json, report.md, metrics_by_type.png)", highlight=False
    )


@eval_app.command("compare")
def compare_command(
    run_a: Annotated[Path, typer.Argument(help="Earlier run folder (the reference).")],
    run_b: Annotated[Path, typer.Argument(help="Later run folder.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the table.")] = False,
) -> None:
    """Print the change of each metric from RUN_A to RUN_B and the questions that got worse."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from evals.compare import compare_runs
    from evals.metric_labels import METRICS, fmt

    result = compare_runs(run_a, run_b)
    if as_json:
        print(json.dumps(asdict(result), ensure_ascii=False, indent=2))
        return
    kinds = {key: kind for key, _, kind in METRICS}
    names = {key: name for key, name, _ in METRICS}
    table = Table(
        title=f"A = {run_a} ({result.answerer_a})  vs  B = {run_b} ({result.answerer_b})", title_justify="left"
    )
    for column in ("metric", "A", "B", "change"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for d in result.metrics:
        kind = kinds.get(d.metric, "rate")
        if d.delta is None:
            change = "-"
        else:
            shown = f"{d.delta:+.2f} s" if kind == "seconds" else f"{d.delta * 100:+.1f} pts"
            colour = {True: "green", False: "red", None: "dim"}[d.better]
            change = f"[{colour}]{shown}[/{colour}]"
        table.add_row(names.get(d.metric, d.metric), fmt(d.a, kind), fmt(d.b, kind), change)
    console = Console()
    console.print(table)
    for warning in result.warnings:
        console.print(f"[yellow]warning: {escape(warning)}[/yellow]")
    console.print(f"\n[bold]{len(result.worse)} question(s) got worse[/bold]")
    for change in result.worse:
        console.print(
            f"  [red]{escape(change.id)}[/red] {escape(change.question)}: {escape('; '.join(change.reasons))}",
            highlight=False,
        )
    console.print(f"[bold]{len(result.better)} question(s) got better[/bold]")
    for change in result.better:
        console.print(
            f"  [green]{escape(change.id)}[/green] {escape(change.question)}: {escape('; '.join(change.reasons))}",
            highlight=False,
        )
    for label, ids in (("only in A", result.only_in_a), ("only in B", result.only_in_b)):
        if ids:
            console.print(f"{label}: {', '.join(ids)}", highlight=False)
