"""What the web chat does on each event: plain functions of the Assistant and the inputs, returning the values
for the outputs (HTML strings, `gr.update`s), so they run and are tested without a browser or a server.
ui/layout.py builds the page and ui/app.py wires each event to one of these."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from rag import Assistant
from rag.errors import SumberError
from ui import render_chat, render_panels
from ui.render_chat import Conversation, Turn

TIMELINE_KEYS = ("date", "when", "precision", "actor", "text", "doc_id", "start", "end", "source", "sources")


# chat: outputs are (conversation, sources, state, question box, examples row) -----------------------------
def respond(assistant: Assistant, text: str | None, state: Conversation | None) -> Iterator[tuple]:
    """Stream one answer into the conversation: a waiting sources panel, then each piece, then the sources."""
    state = state or Conversation(assistant.chat())
    text = (text or "").strip()
    if not text:
        gr.Warning("Type a question first.")
        yield chat_outputs(assistant, state, sources_html=gr.skip(), question_value=gr.skip())
        return
    turn = Turn(text)
    state.turns.append(turn)
    yield chat_outputs(assistant, state, render_chat.render_sources(None, waiting=True))
    try:
        stream = state.chat.stream(text)
        for piece in stream:
            turn.text += piece
            yield chat_outputs(assistant, state, gr.skip())
        turn.answer = stream.answer
    except SumberError as exc:
        turn.error = str(exc)
    yield chat_outputs(assistant, state, render_chat.render_sources(turn.answer))


def chat_outputs(assistant: Assistant, state: Conversation, sources_html: Any, question_value: Any = "") -> tuple:
    documents = assistant.status()["documents"] if not state.turns else 0
    return (
        render_chat.render_conversation(state.turns, documents),
        sources_html,
        state,
        question_value,
        gr.update(visible=not state.turns),
    )


def reset(assistant: Assistant, state: Conversation | None) -> tuple:
    """A new conversation: (conversation, sources, article, state, question box, examples row)."""
    if state:
        state.chat.reset()
        state.turns.clear()
    return (
        render_chat.render_conversation([], assistant.status()["documents"]),
        render_chat.render_sources(None),
        render_panels.render_article_placeholder(),
        state,
        "",
        gr.update(visible=True),
    )


def passage_html(assistant: Assistant, data: dict) -> str:
    """The article a clicked citation or event points at ({"doc", "start", "end"}), its span highlighted."""
    try:
        doc = assistant.document(str(data.get("doc", "")))
        start, end = int(data.get("start")), int(data.get("end"))
    except SumberError as exc:
        return render_panels.render_message(str(exc), "error")
    except (TypeError, ValueError):
        return render_panels.render_message("That link does not point at a passage.", "error")
    if not 0 <= start <= end <= len(doc.text):
        return render_panels.render_article(doc)
    return render_panels.render_article(doc, start, end)


# corpus: outputs end with (documents table, remove choice, status) --------------------------------------
def add_files(assistant: Assistant, files: list[str] | None, progress: Callable[..., Any]) -> tuple:
    """Index uploaded files: (ingest report, cleared uploads, *corpus outputs)."""
    if not files:
        raise gr.Error("Choose one or more article files first.")
    progress(0, desc="Reading files")

    def report_progress(done: int, total: int, label: str) -> None:
        progress((done, max(total, 1)), desc=f"Indexing ({label})", unit="chunks")

    try:
        report = assistant.ingest([Path(f) for f in files], progress=report_progress)
    except SumberError as exc:
        raise gr.Error(str(exc)) from None
    return (render_panels.render_ingest_report(report), None, *corpus_outputs(assistant))


def remove(assistant: Assistant, doc_id: str | None) -> tuple:
    """Remove one article: (message, *corpus outputs)."""
    if not doc_id:
        return (gr.skip(), *corpus_outputs(assistant))
    try:
        assistant.remove(doc_id)
    except SumberError as exc:
        raise gr.Error(str(exc)) from None
    return (render_panels.render_message(f"Removed {doc_id} from the index.", "info"), *corpus_outputs(assistant))


def documents_table(assistant: Assistant) -> list[list[Any]]:
    return [
        [d.doc_id, d.title, d.source or "", d.published or "", d.chunks] for d in assistant.documents(with_text=False)
    ]


def doc_ids(assistant: Assistant) -> list[str]:
    return [d.doc_id for d in assistant.documents(with_text=False)]


def corpus_outputs(assistant: Assistant) -> tuple:
    return (
        documents_table(assistant),
        gr.update(choices=doc_ids(assistant), value=None),
        render_panels.render_status(assistant.status()),
    )


def page_load(assistant: Assistant) -> tuple:
    """A fresh page: (status, documents table, remove choice), as another session may have changed them."""
    return (render_panels.render_status(assistant.status()), *corpus_outputs(assistant)[:2])


# timeline and comparison --------------------------------------------------------------------------------
def show_timeline(assistant: Assistant, query: str | None) -> tuple:
    """(message, plot update, event list HTML) for the events matching `query` (all when empty)."""
    query = (query or "").strip()
    try:
        events = assistant.timeline(query or None)
    except SumberError as exc:
        return render_panels.render_message(str(exc), "error"), gr.update(visible=False), ""
    if not events:
        message = (
            "No dated events match this query."
            if query
            else "No dated events are indexed yet: re-ingest the articles with `sumber ingest --rebuild`."
        )
        return render_panels.render_message(message, "notice"), gr.update(visible=False), ""
    plural = "s" if len(events) != 1 else ""
    message = render_panels.render_message(
        f"{len(events)} dated event{plural}, oldest first. Click one to read it in its article.", "info"
    )
    return message, gr.update(value=timeline_frame(events), visible=True), render_panels.render_timeline(events)


def timeline_frame(events: list[dict]) -> Any:
    """The chart's points: a month- or year-precise row sits at the start of its month or year, its tooltip
    shows the date as stated ("Oktober 2024")."""
    import pandas as pd

    frame = pd.DataFrame(
        [
            {
                "date": ev.get("date"),
                "when": ev.get("when") or ev.get("date"),
                "actor": ev.get("actor") or "unattributed",
                "text": ev.get("text", "")[:160],
            }
            for ev in events
        ]
    )
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce", format="mixed")
    return frame.dropna(subset=["date"])


def show_comparison(assistant: Assistant, query: str | None) -> str:
    if not (query or "").strip():
        return render_panels.render_message("Type the figure to compare, e.g. the number of troops.", "notice")
    try:
        return render_panels.render_comparison(assistant.compare(query.strip()))
    except SumberError as exc:
        return render_panels.render_message(str(exc), "error")


# the scriptable API (gradio_client) ---------------------------------------------------------------------
def api_ask(assistant: Assistant, question: str) -> dict:
    try:
        return assistant.ask(question).to_dict()
    except SumberError as exc:
        raise gr.Error(str(exc)) from None


def api_documents(assistant: Assistant) -> list[dict]:
    return [
        {"doc_id": d.doc_id, "title": d.title, "source": d.source, "published": d.published, "chunks": d.chunks}
        for d in assistant.documents(with_text=False)
    ]


def api_timeline(assistant: Assistant, query: str) -> list[dict]:
    try:
        events = assistant.timeline(query.strip() or None)
    except SumberError as exc:
        raise gr.Error(str(exc)) from None
    return [{k: ev.get(k) for k in TIMELINE_KEYS} for ev in events]
