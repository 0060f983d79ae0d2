"""The archive benchmark: every article of a real news dump ingested for real (e5 vectors, no copies), then measured.

The ingest is resumable: documents already stored are skipped by their content hash and a document whose
chunks were cut off mid-batch keeps the chunks it has, so a killed run picks up where it stopped.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rag import Assistant, Settings

ARCHIVE = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "clickid-news.jsonl.gz"


def count_rows(path: Path) -> tuple[int, int]:
    """Rows and unpacked bytes of a JSONL (or gzipped JSONL) file."""
    opener = gzip.open if path.suffix == ".gz" else open
    rows = size = 0
    with opener(path, "rb") as handle:
        for line in handle:
            size += len(line)
            rows += bool(line.strip())
    return rows, size


class RateLog:
    """The ingest progress callback: chunks done, chunks/s, articles/s and the time left, one line every `every` s."""

    def __init__(self, articles: int, write: Callable[[str], None], every: float = 30.0) -> None:
        self.articles, self.write, self.every = articles, write, every
        self.started = time.perf_counter()
        self.last = 0.0
        self.line = ""

    def __call__(self, done: int, total: int, label: str) -> None:
        now = time.perf_counter()
        if label != "done" and now - self.last < self.every:
            return
        self.last = now
        elapsed = max(now - self.started, 1e-6)
        rate = done / elapsed
        left = (total - done) / rate if rate else float("nan")
        pending_articles = self.articles * done / total if total else 0.0
        self.line = (
            f"{label}: {done}/{total} chunks, {rate:.1f} chunks/s, ~{pending_articles / elapsed:.2f} articles/s, "
            f"{_clock(elapsed)} elapsed, {_clock(left)} left"
        )
        self.write(self.line)


def _clock(seconds: float) -> str:
    if seconds != seconds:  # NaN: no rate yet
        return "?"
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


INGEST_FILE = "archive-ingest.json"  # in the archive's data folder: every run's figures, so a resume adds up


def ingest_archive(
    settings: Settings, archive: Path = ARCHIVE, write: Callable[[str], None] = print, embedder: Any = None
) -> dict:
    """Ingest the default corpus and every article of `archive`; returns the ingest figures (this run's, and
    totals over every run into this data folder, kept in its archive-ingest.json)."""
    if not archive.is_file():
        raise FileNotFoundError(f"{archive}: no such archive; pass the path of a .jsonl or .jsonl.gz news dump")
    articles, size = count_rows(archive)
    settings = settings.model_copy(update={"max_file_mb": max(settings.max_file_mb, size / 1e6 + 1)})
    assistant = Assistant(settings, embedder=embedder, auto_ingest=False)
    before = assistant.status()
    write(f"archive: {archive} ({articles} articles); {before['documents']} documents already in {settings.home}")
    default = assistant.ingest()  # the default corpus, as `sumber ingest` gives an empty data folder
    report = assistant.ingest([archive], progress=RateLog(articles, write))
    after = assistant.status()
    run = {
        "seconds": default.seconds + report.seconds,
        "embedded_chunks": default.embedded_chunks + report.embedded_chunks,
        "ingested": after["documents"] - before["documents"],
    }
    runs = [*saved_ingest(settings.home).get("runs", []), run]
    figures = {
        "articles": articles,
        "documents": after["documents"],
        "chunks": after["chunks"],
        "sentences": assistant.store.count_sentences(),
        **run,
        "skipped": [f"{item.path}: {item.reason}" for item in [*default.skipped, *report.skipped]][:20],
        "runs": runs,
        "seconds_total": sum(r["seconds"] for r in runs),
        "embedded_total": sum(r["embedded_chunks"] for r in runs),
        "ingested_total": sum(r["ingested"] for r in runs),
    }
    (settings.home / INGEST_FILE).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    write(json.dumps({k: v for k, v in figures.items() if k != "runs"}))
    return figures


def saved_ingest(home: Path, log: Path | None = None) -> dict:
    """The figures the last ingest into `home` kept; else the last JSON line of an ingest log (an ingest that
    `python -m evals.archive` ran before the figures were kept); else nothing."""
    kept = home / INGEST_FILE
    if kept.is_file():
        return json.loads(kept.read_text(encoding="utf-8"))
    if log is None or not log.is_file():
        return {}
    for line in reversed(log.read_text(encoding="utf-8", errors="replace").splitlines()):
        if line.startswith("{") and '"seconds"' in line:
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    return {}


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--home", type=Path, required=True, help="data folder for the archive index")
    parser.add_argument("--archive", type=Path, default=ARCHIVE)
    args = parser.parse_args(argv)
    ingest_archive(Settings(home=args.home), args.archive, write=lambda line: print(line, flush=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
