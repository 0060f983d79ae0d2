"""The saved BM25 index (real Chroma, real bm25s): rebuilt once after an ingest that changes chunks, rebuilt
silently when damaged, and ranking exactly as a freshly built index does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag.retrieve import Bm25Index
from tests.test_scaling import Work, article, open_assistant, write_corpus

QUESTIONS = ("Warga Wilayah5 menyambut pasukan", "kapal logistik Wilayah12", "Biaya operasi Rp miliar", "Gunungkidul")


def index_folders(home: Path) -> list[Path]:
    return sorted(p for p in (home / "cache" / "bm25-sumber.index").iterdir() if not p.name.startswith("."))


def ranking(assistant, question: str) -> list[tuple[str, str]]:
    return [(p.chunk_id, p.text) for p in assistant.retrieve(question, k=8)]


@pytest.fixture
def home(tmp_path) -> Path:
    assistant, _ = open_assistant(tmp_path / "home")
    assistant.ingest([write_corpus(tmp_path / "articles", 30)])
    assistant.retrieve(QUESTIONS[0])  # builds and saves the index
    return tmp_path / "home"


def test_an_ingest_that_replaces_chunks_at_equal_count_rebuilds_the_saved_index_once(home, tmp_path, monkeypatch):
    assistant, store = open_assistant(home)
    (saved,) = index_folders(home)
    chunks_before = store.count_chunks()
    changed = article(5)
    changed["text"] = changed["text"].replace("menyambut kedatangan pasukan", "di Gunungkidul menyambut pasukan")
    path = tmp_path / "changed" / "art-0005.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps(changed) + "\n", encoding="utf-8")
    work = Work(monkeypatch)
    assert assistant.ingest([path]).count("replaced") == 1
    assert store.count_chunks() == chunks_before  # the count alone would not show the change
    hits = assistant._retriever.bm25.search(store, "Gunungkidul", 5)
    assert [h.doc_id for h in hits][:1] == ["art-0005"] and "Gunungkidul" in hits[0].text
    assert work.counts["bm25_builds"] == 1
    (resaved,) = index_folders(home)  # the stale one is gone
    assert resaved.name != saved.name
    fresh, fresh_store = open_assistant(home)
    assert ranking(fresh, "Gunungkidul") == ranking(assistant, "Gunungkidul")
    assert work.counts["bm25_builds"] == 1 and "iter_chunks" not in fresh_store.calls


def test_an_ingest_that_changes_nothing_keeps_the_saved_index(home, tmp_path, monkeypatch):
    assistant, _ = open_assistant(home)
    before = ranking(assistant, QUESTIONS[1])
    work = Work(monkeypatch)
    assert assistant.ingest([tmp_path / "articles" / "articles-0-30.jsonl"]).count("unchanged") == 1
    assert ranking(assistant, QUESTIONS[1]) == before
    assert work.counts["bm25_builds"] == 0  # loaded again from disk after the refresh


@pytest.mark.parametrize(
    "damage",
    [
        lambda folder: (folder / "data.csc.index.npy").write_bytes(b"\x93NUMPY garbage"),
        lambda folder: (folder / "indptr.csc.index.npy").write_bytes(b""),
        lambda folder: (folder / "vocab.index.json").write_text("{not json", encoding="utf-8"),
        lambda folder: (folder / "chunk_ids.json").write_text('["only-one"]', encoding="utf-8"),
        lambda folder: (folder / "params.index.json").unlink(),
        lambda folder: [p.unlink() for p in folder.iterdir()] and folder.rmdir(),
    ],
    ids=["data", "indptr-empty", "vocab", "chunk-ids", "params-missing", "folder-missing"],
)
def test_a_damaged_saved_index_is_rebuilt_silently(home, monkeypatch, damage):
    first, _ = open_assistant(home)
    expected = {q: ranking(first, q) for q in QUESTIONS}
    (folder,) = index_folders(home)
    damage(folder)
    work = Work(monkeypatch)
    damaged, _ = open_assistant(home)
    assert {q: ranking(damaged, q) for q in QUESTIONS} == expected
    assert work.counts["bm25_builds"] == 1
    again, _ = open_assistant(home)  # the rebuilt index was saved whole
    assert {q: ranking(again, q) for q in QUESTIONS} == expected
    assert work.counts["bm25_builds"] == 1


def test_the_loaded_index_ranks_exactly_as_a_freshly_built_one(home):
    _, store = open_assistant(home)
    loaded = Bm25Index(home / "cache" / "bm25-sumber.pkl")
    built = Bm25Index(None)  # nothing on disk: built from the chunks
    texts = {h.chunk_id: h for h in store.iter_chunks()}
    for question in (*QUESTIONS, "Menteri Pertahanan Budi Santoso", "tentara dikirim Wilayah29"):
        got = loaded.search(store, question, 30)
        assert got == built.search(store, question, 30)
        assert all(texts[h.chunk_id] == h for h in got)
    assert loaded.ensure(store).chunk_ids and sorted(loaded.ensure(store).chunk_ids) == sorted(texts)


def test_get_chunks_keeps_the_order_asked_and_leaves_out_unknown_ids(home):
    _, store = open_assistant(home)
    hits = list(store.iter_chunks())[:5]
    asked = [hits[3].chunk_id, "missing#0000", hits[0].chunk_id, hits[3].chunk_id]
    assert store.get_chunks(asked) == [hits[3], hits[0]]
    assert store.get_chunks([]) == []
