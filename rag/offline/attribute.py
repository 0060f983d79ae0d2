"""Who says a sentence: the person or body its reporting verb names ("kata X", "X mengatakan", "according to X").

A sentence that only mentions a country is not that country's statement; with no speaker found the caller
attributes to the outlet.
"""

from __future__ import annotations

import re

from index.language import FUNCTION_WORDS, SAY_AFTER_NAME, SAY_BEFORE_NAME, phrase_pattern
from rag.offline.extract import Found, names_in, people_in

_SAY_THEN_NAME = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(v) for v in sorted(SAY_BEFORE_NAME, key=len, reverse=True)) + r")\s+"
    r"(?!nya\b)([^,.;:“”\"()]{3,120})",
    re.IGNORECASE,
)
_NAME_THEN_SAY = phrase_pattern(SAY_AFTER_NAME)
_SAID_BY_PRONOUN = re.compile(
    r"\b(?:katanya|ujarnya|ucapnya|ungkapnya|tuturnya|tambahnya|imbuhnya|lanjutnya|jelasnya|tegasnya|sebutnya|"
    r"pungkasnya|terangnya|paparnya|he said|she said|they said)\b",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(
    r"\s+(?:di|pada|saat|ketika|dalam|kepada|dilansir|dikutip|seperti|bahwa|on|at|in|during|"
    r"that|to|yang|usai|setelah|sebelum|sambil|melalui|via)\b",
    re.IGNORECASE,
)


def speaker_of(sentence: str, before: str = "") -> Found | None:
    """The speaker the sentence names; `before` (the preceding sentences) resolves 'katanya' / 'he said'."""
    for match in _SAY_THEN_NAME.finditer(sentence):
        phrase = _PHRASE_END.split(match.group(1))[0]
        who = _named(phrase)
        if who:
            offset = match.start(1)
            return Found(who.text, offset + who.start, offset + who.end, who.kind)
    for match in _NAME_THEN_SAY.finditer(sentence):
        window_start = max(0, match.start() - 120)
        window = sentence[window_start : match.start()]
        clause = re.split(r"[,;:“”\"]", window)[-1]
        who = _named(clause, last=True)
        if who:
            offset = window_start + len(window) - len(clause)
            return Found(who.text, offset + who.start, offset + who.end, who.kind)
    if before and _SAID_BY_PRONOUN.search(sentence):
        previous = speaker_of(before.split("\n")[-1][-400:])
        if previous:
            return Found(previous.text, -1, -1, previous.kind)
    return None


def _named(phrase: str, last: bool = False) -> Found | None:
    """The first name of the phrase, or with `last` the one nearest its end (nearest the verb that follows):
    "... akibat Badai Dorian turun ... setelah Pemerintah Bahama mengatakan" is the government's statement."""
    people = people_in(phrase)
    bodies = [f for f in names_in(phrase) if f.kind in ("body", "person")]
    if last and (people or bodies):
        return max(people + bodies, key=lambda f: (f.end, f.kind == "person"))
    if people:
        return people[0]
    if bodies:
        return bodies[0]
    lone = re.search(r"(?:^|\s)([A-Z][\w-]+)\s*$" if last else r"^\s*([A-Z][\w-]+)", phrase)
    if lone and lone.group(1).lower() not in FUNCTION_WORDS:  # "menurut Walhi": a single name speaks as a body
        return Found(lone.group(1), lone.start(1), lone.end(1), "body")
    return None
