"""`sumber bench --archive`: a real archive ingested (evals.archive), then measured through the public API.

Figures: the ingest's own (articles, chunks, seconds, articles/s, s per 1,000 chunks), the data folder's disk size,
this process's peak RSS; a cold `sumber ask` (process start to printed answer); warm offline answers and their
p95 over one query embedding; the eval questions whose gold documents the archive holds (gold document in the
top 5); known-item retrieval (sampled headlines as queries, their own article, stored without its headline, as
the answer) for Sumber's retriever and the plain llama-index peer over the same collection; optionally the same
ask latency through a `chroma run` server on 127.0.0.1.
"""

from __future__ import annotations

import gzip
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from evals.archive import ARCHIVE, ingest_archive, saved_ingest
from evals.bench_common import (
    cold_start,
    free_port,
    machine,
    offline_env,
    percentile,
    query_embed_ms,
    rss_mb,
    wait_for_port,
)
from evals.bench_peer import gold_hits, known_item, peer_ranker, sumber_ranker
from evals.bench_report import archive_markdown, archive_ratios
from evals.suites import SUITES

SEED = 12
QUALITY_K = 5
KNOWN_ITEM_K = 10


def eval_questions(stored: set[str] | None = None) -> dict[str, list[tuple[str, set[str]]]]:
    """Per suite, its answerable single-turn questions with their gold documents (those stored, when given)."""
    from evals.dataset import load_dataset

    found: dict[str, list[tuple[str, set[str]]]] = {}
    for name, suite in SUITES.items():
        for item in load_dataset(suite.dataset):
            gold = set(item.gold_doc_ids) & stored if stored is not None else set(item.gold_doc_ids)
            if item.answerable and not item.history and gold:
                found.setdefault(name, []).append((item.question, gold))
    return found


def warm_questions(n: int) -> list[str]:
    """`n` eval questions of every suite, sampled with a fixed seed."""
    pool = sorted({q for items in eval_questions().values() for q, _ in items})
    return random.Random(SEED).sample(pool, min(n, len(pool)))


