"""Indonesian reporting verbs and the words around them: who says what, and when."""

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
AGENT_WORDS = ("oleh", "garapan", "karya", "besutan", "arahan")  # by; "the work of": "film karya X"
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
DENIAL_WORDS = ("membantah", "menampik", "menyangkal", "tidak benar", "bantah", "tampik")
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
    "bahkan", "sekadar", "sebagai informasi", "perlu diketahui", "untuk diketahui", "mulanya", "awalnya", "semula",
    "selanjutnya", "sedangkan",
)  # fmt: skip
# Adverbs and auxiliaries between a speaker's name and the verb ("KJRI masih menunggu").
AFTER_NAME_WORDS = tuple(
    "juga telah sudah pun sebelumnya akan kembali sendiri pernah tidak belum masih terus sedang hanya lagi bahkan kini "
    "kemudian lalu akhirnya tetap tengah sempat".split()
)
# Words that end a speaker's name in a quote tag ("kata X pada Rabu", "kata X kepada wartawan").
NAME_ENDERS = tuple(
    "pada saat ketika dalam di dari kepada seperti dilansir dikutip menjawab usai seusai setelah sebelum yang bahwa "
    "dengan sambil melalui via tanpa sebagai atas menurut adalah ialah merupakan".split()
)
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
# Stems of the reporting verbs a question asks about a speaker with ("siapa yang mengatakan ...").
SAY_QUESTION_STEMS = tuple(
    "kata mengatakan menyatakan melapor mengumumkan mengungkap menyebut menuduh mengonfirmasi mengkonfirmasi "
    "memperingatkan menyampaikan".split()
)
