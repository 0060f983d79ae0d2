"""`sumber bench --quick` runs end to end; checked for its output format only, never for its speed."""

import json
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_quick_bench_writes_figures_and_ratios(tmp_path):
    out = tmp_path / "bench"
    done = subprocess.run(
        [sys.executable, "-m", "sumber", "bench", "--quick", "--json", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={**__import__("os").environ, "HOME": str(tmp_path)},  # the vector cache goes under the test's folder
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout)
    assert results["quick"] is True and len(results["points"]) == 1
    point = results["points"][0]
    for key in (
        "chunks",
        "retrieval_p50_ms",
        "retrieval_p95_ms",
        "answer_p50_ms",
        "answer_p95_ms",
        "hit_at_k",
        "peer_retrieval_p50_ms",
        "peer_hit_at_k",
        "peak_rss_mb",
    ):
        assert isinstance(point[key], int | float)
    assert point["chunks"] >= 1000
    assert results["ingest"]["reingest_embedded"] == 0
    assert set(results["ratios"]) >= {
        "ingest_overhead",
        "reingest_vs_first",
        "answer_p95_vs_query_embed",
        "largest_vs_smallest_p95",
    }
    table = (out / "bench.md").read_text()
    assert "| ratio | value | goal |" in table and "llama-index peer" in table
    assert json.loads((out / "bench.json").read_text())["points"] == results["points"]
