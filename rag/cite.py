"""Citation hygiene for generated answers: control tokens out, dangling [n] out, each claim checked."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.chunk import sentence_spans
from rag.prompts import UNSUPPORTED_MARK
from rag.text import content_terms
from rag.types import Citation, Passage

CONTROL_TOKENS = re.compile(
    r"<\|[^|<>\n]{1,40}\|>|</?(?:s|eos|bos|pad|unk)>|<(?:start|end)_of_turn>(?:\s*(?:user|model)\b)?"
    r"|\[/?INST\]|<</?SYS>>|<\|?(?:endoftext|im_start|im_end|eot_id)\|?>",
    re.IGNORECASE,
)
_PARTIAL_TOKEN = re.compile(r"(<[^<>\s]{0,40}|\[/?I?N?S?T?)$")
MARKER = re.compile(r"\[(\d{1,3})\]")  # a citation number in an answer: "[2]"
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_URL = re.compile(r"https?://\S+")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
SUPPORT_LEXICAL = 0.5  # share of a claim's content terms found in its cited snippets
SUPPORT_DENSE = 0.86  # e5 passage-passage cosine above which a paraphrase counts as supported


def strip_control_tokens(text: str) -> str:
    return CONTROL_TOKENS.sub("", text)


class StreamCleaner:
    """Removes control tokens from streamed text, holding back a tail that may be the start of one."""

    def __init__(self) -> None:
        self._pending = ""

    def feed(self, piece: str) -> str:
        text = strip_control_tokens(self._pending + piece)
        match = _PARTIAL_TOKEN.search(text)
        if match:
            self._pending = text[match.start() :]
            return text[: match.start()]
        self._pending = ""
        return text

    def flush(self) -> str:
        text = strip_control_tokens(self._pending)
        self._pending = ""
        return text


def sanitize(text: str, allowed_urls: set[str]) -> str:
    """No images, no HTML and no links the sources did not contain."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(0) if m.group(2) in allowed_urls else m.group(1), text)
    text = _URL.sub(lambda m: m.group(0) if m.group(0).rstrip(".,)") in allowed_urls else "", text)
    return _HTML_TAG.sub("", text)


def renumber(text: str, valid: int) -> tuple[str, list[int]]:
    """Drop [n] that point at no source; renumber the rest 1, 2, ... in order of first use.

    Returns the text and, for each new number, the original source number.
    """
    order: list[int] = []

    def replace(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if not 1 <= n <= valid:
            return ""
        if n not in order:
            order.append(n)
        return f"[{order.index(n) + 1}]"

    text = MARKER.sub(replace, text)
    text = re.sub(r"[ \t]+([.,;:])", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip(), order


def _terms(text: str) -> set[str]:
    """Stemmed terms; across languages the names and numbers still match, e5 similarity does the rest."""
    return set(content_terms(text))


@dataclass
class Checked:
    text: str
    citations: list[Citation]
    unsupported: list[str]


Similarity = Callable[[str, list[str]], float]


def check_claims(text: str, sources: list[Passage], order: list[int], similarity: Similarity | None) -> Checked:
    """Ground each answer sentence in the snippets it cites.

    A cited snippet is narrowed to the sentence of its passage that best matches the claims citing it. A sentence
    with no marker that one source supports gets that marker; a sentence that no cited snippet supports is
    marked as unsupported and listed.
    """
    spans = sentence_spans(text)
    claims = [(text[s:e], [int(n) for n in MARKER.findall(text[s:e])]) for s, e in spans]
    unsupported: list[str] = []
    out_sentences: list[str] = []
    for sentence, markers in claims:
        bare = MARKER.sub("", sentence).strip()
        if len(content_terms(bare)) < 3:
            out_sentences.append(sentence)
            continue
        cited = [sources[order[n - 1] - 1] for n in markers if 0 < n <= len(order)]
        if cited and _supported(bare, [p.text for p in cited], similarity):
            out_sentences.append(sentence)
            continue
        if not markers:
            match = next((i for i, p in enumerate(sources) if _supported(bare, [p.text], similarity)), None)
            if match is not None:
                if match + 1 not in order:
                    order.append(match + 1)
                new_n = order.index(match + 1) + 1
                out_sentences.append(_append_marker(sentence, new_n))
                continue
        unsupported.append(bare)
        out_sentences.append(sentence + UNSUPPORTED_MARK)
    checked_text = _join_like(text, spans, out_sentences)
    citations = [
        _narrow(n, sources[src - 1], [c for c, m in claims if n in m] or [checked_text])
        for n, src in enumerate(order, start=1)
    ]
    return Checked(checked_text, citations, unsupported)


def _append_marker(sentence: str, n: int) -> str:
    match = re.search(r"[.!?]+[\"”’)]*$", sentence)
    return sentence[: match.start()] + f" [{n}]" + sentence[match.start() :] if match else f"{sentence} [{n}]"


def _join_like(text: str, spans: list[tuple[int, int]], sentences: list[str]) -> str:
    pieces, last = [], 0
    for (start, end), sentence in zip(spans, sentences):
        pieces.append(text[last:start])
        pieces.append(sentence)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _supported(claim: str, snippets: list[str], similarity: Similarity | None) -> bool:
    claim_terms = _terms(claim)
    if not claim_terms:
        return True
    snippet_terms = set().union(*(_terms(s) for s in snippets))
    if len(claim_terms & snippet_terms) / len(claim_terms) >= SUPPORT_LEXICAL:
        return True
    return similarity is not None and similarity(claim, snippets) >= SUPPORT_DENSE


def _narrow(n: int, passage: Passage, claims: list[str]) -> Citation:
    """The passage sentence sharing most terms with the claims; the whole passage when none shares any."""
    claim_terms = set().union(*(_terms(c) for c in claims))
    best, best_overlap = (passage.start, passage.end), 0
    for start, end in sentence_spans(passage.text, offset=passage.start):
        overlap = len(claim_terms & _terms(passage.text[start - passage.start : end - passage.start]))
        if overlap > best_overlap:
            best, best_overlap = (start, end), overlap
    start, end = best
    snippet = passage.text[start - passage.start : end - passage.start]
    return Citation(
        n, passage.doc_id, passage.title, passage.source, passage.published, snippet, start, end, passage.also_in
    )
