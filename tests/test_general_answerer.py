"""The offline answerer's steps, each on its own, and end to end on the default corpus."""

import re
from datetime import date

import pytest

from index.names import expand_acronym
from index.numbers import find_quantities, format_value, parse_number
from rag.offline.attribute import speaker_of
from rag.offline.extract import people_in
from rag.offline.intent import classify
from rag.offline.places import places_in
from rag.offline.typed import typed_answers


@pytest.mark.parametrize(
    "text,value,kind",
    [
        ("Polisi menyita 1,5 juta butir pil", 1_500_000, "count"),
        ("Sebanyak tiga ribu orang hadir", 3000, "count"),
        ("kerugian negara Rp 2,5 triliun", 2.5e12, "money"),
        ("inflasi naik 40 persen", 40, "percent"),
        ("the deal is worth US$ 3.2 billion", 3.2e9, "money"),
        ("mengirim 1.500 tentara", 1500, "count"),
        ("about 1,500 troops", 1500, "count"),
        ("Sovereign Wealth Fund (USD828 Miliar)", 828e9, "money"),  # a currency glued to the number
    ],
)
def test_one_number_reader_reads_counts_money_and_percentages(text, value, kind):
    (quantity,) = find_quantities(text)
    assert quantity.value == pytest.approx(value) and quantity.kind == kind
    assert text[quantity.start : quantity.end] == quantity.phrase


@pytest.mark.parametrize(
    "text, phrase, low, high",
    [
        ("pesawat itu mengangkut 50 sampai 70 penumpang", "50 sampai 70 penumpang", 50, 70),
        ("usulannya antara Rp 1.700 dan Rp 2.000 per kilometer", "Rp 1.700 dan Rp 2.000", 1700, 2000),
        ("a cub aged 5 – 6 months", "5 – 6 months", 5, 6),
    ],
)
def test_a_range_of_figures_is_one_quantity_from_its_low_to_its_high_end(text, phrase, low, high):
    (quantity,) = find_quantities(text)
    assert (quantity.phrase, quantity.value, quantity.upper) == (phrase, low, high)
    assert len(find_quantities("10 orang lulusan SLTA dan 7 orang S2")) == 2  # a list is no range


@pytest.mark.parametrize(
    "text", ["Senin (28/10) pukul 21.00 WIB", "pada 12 September 2019", "sejak tahun 2019", "Pasal 5 ayat 2"]
)
def test_dates_times_years_and_article_numbers_are_not_quantities(text):
    assert find_quantities(text) == []


def test_numbers_are_written_the_way_each_language_writes_them():
    assert parse_number("1.500") == parse_number("1,500") == 1500
    assert parse_number("2,5") == parse_number("2.5") == 2.5
    assert format_value(1500, "id") == "1.500" and format_value(1500, "en") == "1,500"


@pytest.mark.parametrize(
    "question,kinds,wants",
    [
        ("Who was arrested and where?", ("who", "where"), "any"),
        ("Siapa yang ditangkap dan di mana?", ("who", "where"), "any"),
        ("Siapa nama Kapolres Anambas?", ("who",), "person"),
        ("Which Russian ambassador did South Korea summon?", ("who",), "person"),
        ("Which company won the tender?", ("who",), "body"),
        ("Tanggal berapa Chrisye meninggal?", ("when",), "any"),
        ("How many people were injured in the fire?", ("how_many",), "any"),
        ("Berapa nilai kerugian negara?", ("how_much",), "any"),
        ("How much did the project cost?", ("how_much",), "any"),
        ("Mengapa kualitas udara Palembang buruk?", ("why",), "any"),
        ("Di kota mana penangkapan dilakukan?", ("where",), "any"),
        ("What did Walhi ask the government to do?", ("what",), "any"),
        ("Ke daerah mana bantuan itu sebaiknya dikirim?", ("where",), "any"),  # an area asked
        ("Which region did the aid go to?", ("where",), "any"),
        # a date or a clock time asked with 'in which' / 'apa': never a place (wrong-type guard)
        ("In which year did the war end?", ("when",), "any"),
        ("Pada hari apa laga itu digelar?", ("when",), "any"),
        ("At what time did the quake strike?", ("time",), "any"),
        ("In which minute did he score?", ("what",), "any"),
        ("What is the estimated value of the assets?", ("how_much",), "any"),  # a money noun asked with 'what is'
    ],
)
def test_question_types_in_both_languages(question, kinds, wants):
    intent = classify(question)
    assert intent.kinds == kinds and intent.wants == wants


@pytest.mark.parametrize(
    "question,kinds,parts",
    [
        (
            "Which Russian ambassador did Seoul summon, and who led the delegation?",
            ("who", "who"),
            ("Which Russian ambassador did Seoul summon", "and who led the delegation?"),
        ),
        (
            "Kapan gempa terjadi dan di mana pusatnya?",
            ("when", "where"),
            ("Kapan gempa terjadi", "dan di mana pusatnya?"),
        ),
        ("Siapa dan apa yang ditangkap?", ("who",), ()),  # one clause: not two questions of the same kind
    ],
)
def test_two_part_questions_are_split_into_their_parts(question, kinds, parts):
    intent = classify(question)
    assert intent.kinds == kinds and intent.parts == parts


@pytest.mark.parametrize(
    "question,kinds,several",
    [
        # a statement before the question does not set its type: no count for "jumlah penduduk", places asked
        (
            "Kota Bandung disebut kota dengan jumlah penduduk tertinggi ketiga. Kota mana saja yang berada di atasnya?",
            ("where",),
            4,
        ),
        ("The report counted 40 members of parliament. Who chairs it?", ("who",), 1),
        ("Berapa jumlah penduduk Kota Bandung?", ("how_many",), 1),  # one sentence: as before
    ],
)
def test_the_sentence_that_asks_sets_the_answer_type(question, kinds, several):
    intent = classify(question)
    assert intent.kinds == kinds and intent.several == several
    assert "Bandung" in intent.names or "Bandung" not in question  # names still come from the whole question


@pytest.mark.parametrize(
    "question,order,pivot",
    [
        ("What happened before the flood in Jakarta?", "before", "the flood in Jakarta"),
        ("Apa yang terjadi setelah penangkapan Suria?", "after", "penangkapan Suria"),
        ("Who first reported the fire?", "first", None),
    ],
)
def test_questions_about_order_in_time_name_their_pivot(question, order, pivot):
    intent = classify(question)
    assert intent.order == order and intent.pivot == pivot


def test_a_name_never_runs_across_a_sentence_end_or_a_line_break():
    from rag.offline.extract import names_in

    text = (
        "Pasukan itu tiba di Rusia.\nMaria Zakharova membantahnya. Kata CNN. Sekretaris Jenderal NATO Mark Rutte diam."
    )
    found = {f.text for f in names_in(text)}
    assert "Maria Zakharova" in found and not any("\n" in name or "Rusia." in name for name in found)
    assert [p.text for p in people_in(text)][-1] == "Mark Rutte"


def test_a_word_capitalised_only_to_open_a_sentence_is_not_part_of_a_name():
    from rag.offline.extract import names_in

    found = names_in("Pengungsi Jawa Timur tiba di Brussel. Maria Zakharova membantahnya.")
    assert [f.text for f in found if f.kind == "place"] == ["Jawa Timur", "Brussel"]
    assert [f.text for f in found if f.kind == "person"] == ["Maria Zakharova"]


