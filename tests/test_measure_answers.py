"""Measured magnitudes (speed, magnitude, distance, temperature) are figures of their own kind, asked for with the
measure's noun, and answered with the figure that noun names, in both languages."""

import pytest

from index.numbers import find_quantities
from rag.offline.intent import classify
from rag.offline.typed import typed_answers


@pytest.mark.parametrize(
    "text,phrase,unit",
    [
        ("pesawat itu melaju hingga 610 km/jam", "610 km/jam", "km/jam"),
        ("gempa bermagnitudo 5,2 mengguncang Sumbawa", "bermagnitudo 5,2", "bermagnitudo"),
        ("BMKG mencatat gempa Mw=6,1 di Laut Jawa", "Mw=6,1", "Mw"),
        ("suhu udara mencapai 38 derajat", "38 derajat", "derajat"),
    ],
)
def test_a_figure_with_a_unit_of_measure_or_a_magnitude_word_is_a_measure(text, phrase, unit):
    (quantity,) = find_quantities(text)
    assert (quantity.kind, quantity.phrase, quantity.unit) == ("measure", phrase, unit)


@pytest.mark.parametrize(
    "question",
    [
        "What was the top speed of the N-250?",
        "Berapa kecepatan maksimum pesawat itu?",
        "Berapa magnitudo gempa di Laut Jawa?",
        "How much did the project cost?",
    ],
)
def test_a_question_naming_a_measure_asks_how_much(question):
    assert classify(question).kind == "how_much"


def test_how_many_people_stays_a_count():
    assert classify("How many people were injured in the fire?").kind == "how_many"


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (
            "Berapa magnitudo gempa di Sumbawa?",
            "Gempa bermagnitudo 5,2 berpusat 88 kilometer dari Sumbawa pada kedalaman 10 km.",
            "bermagnitudo 5,2",
        ),
        (
            "What was the top speed of the plane?",
            "Pesawat dengan 50 kursi itu terbang sejauh 1.200 km dengan kecepatan maksimum 610 km/jam.",
            "610 km/jam",
        ),
    ],
)
def test_the_measure_the_question_names_ranks_above_other_figures_of_the_sentence(question, sentence, expected):
    from rag.offline.kinds.figures import bonus

    intent = classify(question)
    found = typed_answers(intent.kind, intent, sentence, None)
    best = max(found, key=lambda f: bonus(intent, f, sentence))
    assert best.text == expected, [(f.text, bonus(intent, f, sentence)) for f in found]


def test_two_magnitudes_asked_are_both_given_from_the_sentence_that_lists_them(tmp_path):
    from rag import Assistant, Settings

    article = tmp_path / "gempa.txt"
    article.write_text(
        "Dua Gempa Guncang Laut Jawa\n\nJAKARTA - BMKG mencatat dua gempa dalam di Laut Jawa pada Jumat, "
        "19 Juli 2019. Gempa pertama bermagnitudo Mw=6,1 dan gempa kedua Mw=6,0, kata Kepala BMKG Dwikorita "
        "Karnawati. Gempa tidak berpotensi tsunami dan warga diimbau tetap tenang.",
        encoding="utf-8",
    )
    assistant = Assistant(Settings(home=tmp_path / "home", offline=True), auto_ingest=False)
    assistant.ingest([article])
    lead = assistant.ask("What were the magnitudes of the two earthquakes in the Java Sea?").text.split("\n")[0]
    assert "6,1" in lead and "6,0" in lead, lead


@pytest.mark.parametrize(
    "question, named",
    [
        ("And how heavy was the amphibious ship?", True),
        ("Seberapa cepat kereta itu melaju?", True),
        ("How many members are senior high school graduates?", False),  # "high" names no measure here
    ],
)
def test_an_adjective_after_how_names_a_measure_and_elsewhere_does_not(question, named):
    from rag.offline.kinds.figures import measure_forms

    assert bool(measure_forms(question)) is named
    assert classify(question).kind == ("how_much" if named else "how_many")


def test_a_measure_word_with_a_prefix_names_the_measure():
    from rag.offline.kinds.figures import bonus

    intent = classify("How heavy was the amphibious ship?")
    sentence = "Kapal amfibi itu berbobot 27 ribu ton dan melaju sejauh 300 km."
    found = typed_answers(intent.kind, intent, sentence, None)
    assert max(found, key=lambda f: bonus(intent, f, sentence)).text == "27 ribu ton", [f.text for f in found]


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (  # money asked (a verb of money): the amount, not the programme's percent
            "How much could Indonesia save with the programme?",
            "Program biodiesel 30% itu bisa menghemat USD 5 miliar per tahun.",
            "USD 5 miliar",
        ),
        (
            "Berapa yang bisa dihemat dari program itu?",
            "Program biodiesel 30% itu bisa menghemat USD 5 miliar per tahun.",
            "USD 5 miliar",
        ),
        (  # a share asked: the percent, not the money
            "Berapa persen anggaran yang untuk sekolah?",
            "Dari anggaran Rp 2 triliun, 20 persen untuk sekolah.",
            "20 persen",
        ),
    ],
)
def test_money_or_share_asked_takes_only_that_kind_of_figure(question, sentence, expected):
    intent = classify(question)
    assert intent.kind == "how_much"
    assert [f.text for f in typed_answers(intent.kind, intent, sentence, None)] == [expected]


