"""The web chat over HTTP: what it serves, what it refuses, its API, and how it behaves under load."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import uuid
from html import escape

import httpx
import pytest

from tests.ui_fixtures import UPLOAD_CAP_MB, ask_in_browser, start_app

DEFAULT_QUESTION = "Who first reported the deployment?"
CONCURRENT_QUESTIONS = (
    "Who first reported the deployment?",
    "How many North Korean troops were sent to Russia?",
    "Apa kata NATO tentang pasukan Korea Utara?",
    "Bagaimana tanggapan Rusia atas tuduhan itu?",
    "What did Zelensky say about North Korean soldiers?",
    "When did Putin and Kim Jong Un sign the military agreement?",
    "Apa yang dikatakan Badan Intelijen Nasional Korea Selatan?",
    "What did Pope Francis say about the troops?",
)
CONCURRENT_BUDGET_S = 180
EVIL_HTML = """<html><head><title>Zephyrine Glass Bridge Opens in Orvelle</title>
<script>window.__pwned = 'head-script';</script></head>
<body><h1>Zephyrine Glass Bridge Opens in Orvelle</h1>
<p>The Zephyrine Glass Bridge opened on Monday in the town of Orvelle, the mayor of Orvelle said.</p>
<p>Engineers said the Zephyrine Glass Bridge <img src="http://203.0.113.9/x.png" onerror="window.__pwned='img'">
carries four thousand walkers a day across the Orvelle gorge.</p>
<svg onload="window.__pwned='svg'"><script>window.__pwned='svg-script'</script></svg>
<p>Vandals wrote &lt;img src=x onerror="window.__pwned='entity'"&gt; on the Zephyrine Glass Bridge sign, police said.</p>
</body></html>
"""
EVIL_TXT = """Tollerby Kite Parade Cancelled by Wind
Orvelle Courier - 3 April 2025

