"""The attribution metric (evals/attribution.py): its matching rules on small documents, its place in the eval
report, and the gate that holds the figures on the gold set at or above evals/baselines/attribution.json."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from evals.attribution import (
    BASELINE,
    FIGURES,
    LOWER_IS_BETTER,
    gate_failures,
    gold_fingerprint,
    load_gold,
    run_attribution,
)
from evals.attribution_score import SystemRow, date_right, figure_values, score, speaker_right


@dataclass
class Doc:
    doc_id: str
    text: str
    events: list[dict] = field(default_factory=list)
    published: str | None = None
    source: str = "Outlet"


def gold_row(quote: str, speaker: str | None, said_on: str | None = None, **extra) -> dict:
    return {
        "corpus": "t",
        "doc_id": "d",
        "kind": "statement",
        "quote": quote,
        "speaker": speaker,
        "speaker_aliases": extra.pop("aliases", [speaker] if speaker else []),
        "speaker_kind": extra.pop("speaker_kind", "person"),
        "said_on": said_on,
        "precision": "day" if said_on and len(said_on) == 10 else None,
        "figure": None,
        **extra,
    }


def event(text: str, sentence: str, actor: str | None, day: str | None, kind: str = "statement") -> dict:
    start = text.index(sentence)
    return {
        "start": start,
        "end": start + len(sentence),
        "actor": actor,
        "date": day,
        "precision": "day" if day else None,
        "kind": kind,
        "text": sentence,
    }


TEXT = (
    "JAKARTA, OUTLET - Menteri itu berbicara.\n"
    "“Kami siap,” kata Budi Santoso pada Senin (21/10/2024).\n"
    "Ia juga menolak tuduhan itu.\n"
    "Cuaca cerah hari itu."
)


def test_speaker_date_and_span_are_scored_by_overlap_with_the_quote():
    gold = [
        gold_row("“Kami siap,” kata Budi Santoso", "Budi Santoso", "2024-10-21", aliases=["Budi Santoso", "Budi"]),
        gold_row("Ia juga menolak tuduhan itu", "Budi Santoso", None, aliases=["Budi Santoso", "Budi"]),
        {**gold_row("JAKARTA, OUTLET -", None), "kind": "metadata"},
    ]
    events = [
        event(TEXT, "“Kami siap,” kata Budi Santoso pada Senin (21/10/2024).", "Budi Santoso", "2024-10-21"),
        event(TEXT, "Ia juga menolak tuduhan itu.", "Menteri", "2024-10-21"),  # wrong speaker, a date invented
        event(TEXT, "Cuaca cerah hari itu.", None, None),  # no gold row: a span the gold set does not hold
    ]
    figures = score(gold, {"d": Doc("d", TEXT, events)})["t"]
    assert figures["span_recall"] == 1.0 and figures["span_precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert figures["speaker_recall"] == 0.5 and figures["speaker_precision"] == 0.5
    assert figures["date_precision"] == 1.0 and figures["date_recall"] == 1.0
    assert figures["dates_invented"] == 1.0
    assert figures["metadata_as_events"] == 0.0


def test_a_dateline_inside_an_event_span_counts_as_produced():
    gold = [{**gold_row("JAKARTA, OUTLET -", None), "kind": "metadata"}]
    events = [event(TEXT, "JAKARTA, OUTLET - Menteri itu berbicara.", None, "2024-10-21", "action")]
    assert score(gold, {"d": Doc("d", TEXT, events)})["t"]["metadata_as_events"] == 1.0


def test_ambiguous_rows_are_scored_leniently():
    gold = [gold_row("Cuaca cerah hari itu", None, note="AMBIGUOUS: could be the minister's")]
    events = [event(TEXT, "Cuaca cerah hari itu.", "Budi Santoso", None)]
    figures = score(gold, {"d": Doc("d", TEXT, events)})["t"]
    assert figures["speaker_precision"] is None  # nothing left to judge
    assert figures["speaker_recall"] == 1.0


def test_figure_rows_need_a_claim_with_their_value():
    text = "Polisi menahan 12 orang dan menyita 3 kapal."
    gold = [{**gold_row(text[:-1], None), "kind": "figure", "figure": "3 kapal"}]
    figures = score(gold, {"d": Doc("d", text)})["t"]
    assert figures["span_recall"] == 1.0  # index.claims reads "3 kapal"
    assert figures["span_precision"] == 0.5  # "12 orang" is a figure the gold set does not list


@pytest.mark.parametrize(
    ("figure", "value"),
    [("3.000 tentara", 3000), ("10 ribu tentara", 10_000), ("Rp14.035/USD", 14035), ("Tiga tim", 3), ("2-0", 2)],
)
def test_figure_values(figure, value):
    assert value in figure_values(figure)


def test_speaker_rules():
    joint = {"speaker": "Korea Selatan dan Amerika Serikat", "speaker_aliases": ["Korea Selatan", "Amerika Serikat"]}
    assert speaker_right("Korea Selatan & Amerika Serikat", {**joint, "speaker_kind": "body"})
    assert speaker_right("Amerika Serikat", {**joint, "speaker_kind": "body"})
    person = {"speaker": "Farah Dakhlallah", "speaker_aliases": ["Farah Lala"], "speaker_kind": "person"}
    assert speaker_right("juru bicara NATO Farah Lala", person)
    assert not speaker_right("NATO", person) and not speaker_right(None, person)
    assert speaker_right(None, {"speaker": None}) and not speaker_right("Outlet", {"speaker": None})


def test_dates_compare_at_the_system_precision():
    row = {"said_on": "2024-10"}
    assert date_right(SystemRow("event", 0, 1, None, "2024-10-01", "month"), row)
    assert not date_right(SystemRow("event", 0, 1, None, "2024-10-01", "day"), row)
    assert not date_right(SystemRow("event", 0, 1, None, None, None), {"said_on": "2024-10-21"})


def test_the_figures_reach_the_report_and_the_cli_table():
    from rich.console import Console

    from evals.report_markdown import _attribution_markdown
    from evals.report_tables import attribution_table

    figures = {name: 0.5 for name in FIGURES} | {"n_gold": 68, "n_metadata": 7}
    markdown = "\n".join(_attribution_markdown(figures))
    assert "## Attribution (68 gold" in markdown and "speaker P" in markdown
    assert attribution_table({"default": {"overall": {}}}) is None
    console = Console(record=True, width=160)
    console.print(attribution_table({"default": {"attribution": figures}}))
    shown = console.export_text()
    assert "speaker R" in shown and "50.0%" in shown


def test_baseline_is_committed_for_the_current_gold_set():
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert baseline["gold_sha256"] == gold_fingerprint()
    assert set(baseline["figures"]) >= {"default", "clickid"}
    assert all(set(f) == set(FIGURES) for f in baseline["figures"].values())
    assert 0 < baseline["tolerance"] <= 0.02


def test_the_gold_quotes_are_exact():
    rows = load_gold()
    assert len(rows) >= 300 and {r["corpus"] for r in rows} == {"default", "clickid"}
    assert LOWER_IS_BETTER <= set(FIGURES)


@pytest.mark.slow
def test_attribution_does_not_fall_below_the_baseline(tmp_path):
    figures = run_attribution(home=tmp_path)
    for corpus in ("default", "clickid"):
        assert figures[corpus]["n_unlocated"] == 0 and figures[corpus]["n_missing_documents"] == 0, corpus
    failures = gate_failures(figures, json.loads(BASELINE.read_text(encoding="utf-8")))
    assert not failures, "attribution gate: " + "; ".join(failures)


@pytest.mark.slow
def test_sumber_eval_reads_the_figures_from_the_suite_collection(shared_assistant):
    from evals.attribution import corpus_figures

    figures = corpus_figures("default", shared_assistant)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    baseline["figures"] = {"default": baseline["figures"]["default"]}
    assert figures["n_gold"] == 68 and figures["n_missing_documents"] == 0
    assert not gate_failures({"default": figures}, baseline)
    assert corpus_figures("elsewhere", shared_assistant) is None
