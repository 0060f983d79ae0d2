"""Facts about English as news is written in it: no story's vocabulary, only the language's own words."""

FUNCTION_WORDS = frozenset(
    """
a about after again against all also am an and any are as at be because been before being between both but by can
could did do does doing during each few for from further had has have having he her here hers him his how i if in
into is it its itself just me more most my no nor not now of off on once only or other our out over own same she
should so some such than that the their them then there these they this those through to too under until up very was
we were what when where which while who whom whose why will with would you your many much please tell name named
""".split()
)
QUESTION_WORDS = {
    "who": (
        "who",
        "whom",
        "whose",
        "which person",
        "what is the name",
        "what was the name",
        "name of",
        "which official",
        "which minister",
        "which company",
        "which agency",
        "which organisation",
        "which organization",
        "which team",
        "which club",
        "which party",
        "which country",
        "which body",
        "which institution",
    ),
    "when": (
        "when",
        "what date",
        "which date",
        "which day",
        "what day",
        "what time",
        "what year",
        "which year",
        "which month",
        "on what date",
        "at what time",
    ),
    "where": (
        "where",
        "in which city",
        "which city",
        "which province",
        "which regency",
        "which district",
        "which village",
        "which place",
        "what place",
        "which country did",
        "in which",
        "at which",
    ),
    "how_many": ("how many", "number of", "how often", "how many times"),
    "how_much": (
        "how much",
        "what amount",
        "what was the value",
        "what is the value",
        "what percentage",
        "what percent",
        "how large",
        "how big",
        "what was the cost",
        "what is the cost",
        "what price",
        "how high",
        "how far",
        "how long",
        "how deep",
        "how heavy",
        "how old",
    ),
    "why": (
        "why",
        "what caused",
        "what was the reason",
        "what is the reason",
        "the reason",
        "for what reason",
        "what led to",
        "cause of",
    ),
    "how": (
        "how did",
        "how does",
        "how do",
        "how was",
        "how were",
        "how is",
        "how are",
        "how will",
        "how has",
        "how have",
        "in what way",
    ),
    "what": ("what", "which"),
    "first": ("first", "earliest"),
    "last": ("latest", "most recent", "last"),
}
# "What happened before/after X": the event X follows the cue.
ORDER_CUES = {
    "before": ("what happened before", "what happened prior to", "what came before", "what preceded"),
    "after": ("what happened after", "what happened following", "what came after", "what followed"),
}
CONJUNCTIONS = ("and", "then")
CONTRASTS = ("while", "whereas", "but")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
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
PERCENT = ("percent", "per cent", "%")
HONORIFICS = frozenset("mr mrs ms miss dr prof sir gen lt col maj capt sgt rev president".split())
GENERIC_ROLES = ("official", "officer", "figure", "leader")
ROLE_WORDS = frozenset(
    """
president minister secretary spokesperson spokesman spokeswoman chairman chairwoman chair head chief director governor
mayor regent ambassador envoy general commander captain coach player singer actor actress judge prosecutor lawyer
official officer ceo founder owner doctor lecturer researcher analyst economist leader deputy senator lawmaker
legislator politician suspect perpetrator victim witness father mother son daughter wife husband
""".split()
)
ORGANISATION_WORDS = frozenset(
    """
ministry agency commission council assembly court police department government party company bank university
institute school foundation association union federation club team
""".split()
)
ELABORATION_OPENERS = ("one of them", "among them", "these include", "first", "for example", "for instance")
ANNOUNCING_WORDS = ("several", "various", "a number of", "the following")
MONTH_PARTS = {"early": ("early", "beginning of"), "mid": ("mid", "middle of"), "late": ("late", "end of")}
DURATION_WORDS = frozenset(
    "year years month months day days hour hours minute minutes second seconds week weeks century decade".split()
)
PLACE_WORDS = frozenset("province regency city district village street island river lake mount airport port".split())
LOCATIVE_WORDS = ("in", "at", "to", "from", "near", "around", "inside")
COUNTRY_NOUNS = ("country", "nation")
PLACE_VERBS = ("visited", "visiting", "visit", "visits", "reached")
SAY_BEFORE_NAME = ("said", "says", "told", "added", "according to", "wrote")
CITED_FROM = ("as reported by", "quoted by", "cited by", "reported by")
AGENT_WORDS = ("by", "led by")
SAY_AFTER_NAME = (
    "said",
    "says",
    "stated",
    "announced",
    "told",
    "added",
    "warned",
    "denied",
    "claimed",
    "reported",
    "confirmed",
    "estimated",
    "accused",
    "revealed",
    "explained",
)
CAUSE_WORDS = ("because", "due to", "as a result of", "owing to", "caused by", "since")
PURPOSE_WORDS = ("so that", "in order to")
WEAK_PURPOSE_WORDS = ("to avoid", "to prevent", "to ensure")
REQUEST_VERBS = ("asked", "urged", "called on", "demanded", "ordered", "hoped")
PROSPECTIVE_WORDS = ("will", "preparing", "prepare", "plans to", "planning to", "is going to", "are going to")
# A question with one of these asks about what is yet to come, so a date after the article may answer it.
FUTURE_ASKED = PROSPECTIVE_WORDS + ("expect", "expects", "expected", "scheduled", "due", "plan", "planned", "next")
DENIAL_WORDS = ("denied", "denies", "rejected", "dismissed")
BEFORE_WORDS = ("before", "ahead of", "prior to")
AFTER_WORDS = ("after", "following", "since")
NEGATIONS = ("not", "no", "never", "without")
FOLLOW_UP_OPENERS = ("and", "but", "so", "then", "what about", "how about", "also")
PRONOUNS = ("it", "that", "this", "they", "them", "he", "she", "his", "her", "their", "those", "there")
# English words of proper names whose Indonesian form differs beyond spelling ("|" separates forms).
NAME_WORDS = {
    "north": "utara",
    "south": "selatan",
    "east": "timur",
    "west": "barat",
    "central": "tengah",
    "new": "baru",
    "united": "serikat|bersatu",
    "states": "serikat|amerika",
    "kingdom": "kerajaan|inggris",
    "island": "pulau",
    "islands": "kepulauan",
    "republic": "republik",
    "japan": "jepang",
    "china": "tiongkok|china|cina",
    "germany": "jerman",
    "netherlands": "belanda",
    "dutch": "belanda",
    "britain": "inggris",
    "british": "inggris",
    "england": "inggris",
    "france": "prancis|perancis",
    "french": "prancis",
    "egypt": "mesir",
    "saudi": "saudi|arab",
    "arabia": "arab",
    "turkey": "turki",
    "greece": "yunani",
    "india": "india",
    "philippines": "filipina",
    "thailand": "thailand",
    "vietnam": "vietnam",
    "korea": "korea",
    "korean": "korea",
    "russian": "rusia",
    "ukrainian": "ukraina",
    "american": "amerika|as",
    "us": "as|amerika",
    "u.s.": "as|amerika",
    "usa": "as|amerika",
    "un": "pbb",
    "indonesian": "indonesia",
    "malaysian": "malaysia",
    "australian": "australia",
    "chinese": "china|cina",
    "japanese": "jepang",
    "moscow": "moskow",
    "brussels": "brussel",
    "java": "jawa",
    "sumatra": "sumatera",
    "jakarta": "jakarta",
    "police": "polisi|polri|polda|polres",
    "army": "tni|ad",
    "navy": "al",
}
# English role nouns and the Indonesian words news uses for them.
ROLE_TRANSLATIONS = {
    "ambassador": "duta besar|dubes",
    "minister": "menteri|menko",
    "spokesperson": "juru bicara|jubir",
    "spokesman": "juru bicara|jubir",
    "spokeswoman": "juru bicara|jubir",
    "president": "presiden",
    "governor": "gubernur",
    "mayor": "wali kota|walikota",
    "regent": "bupati",
    "chairman": "ketua",
    "chairwoman": "ketua",
    "chair": "ketua",
    "head": "kepala|ketua",
    "chief": "kepala|ketua|kapolres|kapolda|kapolri",
    "director": "direktur|dirut",
    "coach": "pelatih",
    "judge": "hakim",
    "prosecutor": "jaksa",
    "lawyer": "pengacara|kuasa hukum",
    "doctor": "dokter",
    "commander": "komandan|panglima|pangdam|danrem",
    "leader": "pemimpin|ketua",
    "secretary": "sekretaris|sekjen",
    "general": "jenderal",
    "captain": "kapten",
    "deputy": "wakil",
    "official": "pejabat",
    "officer": "petugas|perwira",
    "lawmaker": "anggota dpr|legislator",
    "senator": "senator",
    "founder": "pendiri",
    "owner": "pemilik",
    "researcher": "peneliti",
    "analyst": "analis|pengamat",
    "economist": "ekonom",
    "suspect": "tersangka",
    "victim": "korban",
    "witness": "saksi",
    "player": "pemain",
    "singer": "penyanyi",
    "actor": "aktor",
    "actress": "aktris",
    "father": "ayah|bapak|ayahanda",
    "mother": "ibu|ibunda",
    "husband": "suami",
    "wife": "istri",
    "son": "anak|putra",
    "daughter": "anak|putri",
    "brother": "kakak|adik|saudara",
    "sister": "kakak|adik|saudari",
    "chairperson": "ketua",
    "manager": "manajer",
    "principal": "kepala sekolah",
    "teacher": "guru",
    "student": "siswa|mahasiswa",
    "police": "polisi|kapolres|kapolda|kapolsek",
}
# Compass words end or start place names ("Jawa Tengah", "Korea Selatan", "North Sumatra").
COMPASS = ("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western")

