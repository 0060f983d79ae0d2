"""What-questions and the words an English question shares with Indonesian text: a which-question's sentence
names an instance of the asked noun, 'in which <thing>' asks for no place, and English words meet their
Indonesian borrowings ('location' / 'lokasi')."""

import pytest

from index.language.cognates import borrowed_in, english_key, indonesian_key, keys_meet
from rag.offline.evidence import Scored, Sentence, score_sentences
from rag.offline.intent import classify
from rag.offline.pick import pick_answer
from rag.offline.typed import typed_answers


@pytest.mark.parametrize(
    "english, indonesian",
    [
        ("location", "lokasi"),
        ("police", "polisi"),
        ("technology", "teknologi"),
        ("truck", "truk"),
        ("national", "nasional"),
        ("active", "aktif"),
        ("quality", "kualitas"),
        ("structure", "struktur"),
        ("conference", "konferensi"),
        ("cement", "semen"),
        ("points", "poin"),
    ],
)
def test_an_english_word_meets_its_indonesian_borrowing(english, indonesian):
    assert keys_meet(english_key(english), indonesian_key(indonesian))


@pytest.mark.parametrize("english, indonesian", [("gold", "emas"), ("later", "latar"), ("season", "musim")])
def test_words_that_are_not_borrowed_do_not_meet(english, indonesian):
    assert not borrowed_in(english, {indonesian})


def test_an_english_question_overlaps_an_indonesian_sentence_by_its_borrowed_words():
    intent = classify("Which film used the area as a shooting location?")
    text = "Wilayah itu telah menjadi lokasi dalam pembuatan film Star Wars."
    (scored,) = score_sentences(intent, [Sentence("d", 0, len(text), text, 0, None)], None, {}, lambda s: False)
    assert scored.lexical == pytest.approx(2 / len(intent.terms))  # film, and location as lokasi


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (
            "Which famous film saga used the area as a shooting location?",
            "Wilayah itu telah menjadi lokasi dalam pembuatan film Star Wars.",
            "Star Wars",
        ),
        (
            "Sepeda motor jenis apa yang dipakai kawanan perampok?",
            "Mereka mengendarai sepeda motor jenis Honda Megapro warna hitam.",
            "Honda Megapro",
        ),
        ("In which colour edition is the scooter offered?", "Skuter itu hadir dalam edisi White Innocenza.", None),
    ],
)
def test_a_which_question_finds_the_named_instance_of_its_noun(question, sentence, expected):
    found = typed_answers("what", classify(question), sentence, None)
    if expected is None:  # 'edition' meets its borrowing 'edisi'
        expected = "White Innocenza"
    assert [f.text for f in found] == [expected]


def test_a_name_the_question_already_gives_is_no_instance():
    intent = classify("Which film did Star Wars fans see?")
    assert typed_answers("what", intent, "Mereka menonton film Star Wars.", None) == []


@pytest.mark.parametrize(
    "question, kind",
    [
        ("In which colour edition is the scooter offered?", "what"),
        ("In which match did he score his first goal?", "what"),
        ("In which direction did the robbers escape?", "where"),
        ("At which venue will the band perform?", "where"),
        ("Di arena mana laga itu digelar?", "where"),
        ("In which regency did the student threaten his teacher?", "where"),
        ("Di mana warga itu ditampung?", "where"),
        ("Which US state governor admitted wearing blackface?", "who"),  # the role is the head, not the state
        ("In which state did he live?", "where"),
    ],
)
def test_in_which_asks_for_a_place_only_with_a_noun_of_place(question, kind):
    assert classify(question).kind == kind


def test_a_which_question_is_answered_by_the_close_sentence_that_names_one():
    def item(text: str, score: float, fits: bool) -> Scored:
        return Scored(Sentence("d", 0, len(text), text, 0, None), score, 0.8, 0.5, fits)

    scored = [
        item("Kawanan bersenjata api jenis pistol merampok toko emas di Gubug.", 0.63, False),
        item("Mereka mengendarai sepeda motor jenis Honda Megapro warna hitam.", 0.55, True),
    ]
    intent = classify("Sepeda motor jenis apa yang dipakai kawanan perampok toko emas di Gubug?")
    pick = pick_answer(intent.kind, intent, scored, lambda k, i, s: [], lambda s: "")
    assert "Megapro" in pick.item.sentence.text
    far = [scored[0], item(scored[1].sentence.text, 0.4, True)]
    assert pick_answer(intent.kind, intent, far, lambda k, i, s: [], lambda s: "").item is far[0]


def test_a_number_word_meets_the_same_number_in_the_other_language():
    intent = classify("How many points did the club collect from its first five games?")
    text = "Klub itu hanya meraih satu poin dari lima laga."
    (scored,) = score_sentences(intent, [Sentence("d", 0, len(text), text, 0, None)], None, {}, lambda s: False)
    assert scored.lexical == pytest.approx(2 / len(intent.terms))  # points as poin, five as lima


