"""Tokens for lexical matching in Indonesian and English: stop words, Indonesian stemming, number forms."""

from __future__ import annotations

import re
from functools import lru_cache

STOPWORDS_ID = frozenset(
    """
terhadap soal mengenai diadakan ada adalah agar akan aku anda antara apa apakah atas atau bagaimana bagi bahwa
baik banyak baru begitu belum berapa bisa bukan dalam dan dapat dari demikian dengan di dia hal hanya harus
hingga ia ialah ini itu jika juga kami kamu kapan karena ke kemudian kepada ketika kita lagi lain lalu maka
mana masih melalui mengapa menurut mereka merupakan nya oleh pada para pun saat saja sama sampai sangat satu
saya sebagai sebelum sedang sehingga sejak selama seperti serta setelah siapa suatu sudah supaya tak tanpa
tapi tentang tersebut tetapi tidak untuk yaitu yakni yang dimana bila pula punya sebuah secara sekitar telah
""".split()
)
STOPWORDS_EN = frozenset(
    """
a about after again against all also am an and any are as at be because been before being between both but by
can could did do does doing during each few for from further had has have having he her here hers him his how
i if in into is it its itself just me more most my no nor not now of off on once only or other our out over
own same she should so some such than that the their them then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your many much
""".split()
)
STOPWORDS = STOPWORDS_ID | STOPWORDS_EN

# English news terms to their Indonesian forms, so an English question also matches Indonesian text lexically
# (the dense side handles the rest of the cross-lingual gap).
GLOSSARY = {
    "deployment": "pengerahan penempatan pengiriman",
    "deployed": "dikerahkan dikirim ditempatkan",
    "deploy": "mengerahkan mengirim",
    "sent": "mengirim dikirim",
    "send": "mengirim",
    "sending": "pengiriman",
    "troops": "tentara pasukan",
    "troop": "tentara pasukan",
    "soldiers": "tentara",
    "soldier": "tentara",
    "reported": "melaporkan mengungkapkan menuduh",
    "report": "laporan melaporkan",
    "first": "pertama",
    "intelligence": "intelijen",
    "agency": "badan",
    "north": "utara",
    "south": "selatan",
    "korea": "korea",
    "korean": "korea",
    "russia": "rusia",
    "russian": "rusia",
    "ukraine": "ukraina",
    "spokesperson": "juru bicara",
    "spokesman": "juru bicara",
    "foreign": "luar negeri",
    "ambassador": "duta besar",
    "ships": "kapal",
    "ship": "kapal",
    "satellite": "satelit",
    "evidence": "bukti",
    "briefing": "pengarahan",
    "president": "presiden",
    "warned": "peringatan",
    "number": "jumlah",
    "how many": "berapa",
    "special forces": "pasukan khusus",
    "forces": "pasukan",
    "training": "pelatihan",
    "treaty": "perjanjian pakta",
    "pact": "pakta",
    "defense": "pertahanan",
    "withdraw": "menarik penarikan",
    "withdrawal": "penarikan",
    "denied": "membantah menampik",
    "rumor": "rumor",
    "arrived": "tiba",
    "sea": "laut",
    "weapons": "senjata",
    "summoned": "memanggil",
    "border": "perbatasan",
    "when": "kapan",
    "who": "siapa",
    "where": "dimana",
    "navy": "angkatan laut",
    "killed": "tewas terbunuh meninggal",
    "dead": "tewas meninggal",
    "died": "tewas meninggal",
    "casualties": "korban tewas",
    "wounded": "terluka",
    "general": "jenderal",
    "commander": "komandan",
    "commanding": "komandan memimpin",
    "captain": "kapten",
    "paying": "membayar bayaran",
    "pay": "membayar bayaran",
    "paid": "dibayar membayar",
    "salary": "gaji",
    "money": "uang",
    "aid": "bantuan",
    "assistance": "bantuan",
    "help": "bantuan",
    "value": "nilai",
    "worth": "nilai",
    "lethal": "mematikan",
    "supplying": "memasok pengadaan",
    "supply": "memasok pasokan pengadaan",
    "supplied": "memasok",
    "revise": "merevisi",
    "position": "posisi",
    "lower house": "majelis rendah",
    "parliament": "parlemen majelis",
    "duma": "duma majelis",
    "defence": "pertahanan",
    "defense minister": "menteri pertahanan",
    "defence minister": "menteri pertahanan",
    "official": "pejabat menteri",
    "officials": "pejabat menteri",
    "moving": "bergerak",
    "towards": "menuju",
    "toward": "menuju",
    "trained": "pelatihan",
    "train": "pelatihan",
    "delegation": "delegasi",
    "led": "dipimpin memimpin",
    "inspected": "diperiksa memeriksa",
    "planes": "pesawat",
    "plane": "pesawat",
    "aircraft": "pesawat",
    "transport": "angkut",
    "approve": "menyetujui",
    "approved": "menyetujui",
    "sign": "menandatangani",
    "signed": "menandatangani",
    "agreement": "perjanjian",
    "reach": "tiba",
    "reached": "tiba",
    "accept": "menerima",
    "confirm": "mengonfirmasi mengkonfirmasi",
    "confirmed": "mengonfirmasi mengkonfirmasi",
    "name": "nama",
    "fighting": "bertempur berperang",
    "fight": "bertempur berperang",
    "war": "perang",
    "front": "garis depan",
    "vice": "wakil",
    "minister": "menteri",
    "secretary": "sekretaris",
    "statement": "pernyataan",
    "media": "media",
    "seven": "tujuh",
    "special": "khusus",
    "military": "militer",
    "escalation": "eskalasi",
    "dangerous": "berbahaya ancaman",
    "threat": "ancaman",
    "security": "keamanan",
    "demand": "mendesak",
    "demanded": "mendesak",
    "urged": "mendesak",
    "united states": "amerika serikat as",
    "us": "as",
    "u.s.": "as",
    "white house": "gedung putih",
    "foreign minister": "menteri luar negeri menlu",
    "un": "pbb",
    "united nations": "pbb",
    "japan": "jepang",
    "china": "china tiongkok",
    "kim": "kim",
    "pyongyang": "pyongyang",
    "moscow": "moskow",
    "seoul": "seoul",
    "brussels": "brussel brussels",
    "summit": "ktt",
    "intelligence agency": "badan intelijen",
    "ministry": "kementerian",
    "spy": "mata-mata intelijen",
    "vehicles": "kendaraan",
    "images": "gambar",
    "photos": "gambar foto",
    "publicly": "publik",
    "rumours": "rumor",
    "rumors": "rumor",
    "baseless": "tidak berdasar",
    "representative": "perwakilan",
    "sanctions": "sanksi",
    "council": "dewan",
    "resolutions": "resolusi",
    "violate": "melanggar",
    "violates": "melanggar",
    "violated": "melanggar",
    "weapon": "senjata",
    "arms": "senjata persenjataan",
    "response": "tanggapan menanggapi",
    "respond": "menanggapi",
    "responded": "menanggapi",
    "concern": "keprihatinan kekhawatiran",
    "worried": "khawatir kekhawatiran",
    "fear": "ketakutan",
    "additional": "tambahan",
    "more": "tambahan lagi",
    "year": "tahun",
    "end": "akhir",
    "memeriksa": "diperiksa",
    "dipimpin": "memimpin",
    "memimpin": "dipimpin",
    "thousands": "ribuan",
    "koreans": "korea",
    "russians": "rusia",
    "ukrainian": "ukraina",
    "partnership": "kemitraan",
    "strategic": "strategis",
}

