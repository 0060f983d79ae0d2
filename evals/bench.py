"""`sumber bench`: ingest overhead, re-ingest, query latency at scale, a plain llama-index peer, memory, cold start.

One process drives the run; each scale point runs in a child process so its peak RSS is its own.
Vectors at the scale points: the five default articles and the first 600 distractor chunks (120 with --quick) are
embedded for real with e5 (cached on disk between runs); every further chunk is real news text whose vector is
a cached e5 vector of another real chunk plus small noise, renormalised. BM25 runs over all the real text.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

DISTRACTORS = Path(__file__).parent / "data" / "distractors.jsonl.gz"  # the ingest figures' articles
SCALE_CORPUS = Path(__file__).parent / "data" / "clickid-corpus.jsonl.gz"  # the scale points' text by default
SAMPLE_EMBEDDED = 600
QUESTIONS = [  # (question, gold document ids)
    ("Who first reported the deployment?", {"001_fd8d562c18a1316d", "003_bc298998f14d77f6"}),
    ("Siapa yang pertama kali melaporkan pengerahan pasukan?", {"001_fd8d562c18a1316d", "003_bc298998f14d77f6"}),
    (
        "How many North Korean troops were sent to Russia?",
        {"001_fd8d562c18a1316d", "003_bc298998f14d77f6", "004_30d0aaffe32c64f6", "000_7f9678317ed7a845"},
    ),
    ("Apa kata Maria Zakharova tentang pasukan Korea Utara?", {"004_30d0aaffe32c64f6"}),
    ("When will South Korea brief NATO?", {"000_7f9678317ed7a845"}),
    ("Kapan Duma Rusia menyetujui perjanjian dengan Pyongyang?", {"002_0e14fa672863eebd"}),
    ("What did Zelensky say about 10,000 soldiers?", {"001_fd8d562c18a1316d"}),
    ("Duta besar Rusia dipanggil oleh siapa?", {"003_bc298998f14d77f6"}),
]


def read_rows(path: Path, limit: int | None = None) -> list[dict]:
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if "text" not in row:  # the CLICK-ID dump has its own field names
                row = {
                    "id": f"clickid-{row['id']}",
                    "title": row["title"],
                    "source": row["outlet"],
                    "published": row["date"],
                    "text": row["content"],
                }
            rows.append(row)
            if limit and len(rows) >= limit:
                break
    return rows


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else float("nan")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ingest -------------------------------------------------------------------------------------------
def ingest_figures(articles: int, work: Path) -> dict:
    from index import default_corpus_files
    from index.chunk import chunk_document
    from index.embed import E5Embedder
    from index.ingest import prepare_document
    from index.load import load_paths
    from rag import Assistant, Settings

    source = work / "ingest-corpus.jsonl"
    rows = read_rows(DISTRACTORS, articles)
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    paths = [source, *default_corpus_files()]
    docs = load_paths(paths, 50_000_000).documents
    texts = []
    for raw in docs:
        prepared = prepare_document(raw, 4, 1)
        if not isinstance(prepared, str):
            record, _ = prepared
            texts.extend(c.text for c in chunk_document(raw.doc_id, record.text, record.content_hash))
    embedder = E5Embedder()
    embedder.embed_passages(texts[:4])  # load the model before timing
    started = time.perf_counter()
    embedder.embed_passages(texts)
    floor = time.perf_counter() - started
    assistant = Assistant(Settings(home=work / "ingest-home", offline=True), auto_ingest=False)
    assistant.embedder.embed_passages(texts[:4])
    started = time.perf_counter()
    report = assistant.ingest(paths)
    full = time.perf_counter() - started
    started = time.perf_counter()
    again = assistant.ingest(paths)
    reingest = time.perf_counter() - started
    return {
        "documents": len(docs),
        "chunks": len(texts),
        "embedded_chunks": report.embedded_chunks,
        "embed_floor_s": floor,
        "ingest_s": full,
        "overhead_ratio": full / floor,
        "reingest_s": reingest,
        "reingest_embedded": again.embedded_chunks,
        "reingest_ratio": reingest / full,
    }


# scale points (child process) ---------------------------------------------------------------------
def cached_sample_vectors(texts: list[str], cache_dir: Path) -> np.ndarray:
    """Real e5 vectors of real chunks, kept on disk so that a second run embeds nothing here."""
    from index.embed import E5Embedder

    key = hashlib.sha256("\x1f".join(texts).encode()).hexdigest()[:16]
    path = cache_dir / f"e5-sample-{key}.npy"
    if path.exists():
        return np.load(path)
    vectors = E5Embedder().embed_passages(texts)
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


def scale_point(
    n_chunks: int, home: Path, cache_dir: Path, repeats: int, sample_size: int, dataset: Path = SCALE_CORPUS
) -> dict:
    from index.chunk import Chunk
    from index.embed import as_llama_index_embedding
    from rag import Assistant, Settings

    assistant = Assistant(Settings(home=home, offline=True, collection="bench"))
    base = assistant.store.count_chunks()
    wanted = max(n_chunks - base, 0)
    chunks = distractor_chunks(wanted, dataset)
    sample = cached_sample_vectors([c[4] for c in chunks[:sample_size]], cache_dir)
    rng = np.random.default_rng(0)
    started = time.perf_counter()
    for i in range(0, len(chunks), 2000):
        part = chunks[i : i + 2000]
        vectors = []
        for j, _ in enumerate(part, start=i):
            if j < len(sample):
                vectors.append(sample[j])
            else:
                v = sample[j % len(sample)] + rng.normal(0, 0.02, sample.shape[1]).astype(np.float32)
                vectors.append(v / np.linalg.norm(v))
        assistant.store.put_chunks(
            [Chunk(f"{d}#{s}", d, k, s, e, t) for k, (d, _, s, e, t) in enumerate(part)],
            np.asarray(vectors),
            {"source": "bench"},
        )
    load_s = time.perf_counter() - started
    assistant.refresh()
    started = time.perf_counter()
    assistant.retrieve("warm up the BM25 index")
    bm25_build_s = time.perf_counter() - started
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
    peer = llama_index_peer(assistant, as_llama_index_embedding(assistant.embedder), repeats)
    return {
        "chunks": assistant.store.count_chunks(),
        "load_s": load_s,
        "bm25_build_s": bm25_build_s,
        "retrieval_p50_ms": 1000 * percentile(retrieval, 50),
        "retrieval_p95_ms": 1000 * percentile(retrieval, 95),
        "answer_p50_ms": 1000 * percentile(answers, 50),
        "answer_p95_ms": 1000 * percentile(answers, 95),
        "hit_at_k": sum(hits) / len(hits),
        **peer,
        "peak_rss_mb": _rss_mb(),
    }


def llama_index_peer(assistant, embed_model, repeats: int) -> dict:
    """What a user would write by hand: VectorStoreIndex over the same collection, dense top-k."""
    from llama_index.core import VectorStoreIndex

    index = VectorStoreIndex.from_vector_store(assistant.store.llama_index_vector_store(), embed_model=embed_model)
    retriever = index.as_retriever(similarity_top_k=assistant.settings.top_k)
    latencies, hits = [], []
    for _ in range(repeats):
        for question, gold in QUESTIONS:
            t0 = time.perf_counter()
            nodes = retriever.retrieve(question)
            latencies.append(time.perf_counter() - t0)
            hits.append(bool({(n.node.metadata or {}).get("doc_id") for n in nodes} & gold))
    return {
        "peer_retrieval_p50_ms": 1000 * percentile(latencies, 50),
        "peer_retrieval_p95_ms": 1000 * percentile(latencies, 95),
        "peer_hit_at_k": sum(hits) / len(hits),
    }


def query_embed_ms() -> float:
    from index.embed import E5Embedder

    embedder = E5Embedder()
    embedder.embed_query("warm up")
    times = []
    for question, _ in QUESTIONS * 5:
        t0 = time.perf_counter()
        embedder.embed_query(question)
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def cold_start(home: Path, runs: int = 3) -> dict:
    env = {**os.environ, "SUMBER_HOME": str(home)}
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CHROMA_HOST"):
        env.pop(name, None)
    command = [sys.executable, "-m", "sumber", "ask", "Who first reported the deployment?"]
    subprocess.run(command, env=env, capture_output=True, check=True)  # builds the index: not timed
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return {"cold_start_s": statistics.median(times), "cold_start_runs": runs}


# driver -------------------------------------------------------------------------------------------
def run_bench(quick: bool, out: Path, cache_dir: Path, dataset: Path = SCALE_CORPUS) -> dict:
    points = [1000] if quick else [1000, 10_000, 50_000]
    articles = 12 if quick else 150
    repeats = 1 if quick else 3
    sample_size = 120 if quick else SAMPLE_EMBEDDED
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sumber-bench-") as tmp:
        work = Path(tmp)
        results: dict = {"quick": quick, "machine": machine(), "vectors": __doc__.split("\n\n")[1].replace("\n", " ")}
        results["scale_text"] = dataset.name
        results["ingest"] = ingest_figures(articles, work)
        results["query_embed_ms"] = query_embed_ms()
        results["points"] = []
        for n in points:
            child = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "evals.bench",
                    "--point",
                    str(n),
                    "--home",
                    str(work / f"point-{n}"),
                    "--cache",
                    str(cache_dir),
                    "--repeats",
                    str(repeats),
                    "--sample",
                    str(sample_size),
                    "--archive",
                    str(dataset),
                ],
                capture_output=True,
                text=True,
            )
            if child.returncode != 0:
                raise RuntimeError(f"scale point {n} failed:\n{child.stderr[-3000:]}")
            results["points"].append(json.loads(child.stdout.strip().splitlines()[-1]))
        results.update(cold_start(work / "cold-home"))
    results["ratios"] = ratios(results)
    results["seconds"] = time.perf_counter() - started
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(results, indent=2))
    (out / "bench.md").write_text(markdown(results))
    return results


def ratios(r: dict) -> dict:
    points = r["points"]
    first, last = points[0], points[-1]
    return {
        "ingest_overhead": r["ingest"]["overhead_ratio"] - 1,
        "reingest_vs_first": r["ingest"]["reingest_ratio"],
        "answer_p95_vs_query_embed": first["answer_p95_ms"] / r["query_embed_ms"],
        "largest_vs_smallest_p95": last["answer_p95_ms"] / first["answer_p95_ms"],
        "ours_vs_peer_retrieval_p50": first["retrieval_p50_ms"] / first["peer_retrieval_p50_ms"],
    }


GOALS = {
    "ingest_overhead": 0.15,
    "reingest_vs_first": 0.05,
    "answer_p95_vs_query_embed": 3.0,
    "largest_vs_smallest_p95": 1.5,
}


def markdown(r: dict) -> str:
    ing = r["ingest"]
    lines = [
        f"Machine: {r['machine']}. {'Quick run.' if r['quick'] else 'Full run.'} {r['vectors']} "
        f"Text at the scale points: {r['scale_text']}.",
        "",
        "| ingest | value |",
        "|---|---|",
        f"| documents / chunks | {ing['documents']} / {ing['chunks']} |",
        f"| bare e5 embedding of the chunks (floor) | {ing['embed_floor_s']:.1f} s |",
        f"| full `sumber ingest` | {ing['ingest_s']:.1f} s (overhead {100 * (ing['overhead_ratio'] - 1):+.1f}%) |",
        f"| re-ingest, unchanged | {ing['reingest_s']:.2f} s ({100 * ing['reingest_ratio']:.1f}% of first, "
        f"{ing['reingest_embedded']} chunks embedded) |",
        f"| one query embedding (median) | {r['query_embed_ms']:.1f} ms |",
        f"| cold start `sumber ask` on an existing index (median of {r['cold_start_runs']}) | "
        f"{r['cold_start_s']:.2f} s |",
        "",
        "| chunks | retrieval p50 / p95 | offline answer p50 / p95 | hit@k | llama-index peer p50 / p95 | "
        "peer hit@k | peak RSS |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in r["points"]:
        lines.append(
            f"| {p['chunks']:,} | {p['retrieval_p50_ms']:.0f} / {p['retrieval_p95_ms']:.0f} ms | "
            f"{p['answer_p50_ms']:.0f} / {p['answer_p95_ms']:.0f} ms | {p['hit_at_k']:.2f} | "
            f"{p['peer_retrieval_p50_ms']:.0f} / {p['peer_retrieval_p95_ms']:.0f} ms | "
            f"{p['peer_hit_at_k']:.2f} | {p['peak_rss_mb']:.0f} MB |"
        )
    lines += ["", "| ratio | value | goal |", "|---|---|---|"]
    for name, value in r["ratios"].items():
        goal = GOALS.get(name)
        verdict = "" if goal is None else (f"≤ {goal} ({'met' if value <= goal else 'missed'})")
        lines.append(f"| {name} | {value:.3f} | {verdict} |")
    return "\n".join(lines) + "\n"


def machine() -> str:
    import platform

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="sumber bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="One small scale point; under two minutes.")
    parser.add_argument("--json", action="store_true", help="Print the JSON instead of the table.")
    parser.add_argument("--out", type=Path, default=Path("bench-out"), help="Where bench.json and bench.md go.")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "sumber-bench")
    parser.add_argument(
        "--archive",
        type=Path,
        default=SCALE_CORPUS,
        help="Gzipped JSONL of news articles for the scale points' text (Sumber rows or the CLICK-ID dump); "
        "default: the shipped eval corpus.",
    )
    parser.add_argument("--point", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=3, help=argparse.SUPPRESS)
    parser.add_argument("--sample", type=int, default=SAMPLE_EMBEDDED, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.archive.is_file():
        parser.error(f"no archive at {args.archive}: give a gzipped JSONL of articles, or leave --archive out")
    if args.point:
        print(json.dumps(scale_point(args.point, args.home, args.cache, args.repeats, args.sample, args.archive)))
        return
    results = run_bench(args.quick, args.out, args.cache, args.archive)
    print(json.dumps(results, indent=2) if args.json else (args.out / "bench.md").read_text())


if __name__ == "__main__":
    main()
