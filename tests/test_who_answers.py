"""Who-answers: which capitalised words are a person's name, and which person a role question asks for."""

from __future__ import annotations

import pytest

from rag.offline.extract import people_in
from rag.offline.intent import classify
from rag.offline.typed import typed_answers


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # an acronym of a body ends the office; the chair's name follows it whole
        ("Hal itu disampaikan Ketua DPD Andi Surya Pratama saat kunjungan kerja.", ["Andi Surya Pratama"]),
        # a company's legal form heads its name: no person in "PT Sinar Jaya Abadi"
        ("Menurut Direktur PT Sinar Jaya Abadi, penjualan naik.", []),
        # an office in dictionary words ("Kesejahteraan Rakyat") names no one; the name after it does
        (
            "Menurut Wakil Ketua Koordinator Kesejahteraan Rakyat (Korkesra) Budi Santoso, dana itu cukup.",
            ["Budi Santoso"],
        ),
        # a province written short is a place before the name, not part of it
        ("Direktur Eksekutif Walhi Sumsel Hairul Sobri menyatakan udara buruk.", ["Hairul Sobri"]),
        # a date is never a person
        ("Ia dirawat di Rumah Sakit Harapan, Bandung sejak 1 September 2019.", []),
        # an event or a regulation names no one; a prize before a name is not part of it
        ("Brad Pitt dipuji di ajang Venice Film Festival ke-76.", ["Brad Pitt"]),
        ("Revisi UU Pertanahan ditunda DPR.", []),
        ("Film ini menampilkan pemenang Academy Award Tommy Lee Jones.", ["Tommy Lee Jones"]),
        # a derived noun ("Kehadiran") opening the sentence is no first name
        ("Kehadiran Robert di film itu masuk akal.", ["Robert"]),
        # dictionary words after a body's derived noun are the body's name, not a person's
        ("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Riau, Edwar Sanger mengatakan.", ["Edwar Sanger"]),
        # the parts of an address after a locative are places, not people
        ("Keduanya bentrok di Staples Center, Los Angeles, California, pada 1 Desember 2018.", []),
        # a competition's or prize's name names no one
        ("Sterling tampil apik di laga Grup L Liga Europa dan Piala Dunia.", []),
        # a ministry's short name is its whole name: the person follows it
        ("Kasubbag Humas Ditjen Imigrasi Kemenkumham Sam Fernando membenarkan hal itu.", ["Sam Fernando"]),
        # dictionary words joined by "dan" to a capitalised word are an office going on
        ("Menteri Pemuda dan Olahraga (Menpora) Imam Nahrawi mundur.", ["Imam Nahrawi"]),
        # a role's modifier continues the role; one name set off in commas after a role's run is a person
        ("Sekretaris Menteri Negara Setya Utama menyebut kondisinya membaik.", ["Setya Utama"]),
        ("Sekretaris Pribadi Presiden, Rubijanto, tak menyebut penyakitnya.", ["Rubijanto"]),
        # "almarhumah" is an honorific, not a first name
        ("Ia suami dari Almarhumah Hasri Ainun Besari.", ["Hasri Ainun Besari"]),
        # a name of several words after a naming word is a person's, a made thing's or a former name is no one's
        ("Pikap itu dikemudikan oleh pemiliknya bernama Nur Rahmat, warga Desa Kalianyar.", ["Nur Rahmat"]),
        ("Kapal bernama Sinar Harapan tenggelam di perairan itu.", []),
        ("Benteng itu awalnya bernama Rustenburg.", []),
        # an English body's name ends with "Group"; a rank's word ending the run is a surname
        ("Corporate Affairs Director APRIL Group Agung Laksamana mengatakan hal itu.", ["Agung Laksamana"]),
        ("Ia bertemu Laksamana Yudo Margono di Jakarta.", ["Yudo Margono"]),
        # academic degrees after a name are no part of it
        ("Pakar gizi Ir. Ahmad Syafiq MSc, PhD menjelaskan hal itu.", ["Ahmad Syafiq"]),
    ],
)
def test_which_capitalised_words_are_a_persons_name(sentence, people):
    assert [p.text for p in people_in(sentence)] == people


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Siapa pesinetron yang meminta Presiden membesuk temannya?", "pesinetron"),
        ("Which comedian said the house was haunted?", "comedian"),
        ("Which designer made the bamboo lamp?", "designer"),
        ("Siapa sutradaranya?", "sutradara"),  # "-nya": its director
    ],
)
def test_an_occupation_is_a_role_the_question_asks_a_person_for(question, role):
    intent = classify(question)
    assert (intent.kind, intent.role, intent.wants) == ("who", role, "person")