# Stems that news writers use interchangeably for one idea; a question word matches any of its group.
SYNONYM_GROUPS = [
    frozenset(
        {
            "kerah",
            "kirim",
            "tempat",
            "angkut",
            "pindah",
            "berangkat",
            "deployment",
            "deploy",
            "deployed",
            "sent",
            "send",
            "sending",
        }
    ),
    frozenset({"tentara", "pasu", "prajurit", "personel", "troops", "troop", "soldiers", "soldier", "forces"}),
    frozenset({"bukti", "evidence", "proof"}),
    frozenset({"bantah", "tampik", "sangkal", "deny", "denied", "denies"}),
]

_TOKEN = re.compile(r"\d+(?:[.,]\d{3})+|\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def normalize_number(token: str) -> str:
    """1.500, 1,500 and 1500 are one number; decimals keep their point."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", token):
        return re.sub(r"[.,]", "", token)
    return token.replace(",", ".")


def tokenize(text: str) -> list[str]:
    tokens = []
    for match in _TOKEN.finditer(text.lower()):
        token = re.sub(r"['’]s$", "", match.group())  # English possessive: russia's -> russia
        tokens.append(normalize_number(token) if token[0].isdigit() else token)
    return tokens


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    if token[0].isdigit() or len(token) <= 3:
        return token
    if token.endswith(("ing", "ed", "tion", "ment")) or not re.fullmatch(r"[a-z-]+", token):
        return token
    return _stemmer().stem(token) or token


def content_terms(text: str) -> list[str]:
    """Stemmed tokens without stop words: what BM25 and the overlap scores compare."""
    return [stem(t) for t in tokenize(text) if t not in STOPWORDS and len(t) > 1]


def synonyms(stem_: str) -> frozenset[str]:
    for group in SYNONYM_GROUPS:
        if stem_ in group:
            return group
    return frozenset({stem_})


def expand_query_terms(question: str) -> list[str]:
    terms = content_terms(question)
    lowered = question.lower()
    for english, indonesian in GLOSSARY.items():
        if re.search(rf"\b{re.escape(english)}\b", lowered):
            terms.extend(content_terms(indonesian))
    return terms


_ID_MARKERS = frozenset(
    """
siapa apa apakah kapan dimana di mana berapa mengapa kenapa bagaimana yang dan dengan pertama kali tentara
pasukan korea utara selatan rusia melaporkan pengerahan adalah dari untuk ke tidak ini itu jumlah berapakah
manakah sebutkan jelaskan
""".split()
)
_EN_MARKERS = frozenset(
    """
who what when where why how which the is are was were did does do of and to in first reported report troops
many much deployment north south korea russia from for not this that
""".split()
)


def detect_language(text: str) -> str:
    """'id' or 'en' for a question or a sentence, by marker words."""
    words = tokenize(text)
    indonesian = sum(1 for w in words if w in _ID_MARKERS)
    english = sum(1 for w in words if w in _EN_MARKERS)
    return "id" if indonesian > english else "en"