def test_a_headline_in_title_case_yields_no_names():
    from index.clean import is_headline_like as is_headline

    assert is_headline("Korea Selatan Murka Rusia dan Korea Utara Jalin Pakta Pertahanan")
    assert not is_headline("Korea Selatan murka setelah Rusia dan Korea Utara menjalin pakta pertahanan.")
    # a sentence dense with names is no headline ("... mengalahkan Persela Lamongan 2-0 di Stadion Gelora Delta")
    assert not is_headline("Tim asuhan Jacksen F. Tiago mengalahkan Persela Lamongan 2-0 di Stadion Gelora Delta.")


def test_the_subject_of_the_question_is_not_its_answer():
    from rag.offline.typed import typed_answers

    intent = classify("Who led the South Korean delegation?")
    sentence = "Delegasi Korea Selatan dipimpin oleh Wakil Direktur Pertama NIS Hong Jang-won."
    assert [f.text for f in typed_answers("who", intent, sentence, None)][:1] == ["Hong Jang-won"]


def test_an_order_of_magnitude_ranks_below_a_figure():
    from rag.offline.extract import quantities_in
    from rag.offline.fit import candidate_bonus

    intent = classify("Berapa tentara yang dikirim?")
    vague, exact = quantities_in("ribuan tentara dikirim, tepatnya 1.500 tentara")
    assert candidate_bonus("how_many", intent, vague, "") < candidate_bonus("how_many", intent, exact, "")


def test_counted_nouns_map_across_languages():
    assert "orang" in classify("How many people died?").counted
    assert "tentara" in classify("How many soldiers were sent?").counted
    assert {"pasukan", "tentara"} <= classify("Berapa pasukan yang dikirim?").counted  # nouns that translate alike


def test_a_person_classifier_counts_the_noun_after_it_and_people():
    intent = classify("Berapa orang pengurus harian yang dilantik Ganjar?")
    assert {"orang", "pengurus"} <= intent.counted
    found = typed_answers("how_many", intent, "Dalam kesempatan itu, Ganjar melantik 55 Pengurus Harian.", None)
    assert [f.text for f in found] == ["55"]


def test_a_classifier_and_its_noun_are_both_counted_and_either_answers():
    intent = classify("Berapa butir amunisi yang diselamatkan pegawai itu?")
    assert intent.counted == {"butir", "amunisi"}
    sentence = "Kedua pegawai menyelamatkan 19 pucuk senjata dan 2.000 amunisi dari kantor itu."
    assert [f.text for f in typed_answers("how_many", intent, sentence, None)] == ["2.000 amunisi"]


def test_a_name_after_a_role_is_a_person_and_the_role_is_not():
    sentence = "kata Direktur Eksekutif Walhi Sumsel Hairul Sobri, di Palembang, Sabtu."
    (person,) = people_in(sentence)
    assert person.text.endswith("Hairul Sobri") and "Direktur" not in person.text  # "Sumsel" may stay: see README
    assert [p.text for p in places_in(sentence)] == ["Palembang"]


def test_a_country_is_never_a_person():
    sentence = "Presiden Korea Selatan Yun Suk Yeol mengecam pengiriman pasukan Korea Utara."
    assert [p.text for p in people_in(sentence)] == ["Yun Suk Yeol"]


@pytest.mark.parametrize(
    "sentence,speaker",
    [
        ("“Airnya langsung air minum,” kata Menteri PPN Bambang Brodjonegoro di Jakarta.", "Bambang Brodjonegoro"),
        ("Kapolres Anambas AKBP Agung Gema Sakti mengatakan kedua pelaku ditahan.", "Agung Gema Sakti"),
        ("Menurut Walhi, kualitas udara berbahaya.", "Walhi"),
        ("Korea Utara telah mengirim pasukan ke Rusia.", None),
        ("Sekadar mengingatkan, saat takluk 2-4 dari Iran, pemain utama baru turun.", None),  # an opener, no name
    ],
)
def test_attribution_names_the_speaker_never_a_country_merely_mentioned(sentence, speaker):
    found = speaker_of(sentence)
    assert (found.text if found else None) == speaker


def test_an_acronym_is_spelled_out_from_the_document():
    text = "Badan Intelijen Nasional Korea Selatan (NIS) menuduh ... NIS menyebutkan ..."
    assert expand_acronym("NIS", text) == "Badan Intelijen Nasional Korea Selatan (NIS)"
    assert expand_acronym("NATO", text) == "NATO"


@pytest.fixture(scope="module")
def general(tmp_path_factory):
    from rag import Assistant, Settings

    home = tmp_path_factory.mktemp("general")
    return Assistant(Settings(home=home, offline=True))


def _lead(answer) -> str:
    return answer.text.split("\n")[0]


def _ask_article(tmp_path, text: str, question: str):
    """The offline answer to `question` over one article written to disk and ingested into a fresh folder."""
    from rag import Assistant, Settings

    tmp_path.mkdir(parents=True, exist_ok=True)
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    assistant = Assistant(Settings(home=tmp_path / "home", offline=True), auto_ingest=False)
    assistant.ingest([article])
    return assistant.ask(question)


def test_a_role_question_is_answered_with_a_person_not_a_country(general):
    answer = general.ask("Which Russian ambassador did South Korea summon?")
    lead = _lead(answer)
    assert answer.grounded and "Zinoviev" in lead
    assert not re.search(r"Korea|Rusia|Russia", lead.split("[")[0])


def test_a_date_question_is_never_answered_with_a_count(general):
    answer = general.ask("Kapan majelis rendah Rusia menyetujui perjanjian dengan Pyongyang?")
    lead = _lead(answer)
    assert answer.grounded and "24 Oktober 2024" in lead
    assert not re.search(r"\d+ (tentara|troops|kapal)", lead)


def test_a_count_is_attributed_to_its_speaker_in_the_answer_language(general):
    answer = general.ask("Berapa jumlah tentara Korea Utara yang dikirim ke Rusia?")
    lead = _lead(answer)
    assert answer.grounded and "tentara" in lead and "menurut" in lead and "according" not in lead


def test_the_answer_names_the_speaker_ingest_stored_for_the_sentence(general):
    """One attribution: the how-many lead's speaker is the stored statement's (the timeline's and compare's),
    in the longest form the article gives, never a country the sentence merely mentions."""
    answer = general.ask("Berapa jumlah tentara Korea Utara yang dikirim ke Rusia?")
    cited = answer.citations[0]
    doc = general.corpus.document(cited.doc_id)
    actors = [
        e["actor"] for e in doc.events if e["kind"] == "statement" and e["start"] < cited.end and e["end"] > cited.start
    ]
    assert actors, "the cited sentence is a stored statement"
    assert f"menurut {actors[0]}" in _lead(answer)


def test_off_topic_and_absent_names_are_refused_with_a_reason(general):
    for question in ("Who won the 2022 World Cup?", "What did Pope Francis say about the North Korean troops?"):
        answer = general.ask(question)
        assert not answer.grounded and answer.refusal_reason


def test_follow_ups_keep_their_type_and_do_not_grow(general):
    chat = general.chat()
    first = chat.ask("Siapa yang memeriksa kapal-kapal Rusia pengangkut pasukan Korea Utara?")
    second = chat.ask("dan kapan?")
    third = chat.ask("lalu berapa jumlah kapalnya?")
    assert first.grounded and second.standalone_question.startswith(first.question)
    assert third.standalone_question == f"{first.question} {third.question}"  # the chain does not grow
    assert _lead(third) != _lead(first) and re.search(r"\b(7|tujuh)\b", _lead(third))


@pytest.mark.parametrize(
    "sentence,person",
    [
        ("Menteri Luar Negeri China Wang Yi membatalkan kunjungan ke New Delhi.", "Wang Yi"),
        ("Presiden Iran Hassan Rouhani membantah tuduhan itu.", "Hassan Rouhani"),
        ("Jordan Henderson mencetak gol kedua.", "Jordan Henderson"),
    ],
)
def test_a_country_before_a_name_ends_the_role_not_starts_the_name(sentence, person):
    from index.names import read_name

    assert [p.text for p in people_in(sentence)] == [person]
    assert read_name(sentence.split(" membatalkan")[0].split(" membantah")[0].split(" mencetak")[0]).text == person


