"""The LLM answerer: a chat model behind a small backend (an OpenAI-compatible server through the openai client,
or any llama-index `LLM` object, see rag.llamaindex.LlamaIndexChat), streaming, with one retry layer (ours;
the openai client's own retries are off) and one end-to-end deadline per question. Any failure hands the
question to the offline answerer, with a notice."""

from __future__ import annotations

import re
import time
from collections.abc import Generator, Iterator
from typing import Any, Protocol

import numpy as np

from index.embed import Embedder
from rag import prompts
from rag.answerer import Answerer, Query, drain
from rag.cite import StreamCleaner, check_claims, renumber, sanitize, strip_control_tokens
from rag.settings import Settings
from rag.types import Answer, Passage

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}
Delta = tuple[str, str | None]  # (text piece, finish reason once the model stops)


class ChatBackend(Protocol):
    """What the answerer needs from a chat model: a stream of deltas, and one short completion."""

    name: str

    def stream(self, messages: list[dict], *, timeout: float, max_tokens: int) -> Iterator[Delta]: ...

    def complete(self, messages: list[dict], *, timeout: float, max_tokens: int) -> str: ...


class OpenAIChat:
    """An OpenAI-compatible server through the openai client (its own retries off: ours are the one layer)."""

    def __init__(self, model: str, base_url: str | None, api_key: str | None) -> None:
        from openai import OpenAI

        self.name = model
        self._client = OpenAI(base_url=base_url, api_key=api_key or "not-needed", max_retries=0)

    def stream(self, messages: list[dict], *, timeout: float, max_tokens: int) -> Iterator[Delta]:
        import httpx

        response = self._client.chat.completions.create(
            model=self.name,
            messages=messages,
            stream=True,
            temperature=0.1,
            max_tokens=max_tokens,
            timeout=httpx.Timeout(timeout, connect=min(5.0, timeout)),
        )
        with response:
            for chunk in response:
                if chunk.choices:
                    choice = chunk.choices[0]
                    yield (choice.delta.content or "") if choice.delta else "", choice.finish_reason

    def complete(self, messages: list[dict], *, timeout: float, max_tokens: int) -> str:
        response = self._client.chat.completions.create(
            model=self.name, messages=messages, temperature=0, max_tokens=max_tokens, timeout=timeout
        )
        return response.choices[0].message.content or ""


def build_messages(question: str, passages: list[Passage], language: str) -> list[dict]:
    blocks = [
        prompts.SOURCE_BLOCK.format(
            n=i,
            title=p.title or p.doc_id,
            source=p.source or "unknown outlet",
            published=p.published or "date unknown",
            snippet=_defang(p.text),
        )
        for i, p in enumerate(passages, start=1)
    ]
    system = prompts.SYSTEM_PROMPT.format(language_name=prompts.LANGUAGE_NAMES[language])
    user = prompts.USER_PROMPT.format(sources="\n\n".join(blocks), question=question)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _defang(text: str) -> str:
    """A source cannot close the delimiters it sits in."""
    return text.replace("<sources>", "‹sources›").replace("</sources>", "‹/sources›")


