"""The web chat's event handlers as plain functions of a real Assistant: no browser, no server."""

from __future__ import annotations

import gzip
from html import escape

import gradio as gr
import pytest

from rag import Assistant, Settings
from ui import handlers

QUESTION = "Who first reported the deployment?"


def test_respond_streams_the_answer_then_shows_its_sources(shared_assistant):
    updates = list(handlers.respond(shared_assistant, f"  {QUESTION} ", None))
    conversation, sources, state, question, examples = updates[-1]
    assert len(updates) > 3 and "Finding the sources" in updates[0][1]
    assert all(update[1] is not None for update in updates)
    (turn,) = state.turns
    assert turn.question == QUESTION and turn.answer is not None and turn.answer.citations
    assert escape(turn.answer.citations[0].snippet, quote=True) in sources
    assert question == "" and examples["visible"] is False
    assert f'data-doc="{turn.answer.citations[0].doc_id}"' in conversation
    follow_up = list(handlers.respond(shared_assistant, "and when?", state))[-1][2]
    assert len(follow_up.turns) == 2 and follow_up.turns[1].answer.standalone_question.startswith(QUESTION)


def test_an_empty_question_changes_nothing(shared_assistant):
    ((conversation, sources, state, question, examples),) = list(handlers.respond(shared_assistant, "   ", None))
    assert state.turns == [] and examples["visible"] is True
    assert isinstance(sources, type(gr.skip())) and isinstance(question, type(gr.skip()))


def test_reset_clears_the_conversation_and_its_chat_history(shared_assistant):
    state = list(handlers.respond(shared_assistant, QUESTION, None))[-1][2]
    view, sources, article, same, question, examples = handlers.reset(shared_assistant, state)
    assert same is state and state.turns == [] and state.chat.history == []
    assert "Ask about the news articles" in view and question == "" and examples["visible"] is True


def test_a_clicked_passage_opens_its_article_highlighted_and_bad_links_say_so(shared_assistant):
    doc = shared_assistant.documents()[0]
    shown = handlers.passage_html(shared_assistant, {"doc": doc.doc_id, "start": "0", "end": "12"})
    assert f'<mark class="hl" id="highlight">{escape(doc.text[:12], quote=True)}</mark>' in shown
    whole = handlers.passage_html(shared_assistant, {"doc": doc.doc_id, "start": 0, "end": 10**9})
    assert "<mark" not in whole and escape(doc.title, quote=True) in whole
    assert "does not point at a passage" in handlers.passage_html(shared_assistant, {"doc": doc.doc_id})
    assert "sumber sources" in handlers.passage_html(shared_assistant, {"doc": "nope", "start": 0, "end": 1})


def test_timeline_and_comparison(shared_assistant):
    message, plot, events = handlers.show_timeline(shared_assistant, "")
    assert "dated event" in message and plot["visible"] is True and len(plot["value"]) > 0
    assert 'data-doc="' in events
    everything = len(handlers.api_timeline(shared_assistant, ""))
    assert f"{everything} dated event" in message
    assert len(handlers.api_timeline(shared_assistant, "NATO")) <= everything
    assert "Type the figure" in handlers.show_comparison(shared_assistant, " ")
    assert "comparison" in handlers.show_comparison(shared_assistant, "jumlah tentara Korea Utara")
    rows = handlers.api_timeline(shared_assistant, "")
    assert rows and set(rows[0]) == set(handlers.TIMELINE_KEYS)


def test_files_are_added_and_removed_with_the_corpus_outputs_refreshed(tmp_path):
    assistant = Assistant(Settings(home=tmp_path / "home", offline=True), auto_ingest=False)
    article = tmp_path / "gempa.txt"
    article.write_text("Gempa di Sumbawa\n\nGempa bumi berkekuatan 5,1 melanda Sumbawa pada Selasa pagi.", "utf-8")
    steps = []
    report, uploads, table, choice, status = handlers.add_files(
        assistant, [str(article)], lambda *a, **k: steps.append(a)
    )
    assert uploads is None and [row[0] for row in table] == ["gempa"] and choice["choices"] == ["gempa"]
    assert "gempa" in report and steps and "Documents</span> 1" in status
    message, table, choice, status = handlers.remove(assistant, "gempa")
    assert "Removed gempa" in message and table == [] and choice["choices"] == []
    with pytest.raises(gr.Error, match="Choose one or more"):
        handlers.add_files(assistant, [], lambda *a, **k: None)
    with pytest.raises(gr.Error, match="sumber sources"):
        handlers.remove(assistant, "gempa")
    assert isinstance(handlers.remove(assistant, None)[0], type(gr.skip()))


def test_gzipped_uploads_pass_the_upload_field_and_are_indexed(tmp_path):
    from gradio_client.utils import is_valid_file

    assistant = Assistant(Settings(home=tmp_path / "home", offline=True), auto_ingest=False)
    assert {".txt", ".jsonl", ".txt.gz", ".jsonl.gz"} <= set(assistant.accepted_suffixes)
    article = tmp_path / "gempa.txt.gz"
    article.write_bytes(gzip.compress(b"Gempa di Sumbawa\n\nGempa bumi berkekuatan 5,1 melanda Sumbawa."))
    assert is_valid_file(str(article), list(assistant.accepted_suffixes))
    _, _, table, _, _ = handlers.add_files(assistant, [str(article)], lambda *a, **k: None)
    assert [row[0] for row in table] == ["gempa"]


def test_the_page_load_reports_the_current_corpus(shared_assistant):
    status, table, choice = handlers.page_load(shared_assistant)
    assert len(table) == len(shared_assistant.documents()) == len(choice["choices"])


def test_example_questions_are_the_default_corpus_data_and_only_while_it_is_indexed(shared_assistant, tmp_path):
    import json

    from index import DEFAULT_CORPUS

    shipped = json.loads((DEFAULT_CORPUS / "examples.json").read_text(encoding="utf-8"))
    examples = shared_assistant.examples()
    assert list(examples.questions) == shipped["questions"] and examples.compare_query == shipped["compare_query"]
    article = tmp_path / "other.txt"
    article.write_text("Banjir di Bekasi\n\nBanjir merendam 300 rumah di Bekasi pada Senin.", encoding="utf-8")
    other = Assistant(Settings(home=tmp_path / "home", offline=True), auto_ingest=False)
    other.ingest([article])
    assert other.examples().questions == () and other.examples().compare_query == ""