@pytest.mark.parametrize(
    "question,sentence,expected",
    [
        ("Berapa jumlah wajib setor yang datang?", "Program berlangsung 106 hari dan diikuti 900 wajib setor.", "900"),
        ("How many spectators came?", "Laga itu berakhir 1-0 di depan 2.000 penonton.", "2.000"),
        ("Berapa jumlah relawan yang datang?", "Hingga kini sudah 12, kata panitia.", None),
        ("Berapa jumlah relawan yang datang?", "Hingga kini sudah 12 relawan datang.", "12"),
    ],
)
def test_a_count_of_things_is_never_a_span_of_time_or_a_bare_number_far_from_its_noun(question, sentence, expected):
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    intent = classify(question)
    found = typed_answers("how_many", intent, sentence, None)
    assert (found[0].text.split()[0] if found else None) == expected


def test_a_sentence_that_announces_what_follows_is_answered_with_what_follows(tmp_path):
    text = (
        "Antrean Samsat Diperkirakan Memanjang\n\n"
        "Pemerintah kota memberi potongan tunggakan pajak kendaraan mulai pekan depan. "
        "Mengantisipasi lonjakan pengunjung, Samsat Kota Contoh akan mempersiapkan berbagai hal. "
        "Kepala unit pelayanan Budi Santoso mengatakan, pihaknya bakal membuka ruang tambahan jika antrean panjang. "
        "Warga diminta datang lebih pagi."
    )
    answer = _ask_article(
        tmp_path, text, "Apa yang akan dilakukan Samsat Kota Contoh untuk mengantisipasi lonjakan pengunjung?"
    )
    lead = _lead(answer)
    assert answer.grounded and "berbagai hal [1]" in lead and "ruang tambahan" in lead and "[2]" in lead
    assert "ruang tambahan" in answer.citations[1].snippet


def test_a_two_word_counted_noun_is_asked_and_shown_whole():
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    intent = classify("How many nuclear-powered aircraft carriers does the US Navy have?")
    assert "kapal induk" in intent.counted and "pesawat" not in intent.counted  # not 'aircraft' alone
    found = typed_answers("how_many", intent, "Angkatan Laut AS memiliki 11 kapal induk dan 9 kapal perusak.", None)
    assert [f.text for f in found] == ["11 kapal induk"]


def test_a_why_answer_prefers_a_stated_cause_and_never_takes_an_infinitive_for_a_purpose(tmp_path):
    text = (
        "Harga Cabai di Pasar Contoh Melonjak\n\n"
        "Harga cabai rawit di Pasar Contoh pada Senin tak berdaya untuk kembali ke level Rp40.000 per kilogram. "
        "Harga cabai rawit di Pasar Contoh naik karena pasokan dari petani terganggu hujan deras, kata pedagang Siti "
        "Aminah. "
        "Pemerintah kota berencana menggelar operasi pasar pekan depan."
    )
    lead = _lead(_ask_article(tmp_path, text, "Mengapa harga cabai rawit di Pasar Contoh naik?"))
    assert "pasokan" in lead and "untuk kembali" not in lead


def test_a_why_sentence_without_a_cue_word_is_given_whole_rather_than_a_weak_cue_elsewhere():
    from rag.offline.intent import classify
    from rag.offline.kinds.why import plain_reason_fit
    from rag.offline.typed import typed_answers

    intent = classify("Mengapa Budi tidak memperkuat tim voli saat melawan Kuwait?")
    injured = "Tim yang tidak diperkuat Budi yang masih menjalani penyembuhan cedera langsung menekan di set kedua."
    assert typed_answers("why", intent, injured, None) == []
    [weak] = typed_answers("why", intent, "Kekalahan itu menjadi acuan untuk mendulang poin lawan Thailand.", None)
    assert weak.detail == "purpose_weak"
    restating = "Budi tidak memperkuat tim voli saat melawan Kuwait."
    assert plain_reason_fit(intent, injured) > plain_reason_fit(intent, restating)


def test_a_body_question_never_takes_a_role_and_a_persons_name_for_a_body():
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    intent = classify("Dengan lembaga apa DPRD Kabupaten Contoh bekerja sama?")
    assert intent.wants == "body"
    sentence = "Ketua DPRD Kabupaten Contoh Asep Noordin Mustofa mengatakan, pembinaan digelar bersama Kemendagri."
    found = [f.text for f in typed_answers("who", intent, sentence, None)]
    assert found and not any("Asep" in f for f in found)


def test_a_question_for_a_date_ranks_a_day_above_a_year():
    from datetime import date

    from rag.offline.fit import candidate_bonus
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    intent = classify("From what date does the tax discount apply?")
    arrears, discount = "Penunggak pajak sejak 2013 diberi diskon.", "Diskon berlaku mulai Senin (16/9/2019)."
    year = typed_answers("when", intent, arrears, date(2019, 9, 16))[0]
    day = typed_answers("when", intent, discount, date(2019, 9, 16))[0]
    assert (year.detail.precision, day.detail.precision) == ("year", "day")
    assert candidate_bonus("when", intent, day, discount) - candidate_bonus("when", intent, year, arrears) >= 0.3


def test_in_a_list_of_figures_the_asked_item_takes_its_own_figure_not_the_neighbours():
    from rag.offline.fit import proximity
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    sentence = "Anggota lulusan SLTA tercatat 10 orang, lulusan S1 tercatat 18 orang dan lulusan S2 tercatat 7 orang."
    intent = classify("Berapa anggota lulusan S2?")
    found = typed_answers("how_many", intent, sentence, None)
    best = max(found, key=lambda f: proximity(intent, sentence, f))
    assert best.text == "7 orang"


@pytest.mark.parametrize(
    ("question", "sentence", "person"),
    [
        (
            "Siapa Wakil Menteri Luar Negeri yang memanggil duta besar itu?",
            "Kementerian mengatakan Wakil Menlu Budi Hartono memanggil duta besar itu pada Senin.",
            "Budi Hartono",
        ),
        (
            "Which defence official said there was evidence of the troops?",
            "“Kami punya bukti,” kata Menteri Pertahanan Lloyd Austin kepada wartawan.",
            "Lloyd Austin",
        ),
    ],
)
def test_a_role_is_found_abbreviated_and_a_generic_role_takes_any_role(question, sentence, person):
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    intent = classify(question)
    assert intent.role and intent.wants == "person"
    assert [f.text for f in typed_answers("who", intent, sentence, None)] == [person]


def test_a_city_question_prefers_the_visited_city_to_a_list_of_countries_and_a_number_is_no_place():
    from rag.offline.fit import candidate_bonus
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    intent = classify("In which city is the headquarters the delegation visited?")
    sentence = "Delegasi yang mengunjungi Brussels akan bertemu mitra dari Australia, Jepang dan Selandia Baru."
    found = typed_answers("where", intent, sentence, None)
    best = max(found, key=lambda f: candidate_bonus("where", intent, f, sentence))
    assert best.text == "Brussels"
    assert typed_answers("where", intent, "Mereka mengirim sekitar 3.000 tentara.", None) == []


