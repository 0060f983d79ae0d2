"""The LLM answerer: an OpenAI-compatible chat model through the openai client, streaming, with one retry
layer (ours; the client's own retries are off) and one end-to-end deadline per question. Any failure hands
the question to the offline answerer, with a notice."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Generator

from rag import prompts
from rag.cite import StreamCleaner, check_claims, renumber, sanitize, strip_control_tokens
from rag.types import Answer, Passage

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}
Fallback = Callable[[str, list[Passage], str], Answer]
Similarity = Callable[[str, list[str]], float]


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
    def __init__(
        self,
        model: str,
        base_url: str | None,
        api_key: str | None,
        *,
        deadline: float,
        retries: int,
        max_tokens: int,
        fallback: Fallback,
        similarity: Similarity | None = None,
    ) -> None:
        from openai import OpenAI

        self.name = model
        self.deadline = deadline
        self.retries = retries
        self.max_tokens = max_tokens
        self.fallback = fallback
        self.similarity = similarity
        self._client = OpenAI(base_url=base_url, api_key=api_key or "not-needed", max_retries=0)

    def answer(self, question: str, passages: list[Passage], language: str) -> Answer:
        stream = self.stream(question, passages, language)
        while True:
            try:
                next(stream)
            except StopIteration as done:
                return done.value

    def stream(self, question: str, passages: list[Passage], language: str) -> Generator[str, None, Answer]:
        started = time.monotonic()
        if not passages:
            return self.fallback(question, passages, language)
        messages = build_messages(question, passages, language)
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
            answer = self.fallback(question, passages, language)
            answer.notice = prompts.LLM_FALLBACK_NOTICE[language].format(reason=describe_failure(exc))
            yield "\n\n" + answer.notice + "\n\n" + answer.text
            return answer
        return self._finish("".join(pieces), finish, question, passages, language)

    def _finish(self, raw: str, finish: str | None, question: str, passages: list[Passage], language: str) -> Answer:
        allowed = {p for p in _urls(passages)}
        text = sanitize(strip_control_tokens(raw), allowed).strip()
        markers_before = len(re.findall(r"\[\d{1,3}\]", text))
        text, order = renumber(text, len(passages))
        dropped = markers_before - len(re.findall(r"\[\d{1,3}\]", text))
        if not text:
            answer = self.fallback(question, passages, language)
            answer.notice = prompts.LLM_FALLBACK_NOTICE[language].format(reason="empty answer")
            return answer
        checked = check_claims(text, passages, order, self.similarity)
        truncated = finish == "length"
        refused = _says_not_found(checked.text)
        answer = Answer(
            text=checked.text,
            grounded=not refused and bool(checked.citations),
            citations=checked.citations,
            answerer=self.name,
            unsupported=checked.unsupported,
            truncated=truncated,
            question=question,
            language=language,
            dropped_markers=dropped,
        )
        if truncated:
            answer.text += " …"
            answer.notice = prompts.TRUNCATED_NOTICE[language]
        return answer

    def _chunks(self, messages: list[dict], started: float):
        """(text delta, finish reason) pairs; retries happen only before the first token arrives."""
        import httpx
        import openai

        attempt = 0
        while True:
            remaining = self.deadline - (time.monotonic() - started)
            if remaining <= 0.05:
                raise TimeoutError(f"no answer within {self.deadline:.0f} s")
            try:
                stream = self._client.chat.completions.create(
                    model=self.name,
                    messages=messages,
                    stream=True,
                    temperature=0.1,
                    max_tokens=self.max_tokens,
                    timeout=httpx.Timeout(remaining, connect=min(5.0, remaining)),
                )
                break
            except (openai.APIConnectionError, openai.APITimeoutError, openai.APIStatusError) as exc:
                status = getattr(exc, "status_code", None)
                if attempt >= self.retries or (status is not None and status not in RETRYABLE_STATUS):
                    raise
                attempt += 1
                wait = _retry_after(exc) or 0.5 * 2 ** (attempt - 1)
                if time.monotonic() - started + wait >= self.deadline:
                    raise
                time.sleep(wait)
        with stream:
            for chunk in stream:
                if time.monotonic() - started > self.deadline:
                    raise TimeoutError(f"answer not finished within {self.deadline:.0f} s")
                if not chunk.choices:
                    continue
                choice = chunk.choices[0]
                yield (choice.delta.content or "") if choice.delta else "", choice.finish_reason


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
        response = llm._client.chat.completions.create(
            model=llm.name,
            messages=[{"role": "user", "content": prompt}],
            temperature=0,
            max_tokens=80,
            timeout=min(15.0, llm.deadline / 2),
        )
        text = strip_control_tokens(response.choices[0].message.content or "").strip().split("\n")[0].strip()
    except Exception:  # noqa: BLE001 - the history-joined question serves instead
        return None
    return text if 3 <= len(text) <= 400 else None
