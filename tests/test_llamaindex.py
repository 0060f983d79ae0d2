"""Sumber inside llama-index: the retriever in a RetrieverQueryEngine with a postprocessor, RetrieverEvaluator over
it, the query engine, and `Assistant(llm=OpenAILike(...))` against the stand-in and the real llama.cpp server."""

from __future__ import annotations

import re
import time

import pytest
from llama_index.core import Settings as LlamaSettings
from llama_index.core import get_response_synthesizer
from llama_index.core.evaluation import RetrieverEvaluator
from llama_index.core.postprocessor import SimilarityPostprocessor
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.schema import MetadataMode, NodeWithScore
from llama_index.llms.openai_like import OpenAILike

from rag import Assistant, Settings
from tests.openai_standin import Reply

QUESTION = "Who first reported the deployment?"
LEAKS = ("<end_of_turn>", "<start_of_turn>", "[/INST]", "<|im_end|>")


def openai_like(base_url: str, model: str, **options) -> OpenAILike:
    return OpenAILike(
        model=model,
        api_base=base_url,
        api_key="sk-test",
        is_chat_model=True,
        max_retries=options.pop("max_retries", 0),
        timeout=options.pop("timeout", 30.0),
        **options,
    )


def assert_exact(assistant: Assistant, answer) -> None:
    for citation in answer.citations:
        assert assistant.document(citation.doc_id).text[citation.start : citation.end] == citation.snippet
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers <= {c.n for c in answer.citations}, answer.text


def test_retriever_nodes_are_exact_spans_with_metadata(shared_assistant):
    nodes = shared_assistant.as_retriever(k=4).retrieve(QUESTION)
    assert 0 < len(nodes) <= 4 and all(isinstance(n, NodeWithScore) for n in nodes)
    scores = [n.score for n in nodes]
    assert scores == sorted(scores, reverse=True)
    for hit in nodes:
        meta = hit.node.metadata
        assert {"doc_id", "start", "end", "title", "outlet", "date", "chunk_id"} <= set(meta)
        assert shared_assistant.document(meta["doc_id"]).text[meta["start"] : meta["end"]] == hit.node.text
        assert hit.node.node_id == meta["chunk_id"] and hit.node.ref_doc_id == meta["doc_id"]
        shown_to_llm = hit.node.get_content(metadata_mode=MetadataMode.LLM)
        assert meta["title"] in shown_to_llm and meta["chunk_id"] not in shown_to_llm


def test_retriever_query_engine_applies_a_postprocessor_and_an_explicit_llm(shared_assistant, standin):
    standin.responder = lambda request: "Synthesised by the stand-in."
    retriever = shared_assistant.as_retriever(k=5)
    everything = retriever.retrieve(QUESTION)
    cutoff = everything[1].score  # keeps the two best passages (ties aside), drops the rest
    engine = RetrieverQueryEngine(
        retriever=retriever,
        response_synthesizer=get_response_synthesizer(llm=openai_like(standin.base_url, standin.chat_model)),
        node_postprocessors=[SimilarityPostprocessor(similarity_cutoff=cutoff)],
    )
    response = engine.query(QUESTION)
    kept = [n for n in everything if n.score >= cutoff]
    dropped = [n for n in everything if n.score < cutoff]
    assert dropped, "the cutoff must remove something for this test to mean anything"
    assert str(response) == "Synthesised by the stand-in."
    assert [n.node_id for n in response.source_nodes] == [n.node_id for n in kept]
    prompt = standin.chat_requests[-1].prompt
    assert all(n.node.text in prompt for n in kept)
    assert not any(n.node.text in prompt for n in dropped)
    assert LlamaSettings._llm is None  # nothing configured llama-index globally


def test_retriever_evaluator_scores_sumbers_retriever(shared_assistant):
    answer_chunks = [c.chunk_id for c in shared_assistant.store.iter_chunks() if "(NIS)" in c.text]
    assert answer_chunks
    evaluator = RetrieverEvaluator.from_metric_names(["hit_rate", "mrr"], retriever=shared_assistant.as_retriever(k=5))
    found = evaluator.evaluate(QUESTION, expected_ids=answer_chunks)
    assert found.metric_vals_dict["hit_rate"] == 1.0 and found.metric_vals_dict["mrr"] > 0
    assert len(found.retrieved_ids) == 5 and all(isinstance(i, str) for i in found.retrieved_ids)
    missed = evaluator.evaluate(QUESTION, expected_ids=["no-such-chunk"])
    assert missed.metric_vals_dict["hit_rate"] == 0.0


