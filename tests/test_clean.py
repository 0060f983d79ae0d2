"""Boilerplate cleaning on the real default articles and on shapes we have not seen."""

import re

import pytest

from index import default_corpus_files
from index.chunk import sentence_spans
from index.clean import clean_boilerplate

BOILERPLATE = re.compile(
    r"^(baca juga|berita terkait|berita lain|bagikan|tags?:|tinggalkan balasan|no comments yet|comments$|penulis :)",
    re.IGNORECASE | re.MULTILINE,
)

STORY_SENTENCES = {
    "000_7f9678317ed7a845": [
        "Ukraina mengklaim pasukan telah mulai bergerak ke wilayah perbatasan Kursk",
        "Sekretaris Jenderal NATO Mark Rutte akan menyampaikan pernyataan",
    ],
    "001_fd8d562c18a1316d": [
        "tambah NIS dalam keterangan resmi yang dirilis pada Jumat (18/10)",
        "kata Zelensky saat KTT NATO di Brussel, Belgia, pada Kamis (17/10)",
    ],
    "002_0e14fa672863eebd": [
        "Di New York pada hari Senin, Korea Utara membantah pengiriman pasukan",
        "majelis rendah Rusia dengan suara bulat menyetujui perjanjian",
    ],
    "003_bc298998f14d77f6": ["pada 8 dan 13 Oktober", "Intelijen Korea Selatan mengungkapkan sekitar 1.500 pasukan"],
    "004_30d0aaffe32c64f6": [
        "perwakilan Korea Utara untuk PBB mengatakan tuduhan Korea Selatan hanyalah rumor",
        "Maria Zakharova menampik tuduhan dari Eropa Barat",
    ],
}


@pytest.mark.parametrize("path", default_corpus_files(), ids=lambda p: p.stem)
def test_default_articles_lose_boilerplate_and_keep_every_story_sentence(path):
    raw = path.read_text(encoding="utf-8")
    cleaned = clean_boilerplate(raw)
    assert not BOILERPLATE.search(cleaned)
    for fragment in STORY_SENTENCES[path.stem]:
        assert fragment in cleaned
    # every sentence of the raw story before the first boilerplate marker survives
    story_end = BOILERPLATE.search(raw)
    story = raw[: story_end.start()] if story_end else raw
    for start, end in sentence_spans(story):
        sentence = story[start:end]
        if len(sentence) > 60 and "(ANTARA" not in sentence and not sentence.startswith("Baca"):
            assert "".join(sentence.split()) in "".join(cleaned.split()), sentence


def test_related_headlines_and_teasers_are_removed_by_shape_not_by_exact_string():
    page = "\n".join(
        [
            "Gempa Guncang Pulau Fiktif",
            "Gempa berkekuatan 6,1 mengguncang Pulau Fiktif pada Selasa pagi. Warga berhamburan keluar rumah.",
            "BACA JUGA: Harga Cabai Naik Menjelang Lebaran",
            "Simak juga: Tim Nasional Menang Telak",
            "Badan Meteorologi menyatakan tidak ada potensi tsunami dari gempa tersebut.",
            "Share",
            "Artikel Terkait",
            "Presiden Resmikan Jembatan Baru di Kota Lama",
            "Pemain Bintang Pindah Klub dengan Nilai Fantastis",
            "Resep Rendang Praktis untuk Keluarga",
        ]
    )
    cleaned = clean_boilerplate(page)
    assert "Harga Cabai" not in cleaned and "Tim Nasional" not in cleaned
    assert "Jembatan Baru" not in cleaned and "Share" not in cleaned
    assert "tidak ada potensi tsunami" in cleaned and "Warga berhamburan keluar rumah." in cleaned


def test_a_trailing_run_of_headline_lines_is_cut_without_a_label():
    story = "Menteri mengumumkan kebijakan baru hari ini. Kebijakan itu berlaku bulan depan."
    links = ["Banjir Rendam Ratusan Rumah Warga", "Harga Emas Turun Tajam Pekan Ini", "Kereta Cepat Tambah Jadwal"]
    cleaned = clean_boilerplate("\n".join([story, *links]))
    assert cleaned == story


def test_repeated_headline_is_dropped_once():
    text = "Judul Berita Yang Sama\n\nJudul Berita Yang Sama\n\nIsi berita yang panjang dan lengkap di sini."
    assert clean_boilerplate(text).count("Judul Berita Yang Sama") == 1


# --- scrape repair: mojibake and the debris of pages flattened into one line (real CLICK-ID shapes) ---------------
@pytest.mark.parametrize(
    "scraped, repaired",
    [
        # tempo.co texts: UTF-8 read as MacRoman ("‚Äú" for “, "¬†" for a no-break space)
        (
            "KJRI menyatakan lokasi Tiga sudah diketahui. ‚ÄúLokasi Ibu Tiga di Kota Dayton,‚Äù tulis KJRI.",
            "KJRI menyatakan lokasi Tiga sudah diketahui. “Lokasi Ibu Tiga di Kota Dayton,” tulis KJRI.",
        ),
        ("mereka¬†tidak bisa", "mereka tidak bisa"),
        # UTF-8 read as cp1252
        ("Ã©tÃ© â€œquotedâ€\x9d", "été “quoted”"),
        # mixed with correct text, where ftfy leaves a sequence alone
        ("pemain Milit√£o cedera", "pemain Militão cedera"),
    ],
)
def test_mojibake_is_repaired(scraped, repaired):
    from index.clean import repair_scrape

    assert repair_scrape(scraped) == repaired


def test_flattened_paragraphs_and_dropped_words_are_repaired():
    from index.clean import repair_scrape

    scraped = (
        ", , - , akan menjamu Persipura Jayapura pada lanjutan Liga 1 2019.,Pertandingan digelar di stadion (,) "
        'yang baru.,"Kami siap," kata pelatih , , asal Brasil itu.'
    )
    text = repair_scrape(scraped)
    assert text.startswith("akan menjamu Persipura Jayapura")
    assert 'Liga 1 2019.\nPertandingan digelar di stadion yang baru.\n"Kami siap," kata pelatih' in text
    assert ", ," not in text and "(,)" not in text


@pytest.mark.parametrize(
    "text",
    [
        "Harga naik 1,5 persen, kata Sri Mulyani, S.E.,M.Sc. di Jakarta.",
        "- satu\n- dua\n- tiga",
        "“Kutipan,” katanya. Lalu: ‘kutipan lain’.",
        "Tanpa masalah: teks biasa dengan angka 3.000 dan 2,5 juta.",
    ],
)
def test_correct_text_comes_back_unchanged(text):
    from index.clean import repair_scrape

    assert repair_scrape(text) == text


def test_cleaned_clickid_article_keeps_exact_citation_spans(tmp_path):
    """The repaired text is the text citations index: every chunk span slices it exactly."""
    import gzip
    import json
    from pathlib import Path

    from index.chunk import chunk_document

    path = Path(__file__).parent.parent / "evals" / "data" / "clickid-corpus.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(60), handle)]
    mojibake = [r for r in rows if "‚Äú" in r["text"] or "¬†" in r["text"]]
    assert mojibake, "the sample should hold tempo.co mojibake"
    for row in mojibake:
        text = clean_boilerplate(row["text"])
        assert "‚Äú" not in text and "¬†" not in text and ", ," not in text
        for chunk in chunk_document(row["id"], text, "v"):
            assert text[chunk.start : chunk.end] == chunk.text
