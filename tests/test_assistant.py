"""The Python API contract that scripts and the evals depend on, on the real default corpus."""

import re

import pytest

from index.errors import DocumentNotFoundError, SumberError
from rag import Answer, Assistant, Settings

DEFAULT_Q = "Who first reported the deployment?"
DEFAULT_Q_ID = "Siapa yang pertama kali melaporkan pengerahan pasukan?"


def assert_citations_exact(assistant, answer: Answer):
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    numbers = [c.n for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    assert markers <= set(numbers)
    for citation in answer.citations:
        doc = assistant.document(citation.doc_id)
        assert doc.text[citation.start : citation.end] == citation.snippet
        assert citation.title == doc.title and citation.source == doc.source


def test_default_question_names_nis_with_its_date_and_citations(shared_assistant):
    answer = shared_assistant.ask(DEFAULT_Q)
    assert answer.grounded and answer.answerer == "offline"
    lead = answer.text.split("\n")[0]
    assert "(NIS)" in lead and "18 October 2024" in lead  # the body as the source names it, spelled out
    assert_citations_exact(shared_assistant, answer)
    assert any("NIS" in c.snippet and "18/10" in c.snippet for c in answer.citations)


def test_default_question_in_indonesian_answers_in_indonesian(shared_assistant):
    answer = shared_assistant.ask(DEFAULT_Q_ID)
    lead = answer.text.split("\n")[0]
    assert answer.grounded and answer.language == "id"
    assert "Badan Intelijen Nasional" in lead and "18 Oktober 2024" in lead
    assert_citations_exact(shared_assistant, answer)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("How many North Korean troops were sent to Russia?", ["1,500", "3,000"]),
        ("Berapa jumlah tentara Korea Utara yang dikirim ke Rusia?", ["1.500", "3.000"]),
        ("Who is the NATO spokesperson?", ["Farah"]),
        ("Kapan majelis rendah Rusia menyetujui perjanjian dengan Pyongyang?", ["24 Oktober 2024"]),
    ],
)
def test_questions_get_their_key_fact(shared_assistant, question, expected):
    answer = shared_assistant.ask(question)
    assert answer.grounded
    for fact in expected:
        assert fact in answer.text
    assert_citations_exact(shared_assistant, answer)


@pytest.mark.parametrize(
    "question",
    [
        "What did Pope Francis say about the North Korean troops?",
        "Berapa harga saham Samsung pada Oktober 2024?",
        "Who won the 2022 World Cup?",
        "asdkjh qwpeoi zmxncb",
    ],
)
def test_questions_the_corpus_cannot_answer_are_not_grounded(shared_assistant, question):
    answer = shared_assistant.ask(question)
    assert answer.grounded is False
    assert "do not contain" in answer.text or "tidak memuat" in answer.text
    assert_citations_exact(shared_assistant, answer)


def test_refusal_is_in_the_question_language(shared_assistant):
    answer = shared_assistant.ask("Siapa yang memenangkan Piala Dunia 2022?")
    assert not answer.grounded and "tidak memuat" in answer.text


def test_stream_yields_the_answer_incrementally(shared_assistant):
    stream = shared_assistant.stream(DEFAULT_Q)
    pieces = list(stream)
    assert len(pieces) > 5
    assert "".join(pieces) == stream.answer.text
    assert stream.answer.text == shared_assistant.ask(DEFAULT_Q).text


def test_chat_resolves_a_follow_up_against_the_history(shared_assistant):
    chat = shared_assistant.chat()
    first = chat.ask(DEFAULT_Q)
    follow = chat.ask("and when?")
    assert first.grounded and follow.grounded
    assert DEFAULT_Q in follow.standalone_question
    assert "18 October 2024" in follow.text
    assert len(chat.history) == 2


def test_explicit_settings_need_no_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("SUMBER_HOME", raising=False)
    assistant = Assistant(home=tmp_path / "data", collection="mine", top_k=2, offline=True)
    assert (tmp_path / "data" / "chroma").exists()
    status = assistant.status()
    assert status["documents"] == 5 and status["collection"] == "mine" and status["answerer"] == "offline"
    assert len(assistant.retrieve("Zelensky")) == 2


def test_bad_questions_and_ids_get_clear_errors(shared_assistant):
    with pytest.raises(SumberError, match="question is empty"):
        shared_assistant.ask("   ")
    with pytest.raises(DocumentNotFoundError, match="sumber sources"):
        shared_assistant.document("nope")
    long_answer = shared_assistant.ask("troops " * 5000)
    assert isinstance(long_answer, Answer)


def test_cross_lingual_retrieval_finds_the_indonesian_passage(shared_assistant):
    passages = shared_assistant.retrieve("Which ships carried the troops and who inspected them?", k=3)
    assert any("tujuh kapal" in p.text for p in passages)


def test_settings_read_the_standard_environment_names(monkeypatch, tmp_path):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("SUMBER_LLM_MODEL", "some-model")
    monkeypatch.setenv("CHROMA_PORT", "9999")
    monkeypatch.setenv("SUMBER_TOP_K", "7")
    settings = Settings()
    assert settings.llm_enabled and settings.llm_model == "some-model"
    assert settings.chroma_port == 9999 and settings.top_k == 7
    assert not Settings(offline=True).llm_enabled


def test_a_date_is_not_read_as_a_quantity():
    from index.numbers import find_quantities

    sentence = "NATO akan menerima pengarahan, Senin (28/10), mengenai keberadaan pasukan Korea Utara di Rusia."
    assert [q for q in find_quantities(sentence) if q.kind == "count"] == []
    found = find_quantities("mengirim 1.500 tentara dan 10 ribu pasukan")
    assert [(q.value, q.unit) for q in found] == [(1500, "tentara"), (10000, "pasukan")]
