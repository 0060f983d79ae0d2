"""The CI gate: the default dataset, offline, on a fresh data folder, must not fall below evals/baseline.json.

The baseline changes only through `python -m evals.run --write-baseline`, reviewed in its own commit.
"""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from evals.compare import gate_failures, load_baseline
from evals.metrics import HEADLINE
from evals.suites import SUITES


@pytest.mark.parametrize("name", list(SUITES))
def test_baseline_is_committed_and_complete(name):
    baseline = load_baseline(SUITES[name].baseline)
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


@pytest.fixture(scope="module")
def corpus_assistants(tmp_path_factory):
    """One fresh data folder; each eval corpus ingested from scratch into its own collection, once."""
    from evals.suites import corpus_assistant
    from rag import Settings

    settings = Settings(home=tmp_path_factory.mktemp("eval-home"), offline=True)
    made: dict = {}

    def get(corpus: str):
        if corpus not in made:
            made[corpus] = corpus_assistant(corpus, settings)
        return made[corpus]

    return get


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SUITES))
def test_suite_offline_does_not_regress(name, corpus_assistants, tmp_path):
    from evals.run import run_eval, suite_labels

    suite = SUITES[name]
    assistant = corpus_assistants(suite.corpus)
    run = run_eval(
        suite.dataset, "offline", 5, tmp_path / "run", assistant=assistant, progress=False, labels=suite_labels(suite)
    )
    failures = gate_failures(run.summary, load_baseline(suite.baseline))
    assert run.summary["overall"]["errors"] == 0, [r["error"] for r in run.rows if r.get("error")]
    assert not failures, f"eval gate ({name}): " + "; ".join(failures) + f" (report: {tmp_path / 'run' / 'report.md'})"


def test_baseline_is_only_written_with_the_explicit_flag(tmp_path, monkeypatch, capsys):
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
    monkeypatch.setattr(
        evals.run, "fresh_offline_runs", lambda suites, *a, **kw: {s.name: EvalRun(summary, []) for s in suites}
    )
    target = tmp_path / "baseline.json"
    monkeypatch.setitem(evals.run.SUITES, "default", replace(evals.run.SUITES["default"], baseline=target))
    assert evals.run.main(["--suite", "default"]) == 0
    assert not target.exists()
    assert evals.run.main(["--write-baseline", "--suite", "default"]) == 0
    written = load_baseline(target)
    assert written["metrics"]["key_fact_accuracy"] == 0.6 and written["dataset_sha256"] == "abc"
    assert "review the change" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        evals.run.main(["--write-baseline", "--suite", "no-such-suite"])
