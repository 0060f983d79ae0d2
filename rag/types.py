"""The data that crosses module boundaries: answers, citations, evidence."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Citation:
    n: int
    doc_id: str
    title: str
    source: str
    published: str | None
    snippet: str
    start: int
    end: int
    also_in: tuple[str, ...] = ()  # other documents (outlets) that carry the same passage

    def to_dict(self) -> dict:
        data = asdict(self)
        data["also_in"] = list(self.also_in)
        return data


@dataclass
class Answer:
    text: str
    grounded: bool
    citations: list[Citation] = field(default_factory=list)
    answerer: str = "offline"  # "offline" or the LLM's model name
    notice: str | None = None  # e.g. the LLM failed and the offline answer stood in
    unsupported: list[str] = field(default_factory=list)  # answer sentences no cited snippet supports
    truncated: bool = False  # the LLM stopped at its token limit
    question: str = ""
    standalone_question: str = ""  # the follow-up rewritten against the chat history
    language: str = "en"
    seconds: float = 0.0
    dropped_markers: int = 0  # citation numbers the model wrote that pointed at no source
    comparison: dict | None = None  # claims on the asked quantity across sources, grouped by value
    refusal_reason: str = ""  # why an ungrounded answer was refused (which check failed)

    def to_dict(self) -> dict:
        return {
            "answer": self.text,
            "grounded": self.grounded,
            "citations": [c.to_dict() for c in self.citations],
            "answerer": self.answerer,
            "notice": self.notice,
            "unsupported": self.unsupported,
            "truncated": self.truncated,
            "question": self.question,
            "standalone_question": self.standalone_question,
            "language": self.language,
            "dropped_markers": self.dropped_markers,
            "comparison": self.comparison,
            "refusal_reason": self.refusal_reason,
        }


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk: an exact span [start, end) of a cleaned document."""

    chunk_id: str
    doc_id: str
    text: str
    start: int
    end: int
    title: str = ""
    source: str = ""
    published: str | None = None
    score: float = 0.0
    also_in: tuple[str, ...] = ()
