"""`sumber serve`, the OpenAI-compatible API: the real openai client and curl over HTTP on 127.0.0.1, against the
app on real Chroma and e5 (in a uvicorn thread) and the `sumber serve` process itself."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import openai
import pytest
from openai import OpenAI

from rag import Assistant, Settings
from tests.conftest import free_port, wait_for_port
from tests.openai_standin import Reply

KEY = "sk-sumber-test-key"
QUESTION = "Who first reported the deployment?"


@dataclass
class RunningApi:
    url: str
    app: object
    server: object

    def client(self, key: str = KEY, **options) -> OpenAI:
        return OpenAI(base_url=f"{self.url}/v1", api_key=key, max_retries=0, **options)

    def get(self, path: str, key: str = KEY) -> httpx.Response:
        return httpx.get(f"{self.url}{path}", headers={"Authorization": f"Bearer {key}"}, timeout=60)


def start_api(assistant: Assistant, **options) -> RunningApi:
    import uvicorn

    from ui.api import create_app

    app = create_app(assistant, **{"api_key": KEY, **options})
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    wait_for_port(port)
    return RunningApi(f"http://127.0.0.1:{port}", app, server)


@pytest.fixture(scope="module")
def api(shared_assistant) -> Iterator[RunningApi]:
    running = start_api(shared_assistant)
    yield running
    running.server.should_exit = True


def assert_citations_exact(api: RunningApi, citations: list[dict], text: str) -> None:
    assert citations
    for c in citations:
        assert set(c) == {"n", "doc_id", "title", "outlet", "date", "snippet", "start", "end"}
        document = api.get(f"/v1/documents/{c['doc_id']}").json()
        assert document["text"][c["start"] : c["end"]] == c["snippet"]
    assert {int(n) for n in re.findall(r"\[(\d+)\]", text)} <= {c["n"] for c in citations}


def test_models_lists_the_assistant(api):
    assert [m.id for m in api.client().models.list()] == ["sumber"]


def test_a_plain_completion_carries_the_answer_and_its_citations(api):
    started = time.perf_counter()
    completion = api.client().chat.completions.create(model="sumber", messages=[{"role": "user", "content": QUESTION}])
    assert time.perf_counter() - started < 30
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    assert re.search(r"\[\d+\]", choice.message.content)
    assert completion.sumber["grounded"] is True and completion.sumber["answer"] == choice.message.content
    assert_citations_exact(api, completion.citations, choice.message.content)


def test_a_streamed_completion_ends_with_the_citations(api):
    events = list(
        api.client().chat.completions.create(
            model="sumber", messages=[{"role": "user", "content": QUESTION}], stream=True
        )
    )
    text = "".join(e.choices[0].delta.content or "" for e in events)
    last = events[-1]
    assert len(events) > 4 and last.choices[0].finish_reason == "stop"
    assert all(getattr(e, "citations", None) is None for e in events[:-1])
    assert text.strip() == last.sumber["answer"].strip()
    assert_citations_exact(api, last.citations, text)


def test_earlier_turns_are_the_chat_history(api):
    client = api.client()
    first = client.chat.completions.create(model="sumber", messages=[{"role": "user", "content": QUESTION}])
    follow_up = [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": QUESTION},
        {"role": "assistant", "content": first.choices[0].message.content},
        {"role": "user", "content": "and when?"},
    ]
    with_history = client.chat.completions.create(model="sumber", messages=follow_up)
    alone = client.chat.completions.create(model="sumber", messages=follow_up[-1:])
    assert QUESTION in with_history.sumber["standalone_question"]
    assert QUESTION not in alone.sumber["standalone_question"]


def test_a_sources_block_can_be_switched_on_per_request(api):
    completion = api.client().chat.completions.create(
        model="sumber", messages=[{"role": "user", "content": QUESTION}], extra_body={"sources_block": True}
    )
    content = completion.choices[0].message.content
    assert "\n\nSources:\n[1] " in content
    assert completion.citations[0]["snippet"] in content


def test_a_wrong_or_missing_key_is_refused_on_every_route(api):
    with pytest.raises(openai.AuthenticationError) as refused:
        api.client(key="sk-wrong").chat.completions.create(
            model="sumber", messages=[{"role": "user", "content": QUESTION}]
        )
    assert refused.value.status_code == 401 and refused.value.body["code"] == "invalid_api_key"
    for path in ("/healthz", "/v1/sources", "/v1/models", "/v1/documents/x", "/no/such/route"):
        assert httpx.get(f"{api.url}{path}").status_code == 401
    assert api.get("/healthz").json()["status"] == "ok"


def test_oversized_requests_and_questions_are_refused(api):
    client = api.client()
    with pytest.raises(openai.APIStatusError) as too_big:
        client.chat.completions.create(model="sumber", messages=[{"role": "user", "content": "x " * 200_000}])
    assert too_big.value.status_code == 413 and too_big.value.body["code"] == "request_too_large"
    with pytest.raises(openai.BadRequestError) as too_long:
        client.chat.completions.create(model="sumber", messages=[{"role": "user", "content": "why " * 600}])
    assert too_long.value.body["code"] == "question_too_long"
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="sumber", messages=[{"role": "assistant", "content": "hi"}])
    with pytest.raises(openai.NotFoundError) as unknown:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": QUESTION}])
    assert unknown.value.body["code"] == "model_not_found"
    missing = api.get("/v1/documents/no-such-doc")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "document_not_found"


def test_a_full_queue_answers_429_with_retry_after(shared_home, standin):
    standin.queue(Reply.hanging(30))
    settings = Settings(home=shared_home, openai_base_url=standin.base_url, llm_model="standin-chat", llm_retries=0)
    running = start_api(Assistant(settings.model_copy(update={"llm_timeout": 3.0})), concurrency=1, queue_size=0)
    try:
        results: dict = {}
        first = threading.Thread(
            target=lambda: results.update(
                answer=running.client().chat.completions.create(
                    model="sumber", messages=[{"role": "user", "content": QUESTION}]
                )
            )
        )
        first.start()
        deadline = time.monotonic() + 10
        while running.app.state.admission.admitted < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        with pytest.raises(openai.RateLimitError) as refused:
            running.client().chat.completions.create(model="sumber", messages=[{"role": "user", "content": QUESTION}])
        assert int(refused.value.response.headers["retry-after"]) >= 1
        assert refused.value.body["code"] == "queue_full"
        first.join(30)
        answer = results["answer"]
        assert answer.sumber["answerer"] == "offline" and "timed out" in answer.sumber["notice"]
        assert answer.citations
        assert running.app.state.admission.admitted == 0  # the place is given back
    finally:
        running.server.should_exit = True


def test_curl_streams_server_sent_events(api):
    body = json.dumps({"model": "sumber", "stream": True, "messages": [{"role": "user", "content": QUESTION}]})
    done = subprocess.run(
        ["curl", "-sS", "-N", f"{api.url}/v1/chat/completions", "-H", f"Authorization: Bearer {KEY}"]
        + ["-H", "Content-Type: application/json", "-d", body],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    data = [line[6:] for line in done.stdout.splitlines() if line.startswith("data: ")]
    assert data[-1] == "[DONE]"
    final = json.loads(data[-2])
    assert final["choices"][0]["finish_reason"] == "stop" and final["citations"]
    listing = subprocess.run(
        ["curl", "-sS", "-H", f"Authorization: Bearer {KEY}", f"{api.url}/v1/sources"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    ids = [d["doc_id"] for d in json.loads(listing.stdout)["data"]]
    assert len(ids) == 5 and "000_7f9678317ed7a845" in ids


def test_ingest_uploads_an_article_that_is_then_listed_and_readable(tmp_path):
    running = start_api(Assistant(Settings(home=tmp_path, offline=True), auto_ingest=False))
    try:
        article = "Gempa bumi berkekuatan 5,1 melanda Sumbawa pada Selasa pagi. Tidak ada korban jiwa yang dilaporkan."
        files = [("files", ("gempa.txt", article.encode(), "text/plain")), ("files", ("x.exe", b"MZ", "text/plain"))]
        report = httpx.post(
            f"{running.url}/v1/ingest", files=files, headers={"Authorization": f"Bearer {KEY}"}, timeout=120
        ).json()
        assert report["ingested"] == 1 and report["skipped"] == 1
        skipped = [f for f in report["files"] if f["status"] == "skipped"][0]
        assert skipped["file"] == "x.exe" and skipped["reason"]
        (doc_id,) = [d["doc_id"] for d in running.get("/v1/sources").json()["data"]]
        assert "Sumbawa" in running.get(f"/v1/documents/{doc_id}").json()["text"]
    finally:
        running.server.should_exit = True


def test_sumber_serve_answers_the_openai_client_and_refuses_an_open_bind(shared_home):
    env = {**os.environ, "SUMBER_HOME": str(shared_home), "SUMBER_API_KEY": ""}
    refused = subprocess.run(
        [sys.executable, "-m", "sumber", "serve", "--host", "0.0.0.0"], env=env, capture_output=True, text=True
    )
    assert refused.returncode == 1 and "--api-key" in refused.stderr
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sumber", "--offline", "serve", "--port", str(port), "--api-key", KEY],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port, process, timeout=120)
        client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=KEY, max_retries=0)
        completion = client.chat.completions.create(model="sumber", messages=[{"role": "user", "content": QUESTION}])
        assert completion.citations and re.search(r"\[\d+\]", completion.choices[0].message.content)
    finally:
        process.terminate()
        process.wait(15)
