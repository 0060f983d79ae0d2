"""English number words, scales, currencies, and the nouns news counts."""

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "hundred": 100,
    "thousand": 1000,
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1_000_000,
}
VAGUE_NUMBERS = ("dozens", "hundreds", "thousands", "millions", "several", "some")
ORDINALS = {
    word: n
    for n, word in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)
}
# Words near a match score ("mengalahkan Persela 2-0").
SCORE_WORDS = ("score", "beat", "beaten", "won", "win", "lost", "defeated", "draw", "drew", "goal", "goals", "set")
SCALE_WORDS = {
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "trillion": 10**12,
}
CURRENCIES = ("rp", "rupiah", "dollar", "dollars", "usd", "us$", "$", "euro", "euros", "€", "£", "pound", "yen")
RANGE_WORDS = ("to", "-", "–", "—")
RANGE_OPENERS = ("between",)  # then "X and Y"
PERCENT = ("percent", "per cent", "%")
ASPECT_WORDS = {
    "expected": ("will", "would", "plans", "planned", "expected", "more", "additional", "another", "further"),
    "ongoing": ("preparing", "prepared", "being"),
    "done": ("have", "has", "had", "were", "was", "sent", "arrived"),
}
AMOUNT_WORDS = tuple("about around nearly almost over under than total and or to of with".split())
# Nouns of money a how-much question asks about ("what was the cost").
MONEY_NOUNS = tuple(
    "value cost price amount budget loss losses fund funds salary revenue profit debt fine ransom".split()
)
MONEY_VERBS = tuple(
    "save saves saved saving savings spend spends spent pay pays paid paying earn earns earned worth invest invested "
    "raise raised cost costs lose lost".split()
)
SHARE_WORDS = ("percent", "percentage", "share", "rate", "proportion", "ratio")
_MAGNITUDE = ("magnitudo", "bermagnitudo", "kekuatan", "berkekuatan", "mw", "sr", "skala richter")
# Nouns of a measured magnitude a question asks about ("what is the top speed").
MEASURE_NOUNS = {  # with the Indonesian words that name the same measure
    "speed": ("kecepatan", "laju"),
    "magnitude": _MAGNITUDE,
    "magnitudes": _MAGNITUDE,
    "height": ("tinggi", "ketinggian"),
    "length": ("panjang",),
    "distance": ("jarak",),
    "weight": ("berat", "bobot"),
    "temperature": ("suhu", "temperatur"),
    "depth": ("kedalaman", "sedalam"),
    "area": ("luas",),
    "level": ("level",),
    "size": ("ukuran", "luas"),
    "capacity": ("kapasitas", "daya tampung"),
    "rate": ("tingkat", "laju", "tarif"),
    "percentage": ("persentase", "persen"),
}
# "how heavy", "how fast": the adjective after "how" names the measure, with the Indonesian words that name it.
MEASURE_ADJECTIVES = {
    "heavy": ("berat", "bobot"),
    "fast": ("kecepatan", "cepat", "laju"),
    "far": ("jarak", "jauh"),
    "high": ("tinggi", "ketinggian"),
    "tall": ("tinggi",),
    "deep": ("kedalaman", "sedalam"),
}
MEASURE_ASKING = ("how",)  # the word before such an adjective
MEASURE_UNITS = tuple(
    "kilometre kilometres kilometers metre metres meters miles kilograms grams tons tonnes litre litres liters "
    "hectares hectare degrees mph kph".split()
)
MEASURE_BEFORE = ("magnitude", "of magnitude")
RESULT_WORDS = ("to",)
RESULT_ASKED = ("to how many", "to how much", "to what number", "to what level")