@pytest.mark.parametrize(
    "question",
    ["Which airport did the lawmaker say should be reopened?", "Bandara mana yang harus diaktifkan kembali?"],
)
def test_a_question_for_a_kind_of_place_prefers_a_place_of_that_kind_to_where_it_was_said(question):
    from rag.offline.fit import candidate_bonus

    intent = classify(question)
    sentence = "Fahri mengatakan di Kompleks Parlemen Senayan, Jakarta, bahwa Bandara Biak perlu diaktifkan kembali."
    found = typed_answers("where", intent, sentence, None)
    best = max(found, key=lambda f: candidate_bonus("where", intent, f, sentence))
    assert intent.kind == "where" and best.text == "Bandara Biak", [f.text for f in found]


def test_which_country_is_answered_with_a_country_never_a_team_or_a_person_from_there():
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    intent = classify("Which country won the final?")
    assert intent.wants == "country"
    sentence = "Pasangan Jepang kalah di semifinal, sedangkan final dimenangi Afrika Selatan."
    assert [f.text for f in typed_answers("who", intent, sentence, None)] == ["Afrika Selatan"]
    assert typed_answers("who", intent, "Pasangan Jepang melaju ke perempat final.", None) == []


def test_the_agent_of_a_passive_is_the_doer_and_dictionary_words_name_a_body_not_a_person():
    from rag.offline.extract import names_in
    from rag.offline.fit import candidate_bonus
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    intent = classify("Siapa yang memeriksa kapal-kapal itu?")
    passive = "Kapal-kapal itu telah diperiksa secara khusus oleh pemimpin Korea Utara Kim Jong Un."
    [kim] = [f for f in typed_answers("who", intent, passive, None) if f.text == "Kim Jong Un"]
    assert candidate_bonus("who", intent, kim, passive) >= 0.2  # a person, and the agent after 'oleh'
    kinds = {f.text: f.kind for f in names_in("Pasukan dibawa kapal Angkatan Laut Rusia bersama Perguruan Tinggi.")}
    assert kinds.get("Angkatan Laut Rusia") == "body" and kinds.get("Perguruan Tinggi") == "body"


def test_an_undated_article_dates_a_weekday_and_day_by_the_latest_matching_year(tmp_path):
    text = (
        "Badan Cuaca Merilis Peringatan\n\n"
        "Badan cuaca merilis peringatan dini gelombang tinggi pada Jumat (18/10), dilansir dari kantor berita. "
        "Nelayan diminta tidak melaut selama tiga hari."
    )
    answer = _ask_article(tmp_path, text, "Kapan badan cuaca merilis peringatan dini gelombang tinggi?")
    assert answer.grounded and "18 Oktober" in _lead(answer)


def test_what_a_request_asks_for_is_no_purpose_and_a_restated_question_is_no_reason():
    from rag.offline.fit import candidate_bonus
    from rag.offline.intent import classify
    from rag.offline.kinds.why import reason_in
    from rag.offline.typed import typed_answers

    assert reason_in("Korea Selatan meminta agar Rusia segera menarik mundur tentara.") is None
    assert reason_in("Polisi menyegel pabrik agar warga tidak terpapar asap.").detail == "purpose"
    # what they were kept from or allowed to do is no purpose either
    assert reason_in("Mereka dihalangi untuk masuk oleh barikade aparat kepolisian.") is None
    assert reason_in("Polisi dikerahkan untuk mengamankan gedung itu.").detail == "purpose_weak"
    intent = classify("Mengapa Seoul meminta Rusia menarik mundur tentara?")
    echo = "Seoul kecewa, agar Rusia menarik mundur tentara."
    cause = "Seoul kecewa karena pengerahan itu dinilai ancaman keamanan global."
    [restating], [stated] = typed_answers("why", intent, echo, None), typed_answers("why", intent, cause, None)
    assert candidate_bonus("why", intent, stated, cause) - candidate_bonus("why", intent, restating, echo) > 0.2


def test_a_typed_answer_borrows_half_the_support_of_the_best_sentence_of_its_own_article():
    from rag.offline.decide import _support
    from rag.offline.evidence import Scored, Sentence

    def scored(doc: str, support: float) -> Scored:
        return Scored(Sentence(doc, 0, 1, "x", 0, None), 0.0, 0.0, 0.0, False, support)  # type: ignore[arg-type]

    top, anaphoric, elsewhere = scored("a", 0.40), scored("a", 0.22), scored("b", 0.22)
    assert abs(_support(anaphoric, [top, anaphoric, elsewhere]) - 0.31) < 1e-9  # "Sebanyak 16 tim ... kejuaraan ini"
    assert _support(elsewhere, [top, anaphoric, elsewhere]) == 0.22  # alone in its article
    second_article = scored("b", 0.32)  # the best sentence of the answer's own article, not the best overall
    assert abs(_support(elsewhere, [top, second_article, elsewhere]) - 0.27) < 1e-9


def test_next_and_last_year_or_month_count_from_the_publication_date_and_answer_only_questions_about_then():
    from datetime import date

    from index.dates import find_dates
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    published = date(2019, 9, 10)
    said = "Audisi umum akan dihentikan pada tahun depan, bulan lalu masih digelar."
    assert [(m.text, m.date, m.precision) for m in find_dates(said, published)] == [
        ("tahun depan", date(2020, 1, 1), "year"),
        ("bulan lalu", date(2019, 8, 1), "month"),
    ]
    assert find_dates("Ia pindah dua bulan lalu dan 3 tahun lalu.", published) == []
    assert find_dates("Rumah itu dibangun tujuh tahun lalu.", published) == []
    will = classify("When will the audition be stopped?")
    did = classify("Pada tahun berapa Kevin mengikuti audisi?")
    assert [f.text for f in typed_answers("when", will, said, published)][0] == "tahun depan"
    assert "tahun depan" not in [f.text for f in typed_answers("when", did, said, published)]
    # a question that does not say when takes a later date only as the date of the event it asks
    rematch = "Duel ulang kedua petinju itu digelar di Las Vegas, AS, pada 22 Februari 2020."
    neutral = classify("Kapan duel ulang Fury dan Wilder digelar?")
    assert [f.text for f in typed_answers("when", neutral, rematch, published)] == ["22 Februari 2020"]


def test_a_country_short_form_and_a_resulting_figure_point_at_the_asked_candidate():
    from datetime import date

    from rag.offline.fit import candidate_bonus, proximity
    from rag.offline.intent import classify
    from rag.offline.typed import typed_answers

    schedule = "Jadwal: Sabtu (14/9) versus Pakistan, Minggu (15/9) versus Korsel."
    intent = classify("Kapan Korea Selatan dihadapi?")
    dates = typed_answers("when", intent, schedule, date(2019, 9, 13))
    assert max(dates, key=lambda f: proximity(intent, schedule, f)).text.startswith("Minggu")
    revised = "Jumlah orang hilang di Pulau Contoh akibat badai turun secara signifikan menjadi 1.300 dari 2.500 orang."
    intent = classify("Menjadi berapa jumlah orang hilang di Pulau Contoh?")
    found = {f.text: f for f in typed_answers("how_many", intent, revised, None)}
    assert "1.300" in found  # its noun stands 70 characters before it
    assert candidate_bonus("how_many", intent, found["1.300"], revised) > candidate_bonus(
        "how_many", intent, found["2.500 orang"], revised
    )


@pytest.mark.parametrize(
    "question, several",
    [
        ("Pukul berapa dua gempa itu terjadi?", 2),
        ("Who were the two firefighters who entered the building?", 2),
        ("Siapa saja yang hadir dalam rapat itu?", 4),
        ("Siapa yang dihukum dua tahun penjara?", 1),  # a span of time is not a count of answers
        ("Who won on 2 September?", 1),
    ],
)
def test_a_question_asking_for_several_says_how_many(question, several):
    assert classify(question).several == several


