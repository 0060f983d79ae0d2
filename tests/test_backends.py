"""Backends behind their interfaces: an OpenAI-compatible embedder, and a Chroma server that goes away."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from index.errors import EmbeddingMismatchError, StoreError
from rag import Assistant, Settings
from tests.conftest import free_port, wait_for_port
from tests.openai_standin import StandIn


def test_an_openai_compatible_embedding_endpoint_builds_and_guards_its_collection(tmp_path):
    with StandIn() as server:
        settings = Settings(
            home=tmp_path,
            embed_model="standin-embed",
            openai_base_url=server.base_url,
            openai_api_key="x",
            offline=True,
        )
        remote = Assistant(settings)
        assert remote.status()["embed_model"] == "standin-embed" and remote.status()["documents"] == 5
        assert server.embedding_requests, "the passages were embedded by the server"
        passages = remote.retrieve("Maria Zakharova Pyongyang")
        assert passages and any("Zakharova" in p.text for p in passages)
    with pytest.raises(EmbeddingMismatchError, match="standin-embed"):
        Assistant(Settings(home=tmp_path, offline=True))


def test_a_remote_embedding_model_without_a_server_is_a_config_error(tmp_path):
    from index.errors import ConfigError

    with pytest.raises(ConfigError, match="OPENAI_BASE_URL"):
        Assistant(Settings(home=tmp_path, embed_model="text-embedding-3-small"))


@pytest.mark.server
def test_a_chroma_server_that_goes_away_gets_a_clear_message_and_loses_nothing(tmp_path):
    path, port = tmp_path / "chroma-data", free_port()
    command = [shutil.which("chroma"), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, server)
        settings = Settings(home=tmp_path / "home", chroma_host="127.0.0.1", chroma_port=port, offline=True)
        assistant = Assistant(settings)
        before = assistant.ask("Who first reported the deployment?").text
        server.terminate()
        server.wait(20)
        with pytest.raises(StoreError) as caught:
            assistant.store.count_chunks()
        assert f"127.0.0.1:{port}" in str(caught.value) and "chroma run" in str(caught.value)
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(port, server)
        again = Assistant(settings)
        assert again.status()["documents"] == 5
        assert again.ingest().embedded_chunks == 0
        assert again.ask("Who first reported the deployment?").text == before
    finally:
        server.terminate()
        server.wait(20)
