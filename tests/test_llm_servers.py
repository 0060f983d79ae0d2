"""The LLM test servers themselves, through the real openai client over HTTP: the stand-in behaves as scripted,
its failures reach the client as the client's own errors, and the real llama.cpp server streams."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest
from openai import OpenAI

from tests.fixtures_llm import FaultProxy, free_port
from tests.openai_standin import TEMPLATE_TOKENS, Reply, StandIn

SOURCES_PROMPT = """<sources>
[1] Korea Utara kirim pasukan — Kompas, 2024-10-18
Badan intelijen Korea Selatan melaporkan Korea Utara mengirim 1.500 tentara ke Rusia. Mereka dilatih di Vladivostok.

[2] Pasukan di Rusia — Tempo, 2024-10-19
Ukraina menyebut pasukan itu akan tiba di garis depan bulan depan.
</sources>

Question: Berapa tentara yang dikirim?"""
MESSAGES = [{"role": "system", "content": "Answer from the sources."}, {"role": "user", "content": SOURCES_PROMPT}]


def client_for(base_url: str, **options) -> OpenAI:
    return OpenAI(base_url=base_url, api_key="sk-test", **{"max_retries": 0, **options})


def stream_text(client: OpenAI, **options) -> tuple[str, list]:
    chunks = list(client.chat.completions.create(model="standin-chat", messages=MESSAGES, stream=True, **options))
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices), chunks


def test_streaming_reply_is_the_scripted_text_in_well_formed_chunks(standin):
    standin.queue("Korea Utara mengirim 1.500 tentara [1].")
    text, chunks = stream_text(client_for(standin.base_url))
    assert text == "Korea Utara mengirim 1.500 tentara [1]."
    assert len(chunks) > 3
    assert {c.object for c in chunks} == {"chat.completion.chunk"}
    assert len({c.id for c in chunks}) == 1
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    request = standin.chat_requests[0]
    assert request.body["stream"] is True
    assert "Vladivostok" in request.prompt


def test_plain_reply_models_and_default_grounded_answer(standin):
    client = client_for(standin.base_url)
    completion = client.chat.completions.create(model="standin-chat", messages=MESSAGES)
    assert completion.choices[0].message.content == (
        "Badan intelijen Korea Selatan melaporkan Korea Utara mengirim 1.500 tentara ke Rusia [1]."
    )
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.completion_tokens > 0
    assert [m.id for m in client.models.list()] == ["standin-chat", "standin-embed"]


def test_responder_sees_the_parsed_request(standin):
    seen = []

    def responder(request):
        seen.append(request)
        return f"I saw {len(request.messages)} messages and sources {sorted(request.sources)}."

    standin.responder = responder
    text, _ = stream_text(client_for(standin.base_url))
    assert text == "I saw 2 messages and sources [1, 2]."
    assert seen[0].sources[2].startswith("Ukraina menyebut")
    assert seen[0].last_user.endswith("Berapa tentara yang dikirim?")


def test_rate_limit_reaches_the_client_with_retry_after_and_retries_are_counted(standin):
    standin.queue(Reply.error(429, retry_after=0.1))
    with pytest.raises(openai.RateLimitError) as caught:
        stream_text(client_for(standin.base_url))
    assert caught.value.response.headers["retry-after"] == "0.1"

    standin.queue(Reply.error(429, retry_after=0.1), Reply.error(503), "finally [1].")
    text, _ = stream_text(client_for(standin.base_url, max_retries=2))
    assert text == "finally [1]."
    assert len(standin.chat_requests) == 4


def test_server_error_reaches_the_client(standin):
    standin.queue(Reply.error(500, message="model crashed"))
    with pytest.raises(openai.InternalServerError, match="model crashed"):
        client_for(standin.base_url).chat.completions.create(model="standin-chat", messages=MESSAGES)


@pytest.mark.parametrize("stream", [False, True])
def test_malformed_json_raises(standin, stream):
    standin.queue(Reply.malformed_json())
    client = client_for(standin.base_url)
    with pytest.raises(ValueError):  # json.JSONDecodeError: the openai client does not wrap it
        if stream:
            stream_text(client)
        else:
            client.chat.completions.create(model="standin-chat", messages=MESSAGES)


def test_hang_triggers_the_client_timeout(standin):
    standin.queue(Reply.hanging(30))
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        stream_text(client_for(standin.base_url, timeout=0.5))
    assert time.monotonic() - started < 3


def test_stall_mid_stream_times_out_after_the_first_tokens(standin):
    standin.queue(Reply.stalling("one two three four five six", after=2, seconds=30))
    client = client_for(standin.base_url, timeout=httpx.Timeout(0.5, connect=2))
    received = []
    started = time.monotonic()
    with pytest.raises((httpx.ReadTimeout, openai.APITimeoutError)):
        for chunk in client.chat.completions.create(model="standin-chat", messages=MESSAGES, stream=True):
            received.append(chunk.choices[0].delta.content or "")
    assert "".join(received) == "one two "
    assert time.monotonic() - started < 3


def test_connection_dropped_mid_stream_raises(standin):
    standin.queue(Reply.dropping("one two three four five six", after=3))
    with pytest.raises((httpx.RemoteProtocolError, openai.APIConnectionError)):
        stream_text(client_for(standin.base_url))


def test_slow_tokens_arrive_spread_out(standin):
    standin.queue(Reply.slow("a b c d", token_delay=0.15))
    started = time.monotonic()
    text, _ = stream_text(client_for(standin.base_url))
    assert text == "a b c d"
    assert time.monotonic() - started >= 0.4


def test_token_limit_and_scripted_cut_off_finish_with_length(standin):
    client = client_for(standin.base_url)
    text, chunks = stream_text(client, max_tokens=3)
    assert text == "Badan intelijen Korea "
    assert chunks[-1].choices[0].finish_reason == "length"
    standin.queue(Reply.cut_off("Korea Utara mengirim"))
    text, chunks = stream_text(client)
    assert chunks[-1].choices[0].finish_reason == "length"


@pytest.mark.parametrize("scenario", ["template-tokens", "invented-citations", "length"])
def test_messy_scenarios(scenario):
    with StandIn(scenario) as server:
        text, chunks = stream_text(client_for(server.base_url))
    if scenario == "template-tokens":
        assert any(token in text for token in TEMPLATE_TOKENS)
        assert any(c.choices and c.choices[0].delta.content == "<end_of_turn>" for c in chunks)
    elif scenario == "invented-citations":
        assert "[7]" in text
    else:
        assert chunks[-1].choices[0].finish_reason == "length"


def test_embeddings_are_deterministic_unit_vectors_in_both_encodings(standin):
    client = client_for(standin.base_url)
    texts = ["pasukan Korea Utara di Rusia", "pasukan Korea Utara tiba di Rusia", "resep nasi goreng"]
    as_base64 = client.embeddings.create(model="standin-embed", input=texts)  # the client asks for base64
    as_floats = client.embeddings.create(model="standin-embed", input=texts, encoding_format="float")
    vectors = [d.embedding for d in as_base64.data]
    assert [len(v) for v in vectors] == [384] * 3
    assert all(
        math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-6)
        for v, w in zip(vectors, (d.embedding for d in as_floats.data), strict=True)
        for a, b in zip(v, w, strict=True)
    )
    assert math.isclose(sum(x * x for x in vectors[0]), 1.0, rel_tol=1e-4)

    def cosine(v, w):
        return sum(a * b for a, b in zip(v, w, strict=True))

    assert cosine(vectors[0], vectors[1]) > 0.7
    assert cosine(vectors[0], vectors[2]) < 0.3
    small = client.embeddings.create(model="standin-embed", input="satu", dimensions=16)
    assert len(small.data[0].embedding) == 16
    assert standin.embedding_requests[0].body["input"] == texts


def test_embedding_failures_are_scriptable(standin):
    standin.queue(Reply.error(503), route="embeddings")
    with pytest.raises(openai.InternalServerError):
        client_for(standin.base_url).embeddings.create(model="standin-embed", input="x")
    assert client_for(standin.base_url).embeddings.create(model="standin-embed", input="x").data


def test_runs_as_a_process_with_a_named_scenario():
    port = free_port()
    script = Path(__file__).with_name("openai_standin.py")
    process = subprocess.Popen(
        [sys.executable, str(script), "--port", str(port), "--scenario", "echo"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert "listening on" in process.stdout.readline()
        client = client_for(f"http://127.0.0.1:{port}/v1")
        reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "halo"}])
        assert reply.choices[0].message.content == "You asked: halo"
    finally:
        process.terminate()
        process.wait(10)


def test_fault_proxy_stalls_and_drops_a_stream(standin):
    with FaultProxy(standin.port) as proxy:
        client = client_for(proxy.base_url, timeout=httpx.Timeout(0.5, connect=2))
        for _ in range(3):  # kept-alive connections: faults count events per response, not per connection
            assert client.chat.completions.create(model="standin-chat", messages=MESSAGES).choices
            assert stream_text(client)[0].endswith("[1].")
        proxy.stall(after_events=3)
        received = []
        with pytest.raises((httpx.ReadTimeout, openai.APITimeoutError)):
            for chunk in client.chat.completions.create(model="standin-chat", messages=MESSAGES, stream=True):
                received.append(chunk.choices[0].delta.content or "")
        assert "".join(received) == "Badan intelijen "
        proxy.reset()
        proxy.drop(after_events=2)
        with pytest.raises((httpx.RemoteProtocolError, openai.APIConnectionError)):
            stream_text(client)


@pytest.mark.llm
def test_real_llama_server_streams_a_chat_completion(llama_server):
    client = client_for(llama_server.base_url, timeout=120)
    assert llama_server.model in [m.id for m in client.models.list()]
    stream = client.chat.completions.create(
        model=llama_server.model, messages=MESSAGES, stream=True, max_tokens=48, temperature=0.1
    )
    pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
    assert sum(1 for p in pieces if p) >= 2, pieces
    assert "".join(pieces).strip()


@pytest.mark.llm
def test_slow_proxy_cuts_the_real_server_mid_stream(slow_proxy):
    client = client_for(slow_proxy.base_url, timeout=120)
    slow_proxy.drop(after_events=4)
    received = []
    with pytest.raises((httpx.RemoteProtocolError, openai.APIConnectionError)):
        for chunk in client.chat.completions.create(
            model=slow_proxy.model, messages=MESSAGES, stream=True, max_tokens=48
        ):
            received.append(chunk.choices[0].delta.content if chunk.choices else None)
    assert 1 <= len(received) <= 4
    slow_proxy.reset()
    assert json.dumps(
        client.chat.completions.create(model=slow_proxy.model, messages=MESSAGES, max_tokens=8).model_dump()
    )
