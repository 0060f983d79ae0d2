"""Timeline and source comparison through the Assistant and the CLI, on the default corpus."""

import json
import os
import subprocess
import sys

from tests.test_assistant import assert_citations_exact


def first_date(events, actor, doc_id=None, kind=None):
    return min(
        e["date"]
        for e in events
        if e["actor"] == actor and (doc_id is None or e["doc_id"] == doc_id) and (kind is None or e["kind"] == kind)
    )


def test_timeline_orders_the_reports_and_cites_every_event(shared_assistant):
    events = shared_assistant.timeline()
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    assert first_date(events, "Zelensky") == "2024-10-17"
    assert first_date(events, "NIS", kind="statement") == "2024-10-18"
    assert first_date(events, "KOMPAS.TV", kind="publication") == "2024-10-21"
    assert first_date(events, "NATO", kind="statement") == "2024-10-23"
    assert "2024-10-23" in {e["date"] for e in events if e["actor"] in ("White House", "Lloyd Austin")}
    for event in events:
        doc = shared_assistant.document(event["doc_id"])
        assert doc.text[event["start"] : event["end"]] == event["text"]


def test_a_timeline_query_keeps_the_relevant_events(shared_assistant):
    events = shared_assistant.timeline("Zakharova")
    assert any(e["actor"] == "Zakharova" for e in events)
    assert len(events) < len(shared_assistant.timeline())


def test_compare_groups_the_troop_figures_with_who_gave_them(shared_assistant):
    result = shared_assistant.compare("jumlah tentara Korea Utara")
    by_value = {g["value"]: g for g in result["groups"]}
    assert {1500, 3000, 10000} <= set(by_value) and result["conflict"]
    assert "NIS" in by_value[1500]["claimants"] and "Zelensky" in by_value[10000]["claimants"]
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
    run = subprocess.run(
        [sys.executable, "-m", "sumber", "timeline", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    events = json.loads(run.stdout)
    assert events and set(events[0]) == {"date", "actor", "text", "doc_id", "start", "end", "source"}
    run = subprocess.run(
        [sys.executable, "-m", "sumber", "compare", "jumlah tentara Korea Utara"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    for figure in ("1,500", "3,000", "10,000", "Zelensky", "NIS"):
        assert figure in run.stdout
