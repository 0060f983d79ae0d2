"""The OpenAI chat-completions wire format for Sumber: reading a request, writing completions and stream chunks
with the citations as structured data. No I/O here; ui/api.py serves it."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from rag.types import Answer

MODEL_ID = "sumber"
MAX_QUESTION_CHARS = 2000
MAX_HISTORY_TURNS = 10
ROLES = {"system", "developer", "user", "assistant", "tool"}


class ApiError(Exception):
    """An error answered in the OpenAI shape: {"error": {"message", "type", "code"}}."""

    def __init__(
        self, status: int, message: str, code: str, kind: str = "invalid_request_error", headers: dict | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.kind = status, message, code, kind
        self.headers = headers or {}

    def body(self) -> dict:
        return error_body(self.message, self.kind, self.code)


def error_body(message: str, kind: str, code: str) -> dict:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


@dataclass
class ChatRequest:
    question: str
    history: list[tuple[str, Answer]] = field(default_factory=list)
    stream: bool = False
    sources_block: bool = False


def text_of(content: Any) -> str:
    """A message's text: a string, or the text parts of a content list (images and other parts ignored)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type", "text") == "text")
    if content is None:
        return ""
    raise ApiError(400, "message content must be a string or a list of content parts", "invalid_content")


def parse_chat_request(body: Any, *, sources_block: bool = False) -> ChatRequest:
    """The last user message is the question; earlier user/assistant pairs are the chat history."""
    if not isinstance(body, dict):
        raise ApiError(400, "the request body must be a JSON object", "invalid_body")
    model = body.get("model")
    if model not in (None, "", MODEL_ID):
        raise ApiError(404, f"the model '{model}' does not exist: use '{MODEL_ID}' (GET /v1/models)", "model_not_found")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "'messages' must be a non-empty list", "invalid_messages")
    for message in messages:
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            raise ApiError(400, f"each message needs a role, one of {sorted(ROLES)}", "invalid_messages")
    if messages[-1]["role"] != "user":
        raise ApiError(400, "the last message must be the user's question", "invalid_messages")
    question = " ".join(text_of(messages[-1].get("content")).split())
    if not question:
        raise ApiError(400, "the question is empty: ask something about the indexed articles", "empty_question")
    if len(question) > MAX_QUESTION_CHARS:
        raise ApiError(
            400, f"the question is longer than {MAX_QUESTION_CHARS} characters: shorten it", "question_too_long"
        )
    wants_block = body.get("sources_block")
    return ChatRequest(
        question=question,
        history=history_of(messages[:-1]),
        stream=bool(body.get("stream")),
        sources_block=sources_block if wants_block is None else bool(wants_block),
    )


def history_of(messages: list[dict]) -> list[tuple[str, Answer]]:
    turns: list[tuple[str, Answer]] = []
    asked: str | None = None
    for message in messages:
        text = " ".join(text_of(message.get("content")).split())
        if message["role"] == "user":
            asked = text
        elif message["role"] == "assistant" and asked:
            turns.append((asked[:MAX_QUESTION_CHARS], Answer(text=text, grounded=True)))
            asked = None
    return turns[-MAX_HISTORY_TURNS:]


def citation_dicts(answer: Answer) -> list[dict]:
    return [
        {
            "n": c.n,
            "doc_id": c.doc_id,
            "title": c.title,
            "outlet": c.source,
            "date": c.published,
            "snippet": c.snippet,
            "start": c.start,
            "end": c.end,
        }
        for c in answer.citations
    ]


def sources_text(answer: Answer) -> str:
    """The plain-text sources block for clients that show only the message text."""
    if not answer.citations:
        return ""
    lines = [
        f"[{c.n}] {c.title} ({c.source or 'unknown outlet'}, {c.published or 'date unknown'}): {c.snippet}"
        for c in answer.citations
    ]
    return "\n\nSources:\n" + "\n".join(lines)


def sumber_extras(answer: Answer) -> dict:
    """What an OpenAI response has no field for: the checked answer text (its markers number the citations)."""
    return {
        "answer": answer.text,
        "grounded": answer.grounded,
        "notice": answer.notice,
        "answerer": answer.answerer,
        "unsupported": list(answer.unsupported),
        "standalone_question": answer.standalone_question,  # the follow-up as answered, history applied
    }


def shown_text(answer: Answer, sources_block: bool) -> str:
    text = answer.text
    if answer.notice and answer.notice not in text:
        text = f"{answer.notice}\n\n{text}"
    return text + (sources_text(answer) if sources_block else "")


def completion_id() -> str:
    return f"chatcmpl-sumber-{uuid.uuid4().hex[:24]}"


def _usage(prompt: str, completion: str) -> dict:
    prompt_tokens, completion_tokens = len(prompt.split()), len(completion.split())
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def completion(answer: Answer, request: ChatRequest) -> dict:
    content = shown_text(answer, request.sources_block)
    return {
        "id": completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL_ID,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "length" if answer.truncated else "stop",
                "logprobs": None,
            }
        ],
        "usage": _usage(request.question, content),
        "citations": citation_dicts(answer),
        "sumber": sumber_extras(answer),
    }


def chunk(chunk_id: str, delta: dict, finish_reason: str | None = None, **extra: Any) -> str:
    """One server-sent event of a streamed completion."""
    payload = {
        "id": chunk_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": MODEL_ID,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}],
        **extra,
    }
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


def final_chunks(chunk_id: str, answer: Answer, request: ChatRequest) -> list[str]:
    """The sources block (when asked for), then the chunk that ends the stream with the citations."""
    events = []
    if request.sources_block and answer.citations:
        events.append(chunk(chunk_id, {"content": sources_text(answer)}))
    finish = "length" if answer.truncated else "stop"
    events.append(chunk(chunk_id, {}, finish, citations=citation_dicts(answer), sumber=sumber_extras(answer)))
    events.append("data: [DONE]\n\n")
    return events
