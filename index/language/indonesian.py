"""Facts about Indonesian as news is written in it: no story's vocabulary, only the language's own words."""

from functools import lru_cache
from importlib import resources

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
        "pukul berapa",
        "jam berapa",
        "tahun berapa",
        "bulan apa",
        "kapankah",
    ),
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
    ),
    "why": ("mengapa", "kenapa", "apa alasan", "apa penyebab", "apa sebab", "alasan", "penyebab", "mengapakah"),
    "how": ("bagaimana", "dengan cara apa", "bagaimanakah"),
    "what": ("apa", "apakah", "apa yang", "mana"),  # "negara mana", "stadion mana": the noun says the kind
    "first": ("pertama kali", "paling awal", "terlebih dahulu", "mula-mula", "pertama"),
    "last": ("terakhir", "terbaru", "paling akhir", "paling baru"),
}
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
CONJUNCTIONS = ("dan", "serta", "lalu", "kemudian")
CONTRASTS = ("sedangkan", "sementara", "tetapi", "namun")
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
PERCENT = ("persen", "%")
# Openers of a sentence that spells out the one before it ("... mempersiapkan berbagai hal. Salah satunya ...").
ELABORATION_OPENERS = ("salah satunya", "di antaranya", "antara lain", "yakni", "yaitu", "pertama", "misalnya")
# A sentence ending on one of these and a noun announces what the next spells out ("berbagai hal").
ANNOUNCING_WORDS = ("berbagai", "sejumlah", "beberapa", "berikut")
# A part of a month as written before it ("akhir September"), by the part's name.
MONTH_PARTS = {"early": ("awal",), "mid": ("pertengahan",), "late": ("akhir",)}
# Units of time: a count of them answers "how long", not "how many <people or things>".
DURATION_WORDS = frozenset("tahun bulan hari jam menit detik pekan minggu abad dekade windu".split())
# Nouns that news counts, with English equivalents, so "how many people" finds "12 orang".
COUNTED_NOUNS = {
    "orang": ("people", "persons", "person"),
    "jiwa": ("people", "lives"),
    "korban": ("victims", "casualties"),
    "warga": ("residents", "citizens", "people"),
    "penduduk": ("residents", "inhabitants", "population"),
    "pasien": ("patients",),
    "siswa": ("students", "pupils"),
    "mahasiswa": ("students",),
    "guru": ("teachers",),
    "pekerja": ("workers",),
    "karyawan": ("employees", "staff"),
    "pegawai": ("employees", "staff"),
    "tersangka": ("suspects",),
    "pelaku": ("perpetrators", "suspects"),
    "tahanan": ("prisoners", "detainees"),
    "anggota": ("members",),
    "peserta": ("participants",),
    "penumpang": ("passengers",),
    "penonton": ("spectators", "viewers", "audience"),
    "pemain": ("players",),
    "tentara": ("troops", "soldiers"),
    "pasukan": ("troops", "forces"),
    "prajurit": ("soldiers", "troops"),
    "personel": ("personnel", "officers", "troops"),
    "polisi": ("police", "officers"),
    "petugas": ("officers", "staff"),
    "rumah": ("houses", "homes"),
    "bangunan": ("buildings",),
    "gedung": ("buildings",),
    "sekolah": ("schools",),
    "desa": ("villages",),
    "kecamatan": ("districts",),
    "kabupaten": ("regencies", "districts"),
    "kota": ("cities",),
    "provinsi": ("provinces",),
    "negara": ("countries", "nations"),
    "perusahaan": ("companies", "firms"),
    "unit": ("units", "vehicles", "cars"),
    "kendaraan": ("vehicles",),
    "mobil": ("cars",),
    "motor": ("motorcycles",),
    "sepeda motor": ("motorcycles",),
    "kapal": ("ships", "boats", "vessels"),
    "pesawat": ("planes", "aircraft"),
    "penerbangan": ("flights",),
    "kali": ("times",),
    "gol": ("goals",),
    "kursi": ("seats",),
    "suara": ("votes",),
    "titik": ("hotspots", "points", "spots"),
    "hektare": ("hectares",),
    "hektar": ("hectares",),
    "ha": ("hectares",),
    "ton": ("tons", "tonnes"),
    "kilogram": ("kilograms", "kg"),
    "kg": ("kilograms", "kg"),
    "gram": ("grams",),
    "liter": ("litres", "liters"),
    "kilometer": ("kilometres", "kilometers", "km"),
    "km": ("km", "kilometres"),
    "meter": ("metres", "meters"),
    "tahun": ("years",),
    "bulan": ("months",),
    "hari": ("days",),
    "jam": ("hours",),
    "menit": ("minutes",),
    "detik": ("seconds",),
    "pekan": ("weeks",),
    "minggu": ("weeks",),
    "ekor": ("animals", "head"),
    "buah": ("pieces", "items"),
    "paket": ("packages", "packets"),
    "butir": ("pills", "items", "grains"),
    "lembar": ("sheets",),
    "batang": ("sticks", "trees"),
    "pohon": ("trees",),
    "senjata": ("weapons", "guns"),
    "pucuk": ("guns", "weapons"),
    "proyek": ("projects",),
    "kasus": ("cases",),
    "laporan": ("reports",),
    "medali": ("medals",),
    "emas": ("gold",),
    "poin": ("points",),
    "persen": ("percent", "per cent"),
    "tim": ("teams",),
    "klub": ("clubs",),
    "saham": ("stocks", "shares"),
    "katup": ("valves",),
    "kapal induk": ("carriers", "aircraft carriers"),
    "tuntutan": ("demands",),
    "set": ("sets",),
    "pertandingan": ("matches", "games"),
    "laga": ("matches", "games"),
    "wisatawan": ("tourists", "visitors"),
    "turis": ("tourists",),
    "pengunjung": ("visitors",),
    "wajib pajak": ("taxpayers",),
    "keluarga": ("families", "households"),
}
# Counts of people may use the general classifier: "18 orang" answers how many members, pupils or voters.
PERSON_CLASSIFIERS = ("orang", "jiwa")
# Titles, ranks and honorifics stand before a name and are not part of it.
HONORIFICS = frozenset(
    """
bapak pak ibu bu saudara sdr sdri tuan nyonya haji hj h kh ustaz ustad habib gus mas mbak bung dr drs dra ir prof
akbp akp kompol iptu ipda aiptu aipda bripka brigadir briptu bripda bharada kombes kombespol brigjen brigjenpol irjen
irjenpol komjen jenderal jend letjen mayjen kolonel kol letkol mayor kapten lettu letda serka serma sertu pelda kopda
laksamana laksma marsekal marsda
""".split()
)
# Official abbreviations of roles, as news writes them before a name ("Wakil Menlu Kim Hong-kyun").
ROLE_ABBREVIATIONS = {
    "menlu": "menteri luar negeri",
    "wamenlu": "wakil menteri luar negeri",
    "menhan": "menteri pertahanan",
    "mendagri": "menteri dalam negeri",
    "menkeu": "menteri keuangan",
    "menko": "menteri koordinator",
    "wapres": "wakil presiden",
    "wagub": "wakil gubernur",
    "wabup": "wakil bupati",
    "dubes": "duta besar",
    "jubir": "juru bicara",
    "sekjen": "sekretaris jenderal",
    "dirut": "direktur utama",
    "presdir": "presiden direktur",
    "kapolri": "kepala kepolisian",
    "kapolda": "kepala kepolisian daerah",
    "kapolres": "kepala kepolisian resor",
    "kadis": "kepala dinas",
    "kades": "kepala desa",
}
# Role nouns that name no particular office: "which official", "pejabat mana" want anyone holding a role.
GENERIC_ROLES = ("pejabat", "tokoh", "petinggi")
# Role nouns: a who-question that names one wants a person, and the name usually follows the role.
ROLE_WORDS = frozenset(
    """
presiden wapres wakil menteri menko mendagri menkeu menlu menhan mendikbud gubernur wagub bupati wabup walikota
wali wakil camat lurah kades kepala ketua wakil sekretaris sekjen direktur dirut manajer komisaris juru bicara jubir
kapolri kapolda kapolres kapolresta kapolsek kasat kasatreskrim kasatnarkoba kasubdit kabid kabag kasi kapuspen
panglima pangdam danrem dandim danramil komandan pelatih kapten kiper penyerang gelandang pemain artis penyanyi aktor
aktris jaksa hakim pengacara kuasa hukum anggota ketua umum pimpinan pemimpin pendiri pemilik ceo dokter dosen
guru rektor dekan peneliti pengamat ekonom analis kepala dinas kadis plt pj penjabat duta besar dubes senator
anggota dewan legislator politikus politisi tersangka pelaku korban saksi warga ayah ibu anak istri suami kakak
adik perdana
""".split()
)
# Words that head the name of a body, not a person.
ORGANISATION_WORDS = frozenset(
    """
kementerian kemenkeu kemendagri kemenlu kemenkes badan lembaga komisi dewan majelis mahkamah pengadilan kejaksaan
kejati kejari kepolisian polri polda polres polresta polsek satreskrim satresnarkoba dinas pemerintah pemkab pemkot
pemprov partai pt cv bank universitas institut sekolah yayasan perusahaan persatuan asosiasi serikat federasi klub
tim timnas delegasi kpk bpk dpr dprd mpr kpu bawaslu bnn bnpb bpbd bmkg basarnas tni ojk bi bumn pln pertamina
""".split()
)
# Words that head a place name.
PLACE_WORDS = frozenset(
    """
provinsi kabupaten kab kota kecamatan kec kelurahan kel desa dusun kampung jalan jl gang gg pulau selat teluk gunung
sungai danau pantai pelabuhan bandara stasiun terminal pasar mal hotel rumah sakit rs rsud puskesmas stadion gedung
masjid gereja pura kompleks perumahan blok rt rw lapas rutan
""".split()
)
LOCATIVE_WORDS = ("di", "ke", "dari", "menuju", "dekat", "sekitar", "kawasan", "wilayah", "daerah", "lokasi")
COUNTRY_NOUNS = ("negara",)
# Verbs whose object is a place ("mengunjungi Brussels").
PLACE_VERBS = ("mengunjungi", "mendatangi", "menyambangi", "berkunjung")
# Verbs of saying; "kata X", "ujar X" put the speaker after the verb, the me- forms put it before.
SAY_BEFORE_NAME = (
    "kata",
    "ujar",
    "ucap",
    "ungkap",
    "tutur",
    "tambah",
    "imbuh",
    "jelas",
    "tegas",
    "sebut",
    "lanjut",
    "papar",
    "terang",
    "pungkas",
    "menurut",
    "dikatakan",
    "diungkapkan",
    "dijelaskan",
    "disampaikan",
)
# A name after these is the outlet a story is quoted from, not an actor in it ("dilansir CNN").
CITED_FROM = (
    "dilansir",
    "dilansir dari",
    "dikutip dari",
    "mengutip",
    "melansir",
    "seperti dilaporkan",
    "menurut laporan",
)
# The agent of a passive verb follows these ("dipimpin oleh X"): the one who did it.
AGENT_WORDS = ("oleh",)
SAY_AFTER_NAME = (
    "mengatakan",
    "menyatakan",
    "menegaskan",
    "mengungkapkan",
    "menjelaskan",
    "menyebutkan",
    "menyebut",
    "menuturkan",
    "memaparkan",
    "menerangkan",
    "menambahkan",
    "menyampaikan",
    "mengaku",
    "mengklaim",
    "mengumumkan",
    "melaporkan",
    "memperingatkan",
    "membantah",
    "menampik",
    "menuduh",
    "mengonfirmasi",
    "mengkonfirmasi",
    "memperkirakan",
    "meminta",
    "mendesak",
    "berharap",
    "menilai",
    "berpendapat",
)
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
)
# A purpose ("agar") answers a why-question less often than a cause; "untuk" is also plain "for" and the "to"
# of "tak berdaya untuk kembali" (unable to return), so it is a weaker cue still.
PURPOSE_WORDS = ("agar", "supaya", "demi")
WEAK_PURPOSE_WORDS = ("untuk",)
# Verbs whose "agar"/"untuk" clause is what is asked or hoped for, not a purpose: "meminta agar Rusia menarik".
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
)
# What is being prepared or will happen, not what happened: such a statement does not report a thing first.
PROSPECTIVE_WORDS = ("akan", "sedang", "bersiap", "mempersiapkan", "berencana", "hendak", "bakal")
FUTURE_ASKED = PROSPECTIVE_WORDS + ("dijadwalkan", "jadwal", "rencana", "direncanakan", "ditargetkan", "mendatang")
DENIAL_WORDS = ("membantah", "menampik", "menyangkal", "tidak benar", "bantah", "tampik")
BEFORE_WORDS = ("sebelum", "sebelumnya", "menjelang")
AFTER_WORDS = ("setelah", "sesudah", "menyusul", "usai", "seusai", "pasca")
NEGATIONS = ("tidak", "tak", "bukan", "belum", "tanpa")
FOLLOW_UP_OPENERS = ("dan", "lalu", "kemudian", "terus", "bagaimana dengan", "kalau", "trus", "lantas")
PRONOUNS = ("itu", "tersebut", "mereka", "dia", "ia", "beliau", "nya", "pihaknya")
ANSWER_PREFIX = {"according": "menurut", "said": "mengatakan", "reported": "melaporkan"}
# Compass words end or start place names ("Jawa Tengah", "Korea Selatan", "North Sumatra").
COMPASS = ("utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat daya", "timur laut", "barat laut")


