"""HTML for the chat: the conversation, each answer with its citation buttons and marks, and its source cards.

Citations become buttons carrying (doc_id, start, end) in data attributes; the page's click handler sends
them back and the server re-checks them against the document before showing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rag.cite import MARKER
from rag.types import Answer, Citation
from ui.markup import e, nice_date, source_attrs
from ui.render_panels import render_comparison


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
                f"{source_attrs(citation.doc_id, citation.start, citation.end)} "
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
            f"{source_attrs(c.doc_id, c.start, c.end)}>"
            f'<div class="src-head"><span class="src-n">[{c.n}]</span><span class="src-title">{e(c.title)}</span>'
            f'</div><div class="src-meta">{e(c.source or "outlet unknown")} · {e(nice_date(c.published))} · '
            f'<code>{e(c.doc_id)}</code></div><div class="src-snippet">{e(c.snippet)}</div>{also}'
            "</div>"
        )
    note = "" if answer.grounded else '<div class="panel-note">Closest passages (they do not answer it):</div>'
    return note + '<div class="sources">' + "".join(cards) + "</div>"
