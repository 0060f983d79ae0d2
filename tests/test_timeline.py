"""Timeline order and relevance, claim comparison, time questions, and the JSON shapes the CLI prints."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from index.claims import extract_quantity_claims
from index.events import Event, extract_events
from rag.timeline import (
    answer_time_question,
    build_timeline,
    compare_claims,
    format_event_date,
    lexical_score,
    time_intent,
)

CORPUS = Path(__file__).resolve().parent.parent / "index" / "corpus"
TODAY = date(2025, 6, 1)
SOURCES = {"003": "Kompas TV", "004": "geosurvey.co.id", "000": "MerahPutih.com"}
TIMELINE_KEYS = {"date", "actor", "text", "doc_id", "start", "end", "source"}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="module")
def events(texts):
    return [
        e
        for doc_id, text in texts.items()
        for e in extract_events(doc_id, text, None, source=SOURCES.get(doc_id[:3]), today=TODAY)
    ]


@pytest.fixture(scope="module")
def claims(texts):
    return [
        c
        for doc_id, text in texts.items()
        for c in extract_quantity_claims(doc_id, text, SOURCES.get(doc_id[:3]), today=TODAY)
    ]


def first_index(timeline, actor: str, day: str, kind: str | None = None) -> int:
    return next(
        i
        for i, item in enumerate(timeline)
        if item["actor"] == actor and item["date"] == day and (kind is None or item["kind"] == kind)
    )


def test_default_corpus_order(events, texts):
    timeline = build_timeline(events)
    dates = [item["date"] for item in timeline]
    assert dates == sorted(dates)
    zelensky = first_index(timeline, "Zelensky", "2024-10-17")
    nis = first_index(timeline, "NIS", "2024-10-18")
    kompas = first_index(timeline, "Kompas TV", "2024-10-21", "publication")
    nato = first_index(timeline, "NATO", "2024-10-23")
    us = first_index(timeline, "White House", "2024-10-23")
    assert zelensky < nis < kompas < nato
    assert kompas < us
    for item in timeline:  # every event cites an exact span of its document
        assert texts[item["doc_id"]][item["start"] : item["end"]] == item["text"]


def test_same_day_actions_before_statements_before_publications():
    def event(kind: str, start: int) -> Event:
        return Event("d", "2024-10-21", "day", "X", kind, "s", start, start + 1)

    timeline = build_timeline([event("publication", 0), event("statement", 1), event("action", 2)])
    assert [item["kind"] for item in timeline] == ["action", "statement", "publication"]


def test_accepts_stored_dicts(events):
    assert build_timeline([e.to_dict() for e in events]) == build_timeline(events)


def test_json_shape(events):
    timeline = json.loads(json.dumps(build_timeline(events)))
    assert timeline and all(set(item) >= TIMELINE_KEYS for item in timeline)
    assert all(isinstance(item["start"], int) and isinstance(item["end"], int) for item in timeline)
    date.fromisoformat(timeline[0]["date"])


def test_query_filters_lexically_and_by_actor(events):
    nis = build_timeline(events, "NIS")
    assert {item["actor"] for item in nis} == {"NIS"}
    assert [item["date"] for item in nis] == ["2024-10-08", "2024-10-13", "2024-10-18"]
    assert build_timeline(events, "   ") == build_timeline(events)


def test_query_uses_a_score_callable_when_given(events):
    def score(texts: list[str]) -> list[float]:  # a stand-in for embedding similarity
        return [0.9 if "Zakharova" in t else 0.1 for t in texts]

    assert [item["actor"] for item in build_timeline(events, "siapa yang membantah", score)] == ["Zakharova"]


def test_compare_troop_numbers(claims):
    result = json.loads(json.dumps(compare_claims(claims, "jumlah tentara Korea Utara")))
    assert set(result) >= {"query", "groups", "conflict"}
    assert result["query"] == "jumlah tentara Korea Utara" and result["conflict"] is True
    assert [g["value"] for g in result["groups"]] == [1500, 3000, 10_000]
    claimants = {g["value"]: set(g["claimants"]) for g in result["groups"]}
    assert claimants[1500] == {"NIS", "NATO"}
    assert claimants[3000] == {"South Korea", "South Korea & United States", "NATO"}
    assert claimants[10_000] == {"Zelensky"}
    for group in result["groups"]:
        for claim in group["claims"]:
            assert set(claim) == {"claimant", "date", "text", "doc_id", "start", "end", "source"}
    group_3000 = next(g for g in result["groups"] if g["value"] == 3000)
    nato_3000 = next(c for c in group_3000["claims"] if c["claimant"] == "NATO")
    assert nato_3000["doc_id"].startswith("004") and nato_3000["source"] == "geosurvey.co.id"


def test_compare_english_query_and_no_conflict(claims):
    assert [g["value"] for g in compare_claims(claims, "how many troops")["groups"]] == [1500, 3000, 10_000]
    one = [c for c in claims if c.value == 1500]
    assert compare_claims(one, "troops")["conflict"] is False
    assert compare_claims([], "jumlah tentara") == {
        "query": "jumlah tentara",
        "unit": "troops",
        "groups": [],
        "conflict": False,
    }


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Who first reported the deployment?", ("first", None)),
        ("Siapa yang pertama kali mengungkap pengiriman pasukan?", ("first", None)),
        ("Apa pernyataan terakhir NATO?", ("latest", None)),
        ("What happened after the NATO briefing?", ("after", "the NATO briefing")),
        ("Apa yang terjadi sebelum pernyataan NIS?", ("before", "pernyataan NIS")),
        ("Berapa jumlah tentara Korea Utara?", None),
    ],
)
def test_time_intent(question, intent):
    assert time_intent(question) == intent


def test_time_questions(events):
    after = answer_time_question(events, "Apa yang terjadi setelah peringatan Zelensky?")
    assert after["intent"] == "after"
    assert after["events"] and all(item["date"] > "2024-10-17" for item in after["events"])
    latest = answer_time_question(events, "Apa pernyataan terakhir soal pasukan Korea Utara?")
    assert [item["date"] for item in latest["events"]] == ["2024-10-25"]
    assert answer_time_question(events, "Berapa jumlah tentara?") is None


def test_helpers():
    assert format_event_date("2024-10-18") == "18 Oct 2024"
    assert format_event_date("2024-06-01", "month") == "Jun 2024"
    assert lexical_score("NATO briefing", "pengarahan kepada dewan NATO") == 1.0
    assert lexical_score("yang dan", "apa saja") == 0.0
