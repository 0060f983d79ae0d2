"""Evaluation harness: datasets, offline metrics, run reports, run comparison and the CI gate.

from evals import run_eval, compare_runs
"""

from __future__ import annotations

from typing import Any

__all__ = ["EvalRun", "compare_runs", "run_eval"]


def __getattr__(name: str) -> Any:
    # Lazy, so `python -m evals.run` and the CLI's --help do not import the harness twice or early.
    if name == "compare_runs":
        from evals.compare import compare_runs

        return compare_runs
    if name in ("run_eval", "EvalRun"):
        from evals import run

        return getattr(run, name)
    raise AttributeError(f"module 'evals' has no attribute {name!r}")