def test_a_time_question_is_its_own_kind_and_finds_clock_times_not_scores():
    from rag.offline.typed import typed_answers

    intent = classify("Pukul berapa kereta itu berangkat?")
    assert intent.kind == "time" and classify("What time did the train leave?").kind == "time"
    assert classify("Kapan kereta itu berangkat?").kind == "when"
    found = typed_answers("time", intent, "Kereta berangkat pukul 07.15 WIB, menang 2.1 dan tiba 14:30 WIB.", None)
    assert [f.text for f in found] == ["07.15 WIB", "14:30 WIB"]
    assert typed_answers("time", intent, "Skor akhir 25.20 untuk tim tamu, pukul 25.00.", None) == []


def test_a_time_question_is_answered_with_times_listed_when_two_are_asked(tmp_path):
    text = (
        "Dua Gempa Guncang Pesisir Selatan\n\n"
        "BMKG mencatat dua gempa mengguncang pesisir selatan pada Kamis, 19 September 2019. "
        "Gempa pertama terjadi pukul 14.06 WIB dan gempa kedua pukul 14.31 WIB, menurut BMKG. "
        "Warga sempat berhamburan keluar rumah."
    )
    lead = _lead(_ask_article(tmp_path, text, "Pukul berapa dua gempa di pesisir selatan terjadi?"))
    assert lead.startswith("Pukul 14.06 WIB dan 14.31 WIB"), lead


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        ("Berapa lama pasien itu dirawat?", "Ia dirawat selama 10 hari sejak 1 September, kata 3 dokter.", ["10 hari"]),
        ("How long will the study take?", "Kajian itu dikerjakan sembilan bulan oleh 24 unit tim.", ["sembilan bulan"]),
        ("Berapa lama kajian itu?", "Kajian melibatkan 24 unit tim.", []),  # no span of time: no answer
        ("Berapa lama ia dirawat?", "Pria berusia 83 tahun itu dirawat 10 hari.", ["10 hari"]),  # an age is no span
        ("Berapa lama ia dirawat?", "Ia dirawat sejak 1 September 2019.", ["sejak 1 September 2019"]),
        ("How long has he been treated?", "Ia dirawat pada 1 September 2019.", []),  # a date alone is no span
    ],
)
def test_a_how_long_question_is_answered_with_a_span_of_time_only(question, sentence, expected):
    from rag.offline.typed import typed_answers

    intent = classify(question)
    assert [f.text for f in typed_answers(intent.kind, intent, sentence, date(2019, 9, 12))] == expected


@pytest.mark.parametrize(
    "question, bound",
    [
        ("Mulai kapan film itu tayang di bioskop Indonesia?", "mulai"),
        ("From what date is the film showing in Indonesia?", "mulai"),  # the bound word in the other language
        ("Sampai kapan pameran itu dibuka?", "hingga"),
    ],
)
def test_a_question_for_when_something_begins_or_ends_prefers_a_date_after_that_bound(question, bound):
    from rag.offline.extract import dates_in
    from rag.offline.fit import candidate_bonus

    sentence = f"Film itu dipuji pada 30 Agustus 2019 dan tayang {bound} Jumat, 20 September 2019."
    festival, showing = dates_in(sentence, date(2019, 9, 18))
    intent = classify(question)
    assert candidate_bonus("when", intent, showing, sentence) > candidate_bonus("when", intent, festival, sentence)
    plain = classify("Kapan film itu tayang di bioskop Indonesia?")
    assert candidate_bonus("when", plain, showing, sentence) == candidate_bonus("when", plain, festival, sentence)


def test_a_span_given_by_its_start_is_answered_since_then_in_the_question_language(tmp_path):
    text = (
        "Mantan Menteri Dirawat\n\nJAKARTA - Mantan menteri Budi Santoso telah menjalani perawatan intensif di "
        "rumah sakit sejak 1 September 2019. Keluarga meminta doa dari masyarakat."
    )
    english = _ask_article(tmp_path / "en", text, "How long has former minister Budi Santoso been in intensive care?")
    indonesian = _ask_article(tmp_path / "id", text, "Berapa lama Budi Santoso menjalani perawatan intensif?")
    assert _lead(english).startswith("Since 1 September 2019") and english.grounded
    assert _lead(indonesian).startswith("Sejak 1 September 2019") and indonesian.grounded


@pytest.mark.parametrize(
    "name, text",
    [
        ("France", "Warga Kota Armentieres, Prancis Utara, terkejut."),  # a country in the other language
        ("UAE", "UEA adalah salah satu investor global teratas."),  # its abbreviation in the other word order
        ("B50", "Pemerintah menyiapkan program B-50 kelapa sawit."),  # written with a hyphen
        ("Jakarta", "Tarif Tol Jakarta-Cikampek naik."),  # one part of a hyphenated name
        ("GBK", "Laga itu digelar di Stadion Utama Gelora Bung Karno."),  # an acronym, spelled out
        ("Canadian", "Pemerintah Kanada menyita aset itu."),  # a people's word, as its country
        ("Iranian", "Aset Iran disita pengadilan."),
    ],
)
def test_a_question_name_is_found_as_the_other_language_or_a_hyphenated_form_writes_it(name, text):
    from rag.offline.names import name_found

    assert name_found(name, text)
    assert not name_found(name, "Warga Kota Bogor terkejut.")


def test_an_english_bodys_name_is_not_required_in_news_of_another_language():
    from rag.offline.decide import missing_entities

    intent = classify("How many officers did the Transport Ministry inaugurate in Jakarta?")
    evidence = "Kementerian Perhubungan melantik 2.597 perwira di Jakarta."
    assert missing_entities(intent, [evidence]) == []
    assert missing_entities(intent, ["Kementerian Perhubungan melantik 2.597 perwira."]) == ["Jakarta"]


def test_a_role_the_question_gives_is_not_asked_when_it_asks_for_a_body():
    intent = classify("Perusahaan mana yang menandatangani MoU dengan Wali Kota Bogor Bima Arya?")
    assert intent.wants == "body" and intent.role is None
    assert classify("Siapa Wali Kota Bogor yang menandatangani MoU itu?").role is not None


def test_the_response_of_a_named_party_is_what_that_party_said(tmp_path):
    text = (
        "Tuduhan Penimbunan Beras\n\nJAKARTA - Serikat petani menuduh perusahaan negara menimbun beras di gudang "
        "Cikarang, Senin (7/10/2019). Tuduhan penimbunan beras itu disampaikan dalam unjuk rasa di Jakarta. "
        "Menanggapi tuduhan itu, Direktur Utama Perum Bulog Budi Waseso mengatakan stok di gudang adalah cadangan "
        "resmi pemerintah. Unjuk rasa berakhir pada sore hari tanpa insiden."
    )
    answer = _ask_article(tmp_path, text, "Apa tanggapan Bulog terhadap tuduhan penimbunan beras?")
    assert answer.grounded and "cadangan resmi" in _lead(answer)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Karena itu, polisi menyegel dua rumah industri itu.", None),  # "therefore": the cause came before
        ("Because of this, the mayor closed the road.", None),
        ("Polisi menyegel pabrik karena itu melanggar aturan.", "karena itu melanggar aturan"),  # "because it"
        ("The mayor closed the road because of this flood.", "because of this flood"),
    ],
)
def test_a_cause_word_pointing_back_is_no_reason_in_its_own_sentence(sentence, reason):
    from rag.offline.kinds.why import reason_in

    found = reason_in(sentence)
    assert (found.text if found else None) == reason


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Upacara digelar di lapangan Silang Monas Jakarta, Rabu (18/9/2019).", ["Silang Monas Jakarta"]),
        ("Mereka bertemu di rumah makan Padang Sederhana.", ["Padang Sederhana"]),
        ("Atlet itu berlaga di Kejuaraan Asia.", []),  # an event after the locative, no area noun between
    ],
)
def test_a_place_named_after_an_area_noun_is_a_place(sentence, place):
    assert [p.text for p in places_in(sentence)] == place