def headline_items(archive: Path, stored: set[str], n: int) -> list[tuple[str, str]]:
    """`n` (headline, document id) pairs of archive articles the index holds, sampled with a fixed seed."""
    pairs = []
    opener = gzip.open if archive.suffix == ".gz" else open
    with opener(archive, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                title = (row.get("title") or row.get("headline") or "").strip()
                if title and str(row.get("id")) in stored:
                    pairs.append((title, str(row["id"])))
    return random.Random(SEED).sample(pairs, min(n, len(pairs)))


def warm_answers(assistant: Any, questions: list[str]) -> dict:
    """Offline answers in a warm process: one untimed question first, then each timed once."""
    assistant.ask(questions[0])
    times = []
    for question in questions:
        t0 = time.perf_counter()
        assistant.ask(question)
        times.append(time.perf_counter() - t0)
    return {"p50_ms": 1000 * percentile(times, 50), "p95_ms": 1000 * percentile(times, 95), "questions": len(times)}


def quality(assistant: Any, stored: set[str], limit: int | None = None) -> dict:
    """Gold document in the top 5, per suite, for Sumber and the peer."""
    ours, peer = sumber_ranker(assistant, QUALITY_K), peer_ranker(assistant, QUALITY_K)
    figures = {}
    for name, items in eval_questions(stored).items():
        items = items[:limit] if limit else items
        figures[name] = {
            "questions": len(items),
            "hit_at_5": gold_hits(ours, items)["hit_at_k"],
            "peer_hit_at_5": gold_hits(peer, items)["hit_at_k"],
        }
    return figures


def disk_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def ingest_summary(figures: dict) -> dict:
    """The ingest figures as the table reads them (totals over every resumed run)."""
    seconds = figures.get("seconds_total", figures.get("seconds")) or 0.0
    embedded = figures.get("embedded_total", figures.get("embedded_chunks")) or 0
    ingested = figures.get("ingested_total", figures.get("articles")) or 0
    return {
        **figures,
        "articles_per_s": ingested / seconds if seconds else None,
        "s_per_1000_chunks": 1000 * seconds / embedded if embedded else None,
    }


def server_figures(settings: Any, questions: list[str], runs: int, embedder: Any = None) -> dict:
    """Cold and warm ask latency with the archive's Chroma folder served by `chroma run` on loopback."""
    from rag import Assistant

    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    command = [chroma, "run", "--path", str(settings.chroma_path), "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, server)
        env = offline_env(settings.home, settings.collection, CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(port))
        cold = cold_start(settings.home, runs, questions[0], env)
        remote = settings.model_copy(update={"chroma_host": "127.0.0.1", "chroma_port": port})
        warm = warm_answers(Assistant(remote, auto_ingest=False, embedder=embedder), questions)
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
    return {"cold_start_s": cold["cold_start_s"], "answer_p50_ms": warm["p50_ms"], "answer_p95_ms": warm["p95_ms"]}


def measure(assistant: Any, archive: Path, asked: list[str], known_items: int, quality_limit: int | None) -> dict:
    """The in-process figures over the archive index."""
    stored = set(assistant.store.document_hashes())
    items = headline_items(archive, stored, known_items)
    return {
        "index": {
            "documents": len(stored),
            "chunks": assistant.store.count_chunks(),
            "sentences": assistant.store.count_sentences(),
            "disk_mb": disk_mb(assistant.settings.home),
        },
        "query_embed_ms": query_embed_ms(assistant.embedder, asked),
        "warm": warm_answers(assistant, asked),
        "quality": quality(assistant, stored, quality_limit),
        "known_item": {
            "sumber": known_item(sumber_ranker(assistant, KNOWN_ITEM_K), items),
            "peer": known_item(peer_ranker(assistant, KNOWN_ITEM_K), items),
        },
    }


def run_archive(
    home: Path,
    out: Path,
    archive: Path = ARCHIVE,
    *,
    ingest: bool = True,
    server: bool = False,
    known_items: int = 200,
    questions: int = 20,
    cold_runs: int = 3,
    ingest_log: Path | None = None,
    quality_limit: int | None = None,
    embedder: Any = None,
    write=print,
) -> dict:
    """Ingest the archive into `home` (resuming; skipped with ingest=False), measure it, write archive.json and
    archive.md to `out`. `embedder`: for tests (e.g. one answering from shipped vectors)."""
    from rag import Assistant, Settings

    started = time.perf_counter()
    settings = Settings(home=home, offline=True)
    if ingest:
        ingest_archive(settings, archive, write, embedder=embedder)
    elif not settings.chroma_path.is_dir():
        raise SystemExit(f"no archive index in {home}: run `sumber bench --archive --home {home}` without --no-ingest")
    assistant = Assistant(settings, auto_ingest=False, embedder=embedder)
    if assistant.store.count_documents() == 0:
        raise SystemExit(f"no archive index in {home}: run `sumber bench --archive --home {home}` without --no-ingest")
    asked = warm_questions(questions)
    results: dict = {"machine": machine(), "archive": str(archive), "home": str(home)}
    results["ingest"] = ingest_summary(saved_ingest(home, ingest_log))
    results["cold_start"] = cold_start(home, cold_runs, asked[0], offline_env(home, settings.collection))
    results.update(measure(assistant, archive, asked, known_items, quality_limit))
    if server:
        results["server"] = server_figures(settings, asked, cold_runs, embedder)
    results["peak_rss_mb"] = rss_mb()
    results["ratios"] = archive_ratios(results)
    results["seconds"] = time.perf_counter() - started
    out.mkdir(parents=True, exist_ok=True)
    (out / "archive.json").write_text(json.dumps(results, indent=2, default=sorted), encoding="utf-8")
    (out / "archive.md").write_text(archive_markdown(results), encoding="utf-8")
    return results
