"""`sumber ui`: the web chat, a Gradio view over one rag.Assistant; each browser session has its own Chat."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import gradio as gr

from index.errors import SumberError
from index.load import ACCEPTED_SUFFIXES
from rag.assistant import Assistant
from rag.settings import Settings
from ui import render
from ui.render import Conversation, Turn
from ui.style import CONFIRM_REMOVE_JS, CSS, PICK_SOURCE_JS, SCROLL_TO_HIGHLIGHT_JS

EXAMPLES = (
    "Who first reported the deployment?",
    "How many North Korean troops were sent to Russia?",
    "Apa kata NATO tentang pasukan Korea Utara?",
    "Bagaimana tanggapan Rusia atas tuduhan itu?",
)
QUEUE_SIZE = 64
CONCURRENCY = 2  # two cores: more parallel answers only make each one slower


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
        status = gr.HTML(render.render_status(assistant.status()), elem_id="status", js_on_load=None)

        with gr.Tabs():
            with gr.Tab("Chat", id="chat"), gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=420):
                    chat_view = gr.HTML(
                        render.render_conversation([], assistant.status()["documents"]),
                        elem_id="conversation",
                        js_on_load=PICK_SOURCE_JS,
                        min_height=420,
                        max_height=620,
                        autoscroll=True,
                    )
                    with gr.Row(elem_id="examples") as examples:
                        example_buttons = [gr.Button(q, size="sm", variant="secondary") for q in EXAMPLES]
                    with gr.Row(equal_height=True, elem_id="ask-row"):
                        question = gr.Textbox(
                            placeholder="Ask about the articles, in English or Bahasa Indonesia…",
                            show_label=False,
                            lines=1,
                            max_lines=4,
                            scale=6,
                            autofocus=True,
                            elem_id="question",
                            max_length=2000,
                            submit_btn=False,
                        )
                        ask_button = gr.Button("Ask", variant="primary", scale=0, min_width=110, elem_id="ask")
                    with gr.Row(elem_id="chat-actions"):
                        new_chat = gr.Button(
                            "New conversation",
                            size="sm",
                            variant="secondary",
                            scale=0,
                            min_width=170,
                            elem_id="new-chat",
                        )
                with gr.Column(scale=2, min_width=340):
                    gr.HTML('<div class="panel-title">Sources</div>', js_on_load=None)
                    sources = gr.HTML(
                        render.render_sources(None), elem_id="sources", js_on_load=PICK_SOURCE_JS, max_height=300
                    )
                    gr.HTML('<div class="panel-title">Article</div>', js_on_load=None)
                    article = gr.HTML(
                        render.render_article_placeholder(), elem_id="article", js_on_load=SCROLL_TO_HIGHLIGHT_JS
                    )

            with gr.Tab("Corpus", id="corpus"):
                documents = gr.Dataframe(
                    _documents_table(assistant),
                    headers=["id", "headline", "outlet", "date", "chunks"],
                    datatype=["str", "str", "str", "str", "number"],
                    interactive=False,
                    wrap=True,
                    label="Indexed articles",
                    elem_id="documents",
                    column_widths=["18%", "46%", "14%", "12%", "10%"],
                )
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        uploads = gr.File(
                            file_count="multiple",
                            file_types=list(ACCEPTED_SUFFIXES),
                            label=f"Add articles ({' '.join(ACCEPTED_SUFFIXES)}; up to {max_file_mb:g} MB each)",
                            elem_id="uploads",
                            height=160,
                        )
                        add_button = gr.Button("Add to index", variant="primary", elem_id="add")
                    with gr.Column(scale=2):
                        remove_choice = gr.Dropdown(
                            choices=_doc_ids(assistant), label="Remove an article", elem_id="remove-choice", value=None
                        )
                        remove_button = gr.Button("Remove from index", variant="stop", elem_id="remove")
                ingest_result = gr.HTML(elem_id="ingest-result", js_on_load=None)

            with gr.Tab("Timeline", id="timeline") as timeline_tab:
                with gr.Row(equal_height=True):
                    timeline_query = gr.Textbox(
                        placeholder="Only events about… (empty: all events)",
                        show_label=False,
                        scale=8,
                        elem_id="timeline-query",
                    )
                    timeline_button = gr.Button("Show timeline", variant="primary", scale=1, min_width=120)
                timeline_message = gr.HTML(elem_id="timeline-message", js_on_load=None)
                timeline_plot = gr.ScatterPlot(
                    x="date",
                    y="actor",
                    color="actor",
                    tooltip=["date", "actor", "text"],
                    title="Dated events by actor",
                    height=320,
                    visible=False,
                    elem_id="timeline-plot",
                    x_title="date",
                    y_title="who",
                )
                with gr.Accordion("Compare sources on a figure", open=False, elem_id="compare-box"):
                    with gr.Row(equal_height=True):
                        compare_query = gr.Textbox(
                            value="jumlah tentara Korea Utara",
                            show_label=False,
                            scale=8,
                            placeholder="A quantity, e.g. the number of North Korean troops",
                            elem_id="compare-query",
                        )
                        compare_button = gr.Button("Compare", scale=1, min_width=120)
                    comparison = gr.HTML(elem_id="comparison", js_on_load=PICK_SOURCE_JS)
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        timeline_list = gr.HTML(elem_id="timeline-list", js_on_load=PICK_SOURCE_JS)
                    with gr.Column(scale=2):
                        timeline_article = gr.HTML(
                            render.render_article_placeholder("Click an event to read it in its article."),
                            elem_id="timeline-article",
                            js_on_load=SCROLL_TO_HIGHLIGHT_JS,
                        )

        # chat --------------------------------------------------------------------------------------
        def respond(text: str, state: Conversation | None) -> Iterator[tuple]:
            state = state or Conversation(assistant.chat())
            text = (text or "").strip()
            if not text:
                gr.Warning("Type a question first.")
                yield _chat_outputs(assistant, state, sources_html=gr.skip(), question_value=gr.skip())
                return
            turn = Turn(text)
            state.turns.append(turn)
            yield _chat_outputs(assistant, state, render.render_sources(None, waiting=True))
            try:
                stream = state.chat.stream(text)
                for piece in stream:
                    turn.text += piece
                    yield _chat_outputs(assistant, state, gr.skip())
                turn.answer = stream.answer
            except SumberError as exc:
                turn.error = str(exc)
            yield _chat_outputs(assistant, state, render.render_sources(turn.answer))

        chat_outputs = [chat_view, sources, conversation, question, examples]
        ask_button.click(
            respond,
            [question, conversation],
            chat_outputs,
            api_name="chat",
            api_visibility="undocumented",
            concurrency_id="answer",
            show_progress="hidden",
        )
        question.submit(
            respond,
            [question, conversation],
            chat_outputs,
            api_visibility="private",
            concurrency_id="answer",
            show_progress="hidden",
        )
        for button in example_buttons:
            button.click(lambda q: q, button, question, api_visibility="private", queue=False).then(
                respond,
                [question, conversation],
                chat_outputs,
                api_visibility="private",
                concurrency_id="answer",
                show_progress="hidden",
            )

        def reset(state: Conversation | None) -> tuple:
            if state:
                state.chat.reset()
                state.turns.clear()
            return (
                render.render_conversation([], assistant.status()["documents"]),
                render.render_sources(None),
                render.render_article_placeholder(),
                state,
                "",
                gr.update(visible=True),
            )

        new_chat.click(
            reset,
            conversation,
            [chat_view, sources, article, conversation, question, examples],
            api_visibility="private",
            queue=False,
        )

        def open_passage(evt: gr.EventData) -> str:
            return _passage_html(assistant, evt)

        chat_view.click(open_passage, None, article, api_visibility="private", show_progress="hidden")
        sources.click(open_passage, None, article, api_visibility="private", show_progress="hidden")
        timeline_list.click(open_passage, None, timeline_article, api_visibility="private", show_progress="hidden")
        comparison.click(open_passage, None, timeline_article, api_visibility="private", show_progress="hidden")

        # corpus ------------------------------------------------------------------------------------
        def add_files(files: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple:  # noqa: B008
            if not files:
                raise gr.Error("Choose one or more article files first.")
            progress(0, desc="Reading files")

            def report_progress(done: int, total: int, label: str) -> None:
                progress((done, max(total, 1)), desc=f"Indexing ({label})", unit="chunks")

            try:
                report = assistant.ingest([Path(f) for f in files], progress=report_progress)
            except SumberError as exc:
                raise gr.Error(str(exc)) from None
            return (render.render_ingest_report(report), None, *_corpus_outputs(assistant))

        corpus_outputs = [documents, remove_choice, status]
        add_button.click(
            add_files,
            uploads,
            [ingest_result, uploads, *corpus_outputs],
            api_name="ingest",
            concurrency_limit=1,
            concurrency_id="ingest",
        )

        def remove(doc_id: str | None) -> tuple:
            if not doc_id:
                return (gr.skip(), *_corpus_outputs(assistant))
            try:
                assistant.remove(doc_id)
            except SumberError as exc:
                raise gr.Error(str(exc)) from None
            return (render.render_message(f"Removed {doc_id} from the index.", "info"), *_corpus_outputs(assistant))

        remove_button.click(
            remove,
            remove_choice,
            [ingest_result, *corpus_outputs],
            api_name="remove",
            js=CONFIRM_REMOVE_JS,
            concurrency_limit=1,
            concurrency_id="ingest",
        )

        # timeline ----------------------------------------------------------------------------------
        def show_timeline(query: str | None) -> tuple:
            try:
                events = assistant.timeline((query or "").strip() or None)
            except SumberError as exc:
                return render.render_message(str(exc), "error"), gr.update(visible=False), ""
            if not events:
                message = (
                    "No dated events match this query."
                    if (query or "").strip()
                    else "No dated events are indexed yet: re-ingest the articles with `sumber ingest --rebuild`."
                )
                return render.render_message(message, "notice"), gr.update(visible=False), ""
            plural = "s" if len(events) != 1 else ""
            message = render.render_message(
                f"{len(events)} dated event{plural}, oldest first. Click one to read it in its article.", "info"
            )
            return message, gr.update(value=_timeline_frame(events), visible=True), render.render_timeline(events)

        timeline_outputs = [timeline_message, timeline_plot, timeline_list]
        timeline_button.click(show_timeline, timeline_query, timeline_outputs, api_visibility="private")
        timeline_query.submit(show_timeline, timeline_query, timeline_outputs, api_visibility="private")
        timeline_tab.select(show_timeline, timeline_query, timeline_outputs, api_visibility="private")

        def show_comparison(query: str | None) -> str:
            if not (query or "").strip():
                return render.render_message("Type the figure to compare, e.g. the number of troops.", "notice")
            try:
                return render.render_comparison(assistant.compare(query.strip()))
            except SumberError as exc:
                return render.render_message(str(exc), "error")

        compare_button.click(show_comparison, compare_query, comparison, api_visibility="private")
        compare_query.submit(show_comparison, compare_query, comparison, api_visibility="private")

        # page load and the scriptable API -----------------------------------------------------------
        demo.load(
            lambda: (render.render_status(assistant.status()), *_corpus_outputs(assistant)[:2]),
            None,
            [status, documents, remove_choice],
            api_visibility="private",
            queue=False,
            show_progress="hidden",
        )
        _register_api(assistant)
    return demo


def _chat_outputs(assistant: Assistant, state: Conversation, sources_html: Any, question_value: Any = "") -> tuple:
    documents = assistant.status()["documents"] if not state.turns else 0
    return (
        render.render_conversation(state.turns, documents),
        sources_html,
        state,
        question_value,
        gr.update(visible=not state.turns),
    )


def _passage_html(assistant: Assistant, evt: gr.EventData) -> str:
    data = getattr(evt, "_data", None) or {}
    try:
        doc = assistant.document(str(data.get("doc", "")))
        start, end = int(data.get("start")), int(data.get("end"))
    except SumberError as exc:
        return render.render_message(str(exc), "error")
    except (TypeError, ValueError):
        return render.render_message("That link does not point at a passage.", "error")
    if not 0 <= start <= end <= len(doc.text):
        return render.render_article(doc)
    return render.render_article(doc, start, end)


def _documents_table(assistant: Assistant) -> list[list[Any]]:
    return [[d.doc_id, d.title, d.source or "", d.published or "", d.chunks] for d in assistant.documents()]


def _doc_ids(assistant: Assistant) -> list[str]:
    return [d.doc_id for d in assistant.documents()]


def _corpus_outputs(assistant: Assistant) -> tuple:
    return (
        _documents_table(assistant),
        gr.update(choices=_doc_ids(assistant), value=None),
        render.render_status(assistant.status()),
    )


def _timeline_frame(events: list[dict]) -> Any:
    import pandas as pd

    frame = pd.DataFrame(
        [
            {"date": ev.get("date"), "actor": ev.get("actor") or "unattributed", "text": ev.get("text", "")[:160]}
            for ev in events
        ]
    )
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    return frame.dropna(subset=["date"])


def _register_api(assistant: Assistant) -> None:
    def ask(question: str) -> dict:
        """Answer a question from the indexed articles: the answer text with [n] markers and its citations."""
        try:
            return assistant.ask(question).to_dict()
        except SumberError as exc:
            raise gr.Error(str(exc)) from None

    def documents() -> list[dict]:
        """The indexed articles: id, headline, outlet, date, chunks."""
        return [
            {"doc_id": d.doc_id, "title": d.title, "source": d.source, "published": d.published, "chunks": d.chunks}
            for d in assistant.documents()
        ]

    def timeline(query: str = "") -> list[dict]:
        """Dated events (date, actor, text, doc_id, start, end, source), oldest first."""
        try:
            events = assistant.timeline(query.strip() or None)
        except SumberError as exc:
            raise gr.Error(str(exc)) from None
        keys = ("date", "actor", "text", "doc_id", "start", "end", "source")
        return [{k: ev.get(k) for k in keys} for ev in events]

    def status() -> dict:
        """Which answerer, embedding model and store; how many documents and chunks."""
        return assistant.status()

    gr.api(ask, api_name="ask", concurrency_id="answer")
    gr.api(documents, api_name="documents")
    gr.api(timeline, api_name="timeline")
    gr.api(status, api_name="status")


# serving --------------------------------------------------------------------------------------------
_REMOTE_FILE = re.compile(r"/file(?:=|/)\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/{2}|\\)")
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (
        b"content-security-policy",
        b"img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
    ),
]


class GuardRequests:
    """ASGI middleware: the app serves only its own files (no fetching of URLs) and tells the browser not to
    load remote images or sniff content types."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _REMOTE_FILE.search(unquote(scope.get("path", ""))):
            from starlette.responses import PlainTextResponse

            response = PlainTextResponse(
                "Refused: this app serves only its own files, never other hosts' URLs.", status_code=403
            )
            await response(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in _SECURITY_HEADERS if name not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def parse_auth(auth: str | None) -> tuple[str, str] | None:
    if not auth:
        return None
    user, sep, password = auth.partition(":")
    if not sep or not user or not password:
        raise SumberError("--auth takes USER:PASSWORD, for example --auth reader:s3cret")
    return user, password


def theme() -> gr.themes.Base:
    # System fonts: the page must not reach out to Google Fonts (the app is meant to run offline).
    return gr.themes.Soft(
        primary_hue="teal",
        neutral_hue="slate",
        font=["ui-sans-serif", "system-ui", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "monospace"],
    )


def serve(
    demo: gr.Blocks,
    *,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: str | None = None,
    max_file_mb: float = 20.0,
    blocked: list[Path] | None = None,
    queue_size: int = QUEUE_SIZE,
    concurrency: int = CONCURRENCY,
    block: bool = True,
    quiet: bool = False,
) -> gr.Blocks:
    """Queue and launch: loopback by default, never a share link, uploads capped, the data folder never served."""
    from starlette.middleware import Middleware

    demo.queue(max_size=queue_size, default_concurrency_limit=concurrency)
    credentials = parse_auth(auth)
    demo.launch(
        server_name=host,
        server_port=port,
        share=False,
        auth=[credentials] if credentials else None,
        auth_message="Sign in to Sumber." if credentials else None,
        max_file_size=int(max_file_mb * 1_000_000),
        blocked_paths=[str(p) for p in blocked or []],
        allowed_paths=[],
        ssr_mode=False,
        show_error=False,
        inbrowser=False,
        prevent_thread_lock=not block,
        quiet=quiet,
        run_history=False,
        enable_monitoring=False,
        mcp_server=False,
        pwa=False,
        app_kwargs={"middleware": [Middleware(GuardRequests)]},
        theme=theme(),
        css=CSS,
        footer_links=["api"],
    )
    return demo


def launch(settings: Settings, host: str = "127.0.0.1", port: int = 7860, auth: str | None = None) -> None:
    """`sumber ui`: build the Assistant (indexing the default articles on first run) and serve the web chat."""
    parse_auth(auth)  # a malformed --auth fails before the slow start
    print("Loading the index (the first run indexes the default articles)…", flush=True)
    assistant = Assistant(settings)
    demo = build_app(assistant, max_file_mb=settings.max_file_mb)
    serve(demo, host=host, port=port, auth=auth, max_file_mb=settings.max_file_mb, blocked=[settings.home])
