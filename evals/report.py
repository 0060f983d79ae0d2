"""A run folder: results.jsonl, summary.json, report.md and metrics_by_type.png, written and read back."""

from __future__ import annotations

import json
from pathlib import Path

from evals.report_chart import plot_metrics_by_type
from evals.report_markdown import render_markdown


def write_run(out: Path, summary: dict, rows: list[dict]) -> Path:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "results.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "report.md").write_text(render_markdown(summary, rows), encoding="utf-8")
    plot_metrics_by_type(summary, out / "metrics_by_type.png")
    return out


def read_run(run_dir: str | Path) -> tuple[dict, list[dict]]:
    from index.errors import SumberError

    run_dir = Path(run_dir)
    summary_path, results_path = run_dir / "summary.json", run_dir / "results.jsonl"
    if not summary_path.is_file() or not results_path.is_file():
        raise SumberError(
            f"{run_dir} is not an eval run folder: it needs summary.json and results.jsonl, "
            f"as written by `sumber eval --out {run_dir}`"
        )
    try:
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
        rows = [json.loads(line) for line in results_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise SumberError(f"{run_dir} holds a damaged run file ({exc.msg}): run the eval again") from None
    return summary, rows
