"""HTML for the web chat. Every piece of article text and model output goes through html.escape: it is TEXT.

Citations become buttons carrying (doc_id, start, end) in data attributes; the page's click handler sends
them back and the server re-checks them against the document before showing anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from rag.types import Answer, Citation

MARKER = re.compile(r"\[(\d{1,3})\]")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class Turn:
    question: str
    text: str = ""  # the answer as streamed so far
    answer: Answer | None = None  # set when the stream is done
    error: str | None = None


@dataclass
class Conversation:
    """One browser session's chat: the rag Chat (history for follow-ups) and what was shown."""

    chat: Any
    turns: list[Turn] = field(default_factory=list)


def e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def nice_date(published: str | None) -> str:
    if not published:
        return "date unknown"
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return published
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _source_attrs(doc_id: str, start: int, end: int) -> str:
    return f'data-doc="{e(doc_id)}" data-start="{int(start)}" data-end="{int(end)}"'


# chat ---------------------------------------------------------------------------------------------
def render_conversation(turns: list[Turn], documents: int) -> str:
    if not turns:
        return (
            '<div class="empty-chat"><div class="empty-title">Ask about the news articles</div>'
            f'<div class="empty-sub">{documents} articles are indexed. Every answer cites the exact sentences it '
            "rests on: click a [number] to read the passage in its article. Ask in English or Bahasa Indonesia."
            "</div></div>"
        )
    return '<div class="conversation">' + "".join(render_turn(t) for t in turns) + "</div>"


def render_turn(turn: Turn) -> str:
    question = f'<div class="msg user"><div class="bubble">{e(turn.question)}</div></div>'
    if turn.error:
        body = f'<div class="mark mark-error" role="alert">{e(turn.error)}</div>'
    elif turn.answer is None and not turn.text:
        body = '<div class="thinking">Searching the articles…</div>'
    else:
        citations = turn.answer.citations if turn.answer else []
        body = render_answer_text(turn.answer.text if turn.answer else turn.text, citations)
        if turn.answer is None:
            body += '<span class="cursor" aria-hidden="true"></span>'
        else:
            body = (
                render_marks(turn.answer)
                + body
                + render_answer_comparison(turn.answer.comparison)
                + render_footer(turn.answer)
            )
    state = "done" if turn.answer is not None or turn.error else "streaming"
    return f'{question}<div class="msg bot {state}"><div class="bubble">{body}</div></div>'


def render_answer_text(text: str, citations: list[Citation]) -> str:
    by_number = {c.n: c for c in citations}
    blocks: list[str] = []
    items: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("- ", "* ", "• ")):
            items.append(f"<li>{_inline(stripped[2:], by_number)}</li>")
            continue
        if items:
            blocks.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if stripped:
            blocks.append(f"<p>{_inline(stripped, by_number)}</p>")
    if items:
        blocks.append("<ul>" + "".join(items) + "</ul>")
    return '<div class="answer">' + "".join(blocks) + "</div>"


def _inline(text: str, by_number: dict[int, Citation]) -> str:
    out: list[str] = []
    last = 0
    for match in MARKER.finditer(text):
        out.append(e(text[last : match.start()]))
        citation = by_number.get(int(match.group(1)))
        if citation is None:
            out.append(f'<span class="cite pending">{e(match.group(0))}</span>')
        else:
            out.append(
                f'<button type="button" class="cite" data-n="{citation.n}" '
                f"{_source_attrs(citation.doc_id, citation.start, citation.end)} "
                f'title="{e(citation.title)}" aria-label="Source {citation.n}: {e(citation.title)}">'
                f"[{citation.n}]</button>"
            )
        last = match.end()
    out.append(e(text[last:]))
    return "".join(out)


def render_marks(answer: Answer) -> str:
    marks = []
    if not answer.grounded:
        marks.append(
            '<div class="mark mark-ungrounded" role="status"><b>Not grounded.</b> The indexed articles do '
            "not answer this; the passages below are only the closest ones.</div>"
        )
    if answer.notice:
        marks.append(f'<div class="mark mark-notice" role="status"><b>Offline answer.</b> {e(answer.notice)}</div>')
    if answer.truncated:
        marks.append('<div class="mark mark-notice" role="status">The answer was cut off at the token limit.</div>')
    return "".join(marks)


def render_answer_comparison(comparison: dict | None) -> str:
    """The figures each source gives, under an answer to a quantity question; rows open their sentence."""
    if not comparison or not comparison.get("groups"):
        return ""
    return (
        '<div class="chat-comparison"><div class="cmp-title">What each source says about this figure '
        '<span class="cmp-hint">(click a row to read it in its article)</span></div>'
        f'<div class="cmp-scroll">{render_comparison(comparison, compact=True)}</div></div>'
    )


def render_footer(answer: Answer) -> str:
    parts = []
    if answer.unsupported:
        listed = "".join(f"<li>{e(s)}</li>" for s in answer.unsupported)
        parts.append(
            f'<details class="unsupported"><summary>{len(answer.unsupported)} sentence(s) not supported by '
            f"the cited snippets</summary><ul>{listed}</ul></details>"
        )
    who = "offline extractive answer" if answer.answerer == "offline" else f"answered by {answer.answerer}"
    standalone = ""
    if answer.standalone_question and answer.standalone_question != answer.question:
        standalone = f" · understood as “{e(answer.standalone_question)}”"
    parts.append(f'<div class="answer-meta">{e(who)} · {answer.seconds:.1f} s{standalone}</div>')
    return "".join(parts)


def render_sources(answer: Answer | None, *, waiting: bool = False) -> str:
    if waiting:
        return '<div class="panel-empty">Finding the sources…</div>'
    if answer is None:
        return '<div class="panel-empty">The sources of an answer appear here.</div>'
    if not answer.citations:
        return '<div class="panel-empty">This answer cites no source.</div>'
    cards = []
    for c in answer.citations:
        also = f'<div class="src-also">Same passage also in: {e(", ".join(c.also_in))}</div>' if c.also_in else ""
        cards.append(
            f'<div class="src-card" role="button" tabindex="0" data-n="{c.n}" '
            f"{_source_attrs(c.doc_id, c.start, c.end)}>"
            f'<div class="src-head"><span class="src-n">[{c.n}]</span><span class="src-title">{e(c.title)}</span>'
            f'</div><div class="src-meta">{e(c.source or "outlet unknown")} · {e(nice_date(c.published))} · '
            f'<code>{e(c.doc_id)}</code></div><div class="src-snippet">{e(c.snippet)}</div>{also}'
            "</div>"
        )
    note = "" if answer.grounded else '<div class="panel-note">Closest passages (they do not answer it):</div>'
    return note + '<div class="sources">' + "".join(cards) + "</div>"


# articles -----------------------------------------------------------------------------------------
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
            f'<li class="tl-item" role="button" tabindex="0" {_source_attrs(ev["doc_id"], ev["start"], ev["end"])}>'
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
                attrs = f' role="button" tabindex="0" {_source_attrs(claim["doc_id"], claim["start"], claim["end"])}'
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
