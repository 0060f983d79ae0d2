"""English function words, question words and the cue words of answer types (cause, purpose, order)."""

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
        "what is the full name",
        "what was the full name",
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
        "what year",
        "which year",
        "what years",
        "which years",
        "which month",
        "on what date",
    ),
    "time": ("what time", "at what time", "what hour", "at which hour"),
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
    "how_many": (
        "how many",
        "number of",
        "what is the population",
        "what was the population",
        "how often",
        "how many times",
    ),
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
        "how fast",
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
NAME_ASKED = ("what is the name", "what was the name", "what are the names", "what were the names")
NAMING_WORDS = ("named", "called", "dubbed", "code-named", "codenamed", "titled", "known as", "calling itself")
# "What happened before/after X": the event X follows the cue.
ORDER_CUES = {
    "before": ("what happened before", "what happened prior to", "what came before", "what preceded"),
    "after": ("what happened after", "what happened following", "what came after", "what followed"),
}
RESPONSE_ASKED = ("response of", "reaction of", "reply of")
SCORE_ASKED = ("score", "scoreline", "final score")  # a scoreline is asked
SEVERAL_ASKED = ("both", "which dates", "what dates", "which days", "what days")  # more than one, besides a number
CONJUNCTIONS = ("and", "then")
CONTRASTS = ("while", "whereas", "but")
ELABORATION_OPENERS = ("one of them", "among them", "these include", "first", "for example", "for instance")
ANNOUNCING_WORDS = ("several", "various", "a number of", "the following")
DEMONSTRATIVES = ("this", "that", "it")
CAUSE_WORDS = (
    "because",
    "due to",
    "as a result of",
    "owing to",
    "caused by",
    "since",
    "thanks to",
    "at the request of",
)
CAUSE_WORDS += ("triggered by", "prompted by", "stemming from", "in response to")
PURPOSE_WORDS = ("so that", "in order to")
WEAK_PURPOSE_WORDS = ("to avoid", "to prevent", "to ensure")
REQUEST_VERBS = ("asked", "urged", "called on", "demanded", "ordered", "hoped", "allowed", "forbidden", "agreed")
NEGATIONS = ("not", "no", "never", "without")
FOLLOW_UP_OPENERS = ("and", "but", "so", "then", "what about", "how about", "also")
PRONOUNS = ("it", "that", "this", "they", "them", "he", "she", "his", "her", "their", "those", "there")
PERSON_PRONOUNS = ("he", "she", "him", "his", "her")  # a person just named

# Generic nouns a which-question asks by ("what illness", "which aircraft") as Indonesian news writes them: the
# head of the answer there ("penyakit jantung", "pesawat Hercules C-130"). Nouns only, no story's words.
NOUN_TRANSLATIONS = {
    "illness": "penyakit",
    "disease": "penyakit",
    "ailment": "penyakit",
    "condition": "kondisi|penyakit",
    "aircraft": "pesawat",
    "plane": "pesawat",
    "car": "mobil",
    "vehicle": "kendaraan",
    "ship": "kapal",
    "boat": "perahu|kapal",
    "weapon": "senjata",
    "drug": "narkoba|obat",
    "medicine": "obat",
    "law": "undang-undang|uu",
    "method": "metode|cara",
    "school": "sekolah",
    "company": "perusahaan",
    "song": "lagu",
    "book": "buku",
    "prize": "hadiah",
    "award": "penghargaan",
    "case": "kasus",
    "article": "pasal",
    "motorbike": "motor",
    "motorcycle": "motor",
    "brand": "merek",
    "election": "pemilihan|pilkada|pemilu",
    "sport": "olahraga|cabang olahraga",
}
