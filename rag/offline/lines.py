"""The lead line of an answer: the typed value in the answer's language, who gives it, the other figures."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.chunk import sentence_spans
from index.date_format import format_date, month_part
from index.language import ANNOUNCING_WORDS, ELABORATION_OPENERS, LANGUAGES
from index.names import expand_acronym
from index.numbers import Quantity, format_value, parse_number
from rag import prompts
from rag.offline.evidence import Sentence
from rag.offline.extract import Found, dates_in
from rag.offline.kinds import KINDS, TYPED_KINDS
from rag.offline.pick import Pick
from rag.offline.render import CitationBook, answer_line

_ANNOUNCES = re.compile(r"(?::|\b(?:" + "|".join(ANNOUNCING_WORDS) + r")(?:\s+[\w-]+){1,2}\W*)\s*$", re.IGNORECASE)
_ELABORATES = re.compile(r"^\W*(?:" + "|".join(ELABORATION_OPENERS) + r")\b", re.IGNORECASE)


def lead_line(
    kind: str,
    pick: Pick,
    language: str,
    book: CitationBook,
    speaker: Callable[[Sentence], Found | None],
    document_text: Callable[[str], str | None],
) -> str | None:
    """The line answering one part of the question; `speaker`: who says a sentence; `document_text`: an article."""
    if pick.item is None:
        return None
    s = pick.item.sentence
    n = book.cite(s.doc_id, s.start, s.end, s.text, s.passage)
    if kind in TYPED_KINDS and pick.found is None and KINDS[kind].whole is None:  # "why": the sentence whole
        return None
    value = _value(kind, pick, language, document_text)
    said_by = speaker(s)
    who = said_by.text if said_by else (s.passage.source or None)
    if kind in ("how_many", "how_much") and pick.found is not None and pick.found.kind == "date":
        kind = "since"  # "berapa lama": "sejak 1 September 2019"
    if kind == "when" and pick.found is not None and pick.found.detail.precision != "day":
        kind = "when_period"
    spelled_out = _spelled_out(s, document_text(s.doc_id)) if kind == "what" and pick.found is None else None
    if spelled_out:  # "... berbagai hal [1] Salah satunya ... [2]."
        start, end, following = spelled_out
        value = f"{value} [{n}] {following.rstrip(' .')}"
        n = book.cite(s.doc_id, start, end, following, s.passage)
    line = answer_line(kind, value, who if kind in prompts.ATTRIBUTED_KINDS else None, language, n)
    for item, found in pick.others:  # the sources give other figures: each with who gives it
        other = item.sentence
        other_speaker = speaker(other)
        other_who = other_speaker.text if other_speaker else (other.passage.source or None)
        m = book.cite(other.doc_id, other.start, other.end, other.text, other.passage)
        line += " " + answer_line(kind, figure_in(found, language), other_who, language, m)
    return line


def _value(kind: str, pick: Pick, language: str, document_text: Callable[[str], str | None]) -> str:
    found = pick.found
    if found is not None and found.kind == "date":
        detail = found.detail  # "On"/"In"/"Since" set in lead_line
        return _days_of(found, language) or format_date(detail.date, detail.precision, language, month_part(found.text))
    if found is not None and found.kind == "body":
        text = document_text(pick.item.sentence.doc_id)
        return expand_acronym(found.text, text if text is not None else pick.item.sentence.passage.text)
    if found is not None:
        return figure_in(found, language)
    return pick.item.sentence.text.rstrip(" .")


def _days_of(found: Found, language: str) -> str | None:
    """Days one mention lists ("pada 8 dan 13 Oktober"): "8 and 13 October 2024"; or spans ("13-14 September")."""
    listed = any(f" {word} " in found.text for word in LANGUAGES[language].CONJUNCTIONS + ("dan", "and"))
    days = sorted({m.detail.date for m in dates_in(found.text, found.detail.date)})
    if len(days) < 2 or found.detail.precision != "day":
        return None
    conjunction = f" {LANGUAGES[language].CONJUNCTIONS[0]} " if listed else "-"
    if not listed and len(days) > 2:
        return None
    last = format_date(days[-1], "day", language)
    if len({(d.year, d.month) for d in days}) == 1:
        return ", ".join(str(d.day) for d in days[:-1]) + conjunction + last
    return ", ".join(format_date(d, "day", language) for d in days[:-1]) + conjunction + last


def _spelled_out(s: Sentence, text: str | None) -> tuple[int, int, str] | None:
    """The next sentence of the article `text`, when this one announces what it says ('... berbagai hal. Salah
    satunya ...', 'Berikut lima poin:')."""
    if not text or s.end >= len(text):
        return None
    spans = sentence_spans(text[s.end : s.end + 600])
    start, end = (s.end + spans[0][0], s.end + spans[0][1]) if spans else (s.end, s.end)
    following = text[start:end]
    if following and (_ANNOUNCES.search(s.text) or _ELABORATES.match(following)):
        return start, end, following
    return None


def figure_in(found: Found, language: str) -> str:
    """A count or percentage written the way the answer's language writes numbers ("1,500 tentara" in English,
    the counted noun as the source has it); money, scores and everything else as the source writes it."""
    quantity = found.detail
    if not isinstance(quantity, Quantity) or quantity.kind not in ("count", "percent") or not found.text[0].isdigit():
        return found.text
    number = re.match(r"[\d.,]+", found.text).group()
    return format_value(parse_number(number) or quantity.value, language) + found.text[len(number) :]
