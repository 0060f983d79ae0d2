"""Evaluation harness: datasets, offline metrics, run reports, run comparison and the CI gate."""

from evals.compare import compare_runs
from evals.run import EvalRun, run_eval

__all__ = ["EvalRun", "compare_runs", "run_eval"]