def test_a_date_the_question_names_is_not_its_answer():
    intent = classify("Setelah laga pada 15 September 2019, kapan tim itu bertanding lagi?")
    sentence = "Usai laga 15 September 2019, tim itu kembali bertanding pada 22 September 2019."
    assert [f.text for f in typed_answers("when", intent, sentence, date(2019, 9, 16))] == ["22 September 2019"]


def test_a_question_for_a_name_is_refused_when_the_evidence_names_none(tmp_path):
    unnamed = (
        "Siswa Ancam Guru\n\nYOGYAKARTA - Seorang siswa di sebuah sekolah mengacungkan celurit kepada gurunya "
        "karena HP miliknya disita. Peristiwa itu viral di media sosial."
    )
    refused = _ask_article(tmp_path / "a", unnamed, "Apa nama sekolah tempat siswa yang mengacungkan celurit itu?")
    assert not refused.grounded and refused.refusal_reason == "no name in the evidence"
    named = unnamed.replace("di sebuah sekolah", "di SMA Negeri 3 Yogyakarta")
    answered = _ask_article(tmp_path / "b", named, "Apa nama sekolah tempat siswa yang mengacungkan celurit itu?")
    assert answered.grounded and "SMA Negeri 3" in _lead(answered)


@pytest.mark.parametrize(
    "question,statement",
    [
        ("Who first reported the deployment?", True),
        ("Siapa yang pertama kali melaporkan pengiriman itu?", True),
        ("Zelensky's warning or the NIS statement: which came first?", True),
        ("When did the central bank first cut its rate this year?", False),  # the event's first time, not a report
        ("Kapan Persib terakhir kali juara?", False),
    ],
)
def test_first_or_latest_orders_statements_only_when_a_statement_is_asked(question, statement):
    intent = classify(question)
    assert intent.order in ("first", "last")
    assert intent.asks_statement is statement


@pytest.mark.parametrize(
    "question,expected",
    [
        ("When did the central bank first cut its rate in 2019?", "18 Juni 2019"),
        ("Kapan bank sentral terakhir kali menurunkan suku bunga?", "5 September 2019"),
        ("Kapan penurunan suku bunga yang kedua diputuskan?", "22 Agustus 2019"),  # an ordinal asked
        ("When was the third cut decided?", "5 September 2019"),
    ],
)
def test_a_first_or_last_question_takes_the_date_written_after_that_order_word(question, expected):
    from rag.offline.kinds.when import bonus

    sentence = (
        "Penurunan pertama diputuskan pada 18 Juni 2019, yang kedua pada 22 Agustus 2019, dan yang ketiga serta "
        "terakhir pada 5 September 2019."
    )
    intent = classify(question)
    found = typed_answers("when", intent, sentence, date(2019, 9, 19))
    best = max(found, key=lambda f: bonus(intent, f, sentence) - 0.01 * found.index(f))
    assert best.text == expected, [(f.text, bonus(intent, f, sentence)) for f in found]


def test_a_sentence_that_asks_a_question_is_never_the_answer():
    from rag.offline.evidence import Scored, Sentence
    from rag.offline.pick import pick_answer

    def item(text: str, score: float) -> Scored:
        return Scored(Sentence("d", 0, len(text), text, 0, None), score, 0.8, 0.5, False)

    scored = [item("Siapa sajakah selebriti yang pernah mengalami santet?", 0.9), item("Wendy mengaku disantet.", 0.7)]
    intent = classify("Apa yang dialami Wendy?")
    pick = pick_answer(intent.kind, intent, scored, lambda k, i, s: [], lambda s: "")
    assert pick.item.sentence.text == "Wendy mengaku disantet."
    opens_a_list = [item("Berikut daftar harga mobil itu:", 0.9), item("Varian 1.0 D MT tidak naik.", 0.7)]
    pick = pick_answer("what", classify("Varian mana yang harganya tidak naik?"), opens_a_list, lambda k, i, s: [], str)
    assert pick.item.sentence.text == "Varian 1.0 D MT tidak naik."


def test_what_is_the_full_name_asks_for_a_person():
    assert classify("What is the full name of the cleric known as Gus Baha?").kinds == ("who",)


def test_a_number_after_a_label_word_is_a_figure_when_a_unit_follows():
    (quantity,) = find_quantities("Produksi per tahun 700 kg—800 kg, ungkapnya.")
    assert (quantity.phrase, quantity.value, quantity.upper) == ("700 kg—800 kg", 700, 800)
    assert find_quantities("Pada tahun 2019 dan pasal 5 itu") == []


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (  # what is scheduled: the date to come, not the one before the article
            "Kapan duel ulang dijadwalkan berlangsung?",
            "Mereka bentrok pada 1 Desember 2018, dan duel ulang digelar di Las Vegas pada 22 Februari 2020.",
            ["22 Februari 2020"],
        ),
        (  # when something runs out may be after the article
            "Kapan izin usaha pertambangan itu berakhir?",
            "Perseroan berencana membeli tambang baru sebelum izin tambang itu habis pada 2021.",
            ["pada 2021"],
        ),
        (  # a question that does not look ahead keeps the dates before the article only
            "Kapan izin usaha pertambangan itu diberikan?",
            "Perseroan berencana membeli tambang baru sebelum izin tambang itu habis pada 2021.",
            [],
        ),
    ],
)
def test_a_question_that_looks_ahead_takes_dates_after_the_article(question, sentence, expected):
    found = typed_answers("when", classify(question), sentence, date(2019, 9, 20))
    assert [f.text for f in found] == expected


@pytest.mark.parametrize(
    "sentence, reason",
    [
        ("Pemberian mata pelajaran ini atas permintaan para orang tua murid.", "atas permintaan para orang tua murid"),
        ("Idenya berawal dari rasa keprihatinan terhadap generasi muda.", "berawal dari rasa keprihatinan terhadap"),
        ("The lessons were added at the request of parents.", "at the request of parents"),
    ],
)
def test_a_cause_may_be_a_request_or_an_origin(sentence, reason):
    (found,) = typed_answers("why", classify("Mengapa pelajaran itu ditambahkan?"), sentence, None)
    assert found.text.startswith(reason) and found.detail == "cause"


def test_a_question_whose_topic_words_the_evidence_never_uses_is_refused():
    from rag.offline.decide import decide
    from rag.offline.evidence import Scored, Sentence

    text = "Festival budaya Indonesia digelar pada 3 September 2019 di Bandung."
    item = Scored(Sentence("d", 0, len(text), text, 0, None), 0.6, 0.85, 0.3, True, 0.6)
    off_topic = decide(classify("Kapan gerhana matahari cincin terlihat dari Indonesia?"), [item], item, [text], "id")
    assert not off_topic.grounded and "gerhana" in off_topic.reason
    on_topic = decide(classify("Kapan festival budaya Indonesia digelar?"), [item], item, [text], "id")
    assert on_topic.grounded, on_topic.reason


def test_a_question_of_where_someone_went_prefers_the_place_gone_to():
    from rag.offline.kinds.where import bonus

    sentence = "Perampok itu beraksi di Kecamatan Gubug, lalu kabur ke arah barat menuju Kecamatan Guntur."
    for question in ("In which direction did the robbers escape?", "Ke mana para perampok itu kabur?"):
        intent = classify(question)
        found = typed_answers("where", intent, sentence, None)
        assert max(found, key=lambda f: bonus(intent, f, sentence)).text == "Kecamatan Guntur"


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Duel itu berlangsung selama 1 jam 5 menit.", "1 jam 5 menit"),
        ("Fati berusia 16 tahun 298 hari saat debut.", "16 tahun 298 hari"),
        ("The match lasted 2 hours and 10 minutes.", "2 hours and 10 minutes"),
    ],
)
def test_a_span_of_time_in_two_units_is_one_quantity(text, phrase):
    (quantity,) = find_quantities(text)
    assert quantity.phrase == phrase


