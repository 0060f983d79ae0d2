"""run_eval over a real Assistant (a 3-question slice), the run folder it writes, compare, the CLI, LLM mode."""

from __future__ import annotations

import json

import pytest

from evals import compare_runs, run_eval
from evals.dataset import EvalItem, load_dataset
from evals.metrics import summarize, summarize_by
from evals.report import write_run
from index.errors import ConfigError, SumberError

SLICE = ("en-who-nis", "id-when-summon", "id-un-senate")


@pytest.fixture(scope="module")
def items() -> list[EvalItem]:
    by_id = {item.id: item for item in load_dataset()}
    return [by_id[i] for i in SLICE]


@pytest.fixture(scope="module")
def slice_run(shared_assistant, items, tmp_path_factory):
    calls: list[tuple[int, int, str]] = []
    out = tmp_path_factory.mktemp("slice-run")
    run = run_eval(items, k=5, out=out, assistant=shared_assistant, progress=lambda *a: calls.append(a))
    return run, out, calls


def test_slice_run_writes_every_file_with_real_results(slice_run, shared_assistant):
    run, out, calls = slice_run
    assert run.out == out
    assert sorted(p.name for p in out.iterdir()) == [
        "metrics_by_type.png",
        "report.md",
        "results.jsonl",
        "summary.json",
    ]
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == list(SLICE)
    assert calls == [(1, 3, SLICE[0]), (2, 3, SLICE[1]), (3, 3, SLICE[2])]
    for row in rows:
        assert row["answer"].strip() and row["answerer"] == "offline"
        assert row["retrieved_doc_ids"] and len(row["retrieved_doc_ids"]) == len(set(row["retrieved_doc_ids"]))
        assert {"correct", "hit", "rr", "citation_valid", "support", "latency"} <= set(row["scores"])
        assert row["scores"]["latency"] > 0
        for c in row["citations"]:  # what the metric checked, checked again here against the real documents
            assert shared_assistant.document(c["doc_id"]).text[c["start"] : c["end"]] == c["snippet"]
    nis = rows[0]
    assert nis["scores"]["hit"] == 1.0 and nis["scores"]["citation_valid"] is True
    assert nis["scores"]["correct"] == (nis["grounded"] and "NIS" in nis["answer"])
    unanswerable = rows[2]
    assert unanswerable["scores"]["correct"] is (not unanswerable["grounded"])
    assert unanswerable["scores"]["hit"] is None


def test_summary_json_matches_the_rows(slice_run):
    run, out, _ = slice_run
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary == json.loads(json.dumps(run.summary))
    assert summary["meta"]["answerer"] == "offline" and summary["meta"]["k"] == 5
    assert summary["overall"]["questions"] == 3 and summary["overall"]["answerable"] == 2
    assert set(summary["by_type"]) == {"who", "when", "unanswerable"}
    assert set(summary["by_lang"]) == {"en", "id"} and summary["by_lang"]["id"]["questions"] == 2
    correct = [r["scores"]["correct"] for r in run.rows]
    assert summary["overall"]["accuracy"] == pytest.approx(sum(correct) / 3)
    assert summary["overall"]["n_refusal_recall"] == 1
    assert summary["dataset_stats"]["questions"] == 3


