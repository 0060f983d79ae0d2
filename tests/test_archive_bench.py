"""`sumber bench --archive` end to end on a tiny archive: 15 CLICK-ID articles plus the default corpus.

The first run ingests through `run_archive` with an embedder answering passages from the shipped vector files
(the vectors `sumber ingest` computes, so the index is the one real e5 would build, in seconds) and also asks
through a `chroma run` server; the second run is the real command, which resumes: every document is unchanged
and nothing is embedded.
"""

from __future__ import annotations

import gzip
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "evals" / "data"


def tiny_archive(path: Path, rows: int = 15) -> Path:
    with gzip.open(DATA / "clickid-corpus.jsonl.gz", "rt", encoding="utf-8") as handle:
        lines = [line for line, _ in zip(handle, range(rows), strict=False)]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(lines)
    return path


def shipped_vectors_embedder():
    from index.embed import E5Embedder
    from index.embed_cache import CachedEmbedder

    return CachedEmbedder(CachedEmbedder(E5Embedder(), DATA / "clickid-vectors.npz"), DATA / "default-vectors.npz")


def assert_sane(results: dict) -> None:
    index = results["index"]
    assert index["documents"] == 20 and index["chunks"] > 20 and index["sentences"] > index["chunks"]
    assert index["disk_mb"] > 0 and results["peak_rss_mb"] > 0
    cold = results["cold_start"]
    assert cold["cold_start_s"] > 0 and cold["cold_start_runs"] >= 1
    assert results["query_embed_ms"] > 0
    assert results["warm"]["questions"] == 2 and 0 < results["warm"]["p50_ms"] <= results["warm"]["p95_ms"]
    assert results["quality"]["default"]["questions"] == 3
    assert results["quality"]["clickid-dev"]["questions"] == 3  # gold documents among the 15 articles
    for figures in results["quality"].values():
        assert 0 <= figures["hit_at_5"] <= 1 and 0 <= figures["peer_hit_at_5"] <= 1
    for side in ("sumber", "peer"):
        known = results["known_item"][side]
        assert known["queries"] == 3 and 0 <= known["hit_at_1"] <= known["mrr"] <= 1
    assert set(results["ratios"]) == {
        "cold_start_s",
        "answer_p95_vs_query_embed",
        "peak_rss_mb",
        "known_item_hit_at_1",
        "known_item_mrr",
    }
    assert all(math.isfinite(v) and v > 0 for k, v in results["ratios"].items() if not k.startswith("known"))


@pytest.mark.slow
def test_archive_bench_measures_a_tiny_archive_and_resumes(tmp_path):
    from evals.bench_archive import run_archive

    archive = tiny_archive(tmp_path / "archive.jsonl.gz")
    home, out = tmp_path / "home", tmp_path / "out"
    first = run_archive(
        home,
        out,
        archive,
        known_items=3,
        questions=2,
        cold_runs=1,
        quality_limit=3,
        server=True,
        embedder=shipped_vectors_embedder(),
        write=print,
    )
    assert_sane(first)
    ingest = first["ingest"]
    assert ingest["articles"] == 15 and ingest["embedded_chunks"] == first["index"]["chunks"]
    assert ingest["ingested"] == 20 and ingest["seconds"] > 0
    assert ingest["articles_per_s"] > 0 and ingest["s_per_1000_chunks"] > 0
    server = first["server"]  # the same data folder served by `chroma run` on loopback
    assert server["cold_start_s"] > 0 and 0 < server["answer_p50_ms"] <= server["answer_p95_ms"]
    assert "through `chroma run` on 127.0.0.1" in (out / "archive.md").read_text()

    command = [sys.executable, "-m", "sumber", "bench", "--archive", "--home", str(home), "--archive-file"]
    command += [
        str(archive),
        "--out",
        str(out),
        "--known-items",
        "3",
        "--questions",
        "2",
        "--cold-runs",
        "1",
        "--quality-questions",
        "3",
    ]
    command += ["--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    second = json.loads(done.stdout)
    assert_sane(second)
    assert second["ingest"]["embedded_chunks"] == 0 and second["ingest"]["ingested"] == 0  # resumed: nothing new
    assert len(second["ingest"]["runs"]) == 2
    counts = ("documents", "chunks", "sentences")
    assert {k: second["index"][k] for k in counts} == {k: first["index"][k] for k in counts}
    table = (out / "archive.md").read_text()
    assert "| archive | value |" in table and "known-item hit@1 / MRR" in table and "| figure | value | goal |" in table
    assert (
        "| chunks embedded by this run | 0 |" in table and "llama-index peer" in table and "cold `sumber ask`" in table
    )
    assert json.loads((out / "archive.json").read_text())["known_item"] == second["known_item"]
