"""HTML for the panels beside the chat: an article with its cited passage, the status line, an ingest report,
the timeline, the comparison of figures and one-line messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui.markup import e, nice_date, source_attrs


def render_article(doc: Any, start: int | None = None, end: int | None = None) -> str:
    text = doc.text
    url = doc.url or ""
    link = ""
    if url.startswith(("http://", "https://")):
        link = f' · <a href="{e(url)}" target="_blank" rel="noopener noreferrer nofollow">original article</a>'
    header = (
        f'<div class="article-head"><div class="article-title">{e(doc.title or doc.doc_id)}</div>'
        f'<div class="article-meta">{e(doc.source or "outlet unknown")} · {e(nice_date(doc.published))} · '
        f"<code>{e(doc.doc_id)}</code>{link}</div></div>"
    )
    if start is None or end is None:
        body = e(text)
    else:
        body = f'{e(text[:start])}<mark class="hl" id="highlight">{e(text[start:end])}</mark>{e(text[end:])}'
    return f'<div class="article">{header}<div class="article-body">{body}</div></div>'


def render_article_placeholder(
    message: str = "Click a [number] in an answer or a source card to read the "
    "whole article with the cited passage highlighted.",
) -> str:
    return f'<div class="panel-empty">{e(message)}</div>'


# status, corpus, timeline -------------------------------------------------------------------------
def render_status(status: dict[str, Any]) -> str:
    answerer = status.get("answerer", "offline")
    answerer = "offline (extractive)" if answerer == "offline" else answerer
    items = [
        ("Answerer", answerer),
        ("Embeddings", status.get("embed_model")),
        ("Store", status.get("store")),
        ("Documents", status.get("documents")),
        ("Chunks", status.get("chunks")),
    ]
    return (
        '<div class="status-line">'
        + "".join(f'<span class="status-item"><span class="status-key">{e(k)}</span> {e(v)}</span>' for k, v in items)
        + "</div>"
    )


def render_ingest_report(report: Any) -> str:
    if not report.files:
        return '<div class="panel-empty">No file was given.</div>'
    rows = []
    for f in report.files:
        name = Path(f.path.split(" [")[0]).name + (f.path[f.path.find(" [") :] if " [" in f.path else "")
        detail = f.reason or (f"documents {', '.join(f.doc_ids)} · {f.chunks} chunks" if f.doc_ids else "")
        rows.append(
            f'<tr><td class="file-name">{e(name)}</td><td><span class="badge badge-{e(f.status)}">'
            f"{e(f.status)}</span></td><td>{e(detail)}</td></tr>"
        )
    summary = (
        f"{report.count('ingested')} ingested, {report.count('replaced')} replaced, "
        f"{report.count('unchanged')} unchanged, {len(report.skipped)} skipped · "
        f"{report.embedded_chunks} chunks embedded in {report.seconds:.1f} s"
    )
    return (
        f'<div class="ingest-summary">{e(summary)}</div><table class="ingest-report"><thead><tr><th>File</th>'
        f"<th>Result</th><th>Details</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def render_timeline(events: list[dict]) -> str:
    if not events:
        return '<div class="panel-empty">No dated events match.</div>'
    items = []
    for ev in events:
        outlets = ", ".join(ev.get("sources") or [ev.get("source") or ev["doc_id"]])
        items.append(
            f'<li class="tl-item" role="button" tabindex="0" {source_attrs(ev["doc_id"], ev["start"], ev["end"])}>'
            f'<span class="tl-date">{e(ev.get("when") or nice_date(ev.get("date")))}</span>'
            f'<span class="tl-actor">{e(ev.get("actor") or "unattributed")}</span>'
            f'<span class="tl-text">{e(ev.get("text"))}</span>'
            f'<span class="tl-src">{e(outlets)}</span></li>'
        )
    return '<ol class="timeline">' + "".join(items) + "</ol>"


def render_comparison(result: dict, *, compact: bool = False) -> str:
    """One row per claim, grouped by value, with when it was said and what it counts; then what the figures count
    and where the sources really disagree. Compact (inside a chat answer): outlet and date go under the sentence."""
    groups = result.get("groups") or []
    if not groups:
        return '<div class="panel-empty">No source gives a figure for this.</div>'
    rows = []
    for group in groups:
        value = group.get("value")
        shown = f"{value:,}" if isinstance(value, int | float) else str(value)
        for claim in group.get("claims", []):
            attrs = ""
            if claim.get("doc_id") and claim.get("start") is not None and claim.get("end") is not None:
                attrs = f' role="button" tabindex="0" {source_attrs(claim["doc_id"], claim["start"], claim["end"])}'
            source = e(claim.get("source") or claim.get("doc_id") or "")
            when = e(claim.get("when") or "date not given")
            counts = f'<div class="cmp-counts">{e(claim["counts"])}</div>' if claim.get("counts") else ""
            if compact:
                cells = f'<td>{e(claim.get("text"))}{counts}<div class="cmp-meta">{source} · {when}</div></td>'
            else:
                cells = f"<td>{when}</td><td>{source}</td><td>{e(claim.get('text'))}{counts}</td>"
            rows.append(
                f'<tr class="cmp-row"{attrs}><td class="cmp-value">{e(shown)}</td>'
                f'<td class="cmp-claimant">{e(claim.get("claimant") or "unattributed")}</td>{cells}</tr>'
            )
    summary = "".join(f"<li>{e(line)}</li>" for line in result.get("summary") or [])
    kind = "mark-ungrounded" if result.get("conflict") else "mark-info"
    verdict = f'<ul class="mark {kind} cmp-summary" role="status">{summary}</ul>' if summary else ""
    head = "<th>Sentence</th>" if compact else "<th>Said on</th><th>Source</th><th>Sentence</th>"
    return (
        f'{verdict}<table class="ingest-report comparison"><thead><tr><th>Figure</th><th>Claimed by</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def render_message(message: str, kind: str = "info") -> str:
    return f'<div class="mark mark-{e(kind)}" role="status">{e(message)}</div>'
