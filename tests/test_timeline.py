"""The timeline and the comparison of figures on the default corpus as ingest cleans it: order, what is a row,
one actor per person, one row per statement across outlets, dates at their precision, and figures that count
different things kept apart from real disagreement. Each error a journalist found (issue 15) has a test here."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from index.claims import extract_quantity_claims
from index.clean import clean_boilerplate
from index.events import Event, extract_events
from index.meta import find_outlet
from rag.timeline import build_timeline, compare_claims, lexical_score

CORPUS = Path(__file__).resolve().parent.parent / "index" / "corpus"
TODAY = date(2025, 6, 1)
TIMELINE_KEYS = {"date", "when", "precision", "actor", "role", "text", "doc_id", "start", "end", "source"}
CLAIM_KEYS = {"claimant", "date", "when", "precision", "text", "doc_id", "start", "end", "source", "counts", "status"}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.stem: clean_boilerplate(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="module")
def events(texts):
    return [
        e
        for doc_id, text in texts.items()
        for e in extract_events(doc_id, text, None, source=find_outlet(text), today=TODAY)
    ]


@pytest.fixture(scope="module")
def timeline(events):
    return build_timeline(events)


@pytest.fixture(scope="module")
def claims(texts):
    return [
        c
        for doc_id, text in texts.items()
        for c in extract_quantity_claims(doc_id, text, find_outlet(text), today=TODAY)
    ]


def rows_with(timeline, words: str) -> list[dict]:
    return [row for row in timeline if words in row["text"]]


def test_rows_in_date_order_each_citing_an_exact_span(timeline, texts):
    assert [r["date"] for r in timeline] == sorted(r["date"] for r in timeline)
    for row in timeline:
        assert texts[row["doc_id"]][row["start"] : row["end"]] == row["text"]
        for other in row["also"]:
            assert texts[other["doc_id"]][other["start"] : other["end"]] == other["text"]
    first = {row["actor"]: row["date"] for row in reversed(timeline)}
    assert first["Volodymyr Zelensky"] == "2024-10-17" < first["Badan Intelijen Nasional Korea Selatan (NIS)"]
    assert first["Badan Intelijen Nasional Korea Selatan (NIS)"] == "2024-10-18" < first["Farah Dakhlallah"]


def test_month_only_dates_are_shown_as_the_month_not_its_first_day(timeline):
    june = [r for r in timeline if r["precision"] == "month"]
    assert june and {(r["date"], r["when"]) for r in june} == {("2024-06", "Juni 2024")}
    assert all(not r["date"].endswith("-01") or r["precision"] == "day" for r in timeline)
    assert all(re.fullmatch(r"\d{1,2} \w+ \d{4}|\w+ \d{4}|\d{4}", r["when"]) for r in timeline)


def test_the_kursk_claim_is_not_dated_by_the_august_offensive(timeline):
    assert not rows_with(timeline, "Kursk")  # Ukraine's claim has no date of its own; August is the offensive's


def test_the_seven_ships_sentence_is_not_attributed_to_russia(timeline, events):
    ships = [e for e in events if "tujuh kapal Rusia" in e.text]
    assert ships and {e.actor for e in ships} == {None}
    assert not rows_with(timeline, "tujuh kapal Rusia")  # no one said it: not a row that reads on its own


def test_the_kompas_dateline_is_not_an_event(timeline, events):
    assert not [e for e in events if "Kompas dunia |" in e.text or "KOMPAS.TV -" in e.text]
    assert not [r for r in timeline if "21:30 WIB" in r["text"]]


def test_kirbys_quote_is_one_row(timeline):
    rows = rows_with(timeline, "tiba di Rusia melalui laut pada bulan Oktober")
    assert [(r["date"], r["actor"]) for r in rows] == [("2024-10-23", "John Kirby")]


def test_a_row_that_means_nothing_out_of_context_is_left_out(timeline, events):
    said = [e for e in events if e.text.startswith("Intelijen militer Ukraina mengatakan hal ini")]
    assert said and said[0].said_on == "2024-10-24"  # the statement is kept, with its date
    assert not rows_with(timeline, "mengatakan hal ini")
    assert all(r["actor"] for r in timeline)


def test_yoons_statement_is_on_the_timeline(timeline):
    rows = [r for r in timeline if r["actor"] == "Yun Suk Yeol"]
    assert rows and rows[0]["date"] == "2024-10-24" and "mengecam" in rows[0]["text"]


def test_the_nato_spokesperson_is_one_actor_across_articles(timeline):
    actors = {r["actor"] for r in timeline}
    assert "Farah Dakhlallah" in actors and "Farah Lala" not in actors
    assert "Vladimir Putin" in actors and "Putin" not in actors  # a surname in one article, the full name in another
    assert "Kim Jong-un & Vladimir Putin" in actors  # each party of a joint actor folded too
    assert {r["doc_id"][:3] for r in timeline if r["actor"] == "Farah Dakhlallah"} == {"001", "004"}


def test_the_same_statement_in_two_outlets_is_one_row_naming_both(timeline):
    merged = [r for r in timeline if len(r["sources"]) > 1]
    assert merged
    outlets = {e["doc_id"]: e["source"] or e["doc_id"] for r in timeline for e in [r, *r["also"]]}
    for row in merged:
        assert row["also"] and set(row["sources"]) == {outlets[e["doc_id"]] for e in [row, *row["also"]]}
    assert any("geosurvey.co.id" in r["sources"] and r["actor"] == "Farah Dakhlallah" for r in merged)


def test_same_day_actions_before_statements():
    def event(kind: str, start: int) -> Event:
        text = f"Budi Santoso menolak rencana pembangunan jalan tol baru {start}."
        return Event("d", "2024-10-21", "day", "Budi Santoso", kind, text, start, start + 1)

    assert [r["kind"] for r in build_timeline([event("statement", 1), event("action", 2)])] == ["action", "statement"]


def test_accepts_stored_dicts_and_keeps_its_json_shape(events, timeline):
    assert build_timeline([e.to_dict() for e in events]) == timeline
    shaped = json.loads(json.dumps(timeline))
    assert all(set(r) >= TIMELINE_KEYS for r in shaped)
    assert all(isinstance(r["start"], int) and isinstance(r["end"], int) for r in shaped)


def test_query_filters_lexically_and_by_actor(events, timeline):
    nis = build_timeline(events, "NIS")
    assert nis and {r["actor"] for r in nis} == {"Badan Intelijen Nasional Korea Selatan (NIS)"}
    assert build_timeline(events, "   ") == timeline
    assert lexical_score("pernyataan NATO", "Pernyataan NATO dirilis") == 1.0
    assert lexical_score("yang dan", "apa saja") == 0.0


def test_query_uses_a_score_callable_when_given(events):
    def score(texts: list[str]) -> list[float]:  # a stand-in for embedding similarity
        return [0.9 if "Zakharova" in t else 0.1 for t in texts]

    assert {r["actor"] for r in build_timeline(events, "siapa yang membantah", score)} == {"Maria Zakharova"}


def test_compare_says_what_each_figure_counts_and_when_it_was_said(claims):
    result = json.loads(json.dumps(compare_claims(claims, "jumlah tentara Korea Utara")))
    assert [g["value"] for g in result["groups"]] == [1500, 3000, 10_000]
    for group in result["groups"]:
        for claim in group["claims"]:
            assert set(claim) >= CLAIM_KEYS and str(group["value"])[:1] in claim["figure"]
    by_status = {c["status"]: {v["value"] for v in c["values"]} for c in result["counts"]}
    assert by_status == {"now": {1500, 3000}, "ongoing": {10_000}, "expected": {1500}}
    zelensky = next(c for c in result["groups"][2]["claims"])
    assert (zelensky["claimant"], zelensky["when"], zelensky["status"]) == (
        "Volodymyr Zelensky",
        "17 Oktober 2024",
        "ongoing",
    )
    assert "mempersiapkan 10 ribu tentara" in zelensky["counts"]


def test_sources_disagree_only_on_figures_that_count_the_same_thing(claims):
    result = compare_claims(claims, "jumlah tentara Korea Utara")
    assert result["conflict"] is True  # 1,500 and 3,000 sent: a real disagreement (or an update)
    summary = "\n".join(result["summary"])
    assert "The sources disagree on troops sent or there now: 1,500 (" in summary
    assert "Troops being prepared: 10,000 (Volodymyr Zelensky; 17 Oktober 2024)." in summary
    assert "Troops expected later: 1,500 (NATO" in summary and "no disagreement" in summary
    assert summary != "The sources disagree."
    nato = [c for c in claims if c.claimant == "NATO" and c.value == 1500]
    sent_and_more = compare_claims(nato, "tentara")
    assert sent_and_more["conflict"] is False  # 1,500 sent and 1,500 more expected: no disagreement
    assert compare_claims([], "jumlah tentara")["groups"] == []


def test_english_query(claims):
    assert [g["value"] for g in compare_claims(claims, "how many troops")["groups"]] == [1500, 3000, 10_000]
