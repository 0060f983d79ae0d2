"""`sumber ui`: the web chat, a Gradio view over one rag.Assistant; each browser session has its own Chat.

ui/layout.py builds the page, ui/handlers.py says what each event does, this module wires the two together, and
ui/server.py serves the result.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from rag import Assistant, Settings
from ui import handlers, render_panels
from ui.layout import ChatTab, CorpusTab, TimelineTab, chat_tab, corpus_tab, timeline_tab
from ui.server import parse_auth, serve
from ui.style import CONFIRM_REMOVE_JS

ANSWER = {"concurrency_id": "answer", "show_progress": "hidden"}


def build_app(assistant: Assistant, *, max_file_mb: float | None = None) -> gr.Blocks:
    """The whole web chat over one Assistant. Call .queue() and .launch() on it, or use `serve`."""
    max_file_mb = max_file_mb or assistant.settings.max_file_mb
    with gr.Blocks(title="Sumber · news answers with sources") as demo:
        conversation = gr.State(None)
        gr.HTML(
            '<div id="app-header"><span class="brand">Sumber</span><span class="tagline">Answers from your '
            "news articles, every claim linked to the sentence it comes from.</span></div>",
            js_on_load=None,
        )
        status = gr.HTML(render_panels.render_status(assistant.status()), elem_id="status", js_on_load=None)
        examples = assistant.examples()
        with gr.Tabs():
            chat = chat_tab(assistant, examples)
            corpus = corpus_tab(assistant, max_file_mb)
            timeline = timeline_tab(examples)
        _wire_chat(assistant, chat, conversation)
        _wire_passages(assistant, chat, timeline)
        _wire_corpus(assistant, corpus, status)
        _wire_timeline(assistant, timeline)
        demo.load(
            lambda: handlers.page_load(assistant),
            None,
            [status, corpus.documents, corpus.remove_choice],
            api_visibility="private",
            queue=False,
            show_progress="hidden",
        )
        _register_api(assistant)
    return demo


# events ---------------------------------------------------------------------------------------------------
def _wire_chat(assistant: Assistant, chat: ChatTab, conversation: gr.State) -> None:
    def respond(text: str, state: Any) -> Any:
        yield from handlers.respond(assistant, text, state)

    def reset(state: Any) -> tuple:
        return handlers.reset(assistant, state)

    inputs, outputs = (
        [chat.question, conversation],
        [chat.view, chat.sources, conversation, chat.question, chat.examples],
    )
    chat.ask.click(respond, inputs, outputs, api_name="chat", api_visibility="undocumented", **ANSWER)
    chat.question.submit(respond, inputs, outputs, api_visibility="private", **ANSWER)
    for button in chat.example_buttons:
        button.click(lambda q: q, button, chat.question, api_visibility="private", queue=False).then(
            respond, inputs, outputs, api_visibility="private", **ANSWER
        )
    chat.new_chat.click(
        reset,
        conversation,
        [chat.view, chat.sources, chat.article, conversation, chat.question, chat.examples],
        api_visibility="private",
        queue=False,
    )


def _wire_passages(assistant: Assistant, chat: ChatTab, timeline: TimelineTab) -> None:
    def open_passage(evt: gr.EventData) -> str:
        return handlers.passage_html(assistant, getattr(evt, "_data", None) or {})

    for clicked, article in (
        (chat.view, chat.article),
        (chat.sources, chat.article),
        (timeline.events, timeline.article),
        (timeline.comparison, timeline.article),
    ):
        clicked.click(open_passage, None, article, api_visibility="private", show_progress="hidden")


def _wire_corpus(assistant: Assistant, corpus: CorpusTab, status: gr.HTML) -> None:
    def add_files(files: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple:  # noqa: B008
        return handlers.add_files(assistant, files, progress)

    def remove(doc_id: str | None) -> tuple:
        return handlers.remove(assistant, doc_id)

    outputs = [corpus.documents, corpus.remove_choice, status]
    corpus.add.click(
        add_files,
        corpus.uploads,
        [corpus.result, corpus.uploads, *outputs],
        api_name="ingest",
        concurrency_limit=1,
        concurrency_id="ingest",
    )
    corpus.remove.click(
        remove,
        corpus.remove_choice,
        [corpus.result, *outputs],
        api_name="remove",
        js=CONFIRM_REMOVE_JS,
        concurrency_limit=1,
        concurrency_id="ingest",
    )


def _wire_timeline(assistant: Assistant, timeline: TimelineTab) -> None:
    def show_timeline(query: str | None) -> tuple:
        return handlers.show_timeline(assistant, query)

    def show_comparison(query: str | None) -> str:
        return handlers.show_comparison(assistant, query)

    outputs = [timeline.message, timeline.plot, timeline.events]
    timeline.show.click(show_timeline, timeline.query, outputs, api_visibility="private")
    timeline.query.submit(show_timeline, timeline.query, outputs, api_visibility="private")
    timeline.tab.select(show_timeline, timeline.query, outputs, api_visibility="private")
    timeline.compare.click(show_comparison, timeline.compare_query, timeline.comparison, api_visibility="private")
    timeline.compare_query.submit(
        show_comparison, timeline.compare_query, timeline.comparison, api_visibility="private"
    )


def _register_api(assistant: Assistant) -> None:
    def ask(question: str) -> dict:
        """Answer a question from the indexed articles: the answer text with [n] markers and its citations."""
        return handlers.api_ask(assistant, question)

    def documents() -> list[dict]:
        """The indexed articles: id, headline, outlet, date, chunks."""
        return handlers.api_documents(assistant)

    def timeline(query: str = "") -> list[dict]:
        """Dated events (date, actor, text, doc_id, start, end, source), oldest first."""
        return handlers.api_timeline(assistant, query)

    def status() -> dict:
        """Which answerer, embedding model and store; how many documents and chunks."""
        return assistant.status()

    gr.api(ask, api_name="ask", concurrency_id="answer")
    gr.api(documents, api_name="documents")
    gr.api(timeline, api_name="timeline")
    gr.api(status, api_name="status")


def launch(settings: Settings, host: str = "127.0.0.1", port: int = 7860, auth: str | None = None) -> None:
    """`sumber ui`: build the Assistant (indexing the default articles on first run) and serve the web chat."""
    parse_auth(auth)  # a malformed --auth fails before the slow start
    print("Loading the index (the first run indexes the default articles)…", flush=True)
    assistant = Assistant(settings)
    demo = build_app(assistant, max_file_mb=settings.max_file_mb)
    serve(demo, host=host, port=port, auth=auth, max_file_mb=settings.max_file_mb, blocked=[settings.home])
