"""Dated events and quantity claims extracted from the real corpus files (raw text; offsets exact)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.claims import extract_quantity_claims, parse_quantity
from index.events import actors_in, extract_events, sentence_spans_with_quotes

CORPUS = Path(__file__).resolve().parent.parent / "index" / "corpus"
TODAY = date(2025, 6, 1)
SOURCES = {"003": "Kompas TV", "004": "geosurvey.co.id", "000": "MerahPutih.com"}


def corpus() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="module")
def events():
    found = []
    for doc_id, text in corpus().items():
        found += extract_events(doc_id, text, None, source=SOURCES.get(doc_id[:3]), today=TODAY)
    return found


def has(events, doc: str, day: str, kind: str, actor: str, words: str = "") -> bool:
    return any(
        e.doc_id.startswith(doc) and e.date == day and e.kind == kind and e.actor == actor and words in e.text
        for e in events
    )


def test_every_event_is_an_exact_sentence_span(events):
    texts = corpus()
    assert events
    for event in events:
        assert texts[event.doc_id][event.start : event.end] == event.text


def test_quote_split_by_full_stops_stays_one_sentence():
    text = "Judul\n“Kami tahu. Ini mendesak,” imbuhnya. Kalimat lain."
    spans = [text[s:e] for s, e in sentence_spans_with_quotes(text)]
    assert spans == ["Judul", "“Kami tahu. Ini mendesak,” imbuhnya.", "Kalimat lain."]


@pytest.mark.parametrize(
    ("doc", "day", "kind", "actor", "words"),
    [
        ("001", "2024-10-18", "statement", "NIS", "dirilis pada Jumat (18/10)"),
        ("001", "2024-10-17", "statement", "Zelensky", "pada Kamis (17/10)"),
        ("001", "2024-10-23", "statement", "NATO", "Rabu (23/10)"),
        ("004", "2024-10-23", "statement", "NATO", "pada hari Rabu"),
        ("004", "2024-10-23", "statement", "Zakharova", "Rabu (23 Oktober 2024)"),
        ("004", "2024-10-23", "statement", "White House", "katanya pada hari Rabu"),
        ("004", "2024-10-23", "statement", "Lloyd Austin", "pada Rabu lalu"),
        ("003", "2024-10-21", "publication", "Kompas TV", "21 Oktober 2024, 21:30 WIB"),
        ("003", "2024-10-21", "action", "South Korea", "Senin (21/10/2024)"),
        ("003", "2024-10-08", "action", "NIS", "pada 8 dan 13 Oktober"),
        ("003", "2024-10-13", "action", "NIS", "pada 8 dan 13 Oktober"),
        ("002", "2024-10-24", "action", "Russian State Duma", "(24/10/2024)"),
        ("002", "2024-10-25", "statement", "South Korean foreign ministry", "pada hari Jumat"),
        ("000", "2024-10-28", "action", "NATO", "Senin (28/10)"),
        ("003", "2024-06-01", "action", "Kim Jong Un", "pada Juni"),
    ],
)
def test_expected_events_on_the_default_corpus(events, doc, day, kind, actor, words):
    assert has(events, doc, day, kind, actor, words)


def test_one_publication_event_only_where_the_date_is_known(events):
    publications = [e for e in events if e.kind == "publication"]
    assert [(e.doc_id[:3], e.date) for e in publications] == [("003", "2024-10-21")]
    stated = extract_events("x", "Judul berita\nIsi berita.", date(2024, 10, 22), source="Outlet")
    assert [(e.kind, e.date, e.actor, e.text) for e in stated] == [
        ("publication", "2024-10-22", "Outlet", "Judul berita")
    ]


def test_month_precision_is_kept(events):
    june = [e for e in events if e.date == "2024-06-01"]
    assert june and all(e.precision == "month" for e in june)


def test_aliases_map_to_one_actor():
    assert actors_in("Badan Intelijen Nasional Korea Selatan (NIS)") == ["NIS"]
    assert actors_in("agen mata-mata Korea Selatan itu") == ["NIS"]
    assert actors_in("juru bicara NATO Farah Dakhlallah") == ["NATO"]
    assert actors_in("Juru bicara Gedung Putih John Kirby") == ["White House"]
    assert actors_in("Korea Selatan dan Amerika Serikat") == ["South Korea", "United States"]


def test_unknown_speakers_are_named_from_the_pattern():
    text = "“Kami siap,” kata Menteri Pertahanan Jepang Gen Nakatani pada Selasa (22/10/2024)."
    (event,) = extract_events("x", text, None)
    assert (event.date, event.kind) == ("2024-10-22", "statement")
    assert event.actor == "Menteri Pertahanan Jepang Gen Nakatani"


def test_english_statements_and_actions():
    text = (
        "Seoul, Oct 25, 2024 | Reuters\nThe White House said on Wednesday that troops had arrived. "
        "Russia's lower house approved the treaty on Thursday (Oct. 24)."
    )
    found = {(e.date, e.kind, e.actor) for e in extract_events("en", text, None, source="Reuters")}
    assert ("2024-10-25", "publication", "Reuters") in found
    assert ("2024-10-23", "statement", "White House") in found
    assert ("2024-10-24", "action", "Russia") in found


@pytest.mark.parametrize(
    ("number", "multiplier", "value"),
    [
        ("1.500", None, 1500),
        ("3.000", None, 3000),
        ("10", "ribu", 10_000),
        ("10,000", None, 10_000),
        ("1,500", None, 1500),
        ("1,5", "juta", 1_500_000),
        ("2,5", None, None),
    ],
)
def test_parse_quantity(number, multiplier, value):
    assert parse_quantity(number, multiplier) == value


def test_troop_claims_on_the_corpus():
    texts = corpus()
    claims = []
    for doc_id, text in texts.items():
        claims += extract_quantity_claims(doc_id, text, SOURCES.get(doc_id[:3]), today=TODAY)
    for claim in claims:
        assert texts[claim.doc_id][claim.start : claim.end] == claim.sentence
    by_value: dict[int, set[tuple[str, str | None]]] = {}
    for claim in claims:
        by_value.setdefault(claim.value, set()).add((claim.doc_id[:3], claim.claimant))
    assert by_value[1500] == {("001", "NIS"), ("003", "NIS"), ("004", "NATO")}
    assert by_value[3000] == {("000", "South Korea & United States"), ("002", "South Korea"), ("004", "NATO")}
    assert by_value[10_000] == {("001", "Zelensky")}
    assert set(by_value) == {1500, 3000, 10_000}  # "ribuan tentara" (thousands) is vague and left out


def test_english_claims():
    text = 'U.S. officials said 3,000 troops had arrived. "About 10 thousand soldiers," Zelensky said.'
    found = {(c.value, c.claimant) for c in extract_quantity_claims("en", text, "AP")}
    assert found == {(3000, "United States"), (10_000, "Zelensky")}


def test_cleaned_texts_keep_exact_spans_and_events():
    from index.clean import clean_boilerplate

    for doc_id, raw in corpus().items():
        text = clean_boilerplate(raw)
        events = extract_events(doc_id, text, None, today=TODAY)
        assert events, doc_id
        for event in events:
            assert text[event.start : event.end] == event.text
