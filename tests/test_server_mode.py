"""The same pipeline against a real `chroma run` server on loopback."""

import pytest

from index.errors import StoreError
from rag import Assistant, Settings
from tests.conftest import free_port

QUESTIONS = [
    "Who first reported the deployment?",
    "Berapa jumlah tentara Korea Utara yang dikirim ke Rusia?",
    "What did Maria Zakharova say?",
]


@pytest.mark.server
def test_server_mode_retrieves_and_answers_like_the_embedded_store(chroma_server, shared_assistant, tmp_path):
    host, port, _ = chroma_server
    remote = Assistant(Settings(home=tmp_path, chroma_host=host, chroma_port=port, collection="parity", offline=True))
    assert remote.status()["store"] == f"Chroma server {host}:{port}"
    assert remote.status()["chunks"] == shared_assistant.status()["chunks"]
    for question in QUESTIONS:
        assert [p.chunk_id for p in remote.retrieve(question)] == [
            p.chunk_id for p in shared_assistant.retrieve(question)
        ]
        assert remote.ask(question).text == shared_assistant.ask(question).text
    report = remote.ingest()
    assert report.embedded_chunks == 0 and report.count("unchanged") == 5


def test_a_dead_server_gets_a_message_naming_it_and_the_fix(tmp_path):
    port = free_port()
    with pytest.raises(StoreError) as caught:
        Assistant(Settings(home=tmp_path, chroma_host="127.0.0.1", chroma_port=port, offline=True))
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and "chroma run" in message and "unset CHROMA_HOST" in message
