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
    ("who", r"\b(who|whom|which (agency|country|official|outlet|organi[sz]ation)|siapa|pihak mana)\b"),
    ("where", r"\b(where|di mana|dimana|ke mana|kemana|lokasi)\b"),
    ("why", r"\b(why|mengapa|kenapa|alasan)\b"),
]
# Words that ask *how* something is asked about, not *what*: they must not decide relevance or refusal.
FRAME_WORDS = frozenset(content_terms(
    "who whom what when where why how many much which first earliest latest last report reported reporting say "
    "said says tell state stated claim claimed announce announced according siapa apa kapan dimana mana mengapa "
    "kenapa bagaimana berapa jumlah pertama kali terakhir lapor melaporkan laporan kata mengatakan menyatakan "
    "menurut sebut menyebut disebut yang paling awal sumber source sources article articles berita artikel do "
    "does did is are was were the a an of to tanggal hari date day"))


@dataclass(frozen=True)
class QuestionIntent:
    kind: str  # first | last | how_many | when | who | where | why | what
    topic_groups: tuple[frozenset[str], ...]  # per question word: its stem and its Indonesian translations
    entities: tuple[str, ...]  # names the question mentions (must occur in the evidence)

    @property
    def topic_terms(self) -> frozenset[str]:
        return frozenset().union(*self.topic_groups) if self.topic_groups else frozenset()


def classify(question: str) -> QuestionIntent:
    lowered = question.lower()
    kind = next((name for name, pattern in _TYPES if re.search(pattern, lowered)), "what")
    groups: dict[str, set[str]] = {}
    for word in tokenize(question):
        stems = content_terms(word)
        if not stems or stems[0] in FRAME_WORDS:
            continue
        group = groups.setdefault(stems[0], set(synonyms(stems[0])))
        if word in GLOSSARY:
            for term in content_terms(GLOSSARY[word]):
                if term not in FRAME_WORDS:
                    group.update(synonyms(term))
    for phrase in (p for p in GLOSSARY if " " in p and p in lowered):
        groups.setdefault(phrase, set()).update(content_terms(GLOSSARY[phrase]))
    topic = tuple(frozenset(g) for g in groups.values() if g)
    return QuestionIntent(kind, topic, tuple(question_entities(question)))


_QUESTION_WORDS = frozenset(tokenize(
    "who what when where why how which whom siapa apa apakah kapan dimana mana mengapa kenapa bagaimana berapa "
    "did does do is are was were the a in on and or of menurut sebelum sesudah setelah yang dan di"))


def question_entities(question: str) -> list[str]:
    """Capitalised names and numbers in the question, lower-cased (its first word only if it is a name)."""
    words = re.findall(r"[A-Za-zÀ-ÿ][\w'’.-]*|\d[\d.,]*", question)
    entities = []
    for i, word in enumerate(words):
        clean = word.strip(".,'’").lower()
        if not clean or clean in _QUESTION_WORDS:
            continue
        if word[0].isdigit() or (word[0].isupper() and (i > 0 or word.isupper())):
            entities.append(clean)
    return entities
