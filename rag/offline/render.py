"""Step five: the answer text in the question's language, with numbered citations to exact spans."""

from __future__ import annotations

from collections.abc import Callable

from rag import prompts
from rag.offline.evidence import Scored
from rag.types import Citation, Passage

QUOTES = 3


class CitationBook:
    """Numbers cited snippets in order of first use; one number per exact span."""

    def __init__(self, meta: Callable[[str], tuple[str, str, str | None]]) -> None:
        self.citations: list[Citation] = []
        self._by_span: dict[tuple[str, int, int], int] = {}
        self._meta = meta

    def cite(self, doc_id: str, start: int, end: int, snippet: str, passage: Passage | None = None) -> int:
        key = (doc_id, start, end)
        if key not in self._by_span:
            title, source, published = (
                (passage.title, passage.source, passage.published) if passage else self._meta(doc_id)
            )
            n = len(self.citations) + 1
            also = passage.also_in if passage else ()
            self.citations.append(Citation(n, doc_id, title, source, published, snippet, start, end, also))
            self._by_span[key] = n
        return self._by_span[key]


def answer_line(kind: str, value: str, speaker: str | None, language: str, n: int) -> str:
    """One line stating the answer of this kind, attributed where the kind carries a claim."""
    template = prompts.ANSWER_LINES[kind][language]
    line = template.format(value=value.strip())
    if speaker and kind in prompts.ATTRIBUTED_KINDS:
        line = prompts.ATTRIBUTION[language].format(line=line, speaker=speaker)
    return f"{line} [{n}]."


def join_lines(lead: list[str], quotes: list[str], language: str) -> str:
    text = " ".join(lead)
    if quotes:
        text = (text + "\n\n" if text else "") + prompts.SUPPORTING[language] + "\n" + "\n".join(quotes)
    return text


def quotes(scored: list[Scored], book: CitationBook) -> list[str]:
    """The best sentences as cited quotes: up to QUOTES, each scoring at least 0.6 of the best."""
    lines = []
    best = scored[0].score if scored else 0.0
    for item in scored:
        if len(lines) >= QUOTES or (lines and item.score < best * 0.6):
            break
        s = item.sentence
        lines.append(f"- {s.text} [{book.cite(s.doc_id, s.start, s.end, s.text, s.passage)}]")
    return lines