def test_query_engine_response_holds_the_cited_answer(shared_assistant):
    response = shared_assistant.as_query_engine().query(QUESTION)
    assert response.metadata["grounded"] is True and response.source_nodes
    assert [n.node.metadata["citation"] for n in response.source_nodes] == list(
        range(1, len(response.source_nodes) + 1)
    )
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", str(response))}
    assert markers and markers <= {n.node.metadata["citation"] for n in response.source_nodes}
    for hit in response.source_nodes:
        meta = hit.node.metadata
        assert shared_assistant.document(meta["doc_id"]).text[meta["start"] : meta["end"]] == hit.node.text


def test_a_llamaindex_llm_answers_through_the_llm_path(shared_home, standin):
    assistant = Assistant(Settings(home=shared_home), llm=openai_like(standin.base_url, standin.chat_model))
    assert assistant.answerer_name == standin.chat_model
    standin.queue(Reply.say("Badan Intelijen Nasional reported it first [1]<end_of_turn> and more [9]."))
    stream = assistant.stream(QUESTION)
    pieces = list(stream)
    answer = stream.answer
    assert len(pieces) > 2 and answer.answerer == standin.chat_model and answer.notice is None
    assert answer.citations and "[9]" not in answer.text and answer.dropped_markers == 1
    assert not any(token in answer.text for token in LEAKS)
    assert_exact(assistant, answer)
    request = standin.chat_requests[-1]
    assert request.body["stream"] is True and "<sources>" in request.prompt
    assert LlamaSettings._llm is None


@pytest.mark.parametrize(
    ("reply", "reason", "requests"),
    [(Reply.error(500), "HTTP 500", 3), (Reply.error(401), "HTTP 401", 1), (Reply.malformed_json(), "malformed", 1)],
)
def test_llamaindex_llm_failures_fall_back_to_offline_with_a_notice(shared_home, standin, reply, reason, requests):
    standin.responder = lambda request: reply
    settings = Settings(home=shared_home, llm_retries=2, llm_timeout=20)
    assistant = Assistant(settings, llm=openai_like(standin.base_url, standin.chat_model))
    answer = assistant.ask(QUESTION)
    assert answer.answerer == "offline" and answer.notice and reason in answer.notice
    assert len(standin.chat_requests) == requests  # 5xx retried by our one layer; 4xx and garbage are not
    assert answer.citations
    assert_exact(assistant, answer)


def test_the_deadline_holds_for_a_llamaindex_llm_that_hangs(shared_home, standin):
    standin.queue(Reply.hanging(60))
    assistant = Assistant(
        Settings(home=shared_home, llm_timeout=2, llm_retries=0),
        llm=openai_like(standin.base_url, standin.chat_model, timeout=300.0),
    )
    started = time.monotonic()
    answer = assistant.ask(QUESTION)
    assert time.monotonic() - started < 6
    assert answer.answerer == "offline" and "timed out" in answer.notice


def test_rate_limit_is_retried_after_the_servers_retry_after(shared_home, standin):
    standin.queue(Reply.error(429, retry_after=1))
    assistant = Assistant(Settings(home=shared_home, llm_retries=1), llm=openai_like(standin.base_url, "standin-chat"))
    answer = assistant.ask(QUESTION)
    first, second = standin.chat_requests
    assert second.at - first.at >= 0.9
    assert answer.answerer == "standin-chat" and answer.notice is None and answer.citations


def test_offline_setting_wins_over_a_given_llm(shared_home, standin):
    assistant = Assistant(Settings(home=shared_home, offline=True), llm=openai_like(standin.base_url, "standin-chat"))
    assert assistant.ask(QUESTION).answerer == "offline" and not standin.chat_requests


@pytest.mark.llm
def test_openai_like_against_the_real_llama_cpp_server(shared_home, llama_server):
    llm = openai_like(llama_server.base_url, llama_server.model, max_tokens=48, timeout=120.0)
    assistant = Assistant(Settings(home=shared_home, llm_timeout=120), llm=llm)
    stream = assistant.stream(QUESTION)
    pieces = [p for p in stream if p]
    answer = stream.answer
    if answer.answerer == "offline":  # the tiny model failed; the fallback must then say so
        assert answer.notice
    else:
        assert answer.answerer == llama_server.model and len(pieces) >= 2
    assert not any(token in answer.text for token in LEAKS)
    assert_exact(assistant, answer)
    response = RetrieverQueryEngine(
        retriever=assistant.as_retriever(k=2), response_synthesizer=get_response_synthesizer(llm=llm)
    ).query(QUESTION)
    assert str(response).strip() and len(response.source_nodes) == 2
