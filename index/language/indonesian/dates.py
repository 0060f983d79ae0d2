"""Indonesian months, weekdays, durations and the words that place an event in time."""

MONTHS = (
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
)
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "agt", "sep", "okt", "nov", "des")
WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
# Other spellings, by the name they stand for.
MONTH_VARIANTS = {"pebruari": "februari", "nopember": "november", "agt": "agustus"}
WEEKDAY_VARIANTS = {"jum'at": "jumat", "jum’at": "jumat", "ahad": "minggu"}
# A part of a month as written before it ("akhir September"), by the part's name.
MONTH_PARTS = {"early": ("awal",), "mid": ("pertengahan",), "late": ("akhir",)}
# Units of time: a count of them answers "how long", not "how many <people or things>".
DURATION_ASKED = ("berapa lama", "selama berapa", "sudah berapa lama")  # a span of time is asked
SINCE_WORDS = ("sejak", "semenjak", "mulai")  # before the date a span of time began: "dirawat sejak 1 September"
SINCE_ASKED = ("sejak kapan", "mulai kapan", "semenjak kapan", "sejak tanggal", "mulai tanggal")
UNTIL_WORDS = ("sampai", "hingga")  # before the date a span of time ends
UNTIL_ASKED = ("sampai kapan", "hingga kapan", "sampai tanggal", "hingga tanggal")
# A month still to come: "pada November mendatang"
UPCOMING_WORDS = ("mendatang", "depan", "nanti", "yang akan datang")
# Before the number a regulation is cited by, whose year is no date: "UU Nomor 30 Tahun 2002"
DESIGNATION_WORDS = ("nomor", "no")
# Nouns a number designates, asked "<noun> berapa" ("pasal berapa", "peringkat dunia berapa"): which one, not how many
NUMBERED_NOUNS = ("pasal", "nomor", "peringkat", "urutan", "ranking", "nomor punggung")
AGE_WORDS = ("usia", "berusia", "umur", "berumur", "usianya", "umurnya")  # before an age, not a span
AGE_AFTER = ()  # after one
AGE_ASKED = ("berapa usia", "berapa umur", "usia berapa", "umur berapa", "berusia berapa", "berumur berapa")
AGE_ASKED += ("berapa usianya", "berapa umurnya", "usianya berapa", "umurnya berapa")  # "-nya": his, her, its
DURATION_WORDS = frozenset("tahun bulan hari jam menit detik pekan minggu abad dekade windu".split())
# Each span's length in days, to read "1 jam 5 menit" or "16 tahun 298 hari" as one span, the larger unit first
DURATION_DAYS = {"abad": 36500, "dekade": 3650, "windu": 2920, "tahun": 365, "bulan": 30, "pekan": 7, "minggu": 7}
DURATION_DAYS |= {"hari": 1, "jam": 1 / 24, "menit": 1 / 1440, "detik": 1 / 86400}
# What is being prepared or will happen, not what happened: such a statement does not report a thing first.
PROSPECTIVE_WORDS = ("akan", "sedang", "bersiap", "mempersiapkan", "berencana", "hendak", "bakal")
# A question with one of these asks about what is yet to come (or when something runs out), so a date after the
# article may answer it; with a word of SCHEDULED_ASKED only such a date does ("kapan duel ulang dijadwalkan").
SCHEDULED_ASKED = ("akan", "bakal", "dijadwalkan", "mendatang")
FUTURE_ASKED = PROSPECTIVE_WORDS + SCHEDULED_ASKED + ("jadwal", "rencana", "direncanakan", "ditargetkan")
FUTURE_ASKED += ("berakhir", "habis", "kedaluwarsa")
BEFORE_WORDS = ("sebelum", "sebelumnya", "menjelang")
AFTER_WORDS = ("setelah", "sesudah", "menyusul", "usai", "seusai", "pasca")
EARLIER_WORDS = ("sebelumnya", "sebelum ini", "telah lama", "sudah lama")
CLOCK_WORDS = ("pukul", "pkl", "jam")  # before a time of day: "pukul 14.06"
TIMES_OF_DAY = ("pagi", "siang", "sore", "malam", "dini", "wib", "wita", "wit")
