"""time: the time of day something happened ("pukul 14.06 WIB", "at 2.06 pm"), as the sentence writes it."""

from __future__ import annotations

import re
from datetime import date

from index.language import CLOCK_WORDS, TIMES_OF_DAY, phrase_pattern
from rag.offline.extract import Found
from rag.offline.intent import Intent
from rag.offline.kinds.base import Kind

_MARK = phrase_pattern(TIMES_OF_DAY).pattern
_CLOCK = phrase_pattern(CLOCK_WORDS).pattern
# "pukul 14.06.31 WIB", "jam 7 pagi", "at 2.06 pm", "14:06 WIB": after a clock word, or marked by a zone or half of
# the day; a bare "14.06" is as likely a score or a decimal.
_TIME = re.compile(
    rf"(?:{_CLOCK})\s+(?P<a>\d{{1,2}}(?:[.:]\d{{2}}){{0,2}}(?:\s*(?:{_MARK}))?)(?![\d.,:]\d)"
    rf"|(?<![\d.,:])(?P<b>\d{{1,2}}(?:[.:]\d{{2}}){{0,2}}\s*(?:{_MARK}))",
    re.IGNORECASE,
)


def _valid(text: str) -> bool:
    parts = [int(p) for p in re.findall(r"\d+", text)]
    return parts[0] <= 24 and all(p < 60 for p in parts[1:])


def find(intent: Intent, sentence: str, published: date | None, before: str, places: frozenset[str]) -> list[Found]:
    found = []
    for match in _TIME.finditer(sentence):
        group = "a" if match.group("a") else "b"
        text = match.group(group).strip()
        if _valid(text):
            found.append(Found(text, match.start(group), match.start(group) + len(text), "time"))
    return found


TIME = Kind(find, lists=True)
