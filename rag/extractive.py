"""The offline answerer: picks and quotes source sentences, with a short lead that states the answer.

No generator runs here. Sentences of the retrieved passages are scored against the question (the passage's
cross-lingual dense rank, glossary-expanded lexical overlap, and cues of the question type); "first" and
"latest" questions are answered from the dated statements extracted at ingest, not from similarity.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from index.chunk import sentence_spans
from rag import prompts
from rag.question import QuestionIntent, classify
from rag.text import GLOSSARY, content_terms, tokenize
from rag.text import detect_language as detect_text_language
from rag.types import Answer, Citation, Passage

MIN_TOPIC_COVERAGE = 0.34  # share of the question's ideas the best sentence must express
MIN_UNION_COVERAGE = 0.85  # share the top sentences together must express: one idea missing in seven is tolerated
UNION_SENTENCES = 6
TROOP_STEMS = frozenset(content_terms("tentara pasukan prajurit personel troops soldiers personnel"))
NUMBER_WORDS = {
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
    "ketujuh": 7,
}
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
_DATE_CUE = re.compile(
    r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|\b\d{1,2}\s+(oktober|october|juni|june|agustus|august)\b"
    r"|\b(senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday)\b",
    re.IGNORECASE,
)
_SAY_CUE = re.compile(
    r"\b(kata|ujar|mengatakan|menyatakan|menuduh|mengungkapkan|menyebutkan|merilis|said|told|"
    r"announced|reported|stated|menurut|tambah|ungkap|dirilis|melaporkan)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    start: int
    end: int
    text: str
    rank: int  # rank of its passage in the fused retrieval
    passage: Passage


@dataclass
class Scored:
    sentence: Sentence
    score: float
    coverage: float


Actor = Callable[[str], str | None]


def split_evidence(passages: list[Passage]) -> list[Sentence]:
    seen: set[tuple[str, int]] = set()
    sentences = []
    for rank, passage in enumerate(passages):
        for start, end in sentence_spans(passage.text, offset=passage.start):
            text = passage.text[start - passage.start : end - passage.start]
            if (passage.doc_id, start) in seen or len(text) < 25:
                continue
            seen.add((passage.doc_id, start))
            sentences.append(Sentence(passage.doc_id, start, end, text, rank, passage))
    return sentences


def topic_coverage(intent: QuestionIntent, text: str, evidence_language: str = "id") -> float:
    """Share of the question's checkable ideas that the text expresses."""
    groups = intent.checkable(evidence_language)
    if not groups:
        return 1.0
    terms = set(content_terms(text)) | set(tokenize(text))
    return sum(1 for group in groups if group.forms & terms) / len(groups)


def missing_entities(intent: QuestionIntent, evidence: str) -> list[str]:
    """Names in the question that appear nowhere in the evidence, in either language."""
    from rag.question import entity_forms

    tokens = set(tokenize(evidence))
    lowered = evidence.lower()
    missing = []
    for entity in intent.entities:
        forms = set(entity_forms(entity, intent.question_text))
        if entity.replace(".", "").replace(",", "").isdigit():
            forms.add(entity.replace(".", "").replace(",", ""))
        if not any(form in tokens or (len(form) > 4 and form in lowered) for form in forms):
            missing.append(entity)
    return missing


def cue_score(intent: QuestionIntent, text: str, actor: Actor) -> float:
    if intent.kind == "how_many":
        return 1.0 if quantities(text, intent.counted) else 0.0
    if intent.kind == "when":
        return 1.0 if _DATE_CUE.search(text) else 0.0
    if intent.kind in ("who", "first", "last"):
        return (0.5 if actor(text) else 0.0) + (0.5 if _SAY_CUE.search(text) else 0.0)
    return 0.0


def score_sentences(
    intent: QuestionIntent, sentences: list[Sentence], actor: Actor, evidence_language: str = "id"
) -> list[Scored]:
    scored = []
    for s in sentences:
        coverage = topic_coverage(intent, s.text, evidence_language)
        rank_score = 1.0 / (1 + s.rank)
        scored.append(Scored(s, 0.55 * coverage + 0.25 * rank_score + 0.2 * cue_score(intent, s.text, actor), coverage))
    return sorted(scored, key=lambda x: -x.score)


