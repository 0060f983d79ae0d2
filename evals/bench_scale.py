"""The synthetic bench's measurements: ingest overhead and re-ingest, and one scale point (run in a child process).

Vectors at the scale points: the five default articles and the first 600 distractor chunks (120 with --quick) are
embedded for real with e5 (cached on disk between runs); every further chunk is real news text whose vector is
a cached e5 vector of another real chunk plus small noise, renormalised. BM25 runs over all the real text.

A scale point writes its chunks straight into the store (`assistant.store.put_chunks`): that is the one place the
bench builds a store below the facade, so it cuts chunks with the ingest's own chunker.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import numpy as np

from evals.bench_common import QUESTIONS, percentile, read_rows, rss_mb
from evals.bench_peer import llama_index_peer

DATA = Path(__file__).parent / "data"
DISTRACTORS = DATA / "distractors.jsonl.gz"  # the ingest figures' articles
SCALE_CORPUS = DATA / "clickid-corpus.jsonl.gz"  # the scale points' text by default
SAMPLE_EMBEDDED = 600
VECTORS = __doc__.split("\n\n")[1].replace("\n", " ")
WRITE_BATCH = 2000
# Asked once before the timed questions: its articles are other distractors, so the timed questions still meet
# their own articles for the first time; it pays the answerer's one-off loading (word lists, the stemmer's
# dictionary), which the cold start figure holds.
WARM_UP_QUESTION = "Siapa yang memenangkan pertandingan sepak bola itu?"


# ingest -------------------------------------------------------------------------------------------
def _ingest_all(assistant, source: Path) -> tuple[float, int]:
    """The default corpus and `source` through `Assistant.ingest`: seconds and chunks embedded."""
    started = time.perf_counter()
    embedded = assistant.ingest(None).embedded_chunks + assistant.ingest([source]).embedded_chunks
    return time.perf_counter() - started, embedded


def ingest_figures(articles: int, work: Path) -> dict:
    """A full ingest of `articles` distractors plus the default corpus, an unchanged re-ingest, and the floor:
    the bare e5 embedding of everything the ingest embeds, the chunk texts and each document's sentences."""
    from rag import Assistant, Settings

    source = work / "ingest-corpus.jsonl"
    rows = read_rows(DISTRACTORS, articles)
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assistant = Assistant(Settings(home=work / "ingest-home", offline=True), auto_ingest=False)
    assistant.embedder.embed_passages(["load the model before timing"] * 4)
    full, embedded = _ingest_all(assistant, source)
    reingest, again = _ingest_all(assistant, source)
    texts = [chunk.text for chunk in assistant.store.iter_chunks()]
    sentences = _sentence_texts(assistant, {chunk.doc_id for chunk in assistant.store.iter_chunks()})
    started = time.perf_counter()
    assistant.embedder.embed_passages(texts + sentences)
    floor = time.perf_counter() - started
    return {
        "documents": assistant.status()["documents"],
        "chunks": len(texts),
        "sentences": len(sentences),
        "embedded_chunks": embedded,
        "embed_floor_s": floor,
        "ingest_s": full,
        "overhead_ratio": full / floor,
        "reingest_s": reingest,
        "reingest_embedded": again,
        "reingest_ratio": reingest / full,
    }


def _sentence_texts(assistant, doc_ids: set[str]) -> list[str]:
    """The sentences the ingest embedded beside the chunks, as it picks them."""
    from index.ingest_write import scored_sentence_spans

    texts = []
    for doc_id in sorted(doc_ids):
        doc = assistant.corpus.document(doc_id)
        texts += [doc.text[a:b] for a, b in scored_sentence_spans(doc.text)] if doc else []
    return texts