def test_a_role_question_takes_the_person_after_that_role_not_one_named_by_another_role():
    intent = classify("Siapa pesinetron yang meminta Presiden Joko Widodo membesuk temannya?")
    sentence = "Sebelumnya, pesinetron Rudi Hartono meminta Presiden Joko Widodo untuk membesuk Ria."
    assert [f.text for f in typed_answers("who", intent, sentence, None)] == ["Rudi Hartono"]
    english = classify("Which actor asked President Joko Widodo to visit Ria?")
    assert [f.text for f in typed_answers("who", english, sentence, None)] == ["Rudi Hartono"]


def test_a_deputy_is_not_the_role_asked_unless_the_question_asks_for_the_deputy():
    sentence = "Wakil Ketua DPD Hadi Susanto dan Ketua Forum Pemuda Rahmat Hidayat hadir di Makassar."
    chair = classify("Siapa Ketua Forum Pemuda yang hadir di Makassar?")
    assert [f.text for f in typed_answers("who", chair, sentence, None)] == ["Rahmat Hidayat"]
    deputy = classify("Siapa Wakil Ketua DPD yang hadir di Makassar?")
    assert "Hadi Susanto" in [f.text for f in typed_answers("who", deputy, sentence, None)]


@pytest.mark.parametrize(
    ("question", "required"),
    [
        # English writes the office before the role; news in Indonesian translates it ("Menteri Keuangan")
        ("Who did Finance Minister Sri Mulyani praise?", [("Sri", "Mulyani")]),
        ("What did the Customs and Excise staff in Jayapura save?", [("Jayapura",)]),
        # the place an office is of stays required
        ("Who is the South Korean Foreign Minister?", [("South", "Korean")]),
        # a place's head word need not be written: "untuk Papua"
        ("Berapa dana untuk Provinsi Papua menurut Sri Mulyani?", [("Papua",), ("Sri", "Mulyani")]),
        # an organisation's head word is part of its name
        ("Kapan Majelis Federasi meratifikasi perjanjian itu?", [("Majelis", "Federasi")]),
        # a day before a month is part of a date, which news writes in other forms ("Selasa (10/9/2019)")
        ("Siapa yang membantah kabar pada 10 September 2019 soal Habibie?", [("2019",), ("Habibie",)]),
    ],
)
def test_the_names_evidence_must_hold_leave_out_offices_and_place_heads(question, required):
    from rag.offline.question_names import question_entities

    assert question_entities(question, required=True) == required


def test_a_question_is_not_refused_for_an_office_the_articles_translate():
    from rag.offline.decide import missing_entities, missing_names

    english = classify("Who did Finance Minister Sri Mulyani praise in Jayapura?")
    evidence = "Menteri Keuangan Sri Mulyani memuji dua pegawai Bea Cukai di Jayapura."
    assert missing_entities(english, [evidence]) == []
    indonesian = classify("Berapa dana untuk Provinsi Papua menurut Sri Mulyani?")
    assert missing_names(indonesian, ["Sri Mulyani menyebut dana Rp 13 triliun untuk Papua."]) == []
    assert missing_names(indonesian, ["Sri Mulyani menyebut dana Rp 13 triliun untuk Aceh."]) == ["Papua"]
    # two of the question's words the evidence writes as one
    joined = classify("Kapan truk terguling di Jalan Layang Non Tol Antasari?")
    assert missing_names(joined, ["Truk terguling di Jalan Layang Nontol Antasari, Jumat (20/9/2019)."]) == []
    assert missing_names(joined, ["Truk terguling di Jalan Layang Antasari, Jumat (20/9/2019)."]) == ["Non", "Tol"]


