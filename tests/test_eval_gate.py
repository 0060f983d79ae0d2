"""The CI gate: the default dataset, offline, on a fresh data folder, must not fall below evals/baseline.json.

The baseline changes only through `python -m evals.run --write-baseline`, reviewed in its own commit.
"""

from __future__ import annotations

import copy

import pytest

from evals.compare import BASELINE_PATH, gate_failures, load_baseline
from evals.metrics import HEADLINE


def test_baseline_is_committed_and_complete():
    baseline = load_baseline()
    assert baseline["mode"] == "offline" and baseline["k"] == 5
    assert set(HEADLINE) <= set(baseline["headline"])
    for name in HEADLINE:
        assert isinstance(baseline["metrics"][name], float), name
    assert 0 < baseline["tolerance"] <= 0.05


def test_gate_logic_fails_below_tolerance_only():
    baseline = {
        "dataset_sha256": "abc",
        "tolerance": 0.02,
        "headline": list(HEADLINE),
        "metrics": {"key_fact_accuracy": 0.6, "hit_at_k": 1.0, "citation_validity": 1.0, "refusal_recall": 0.5},
    }
    summary = {"meta": {"dataset_sha256": "abc"}, "overall": dict(baseline["metrics"])}
    assert gate_failures(summary, baseline) == []
    within = copy.deepcopy(summary)
    within["overall"]["key_fact_accuracy"] = 0.585
    assert gate_failures(within, baseline) == []
    below = copy.deepcopy(summary)
    below["overall"]["hit_at_k"] = 0.97
    below["overall"]["refusal_recall"] = None
    failures = gate_failures(below, baseline)
    assert len(failures) == 2 and failures[0].startswith("hit_at_k fell to 0.97") and "refusal_recall" in failures[1]
    changed = copy.deepcopy(summary)
    changed["meta"]["dataset_sha256"] = "def"
    assert "--write-baseline" in gate_failures(changed, baseline)[0]


@pytest.mark.slow
def test_default_dataset_offline_does_not_regress(tmp_path, monkeypatch):
    from evals.run import run_eval
    from rag import Assistant, Settings

    home = tmp_path / "home"
    monkeypatch.setenv("SUMBER_HOME", str(home))
    assistant = Assistant(Settings(home=home, offline=True))  # ingests the default corpus from scratch
    run = run_eval(mode="offline", k=5, out=tmp_path / "run", assistant=assistant, progress=False)
    failures = gate_failures(run.summary, load_baseline(BASELINE_PATH))
    assert run.summary["overall"]["errors"] == 0, [r["error"] for r in run.rows if r.get("error")]
    assert not failures, "eval gate: " + "; ".join(failures) + f" (report: {tmp_path / 'run' / 'report.md'})"


def test_baseline_is_only_written_with_the_explicit_flag(tmp_path, monkeypatch, capsys):
    import evals.compare
    import evals.run
    from evals.run import EvalRun

    overall = {
        "accuracy": 0.5,
        "key_fact_accuracy": 0.6,
        "hit_at_k": 1.0,
        "citation_validity": 1.0,
        "refusal_recall": 0.25,
    }
    summary = {
        "meta": {
            "dataset_sha256": "abc",
            "mode": "offline",
            "k": 5,
            "answerer": "offline",
            "started": "2024-10-28T00:00:00+00:00",
        },
        "overall": overall,
    }
    monkeypatch.setattr(evals.run, "fresh_offline_run", lambda *a, **kw: EvalRun(summary, []))
    target = tmp_path / "baseline.json"
    monkeypatch.setattr(evals.compare, "BASELINE_PATH", target)
    assert evals.run.main([]) == 0
    assert not target.exists()
    assert evals.run.main(["--write-baseline"]) == 0
    written = load_baseline(target)
    assert written["metrics"]["key_fact_accuracy"] == 0.6 and written["dataset_sha256"] == "abc"
    assert "review the change" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        evals.run.main(["--write-baseline", "--dataset", str(tmp_path / "other.jsonl")])
