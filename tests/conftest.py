"""Shared fixtures: real e5 embeddings, real Chroma (embedded and `chroma run`), isolated data folders."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from evals.bench_common import free_port, wait_for_port  # noqa: F401 - loopback helpers the tests share

pytest_plugins = ["tests.fixtures_llm", "tests.ui_fixtures"]

_ISOLATED_ENV = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "CHROMA_HOST",
    "CHROMA_PORT",
    "SUMBER_HOME",
    "SUMBER_LLM_MODEL",
    "SUMBER_EMBED_MODEL",
    "SUMBER_TOP_K",
    "SUMBER_COLLECTION",
    "SUMBER_OFFLINE",
)


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch, tmp_path_factory):
    """No developer setting leaks into a test; nothing is written to the real user data folder."""
    for name in _ISOLATED_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMBER_HOME", str(tmp_path_factory.mktemp("default-home")))


@pytest.fixture(scope="session")
def shared_home(tmp_path_factory) -> Path:
    """A data folder with the default corpus ingested once for the whole session (read-only by convention)."""
    from rag import Assistant, Settings

    home = tmp_path_factory.mktemp("shared-home")
    Assistant(Settings(home=home, offline=True))
    return home


@pytest.fixture(scope="session")
def shared_assistant(shared_home):
    from rag import Assistant, Settings

    return Assistant(Settings(home=shared_home, offline=True))


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real `chroma run` server on a free loopback port; yields (host, port, process)."""
    executable = shutil.which("chroma")
    if executable is None:
        pytest.fail("the `chroma` command is missing: `pip install chromadb` provides it")
    path = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    process = subprocess.Popen(
        [executable, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, process)
    yield "127.0.0.1", port, process
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def corpus_path() -> Path:
    from index import DEFAULT_CORPUS

    return DEFAULT_CORPUS


os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
