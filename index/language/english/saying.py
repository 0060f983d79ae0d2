"""English reporting verbs and the words around them: who says what, and when."""

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
DENIAL_WORDS = ("denied", "denies", "rejected", "dismissed")
SAY_AFTER_NAME_MORE = ("insisted", "argued", "noted", "added", "wrote")
QUOTE_TAGS_MORE: tuple[str, ...] = ()
SAY_PASSIVES: tuple[str, ...] = ()
SPEAKER_PRONOUNS = ("he", "she")
GROUP_PRONOUNS = ("they",)
ANAPHORS: tuple[str, ...] = ()
SENTENCE_OPENERS = ("meanwhile", "however", "earlier", "also")
AFTER_NAME_WORDS = ("also", "has", "had")
NAME_ENDERS = ("on", "at", "in", "during", "that", "to", "who", "as", "after", "before", "is", "was", "are", "were")
CONNECTIVE_OPENERS = ("like", "including")
FIRST_PERSON = ("i", "we", "our", "my")
ACT_NOUNS: tuple[str, ...] = ()
# Stems of the reporting verbs a question asks about a speaker with ("who said ...", "who announced ...").
SAY_QUESTION_STEMS = tuple("said say told report announc reveal claim stat disclos confirm warn".split())