def test_a_which_country_from_question_takes_the_country_of_origin_not_another_named():
    from rag.offline.fit import candidate_bonus

    intent = classify("Which country is that designer from?")
    sentence = "Lampu yang didesain oleh Toan Nguyen, desainer asal Thailand ini dipamerkan di Indonesia."
    found = typed_answers("who", intent, sentence, None)
    best = max(found, key=lambda f: candidate_bonus("who", intent, f, sentence))
    assert {f.text for f in found} == {"Thailand", "Indonesia"} and best.text == "Thailand"


@pytest.mark.parametrize(
    "question", ["Where is striker Vanderlei Francisco from?", "Vanderlei Francisco berasal dari mana?"]
)
def test_a_where_from_question_takes_the_place_after_an_origin_word(question):
    intent = classify(question)
    assert intent.kind == "where"
    sentence = "Salah satunya legiun asing asal Brasil, Vanderlei Francisco, yang berposisi sebagai striker."
    assert [f.text for f in typed_answers("where", intent, sentence, None)] == ["Brasil"]


def test_the_speaker_after_the_asked_role_answers_without_the_company_the_question_names():
    sentence = "Kepala Komunikasi Perusahaan Bukalapak Intan Wibisono mengatakan, memang terjadi kendala."
    assert people_in(sentence) == []  # "Perusahaan Bukalapak ...": read as a company's name
    intent = classify("Siapa kepala komunikasi korporat Bukalapak yang menjelaskan kendala itu?")
    assert [f.text for f in typed_answers("who", intent, sentence, None)] == ["Intan Wibisono"]


def test_a_speaker_the_sentence_only_points_at_is_no_person_after_its_role():
    intent = classify("Siapa nama Kepala BLUD yang dituntut diganti?")
    sentence = "Dia mengatakan, pihaknya mendesak Kepala BLUD saat ini diganti."
    before = "Hal itu disampaikan oleh salah seorang staf pegawai BLUD Matius Hatumale-Saleo. "
    assert typed_answers("who", intent, sentence, None, before=before) == []


def test_a_run_of_acronyms_names_a_body_not_a_person():
    from rag.offline.extract import names_in

    sentence = "Ketua Umum Keluarga Alumni Universitas Gadjah Mada (PP KAGAMA) Ganjar Pranowo melantik pengurus."
    kinds = {f.text: f.kind for f in names_in(sentence)}
    assert kinds["PP KAGAMA"] == "body" and kinds["Ganjar Pranowo"] == "person"


def test_a_royal_title_is_a_role_asked_in_either_language():
    sentence = "Kunjungan ini membalas kunjungan Putra Mahkota Syekh Mohammed bin Zayed Al Nahyan dua bulan lalu."
    for question in ("Siapa putra mahkota UEA yang kunjungannya dibalas?", "Which UAE crown prince visited first?"):
        intent = classify(question)
        assert intent.role and intent.wants == "person"
        assert [f.text for f in typed_answers("who", intent, sentence, None)] == ["Mohammed bin Zayed Al Nahyan"]


def test_a_person_after_the_asked_role_is_on_topic_when_its_article_is():
    from rag.offline.decide import decide
    from rag.offline.evidence import Scored, Sentence

    def item(start: int, dense: float, lexical: float) -> Scored:
        return Scored(Sentence("a", start, start + 1, "x", 0, None), 0.5, dense, lexical, True, 0.5)  # type: ignore[arg-type]

    lead, answer = item(0, 0.86, 0.25), item(10, 0.806, 0.38)  # the article's lead, the sentence naming the prince
    evidence = "Luhut membalas kunjungan Putra Mahkota UEA ke Indonesia."
    role_question = classify("Siapa putra mahkota UEA yang kunjungannya dibalas Luhut?")
    assert decide(role_question, [lead, answer], answer, [evidence], "id").grounded
    plain = classify("Apa yang dibalas Luhut dengan kunjungan ke UEA?")
    verdict = decide(plain, [lead, answer], answer, [evidence], "id")
    assert not verdict.grounded and "something else" in verdict.reason


