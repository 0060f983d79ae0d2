"""Statements, dated events and quantity claims extracted from the default corpus as ingest cleans it (offsets
exact), and the general rules behind them on small texts (no story's names in the rules)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.actors import Variant, fold_names
from index.claims import extract_quantity_claims
from index.clean import clean_boilerplate
from index.events import extract_events, sentence_spans_with_quotes
from index.meta import find_outlet, find_published, metadata_spans
from index.names import read_name
from index.speakers import find_attributions, main_attribution

CORPUS = Path(__file__).resolve().parent.parent / "index" / "corpus"
TODAY = date(2025, 6, 1)


def corpus() -> dict[str, str]:
    return {path.stem[:3]: clean_boilerplate(path.read_text(encoding="utf-8")) for path in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="module")
def texts():
    return corpus()


@pytest.fixture(scope="module")
def events(texts):
    return [e for doc_id, text in texts.items() for e in extract_events(doc_id, text, None, today=TODAY)]


def statements(events, doc: str, words: str) -> list:
    return [e for e in events if e.doc_id == doc and e.kind == "statement" and words in e.text]


def test_every_event_is_an_exact_sentence_span(events, texts):
    assert events
    for event in events:
        assert texts[event.doc_id][event.start : event.end] == event.text


def test_quote_split_by_full_stops_stays_one_sentence():
    text = "Judul\n“Kami tahu. Ini mendesak,” imbuhnya. Kalimat lain."
    spans = [text[s:e] for s, e in sentence_spans_with_quotes(text)]
    assert spans == ["Judul", "“Kami tahu. Ini mendesak,” imbuhnya.", "Kalimat lain."]


@pytest.mark.parametrize(
    ("doc", "words", "actor", "day"),
    [
        ("001", "dirilis pada Jumat (18/10)", "Badan Intelijen Nasional Korea Selatan (NIS)", "2024-10-18"),
        ("001", "pada Kamis (17/10)", "Volodymyr Zelensky", "2024-10-17"),
        ("001", "Rabu (23/10)", "Farah Dakhlallah", "2024-10-23"),
        ("004", "Rabu (23 Oktober 2024)", "Maria Zakharova", "2024-10-23"),
        ("004", "katanya pada hari Rabu", "John Kirby", "2024-10-23"),
        ("004", "pada Rabu lalu", "Lloyd Austin", "2024-10-23"),
        ("002", "kata Kementerian Luar Negeri", "Kementerian Luar Negeri Korea Selatan (CEMLU)", "2024-10-25"),
        ("002", "kata Yun", "Yun Suk Yeol", "2024-10-24"),
        ("002", "mengatakan hal ini pada hari Kamis", "Intelijen militer Ukraina", "2024-10-24"),
        # a speaker's undated statement takes the one date its other statements give
        ("004", "menyarankan wartawan", "Maria Zakharova", "2024-10-23"),
        ("004", "Kirby mengatakan pasukan", "John Kirby", "2024-10-23"),
    ],
)
def test_statements_dated_by_when_they_were_made(events, doc, words, actor, day):
    (found,) = statements(events, doc, words)
    assert (found.actor, found.said_on, found.said_precision) == (actor, day, "day")
    if found.basis == "speaker":  # inferred, not stated in the sentence: `date` keeps what the sentence gives
        assert found.date is None


def test_yoon_statement_dated_a_day_before_the_criticism_it_preceded(events):
    """'Kritik Seoul muncul sehari setelah Presiden Korea Selatan Yun Suk Yeol mengecam ...' (the Friday one)."""
    (yun,) = statements(events, "002", "sehari setelah Presiden Korea Selatan Yun Suk Yeol mengecam")
    assert (yun.actor, yun.said_on, yun.basis, yun.role) == (
        "Yun Suk Yeol",
        "2024-10-24",
        "relative",
        "Presiden Korea Selatan",
    )


def test_kursk_claim_is_not_dated_by_the_offensive_it_mentions(events):
    (claim,) = statements(events, "000", "Ukraina mengklaim pasukan")
    assert claim.actor == "Ukraina" and claim.said_on is None  # the text does not say when Ukraine said it
    (offensive,) = [e for e in events if e.doc_id == "000" and e.kind == "action" and "Kursk" in e.text]
    assert (offensive.date, offensive.precision, offensive.reported) == ("2024-08-01", "month", True)


def test_seven_ships_sentence_is_the_outlets_report_not_russias(events):
    ships = [e for e in events if "tujuh kapal Rusia" in e.text]
    assert ships and all(e.actor not in ("Russia", "Rusia") for e in ships)
    assert not [e for e in ships if e.kind == "statement"]


def test_kompas_dateline_is_metadata_not_an_event(events, texts):
    text = texts["003"]
    header = text.index("Kompas dunia | 21 Oktober 2024, 21:30 WIB")
    dateline = text.index("SEOUL, KOMPAS.TV -")
    for start in (header, dateline):
        assert any(a <= start < b for a, b in metadata_spans(text))
        assert not [e for e in events if e.doc_id == "003" and e.start <= start < e.end]
    assert (find_published(text), find_outlet(text)) == ("2024-10-21", "KOMPAS.TV")
    assert not [e for e in events if e.kind == "publication"]


def test_month_precision_is_kept(events):
    june = [e for e in events if e.date == "2024-06-01"]
    assert june and all(e.precision == "month" for e in june)


def test_name_variants_are_one_actor_within_an_article(events):
    assert {e.actor for e in statements(events, "001", "")} >= {"Volodymyr Zelensky", "Farah Dakhlallah"}
    assert "Zelensky" not in {e.actor for e in events} and "NIS" not in {e.actor for e in events}
    # 'Menteri Pertahanan AS' alone is the person the article gives that role
    assert {e.actor for e in statements(events, "004", "Menteri Pertahanan AS")} == {"Lloyd Austin"}


def test_name_folding_rules():
    shown = fold_names(
        [
            Variant("Farah Lala", "person", "juru bicara NATO"),
            Variant("Farah Dakhlallah", "person", "Juru bicara NATO"),
            Variant("Zelensky", "person"),
            Variant("Volodymyr Zelensky", "person", "Presiden Ukraina"),
            Variant("Kim Hong-kyun", "person", "Wakil Menlu"),
            Variant("Kim Jong Un", "person", "Pemimpin Korea Utara"),
            Variant("NIS", "body"),
            Variant("Badan Intelijen Nasional Korea Selatan (NIS)", "body"),
            Variant("Intelijen Korea Selatan", "body"),
            Variant("Korea Selatan", "body"),
            Variant("Menteri Pertahanan AS", "body"),
            Variant("Lloyd Austin", "person", "Menteri Pertahanan AS"),
            Variant("Eling", "person"),
            Variant("Elling Hartono", "person", "Kepala Unit"),
        ]
    )
    assert shown["Farah Lala"] == shown["Farah Dakhlallah"] == "Farah Dakhlallah"
    assert shown["Zelensky"] == "Volodymyr Zelensky"
    assert shown["Kim Hong-kyun"] == "Kim Hong-kyun" and shown["Kim Jong Un"] == "Kim Jong Un"
    nis = "Badan Intelijen Nasional Korea Selatan (NIS)"
    assert shown["NIS"] == shown["Intelijen Korea Selatan"] == nis and shown["Korea Selatan"] == "Korea Selatan"
    assert shown["Menteri Pertahanan AS"] == "Lloyd Austin" and shown["Eling"] == "Elling Hartono"


@pytest.mark.parametrize(
    ("sentence", "cue", "name", "role"),
    [
        ("“Kami siap,” kata Menteri Pertahanan Jepang Gen Nakatani pada Selasa (22/10/2024).", "tag", "Nakatani", ""),
        ("Juru bicara NATO, Farah Dakhlallah, menegaskan bahwa ini serius.", "subject", "Farah Dakhlallah", ""),
        ("Sugiarto, ayah Kevin, menuturkan dia mengarahkan anaknya.", "subject", "Sugiarto", "ayah Kevin"),
        ("Menurut Ketua HPI Provinsi, I Nyoman Nuarta, turis Jepang sopan.", "according", "I Nyoman Nuarta", ""),
        ("Hal tersebut diungkapkan oleh Kementerian Luar Negeri Korea Selatan.", "agent", None, ""),
        ("Di sisi lain seperti dilansir Reuters, mata uang naik.", "cited", "Reuters", ""),
        ("Kelompok Houthi yang sejajar dengan Iran mengklaim bertanggung jawab.", "subject", "Kelompok Houthi", ""),
        ("“Jika mereka berperang, itu serius,” lanjutnya, menurut France24.", "tag", None, ""),
        ("Executive General Manager MMKSI Imam Choeru Cahya, mengakui belum ada.", "subject", "Imam Choeru Cahya", ""),
        # a role's phrase, then the holder's name set off by a comma: the holder speaks
        ("“Siap,” kata pelatih Bali United, Stefano Cuggura Teco dalam jumpa pers.", "tag", "Stefano Cuggura Teco", ""),
        ("“Kami siap,” kata Kapolsek Gubug, Sunaryo Hadi, kepada wartawan.", "tag", "Sunaryo Hadi", ""),
        # an adverb opening the sentence and an aspect word before the verb are no part of the speaker's name
        ("Mulanya Rudi Hartono tengah mengkritik rencana itu dalam diskusi.", "subject", "Rudi Hartono", ""),
        # a reporting verb inside a clause of time is not what the sentence reports; the one before it is
        (
            "Rudi Hartono mengatakan pada saat Nina Sari mengungkapkan pendapatnya, tak ada kata kasar.",
            "subject",
            "Rudi Hartono",
            "",
        ),
    ],
)
def test_attribution_rules(sentence, cue, name, role):
    main = main_attribution(find_attributions(sentence))
    assert main is not None and main.cue == cue
    if name:
        assert main.name.text == name and (not role or main.name.role == role)


def test_no_attribution_from_a_mention_an_anaphor_or_a_negated_verb():
    for sentence in (
        "Dikabarkan, pasukan tempur tersebut diangkut menggunakan tujuh kapal Rusia pada awal Oktober.",
        "Hal itu mengonfirmasikan dimulainya partisipasi Korea Utara dalam perang.",
        "Presiden Rusia Vladimir Putin tidak menanggapi gambar satelit itu.",
    ):
        assert main_attribution(find_attributions(sentence)) is None, sentence


def test_names_read_from_speaker_phrases():
    assert read_name("Kementerian Luar Negeri Korea Selatan (CEMLU)").kind == "body"
    assert read_name("Intelijen militer Ukraina").text == "Intelijen militer Ukraina"
    assert read_name("juru bicara Badan Manajemen Darurat Nasional Carl Smith").text == "Carl Smith"
    assert read_name("Korea Selatan (Korea Selatan)").text == "Korea Selatan"
    assert read_name("riwayat kesehatan Habibie") is None  # a document about someone is not someone speaking
    # a verb of saying a scrape glued to the name ('tambahnya,Sambung Syafi Djohan') is not part of it
    assert read_name("Sambung Syafi Djohan") == read_name("Syafi Djohan")
    assert read_name("Sambung Syafi Djohan").text == "Syafi Djohan"
    assert read_name("Menurut data") is None  # a verb of saying and a common noun name no one
    assert read_name("Direktur Eksekutif Walhi Sumsel Hairul Sobri").text == "Hairul Sobri"  # a province written short
    assert read_name("Katadata Insight Center").text.startswith("Katadata")  # a name that only begins like one


def test_troop_claims_on_the_corpus(texts):
    claims = [c for doc_id, text in texts.items() for c in extract_quantity_claims(doc_id, text, None, today=TODAY)]
    for claim in claims:
        assert texts[claim.doc_id][claim.start : claim.end] == claim.sentence
    troops = [c for c in claims if c.category == "troops"]
    by_value: dict[int, set[tuple[str, str | None, str | None]]] = {}
    for claim in troops:
        by_value.setdefault(claim.value, set()).add((claim.doc_id, claim.claimant, claim.status))
    nis = "Badan Intelijen Nasional Korea Selatan (NIS)"
    assert by_value[1500] == {
        ("001", nis, "done"),
        ("003", nis, "done"),
        ("004", "NATO", "done"),
        ("004", "NATO", "expected"),  # 'akan mengirim 1.500 tentara lagi sebelum akhir tahun ini'
    }
    assert by_value[10_000] == {("001", "Volodymyr Zelensky", "ongoing")}  # being prepared
    assert ("000", "Korea Selatan & Amerika Serikat", None) in by_value[3000]
    assert set(by_value) == {1500, 3000, 10_000}  # "ribuan tentara" (thousands) is vague and left out
    zelensky = next(c for c in troops if c.value == 10_000)
    assert (zelensky.date, zelensky.precision) == ("2024-10-17", "day")  # dated by when it was said


def test_claim_figures_are_amounts_not_names_ages_or_times():
    text = (
        "Pemilik jersey 86 ini sudah koleksi lima gol. Tiga menuturkan, ia menelepon sambungan darurat 911. "
        "Polisi menutup dua industri itu sejak empat bulan lalu. Janjian misal 8.30 pagi. Jumlahnya mencapai 2.500."
    )
    found = {(c.value, c.unit) for c in extract_quantity_claims("x", text, None)}
    assert found == {(5, "gol"), (2500, "")}


def test_english_statements_and_claims():
    text = (
        "Seoul, 25 October 2024 | Reuters\nThe White House said on Wednesday that troops had arrived. "
        "U.S. officials said 3,000 troops had arrived."
    )
    said = [e for e in extract_events("en", text, None) if e.kind == "statement"]
    assert [(e.actor, e.said_on) for e in said] == [("White House", "2024-10-23"), ("U.S. officials", None)]
    (claim,) = extract_quantity_claims("en", text, "AP")
    assert (claim.value, claim.claimant, claim.category, claim.status) == (3000, "U.S. officials", "troops", "done")
