"""Ingest survives SIGKILL and concurrent writers, through the real `sumber` command."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.ingest import prepare_document
from index.load import load_paths
from rag import Assistant, Settings

DISTRACTORS = Path(__file__).resolve().parents[1] / "evals" / "data" / "distractors.jsonl.gz"


def article_folder(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(DISTRACTORS, "rt", encoding="utf-8") as handle:
        for i, line in zip(range(count), handle):
            row = json.loads(line)
            (folder / f"article-{i:03d}.txt").write_text(f"{row['title']}\n\n{row['text']}", encoding="utf-8")
    return folder


def sumber(home: Path, *args: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "SUMBER_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "sumber", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def expected_chunks(folder: Path) -> dict[str, list[tuple[int, int]]]:
    out = {}
    for raw in load_paths([folder], 50_000_000).documents:
        record, chunks = prepare_document(raw, 4, 1)
        out[raw.doc_id] = sorted((c.start, c.end) for c in chunks)
    return out


def assert_index_matches(home: Path, folder: Path) -> None:
    assistant = Assistant(Settings(home=home, offline=True), auto_ingest=False)
    stored = list(assistant.store.iter_chunks())
    assert len({c.chunk_id for c in stored}) == len(stored), "duplicate chunk ids"
    spans: dict[str, list[tuple[int, int]]] = {}
    for chunk in stored:
        assert assistant.document(chunk.doc_id).text[chunk.start : chunk.end] == chunk.text
        spans.setdefault(chunk.doc_id, []).append((chunk.start, chunk.end))
    assert {k: sorted(v) for k, v in spans.items()} == expected_chunks(folder)


@pytest.mark.slow
def test_an_ingest_killed_midway_is_completed_by_the_next_run(tmp_path):
    folder = article_folder(tmp_path / "articles", 40)
    home = tmp_path / "home"
    first = sumber(home, "ingest", str(folder))
    time.sleep(12)
    assert first.poll() is None, "the ingest finished before it could be killed; give it more articles"
    first.send_signal(signal.SIGKILL)
    first.wait()
    second = sumber(home, "ingest", str(folder))
    out, err = second.communicate(timeout=600)
    assert second.returncode == 0, err
    assert "ingested" in out
    assert_index_matches(home, folder)


@pytest.mark.slow
def test_two_ingests_at_once_one_refuses_with_a_clear_message(tmp_path):
    folder = article_folder(tmp_path / "articles", 12)
    home = tmp_path / "home"
    first = sumber(home, "ingest", str(folder))
    time.sleep(4)
    second = sumber(home, "ingest", str(folder))
    _, err = second.communicate(timeout=120)
    assert second.returncode == 1 and "another ingest is running" in err and "Traceback" not in err
    first.communicate(timeout=600)
    assert first.returncode == 0
    assert_index_matches(home, folder)


def test_cli_ask_json_contract_and_bad_input_exit_codes(tmp_path):
    home = tmp_path / "home"
    ask = sumber(home, "ask", "Who first reported the deployment?", "--json")
    out, err = ask.communicate(timeout=300)
    assert ask.returncode == 0, err
    payload = json.loads(out)
    assert set(payload) >= {"answer", "grounded", "citations"}
    assert payload["citations"] and set(payload["citations"][0]) == {
        "n",
        "doc_id",
        "title",
        "source",
        "published",
        "snippet",
        "start",
        "end",
    }
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    ingest = sumber(home, "ingest", str(bad))
    out, err = ingest.communicate(timeout=120)
    assert ingest.returncode == 2 and "binary" in out and "Traceback" not in out + err
    empty = sumber(home, "ask", "  ")
    _, err = empty.communicate(timeout=120)
    assert empty.returncode == 1 and "question is empty" in err
    sources = sumber(home, "sources", "--json")
    out, _ = sources.communicate(timeout=120)
    assert len(json.loads(out)) == 5
