"""What a question asks for: its type (who, when, how many, first...) and its topic terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.text import GLOSSARY, content_terms, synonyms, tokenize

_TYPES = [
    ("first", r"\b(first|earliest|pertama|paling awal|terlebih dahulu|mula-mula)\b"),
    ("last", r"\b(latest|most recent|last|terakhir|terbaru|paling akhir)\b"),
    ("how_many", r"\b(how many|how much|number of|berapa|jumlah|berapakah)\b"),
    ("when", r"\b(when|what date|which day|kapan|tanggal berapa|hari apa|bilamana)\b"),
    (
        "who",
        r"\b(who|whom|which (agency|country|official|outlet|organi[sz]ation)|siapa|pihak mana)\b"
        r"|\bwhich\b[\w\s'’-]{0,30}\b(official|spokes\w+|minister|leader|president|ambassador|agency)\b",
    ),
    ("where", r"\b(where|di mana|dimana|ke mana|kemana|lokasi)\b"),
    ("why", r"\b(why|mengapa|kenapa|alasan)\b"),
]
# Words that ask *how* something is asked about, not *what*: they must not decide relevance or refusal.
FRAME_WORDS = frozenset(
    content_terms(
        "who whom what when where why how many much which first earliest latest last report reported reporting say "
        "said says tell state stated claim claimed announce announced according siapa apa kapan dimana mana mengapa "
        "kenapa bagaimana berapa jumlah pertama kali terakhir lapor melaporkan laporan kata mengatakan menyatakan "
        "menurut sebut menyebut disebut yang paling awal sumber source sources article articles berita artikel do "
        "does did is are was were the a an of to tanggal hari date day sepakat agree agreed disagree differ differs "
        "berbeda beda compare bandingkan dibandingkan angka figure figures urutkan order sort each masing-masing"
    )
)
# Dates in a question are matched through the dated events, not as topic words.
_DATE_WORDS = re.compile(
    r"^(\d{1,2}|(19|20)\d{2}|jan\w*|feb\w*|mar\w*|apr\w*|mei|may|jun\w*|jul\w*|agu\w*|aug\w*|"
    r"sep\w*|okt\w*|oct\w*|nov\w*|des\w*|dec\w*)$"
)


@dataclass(frozen=True)
class TopicGroup:
    """One idea of the question: the stems that express it (its word, synonyms, Indonesian translations)."""

    forms: frozenset[str]
    entity: bool  # a name the question mentions (North Korea, NATO): ubiquitous, not what is asked
    translated: bool  # has a form in Indonesian, so it can be checked against Indonesian text


@dataclass(frozen=True)
class QuestionIntent:
    kind: str  # first | last | how_many | when | who | where | why | what
    groups: tuple[TopicGroup, ...]
    entities: tuple[str, ...]  # names the question mentions (must occur in the evidence)
    language: str
    counted: frozenset[str] = frozenset()  # for how_many: stems of the thing counted (troops, ships...)
    wants_person: bool = False  # who-questions about a role (spokesperson, minister...) want a person's name
    question_text: str = ""

    @property
    def topic_groups(self) -> tuple[frozenset[str], ...]:
        return tuple(g.forms for g in self.groups)

    @property
    def topic_terms(self) -> frozenset[str]:
        return frozenset().union(*self.topic_groups) if self.groups else frozenset()

    def checkable(self, evidence_language: str) -> tuple[TopicGroup, ...]:
        """Groups that text in that language can confirm or refute (untranslated English words cannot)."""
        if evidence_language == self.language:
            return self.groups
        return tuple(g for g in self.groups if g.translated or g.entity)


PERSON_ROLES = re.compile(
    r"\b(spokes(person|man|woman)|juru bicara|minister|menteri|menlu|president|presiden|secretary|sekretaris|"
    r"general|jenderal|led|dipimpin|memimpin|official|pejabat|inspected|memeriksa|diperiksa|vice|wakil|ambassador|"
    r"duta besar|name|nama|captain|kapten|director|direktur|commander|komandan|spokesperson)\b",
    re.IGNORECASE,
)
_WANTS_BODY = re.compile(
    r"\b(which|what|apa|mana)\s+(agency|country|countries|organi[sz]ation|outlet|"
    r"badan|negara|lembaga|organisasi|media|kementerian|ministry)\b",
    re.IGNORECASE,
)
_COUNT_CUE = re.compile(
    r"\b(how many|how much|number of|berapa(?:\s+(?:jumlah|banyak))?|jumlah)\s+(.*)$", re.IGNORECASE
)


def classify(question: str) -> QuestionIntent:
    from rag.text import detect_language

    lowered = question.lower()
    kind = next((name for name, pattern in _TYPES if re.search(pattern, lowered)), "what")
    language = detect_language(question)
    entities = question_entities(question)
    groups: dict[str, TopicGroup] = {}
    for phrase in (p for p in GLOSSARY if " " in p and re.search(rf"\b{re.escape(p)}\b", lowered)):
        forms = frozenset(content_terms(GLOSSARY[phrase])) - FRAME_WORDS
        if forms:
            groups[phrase] = TopicGroup(forms, phrase.split()[0] in entities, True)
    covered = {w for p in groups for w in p.split()}
    for word in tokenize(question):
        stems = content_terms(word)
        if not stems or stems[0] in FRAME_WORDS or word in covered or stems[0] in groups or _DATE_WORDS.match(word):
            continue
        translations = translated_forms(word, skip=FRAME_WORDS)
        forms = set(synonyms(stems[0])) | set(entity_forms(word, lowered)) | translations
        translated = language == "id" or word.isdigit() or bool(translations)
        groups[stems[0]] = TopicGroup(frozenset(forms), word in entities, translated)
    entities = [e for e in entities if not _DATE_WORDS.match(e)]
    wants_person = kind == "who" and bool(PERSON_ROLES.search(question)) and not _WANTS_BODY.search(question)
    return QuestionIntent(
        kind, tuple(groups.values()), tuple(entities), language, counted_thing(question), wants_person, lowered
    )


def entity_forms(word: str, lowered_question: str) -> list[str]:
    """A name as it may appear in Indonesian text: its translation, or that of a phrase it is part of."""
    forms = [word, word[:-1]] if word.endswith("s") and len(word) > 4 else [word]
    forms.extend(tokenize(GLOSSARY.get(word, "")))
    for phrase in GLOSSARY:
        if " " in phrase and word in phrase.split() and phrase in lowered_question:
            forms.extend(tokenize(GLOSSARY[phrase]))
    return forms


def counted_thing(question: str) -> frozenset[str]:
    """Stems of what a how-many question counts: the first plain noun after "how many" / "berapa"."""
    match = _COUNT_CUE.search(question)
    if not match:
        return frozenset()
    entities = set(question_entities(question))
    for word in tokenize(match.group(2)):
        stems = content_terms(word)
        if not stems or word in entities or stems[0] in FRAME_WORDS:
            continue
        return frozenset(synonyms(stems[0]) | translated_forms(word))
    return frozenset()


def translated_forms(word: str, skip: frozenset[str] = frozenset()) -> set[str]:
    """The glossary's Indonesian stems for an English word, each with its synonyms."""
    forms: set[str] = set()
    for term in content_terms(GLOSSARY.get(word, "")):
        if term not in skip:
            forms.update(synonyms(term))
    return forms


_QUESTION_WORDS = frozenset(
    tokenize(
        "who what when where why how which whom siapa apa apakah kapan dimana mana mengapa kenapa bagaimana berapa "
        "did does do is are was were the a in on and or of menurut sebelum sesudah setelah yang dan di"
    )
)


def question_entities(question: str) -> list[str]:
    """Capitalised names and numbers in the question, lower-cased (its first word only if it is a name)."""
    words = re.findall(r"[A-Za-zÀ-ÿ][\w'’.-]*|\d[\d.,]*", question)
    entities = []
    for i, word in enumerate(words):
        clean = re.sub(r"['’]s$", "", word.strip(".,'’")).lower()
        if not clean or clean in _QUESTION_WORDS:
            continue
        if word[0].isdigit() or (word[0].isupper() and (i > 0 or word.isupper())):
            entities.append(clean)
    return entities
