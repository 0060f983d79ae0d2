"""Indonesian function words, question words and the cue words of answer types (cause, purpose, order)."""

import re

FUNCTION_WORDS = frozenset(
    """
ada adalah agar akan aku anda antara apa apakah atas atau bagaimana bagi bahwa baik banyak baru begitu belum berapa
berapakah bisa bukan dalam dan dapat dari demikian dengan di dia hal hanya harus hingga ia ialah ini itu jika juga
kami kamu kapan karena ke kemudian kepada ketika kita lagi lain lalu maka mana masih melalui mengapa menurut mereka
merupakan nya oleh pada para pun saat saja sama sampai sangat saya sebagai sebelum sedang sehingga sejak selama
seperti serta setelah siapa suatu sudah supaya tak tanpa tapi tentang tersebut tetapi tidak untuk yaitu yakni yang
dimana bila pula punya sebuah secara sekitar telah terhadap soal mengenai manakah sebutkan jelaskan si sang kah lah
pernah sempat masing beberapa sejumlah tiap setiap semua seluruh para nah kok dong sih yah
""".split()
)
QUESTION_WORDS = {
    "who": ("siapa", "siapakah", "pihak mana", "siapa nama", "nama"),
    "when": (
        "kapan",
        "tanggal berapa",
        "hari apa",
        "bilamana",
        "tahun berapa",
        "bulan apa",
        "kapankah",
    ),
    "time": ("pukul berapa", "jam berapa", "sejak pukul berapa", "mulai pukul berapa"),
    "where": (
        "di mana",
        "dimana",
        "ke mana",
        "kemana",
        "dari mana",
        "darimana",
        "di manakah",
        "lokasi",
        "di kota mana",
        "di daerah mana",
    ),
    "how_many": ("berapa banyak", "berapa jumlah", "berapa orang", "berapa unit", "berapa kali", "jumlah", "berapa"),
    "how_much": (
        "berapa nilai",
        "berapa besar",
        "berapa biaya",
        "berapa harga",
        "berapa persen",
        "berapa rupiah",
        "berapa total",
        "berapa dana",
        "berapa kerugian",
        "nilai",
        "besaran",
        "seberapa besar",
        "seberapa cepat",
        "seberapa jauh",
        "seberapa berat",
        "seberapa tinggi",
        "seberapa dalam",
    ),
    "why": (
        "mengapa",
        "kenapa",
        "apa alasan",
        "apa penyebab",
        "apa sebab",
        "alasan",
        "penyebab",
        "mengapakah",
        "dalam rangka apa",
    ),
    "how": ("bagaimana", "dengan cara apa", "bagaimanakah"),
    # "negara mana", "stadion mana": the noun says the kind; "nama lain": an alias, not a person
    "what": ("apa", "apakah", "apa yang", "mana", "nama lain"),
    "first": ("pertama kali", "paling awal", "terlebih dahulu", "mula-mula", "pertama"),
    "last": ("terakhir", "terbaru", "paling akhir", "paling baru"),
}
NAME_ASKED = ("apa nama", "siapa nama", "nama apa")  # a name is asked: an answer without one is none
# Before the name something is given: "diberi nama sandi Tacana", "menamakan diri Masyarakat Penegak Demokrasi"
NAMING_WORDS = (
    "bernama",
    "diberi nama",
    "diberi nama sandi",
    "dinamai",
    "dinamakan",
    "menamakan diri",
    "dengan nama",
    "dengan nama sandi",
    "bertajuk",
    "berjudul",
    "dijuluki",
    "berjuluk",
    "disebut",
)
# "What happened before/after X": the event X follows the cue.
ORDER_CUES = {
    "before": ("apa yang terjadi sebelum", "peristiwa apa sebelum", "apa yang mendahului", "apa saja sebelum"),
    "after": (
        "apa yang terjadi setelah",
        "apa yang terjadi sesudah",
        "apa yang terjadi usai",
        "apa yang terjadi pasca",
        "peristiwa apa setelah",
        "apa saja setelah",
    ),
}
# A response asked for ('tanggapan Rusia', 'the reaction of Moscow'): what that party said.
RESPONSE_ASKED = ("tanggapan", "respons", "reaksi", "sikap", "jawaban")
SCORE_ASKED = ("skor", "hasil akhir")  # a scoreline is asked
# A question that asks for more than one of a thing ("siapa saja"), besides a number word ("dua pemain").
SEVERAL_ASKED = ("siapa saja", "apa saja", "mana saja", "keduanya")
CONJUNCTIONS = ("dan", "serta", "lalu", "kemudian")
# Prefixes of a verb's active forms ("mengikuti", "berlangsung", "terjadi"), and of its passive ("digelar").
VERB_PREFIXES = ("me", "mem", "men", "meng", "meny", "ber", "ter")
PASSIVE_PREFIX = "di"
ACTIVE_VERB = re.compile(rf"\b(?:{'|'.join(VERB_PREFIXES)})[a-z]{{3,}}\b")  # a word of that shape
VERB = re.compile(rf"\b(?:{PASSIVE_PREFIX}|{'|'.join(VERB_PREFIXES)})[a-z]{{3,}}\b")  # active or passive
# Words between "berapa" and the noun it counts: "berapa total populasi", "berapa jumlah warga".
AMOUNT_BEFORE_NOUN = ("total", "jumlah", "banyak")
CONTRASTS = ("sedangkan", "sementara", "tetapi", "namun")
# Openers of a sentence that spells out the one before it ("... mempersiapkan berbagai hal. Salah satunya ...").
ELABORATION_OPENERS = ("salah satunya", "di antaranya", "antara lain", "yakni", "yaitu", "pertama", "misalnya")
# A sentence ending on one of these and a noun announces what the next spells out ("berbagai hal").
ANNOUNCING_WORDS = ("berbagai", "sejumlah", "beberapa", "berikut")
# Nouns for a kind itself: "jenis apa" asks for a kind, but "jenis pistol" in a sentence may be a passing mention
KIND_NOUNS = frozenset(("jenis", "macam", "tipe", "bentuk", "cara", "hal"))
DEMONSTRATIVES = ("itu", "ini", "tersebut")  # "karena itu": the cause is in the sentence before
CAUSE_WORDS = (
    "karena",
    "sebab",
    "akibat",
    "lantaran",
    "disebabkan",
    "dipicu",
    "gara-gara",
    "alasannya",
    "sebabnya",
    "penyebabnya",
    "imbas",
    "dampak",
    "berkat",
    "atas permintaan",
    "atas desakan",
    "atas dasar",
    "berawal dari",
    "bermula dari",
    "dilatarbelakangi",
    "didasari",
)
# A purpose ("agar") answers a why-question less often than a cause; "untuk" is also plain "for" and the "to"
# of "tak berdaya untuk kembali" (unable to return), so it is a weaker cue still.
PURPOSE_WORDS = ("agar", "supaya", "demi")
WEAK_PURPOSE_WORDS = ("untuk",)
# Verbs whose "agar"/"untuk" clause is what is asked or hoped for, not a purpose: "meminta agar pemerintah menunda".
REQUEST_VERBS = (
    "meminta",
    "minta",
    "mendesak",
    "berharap",
    "mengharapkan",
    "mengimbau",
    "menyerukan",
    "menuntut",
    "memohon",
    "menginginkan",
    "memerintahkan",
    # what is allowed, forbidden or agreed to: "dihalangi untuk masuk" says what they were kept from, not why
    *"diminta dihalangi menghalangi dilarang melarang diizinkan mengizinkan dipaksa memaksa sepakat bersedia".split(),
)
NEGATIONS = ("tidak", "tak", "bukan", "belum", "tanpa")
FOLLOW_UP_OPENERS = ("dan", "lalu", "kemudian", "terus", "bagaimana dengan", "kalau", "trus", "lantas")
PRONOUNS = ("itu", "tersebut", "mereka", "dia", "ia", "beliau", "nya", "pihaknya")
PERSON_PRONOUNS = ("dia", "ia", "beliau", "dirinya")  # a person just named
ANSWER_PREFIX = {"according": "menurut", "said": "mengatakan", "reported": "melaporkan"}
