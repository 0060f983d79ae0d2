"""Per-question work does not grow with the corpus: on 20 and on 400 generated articles (real Chroma, a cheap
deterministic embedder), a question extracts no claims or events, builds no BM25 index, lists no chunks and
reads no document texts beyond its own hits; a new process loads BM25 from disk instead of rebuilding it."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import numpy as np
import pytest

import index.claims
import index.events
import rag.retrieve
from rag import Assistant, Settings

QUESTION = "Berapa jumlah tentara yang dikirim ke Wilayah{n}?"
COMPARE = "jumlah tentara yang dikirim"


class HashEmbedder:
    """index.embed.Embedder over hashed word counts: deterministic in every process, no model to load."""

    name = "hash-words-64"
    dim = 64

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            vector[int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "big") % self.dim] += 1.0
        norm = float(np.linalg.norm(vector))
        vector[0] += 0.0 if norm else 1.0
        return vector / (norm or 1.0)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


def article(i: int) -> dict:
    """A small article with a speaker, a date, figures and one place name of its own (Wilayah{i})."""
    troops = 500 + 10 * i
    text = (
        f"Pasukan Tiba di Wilayah{i}\n\n"
        f"Menteri Pertahanan Budi Santoso mengatakan pada 12 Oktober 2024 bahwa {troops} tentara telah dikirim ke "
        f"Wilayah{i}. Pemerintah sedang mempersiapkan {i % 7 + 2} kapal untuk mengangkut logistik ke sana. "
        f"Warga Wilayah{i} menyambut kedatangan pasukan dengan tenang, kata kepala desa Ahmad Yani kepada wartawan. "
        f"Biaya operasi di Wilayah{i} mencapai Rp {i + 3} miliar menurut laporan kementerian."
    )
    return {
        "id": f"art-{i:04d}",
        "title": f"Pasukan Tiba di Wilayah{i}",
        "source": f"Koran{i % 5}",
        "published": "2024-10-13",
        "text": text,
    }


def write_corpus(folder: Path, count: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"articles-{start}-{count}.jsonl"
    rows = [json.dumps(article(i), ensure_ascii=False) for i in range(start, start + count)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


class CountingStore:
    """A real store that counts what is asked of it."""

    def __init__(self, store) -> None:
        self._store = store
        self.calls: dict[str, int] = {}
        self.texts_read = 0

    def reset(self) -> None:
        self.calls.clear()
        self.texts_read = 0

    def _count(self, name: str) -> None:
        self.calls[name] = self.calls.get(name, 0) + 1

    def documents(self, with_text: bool = False):
        self._count("documents(with_text)" if with_text else "documents")
        return self._store.documents(with_text=with_text)

    def get_document(self, doc_id):
        self._count("get_document")
        self.texts_read += 1
        return self._store.get_document(doc_id)

    def iter_chunks(self, *args, **kwargs):
        self._count("iter_chunks")
        return self._store.iter_chunks(*args, **kwargs)

    def get_chunks(self, ids):
        self._count("get_chunks")
        return self._store.get_chunks(ids)

    def __getattr__(self, name):
        return getattr(self._store, name)


def open_assistant(home: Path) -> tuple[Assistant, CountingStore]:
    from index.chroma_collections import CollectionSpec
    from index.store import open_store

    settings = Settings(home=home, offline=True)
    embedder = HashEmbedder()
    spec = CollectionSpec(embedder.name, settings.chunk_sentences, settings.chunk_overlap)
    store = CountingStore(open_store(settings.collection, spec, path=settings.chroma_path))
    return Assistant(settings, embedder=embedder, store=store, auto_ingest=False), store


class Work:
    """Counts the extraction and indexing work done while it is installed."""

    def __init__(self, monkeypatch) -> None:
        self.counts = {"claims": 0, "events": 0, "bm25_builds": 0}
        self._wrap(monkeypatch, index.claims, "extract_quantity_claims", "claims")
        self._wrap(monkeypatch, index.events, "extract_events", "events")
        self._wrap(monkeypatch, rag.retrieve.Bm25Index, "_build", "bm25_builds")

    def _wrap(self, monkeypatch, owner, name: str, key: str) -> None:
        original = getattr(owner, name)

        def counted(*args, **kwargs):
            self.counts[key] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)

    def reset(self) -> None:
        self.counts = dict.fromkeys(self.counts, 0)


@pytest.fixture(scope="module")
def homes(tmp_path_factory) -> dict[int, Path]:
    """Two data folders, 20 and 400 articles, ingested once."""
    found = {}
    for count in (20, 400):
        root = tmp_path_factory.mktemp(f"corpus-{count}")
        assistant, _ = open_assistant(root / "home")
        report = assistant.ingest([write_corpus(root / "articles", count)])
        assert report.count("ingested") == 1 and not report.skipped
        assert assistant.store.count_documents() == count
        found[count] = root / "home"
    return found


def per_question_work(home: Path, monkeypatch) -> dict:
    """After one warm-up question, what a how-many question and a compare over its documents cost."""
    assistant, store = open_assistant(home)
    assistant.ask(QUESTION.format(n=3))
    work = Work(monkeypatch)
    store.reset()
    answer = assistant.ask(QUESTION.format(n=7))
    doc_ids = [c.doc_id for c in answer.citations] or ["art-0007"]
    comparison = assistant.compare(COMPARE, doc_ids=doc_ids)
    return {
        "work": dict(work.counts),
        "full listings": {
            k: v for k, v in store.calls.items() if k in ("iter_chunks", "documents", "documents(with_text)")
        },
        "texts read": store.texts_read,
        "compared": comparison,
        "answer": answer,
    }


def test_the_work_per_question_does_not_grow_with_the_corpus(homes, monkeypatch):
    small = per_question_work(homes[20], monkeypatch)
    monkeypatch.undo()
    large = per_question_work(homes[400], monkeypatch)
    for measured in (small, large):
        assert measured["work"] == {"claims": 0, "events": 0, "bm25_builds": 0}
        assert measured["full listings"] == {}
        assert measured["compared"]["groups"], "the stored claims were compared"
        assert measured["answer"].comparison is not None, "the how-many answer carries the claims compared"
    # only the question's own hits are read, as many at 400 articles as at 20
    assert 0 < large["texts read"] <= small["texts read"] + 2


def test_compare_reads_the_claims_stored_at_ingest(homes, monkeypatch):
    assistant, store = open_assistant(homes[20])
    doc = assistant.document("art-0005")
    expected = index.claims.extract_quantity_claims(
        doc.doc_id, doc.text, doc.source, published=__import__("datetime").date(2024, 10, 13)
    )
    assert doc.claims == [c.to_dict() for c in expected]  # stored, and round-trips to the same claims
    work = Work(monkeypatch)
    compared = assistant.compare(COMPARE, semantic=False, doc_ids=["art-0005", "art-0006"])
    assert work.counts["claims"] == 0
    values = sorted(g["value"] for g in compared["groups"])
    assert values == [550, 560] and compared["unit"] == "troops"


def test_a_record_stored_without_claims_gets_them_on_read(homes, monkeypatch, tmp_path):
    """Records ingested before claims were stored (CLEANER_VERSION was not bumped) compare the same."""
    assistant, store = open_assistant(homes[20])
    with_claims = assistant.compare(COMPARE, semantic=False, doc_ids=["art-0001", "art-0002"])
    from dataclasses import replace

    legacy_home = tmp_path / "legacy"
    legacy, legacy_store = open_assistant(legacy_home)
    legacy.ingest([write_corpus(tmp_path / "articles", 3)])
    for doc_id in ("art-0001", "art-0002"):
        doc = legacy_store.get_document(doc_id)
        legacy_store.put_document(replace(doc, claims=None), HashEmbedder().embed_query("x"))
    legacy.refresh()
    assert legacy_store.get_document("art-0001").claims is None
    work = Work(monkeypatch)
    assert legacy.compare(COMPARE, semantic=False, doc_ids=["art-0001", "art-0002"]) == with_claims
    assert work.counts["claims"] == 2  # computed from the two texts, once each
    assert legacy.compare(COMPARE, semantic=False) == legacy.compare(COMPARE, semantic=False)
    assert work.counts["claims"] == 2


def test_a_reingest_stores_the_claims_of_records_stored_without_them(tmp_path):
    from dataclasses import replace

    assistant, store = open_assistant(tmp_path / "home")
    corpus = write_corpus(tmp_path / "articles", 3)
    assistant.ingest([corpus])
    stored = {d.doc_id: d.claims for d in store.documents()}
    doc = store.get_document("art-0001")
    store.put_document(replace(doc, claims=None), HashEmbedder().embed_query("x"))
    assert store.get_document("art-0001").claims is None
    report = assistant.ingest([corpus])
    assert report.count("unchanged") == 1 and report.embedded_chunks == 0
    after = store.get_document("art-0001")
    assert after.claims == stored["art-0001"] and after.claims
    assert after.events == doc.events and after.text == doc.text and after.content_hash == doc.content_hash
    assert {d.doc_id: d.claims for d in store.documents()} == stored


def test_a_new_process_loads_bm25_from_disk_and_answers_the_same(homes, monkeypatch):
    first, _ = open_assistant(homes[400])
    question = "Warga Wilayah123 menyambut pasukan"
    before = first.ask(question)
    work = Work(monkeypatch)
    fresh, store = open_assistant(homes[400])
    after = fresh.ask(question)
    assert work.counts["bm25_builds"] == 0 and "iter_chunks" not in store.calls
    assert store.calls.get("get_chunks", 0) >= 1  # the BM25 hits were read by id
    assert after.text == before.text and after.citations == before.citations
    assert any(c.doc_id == "art-0123" for c in after.citations)
