"""What the benchmarks share: the benchmark questions, article rows, percentiles, memory, cold start, machine."""

from __future__ import annotations

import gzip
import json
import os
import platform
import resource
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

QUESTIONS = [  # (question, gold document ids) on the five default articles
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
COLD_QUESTION = QUESTIONS[0][0]
_REMOTE_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CHROMA_HOST", "CHROMA_PORT", "SUMBER_LLM_MODEL")


def read_rows(path: Path, limit: int | None = None) -> list[dict]:
    """Article rows of a gzipped JSONL file in Sumber's fields (the CLICK-ID dump's content/outlet/date mapped)."""
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            if "text" not in row:  # the CLICK-ID dump has its own field names
                row = {
                    "id": row["id"],
                    "title": row.get("title") or "",
                    "source": row.get("outlet"),
                    "published": row.get("date"),
                    "text": row.get("content") or "",
                }
            rows.append(row)
            if limit and len(rows) >= limit:
                break
    return rows


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else float("nan")


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def query_embed_ms(embedder, questions: list[str] | None = None, rounds: int = 5) -> float:
    """Median time of one query embedding (the model loaded first)."""
    questions = questions or [q for q, _ in QUESTIONS]
    embedder.embed_query("warm up")
    times = []
    for question in questions * rounds:
        t0 = time.perf_counter()
        embedder.embed_query(question)
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def offline_env(home: Path, collection: str | None = None, **extra: str) -> dict[str, str]:
    """The environment of a `sumber` child process on this data folder: offline, no remote setting inherited."""
    env = {k: v for k, v in os.environ.items() if k not in _REMOTE_ENV}
    env.update({"SUMBER_HOME": str(home), "SUMBER_OFFLINE": "1", **extra})
    if collection:
        env["SUMBER_COLLECTION"] = collection
    return env


def cold_start(home: Path, runs: int = 3, question: str = COLD_QUESTION, env: dict[str, str] | None = None) -> dict:
    """`sumber ask` timed from process start to printed answer: one untimed first run, then the median of `runs`."""
    env = env or offline_env(home)
    command = [sys.executable, "-m", "sumber", "ask", question]
    t0 = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True)  # may build the index or BM25: not counted
    first = time.perf_counter() - t0
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return {"cold_start_s": statistics.median(times), "cold_start_runs": runs, "first_ask_s": first}


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen | None = None, timeout: float = 60.0) -> None:
    """Until something listens on 127.0.0.1:port; fails early when `process` (the server) has exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with code {process.returncode} before listening on {port}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listening on 127.0.0.1:{port} after {timeout} s")