class LLMAnswerer:
    def __init__(self, settings: Settings, *, fallback: Answerer, embedder: Embedder, llm: Any = None) -> None:
        """The model, server, deadline, retries and token limit come from `settings`; `llm`, a llama-index LLM
        object, replaces the openai client (the settings' model, base URL and key are then unused).
        `fallback` answers when the model fails; `embedder` checks the model's claims against the sources."""
        if llm is not None:
            from rag.llamaindex import LlamaIndexChat

            self.chat: ChatBackend = LlamaIndexChat(llm)
        else:
            self.chat = OpenAIChat(settings.llm_model, settings.openai_base_url, settings.openai_api_key)
        self.name = self.chat.name
        self.deadline = settings.llm_timeout
        self.retries = settings.llm_retries
        self.max_tokens = settings.llm_max_tokens
        self.fallback = fallback
        self.embedder = embedder

    def answer(self, query: Query, passages: list[Passage]) -> Answer:
        return drain(self.stream(query, passages))

    def stream(self, query: Query, passages: list[Passage]) -> Generator[str, None, Answer]:
        started = time.monotonic()
        if not passages:
            return self.fallback.answer(query, passages)
        messages = build_messages(query.retrieved_as, passages, query.language)
        cleaner = StreamCleaner()
        pieces: list[str] = []
        finish = None
        try:
            for delta, finish_reason in self._chunks(messages, started):
                visible = cleaner.feed(delta)
                if visible:
                    pieces.append(visible)
                    yield visible
                finish = finish_reason or finish
            tail = cleaner.flush()
            if tail:
                pieces.append(tail)
                yield tail
        except Exception as exc:  # noqa: BLE001 - every LLM failure becomes the offline answer with a notice
            answer = self._fall_back(query, passages, describe_failure(exc))
            yield "\n\n" + answer.notice + "\n\n" + answer.text
            return answer
        return self._finish("".join(pieces), finish, query, passages)

    def _finish(self, raw: str, finish: str | None, query: Query, passages: list[Passage]) -> Answer:
        allowed = {p for p in _urls(passages)}
        text = sanitize(strip_control_tokens(raw), allowed).strip()
        markers_before = len(re.findall(r"\[\d{1,3}\]", text))
        text, order = renumber(text, len(passages))
        dropped = markers_before - len(re.findall(r"\[\d{1,3}\]", text))
        if not text:
            return self._fall_back(query, passages, "empty answer")
        checked = check_claims(text, passages, order, self._similarity)
        truncated = finish == "length"
        refused = _says_not_found(checked.text)
        answer = Answer(
            text=checked.text,
            grounded=not refused and bool(checked.citations),
            citations=checked.citations,
            answerer=self.name,
            unsupported=checked.unsupported,
            truncated=truncated,
            question=query.retrieved_as,
            language=query.language,
            dropped_markers=dropped,
        )
        if truncated:
            answer.text += " …"
            answer.notice = prompts.TRUNCATED_NOTICE[query.language]
        return answer

    def _similarity(self, claim: str, snippets: list[str]) -> float:
        vectors = self.embedder.embed_passages([claim, *snippets])
        return float(np.max(vectors[1:] @ vectors[0]))

    def _fall_back(self, query: Query, passages: list[Passage], reason: str) -> Answer:
        answer = self.fallback.answer(query, passages)
        answer.notice = prompts.LLM_FALLBACK_NOTICE[query.language].format(reason=reason)
        return answer

    def _chunks(self, messages: list[dict], started: float) -> Iterator[Delta]:
        """(text delta, finish reason) pairs; retries happen only before the first delta arrives."""
        attempt = 0
        while True:
            remaining = self.deadline - (time.monotonic() - started)
            if remaining <= 0.05:
                raise TimeoutError(f"no answer within {self.deadline:.0f} s")
            stream = self.chat.stream(messages, timeout=remaining, max_tokens=self.max_tokens)
            try:
                first = next(stream, None)
                break
            except Exception as exc:
                _close(stream)
                if attempt >= self.retries or not is_retryable(exc):
                    raise
                attempt += 1
                wait = _retry_after(exc) or 0.5 * 2 ** (attempt - 1)
                if time.monotonic() - started + wait >= self.deadline:
                    raise
                time.sleep(wait)
        try:
            if first is not None:
                yield first
            for delta in stream:
                if time.monotonic() - started > self.deadline:
                    raise TimeoutError(f"answer not finished within {self.deadline:.0f} s")
                yield delta
        finally:
            _close(stream)


def _close(stream: Iterator) -> None:
    close = getattr(stream, "close", None)
    if close is not None:
        close()


def is_retryable(exc: BaseException) -> bool:
    """429, 5xx and lost connections are worth another try; a 4xx or a malformed answer is not."""
    import httpx
    import openai

    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        return status in RETRYABLE_STATUS
    return isinstance(exc, openai.APIConnectionError | httpx.TransportError | ConnectionError)


def _retry_after(exc: Exception) -> float | None:
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return min(float(value), 10.0) if value else None
    except ValueError:
        return None


def describe_failure(exc: BaseException) -> str:
    import httpx
    import openai

    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code} from the server"
    if isinstance(exc, openai.APITimeoutError | TimeoutError | httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, openai.APIConnectionError | httpx.TransportError):
        return "server not reachable or connection lost"
    if isinstance(exc, ValueError):
        return "malformed response"
    return type(exc).__name__


def _urls(passages: list[Passage]) -> set[str]:
    import re

    return {m.rstrip(".,)") for p in passages for m in re.findall(r"https?://\S+", p.text)}


_NOT_FOUND_CUES = (
    "do not contain",
    "does not contain",
    "don't contain",
    "no information",
    "not mentioned",
    "tidak memuat",
    "tidak mengandung",
    "tidak ada informasi",
    "tidak disebutkan",
    "tidak terdapat",
)


def _says_not_found(text: str) -> bool:
    lowered = text.lower()
    return any(cue in lowered for cue in _NOT_FOUND_CUES) and len(lowered) < 400


def rewrite_question(llm: LLMAnswerer, question: str, history: list) -> str | None:
    """A follow-up made standalone by the model; None when the model fails or answers nonsense."""
    turns = "\n".join(f"User: {q}\nAssistant: {a.text[:300]}" for q, a in history[-3:])
    prompt = prompts.REWRITE_PROMPT.format(history=turns, question=question)
    try:
        text = llm.chat.complete(
            [{"role": "user", "content": prompt}], timeout=min(15.0, llm.deadline / 2), max_tokens=80
        )
        text = strip_control_tokens(text).strip().split("\n")[0].strip()
    except Exception:  # noqa: BLE001 - the history-joined question serves instead
        return None
    return text if 3 <= len(text) <= 400 else None
