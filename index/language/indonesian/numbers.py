"""Indonesian number words, scales, currencies, and the nouns news counts."""

from index.language.tables import read_tables

_TABLES = read_tables(__name__)  # the long word tables, in numbers.toml

NUMBER_WORDS = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
    "sejuta": 1_000_000,
    "belasan": 10,
    "puluhan": 10,
    "ratusan": 100,
    "ribuan": 1000,
    "jutaan": 1_000_000,
}
# "pertama", then "ke" + a number word: "kedua", "ketiga" (written "ke-2" too: index.language.ordinal_in)
ORDINALS = {"pertama": 1, **{f"ke{word}": n for word, n in NUMBER_WORDS.items() if 2 <= n <= 10}}
# Units of time that "se-" makes one of ("setahun": a year, "sebulan": a month); "sehari" is as often "daily".
ONE_SPAN_UNITS = ("tahun", "bulan", "minggu", "pekan", "jam")
# Number words that only say "some tens / hundreds / thousands of": an order of magnitude, not a figure.
VAGUE_NUMBERS = ("belasan", "puluhan", "ratusan", "ribuan", "jutaan")
# Words near a match score ("mengalahkan Persela 2-0").
SCORE_WORDS = (
    "skor",
    "mengalahkan",
    "menang",
    "kalah",
    "takluk",
    "tumbang",
    "unggul",
    "imbang",
    "membungkam",
    "menundukkan",
    "ditahan",
    "gol",
    "set",
)
SCALE_WORDS = {
    "puluh": 10,
    "ratus": 100,
    "ribu": 1000,
    "rb": 1000,
    "juta": 1_000_000,
    "jt": 1_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
    "m": 1_000_000_000,
    "triliun": 10**12,
    "t": 10**12,
}
CURRENCIES = ("rp", "rupiah", "dolar", "usd", "us$", "$", "euro", "ringgit", "yen", "yuan")
# Between the two ends of a range of figures: "50 sampai 70 penumpang", "antara Rp 1.700 dan Rp 2.000"
RANGE_WORDS = ("sampai", "hingga", "s/d", "s.d.", "-", "–", "—")
RANGE_OPENERS = ("antara",)  # then "X dan Y"
PERCENT = ("persen", "%")
# Nouns that news counts, with English equivalents, so "how many people" finds "12 orang".
COUNTED_NOUNS = _TABLES["COUNTED_NOUNS"]
# Counts of people may use the general classifier: "18 orang" answers how many members, pupils or voters.
PERSON_CLASSIFIERS = ("orang", "jiwa")
# Classifiers written between a number and its noun ("19 pucuk senjata", "berapa butir amunisi"): a question may
# name both, and the text may write either ("2.000 amunisi").
NOUN_CLASSIFIERS = (
    "butir",
    "buah",
    "ekor",
    "pucuk",
    "lembar",
    "helai",
    "biji",
    "batang",
    "unit",
    "bidang",
    *PERSON_CLASSIFIERS,
)
# Aspect around a figure: is the counted thing done, under way, or still expected?
ASPECT_WORDS = {
    "expected": tuple("akan bakal hendak rencana berencana direncanakan lagi tambahan berikutnya mendatang".split()),
    "ongoing": ("sedang", "tengah", "bersiap", "mempersiapkan", "menyiapkan", "disiapkan"),
    "done": ("telah", "sudah", "sempat", "pernah", "tiba", "berada"),
}
# Before a bare number these make it an amount, not a label ("mencapai 2.500", not "Korps 17").
AMOUNT_WORDS = _TABLES["AMOUNT_WORDS"]
# Nouns of money a how-much question asks about ("berapa nilai kerugian").
MONEY_NOUNS = _TABLES["MONEY_NOUNS"]
# Verbs of money in a how-much question ("berapa yang bisa dihemat"): it asks an amount of money, not a share.
MONEY_VERBS = tuple(
    "hemat menghemat dihemat penghematan bayar membayar dibayar belanja membelanjakan habiskan menghabiskan "
    "dihabiskan senilai bernilai raup meraup diraup rugi merugi untung".split()
)
# Words of a share or rate in a how-much question ("berapa persentase", "tingkat inflasi"): a percent answers it.
SHARE_WORDS = ("persen", "persentase", "porsi", "proporsi", "tingkat", "rasio", "pangsa")
# Nouns of a measured magnitude a question asks about ("berapa kecepatan maksimum", "berapa suhu").
MEASURE_NOUNS = _TABLES["MEASURE_NOUNS"]
# Units of measure written after a number ("610 km/jam", "38 derajat", "5,2 SR"), and the words written before a
# magnitude ("magnitudo 5,2", "Mw=6,1").
MEASURE_UNITS = _TABLES["MEASURE_UNITS"]
MEASURE_BEFORE = ("magnitudo", "bermagnitudo", "berkekuatan", "mw", "m", "sr")
MEASURE_ADJECTIVES = {
    "cepat": ("kecepatan", "laju"),
    "jauh": ("jarak",),
    "berat": ("bobot",),
    "tinggi": ("ketinggian",),
}
MEASURE_ASKING = ("seberapa",)  # "seberapa cepat": the word before such an adjective
MEASURE_PREFIXES = ("ber", "se")  # "berbobot 27 ribu ton", "setinggi 30 meter": a measure's word with a prefix
# A figure a change ends at ("turun menjadi 1.300"), and the question that asks for it ("menjadi berapa").
RESULT_WORDS = ("menjadi", "jadi")
RESULT_ASKED = ("menjadi berapa", "jadi berapa")