@lru_cache(maxsize=1)
def _root_words() -> frozenset[str]:
    """Indonesian root words (the dictionary PySastrawi ships, from KBBI)."""
    try:
        data = resources.files("Sastrawi.Stemmer").joinpath("data/kata-dasar.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(data.split())


def is_common_word(word: str) -> bool:
    """A dictionary word or a derived form of one ("Delegasi", "Pengungsi" from "ungsi")."""
    lowered = word.lower()
    return lowered in _root_words() or _stem(lowered) in _root_words()


def is_derived_word(word: str) -> bool:
    """A noun made from a dictionary root by ke-/pe(r)- ... -an ("Pertahanan" from "tahan", "Kesehatan" from
    "sehat"): an office's or a body's word, which personal names ("Kurniawan", "Hadi") are not."""
    lowered = word.lower()
    if not (lowered.startswith(("ke", "pe")) and lowered.endswith("an")):
        return False
    root = _stem(lowered)
    return root != lowered and root in _root_words()


@lru_cache(maxsize=20_000)
def _stem(word: str) -> str:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return _stemmer(StemmerFactory).stem(word) if word.isalpha() else word


@lru_cache(maxsize=1)
def _stemmer(factory: type):
    return factory().create_stemmer()


# Where-questions: the level of place asked ("di kabupaten mana", "which city") and the heads of buildings.
PLACE_LEVELS = {
    "city": ("kota",),
    "regency": ("kabupaten", "kab"),
    "district": ("kecamatan",),
    "village": ("desa", "kelurahan"),
    "province": ("provinsi",),
    "country": ("negara",),
    "street": ("jalan", "jl"),
}
BUILDING_WORDS = (
    "rumah sakit",
    "rs",
    "rsud",
    "rspad",
    "hotel",
    "stadion",
    "gedung",
    "masjid",
    "gereja",
    "kantor",
    "sekolah",
    "kampus",
    "bandara",
    "stasiun",
    "pasar",
    "mal",
)

# --- who says what, and when (index.speakers, index.statements, index.claims) ---------------------------------
# More reporting verbs with the speaker before them ("X mengecam ..."), and phrases that report a statement.
SAY_AFTER_NAME_MORE = tuple(
    """
mengeklaim mengecam menyayangkan menyalahkan menolak menyarankan menekankan mencatat menunjukkan memperlihatkan
beralasan menduga mengimbau menyerukan membenarkan memastikan mengakui mengkritik mengeluhkan menuntut melontarkan
menginstruksikan merilis menargetkan mengingatkan mengancam berjanji menjanjikan memprediksi mengusulkan mengajak
menanggapi mengisahkan menceritakan bercerita mengutarakan menyoroti mengabarkan memberitahukan menginformasikan
mengemukakan meyakini mengungkap menulis menuliskan mengonfirmasikan menyebutnya mencontohkan
""".split()
) + ("mengeluarkan pernyataan", "memberi keterangan", "memberikan keterangan", "memberikan contoh")
# Quote tags with the speaker after them, beyond SAY_BEFORE_NAME ("..., tulis KJRI").
QUOTE_TAGS_MORE = ("tulis", "sambung", "timpal", "kata")
# Passive reporting verbs whose agent is the speaker ("diungkapkan oleh X", "diungkapkan X").
SAY_PASSIVES = tuple(
    "diungkapkan dikatakan disampaikan dijelaskan dinyatakan ditegaskan diumumkan ditolak dibantah diakui "
    "disebutkan".split()
)
SPEAKER_PRONOUNS = ("ia", "dia", "beliau")  # a person, the one last named
GROUP_PRONOUNS = ("mereka", "pihaknya")  # the speaker before
ANAPHORS = ("itu", "ini", "tersebut")
SENTENCE_OPENERS = (
    "sementara itu", "sebelumnya", "namun", "akan tetapi", "selain itu", "di sisi lain", "kemudian", "lalu", "adapun",
    "bahkan",
)  # fmt: skip
# Adverbs and auxiliaries between a speaker's name and the verb ("KJRI masih menunggu").
AFTER_NAME_WORDS = tuple(
    "juga telah sudah pun sebelumnya akan kembali sendiri pernah tidak belum masih terus sedang hanya lagi bahkan kini "
    "kemudian lalu akhirnya tetap".split()
)
# Words that end a speaker's name in a quote tag ("kata X pada Rabu", "kata X kepada wartawan").
NAME_ENDERS = tuple(
    "pada saat ketika dalam di dari kepada seperti dilansir dikutip menjawab usai seusai setelah sebelum yang bahwa "
    "dengan sambil melalui via tanpa sebagai atas menurut adalah ialah merupakan".split()
)
SPEAKER_ROLE_WORDS = ("aktivis", "perwakilan", "pejabat", "staf", "sumber", "pelatih", "agen")
ROLE_MODIFIERS = ("besar", "agung", "utama", "umum", "tinggi", "khusus", "senior", "eksekutif", "muda", "madya")
# A sentence opening with these cannot stand alone: it continues the speaker before ("Seperti ...", "Jika ...").
CONNECTIVE_OPENERS = tuple(
    "seperti jika kalau bila apabila karena sebab sehingga agar supaya termasuk yakni yaitu misalnya contohnya "
    "apalagi padahal soalnya makanya artinya".split()
)
FIRST_PERSON = ("saya", "kami", "kita", "aku", "gue", "gua")
# Nouns of an act that 'tersebut/itu/ini' point back to ("Langkah tersebut diambil ... Senin (21/10/2024)").
ACT_NOUNS = tuple(
    "langkah tindakan keputusan pernyataan permintaan desakan kecaman seruan pengumuman kritik tuduhan bantahan "
    "klaim ucapan komentar peringatan imbauan ajakan usulan janji ancaman".split()
)
EARLIER_WORDS = ("sebelumnya", "sebelum ini", "telah lama", "sudah lama")
# Aspect around a figure: is the counted thing done, under way, or still expected?
ASPECT_WORDS = {
    "expected": tuple("akan bakal hendak rencana berencana direncanakan lagi tambahan berikutnya mendatang".split()),
    "ongoing": ("sedang", "tengah", "bersiap", "mempersiapkan", "menyiapkan", "disiapkan"),
    "done": ("telah", "sudah", "sempat", "pernah", "tiba", "berada"),
}
# Before a bare number these make it an amount, not a label ("mencapai 2.500", not "Korps 17").
AMOUNT_WORDS = tuple(
    "sekitar sebanyak hampir lebih kurang total jumlah hanya dengan dari dan atau hingga sampai menjadi capai mencapai "
    "setidaknya sedikitnya minimal maksimal kira-kira".split()
)
TIMES_OF_DAY = ("pagi", "siang", "sore", "malam", "dini", "wib", "wita", "wit")
