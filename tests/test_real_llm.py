"""The LLM path against a real model: Gemma 3 270M behind llama.cpp's OpenAI-compatible server.

The model is tiny and messy; these tests assert what must hold whatever it says.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

import pytest

from rag import Assistant, Settings
from rag.cite import CONTROL_TOKENS

pytestmark = pytest.mark.llm
QUESTION = "Who first reported the deployment?"
LEAKS = ("<end_of_turn>", "<start_of_turn>", "[/INST]", "<|im_end|>", "<|eot_id|>", "</s>", "<eos>")


def gemma(home, base_url, model, **overrides) -> Assistant:
    settings = Settings(
        home=home,
        openai_base_url=base_url,
        llm_model=model,
        llm_timeout=overrides.pop("timeout", 120),
        llm_max_tokens=overrides.pop("max_tokens", 64),
        **overrides,
    )
    return Assistant(settings)


def assert_clean_and_exact(assistant, answer) -> None:
    for token in LEAKS:
        assert token not in answer.text
    assert not CONTROL_TOKENS.search(answer.text)
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    numbers = {c.n for c in answer.citations}
    assert markers <= numbers, (markers, numbers, answer.text)
    for citation in answer.citations:
        assert assistant.document(citation.doc_id).text[citation.start : citation.end] == citation.snippet
    for sentence in answer.unsupported:
        assert sentence in answer.text
    assert answer.text.count("[unsupported]") >= len(answer.unsupported)


def test_a_real_model_answer_streams_with_exact_citations(shared_home, llama_server):
    assistant = gemma(shared_home, llama_server.base_url, llama_server.model)
    for question in (
        QUESTION,
        "Siapa yang pertama kali melaporkan pengerahan pasukan?",
        "How many North Korean troops were sent to Russia?",
    ):
        stream = assistant.stream(question)
        pieces = [p for p in stream if p]
        answer = stream.answer
        if answer.answerer == "offline":  # the model failed; the fallback must then say so
            assert answer.notice
        else:
            assert len(pieces) >= 2 and answer.answerer == llama_server.model
        assert_clean_and_exact(assistant, answer)


def test_an_answer_cut_at_the_token_limit_is_marked(shared_home, llama_server):
    answer = gemma(shared_home, llama_server.base_url, llama_server.model, max_tokens=16).ask(QUESTION)
    assert answer.answerer == llama_server.model
    assert answer.truncated and answer.notice and answer.text.endswith("…")


@pytest.mark.parametrize("fault", ["stall", "drop"])
def test_the_deadline_holds_when_the_server_stalls_or_dies_mid_stream(shared_home, slow_proxy, fault):
    assistant = gemma(shared_home, slow_proxy.base_url, slow_proxy.model, timeout=8, llm_retries=1)
    slow_proxy.stall(after_events=3, seconds=120) if fault == "stall" else slow_proxy.drop(after_events=3)
    started = time.monotonic()
    stream = assistant.stream(QUESTION)
    pieces = list(stream)
    answer = stream.answer
    assert time.monotonic() - started < 20
    assert answer.answerer == "offline" and answer.notice
    assert "18 October 2024" in answer.text and pieces
    assert_clean_and_exact(assistant, answer)


def test_the_cli_answers_through_the_real_server(shared_home, llama_server):
    env = {
        **os.environ,
        "SUMBER_HOME": str(shared_home),
        "OPENAI_BASE_URL": llama_server.base_url,
        "SUMBER_LLM_MODEL": llama_server.model,
        "SUMBER_LLM_MAX_TOKENS": "64",
    }
    done = subprocess.run(
        [sys.executable, "-m", "sumber", "ask", QUESTION, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["answerer"] == llama_server.model and payload["answer"].strip()
    for token in LEAKS:
        assert token not in payload["answer"]


def test_eval_in_llm_mode_on_a_slice_labels_the_model(shared_home, llama_server, tmp_path):
    from evals import run_eval

    assistant = gemma(shared_home, llama_server.base_url, llama_server.model)
    run = run_eval(mode="llm", limit=8, assistant=assistant, out=tmp_path / "run", progress=False)
    assert len(run.rows) == 8
    report = (tmp_path / "run" / "report.md").read_text()
    assert llama_server.model in report
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["overall"]["citation_validity"] == 1.0