@pytest.mark.parametrize(
    "question",
    ["Which plantation company are the police looking into?", "Perusahaan mana yang diselidiki polisi?"],
)
def test_a_body_question_is_never_answered_with_an_office(question):
    sentence = (
        "Wakil Kepala Kepolisian Daerah Riau, Brigadir Jenderal Budi Santoso polisi juga sedang mendalami "
        "keterlibatan perusahaan perkebunan PT Sawit Makmur di wilayah Kampar."
    )
    intent = classify(question)
    assert intent.wants == "body"
    found = [f.text for f in typed_answers(intent.kind, intent, sentence, None)]
    assert "PT Sawit Makmur" in found
    assert not any(text.startswith("Wakil") for text in found), found


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (
            "Siapa lawan Tyson Fury sebelum duel ulang dengan Wilder?",
            "Tyson Fury dan Deontay Wilder sepakat bertanding ulang; sebelumnya Fury menghadapi Otto Wallin.",
            ["Otto Wallin"],
        ),
        (  # "Jong" ends no name of the question: "Kim Yo Jong" is not named by it
            "Who did Jong Un send to the talks?",
            "Kim Jong Un mengirim Kim Yo Jong ke perundingan itu.",
            ["Kim Yo Jong"],
        ),
    ],
)
def test_a_person_the_question_names_by_surname_is_not_the_answer(question, sentence, expected):
    found = [f.text for f in typed_answers("who", classify(question), sentence, None) if f.kind == "person"]
    assert set(expected) <= set(found) and not any(name.endswith(("Wilder", "Fury")) for name in found)


def test_a_borrowed_abstract_noun_after_a_role_is_the_office_not_a_person():
    intent = classify("Who is Antam's director of operations?")
    sentence = "Direktur Operasi dan Produksi Antam, Hartono mengatakan, perseroan berencana membeli tambang baru."
    assert [f.text for f in typed_answers("who", intent, sentence, None)] == ["Hartono"]


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Jasad bayi ditemukan di rumah kosong oleh seorang saksi bernama Misliati (60).", "Misliati"),
        ("Korban tewas adalah Sutarjo (54), warga setempat.", "Sutarjo"),
        ("The dog was found by a neighbour named Tollefsen on Monday.", "Tollefsen"),
    ],
)
def test_a_single_name_after_named_or_before_an_age_is_a_person(sentence, person):
    assert person in [f.text for f in people_in(sentence)]


def test_a_possessed_role_is_the_asked_one():
    intent = classify("What was the name of actor Donny Alamsyah's father, who died in September?")
    assert (intent.role, intent.wants) == ("father", "person")
    sentence = "Ayahnya yang bernama Benjamin Junaedi meninggal dunia pada Selasa pagi."
    assert [f.text for f in typed_answers("who", intent, sentence, None)] == ["Benjamin Junaedi"]


def test_the_model_or_title_after_a_made_things_noun_is_no_one():
    intent = classify("Who was driving the car that the palm tree crushed?")
    sentence = "Namun, mobil Toyota Avanza hitam yang dikendarai korban ringsek akibat tertimpa pohon palem."
    assert typed_answers("who", intent, sentence, None) == []
    driver = "Pengendara mobil itu bernama Anton Nofianto Nugroho (39), warga Semanan."
    assert typed_answers("who", intent, driver, None)[0].text == "Anton Nofianto Nugroho"


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (
            "Siapa Ketua Komite Seleksi Film Indonesia yang menjelaskan alasannya?",
            "Christine Hakim selaku Ketua Komite Seleksi Film Indonesia memberikan penjelasan.",
            "Christine Hakim",
        ),
        (
            "Siapa peneliti Utrecht University yang menyebut benua itu dulu berbentuk seperti kepulauan?",
            "Douwe van Hinsbergen dari Department of Earth Sciences, Utrecht University, mengatakan benua itu dulu "
            "berbentuk seperti kepulauan.",
            "Douwe van Hinsbergen",
        ),
    ],
)
def test_a_role_question_takes_a_person_named_as_holding_the_role_or_from_the_body_asked(question, sentence, expected):
    assert [f.text for f in typed_answers("who", classify(question), sentence, None)] == [expected]