def quantities(text: str, counted: frozenset[str]) -> list[tuple[int, str]]:
    """(value, counted word) pairs: a number (digits or a number word, "ribu" multiplies) within three words
    before what the question counts; troops when the question names nothing countable."""
    counted = counted or TROOP_STEMS
    found = []
    words = list(re.finditer(r"\d{1,3}(?:[.,]\d{3})+|\d+|[^\W\d_]+", text))
    for i, match in enumerate(words):
        value = _number_value(match.group())
        if value is None or "/" in text[max(match.start() - 1, 0) : match.end() + 1]:
            continue  # part of a date such as (28/10)
        thousands = i + 1 < len(words) and words[i + 1].group().lower() in ("ribu", "thousand", "rb")
        multiplier, offset = (1000, 2) if thousands else (1, 1)
        for ahead in words[i + offset : i + offset + 3]:
            if set(content_terms(ahead.group())) & counted:
                found.append((value * multiplier, ahead.group()))
                break
    return found


def _number_value(word: str) -> int | None:
    if word[0].isdigit():
        return int(re.sub(r"[.,]", "", word)) if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+|\d{1,7}", word) else None
    return NUMBER_WORDS.get(word.lower())


def format_date(iso: str, language: str, precision: str = "day") -> str:
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    months = MONTHS_ID if language == "id" else MONTHS_EN
    if precision == "month":
        return f"{months[day.month - 1]} {day.year}"
    return f"{day.day} {months[day.month - 1]} {day.year}"