def test_a_venue_whose_name_begins_with_a_dictionary_word_is_a_place():
    sentence = "Keduanya pertama kali bentrok di Staples Center, Los Angeles, California, pada 1 Desember 2018."
    assert [f.text for f in places_in(sentence)] == ["Staples Center, Los Angeles, California"]
    assert places_in("Ia bertanding di Kejuaraan Asia.") == []  # a dictionary word heading no building


def test_a_product_name_and_its_model_number_must_both_be_in_the_evidence():
    from rag.offline.decide import missing_entities
    from rag.offline.question_names import question_entities

    question = "How much will Apple's iPhone 11 cost when it goes on sale in Indonesia?"
    assert ("Apple", "iPhone", "11") in question_entities(question, required=True)  # "iPhone" read whole
    evidence = "Sebanyak 11 peserta dari Indonesia ikut lomba itu."
    assert missing_entities(classify(question), [evidence]) == ["Apple iPhone 11"]  # the bare 11 is no iPhone


def test_a_scale_word_with_an_reads_as_that_scale():
    (quantity,) = find_quantities("Biaya membangun skuter itu mencapai Rp 50 jutaan.")
    assert (quantity.phrase, quantity.value, quantity.kind) == ("Rp 50 jutaan", 50_000_000, "money")


def test_a_place_headed_by_a_place_word_keeps_a_role_word_inside_its_name():
    sentence = "Jasad bayi itu dibawa ke Rumah Sakit Umum Daerah Kota Tangerang."  # "umum" as in "ketua umum"
    assert [f.text for f in places_in(sentence)] == ["Rumah Sakit Umum Daerah Kota Tangerang"]
    assert places_in("Menurut Ketua Umum Partai Golkar Airlangga.") == []


def test_a_name_after_a_lower_case_level_of_place_is_a_place():
    sentence = "Empat sopir truk berpesta di garasi trailer jalan Kalianak Surabaya pada Senin malam."
    assert [f.text for f in places_in(sentence)] == ["Kalianak Surabaya"]
    assert places_in("Menurut juru bicara Gedung Putih, tidak ada perubahan.") == []


def test_a_follow_up_about_the_person_just_named_reads_the_article_that_named_him(tmp_path):
    """'Berapa umurnya?' after a who-answer: the age in that answer's article, not another player's elsewhere."""
    from rag import Assistant, Settings

    (tmp_path / "a.txt").write_text(
        "Persib Batal Daftarkan Fabiano Beltrame\n\nPersib Bandung tidak mendaftarkan bek asal Brasil Fabiano "
        "Beltrame pada putaran kedua Liga 1 karena proses naturalisasinya belum selesai. Pelatih Robert Alberts "
        "mengatakan pintu Persib masih terbuka bagi pemain berusia 37 tahun ini.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Persib Datangkan Bek Muda\n\nPersib Bandung mendatangkan bek muda Dewangga Santosa untuk putaran kedua "
        "Liga 1. Pemain berusia 18 tahun itu juga sudah didaftarkan sebagai pemain Persib untuk putaran kedua.\n",
        encoding="utf-8",
    )
    assistant = Assistant(Settings(home=tmp_path / "home", offline=True), auto_ingest=False)
    assistant.ingest([tmp_path / "a.txt", tmp_path / "b.txt"])
    chat = assistant.chat()
    first = chat.ask("Bek asal Brasil mana yang tidak didaftarkan Persib pada putaran kedua Liga 1?")
    assert "Fabiano" in _lead(first)
    age = chat.ask("Berapa umurnya?")
    assert "37" in _lead(age) and "18" not in _lead(age)


def test_a_range_of_months_is_no_name_the_evidence_must_hold():
    from rag.offline.question_names import question_entities

    required = question_entities("What were the losses in January-August 2019 in Bekasi?", required=True)
    assert required == [("2019",), ("Bekasi",)]


def test_a_date_an_article_was_quoted_on_is_not_when_the_event_happened():
    from rag.offline.fit import candidate_bonus

    intent = classify("On what day did two elephants run amok at a procession in Sri Lanka?")
    sentence = (
        "Dikutip dari mirror.co.uk, Senin, 9 September 2019, kejadian ini terjadi pada Sabtu, 7 September 2019, "
        "saat gajah-gajah itu berparade."
    )
    quoted, happened = typed_answers("when", intent, sentence, date(2019, 9, 10))
    assert candidate_bonus("when", intent, happened, sentence) > candidate_bonus("when", intent, quoted, sentence)


def test_a_release_scheduled_to_come_takes_no_past_date():
    intent = classify("When is the game scheduled to be released?")
    sentence = "Serial itu tayang pertama kali pada 1989, dan gimnya akan dirilis pada 17 Januari 2020."
    assert [f.text for f in typed_answers("when", intent, sentence, date(2019, 9, 15))] == ["17 Januari 2020"]


def test_a_month_still_running_on_the_articles_day_is_not_past_for_a_scheduled_question():
    intent = classify("When is the toll road section scheduled to open?")
    sentence = "Ruas tol itu dijadwalkan beroperasi pada September 2019."
    assert [f.text for f in typed_answers("when", intent, sentence, date(2019, 9, 20))] == ["pada September 2019"]


def test_the_day_a_quote_was_said_is_not_when_the_event_it_speaks_of_happened():
    from rag.offline.fit import candidate_bonus

    intent = classify("In what year did the Constitutional Court strike down a similar provision, according to her?")
    sentence = '"Aturan serupa dibatalkan MK pada 2006," kata Bivitri dalam diskusi di Menteng, Rabu (18/9/2019).'
    happened, said = typed_answers("when", intent, sentence, date(2019, 9, 19))
    assert candidate_bonus("when", intent, happened, sentence) > candidate_bonus("when", intent, said, sentence)
    asked = classify("When did Bivitri say the court had struck it down?")  # the saying itself asked
    happened, said = typed_answers("when", asked, sentence, date(2019, 9, 19))
    assert candidate_bonus("when", asked, said, sentence) >= candidate_bonus("when", asked, happened, sentence)


def test_which_years_asks_when_and_days_one_mention_lists_are_all_given(general):
    assert classify("In which years was the fort built?").kind == "when"
    answer = general.ask("On which dates did North Korea move its special forces to Russia on Russian navy ships?")
    assert answer.text.startswith("On 8 and 13 October 2024")


def test_a_count_takes_the_noun_asked_after_its_classifier_and_a_how_much_without_money_takes_a_measure():
    count = classify("Berapa jumlah wakil ketua MPR periode 2019-2024?")
    sentence = "Pimpinan MPR periode 2019-2024 menjadi 10 orang yakni 1 orang ketua dan 9 orang wakil ketua."
    assert [f.text for f in typed_answers("how_many", count, sentence, None)] == ["9 orang"]
    area = classify("How much farmland is irrigated by the pumping scheme?")
    sentence = "Pompanisasi yang dikelola Hippa mengairi seluas 1.700 hektar sawah."
    assert [f.text for f in typed_answers("how_much", area, sentence, None)] == ["1.700 hektar"]
    money = classify("How much did the pumping scheme cost?")  # a cost is money, never an area
    assert typed_answers("how_much", money, sentence, None) == []


