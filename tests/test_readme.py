"""The README's `sumber serve` and LlamaIndex examples, run as written: the python blocks against a real
`sumber serve` process and a real Assistant (the LLM is the OpenAI-compatible stand-in), the curl block through
bash. Only the addresses change (a free port, the stand-in's URL and model)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import _ISOLATED_ENV, free_port, wait_for_port

README = Path(__file__).resolve().parents[1] / "README.md"
SERVE_HEADING = "## `sumber serve`: an OpenAI-compatible API"
LLAMAINDEX_HEADING = "### LlamaIndex"
README_URL = "http://127.0.0.1:8008"
OLLAMA_URL = "http://127.0.0.1:11434/v1"
OLLAMA_MODEL = '"qwen2.5:7b"'


def section(heading: str) -> str:
    """The README text under `heading`, up to the next heading of the same or a higher level."""
    text = README.read_text(encoding="utf-8")
    assert heading in text, f"README.md has no '{heading}' section"
    body = text.split(heading + "\n", 1)[1]
    level = heading.split(" ", 1)[0]
    stop = re.search(rf"^#{{1,{len(level)}}} ", body, re.MULTILINE)
    return body[: stop.start()] if stop else body


def code_blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def readme_key() -> str:
    (start,) = [b for b in code_blocks(section(SERVE_HEADING), "bash") if "sumber serve" in b]
    return re.search(r"export SUMBER_API_KEY=(\S+)", start).group(1)


def with_address(code: str, old: str, new: str) -> str:
    assert old in code, f"the README example no longer uses {old}: update this test"
    return code.replace(old, new)


@pytest.fixture(scope="module")
def served(shared_home) -> Iterator[str]:
    """`sumber serve` as the README starts it (the key from SUMBER_API_KEY), on a free port."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in _ISOLATED_ENV}
    env.update(SUMBER_HOME=str(shared_home), SUMBER_API_KEY=readme_key())
    process = subprocess.Popen(
        [sys.executable, "-m", "sumber", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port, process, timeout=120)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(15)


def test_the_serve_section_starts_the_server_with_a_key_the_examples_use():
    text = section(SERVE_HEADING)
    key = readme_key()
    (client,) = code_blocks(text, "python")
    assert f'api_key="{key}"' in client
    assert "http://HOST:PORT/v1" in text and "Open WebUI" in text


def test_the_openai_client_example_runs_against_sumber_serve(served, capsys):
    (code,) = code_blocks(section(SERVE_HEADING), "python")
    scope: dict = {}
    exec(compile(with_address(code, README_URL, served), "README.md (openai client)", "exec"), scope)
    completion, citations = scope["completion"], scope["citations"]
    assert completion.citations and completion.sumber["grounded"] is True
    assert citations and {c["snippet"] for c in citations} == {c["snippet"] for c in completion.citations}
    printed = capsys.readouterr().out
    assert "[1]" in printed and completion.citations[0]["snippet"] in printed


def test_the_curl_example_streams_the_citations_at_the_end(served):
    (curl,) = [b for b in code_blocks(section(SERVE_HEADING), "bash") if b.lstrip().startswith("curl")]
    env = {**os.environ, "SUMBER_API_KEY": readme_key()}
    done = subprocess.run(
        ["bash", "-c", with_address(curl, README_URL, served)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    data = [line[6:] for line in done.stdout.splitlines() if line.startswith("data: ")]
    assert data[-1] == "[DONE]"
    final = json.loads(data[-2])
    assert final["choices"][0]["finish_reason"] == "stop" and final["citations"]
    assert all("citations" not in json.loads(d) for d in data[:-2])


def test_the_llamaindex_example_runs_with_an_openai_like_llm(shared_home, standin, monkeypatch, capsys):
    from llama_index.core import Settings as LlamaSettings

    monkeypatch.setenv("SUMBER_HOME", str(shared_home))
    (code,) = code_blocks(section(LLAMAINDEX_HEADING), "python")
    code = with_address(with_address(code, OLLAMA_URL, standin.base_url), OLLAMA_MODEL, repr(standin.chat_model))
    scope: dict = {}
    exec(compile(code, "README.md (LlamaIndex)", "exec"), scope)
    answer, response = scope["answer"], scope["response"]
    assert answer.answerer == standin.chat_model and answer.citations and answer.notice is None
    assert response.source_nodes and str(response).strip()
    prompts = [r.prompt for r in standin.chat_requests]
    assert len(prompts) == 2 and all(n.node.text in prompts[-1] for n in response.source_nodes)
    assert answer.citations[0].snippet in capsys.readouterr().out
    assert LlamaSettings._llm is None  # the example configured nothing globally
