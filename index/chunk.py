"""Sentence-aware chunks, each an exact span [start, end) of the cleaned document text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (and closing quotes/brackets) followed by white space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:dr|drs|ir|prof|no|hlm|tel|jl|st|mr|mrs|ms|vs|etc|sdr|bpk|u\.s|a\.s|p\.m|a\.m)|\b[A-Z])\.$",
    re.IGNORECASE,
)
# "Oct. 23", "Wed. Oct. 23": an abbreviated month or weekday before a date goes on, it ends no sentence.
_DATE_ABBREVIATION = re.compile(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.$",
    re.IGNORECASE,
)
_DATE_GOES_ON = re.compile(
    r"\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.IGNORECASE
)
MAX_CHUNK_CHARS = 1200


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    doc_id: str
    index: int
    start: int
    end: int
    text: str


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Exact (start, end) spans of the sentences in text, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        before = text[max(start, end - 6) : end]
        if match.group() != "\n" and _ABBREVIATIONS.search(before):
            continue
        if match.group() != "\n" and _DATE_ABBREVIATION.search(before) and _DATE_GOES_ON.match(text, end):
            continue
        _append_trimmed(spans, text, start, end, offset)
        start = end
    _append_trimmed(spans, text, start, len(text), offset)
    return spans


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    spans.append((offset + start + lead, offset + start + lead + len(stripped)))


def chunk_document(doc_id: str, text: str, version: str, sentences: int = 4, overlap: int = 1) -> list[Chunk]:
    """Groups of `sentences` sentences, consecutive groups sharing `overlap`, capped at MAX_CHUNK_CHARS."""
    spans = sentence_spans(text)
    step = max(1, sentences - overlap)
    chunks: list[Chunk] = []
    i = 0
    while i < len(spans):
        j = i + 1
        while j < len(spans) and j - i < sentences and spans[j][1] - spans[i][0] <= MAX_CHUNK_CHARS:
            j += 1
        start, end = spans[i][0], spans[j - 1][1]
        index = len(chunks)
        chunks.append(Chunk(f"{doc_id}#{index:04d}-{version[:12]}", doc_id, index, start, end, text[start:end]))
        if j >= len(spans):
            break
        i = max(i + 1, min(i + step, j - overlap if j - i > overlap else j))
    return chunks