def test_report_and_chart(slice_run):
    _, out, _ = slice_run
    report = (out / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# Sumber evaluation: offline")
    for heading in (
        "## Overall (offline)",
        "## By question type (offline)",
        "## By language (offline)",
        "## Per question",
        "## Wrong answers",
    ):
        assert heading in report
    for qid in SLICE:
        assert f"| {qid} |" in report
    assert "LLM-judged" not in report  # nothing was judged
    png = (out / "metrics_by_type.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000


def test_unknown_mode_and_llm_mode_without_llm_are_errors(shared_assistant, items, tmp_path):
    with pytest.raises(ConfigError, match="unknown mode"):
        run_eval(items, mode="fast", assistant=shared_assistant, out=tmp_path, progress=False)
    from rag import Settings

    with pytest.raises(ConfigError, match="OPENAI_BASE_URL"):
        run_eval(items, mode="llm", out=tmp_path, progress=False, settings=Settings(home=tmp_path))


def test_a_failing_question_is_recorded_not_fatal(items, tmp_path):
    class Broken:
        answerer_name = "broken"
        embedder = None

        def retrieve(self, question, k=None):
            raise SumberError("store is gone")

    run = run_eval(items[:2], assistant=Broken(), out=tmp_path, progress=False)
    assert run.summary["overall"]["errors"] == 2 and run.summary["overall"]["accuracy"] == 0.0
    assert run.rows[0]["error"] == "SumberError: store is gone"
    assert "**Error:** SumberError: store is gone" in (tmp_path / "report.md").read_text(encoding="utf-8")


# --- compare over two synthetic runs ------------------------------------------------------------------------------
def synthetic_row(
    qid: str,
    correct: bool,
    hit: float | None,
    valid: bool | None,
    support: float | None,
    latency: float,
    answerable: bool = True,
) -> dict:
    return {
        "id": qid,
        "question": f"question {qid}?",
        "lang": "en",
        "type": "who",
        "answerable": answerable,
        "answers": [["NIS"]] if answerable else [],
        "gold_doc_ids": ["d1"] if answerable else [],
        "answer": "NIS [1]." if correct else "Zelensky [1].",
        "grounded": answerable == correct,
        "citations": [],
        "scores": {
            "correct": correct,
            "key_facts": correct if answerable else None,
            "grounded": answerable == correct,
            "hit": hit,
            "rr": hit,
            "citation_valid": valid,
            "support": support,
            "latency": latency,
        },
    }


def synthetic_run(path, rows, answerer):
    summary = {
        "meta": {
            "answerer": answerer,
            "mode": "offline",
            "k": 5,
            "dataset": "synthetic",
            "dataset_sha256": "abc",
            "started": "2024-10-28T00:00:00+00:00",
            "seconds": 1.0,
        },
        "overall": summarize(rows),
        "by_type": summarize_by(rows, "type"),
        "by_lang": summarize_by(rows, "lang"),
    }
    return write_run(path, summary, rows)


def test_compare_reports_deltas_and_the_questions_that_got_worse(tmp_path):
    run_a = synthetic_run(
        tmp_path / "a",
        [
            synthetic_row("q1", True, 1.0, True, 1.0, 0.1),
            synthetic_row("q2", True, 1.0, True, 1.0, 0.2),
            synthetic_row("q3", False, 0.0, True, 0.5, 0.3),
            synthetic_row("u1", True, None, None, None, 0.1, False),
            synthetic_row("gone", True, 1.0, True, 1.0, 0.1),
        ],
        "offline",
    )
    run_b = synthetic_run(
        tmp_path / "b",
        [
            synthetic_row("q1", True, 1.0, True, 1.0, 0.2),
            synthetic_row("q2", False, 0.0, False, 0.5, 0.4),
            synthetic_row("q3", True, 1.0, True, 0.5, 0.3),
            synthetic_row("u1", False, None, None, None, 0.1, False),
            synthetic_row("new", True, 1.0, True, 1.0, 0.1),
        ],
        "some-llm",
    )
    result = compare_runs(run_a, run_b)
    deltas = {d.metric: d for d in result.metrics}
    assert deltas["accuracy"].a == pytest.approx(0.8) and deltas["accuracy"].b == pytest.approx(0.6)
    assert deltas["accuracy"].delta == pytest.approx(-0.2) and deltas["accuracy"].better is False
    assert deltas["refusal_recall"].a == 1.0 and deltas["refusal_recall"].b == 0.0
    assert deltas["latency_p50"].delta > 0 and deltas["latency_p50"].better is False  # slower is worse
    assert deltas["hit_at_k"].better is None  # 3 of 4 before and after
    worse = {c.id: c.reasons for c in result.worse}
    assert set(worse) == {"q2", "u1"}
    assert worse["q2"] == [
        "answer no longer correct",
        "gold document no longer retrieved",
        "citations no longer valid",
        "citation support 100% -> 50%",
    ]
    assert worse["u1"] == ["answer no longer correct"]
    assert [c.id for c in result.better] == ["q3"]
    assert result.only_in_a == ["gone"] and result.only_in_b == ["new"]
    assert (result.answerer_a, result.answerer_b) == ("offline", "some-llm")


def test_compare_refuses_a_folder_that_is_not_a_run(tmp_path):
    with pytest.raises(SumberError, match="not an eval run folder"):
        compare_runs(tmp_path, tmp_path)


# --- the CLI, mounted the way the main CLI mounts it ------------------------------------------------------------------
def test_cli_eval_and_compare(shared_home, tmp_path, monkeypatch):
    import typer
    from typer.testing import CliRunner

    from evals.cli import eval_app

    monkeypatch.setenv("SUMBER_HOME", str(shared_home))
    app = typer.Typer()
    app.add_typer(eval_app, name="eval")
    dataset = tmp_path / "two.jsonl"
    rows = [item.to_dict() for item in load_dataset()[:2]]
    dataset.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(app, ["eval", "--dataset", str(dataset), "--out", str(tmp_path / "r1"), "--k", "3"])
    assert first.exit_code == 0, first.output
    assert "Overall (answerer: offline, mode offline, k=3)" in first.output
    assert "By question type" in first.output and "By language" in first.output
    assert (tmp_path / "r1" / "report.md").is_file()
    second = runner.invoke(app, ["eval", "--dataset", str(dataset), "--out", str(tmp_path / "r2"), "--limit", "1"])
    assert second.exit_code == 0, second.output
    compared = runner.invoke(app, ["eval", "compare", str(tmp_path / "r1"), str(tmp_path / "r2")])
    assert compared.exit_code == 0, compared.output
    assert "accuracy" in compared.output and "got worse" in compared.output
    assert f"only in A: {rows[1]['id']}" in compared.output
    bad = runner.invoke(app, ["eval", "--mode", "fast"])
    assert bad.exit_code != 0 and "offline, llm" in bad.output


# --- LLM mode and the judge, over the OpenAI-compatible stand-in server ---------------------------------------------
def test_llm_mode_with_judge_labels_the_answerer_and_the_judged_figures(shared_home, items, tmp_path):
    from rag import Settings
    from tests.openai_standin import CHAT_MODEL, StandIn, grounded_answer

    def responder(request):
        prompt = request.last_user
        if "is supported by the context" in prompt or "Information:" in prompt:
            return "YES"  # FaithfulnessEvaluator asks for YES/NO
        if "reference answer" in prompt.lower():
            return "4.5\nThe answer names the same agency."  # CorrectnessEvaluator: score, then reasoning
        return grounded_answer(request)

    with StandIn(responder=responder) as server:
        settings = Settings(home=shared_home, openai_base_url=server.base_url, openai_api_key="x", llm_model=CHAT_MODEL)
        run = run_eval(items, mode="llm", out=tmp_path, settings=settings, progress=False, judge=True)
        judge_requests = [r for r in server.chat_requests if "YES" in r.prompt or "reference" in r.prompt.lower()]
    assert run.summary["meta"]["answerer"] == CHAT_MODEL and run.summary["meta"]["judge_model"] == CHAT_MODEL
    judged = [r["judged"] for r in run.rows if "judged" in r]
    assert judged and all("error" not in j for j in judged), judged
    assert run.summary["overall"]["judged_faithfulness"] == 1.0
    assert run.summary["overall"]["judged_correctness"] == 1.0
    assert judge_requests
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert report.startswith(f"# Sumber evaluation: {CHAT_MODEL}")
    assert f"## LLM-judged (judge: {CHAT_MODEL}; an LLM's opinion, not an offline measurement)" in report