# Where-questions: the level of place asked ("di kabupaten mana", "which city") and the heads of buildings.
PLACE_LEVELS = {
    "city": ("city", "town"),
    "regency": ("regency",),
    "district": ("district",),
    "village": ("village",),
    "province": ("province", "state"),
    "country": ("country",),
    "street": ("street", "road"),
}
BUILDING_WORDS = (
    "hospital",
    "hotel",
    "stadium",
    "building",
    "mosque",
    "church",
    "office",
    "school",
    "campus",
    "airport",
    "station",
    "market",
    "mall",
)

# --- who says what, and when (index.speakers, index.statements, index.claims) ---------------------------------
SAY_AFTER_NAME_MORE = ("insisted", "argued", "noted", "added", "wrote")
QUOTE_TAGS_MORE: tuple[str, ...] = ()
SAY_PASSIVES: tuple[str, ...] = ()
SPEAKER_PRONOUNS = ("he", "she")
GROUP_PRONOUNS = ("they",)
ANAPHORS: tuple[str, ...] = ()
SENTENCE_OPENERS = ("meanwhile", "however", "earlier", "also")
AFTER_NAME_WORDS = ("also", "has", "had")
NAME_ENDERS = ("on", "at", "in", "during", "that", "to", "who", "as", "after", "before", "is", "was", "are", "were")
SPEAKER_ROLE_WORDS = ("spokesperson",)
ROLE_MODIFIERS: tuple[str, ...] = ()
CONNECTIVE_OPENERS = ("like", "including")
FIRST_PERSON = ("i", "we", "our", "my")
ACT_NOUNS: tuple[str, ...] = ()
EARLIER_WORDS = ("previously", "earlier", "had long")
ASPECT_WORDS = {
    "expected": ("will", "would", "plans", "planned", "expected", "more", "additional", "another", "further"),
    "ongoing": ("preparing", "prepared", "being"),
    "done": ("have", "has", "had", "were", "was", "sent", "arrived"),
}
AMOUNT_WORDS = tuple("about around nearly almost over under than total and or to of with".split())
TIMES_OF_DAY = ("am", "pm")
