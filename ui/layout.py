"""The web chat's page: the three tabs and their components, built inside `gr.Blocks` (no behaviour here)."""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from rag import Assistant, CorpusExamples
from ui import handlers, render_chat, render_panels
from ui.style import PICK_SOURCE_JS, SCROLL_TO_HIGHLIGHT_JS


@dataclass
class ChatTab:
    view: gr.HTML
    examples: gr.Row
    example_buttons: list[gr.Button]
    question: gr.Textbox
    ask: gr.Button
    new_chat: gr.Button
    sources: gr.HTML
    article: gr.HTML


@dataclass
class CorpusTab:
    documents: gr.Dataframe
    uploads: gr.File
    add: gr.Button
    remove_choice: gr.Dropdown
    remove: gr.Button
    result: gr.HTML


@dataclass
class TimelineTab:
    tab: gr.Tab
    query: gr.Textbox
    show: gr.Button
    message: gr.HTML
    plot: gr.ScatterPlot
    compare_query: gr.Textbox
    compare: gr.Button
    comparison: gr.HTML
    events: gr.HTML
    article: gr.HTML


def chat_tab(assistant: Assistant, offered: CorpusExamples) -> ChatTab:
    with gr.Tab("Chat", id="chat"), gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=420):
            view = gr.HTML(
                render_chat.render_conversation([], assistant.status()["documents"]),
                elem_id="conversation",
                js_on_load=PICK_SOURCE_JS,
                min_height=420,
                max_height=620,
                autoscroll=True,
            )
            with gr.Row(elem_id="examples") as examples:
                example_buttons = [gr.Button(q, size="sm", variant="secondary") for q in offered.questions]
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
                ask = gr.Button("Ask", variant="primary", scale=0, min_width=110, elem_id="ask")
            with gr.Row(elem_id="chat-actions"):
                new_chat = gr.Button(
                    "New conversation", size="sm", variant="secondary", scale=0, min_width=170, elem_id="new-chat"
                )
        with gr.Column(scale=2, min_width=340):
            gr.HTML('<div class="panel-title">Sources</div>', js_on_load=None)
            sources = gr.HTML(
                render_chat.render_sources(None), elem_id="sources", js_on_load=PICK_SOURCE_JS, max_height=300
            )
            gr.HTML('<div class="panel-title">Article</div>', js_on_load=None)
            article = gr.HTML(
                render_panels.render_article_placeholder(), elem_id="article", js_on_load=SCROLL_TO_HIGHLIGHT_JS
            )
    return ChatTab(view, examples, example_buttons, question, ask, new_chat, sources, article)


def corpus_tab(assistant: Assistant, max_file_mb: float) -> CorpusTab:
    with gr.Tab("Corpus", id="corpus"):
        documents = gr.Dataframe(
            handlers.documents_table(assistant),
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
                suffixes = assistant.accepted_suffixes
                plain = [s for s in suffixes if not s.endswith(".gz")]
                uploads = gr.File(
                    file_count="multiple",
                    file_types=list(suffixes),
                    label=f"Add articles ({' '.join(plain)}, also gzipped; up to {max_file_mb:g} MB each)",
                    elem_id="uploads",
                    height=160,
                )
                add = gr.Button("Add to index", variant="primary", elem_id="add")
            with gr.Column(scale=2):
                remove_choice = gr.Dropdown(
                    choices=handlers.doc_ids(assistant), label="Remove an article", elem_id="remove-choice", value=None
                )
                remove = gr.Button("Remove from index", variant="stop", elem_id="remove")
        result = gr.HTML(elem_id="ingest-result", js_on_load=None)
    return CorpusTab(documents, uploads, add, remove_choice, remove, result)


def timeline_tab(examples: CorpusExamples) -> TimelineTab:
    with gr.Tab("Timeline", id="timeline") as tab:
        with gr.Row(equal_height=True):
            query = gr.Textbox(
                placeholder="Only events about… (empty: all events)",
                show_label=False,
                scale=8,
                elem_id="timeline-query",
            )
            show = gr.Button("Show timeline", variant="primary", scale=1, min_width=120)
        message = gr.HTML(elem_id="timeline-message", js_on_load=None)
        plot = gr.ScatterPlot(
            x="date",
            y="actor",
            color="actor",
            tooltip=["when", "actor", "text"],
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
                    value=examples.compare_query,
                    show_label=False,
                    scale=8,
                    placeholder="A quantity, e.g. 'jumlah korban' or 'the number of flights'",
                    elem_id="compare-query",
                )
                compare = gr.Button("Compare", scale=1, min_width=120)
            comparison = gr.HTML(elem_id="comparison", js_on_load=PICK_SOURCE_JS)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                events = gr.HTML(elem_id="timeline-list", js_on_load=PICK_SOURCE_JS)
            with gr.Column(scale=2):
                article = gr.HTML(
                    render_panels.render_article_placeholder("Click an event to read it in its article."),
                    elem_id="timeline-article",
                    js_on_load=SCROLL_TO_HIGHLIGHT_JS,
                )
    return TimelineTab(tab, query, show, message, plot, compare_query, compare, comparison, events, article)
