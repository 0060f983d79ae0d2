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
