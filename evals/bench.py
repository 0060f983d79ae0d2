"""`sumber bench`: ingest overhead, re-ingest, query latency at scale, a plain llama-index peer, memory, cold start;
`sumber bench --archive`: a real news archive ingested for real and measured (evals.bench_archive).

One process drives the run; each scale point runs in a child process so its peak RSS is its own.
The measurements live in evals.bench_scale (ingest, scale points), evals.bench_peer (the llama-index peer,
known-item retrieval), evals.bench_archive (the archive) and evals.bench_report (ratios, tables).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from evals.bench_common import cold_start, machine, query_embed_ms
from evals.bench_report import markdown, ratios
from evals.bench_scale import SAMPLE_EMBEDDED, SCALE_CORPUS, VECTORS, ingest_figures, scale_point


# driver -------------------------------------------------------------------------------------------
def _point_in_child(n: int, work: Path, cache_dir: Path, repeats: int, sample_size: int, dataset: Path) -> dict:
    """One scale point in its own process (so its peak RSS is its own); returns its figures."""
    command = [sys.executable, "-m", "evals.bench", "--point", str(n), "--home", str(work / f"point-{n}")]
    command += ["--cache", str(cache_dir), "--repeats", str(repeats), "--sample", str(sample_size)]
    child = subprocess.run([*command, "--articles", str(dataset)], capture_output=True, text=True)
    if child.returncode != 0:
        raise RuntimeError(f"scale point {n} failed:\n{child.stderr[-3000:]}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def run_bench(quick: bool, out: Path, cache_dir: Path, dataset: Path = SCALE_CORPUS) -> dict:
    from rag import Assistant, Settings

    points = [1000] if quick else [1000, 10_000, 50_000]
    articles = 12 if quick else 150
    repeats = 1 if quick else 3
    sample_size = 120 if quick else SAMPLE_EMBEDDED
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sumber-bench-") as tmp:
        work = Path(tmp)
        results: dict = {"quick": quick, "machine": machine(), "vectors": VECTORS, "scale_text": dataset.name}
        results["ingest"] = ingest_figures(articles, work)
        embedder = Assistant(Settings(home=work / "ingest-home", offline=True), auto_ingest=False).embedder
        results["query_embed_ms"] = query_embed_ms(embedder)
        results["points"] = [_point_in_child(n, work, cache_dir, repeats, sample_size, dataset) for n in points]
        results.update(cold_start(work / "cold-home"))
    results["ratios"] = ratios(results)
    results["seconds"] = time.perf_counter() - started
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(results, indent=2))
    (out / "bench.md").write_text(markdown(results))
    return results


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(prog="sumber bench", description=__doc__.split("\n\n")[0])
    cli.add_argument("--quick", action="store_true", help="One small scale point; under two minutes.")
    cli.add_argument("--json", action="store_true", help="Print the JSON instead of the table.")
    cli.add_argument("--out", type=Path, default=Path("bench-out"), help="Where the .json and .md files go.")
    cli.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "sumber-bench")
    cli.add_argument(
        "--articles",
        type=Path,
        default=SCALE_CORPUS,
        help="Gzipped JSONL of news articles for the scale points' text (Sumber rows or the CLICK-ID dump); "
        "default: the shipped eval corpus.",
    )
    archive = cli.add_argument_group("the archive benchmark")
    archive.add_argument("--archive", action="store_true", help="Ingest a real news archive and measure it.")
    archive.add_argument("--home", type=Path, help="The archive's data folder (default: bench-archive/).")
    archive.add_argument("--archive-file", type=Path, help="The archive's articles (default: the CLICK-ID dump).")
    archive.add_argument("--no-ingest", action="store_true", help="Measure the archive index as it stands.")
    archive.add_argument("--server", action="store_true", help="Also ask through `chroma run` on 127.0.0.1.")
    archive.add_argument("--ingest-log", type=Path, help="With --no-ingest: a log of `python -m evals.archive`.")
    archive.add_argument("--known-items", type=int, default=200, help="Headlines asked as known-item queries.")
    archive.add_argument("--questions", type=int, default=20, help="Eval questions timed warm.")
    archive.add_argument("--quality-questions", type=int, help="At most this many eval questions per suite.")
    archive.add_argument("--cold-runs", type=int, default=3, help="Cold `sumber ask` runs (the median is kept).")
    cli.add_argument("--point", type=int, help=argparse.SUPPRESS)
    cli.add_argument("--repeats", type=int, default=3, help=argparse.SUPPRESS)
    cli.add_argument("--sample", type=int, default=SAMPLE_EMBEDDED, help=argparse.SUPPRESS)
    return cli


def _run_archive(args: argparse.Namespace) -> dict:
    from evals.archive import ARCHIVE
    from evals.bench_archive import run_archive

    return run_archive(
        args.home or Path("bench-archive"),
        args.out,
        args.archive_file or ARCHIVE,
        ingest=not args.no_ingest,
        server=args.server,
        known_items=args.known_items,
        questions=args.questions,
        cold_runs=args.cold_runs,
        quality_limit=args.quality_questions,
        ingest_log=args.ingest_log,
        write=lambda line: print(line, file=sys.stderr, flush=True),
    )


def main(argv: list[str] | None = None) -> None:
    cli = parser()
    args = cli.parse_args(argv)
    if not args.articles.is_file():
        cli.error(f"no articles at {args.articles}: give a gzipped JSONL of articles, or leave --articles out")
    if args.archive_file and not args.archive_file.is_file():
        cli.error(f"no archive at {args.archive_file}: give a .jsonl or .jsonl.gz news dump")
    if args.point:
        print(json.dumps(scale_point(args.point, args.home, args.cache, args.repeats, args.sample, args.articles)))
        return
    if args.archive:
        results, table = _run_archive(args), args.out / "archive.md"
    else:
        results, table = run_bench(args.quick, args.out, args.cache, args.articles), args.out / "bench.md"
    print(json.dumps(results, indent=2, default=sorted) if args.json else table.read_text())


if __name__ == "__main__":
    main()
