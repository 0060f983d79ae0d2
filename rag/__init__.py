"""Cited answers over news articles: `from rag import Assistant`."""

from index import CorpusExamples
from rag.assistant import AnswerStream, Assistant, Chat
from rag.settings import Settings
from rag.types import Answer, Citation, Passage

__all__ = ["Answer", "AnswerStream", "Assistant", "Chat", "Citation", "CorpusExamples", "Passage", "Settings"]