def test_a_role_in_apposition_or_of_two_english_words_finds_the_person_the_news_names_by_it():
    apposed = classify("Which analyst, director of Indonesia Political Review, said the deal was predictable?")
    assert (apposed.role, apposed.apposed_role) == ("analyst", "director")
    sentence = "Direktur Indonesia Political Review (IPR), Ujang Komarudin mengaku tidak kaget dengan kesepakatan itu."
    assert [f.text for f in typed_answers("who", apposed, sentence, None)] == ["Ujang Komarudin"]
    deputy = classify("Which DPD deputy chairman presided over the plenary session?")
    sentence = "Sidang itu dipimpin oleh Wakil Ketua DPD Senator Ahmad Muqowam."
    assert [f.text for f in typed_answers("who", deputy, sentence, None)] == ["Ahmad Muqowam"]


def test_a_person_from_another_body_is_not_the_role_asked():
    intent = classify("Siapa peneliti Utrecht University yang menyebut benua itu?")
    assert typed_answers("who", intent, "Douwe van Hinsbergen dari Universitas Indonesia mengatakan itu.", None) == []


def test_a_role_word_ending_a_personal_name_is_a_surname():
    assert [f.text for f in people_in("Menurut Lukman Hakim, rapat itu batal.")] == ["Lukman Hakim"]
    assert people_in("Kepala Bidang Humas Polda Jatim hadir.") == []


def test_a_place_named_in_english_order_or_a_country_is_no_person():
    from rag.offline.extract import names_in

    kinds = {f.text: f.kind for f in names_in("Dua wakil Indonesia berlaga di Nyuyen Sport Club, Ho Chi Minh City.")}
    assert kinds["Ho Chi Minh City"] == "place" and kinds["Indonesia"] == "place"


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (
            "Serial itu garapan siapa?",
            "Game itu terinspirasi dari serial Dragon Ball Z garapan Daisuke Nishio.",
            "Daisuke Nishio",
        ),
        ("Who made the film?", "Film karya Garin Nugroho ini menyisihkan dua kandidat kuat lainnya.", "Garin Nugroho"),
    ],
)
def test_the_maker_after_a_word_for_the_work_of_is_the_agent_and_a_titles_name_is_no_one(question, sentence, expected):
    from rag.offline.fit import candidate_bonus

    intent = classify(question)
    [found] = typed_answers("who", intent, sentence, None)
    assert found.text == expected and candidate_bonus("who", intent, found, sentence) >= 0.2


def test_another_name_asked_is_a_what_question_not_a_person():
    assert classify("Dengan nama lain apa rudal itu juga dikenal?").kind == "what"


def test_who_did_a_verb_asks_for_the_doer_the_verbs_role_or_agent_word_names():
    intent = classify("Who directed the film chosen as the Oscar entry?")
    assert (intent.role, intent.wants) == ("director", "person")
    sentence = "Film karya Garin Nugroho ini menyisihkan dua kandidat kuat, kata Christine Hakim."
    assert [f.text for f in typed_answers("who", intent, sentence, None)] == ["Garin Nugroho"]
    chosen = classify("Which official chose the film?")  # a role the question names: no agent stands in for it
    assert typed_answers("who", chosen, "Film karya Garin Nugroho ini terpilih.", None) == []


def test_who_was_doing_a_verb_asks_for_its_doer_named_after_an_agent_word_and_a_naming_word():
    intent = classify("Who was driving the pickup whose load caught fire?")
    assert (intent.role, intent.wants) == ("driver", "person")
    sentence = "Pikap itu dikemudikan oleh pemiliknya bernama Nur Rahmat, warga Desa Kalianyar."
    assert [f.text for f in typed_answers("who", intent, sentence, None)] == ["Nur Rahmat"]