# scale points (child process) ---------------------------------------------------------------------
def cached_sample_vectors(texts: list[str], cache_dir: Path, embedder) -> np.ndarray:
    """Real e5 vectors of real chunks, kept on disk so that a second run embeds nothing here."""
    key = hashlib.sha256("\x1f".join(texts).encode()).hexdigest()[:16]
    path = cache_dir / f"e5-sample-{key}.npy"
    if path.exists():
        return np.load(path)
    vectors = embedder.embed_passages(texts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def distractor_chunks(n: int, dataset: Path = SCALE_CORPUS) -> list[tuple[str, str, int, int, str]]:
    """(doc_id, title, start, end, text) of real news chunks, as many as asked for (articles reused if needed)."""
    from index.chunk import chunk_document
    from index.clean import clean_boilerplate

    out: list[tuple[str, str, int, int, str]] = []
    rows = read_rows(dataset)
    round_no = 0
    while len(out) < n:
        for row in rows:
            text = clean_boilerplate(row["text"])
            doc_id = row["id"] if round_no == 0 else f"{row['id']}-r{round_no}"
            for chunk in chunk_document(doc_id, text, "bench"):
                out.append((doc_id, row.get("title") or "", chunk.start, chunk.end, chunk.text))
                if len(out) >= n:
                    return out
        round_no += 1
    return out


def noisy_vectors(sample: np.ndarray, first: int, count: int, rng: np.random.Generator) -> np.ndarray:
    """Vectors for chunks first..first+count: the sample's own, then noisy copies of it, renormalised."""
    vectors = []
    for j in range(first, first + count):
        if j < len(sample):
            vectors.append(sample[j])
        else:
            v = sample[j % len(sample)] + rng.normal(0, 0.02, sample.shape[1]).astype(np.float32)
            vectors.append(v / np.linalg.norm(v))
    return np.asarray(vectors)


def fill_point(assistant, n_chunks: int, cache_dir: Path, sample_size: int, dataset: Path) -> float:
    """Top the store up to `n_chunks` chunks of real text; returns the seconds the writes took."""
    from index.chunk import Chunk

    wanted = max(n_chunks - assistant.store.count_chunks(), 0)
    chunks = distractor_chunks(wanted, dataset)
    sample = cached_sample_vectors([c[4] for c in chunks[:sample_size]], cache_dir, assistant.embedder)
    rng = np.random.default_rng(0)
    started = time.perf_counter()
    for i in range(0, len(chunks), WRITE_BATCH):
        part = chunks[i : i + WRITE_BATCH]
        assistant.store.put_chunks(
            [Chunk(f"{d}#{s}", d, k, s, e, t) for k, (d, _, s, e, t) in enumerate(part)],
            noisy_vectors(sample, i, len(part), rng),
            {"source": "bench"},
        )
    seconds = time.perf_counter() - started
    assistant.refresh()
    return seconds


def scale_point(
    n_chunks: int, home: Path, cache_dir: Path, repeats: int, sample_size: int, dataset: Path = SCALE_CORPUS
) -> dict:
    from rag import Assistant, Settings

    assistant = Assistant(Settings(home=home, offline=True, collection="bench"))
    load_s = fill_point(assistant, n_chunks, cache_dir, sample_size, dataset)
    started = time.perf_counter()
    assistant.retrieve("warm up the BM25 index")
    bm25_build_s = time.perf_counter() - started
    started = time.perf_counter()
    assistant.ask(WARM_UP_QUESTION)
    first_answer_s = time.perf_counter() - started
    retrieval, answers, hits = [], [], []
    for _ in range(repeats):
        for question, gold in QUESTIONS:
            t0 = time.perf_counter()
            passages = assistant.retrieve(question)
            retrieval.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            assistant.ask(question)
            answers.append(time.perf_counter() - t0)
            hits.append(bool({p.doc_id for p in passages} & gold))
    return {
        "chunks": assistant.store.count_chunks(),
        "load_s": load_s,
        "bm25_build_s": bm25_build_s,
        "first_answer_s": first_answer_s,
        "retrieval_p50_ms": 1000 * percentile(retrieval, 50),
        "retrieval_p95_ms": 1000 * percentile(retrieval, 95),
        "answer_p50_ms": 1000 * percentile(answers, 50),
        "answer_p95_ms": 1000 * percentile(answers, 95),
        "hit_at_k": sum(hits) / len(hits),
        **llama_index_peer(assistant, QUESTIONS, repeats),
        "peak_rss_mb": rss_mb(),
    }
