"""Who says a sentence, read as ingest reads it: the statement stored for that sentence (index.statements, name
variants of the article folded to their longest form), else index.speakers on the sentence itself.

A sentence that only mentions a country is not that country's statement; with no speaker found the caller
attributes to the outlet.
"""

from __future__ import annotations

from functools import lru_cache

from index.chunk import sentence_spans
from index.names import read_name
from index.speakers import find_attributions, main_attribution
from rag.offline.found import SENTENCES_REMEMBERED, Found


def stored_speaker(events: list[dict], start: int, end: int) -> Found | None:
    """The speaker of the stored statement that covers most of document[start:end]."""
    best, covered = None, 0
    for event in events:
        if event.get("kind") != "statement" or not event.get("actor"):
            continue
        overlap = min(end, event["end"]) - max(start, event["start"])
        if overlap > covered:
            best, covered = event, overlap
    if best is None:
        return None
    name = read_name(best["actor"])
    return Found(best["actor"], -1, -1, name.kind if name else "person")


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def speaker_of(sentence: str, before: str = "", places: frozenset[str] = frozenset()) -> Found | None:
    """The speaker the sentence names; `before` (the preceding text) resolves 'katanya' / 'he said'."""
    chosen = main_attribution(find_attributions(sentence, places))
    if chosen is None:
        return None
    if chosen.name is None:  # 'katanya', 'dia mengatakan': the speaker of the sentence before
        spans = sentence_spans(before[-400:])
        previous = before[-400:][spans[-1][0] : spans[-1][1]] if spans else ""
        earlier = speaker_of(previous, "", places) if previous.strip() else None
        return Found(earlier.text, -1, -1, earlier.kind) if earlier else None
    text = chosen.name.text
    at = sentence.find(text, chosen.start)
    at = at if at >= 0 else sentence.find(text)
    return Found(text, at, at + len(text) if at >= 0 else -1, chosen.name.kind)
