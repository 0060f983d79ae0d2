"""Date forms in Indonesian and English news, and how missing years and weekdays are resolved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.dates import find_dates, parse_published

CORPUS = Path(__file__).resolve().parent.parent / "index" / "corpus"
PUBLISHED = date(2024, 10, 24)  # a Thursday


def found(sentence: str, published: date | None = PUBLISHED, **kwargs) -> list[tuple[str, str]]:
    return [(m.date.isoformat(), m.precision) for m in find_dates(sentence, published, **kwargs)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("keterangan resmi yang dirilis pada Jumat (18/10), dilansir dari CNN.", [("2024-10-18", "day")]),
        ("memanggil Duta Besar Rusia, Senin (21/10/2024).", [("2024-10-21", "day")]),
        ("menjawab pertanyaan wartawan, Rabu (23 Oktober 2024).", [("2024-10-23", "day")]),
        ("majelis rendah Rusia menyetujui perjanjian itu (24/10/2024).", [("2024-10-24", "day")]),
        ("Kompas dunia | 21 Oktober 2024, 21:30 WIB", [("2024-10-21", "day")]),
        ("dengan kapal AL Rusia pada 8 dan 13 Oktober.", [("2024-10-08", "day"), ("2024-10-13", "day")]),
        ("selama kunjungannya ke Pyongyang pada bulan Juni.", [("2024-06-01", "month")]),
        ("menandatangani perjanjian militer pada Juni.", [("2024-06-01", "month")]),
        ("diangkut menggunakan tujuh kapal Rusia pada awal Oktober.", [("2024-10-01", "month")]),
        ("The alliance said on Wednesday that troops had arrived.", [("2024-10-23", "day")]),
        ("kata juru bicara NATO pada hari Rabu.", [("2024-10-23", "day")]),
        ("kata Menteri Pertahanan AS Lloyd Austin pada Rabu lalu.", [("2024-10-23", "day")]),
        ("The statement was released on October 23, 2024.", [("2024-10-23", "day")]),
        ("The statement was released on 23 October 2024.", [("2024-10-23", "day")]),
        ("Seoul summoned the ambassador on Monday (Oct. 21).", [("2024-10-21", "day")]),
        ("Perjanjian itu diteken pada 2023.", [("2023-01-01", "year")]),
        ("Pada 5 Okt. 2024 kapal berangkat.", [("2024-10-05", "day")]),
        # an older year after "tahun", to a second year
        ("benteng yang mulai didirikan pada tahun 1767-1788 tersebut.", [("1767-01-01", "year")]),
    ],
)
def test_date_forms(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "sekitar 1.500 tentara dan 10 ribu tentara",
        "mereka berlatih 24/7",
        "delegasi tiba minggu ini",
        "they may come",
        "skor 3/4 di babak kedua",
        "revisi Undang-Undang Nomor 30 Tahun 2002 tentang KPK",  # the year a regulation is cited by
        "under Law No. 19 of 2019",
        "mengirim 1500 orang pada 1500 titik",  # an older year needs "tahun"
    ],
)
def test_not_dates(sentence):
    assert found(sentence) == []


def test_spans_and_text_are_exact():
    sentence = "“Kutipan,” kata Zelensky saat KTT NATO di Brussel, Belgia, pada Kamis (17/10)."
    (mention,) = find_dates(sentence, PUBLISHED)
    assert sentence[mention.start : mention.end] == mention.text == "Kamis (17/10)"
    assert mention.basis == "weekday"


def test_missing_year_takes_publication_year_or_the_year_before():
    assert found("pada 20 Oktober", date(2024, 10, 21)) == [("2024-10-20", "day")]
    assert found("pada 25 Oktober", date(2024, 10, 21)) == [("2024-10-25", "day")]  # days ahead: 2024
    assert found("pada 20 Desember", date(2024, 1, 5)) == [("2023-12-20", "day")]
    assert found("pada bulan Desember", date(2024, 1, 5)) == [("2023-12-01", "month")]


def test_a_part_of_this_month_is_part_of_the_date():
    (mention,) = find_dates("pengiriman dimulai pada akhir bulan ini.", date(2019, 9, 12))
    assert (mention.date, mention.precision, mention.text) == (date(2019, 9, 1), "month", "akhir bulan ini")
    (mention,) = find_dates("deliveries start at the end of this month", date(2019, 9, 12))
    assert mention.text == "end of this month"


def test_a_month_still_to_come_is_the_next_such_month():
    assert found("dibuka pada November mendatang", date(2019, 9, 20)) == [("2019-11-01", "month")]
    assert found("pada Agustus depan", date(2019, 9, 20)) == [("2020-08-01", "month")]
    assert found("dibuka pada November lalu", date(2019, 9, 20)) == [("2018-11-01", "month")]


def test_weekday_picks_the_matching_year():
    # 20 December 2023 was a Wednesday, 20 December 2024 a Friday.
    # Published 1 December 2024: without a weekday, 20/12 (19 days ahead) would fall back to 2023.
    assert found("pada 20/12", date(2024, 12, 1)) == []  # bare "20/12" is no date (could be a score)
    assert found("(20/12)", date(2024, 12, 1)) == [("2023-12-20", "day")]
    assert found("Rabu (20/12)", date(2024, 12, 1)) == [("2023-12-20", "day")]
    assert found("Jumat (20/12)", date(2024, 12, 1)) == [("2024-12-20", "day")]  # announced ahead
    # No reference at all: the latest matching year not after today.
    assert found("Senin (28/10)", None, today=date(2025, 6, 1)) == [("2024-10-28", "day")]
    assert found("Senin (28/10)", None) == []


def test_bare_weekday_is_the_latest_such_day_on_or_before_publication():
    assert found("pada hari Kamis", date(2024, 10, 24)) == [("2024-10-24", "day")]
    assert found("pada hari Jumat", date(2024, 10, 24)) == [("2024-10-18", "day")]
    assert found("on Sunday", date(2024, 10, 24)) == [("2024-10-20", "day")]


def test_bare_weekday_against_an_estimated_anchor_allows_a_day_or_two_after_it():
    # An undated article whose latest stated date is Thursday 24/10: its "Jumat" is the 25th.
    assert found("pada hari Jumat", None, anchor=date(2024, 10, 24)) == [("2024-10-25", "day")]
    assert found("pada hari Senin", None, anchor=date(2024, 10, 24)) == [("2024-10-21", "day")]
    assert found("pada hari Rabu", None) == []  # nothing to resolve against


def test_relative_days_need_the_publication_date():
    assert found("Pejabat itu mengatakan kemarin", date(2024, 10, 24)) == [("2024-10-23", "day")]
    assert found("Pejabat itu mengatakan kemarin", None, anchor=date(2024, 10, 24)) == []


def test_parse_published_reads_the_header_only():
    assert parse_published((CORPUS / "003_bc298998f14d77f6.txt").read_text()) == date(2024, 10, 21)
    for path in CORPUS.glob("*.txt"):
        if not path.name.startswith("003"):
            assert parse_published(path.read_text()) is None, path.name
    assert parse_published("Published October 23, 2024 at 10:00 GMT\nBody text.") == date(2024, 10, 23)


@pytest.mark.parametrize(
    "sentence,english,indonesian",
    [
        ("Pengiriman dimulai akhir September.", "late September 2019", "akhir September 2019"),
        ("Deliveries started in early August.", "early August 2019", "awal Agustus 2019"),
        ("Pada September 2019 pasukan tiba.", "September 2019", "September 2019"),
    ],
)
def test_a_part_of_a_month_is_kept_when_the_date_is_shown(sentence, english, indonesian):
    from index.date_format import format_date, month_part

    mention = find_dates(sentence, date(2019, 9, 10))[0]
    part = month_part(mention.text)
    assert format_date(mention.date, mention.precision, "en", part) == english
    assert format_date(mention.date, mention.precision, "id", part) == indonesian


@pytest.mark.parametrize(
    "text, expected",
    [
        ("waktunya Insya Allah 6 Juni tahun depan, kemudian", (date(2020, 6, 6), "6 Juni tahun depan")),
        ("the race is on June 6 next year", (date(2020, 6, 6), "June 6 next year")),
        ("pada 6 Juni lalu", (date(2019, 6, 6), "6 Juni")),
    ],
)
def test_a_day_and_month_before_next_or_last_year_takes_that_year(text, expected):
    (mention,) = find_dates(text, date(2019, 9, 20))
    assert (mention.date, mention.text) == expected
