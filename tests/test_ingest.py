"""Ingestion into real Chroma with real e5 embeddings: formats, spans, increments, bad input, locking."""

from __future__ import annotations

import json
import multiprocessing
import time
from pathlib import Path

import pytest

from index import default_corpus_files
from index.chroma_collections import CollectionSpec
from index.embed import E5Embedder
from index.errors import EmbeddingMismatchError, IngestLockedError
from index.ingest import ingest_paths
from index.ingest_lock import ingest_lock
from index.store import open_store


class CountingEmbedder(E5Embedder):
    def __init__(self) -> None:
        super().__init__()
        self.passages = 0

    def embed_passages(self, texts):
        self.passages += len(texts)
        return super().embed_passages(texts)


def make_store(home: Path, name: str = "sumber", model: str = "multilingual-e5-small"):
    return open_store(name, CollectionSpec(model, 4, 1), path=home / "chroma")


def run(paths, home, embedder=None, **kwargs):
    store = kwargs.pop("store", None) or make_store(home)
    embedder = embedder or CountingEmbedder()
    report = ingest_paths(list(paths), embedder, store, lock_path=home / "ingest.lock", **kwargs)
    return report, store, embedder


def test_default_corpus_ingests_with_metadata_and_exact_spans(tmp_path):
    report, store, embedder = run(default_corpus_files(), tmp_path)
    assert report.count("ingested") == 5 and not report.skipped
    docs = {d.doc_id: d for d in store.documents(with_text=True)}
    assert set(docs) == {p.stem for p in default_corpus_files()}
    kompas = docs["003_bc298998f14d77f6"]
    assert kompas.source == "KOMPAS.TV" and kompas.published == "2024-10-21"
    assert kompas.title.startswith("Ketakutan, Korea Selatan Minta Rusia")
    assert docs["000_7f9678317ed7a845"].source == "MerahPutih.com"
    assert docs["004_30d0aaffe32c64f6"].source == "geosurvey.co.id"
    assert all(d.language == "id" and len(d.content_hash) == 64 for d in docs.values())
    chunks = list(store.iter_chunks())
    sentences = store.count_sentences()
    assert len(chunks) == sum(d.chunks for d in docs.values())
    assert sentences > len(chunks) and embedder.passages == len(chunks) + sentences  # sentence vectors too
    for chunk in chunks:
        assert docs[chunk.doc_id].text[chunk.start : chunk.end] == chunk.text
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def test_reingest_embeds_nothing_and_a_changed_file_replaces_its_chunks(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in default_corpus_files()[:2]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    first, store, _ = run([folder], tmp_path)
    assert first.embedded_chunks > 0
    again, _, embedder = run([folder], tmp_path, store=store)
    assert again.embedded_chunks == 0 and embedder.passages == 0
    assert again.count("unchanged") == 2
    changed = folder / default_corpus_files()[0].name
    changed.write_text(
        "Judul Baru Sama Sekali\n\nKalimat pertama yang baru. Kalimat kedua juga baru sekali.", encoding="utf-8"
    )
    third, _, _ = run([folder], tmp_path, store=store)
    assert third.count("replaced") == 1
    doc = store.get_document(changed.stem)
    chunks = [c for c in store.iter_chunks() if c.doc_id == changed.stem]
    assert doc.chunks == len(chunks) == 1 and "Kalimat pertama yang baru." in chunks[0].text


def test_prune_removes_documents_whose_files_are_gone(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in default_corpus_files()[:2]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    _, store, _ = run([folder], tmp_path)
    gone = sorted(folder.iterdir())[0]
    gone.unlink()
    report, _, _ = run([folder], tmp_path, store=store, prune=True)
    assert report.pruned == [gone.stem]
    assert store.get_document(gone.stem) is None
    assert all(c.doc_id != gone.stem for c in store.iter_chunks())


def test_formats_html_markdown_jsonl_csv(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "page.html").write_text(
        "<html><head><title>T</title><meta property='og:site_name' content='Contoh News'>"
        "<script>var tracker = 1;</script></head><body><nav>Home | Politik | Ekonomi</nav>"
        "<article><h1>Banjir Besar di Kota Contoh</h1><p>Banjir merendam ratusan rumah warga pada Senin malam.</p>"
        "<p>Pemerintah kota membuka posko pengungsian di balai desa.</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    (src / "note.md").write_text(
        "---\ntitle: Catatan Lapangan\nsource: Blog Warga\npublished: 2024-10-05\n---\n"
        "# Catatan Lapangan\n\nPara relawan membagikan makanan kepada pengungsi banjir.\n",
        encoding="utf-8",
    )
    (src / "rows.jsonl").write_text(
        json.dumps(
            {
                "id": "row-a",
                "text": "Harga beras naik dua persen bulan ini menurut data pasar.",
                "title": "Harga Beras Naik",
                "source": "Koran A",
                "published": "2024-10-01",
            }
        )
        + "\n"
        + "{not json}\n"
        + json.dumps({"title": "no text field"})
        + "\n",
        encoding="utf-8",
    )
    (src / "rows.csv").write_text(
        "id,title,text,source\ncsv-1,Judul CSV,Pasar saham ditutup menguat pada hari Jumat.,Koran B\n", encoding="utf-8"
    )
    report, store, _ = run([src], tmp_path)
    docs = {d.doc_id: d for d in store.documents(with_text=True)}
    assert set(docs) == {"page", "note", "row-a", "csv-1"}
    assert docs["page"].title == "Banjir Besar di Kota Contoh" and docs["page"].source == "Contoh News"
    assert "tracker" not in docs["page"].text and "Politik" not in docs["page"].text
    assert "posko pengungsian" in docs["page"].text
    assert docs["note"].source == "Blog Warga" and docs["note"].published == "2024-10-05"
    assert "---" not in docs["note"].text and not docs["note"].text.startswith("#")
    assert docs["row-a"].source == "Koran A" and docs["csv-1"].source == "Koran B"
    reasons = sorted(f"{Path(s.path).name} {s.reason}" for s in report.skipped)
    assert len(reasons) == 2 and all("rows.jsonl:" in r and "malformed row" in r for r in reasons)


def test_bad_files_are_skipped_with_reasons_and_nothing_indexed_is_lost(tmp_path):
    _, store, _ = run(default_corpus_files(), tmp_path)
    before = store.count_chunks()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.txt").write_text("   \n\n  ")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (bad / "garbage.txt").write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02]) * 300)
    (bad / "huge.txt").write_text("Kalimat panjang sekali. " * 60_000)
    (bad / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (bad / "latin1.txt").write_bytes(
        "Menteri mengatakan café di Jakarta ditutup sementara oleh pemerintah.".encode("latin-1")
    )
    (bad / "bom.txt").write_bytes("\ufeffPemerintah daerah mengumumkan libur sekolah selama tiga hari.".encode("utf-8"))
    report, _, _ = run([bad], tmp_path, store=store, max_bytes=1_000_000)
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert reasons["empty.txt"] == "empty file" and reasons["blank.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "decode" in reasons["garbage.txt"]
    assert "limit" in reasons["huge.txt"]
    assert "unsupported file type" in reasons["image.png"]
    assert set(reasons) == {"empty.txt", "blank.txt", "binary.txt", "garbage.txt", "huge.txt", "image.png"}
    assert "café" in store.get_document("latin1").text
    assert store.get_document("bom").text.startswith("Pemerintah daerah")
    assert store.count_chunks() == before + 2


def test_querying_with_another_embedding_model_is_refused(tmp_path):
    run(default_corpus_files()[:1], tmp_path)
    with pytest.raises(EmbeddingMismatchError, match="multilingual-e5-small.*--rebuild"):
        make_store(tmp_path, model="text-embedding-3-small")


def _hold_lock(path: str, seconds: float, ready) -> None:
    with ingest_lock(Path(path)):
        ready.set()
        time.sleep(seconds)


def test_a_second_writer_is_told_another_ingest_is_running(tmp_path):
    lock = tmp_path / "ingest.lock"
    ready = multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(str(lock), 5, ready))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(IngestLockedError, match="another ingest is running"):
            run(default_corpus_files()[:1], tmp_path)
    finally:
        holder.join()
    report, _, _ = run(default_corpus_files()[:1], tmp_path)
    assert report.count("ingested") == 1


def test_gzipped_exports_are_read_and_bad_archives_skipped(tmp_path):
    import gzip

    from index.load import load_paths

    rows = [
        {"id": "a1", "title": "Satu", "text": "Banjir melanda Kota Medan pada Senin pagi. Air setinggi satu meter."}
    ]
    good = tmp_path / "news.jsonl.gz"
    good.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
    plain = tmp_path / "story.txt.gz"
    plain.write_bytes(gzip.compress(b"Gempa terjadi di Palu. Warga mengungsi ke dataran tinggi."))
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(b"not gzip at all")
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a " * 3_000_000))
    result = load_paths([tmp_path], max_bytes=1_000_000)
    assert sorted(d.doc_id for d in result.documents) == ["a1", "story"]
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert "gzip" in reasons["broken.jsonl.gz"] and "limit" in reasons["bomb.txt.gz"]


def test_news_dump_field_names_are_read(tmp_path):
    """A raw news dump names its fields content/outlet/date (as the CLICK-ID file does): read, not skipped."""
    from index.load import load_file

    path = tmp_path / "dump.jsonl"
    row = {"id": "d-1", "title": "Banjir", "outlet": "Koran C", "date": "2019-03-02"}
    row["content"] = "Banjir merendam desa."
    path.write_text(json.dumps(row) + "\n" + json.dumps({"id": "d-2", "content": " "}) + "\n", encoding="utf-8")
    docs, skipped = load_file(path, 1_000_000)
    assert [(d.doc_id, d.source, d.published, d.text) for d in docs] == [
        ("d-1", "Koran C", "2019-03-02", "Banjir merendam desa.")
    ]
    assert len(skipped) == 1 and "content" in skipped[0].reason