def test_x_apa_finds_the_kind_of_x_the_sentence_names_in_lower_case():
    intent = classify("Dalam kasus apa pelawak itu dan suaminya tersangkut?")
    sentence = "Keduanya menjalani pelimpahan berkas atas kasus penyalahgunaan narkotika di kejaksaan."
    assert [f.text for f in typed_answers("what", intent, sentence, None)] == ["penyalahgunaan narkotika"]
    kind_asked = classify("Sepeda motor jenis apa yang dipakai perampok?")  # "jenis pistol" is no motorbike
    assert typed_answers("what", kind_asked, "Kawanan bersenjata api jenis pistol merampok toko.", None) == []


def test_x_apa_prefers_the_one_named_after_x_to_its_kind_or_a_verb():
    intent = classify("Metode apa yang digunakan sekolah itu dalam program pengajaran al-Quran?")
    named = "Pertama, program pengajaran al-Quran dengan metode Qiroati selama 1-2 semester."
    assert [f.text for f in typed_answers("what", intent, named, None)] == ["Qiroati"]
    car = classify("Mobil apa yang tertimpa pohon palem?")
    assert typed_answers("what", car, "Satu mobil tertimpa pohon palem berukuran besar.", None) == []  # a verb

    def item(text: str, score: float) -> Scored:
        return Scored(Sentence("d", 0, len(text), text, 0, None), score, 0.8, 0.5, True)

    kind_only = item("Untuk metode pembelajaran, sekolah itu menggunakan audio visual di setiap kelas.", 0.84)
    scored = [kind_only, item(named, 0.76)]
    typed = lambda k, i, s: typed_answers(k, i, s.text, None)  # noqa: E731
    assert pick_answer(intent.kind, intent, scored, typed, lambda s: "").item.sentence.text == named


def test_a_which_noun_the_question_names_qualifies_the_noun_asked():
    intent = classify("Varian New Daihatsu Sigra mana yang harganya tidak ikut naik?")
    sentence = "PT Astra Daihatsu Motor meluncurkan New Sigra dengan beberapa penambahan fitur."
    assert typed_answers("what", intent, sentence, None) == []  # "Motor" is no variant of the Sigra


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (
            "What was the code name of the CIA's 1970s operation that used pigeons?",
            "Operasi tahun 1970-an diberi nama sandi Tacana dan mengeksplorasi penggunaan merpati.",
            "Tacana",
        ),
        (
            "Dengan nama lain apa rudal Burevestnik dikenal?",
            "Burevestnik, yang juga dikenal dengan nama Skyfall.",
            "Skyfall",
        ),
        # an English which-noun, after the noun as Indonesian writes it (english.NOUN_TRANSLATIONS)
        (
            "Which aircraft type did the agency use to seed clouds?",
            "Pesawat Hercules C-130 menyemai awan di Riau.",
            "Hercules C-130",
        ),
        (
            "What illness is the actress being treated for?",
            "Ria berjuang melawan penyakit kanker paru di rumah sakit.",
            "kanker paru",
        ),
    ],
)
def test_a_thing_asked_is_the_one_named_after_a_naming_word_or_the_nouns_indonesian_head(question, sentence, expected):
    intent = classify(question)
    assert [f.text for f in typed_answers(intent.kind, intent, sentence, None)] == [expected]


def test_the_name_a_question_asks_about_is_not_the_name_it_asks_for():
    intent = classify("Dengan nama lain apa rudal Burevestnik dikenal?")
    assert typed_answers(intent.kind, intent, "Rudal itu juga disebut Burevestnik oleh Rusia.", None) == []


def test_a_role_after_the_names_that_say_whose_asks_for_a_person():
    intent = classify("Which Northern Mariana Islands player scored their only goal?")
    assert (intent.kind, intent.wants, intent.role) == ("who", "person", "player")


def test_a_sentence_opening_with_a_subject_pronoun_shares_the_topic_of_the_sentence_before():
    intent = classify("Pukul berapa Imam Nahrawi tiba di kantor Kemenpora untuk berpamitan?")
    first = "Imam Nahrawi mengunjungi kantor Kemenpora untuk berpamitan kepada seluruh jajaran kementerian."
    text = f"{first} Ia tiba pukul 12.00. Jalan menuju gedung itu padat kendaraan sejak siang."
    spans = [(0, len(first)), (len(first) + 1, len(first) + 21), (len(first) + 22, len(text))]
    sentences = [Sentence("d", s, e, text[s:e], 0, None) for s, e in spans]
    scored = {x.sentence.text: x for x in score_sentences(intent, sentences, None, {}, lambda s: False)}
    assert scored["Ia tiba pukul 12.00."].lexical == scored[first].lexical > 0
    assert scored["Jalan menuju gedung itu padat kendaraan sejak siang."].lexical < scored[first].lexical