The Tollerby Kite Parade was cancelled on Sunday because of strong wind, the parade committee said.
A banner at the Tollerby Kite Parade read <img src=x onerror="window.__pwned='txt'"> <b>in bold</b> and
![remote picture](http://203.0.113.9/y.png) <script>window.__pwned='txt-script'</script> according to witnesses.
"""


def test_file_route_refuses_local_files(ui_app):
    for path in (
        "/etc/passwd",
        "/etc/../etc/passwd",
        str(ui_app.assistant.settings.home / "chroma" / "chroma.sqlite3"),
        str(ui_app.assistant.settings.home),
    ):
        response = httpx.get(f"{ui_app.url}/gradio_api/file={path}")
        assert response.status_code in (403, 404), path
        assert "root:" not in response.text
    assert httpx.get(f"{ui_app.url}/gradio_api/file/etc/passwd").status_code in (403, 404)


def test_file_route_refuses_other_hosts(ui_app):
    for target in (
        "http://example.com/index.html",
        "https://example.com/a.png",
        "//example.com/a.png",
        "http%3A%2F%2Fexample.com%2Fa.png",
        "HTTP://example.com/",
        f"http://127.0.0.1:{ui_app.port}/config",
        "ftp://example.com/file",
    ):
        response = httpx.get(f"{ui_app.url}/gradio_api/file={target}", follow_redirects=False)
        assert response.status_code == 403, target
        assert "refused" in response.text.lower() or "not allowed" in response.text.lower()


def test_security_headers_and_loopback_default(ui_app):
    import inspect

    from ui.app import launch, serve

    response = httpx.get(ui_app.url + "/")
    assert response.status_code == 200
    assert "img-src 'self' data: blob:" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert inspect.signature(launch).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    assert ui_app.demo.share is False
    assert ui_app.demo.max_file_size == int(UPLOAD_CAP_MB * 1_000_000)


def test_upload_over_the_size_cap_is_rejected_with_a_message(ui_app, tmp_path):
    big = tmp_path / "too_big.txt"
    big.write_text("Kata " * int(UPLOAD_CAP_MB * 1_000_000 / 4), encoding="utf-8")
    with big.open("rb") as handle:
        response = httpx.post(f"{ui_app.url}/gradio_api/upload", files={"files": (big.name, handle, "text/plain")})
    assert response.status_code == 413
    assert "size" in response.text.lower()


def test_upload_of_a_type_not_accepted_is_rejected_with_a_message(ui_app, tmp_path):
    from gradio_client import Client, handle_file

    client = Client(ui_app.url, verbose=False)
    for name in ("payload.exe", "picture.svg"):
        bad = tmp_path / name
        bad.write_text("<svg onload=alert(1)></svg>" if name.endswith(".svg") else "MZ", encoding="utf-8")
        with pytest.raises(Exception) as failure:
            client.predict([handle_file(str(bad))], api_name="/ingest")
        assert "invalid file type" in str(failure.value).lower(), str(failure.value)
    assert all(d.doc_id not in ("payload", "picture") for d in ui_app.assistant.documents())


def test_uploaded_files_are_served_as_downloads_never_as_pages(ui_app, tmp_path):
    for name, body in (("page.html", EVIL_HTML), ("image.svg", '<svg onload="alert(1)"></svg>')):
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        with path.open("rb") as handle:
            uploaded = httpx.post(f"{ui_app.url}/gradio_api/upload", files={"files": (name, handle)}).json()
        served = httpx.get(f"{ui_app.url}/gradio_api/file={uploaded[0]}")
        assert served.status_code == 200
        assert "attachment" in served.headers.get("content-disposition", "")
        assert not served.headers["content-type"].startswith(("text/html", "image/svg"))


def test_markup_in_articles_and_answers_is_shown_as_text(ui_app, ui_page, tmp_path):
    from gradio_client import Client, handle_file

    html_file, txt_file = tmp_path / "zephyrine_bridge.html", tmp_path / "tollerby_parade.txt"
    html_file.write_text(EVIL_HTML, encoding="utf-8")
    txt_file.write_text(EVIL_TXT, encoding="utf-8")
    client = Client(ui_app.url, verbose=False)
    report_html = client.predict([handle_file(str(html_file)), handle_file(str(txt_file))], api_name="/ingest")[0]
    assert report_html.count("badge-ingested") == 2, report_html
    try:
        page = ui_page
        outside = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(ui_app.url) else None)
        for question, doc_id in (
            ("When did the Zephyrine Glass Bridge open?", "zephyrine_bridge"),
            ("What did the banner at the Tollerby Kite Parade read?", "tollerby_parade"),
        ):
            answer = ask_in_browser(page, question)
            marker = answer.locator(f'button.cite[data-doc="{doc_id}"]').first
            marker.click()
            page.wait_for_selector(f'#article .article-meta code:text("{doc_id}")')
        page.wait_for_timeout(500)
        for panel in ("#conversation", "#sources", "#article"):
            assert page.locator(f"{panel} img, {panel} script, {panel} svg, {panel} iframe").count() == 0
            assert page.locator(f"{panel} b", has_text="in bold").count() == 0
        assert page.evaluate("window.__pwned") is None
        article_text = page.locator("#article .article-body").inner_text()
        assert "<img src=x onerror=" in article_text and "![remote picture](http://203.0.113.9/y.png)" in article_text
        assert not [url for url in outside if "203.0.113.9" in url]

        # the chat endpoint returns the same conversation as escaped HTML
        conversation_html = client.predict("What did the banner at the Tollerby Kite Parade read?", api_name="/chat")[0]
        assert escape("<img src=x") in conversation_html and "<img" not in conversation_html
        assert "<script" not in conversation_html
    finally:
        for doc_id in ("zephyrine_bridge", "tollerby_parade"):
            ui_app.assistant.remove(doc_id)


def test_gradio_client_ask_returns_the_cited_answer(ui_app):
    from gradio_client import Client

    client = Client(ui_app.url, verbose=False)
    result = client.predict(DEFAULT_QUESTION, api_name="/ask")
    expected = ui_app.assistant.ask(DEFAULT_QUESTION).to_dict()
    assert result["answer"] == expected["answer"]
    assert "[1]" in result["answer"] and result["grounded"] is True
    assert result["citations"] == expected["citations"]
    document = ui_app.assistant.document(result["citations"][0]["doc_id"])
    first = result["citations"][0]
    assert document.text[first["start"] : first["end"]] == first["snippet"]
    assert {d["doc_id"] for d in client.predict(api_name="/documents")} == {
        d.doc_id for d in ui_app.assistant.documents()
    }
    assert client.predict(api_name="/status")["documents"] == len(ui_app.assistant.documents())


def test_eight_concurrent_questions_are_all_answered_and_none_mixed_up(ui_app):
    from gradio_client import Client

    expected = {q: ui_app.assistant.ask(q).to_dict() for q in CONCURRENT_QUESTIONS}
    assert len({e["answer"] for e in expected.values()}) == len(CONCURRENT_QUESTIONS), "answers must differ"
    clients = {q: Client(ui_app.url, verbose=False) for q in CONCURRENT_QUESTIONS}  # one session each
    results: dict[str, dict] = {}
    failures: dict[str, str] = {}
    go = threading.Event()

    def ask(question: str) -> None:
        go.wait()
        try:
            results[question] = clients[question].predict(question, api_name="/ask")
        except Exception as exc:  # noqa: BLE001 - reported below with the question it belongs to
            failures[question] = repr(exc)

    threads = [threading.Thread(target=ask, args=(q,), daemon=True) for q in CONCURRENT_QUESTIONS]
    for thread in threads:
        thread.start()
    started = time.monotonic()
    go.set()
    for thread in threads:
        thread.join(max(0.0, started + CONCURRENT_BUDGET_S - time.monotonic()))
    elapsed = time.monotonic() - started

    assert not [t for t in threads if t.is_alive()], f"not all answered within {CONCURRENT_BUDGET_S} s"
    assert not failures, failures
    for question in CONCURRENT_QUESTIONS:
        got, want = results[question], expected[question]
        assert got["question"] == question
        assert got["answer"] == want["answer"], question
        assert got["citations"] == want["citations"], question
        assert got["comparison"] == want["comparison"], question
    assert elapsed < CONCURRENT_BUDGET_S


def test_full_queue_answers_busy_instead_of_failing(ui_assistant):
    from gradio_client import Client

    app = start_app(ui_assistant, queue_size=1, concurrency=1)
    try:
        config = httpx.get(f"{app.url}/config").json()
        ask_id = next(d["id"] for d in config["dependencies"] if d.get("api_name") == "ask")
        responses: list[httpx.Response] = []
        lock = threading.Lock()

        def join() -> None:
            body = {
                "data": [DEFAULT_QUESTION],
                "fn_index": ask_id,
                "session_hash": uuid.uuid4().hex,
                "event_data": None,
                "trigger_id": None,
            }
            response = httpx.post(f"{app.url}/gradio_api/queue/join", json=body, timeout=20)
            with lock:
                responses.append(response)

        threads = [threading.Thread(target=join) for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        codes = sorted(r.status_code for r in responses)
        assert len(codes) == 12 and set(codes) <= {200, 503}, codes
        busy = [r for r in responses if r.status_code == 503]
        assert busy, f"a queue of one should turn some of 12 simultaneous requests away: {codes}"
        assert "queue is full" in busy[0].json()["detail"].lower()
        # once the rush is over, the app answers again
        result = Client(app.url, verbose=False).predict(DEFAULT_QUESTION, api_name="/ask")
        assert result["grounded"] is True
    finally:
        app.demo.close()


def test_auth_is_required_when_set(ui_assistant):
    app = start_app(ui_assistant, auth="reader:s3cret")
    try:
        assert httpx.get(f"{app.url}/config").status_code == 401
        wrong = httpx.post(f"{app.url}/login", data={"username": "reader", "password": "nope"})
        assert wrong.status_code in (400, 401)
        with httpx.Client(base_url=app.url) as session:
            assert session.post("/login", data={"username": "reader", "password": "s3cret"}).status_code == 200
            assert session.get("/config").status_code == 200
    finally:
        app.demo.close()


def test_malformed_auth_fails_fast_with_the_fix(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "sumber", "--home", str(tmp_path), "ui", "--auth", "nocolon"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "USER:PASSWORD" in result.stderr


def test_model_output_with_markup_is_rendered_as_text():
    from rag.types import Answer, Citation
    from ui.render_chat import Turn, render_conversation, render_sources

    citation = Citation(1, "doc<1>", "T<script>x</script>", 'O"utlet', None, "snip <img src=x onerror=alert(1)>", 0, 5)
    text = (
        "<img src=http://203.0.113.9/a.png onerror=alert(1)> ![x](http://203.0.113.9/b.png) <script>1</script> "
        "[1] [7]\n- <b>item</b>"
    )
    claim = {
        "claimant": "<b>Mallory</b>",
        "date": "2024-10-18",
        "text": "<script>2</script> sent <img src=x> troops",
        "doc_id": 'doc"><svg onload=alert(1)>',
        "start": 0,
        "end": 5,
        "source": "<i>outlet</i>",
    }
    comparison = {"query": "q", "unit": "troops", "groups": [{"value": 1500, "claims": [claim]}], "conflict": True}
    answer = Answer(text, grounded=False, citations=[citation], notice="LLM <i>failed</i>", comparison=comparison)
    html = render_conversation([Turn("<svg onload=alert(1)>", answer=answer)], 1) + render_sources(answer)
    for tag in ("<img", "<script", "<svg", "<b>item", "<i>failed", "<b>Mallory", "<i>outlet"):
        assert tag not in html
    assert '<td class="cmp-value">1,500</td>' in html and escape("<b>Mallory</b>") in html
    assert escape("<img src=http://203.0.113.9/a.png") in html
    assert 'data-doc="doc&lt;1&gt;"' in html and '<span class="cite pending">[7]</span>' in html
    assert "mark-ungrounded" in html and "mark-notice" in html
