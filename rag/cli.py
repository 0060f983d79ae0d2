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
def sources(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the indexed documents."""
    from rich.console import Console
    from rich.table import Table

    docs = assistant().documents()
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "doc_id": d.doc_id,
                        "title": d.title,
                        "source": d.source,
                        "published": d.published,
                        "chunks": d.chunks,
                    }
                    for d in docs
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    table = Table("id", "title", "source", "published", "chunks")
    for d in docs:
        table.add_row(d.doc_id, d.title, d.source or "-", d.published or "-", str(d.chunks))
    Console().print(table)


@app.command()
def timeline(
    query: Annotated[str | None, typer.Argument(help="Only events relevant to this.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Dated events in date order, each with its actor and citation."""
    from rich.console import Console
    from rich.table import Table

    events = assistant().timeline(query)
    if as_json:
        keys = ("date", "actor", "text", "doc_id", "start", "end", "source")
        print(json.dumps([{k: e.get(k) for k in keys} for e in events], ensure_ascii=False, indent=2))
        return
    table = Table("date", "actor", "statement", "source")
    for e in events:
        table.add_row(
            e["date"], e.get("actor") or "-", e["text"], f"{e.get('source') or ''} {e['doc_id']}:{e['start']}"
        )
    Console().print(table)


@app.command()
def compare(
    query: Annotated[str, typer.Argument(help="The quantity or fact, e.g. 'jumlah tentara Korea Utara'.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Claims on one quantity across sources, grouped by value."""
    from rich.console import Console
    from rich.table import Table

    result = assistant().compare(query)
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    table = Table("value", "claimed by", "date", "source", "sentence")
    for group in result.get("groups", []):
        for claim in group["claims"]:
            table.add_row(
                f"{group['value']:,}",
                claim.get("claimant") or "-",
                claim.get("date") or "-",
                claim.get("source") or claim["doc_id"],
                claim["text"],
            )
    console = Console()
    console.print(table)
    if result.get("conflict"):
        console.print("[yellow]The sources disagree.[/yellow]")


@app.command()
def ui(
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7860,
    auth: Annotated[str | None, typer.Option(help="USER:PASSWORD required to open the app.")] = None,
) -> None:
    """Start the web chat."""
    from ui.app import launch

    launch(settings(), host=host, port=port, auth=auth)


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