def format_number(value: int, language: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if language == "id" else text


class CitationBook:
    """Numbers cited snippets in order of first use; one number per exact span."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self._by_span: dict[tuple[str, int, int], int] = {}

    def cite(
        self,
        doc_id: str,
        start: int,
        end: int,
        snippet: str,
        passage: Passage | None,
        meta: Callable[[str], tuple[str, str, str | None]],
    ) -> int:
        key = (doc_id, start, end)
        if key not in self._by_span:
            title, source, published = (passage.title, passage.source, passage.published) if passage else meta(doc_id)
            n = len(self.citations) + 1
            also = passage.also_in if passage else ()
            self.citations.append(Citation(n, doc_id, title, source, published, snippet, start, end, also))
            self._by_span[key] = n
        return self._by_span[key]


class ExtractiveAnswerer:
    name = "offline"

    def __init__(
        self,
        actor: Actor,
        events: Callable[[], list[dict]],
        doc_text: Callable[[str], str],
        doc_meta: Callable[[str], tuple[str, str, str | None]],
        relevance: Callable[[str], Callable[[list[str]], list[float]]] | None = None,
    ) -> None:
        self.actor = actor
        self.events = events
        self.doc_text = doc_text
        self.doc_meta = doc_meta
        self.relevance = relevance  # question -> scorer of texts, for ordering questions (before / after)

    def answer(self, question: str, passages: list[Passage], language: str) -> Answer:
        intent = classify(question)
        sentences = split_evidence(passages)
        evidence = " ".join(p.text for p in passages)
        evidence_language = detect_text_language(evidence)
        scored = score_sentences(intent, sentences, self.actor, evidence_language)
        if not self._grounded(intent, scored, evidence, evidence_language):
            return self._not_found(question, scored, language)
        book = CitationBook()
        lead = None
        if intent.kind in ("what", "when") and not _STATED_DAY.search(question):
            lead = self._before_after(question, language, book, scored)  # "what happened before/after X"
        if intent.kind in ("first", "last"):
            lead, actor = self._timeline_lead(intent, language, book)
            if actor:
                scored = _favour_actor(scored, actor)
        elif intent.kind == "how_many":
            lead = self._numbers_lead(scored[:6], intent, language, book)
        elif intent.kind == "when" and not lead:
            lead = self._date_lead(scored[:3], language, book)
        elif intent.kind == "who":
            lead = self._who_lead(scored[:3], intent, question, language, book)
        quotes = self._quotes(scored, book, lead_used=len(book.citations))
        text = (lead + "\n\n" if lead else "") + prompts.SUPPORTING[language] + "\n" + "\n".join(quotes)
        return Answer(
            text=text, grounded=True, citations=book.citations, answerer=self.name, question=question, language=language
        )

    def _before_after(self, question: str, language: str, book: CitationBook, scored: list[Scored]) -> str | None:
        """What happened before or after an event: first what a sentence about that event says happened
        before/after it ("... setelah Korea Selatan dan AS mengonfirmasi ..."), then the dated timeline."""
        from rag.timeline import answer_time_question, time_intent

        asked = time_intent(question)
        if not asked or asked[0] not in ("before", "after") or not asked[1]:
            return None
        score = self.relevance(asked[1]) if self.relevance else None
        found = answer_time_question(self.events(), question, score)
        if not found or not found["events"]:
            return None
        lines = [prompts.ORDER_LEAD[asked[0]][language].format(pivot=asked[1])]
        pivot = classify(asked[1])
        connective = _AFTER_WORDS if asked[0] == "before" else _BEFORE_WORDS
        for item in scored[:6]:
            s = item.sentence
            if connective.search(s.text) and topic_coverage(pivot, s.text) >= 0.5:
                n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage, self.doc_meta)
                lines.append(f"- {s.text} [{n}]")
                break
        for event in found["events"]:
            n = book.cite(event["doc_id"], event["start"], event["end"], event["text"], None, self.doc_meta)
            when = format_date(event["date"], language, event.get("precision", "day"))
            who = display_actor(event.get("actor"), language)
            lines.append(f"- {when}{' — ' + who if who else ''}: {event['text']} [{n}]")
        return "\n".join(lines)

    def _grounded(self, intent: QuestionIntent, scored: list[Scored], evidence: str, evidence_language: str) -> bool:
        """The question's names occur in the evidence, its best sentence is on topic, and together the top
        sentences express (nearly) every idea of the question that the evidence language can express."""
        if not scored or missing_entities(intent, evidence) or scored[0].coverage < MIN_TOPIC_COVERAGE:
            return False
        if intent.groups and not intent.checkable(evidence_language):
            return False  # nothing the question asks about can be checked in this evidence
        top = " ".join(item.sentence.text for item in scored[:UNION_SENTENCES] if item.coverage > 0)
        if topic_coverage(intent, top, evidence_language) < MIN_UNION_COVERAGE:
            return False
        if intent.kind == "how_many" and intent.counted:
            return any(quantities(item.sentence.text, intent.counted) for item in scored[:6])
        if intent.wants_person:  # "who is the captain": the role must be in the evidence
            return any(_role_mentions(item.sentence.text, intent.question_text) for item in scored[:6])
        return True

    # leads ----------------------------------------------------------------------------------------
    def _timeline_lead(
        self, intent: QuestionIntent, language: str, book: CitationBook
    ) -> tuple[str | None, str | None]:
        statements = [
            e
            for e in self.events()
            if e.get("kind") == "statement"
            and e.get("actor")
            and e.get("precision", "day") == "day"
            and not DENIAL.search(e["text"])
        ]
        relevant = [e for e in statements if self._event_on_topic(intent, e, every_group=True)]
        relevant = relevant or [e for e in statements if self._event_on_topic(intent, e, every_group=False)]
        if not relevant:
            return None, None
        relevant.sort(key=lambda e: (e["date"], e["doc_id"], e["start"]))
        event = relevant[0] if intent.kind == "first" else relevant[-1]
        n = book.cite(event["doc_id"], event["start"], event["end"], event["text"], None, self.doc_meta)
        actor = display_actor(event["actor"], language)
        lead = prompts.LEADS[intent.kind][language].format(actor=actor, date=format_date(event["date"], language))
        return f"{lead} [{n}].", event["actor"]

    def _event_on_topic(self, intent: QuestionIntent, event: dict, every_group: bool) -> bool:
        """The statement's paragraph, or the line just above it, speaks of the question's topic."""
        text = self.doc_text(event["doc_id"])
        para_start = text.rfind("\n", 0, event["start"])
        prev_start = text.rfind("\n", 0, max(para_start, 0))
        para_end = text.find("\n", event["end"])
        context = text[max(prev_start, 0) : para_end if para_end >= 0 else len(text)]
        terms = set(content_terms(context))
        ideas = [g for g in intent.groups if not g.entity] or list(intent.groups)
        matched = [bool(g.forms & terms) for g in ideas]
        return all(matched) if every_group else any(matched) or not matched

    def _numbers_lead(self, top: list[Scored], intent: QuestionIntent, language: str, book: CitationBook) -> str | None:
        found: dict[int, list[tuple[Scored, str | None, str]]] = {}
        for item in top:
            if item.coverage < MIN_TOPIC_COVERAGE:
                continue
            for value, noun in quantities(item.sentence.text, intent.counted):
                found.setdefault(value, []).append((item, self.actor(item.sentence.text), noun))
        if not found:
            return None
        parts = []
        for value, claims in sorted(found.items(), key=lambda kv: -len(kv[1]))[:4]:
            item, who, noun = claims[0]
            s = item.sentence
            n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage, self.doc_meta)
            label = display_actor(who, language) if who else (s.passage.source or s.passage.title)
            if not intent.counted or intent.counted & TROOP_STEMS:
                noun = "tentara" if language == "id" else "troops"
            parts.append(f"{format_number(value, language)} {noun} ({label}) [{n}]")
        if len(parts) == 1:
            return parts[0][0].upper() + parts[0][1:] + "."
        return prompts.SOURCES_DIFFER[language] + " " + "; ".join(parts) + "."

    def _date_lead(self, top: list[Scored], language: str, book: CitationBook) -> str | None:
        events = self.events()
        for item in top:
            s = item.sentence
            inside = [
                e
                for e in events
                if e["doc_id"] == s.doc_id
                and e["start"] < s.end
                and e["end"] > s.start
                and e.get("kind") != "publication"
            ]
            if inside:
                n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage, self.doc_meta)
                value = format_date(inside[0]["date"], language, inside[0].get("precision", "day"))
                return prompts.LEADS["when"][language].format(value=value) + f" [{n}]."
        return None

    def _who_lead(
        self, top: list[Scored], intent: QuestionIntent, question: str, language: str, book: CitationBook
    ) -> str | None:
        """A person after the role the question asks about, else any person, else the speaking body."""
        chosen: tuple[Scored, str] | None = None
        if intent.wants_person:
            for item in top[:4]:
                who = person_in(item.sentence.text, question, after_role_only=True)
                if who:
                    chosen = (item, who)
                    break
        if chosen is None:
            for item in top[:3]:
                who = (person_in(item.sentence.text, question) if intent.wants_person else None) or self.actor(
                    item.sentence.text
                )
                if who:
                    chosen = (item, who)
                    break
        if chosen is None:
            return None
        item, who = chosen
        s = item.sentence
        n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage, self.doc_meta)
        return f"{display_actor(who, language)} [{n}]."

    def _quotes(self, scored: list[Scored], book: CitationBook, lead_used: int, limit: int = 3) -> list[str]:
        quotes = []
        best = scored[0].score if scored else 0
        for item in scored:
            if len(quotes) >= limit or (quotes and item.score < best * 0.6):
                break
            s = item.sentence
            n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage, self.doc_meta)
            quotes.append(f"- {s.text} [{n}]")
        if lead_used and not quotes:
            return []
        return quotes

    def _not_found(self, question: str, scored: list[Scored], language: str) -> Answer:
        book = CitationBook()
        lines = [prompts.NOT_FOUND[language]]
        closest = _distinct(scored, 2)
        if closest:
            lines.append("")
            lines.append(prompts.CLOSEST[language])
            for item in closest:
                s = item.sentence
                n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage, self.doc_meta)
                lines.append(f"- {s.text} [{n}]")
        return Answer(
            text="\n".join(lines),
            grounded=False,
            citations=book.citations,
            answerer=self.name,
            question=question,
            language=language,
        )


def _favour_actor(scored: list[Scored], actor: str) -> list[Scored]:
    """After a timeline lead, the quotes that follow should be about the actor it names."""
    from index.events import actors_in

    boosted = [
        Scored(s.sentence, s.score + (0.5 if actor in actors_in(s.sentence.text) else 0.0), s.coverage) for s in scored
    ]
    return sorted(boosted, key=lambda x: -x.score)


def _distinct(scored: Iterable[Scored], limit: int) -> list[Scored]:
    out: list[Scored] = []
    for item in scored:
        if all(item.sentence.doc_id != o.sentence.doc_id or item.sentence.start != o.sentence.start for o in out):
            out.append(item)
        if len(out) >= limit:
            break
    return out


_AFTER_WORDS = re.compile(r"\b(setelah|sesudah|menyusul|usai|after|following)\b", re.IGNORECASE)
_BEFORE_WORDS = re.compile(r"\b(sebelum|sebelumnya|menjelang|before|ahead of|prior to)\b", re.IGNORECASE)
_STATED_DAY = re.compile(r"\b\d{1,2}\s+[A-Za-z]{3,}|\b\d{1,2}/\d{1,2}\b")  # "21 Oktober", "18/10"
DENIAL = re.compile(
    r"\b(membantah|menampik|menyangkal|menolak untuk mengkonfirmasi|denied|denies|rejected|"
    r"dismissed)\b",
    re.IGNORECASE,
)
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'-]*(?:-[a-z]+)?\s+){1,5}[A-Z][\w’'-]*")
NOT_NAME_WORDS = frozenset(
    [
        "korea",
        "utara",
        "selatan",
        "rusia",
        "russia",
        "north",
        "south",
        "nato",
        "as",
        "us",
        "amerika",
        "serikat",
        "badan",
        "intelijen",
        "nasional",
        "menteri",
        "pertahanan",
        "luar",
        "negeri",
        "presiden",
        "wakil",
        "direktur",
        "pertama",
        "sekretaris",
        "jenderal",
        "juru",
        "bicara",
        "kementerian",
        "duta",
        "besar",
        "gedung",
        "putih",
        "dewan",
        "keamanan",
        "pbb",
        "uni",
        "eropa",
        "barat",
        "ukraina",
        "ukrainian",
        "pemimpin",
        "menlu",
        "dpr",
        "ktt",
        "delegasi",
        "pejabat",
        "angkatan",
        "laut",
        "al",
        "the",
        "of",
        "and",
        "di",
        "ke",
        "dari",
        "untuk",
        "pada",
        "saat",
        "kata",
        "menurut",
        "sumber",
        "sebelumnya",
        "perdana",
        "perwakilan",
        "intelijen",
        "militer",
        "indo",
        "pasifik",
        "asia",
        "eropa",
        "timur",
        "tengah",
    ]
)


def person_in(sentence: str, question: str, after_role_only: bool = False) -> str | None:
    """A person's name in the sentence that the question does not already name: two to four capitalised words
    left after leading titles and bodies are stripped ("Juru bicara NATO Farah Lala" -> "Farah Lala").
    When the sentence contains the role the question asks about, the name after that role wins."""
    asked = {w.lower() for w in re.findall(r"[\w’'-]+", question)}
    candidates: list[tuple[int, str]] = []
    for match in _NAME_RUN.finditer(sentence):
        words = match.group().split()
        start = match.start()
        while words and words[0].lower() in NOT_NAME_WORDS:
            start += len(words[0]) + 1
            words = words[1:]
        if not 2 <= len(words) <= 4 or all(w.lower() in asked for w in words):
            continue
        if any(w.lower() in NOT_NAME_WORDS for w in words):
            continue
        candidates.append((start, " ".join(words).rstrip(",.")))
    if not candidates:
        return None
    roles = [m.end() for m in _role_mentions(sentence, question)]
    if roles:
        after = [c for c in candidates if c[0] >= min(roles)]
        if after:
            return after[0][1]
    return None if after_role_only else candidates[0][1]


def _role_mentions(sentence: str, question: str) -> list[re.Match[str]]:
    """Where the sentence names the role a who-question asks about (spokesperson, led, minister...)."""
    from rag.question import PERSON_ROLES

    roles = {m.group().lower() for m in PERSON_ROLES.finditer(question)} - {"name", "nama"}
    forms = set(roles)
    for role in roles:
        forms.update(GLOSSARY.get(role, "").split())
    if not forms:
        return []
    pattern = r"\b(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b"
    return list(re.finditer(pattern, sentence, re.IGNORECASE))


ACTOR_NAMES = {
    "NIS": {
        "en": "South Korea's National Intelligence Service (NIS)",
        "id": "Badan Intelijen Nasional Korea Selatan (NIS)",
    },
    "NATO": {"en": "NATO", "id": "NATO"},
    "White House": {"en": "The White House", "id": "Gedung Putih"},
}


def display_actor(actor: str | None, language: str) -> str:
    if not actor:
        return ""
    return ACTOR_NAMES.get(actor, {}).get(language, actor)