def test_a_name_a_question_gives_asks_for_no_kind_and_an_executive_is_anyone_holding_a_role():
    intent = classify("Which APRIL Group executive responded to the reports?")
    assert (intent.kind, intent.wants, intent.role) == ("who", "person", "executive")
    sentence = "Corporate Affairs Director APRIL Group Agung Laksamana menanggapi kabar tersebut."
    assert [f.text for f in typed_answers("who", intent, sentence, None)] == ["Agung Laksamana"]
    # a month's name in capitals is part of a name
    from rag.offline.extract import names_in

    assert "APRIL Group" in [f.text for f in names_in("Kertas itu diproduksi oleh APRIL Group milik Sukanto.")]


def test_the_second_part_of_a_question_is_not_answered_with_the_first_parts_name():
    from rag.offline.extract import Found
    from rag.offline.pick import _named_before

    intent = classify("Which company owns the concession, and which business group does that company supply?")
    assert intent.kinds == ("who", "who") and intent.wants == "body"
    given = frozenset("pt itci hutani manunggal ihm".split())
    assert _named_before(Found("PT IHM", 0, 6, "body"), given)
    assert not _named_before(Found("APRIL Group", 0, 11, "body"), given)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # a deputy's word before a role the question asks: the deputy is asked
        (
            "Which Kadin vice chairman for property said the Land Law was worrying?",
            "Wakil Ketua Umum Kadin Bidang Properti Hendro Gondokusumo mengatakan kendalanya peraturan.",
            ["Hendro Gondokusumo"],
        ),
        # the head of a body the question names by its acronym, which the sentence spells out first
        (
            "Siapa Kepala BPBD Riau yang menolak bantuan personel?",
            "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Riau, Edwar Sanger mengatakan, pihaknya tidak butuh.",
            ["Edwar Sanger"],
        ),
        ("Siapa Kepala BLUD Raja Ampat?", "Kepala DKP Papua Barat, Yakubus Ayomi mengatakan akan menindaklanjuti.", []),
        # occupations: a psychologist, a goalkeeper
        (
            "Psikolog anak mana yang memperingatkan soal gadget?",
            "Psikolog anak Novita Tandry mengingatkan hal itu.",
            ["Novita Tandry"],
        ),
    ],
)
def test_a_role_is_read_with_its_deputy_word_the_body_it_heads_and_occupations(question, sentence, expected):
    assert [f.text for f in typed_answers("who", classify(question), sentence, None)] == expected


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # a capitalised run holding a number is a numbered thing, no one's name
        ("Musim 2018-2019 menjadi musim terbaik sang pelatih bersama klubnya.", []),
        # "dari" also says whose: the name after it, and the one set off after that, are no places
        ("Bahkan agen dari Kowalski, Marc Brenner, sempat membenarkan rumor itu.", ["Marc Brenner"]),
    ],
)
def test_a_number_is_no_name_and_a_name_after_dari_is_no_place(sentence, people):
    assert [p.text for p in people_in(sentence)] == people


def test_a_generic_role_asked_first_is_no_office_and_a_later_role_is_another_persons():
    intent = classify("Siapa pejabat kementerian yang menanggapi laporan penyanyi rock itu?", "id")
    assert intent.role is None  # not "penyanyi": the singer is who the report is about
    assert classify("Siapa penyanyi rock yang melapor ke kementerian?", "id").role == "penyanyi"


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("Eks pemain klub itu, Andy van der Meyde, menganalisis peta persaingan juara.", "Andy van der Meyde"),
        ("Menurut pelatih Erik van den Berg, timnya siap bertanding.", "Erik van den Berg"),
    ],
)
def test_two_particles_inside_a_name_keep_it_whole(sentence, name):
    assert name in [p.text for p in people_in(sentence)]


def test_a_role_after_several_words_of_a_which_phrase_asks_who():
    intent = classify("Which retired Australian air force officer warned that the country holds no oil reserves?", "en")
    assert intent.kinds == ("who",) and intent.wants == "person" and intent.role == "officer"
