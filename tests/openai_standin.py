"""A deterministic OpenAI-compatible server for tests (stdlib only).

Serves POST /v1/chat/completions (streaming SSE and plain JSON), POST /v1/embeddings and GET /v1/models on
127.0.0.1, records every request, and answers from a queue of scripted `Reply`s, then from a responder
callable. Failure modes (status codes with Retry-After, malformed JSON, hangs before or in the middle of a
stream, dropped connections, slow tokens, finish_reason "length") are `Reply` fields, so a test states exactly
what the server does to the next request.

In a test:
    with StandIn() as server:
        server.queue(Reply.error(429, retry_after=1), Reply.say("Pyongyang sent troops [1]."))
        client = OpenAI(base_url=server.base_url, api_key="x")
        ...
        assert len(server.chat_requests) == 2

As a process: python tests/openai_standin.py --port 8089 --scenario grounded
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import math
import re
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

CHAT_MODEL = "standin-chat"
EMBED_MODEL = "standin-embed"
TEMPLATE_TOKENS = ("<end_of_turn>", "[/INST]", "<|im_end|>", "<start_of_turn>model", "<|eot_id|>", "</s>")


@dataclass(frozen=True)
class Reply:
    """What the server does with one request. Build them with the class methods."""

    text: str = ""
    status: int = 200
    retry_after: float | None = None
    error_message: str = "scripted failure"
    finish_reason: str = "stop"
    malformed: bool = False  # the body (or, streaming, the first event) is not valid JSON
    hang: float = 0.0  # seconds of silence before the status line
    token_delay: float = 0.0  # seconds between streamed tokens
    stall_after: int | None = None  # streamed tokens sent before the stream stalls for `stall` seconds
    stall: float = 0.0
    drop_after: int | None = None  # streamed tokens sent before the connection is closed without [DONE]

    @classmethod
    def say(cls, text: str, **options: Any) -> Reply:
        return cls(text=text, **options)

    @classmethod
    def error(cls, status: int, retry_after: float | None = None, message: str = "scripted failure") -> Reply:
        return cls(status=status, retry_after=retry_after, error_message=message)

    @classmethod
    def malformed_json(cls) -> Reply:
        return cls(malformed=True)

    @classmethod
    def hanging(cls, seconds: float = 30.0) -> Reply:
        return cls(text="too late", hang=seconds)

    @classmethod
    def stalling(cls, text: str, after: int = 3, seconds: float = 30.0) -> Reply:
        return cls(text=text, stall_after=after, stall=seconds)

    @classmethod
    def dropping(cls, text: str, after: int = 3) -> Reply:
        return cls(text=text, drop_after=after)

    @classmethod
    def slow(cls, text: str, token_delay: float = 0.2) -> Reply:
        return cls(text=text, token_delay=token_delay)

    @classmethod
    def cut_off(cls, text: str) -> Reply:
        return cls(text=text, finish_reason="length")


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: Any  # parsed JSON, or the raw text when it was not JSON
    at: float = field(default_factory=time.monotonic)

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages", []) if isinstance(self.body, dict) else []

    @property
    def prompt(self) -> str:
        """All message contents joined, for `in` assertions about what the model was shown."""
        return "\n\n".join(_content_text(m.get("content")) for m in self.messages)


@dataclass
class ChatRequest:
    """What a responder sees: the parsed request."""

    body: dict

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages", [])

    @property
    def last_user(self) -> str:
        users = [m for m in self.messages if m.get("role") == "user"]
        return _content_text(users[-1].get("content")) if users else ""

    @property
    def sources(self) -> dict[int, str]:
        """Numbered source blocks ("[n] title ...\\nsnippet") found in the prompt: n -> snippet text."""
        found: dict[int, str] = {}
        for match in _SOURCE_BLOCK.finditer(self.last_user):
            found.setdefault(int(match.group(1)), match.group(2).strip())
        return found


_SOURCE_BLOCK = re.compile(r"^\[(\d+)\][^\n]*\n(.*?)(?=^\[\d+\]|</sources>|\Z)", re.MULTILINE | re.DOTALL)

Responder = Callable[[ChatRequest], "str | Reply"]


def grounded_answer(request: ChatRequest) -> str:
    """The default: the first sentence of source [1], cited; or an echo when the prompt has no sources."""
    sources = request.sources
    if not sources:
        return f"You asked: {request.last_user.strip()[:200]}"
    first = min(sources)
    sentence = re.split(r"(?<=[.!?])\s+", sources[first].replace("\n", " ").strip(), maxsplit=1)[0].rstrip(".!? ")
    return f"{sentence} [{first}]."


def _cite_everything(request: ChatRequest) -> str:
    sources = request.sources or {1: request.last_user}
    sentences = []
    for n, text in sorted(sources.items())[:3]:
        sentences.append(re.split(r"(?<=[.!?])\s+", text.replace("\n", " ").strip())[0].rstrip(".!? ") + f" [{n}].")
    return " ".join(sentences)


def _with_template_tokens(request: ChatRequest) -> Reply:
    return Reply.say(grounded_answer(request) + "<end_of_turn>\n<start_of_turn>user\nMore? [/INST] <|im_end|>")


def _with_invented_citation(request: ChatRequest) -> Reply:
    return Reply.say(grounded_answer(request) + " Thousands more will follow next month [7].")


# Named behaviours for the command line and for `StandIn(scenario=...)`: (scripted queue, responder).
SCENARIOS: dict[str, tuple[tuple[Reply, ...], Responder]] = {
    "grounded": ((), grounded_answer),
    "cite-all": ((), _cite_everything),
    "echo": ((), lambda r: f"You asked: {r.last_user.strip()[:200]}"),
    "rate-limited": ((Reply.error(429, retry_after=1),), grounded_answer),
    "always-429": ((), lambda r: Reply.error(429, retry_after=1)),
    "always-500": ((), lambda r: Reply.error(500)),
    "malformed": ((), lambda r: Reply.malformed_json()),
    "hang": ((), lambda r: Reply.hanging(600)),
    "stall-mid-stream": ((), lambda r: Reply.stalling(grounded_answer(r) + " And more words follow.", 3, 600)),
    "drop-mid-stream": ((), lambda r: Reply.dropping(grounded_answer(r) + " And more words follow.", 3)),
    "slow": ((), lambda r: Reply.slow(grounded_answer(r), 0.3)),
    "length": ((), lambda r: Reply.cut_off(grounded_answer(r).rstrip(".") + " and then")),
    "template-tokens": ((), _with_template_tokens),
    "invented-citations": ((), _with_invented_citation),
}


def hashed_embedding(text: str, dimensions: int) -> list[float]:
    """A unit vector from hashed words: deterministic, and texts sharing words point the same way."""
    vector = [0.0] * dimensions
    words = re.findall(r"\w+", text.lower()) or [text]
    for word in words:
        digest = hashlib.sha256(word.encode()).digest()
        for k in range(2):
            slot = int.from_bytes(digest[4 * k : 4 * k + 4], "little") % dimensions
            vector[slot] += 1.0 if digest[8 + k] & 1 else -1.0
    norm = math.sqrt(sum(v * v for v in vector)) or 1.0
    return [v / norm for v in vector]


def tokenize(text: str) -> list[str]:
    """Stream pieces: a word with its trailing space, and each template-like token on its own."""
    return re.findall(r"<[^<>\s]{1,30}>|\[/?INST\]|\S+?(?=<[^<>\s]{1,30}>|\[/?INST\]|\s|$)\s*|\s+", text)


class StandIn:
    """The server, run in a background thread. Use as a context manager or call start()/close()."""

    def __init__(
        self,
        scenario: str = "grounded",
        *,
        responder: Responder | None = None,
        port: int = 0,
        embedding_dim: int = 384,
        chat_model: str = CHAT_MODEL,
        embed_model: str = EMBED_MODEL,
    ) -> None:
        if scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {scenario!r}; choose one of: {', '.join(SCENARIOS)}")
        scripted, default = SCENARIOS[scenario]
        self.responder: Responder = responder or default
        self.embedding_dim = embedding_dim
        self.chat_model = chat_model
        self.embed_model = embed_model
        self.requests: list[RecordedRequest] = []
        self._chat_queue: deque[Reply] = deque(scripted)
        self._embed_queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in list(self.requests) if r.path.endswith("/chat/completions")]

    @property
    def embedding_requests(self) -> list[RecordedRequest]:
        return [r for r in list(self.requests) if r.path.endswith("/embeddings")]

    def queue(self, *replies: Reply | str, route: str = "chat") -> None:
        """Script the next requests on a route ("chat" or "embeddings"); the responder takes over after."""
        target = self._chat_queue if route == "chat" else self._embed_queue
        with self._lock:
            target.extend(Reply.say(r) if isinstance(r, str) else r for r in replies)

    def start(self) -> StandIn:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="openai-standin", daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        self._closing.set()  # releases hanging and stalled handlers
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _next_chat_reply(self, body: dict) -> Reply:
        with self._lock:
            scripted = self._chat_queue.popleft() if self._chat_queue else None
        if scripted is not None:
            return scripted
        produced = self.responder(ChatRequest(body))
        return Reply.say(produced) if isinstance(produced, str) else produced

    def _next_embed_reply(self) -> Reply | None:
        with self._lock:
            return self._embed_queue.popleft() if self._embed_queue else None

    def _wait(self, seconds: float) -> None:
        self._closing.wait(seconds)


def _content_text(content: Any) -> str:
    if isinstance(content, list):  # content parts
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""


def _handler_for(server: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            server._record(RecordedRequest("GET", self.path, dict(self.headers), None))
            if self.path.rstrip("/") in ("/v1/models", "/models"):
                data = [
                    {"id": m, "object": "model", "created": 0, "owned_by": "standin"}
                    for m in (server.chat_model, server.embed_model)
                ]
                self._send_json(200, {"object": "list", "data": data})
            elif self.path.rstrip("/") in ("/health", "/v1/health"):
                self._send_json(200, {"status": "ok"})
            else:
                self._send_json(404, _error_body(f"no route GET {self.path}", "not_found"))

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = raw.decode("utf-8", "replace")
            server._record(RecordedRequest("POST", self.path, dict(self.headers), body))
            path = self.path.rstrip("/")
            if not isinstance(body, dict):
                self._send_json(400, _error_body("request body is not a JSON object", "invalid_request_error"))
            elif path.endswith("/chat/completions"):
                self._chat(body)
            elif path.endswith("/embeddings"):
                self._embeddings(body)
            else:
                self._send_json(404, _error_body(f"no route POST {self.path}", "not_found"))

        def _chat(self, body: dict) -> None:
            reply = server._next_chat_reply(body)
            if self._refused(reply):
                return
            model = body.get("model") or server.chat_model
            tokens = tokenize(reply.text)
            finish = reply.finish_reason
            limit = body.get("max_completion_tokens") or body.get("max_tokens")
            if isinstance(limit, int) and len(tokens) > limit:
                tokens, finish = tokens[:limit], "length"
            if body.get("stream"):
                self._stream(reply, model, tokens, finish, body)
            elif reply.malformed:
                self._send_raw(200, b'{"id": "chatcmpl-standin", "choices": [{"message": ', "application/json")
            else:
                text = "".join(tokens)
                self._send_json(
                    200,
                    {
                        "id": _completion_id(body),
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": model,
                        "system_fingerprint": "standin",
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": text},
                                "finish_reason": finish,
                                "logprobs": None,
                            }
                        ],
                        "usage": _usage(body, tokens),
                    },
                )

        def _stream(self, reply: Reply, model: str, tokens: list[str], finish: str, body: dict) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            base = {
                "id": _completion_id(body),
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": model,
                "system_fingerprint": "standin",
            }

            def chunk(delta: dict, finish_reason: str | None = None) -> dict:
                return {
                    **base,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}],
                }

            try:
                if reply.malformed:
                    self._write_chunk(b'data: {"id": "chatcmpl-standin", "choices": [\n\n')
                    self._end_chunks()
                    return
                self._event(chunk({"role": "assistant", "content": ""}))
                for i, token in enumerate(tokens):
                    if reply.drop_after is not None and i >= reply.drop_after:
                        self.close_connection = True
                        self.wfile.flush()
                        self.connection.close()
                        return
                    if reply.stall_after is not None and i == reply.stall_after:
                        server._wait(reply.stall)
                    elif reply.token_delay and i:
                        server._wait(reply.token_delay)
                    if server._closing.is_set():
                        return
                    self._event(chunk({"content": token}))
                self._event(chunk({}, finish))
                if (body.get("stream_options") or {}).get("include_usage"):
                    self._event({**base, "choices": [], "usage": _usage(body, tokens)})
                self._write_chunk(b"data: [DONE]\n\n")
                self._end_chunks()
            except (BrokenPipeError, ConnectionResetError, OSError):
                self.close_connection = True  # the client gave up: fine, that is what some tests do

        def _embeddings(self, body: dict) -> None:
            reply = server._next_embed_reply()
            if reply is not None and self._refused(reply):
                return
            if reply is not None and reply.malformed:
                self._send_raw(200, b'{"object": "list", "data": [{"embedding": ', "application/json")
                return
            inputs = body.get("input", "")
            if isinstance(inputs, str) or (isinstance(inputs, list) and inputs and isinstance(inputs[0], int)):
                inputs = [inputs]
            dimensions = int(body.get("dimensions") or server.embedding_dim)
            data = []
            for i, item in enumerate(inputs):
                vector = hashed_embedding(item if isinstance(item, str) else " ".join(map(str, item)), dimensions)
                encoded: Any = vector
                if body.get("encoding_format") == "base64":
                    encoded = base64.b64encode(struct.pack(f"<{dimensions}f", *vector)).decode()
                data.append({"object": "embedding", "index": i, "embedding": encoded})
            words = sum(len(str(item).split()) for item in inputs)
            self._send_json(
                200,
                {
                    "object": "list",
                    "data": data,
                    "model": body.get("model") or server.embed_model,
                    "usage": {"prompt_tokens": words, "total_tokens": words},
                },
            )

        def _refused(self, reply: Reply) -> bool:
            """Apply the hang and the error status; True when the request has been answered with an error."""
            if reply.hang:
                server._wait(reply.hang)
                if server._closing.is_set():
                    self.close_connection = True
                    return True
            if reply.status != 200:
                headers = {"Retry-After": f"{reply.retry_after:g}"} if reply.retry_after is not None else {}
                kind = {429: "rate_limit_error", 500: "server_error", 503: "server_error"}.get(reply.status, "error")
                self._send_json(reply.status, _error_body(reply.error_message, kind), headers)
                return True
            return False

        def _event(self, payload: dict) -> None:
            self._write_chunk(b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n")

        def _write_chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

        def _end_chunks(self) -> None:
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

        def _send_json(self, status: int, payload: dict, headers: dict[str, str] | None = None) -> None:
            self._send_raw(status, json.dumps(payload, ensure_ascii=False).encode(), "application/json", headers)

        def _send_raw(self, status: int, data: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

    return Handler


def _error_body(message: str, kind: str) -> dict:
    return {"error": {"message": message, "type": kind, "param": None, "code": kind}}


def _completion_id(body: dict) -> str:
    digest = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()[:12]
    return f"chatcmpl-standin-{digest}"


def _usage(body: dict, tokens: list[str]) -> dict:
    prompt = sum(len(_content_text(m.get("content")).split()) for m in body.get("messages", []))
    return {"prompt_tokens": prompt, "completion_tokens": len(tokens), "total_tokens": prompt + len(tokens)}


def iter_scenarios() -> Iterator[str]:
    yield from SCENARIOS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Deterministic OpenAI-compatible stand-in server for tests.")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument("--scenario", default="grounded", choices=list(SCENARIOS))
    parser.add_argument("--embedding-dim", type=int, default=384)
    parser.add_argument("--chat-model", default=CHAT_MODEL)
    args = parser.parse_args(argv)
    server = StandIn(args.scenario, port=args.port, embedding_dim=args.embedding_dim, chat_model=args.chat_model)
    print(f"stand-in ({args.scenario}) listening on {server.base_url}", flush=True)
    try:
        server._httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server._closing.set()
        server._httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
