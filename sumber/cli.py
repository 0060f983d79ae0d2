"""The `sumber` command: global options, each area's commands mounted, errors turned into one line.

Heavy libraries (gradio, chromadb, llama-index) are imported inside the commands that need them, so
`sumber --help` starts fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from sumber import commands
from sumber.options import CliState, state
from sumber.output import err_console

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Sumber: answers about news articles, with numbered citations to exact source snippets.",
)


@app.callback()
def _global(
    ctx: typer.Context,
    home: Annotated[Path | None, typer.Option(help="Data folder (default: SUMBER_HOME or the user data dir).")] = None,
    collection: Annotated[str | None, typer.Option(help="Chroma collection (SUMBER_COLLECTION).")] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Never call an LLM, even when one is configured.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show library tracebacks.")] = False,
) -> None:
    cli = state(ctx)
    cli.debug = debug
    overrides = {"home": home, "collection": collection, "offline": offline or None}
    cli.overrides = {k: v for k, v in overrides.items() if v is not None}


for command in (commands.ask, commands.ingest, commands.sources, commands.timeline, commands.compare):
    app.command()(command)


@app.command()
def ui(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7860,
    auth: Annotated[str | None, typer.Option(help="USER:PASSWORD required to open the app.")] = None,
) -> None:
    """Start the web chat."""
    from ui.app import launch

    launch(state(ctx).settings(), host=host, port=port, auth=auth)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to bind; any other than loopback needs --api-key.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8008,
    api_key: Annotated[str | None, typer.Option(envvar="SUMBER_API_KEY", help="Bearer key for every route.")] = None,
    sources_block: Annotated[bool, typer.Option(help="Append a plain-text sources block to answers.")] = False,
    queue_size: Annotated[int, typer.Option(help="Requests that may wait; more get 429.")] = 8,
    concurrency: Annotated[int, typer.Option(help="Answers computed at once.")] = 2,
) -> None:
    """Serve an OpenAI-compatible API: POST /v1/chat/completions, /v1/models, /v1/sources, /v1/ingest."""
    from ui.api_guard import check_bind

    check_bind(host, api_key)  # before the slow start
    from ui.api import serve as serve_api

    limits = {"queue_size": queue_size, "concurrency": concurrency}
    serve_api(state(ctx).settings(), host=host, port=port, api_key=api_key, sources_block=sources_block, **limits)


@app.command()
def bench(
    ctx: typer.Context,
    quick: Annotated[bool, typer.Option("--quick", help="One small scale point; under two minutes.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the table.")] = False,
    out: Annotated[Path, typer.Option(help="Folder for bench.json/.md (archive.json/.md with --archive).")] = Path(
        "bench-out"
    ),
    articles: Annotated[
        Path | None,
        typer.Option(help="Gzipped JSONL of news articles for the scale points (default: the shipped eval corpus)."),
    ] = None,
    archive: Annotated[
        bool, typer.Option("--archive", help="Ingest a real news archive for real, measure it.")
    ] = False,
    home: Annotated[Path | None, typer.Option(help="The archive's data folder (default: bench-archive/).")] = None,
    archive_file: Annotated[
        Path | None, typer.Option(help="The archive's articles, .jsonl(.gz) (default: the CLICK-ID dump).")
    ] = None,
    no_ingest: Annotated[bool, typer.Option("--no-ingest", help="Measure the archive index as it stands.")] = False,
    server: Annotated[bool, typer.Option("--server", help="Also ask through `chroma run` on 127.0.0.1.")] = False,
    ingest_log: Annotated[
        Path | None, typer.Option(help="With --no-ingest: the log of an earlier `python -m evals.archive` run.")
    ] = None,
    known_items: Annotated[int, typer.Option(help="Archive headlines asked as known-item queries.")] = 200,
    questions: Annotated[int, typer.Option(help="Eval questions timed warm on the archive.")] = 20,
    quality_questions: Annotated[
        int | None, typer.Option(help="At most this many eval questions per suite on the archive (default: all).")
    ] = None,
    cold_runs: Annotated[int, typer.Option(help="Cold `sumber ask` runs on the archive (the median is kept).")] = 3,
) -> None:
    """Benchmark ingest overhead, query latency at 1k/10k/50k chunks, a llama-index peer, memory, cold start;
    with --archive, a real archive ingested and measured."""
    from evals.bench import main as bench_main

    home = home or state(ctx).overrides.get("home")  # `sumber --home DIR bench --archive` means the same
    flags = {"--quick": quick, "--json": as_json, "--archive": archive, "--no-ingest": no_ingest, "--server": server}
    paths = {"--articles": articles, "--home": home, "--archive-file": archive_file, "--ingest-log": ingest_log}
    options = [name for name, on in flags.items() if on] + ["--out", str(out)]
    options += [str(part) for name, path in paths.items() if path for part in (name, path)]
    options += ["--known-items", str(known_items), "--questions", str(questions), "--cold-runs", str(cold_runs)]
    options += ["--quality-questions", str(quality_questions)] if quality_questions else []
    bench_main(options)


def _mount_eval() -> None:
    from evals.cli import eval_app

    app.add_typer(eval_app, name="eval", help="Measure answer accuracy on a dataset; `sumber eval compare A B`.")


_mount_eval()


def main() -> None:
    """The console script: a SumberError or any other failure is one line on stderr (never wrapped) and exit 1."""
    from rich.markup import escape

    from index.errors import SumberError

    cli = CliState()
    try:
        app(obj=cli, prog_name="sumber")
    except SumberError as exc:
        if cli.debug:
            raise
        err_console().print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except Exception as exc:
        if cli.debug:
            raise
        err_console().print(
            f"[red]error:[/red] {type(exc).__name__}: {escape(str(exc))} (run with --debug for the traceback)",
            highlight=False,
            soft_wrap=True,
        )
        sys.exit(1)