def test_an_address_is_asked_where_and_read_with_its_initials_and_house_number():
    assert classify("Di alamat mana tepatnya benteng itu berada?").kind == "where"
    sentence = "Tepatnya di Jalan Jenderal A. Yani No. 6, lokasinya dekat dengan keraton."
    assert [f.text for f in places_in(sentence)] == ["Jalan Jenderal A. Yani No. 6"]
    # "du" joins a name; "Ahad" is a day, not a region of the place
    assert [f.text for f in places_in("Laga digelar di Tennis Indoor Senayan, Ahad (15/9/2019).")] == [
        "Tennis Indoor Senayan"
    ]


def test_a_sentence_that_asks_is_never_given_whole_as_the_reason():
    from rag.offline.evidence import Scored, Sentence
    from rag.offline.pick import pick_answer

    intent = classify("Mengapa Susi Pujiastuti tidak diangkat lagi sebagai menteri?")
    asked = "Memang banyak pertanyaan: mengapa Susi Pujiastuti yang populer itu tidak diangkat lagi?"
    told = "Susi dinilai sulit diajak koordinasi dengan kementerian lain."
    scored = [
        Scored(Sentence("d", 0, len(asked), asked, 0, None), 0.8, 0.9, 0.8, False),
        Scored(Sentence("d", 100, 100 + len(told), told, 0, None), 0.7, 0.9, 0.3, False),
    ]
    typed = lambda kind, i, s: typed_answers(kind, i, s.text, None)  # noqa: E731
    assert pick_answer("why", intent, scored, typed, lambda s: "").item.sentence.text == told


def test_a_follow_up_about_the_person_just_named_is_read_as_about_that_name(tmp_path):
    """'Dia berpaspor negara mana?' after 'Nwankwo Kanu': the sentence about him, not one of the first question's."""
    from rag import Assistant, Settings
    from rag.question import lead_name
    from rag.types import Answer, Citation

    cited = Citation(1, "a", "t", "s", None, "x", 0, 1)
    assert lead_name("Berapa umurnya?", Answer("Nwankwo Kanu [1].", True, [cited])) == "Nwankwo Kanu"
    assert lead_name("Berapa umurnya?", Answer("Ia memuji Pepe [1].", True, [cited])) is None  # no name
    assert lead_name("Lalu kapan?", Answer("Nwankwo Kanu [1].", True, [cited])) is None  # not about him
    (tmp_path / "a.txt").write_text(
        "Legenda Arsenal Puji Pepe\n\nSalah satu legenda Arsenal, Nwankwo Kanu, memberikan pujian terhadap keputusan "
        "klub memboyong Nicolas Pepe pada musim panas 2019. Pepe resmi bergabung dengan Arsenal sebelum bursa "
        "transfer musim panas 2019 di Inggris ditutup. Menurut pria berpaspor Nigeria tersebut, kehadiran Pepe "
        "membuat lawan waspada.\n",
        encoding="utf-8",
    )
    assistant = Assistant(Settings(home=tmp_path / "home", offline=True), auto_ingest=False)
    assistant.ingest([tmp_path / "a.txt"])
    chat = assistant.chat()
    assert "Nwankwo Kanu" in _lead(chat.ask("Legenda Arsenal siapa yang memuji keputusan klub memboyong Pepe?"))
    assert "Nigeria" in _lead(chat.ask("Dia berpaspor negara mana?"))


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a noun a number designates, asked "<noun> berapa": which one, in its sentence
        ("Pasal berapa dalam RKUHP yang mengancam denda?", "what"),
        ("Di peringkat dunia berapa pasangan itu sebelum semifinal?", "what"),
        ("Berapa pasal yang direvisi DPR?", "how_many"),  # how many articles
        # one part asked with two cue words: the share asked after "jumlah"
        ("Jumlah pengusaha nasional saat ini mencapai berapa persen dari jumlah penduduk?", "how_much"),
    ],
)
def test_which_numbered_thing_and_a_share_after_a_count_word_are_asked(question, kind):
    assert classify(question).kind == kind


def test_a_numbered_things_number_and_a_ministers_portfolio():
    from rag.offline.question_names import question_entities

    intent = classify("Pasal berapa dalam RKUHP yang mengancam denda?")
    sentence = "Pasal 414 berbunyi, setiap orang yang secara terang-terangan mempertunjukkan alat itu dipidana."
    assert [f.text for f in typed_answers("what", intent, sentence, None)] == ["Pasal 414"]
    # a minister's portfolio is translated in news of another language; the place a governor is of is not
    required = question_entities("When did Imam Nahrawi resign as Minister of Youth and Sports?", required=True)
    assert required == [("Imam", "Nahrawi")]
    assert question_entities("What did the Governor of Bali say?", required=True) == [("Bali",)]


def test_a_french_particle_joins_a_venue_a_law_is_translated_and_a_fine_is_money():
    from rag.offline.decide import translatable_entities

    places = places_in("PSG akan menjamu Real Madrid di Stadion Parc des Princes, Paris, Kamis dinihari WIB.")
    assert [f.text for f in places] == ["Stadion Parc des Princes, Paris"]
    intent = classify("Under the draft Criminal Code, what is the maximum fine for showing contraceptives to children?")
    assert intent.kind == "how_much"
    assert ("Criminal", "Code") not in translatable_entities(intent)


def test_a_span_of_days_is_answered_as_a_span_and_a_list_of_days_as_a_list():
    from rag.offline.lines import _days_of

    span = dates_in_sentence("Sail Nias 2019 digelar pada 13-14 September 2019 di Teluk Dalam.")
    assert _days_of(span, "en") == "13-14 September 2019"
    listed = dates_in_sentence("Kapal berangkat pada 8 dan 13 Oktober 2024.")
    assert _days_of(listed, "id") == "8 dan 13 Oktober 2024"


def dates_in_sentence(sentence: str):
    from rag.offline.extract import dates_in

    return dates_in(sentence, date(2019, 9, 20))[0]


def test_given_names_before_a_surname_the_articles_hold_are_not_required(tmp_path):
    article = (
        "Rins Siap Tampil di Misano\n\nPembalap Suzuki itu menempuh 58 putaran pada tes resmi di Misano. "
        "Rins mengaku puas dengan hasil tes tersebut."
    )
    answered = _ask_article(tmp_path / "a", article, "Berapa putaran yang ditempuh Alex Rins pada tes resmi di Misano?")
    assert answered.grounded and "58 putaran" in _lead(answered)
    refused = _ask_article(tmp_path / "b", article, "Berapa putaran yang ditempuh Alex Marquez pada tes di Misano?")
    assert not refused.grounded and "Alex" in refused.refusal_reason  # the surname is not there: the name is not


def test_the_names_check_reads_the_whole_articles_whose_sentences_are_evidence(tmp_path):
    from rag import Assistant, Settings

    filler = " ".join(
        f"Sidang ke-{i} kasus suap dana hibah itu kembali menghadirkan saksi dari kementerian dan komite."
        for i in range(40)
    )
    answer_sentence = "Hakim menyatakan keduanya menyuap Mulyana dengan mobil Toyota Fortuner dan uang Rp 300 juta."
    text = f"Kasus Suap Dana Hibah\n\n{filler}\n\n{answer_sentence}"
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    assistant = Assistant(Settings(home=tmp_path / "home", offline=True), auto_ingest=False)
    assistant.ingest([article])
    question = "Selain uang Rp 300 juta, apa yang diberikan kepada Mulyana?"
    far = [p for p in assistant.retrieve(question, k=10) if "300" not in p.text]
    assert far  # a passage of the article that does not itself hold the figure
    answer = assistant._offline.respond(question, far[:1], "id")
    assert answer.grounded and "Toyota Fortuner" in answer.text