def test_a_money_question_with_only_a_percent_in_the_evidence_has_no_answer():
    intent = classify("Berapa nilai akuisisi tambang emas baru itu?")
    assert typed_answers(intent.kind, intent, "Penjualan emas tumbuh 14 persen dari tahun lalu.", None) == []


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Berapa unit kapasitas apartemen itu?", "how_many"),  # the counted noun right after 'berapa'
        ("Berapa poin rupiah melemah?", "how_many"),
        ("Berapa persen kenaikannya?", "how_much"),
        ("At what level did the rupiah close?", "how_much"),  # a measure noun after 'what'
        ("Organisasi penurun berat badan apa yang diikuti Jamie?", "who"),  # the head noun first: a body
        ("Berapa total populasi kota itu?", "how_many"),  # 'total' before the counted noun
        ("What was the score of the first meeting?", "how_many"),  # a scoreline, found as counts are
    ],
)
def test_the_noun_after_the_question_word_sets_count_amount_or_body(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question", ["Berapa usia Greenwood saat bergabung?", "How old was Greenwood when he joined?"])
def test_an_age_question_is_answered_with_an_age_never_another_count(question):
    from rag.offline.kinds.figures import bonus

    sentence = "Greenwood, yang mencetak satu gol, bergabung dengan klub itu sejak usianya masih 6 tahun."
    intent = classify(question)
    found = typed_answers(intent.kind, intent, sentence, None)
    assert [f.text for f in found] == ["6 tahun"]
    assert bonus(intent, found[0], sentence) > 0


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (  # Indonesian puts the head noun first: the reserve's size is asked, not a count of gold
            "Berapa potensi cadangan emas di tambang itu?",
            "Di lokasi tambang itu terdapat potensi cadangan emas sebanyak 3,5 ton.",
            "3,5 ton",
        ),
        ("Berapa target produksinya per tahun?", "Produksi per tahun 700 kg, ungkapnya.", "700 kg"),
    ],
)
def test_berapa_before_a_noun_that_counts_nothing_takes_the_figure_given(question, sentence, expected):
    intent = classify(question)
    assert intent.counted == frozenset()
    assert [f.text for f in typed_answers(intent.kind, intent, sentence, None)] == [expected]


def test_berapa_before_a_counted_noun_still_counts_it():
    assert classify("Berapa emas yang diraih Indonesia?").counted == {"emas"}


def test_murid_counts_pupils():
    intent = classify("How many pupils attend the new classes?")
    found = typed_answers(intent.kind, intent, "Kelas yang baru dibuka ini sekarang diikuti oleh 180 murid.", None)
    assert [f.text for f in found] == ["180 murid"]


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        ("Berapa umurnya?", "Pintu klub masih terbuka bagi pemain berusia 37 tahun ini.", ["37 tahun"]),
        ("How old is he?", "Pengendara mobil itu bernama Anton Nofianto Nugroho (39) warga Semanan.", ["39"]),
        ("Berapa usianya?", "Tim Liga 1 wajib memiliki minimal tujuh pemain U-23 di skuadnya.", []),
    ],
)
def test_an_age_asked_of_him_or_her_is_read_after_an_age_word_or_in_brackets_after_a_name(question, sentence, expected):
    intent = classify(question)
    assert [f.text for f in typed_answers(intent.kind, intent, sentence, None)] == expected


def test_a_figure_the_question_states_is_not_its_answer():
    intent = classify("Berapa tiket yang terjual dari 60 ribu tiket yang dilepas ke publik?")
    sentence = "Dari 60 ribu tiket yang dilepas ke publik, hanya 12 ribu yang terjual."
    assert [f.text for f in typed_answers(intent.kind, intent, sentence, None)] == ["12 ribu"]


def test_a_count_of_a_noun_the_languages_do_not_list_takes_the_figure_of_that_noun():
    intent = classify("Berapa cucu yang ditinggalkan almarhum?")
    sentence = "Almarhum meninggalkan empat anak, delapan cucu, dan satu istri."
    assert [f.text for f in typed_answers(intent.kind, intent, sentence, None)] == ["delapan cucu"]


def test_se_and_a_unit_of_time_is_one_of_it():
    text = "Mereka menikah setahun lalu, sebulan sebelum pindah."
    found = [(q.phrase, q.value, q.unit) for q in find_quantities(text)]
    assert found == [("setahun", 1.0, "tahun"), ("sebulan", 1.0, "bulan")]
    assert find_quantities("Ia berlatih seminggu-minggu.") == []  # a doubled form is no span
