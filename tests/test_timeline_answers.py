"""Timeline and source comparison through the Assistant and the CLI, on the default corpus."""

import json
import os
import subprocess
import sys

from tests.test_assistant import assert_citations_exact


def first_date(events, actor, kind=None):
    return min(e["date"] for e in events if e["actor"] == actor and (kind is None or e["kind"] == kind))


def test_timeline_orders_the_reports_and_cites_every_event(shared_assistant):
    events = shared_assistant.timeline()
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    assert first_date(events, "Volodymyr Zelensky") == "2024-10-17"
    assert first_date(events, "Badan Intelijen Nasional Korea Selatan (NIS)", "statement") == "2024-10-18"
    assert first_date(events, "Farah Dakhlallah", "statement") == "2024-10-23"
    assert "2024-10-23" in {e["date"] for e in events if e["actor"] in ("John Kirby", "Lloyd Austin")}
    assert first_date(events, "Yun Suk Yeol") == "2024-10-24"  # Yoon's statement, a day before Seoul's criticism
    assert not [e for e in events if "Kompas dunia |" in e["text"]]  # the dateline is metadata, not an event
    for event in events:
        for cited in [event, *event["also"]]:
            doc = shared_assistant.document(cited["doc_id"])
            assert doc.text[cited["start"] : cited["end"]] == cited["text"]


def test_a_timeline_query_keeps_the_relevant_events(shared_assistant):
    events = shared_assistant.timeline("Zakharova")
    assert any(e["actor"] == "Maria Zakharova" for e in events)
    assert len(events) < len(shared_assistant.timeline())


def test_compare_groups_the_troop_figures_with_who_gave_them(shared_assistant):
    result = shared_assistant.compare("jumlah tentara Korea Utara")
    by_value = {g["value"]: g for g in result["groups"]}
    assert {1500, 3000, 10000} <= set(by_value) and result["conflict"]
    assert "Badan Intelijen Nasional Korea Selatan (NIS)" in by_value[1500]["claimants"]
    assert by_value[10000]["claimants"] == ["Volodymyr Zelensky"]
    assert [c["status"] for c in result["counts"]] == ["now", "ongoing", "expected"]
    for group in result["groups"]:
        for claim in group["claims"]:
            assert shared_assistant.document(claim["doc_id"]).text[claim["start"] : claim["end"]] == claim["text"]


def test_questions_about_order_in_time_are_answered_from_the_timeline(shared_assistant):
    before = shared_assistant.ask("What happened before the NATO briefing?")
    assert before.grounded and "October 2024" in before.text
    assert_citations_exact(shared_assistant, before)
    after = shared_assistant.ask("Apa yang terjadi setelah pernyataan NIS?")
    assert after.grounded and "Oktober 2024" in after.text and "18 Oktober" not in after.text
    latest = shared_assistant.ask("Who reported the deployment last?")
    assert latest.grounded and "2024" in latest.text.split("\n")[0]


def test_a_quantity_question_carries_the_side_by_side_comparison(shared_assistant):
    answer = shared_assistant.ask("How many North Korean troops were sent to Russia?")
    assert answer.comparison and answer.comparison["conflict"]
    assert {1500, 3000, 10000} <= {g["value"] for g in answer.comparison["groups"]}
    assert shared_assistant.ask("Who is the NATO spokesperson?").comparison is None


def test_timeline_and_compare_json_from_the_cli(shared_home):
    env = {**os.environ, "SUMBER_HOME": str(shared_home)}

    def sumber(*args: str) -> str:
        run = subprocess.run(
            [sys.executable, "-m", "sumber", *args], env=env, capture_output=True, text=True, timeout=300, check=True
        )
        return run.stdout

    events = json.loads(sumber("timeline", "--json"))
    assert events and set(events[0]) == {
        "date", "when", "precision", "actor", "text", "doc_id", "start", "end", "source", "sources",
    }  # fmt: skip
    assert {e["when"] for e in events if e["precision"] == "month"} == {"Juni 2024"}
    table = sumber("timeline")
    assert "Juni 2024" in table and "2024-06-01" not in table and "2024-10-01" not in table
    comparison = json.loads(sumber("compare", "jumlah tentara Korea Utara", "--json"))
    assert comparison["conflict"] and comparison["summary"]
    shown = sumber("compare", "jumlah tentara Korea Utara")
    for figure in ("1,500", "3,000", "10,000", "Zelensky", "NIS", "17 Oktober 2024", "mempersiapkan 10 ribu"):
        assert figure in shown
    assert "Troops being prepared: 10,000" in shown and "Troops expected later: 1,500" in shown
    assert "The sources disagree on troops sent or there now" in shown
