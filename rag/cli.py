"""The `sumber` command. Heavy libraries are imported inside the commands that need them."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Sumber: answers about news articles, with numbered citations to exact source snippets.",
)
_state: dict[str, Any] = {"debug": False, "overrides": {}}


@app.callback()
def _global(
    home: Annotated[Path | None, typer.Option(help="Data folder (default: SUMBER_HOME or the user data dir).")] = None,
    collection: Annotated[str | None, typer.Option(help="Chroma collection (SUMBER_COLLECTION).")] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Never call an LLM, even when one is configured.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show library tracebacks.")] = False,
) -> None:
    _state["debug"] = debug
    overrides = {"home": home, "collection": collection, "offline": offline or None}
    _state["overrides"] = {k: v for k, v in overrides.items() if v is not None}


def settings(**flags: Any):
    from rag.settings import Settings

    return Settings(**_state["overrides"], **{k: v for k, v in flags.items() if v is not None})


def _progress_bar():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
        console=_err_console(),
    )
    task = bar.add_task("Indexing articles", total=None)

    def update(done: int, total: int, label: str) -> None:
        bar.update(task, completed=done, total=max(total, 1), description=f"Indexing articles ({label})")

    return bar, update


def _err_console():
    from rich.console import Console

    return Console(stderr=True)


def assistant(**flags: Any):
    from rag.assistant import Assistant

    bar, update = _progress_bar()
    with bar:
        return Assistant(settings(**flags), progress=update)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in English or Indonesian.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
    k: Annotated[int | None, typer.Option("--k", help="Passages to answer from (SUMBER_TOP_K).")] = None,
) -> None:
    """Answer a question from the indexed articles, citing the snippets it rests on."""
    helper = assistant(top_k=k)
    if as_json:
        answer = helper.ask(question)
        payload = {key: value for key, value in answer.to_dict().items()}
        for citation in payload["citations"]:
            citation.pop("also_in", None)
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    stream = helper.stream(question)
    for piece in stream:
        sys.stdout.write(piece)
        sys.stdout.flush()
    print()
    _print_sources(stream.answer)


def _print_sources(answer) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    if not answer.grounded:
        console.print("[yellow]Not grounded: the corpus does not answer this.[/yellow]")
    if answer.notice and answer.notice not in answer.text:
        console.print(f"[yellow]{escape(answer.notice)}[/yellow]")
    if answer.citations:
        console.print("\n[bold]Sources[/bold]")
    for c in answer.citations:
        where = f"{c.source or 'unknown outlet'}, {c.published or 'date unknown'}"
        head = f"[{c.n}] {c.title} — {where} ({c.doc_id} {c.start}:{c.end})"
        console.print(escape(head), style="bold", highlight=False)
        console.print("    " + escape(c.snippet), highlight=False)


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (txt, md, html, jsonl, csv).")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Remove documents whose files are gone.")] = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Drop the collection and build it again.")] = False,
) -> None:
    """Add articles to the index; unchanged files are skipped, changed ones replaced."""
    from rich.console import Console
    from rich.markup import escape

    from rag.assistant import Assistant

    cfg = settings()
    if rebuild:
        _drop_collection(cfg)
    helper = Assistant(cfg, auto_ingest=False)
    bar, update = _progress_bar()
    with bar:
        report = helper.ingest(paths or None, progress=update, prune=prune)
    console = Console()
    console.print(
        f"{report.count('ingested')} ingested, {report.count('replaced')} replaced, "
        f"{report.count('unchanged')} unchanged, {len(report.skipped)} skipped; "
        f"{report.embedded_chunks} chunks embedded in {report.seconds:.1f} s",
        highlight=False,
    )
    for doc_id in report.pruned:
        console.print(f"pruned {doc_id}", highlight=False)
    for skipped in report.skipped:
        console.print(
            f"[yellow]skipped[/yellow] {escape(skipped.path)}: {escape(skipped.reason or '')}", highlight=False
        )
    if report.skipped:
        raise typer.Exit(2)


def _drop_collection(cfg) -> None:
    from index.store import connect

    client = connect(path=None if cfg.chroma_host else cfg.chroma_path, host=cfg.chroma_host, port=cfg.chroma_port)
    for name in (cfg.collection, f"{cfg.collection}-documents"):
        try:
            client.delete_collection(name)
        except Exception:  # noqa: BLE001 - nothing to drop
            pass


@app.command()
def sources(as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the table.")] = False) -> None:
    """List the indexed documents."""
    docs = assistant().documents()
    if as_json:
        keys = ("doc_id", "title", "source", "published", "chunks")
        _print_json([{k: getattr(d, k) for k in keys} for d in docs])
        return
    rows = [[d.doc_id, d.title, d.source or "-", d.published or "-", str(d.chunks)] for d in docs]
    _print_table(["id", "title", "source", "published", "chunks"], rows, whole={"id"})


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _print_table(columns: list[str], rows: list[list[str]], whole: set[str]) -> None:
    """A table whose `whole` columns (ids) are never cut or wrapped, on a terminal or through a pipe."""
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for i, name in enumerate(columns):
        if name in whole:
            table.add_column(name, no_wrap=True, min_width=max([len(name), *(len(r[i]) for r in rows)]))
        else:
            table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*row)
    Console(width=None if sys.stdout.isatty() else 200).print(table)


@app.command()
def timeline(
    query: Annotated[str | None, typer.Argument(help="Only events relevant to this.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the table.")] = False,
) -> None:
    """Dated events in date order, each with its actor and citation."""
    events = assistant().timeline(query)
    if as_json:
        keys = ("date", "actor", "text", "doc_id", "start", "end", "source")
        _print_json([{k: e.get(k) for k in keys} for e in events])
        return
    rows = [
        [e["date"], e.get("actor") or "-", e["text"], e.get("source") or "-", f"{e['doc_id']}:{e['start']}"]
        for e in events
    ]
    _print_table(["date", "actor", "statement", "source", "id"], rows, whole={"date", "id"})


@app.command()
def compare(
    query: Annotated[str, typer.Argument(help="The quantity or fact, e.g. 'jumlah tentara Korea Utara'.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the table.")] = False,
) -> None:
    """Claims on one quantity across sources, grouped by value."""
    result = assistant().compare(query)
    if as_json:
        _print_json(result)
        return
    rows = [
        [
            f"{group['value']:,}",
            c.get("claimant") or "-",
            c.get("date") or "-",
            c.get("source") or "-",
            c["doc_id"],
            c["text"],
        ]
        for group in result.get("groups", [])
        for c in group["claims"]
    ]
    _print_table(["value", "claimed by", "date", "source", "id", "sentence"], rows, whole={"value", "id"})
    if result.get("conflict"):
        _err_console().print("[yellow]The sources disagree.[/yellow]")


@app.command()
def ui(
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7860,
    auth: Annotated[str | None, typer.Option(help="USER:PASSWORD required to open the app.")] = None,
) -> None:
    """Start the web chat."""
    from ui.app import launch

    launch(settings(), host=host, port=port, auth=auth)


@app.command()
def serve(
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

    serve_api(
        settings(),
        host=host,
        port=port,
        api_key=api_key,
        sources_block=sources_block,
        queue_size=queue_size,
        concurrency=concurrency,
    )


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench(
    quick: Annotated[bool, typer.Option("--quick", help="One small scale point; under two minutes.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the table.")] = False,
    out: Annotated[Path, typer.Option(help="Folder for bench.json and bench.md.")] = Path("bench-out"),
) -> None:
    """Benchmark ingest overhead, query latency at 1k/10k/50k chunks, a llama-index peer, memory, cold start."""
    from evals.bench import main as bench_main

    bench_main([*(["--quick"] if quick else []), *(["--json"] if as_json else []), "--out", str(out)])


def _mount_eval() -> None:
    from evals.cli import eval_app

    app.add_typer(eval_app, name="eval", help="Measure answer accuracy on a dataset; `sumber eval compare A B`.")


_mount_eval()


def main() -> None:
    from index.errors import SumberError

    try:
        app()
    except SumberError as exc:
        if _state["debug"]:
            raise
        _err_console().print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(1)
    except Exception as exc:
        if _state["debug"]:
            raise
        _err_console().print(
            f"[red]error:[/red] {type(exc).__name__}: {exc} (run with --debug for the traceback)", highlight=False
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
