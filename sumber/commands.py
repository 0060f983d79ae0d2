"""The commands over the index: ask, ingest, sources, timeline, compare (all through rag.Assistant)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from sumber.options import state
from sumber.output import print_json, print_table, progress_bar


def _assistant(ctx: typer.Context, **flags):
    from rag.assistant import Assistant

    bar, update = progress_bar()
    with bar:
        return Assistant(state(ctx).settings(**flags), progress=update)


def ask(
    ctx: typer.Context,
    question: Annotated[str, typer.Argument(help="The question, in English or Indonesian.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
    k: Annotated[int | None, typer.Option("--k", help="Passages to answer from (SUMBER_TOP_K).")] = None,
) -> None:
    """Answer a question from the indexed articles, citing the snippets it rests on."""
    helper = _assistant(ctx, top_k=k)
    if as_json:
        payload = helper.ask(question).to_dict()
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


def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (txt, md, html, jsonl, csv).")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Remove documents whose files are gone.")] = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Drop the collection and build it again.")] = False,
) -> None:
    """Add articles to the index; unchanged files are skipped, changed ones replaced."""
    from rich.console import Console
    from rich.markup import escape

    from rag.assistant import Assistant

    cfg = state(ctx).settings()
    if rebuild:
        _drop_collection(cfg)
    helper = Assistant(cfg, auto_ingest=False)
    bar, update = progress_bar()
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
    """Without opening the store: a rebuild is how a collection built with another embedding model is replaced."""
    from index.chroma_collections import drop_collection

    drop_collection(
        cfg.collection, path=None if cfg.chroma_host else cfg.chroma_path, host=cfg.chroma_host, port=cfg.chroma_port
    )


def sources(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the table.")] = False,
) -> None:
    """List the indexed documents."""
    docs = _assistant(ctx).documents(with_text=False)
    if as_json:
        keys = ("doc_id", "title", "source", "published", "chunks")
        print_json([{k: getattr(d, k) for k in keys} for d in docs])
        return
    rows = [[d.doc_id, d.title, d.source or "-", d.published or "-", str(d.chunks)] for d in docs]
    print_table(["id", "title", "source", "published", "chunks"], rows, whole={"id"})


def timeline(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Argument(help="Only events relevant to this.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the table.")] = False,
) -> None:
    """Dated statements and events in date order (dates at their precision), each with its actor and citation;
    one row for a statement several outlets carry."""
    events = _assistant(ctx).timeline(query)
    if as_json:
        keys = ("date", "when", "precision", "actor", "text", "doc_id", "start", "end", "source", "sources")
        print_json([{k: e.get(k) for k in keys} for e in events])
        return
    rows = [
        [
            e.get("when") or e["date"],
            e.get("actor") or "-",
            e["text"],
            ", ".join(e.get("sources") or [e.get("source") or "-"]),
            f"{e['doc_id']}:{e['start']}",
        ]
        for e in events
    ]
    print_table(["date", "actor", "statement", "source", "id"], rows, whole={"date", "id"})


def compare(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="The quantity or fact, e.g. 'jumlah tentara Korea Utara'.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the table.")] = False,
) -> None:
    """Claims on one quantity across sources, grouped by value: who gave each figure, when, what it counts; then
    which figures count different things and where the sources really disagree."""
    result = _assistant(ctx).compare(query)
    if as_json:
        print_json(result)
        return
    rows = [
        [
            f"{group['value']:,}",
            c.get("claimant") or "-",
            c.get("when") or "-",
            c.get("counts") or "-",
            c.get("source") or "-",
            c["doc_id"],
            c["text"],
        ]
        for group in result.get("groups", [])
        for c in group["claims"]
    ]
    print_table(["value", "claimed by", "said on", "counts", "source", "id", "sentence"], rows, whole={"value", "id"})
    from rich.console import Console
    from rich.markup import escape

    console = Console()  # wraps to a terminal's width; a pipe gets each line whole
    for line in result.get("summary", []):
        console.print(escape(line), highlight=False, soft_wrap=not console.is_terminal)
