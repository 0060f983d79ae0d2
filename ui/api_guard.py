"""What `sumber serve` checks before a route runs: the API key, the request size, the bind address, and the bounded
queue of answers."""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import math
import time
from typing import Any

from rag.errors import ConfigError
from ui.api_chat import ApiError


class Admission:
    """At most `concurrency` answers run at once and `queue_size` wait; past that, 429 with Retry-After."""

    def __init__(self, concurrency: int, queue_size: int) -> None:
        self.concurrency = max(concurrency, 1)
        self.limit = self.concurrency + max(queue_size, 0)
        self.admitted = 0
        self.running = asyncio.Semaphore(self.concurrency)
        self.seconds = 3.0  # moving average of one answer, for Retry-After

    def enter(self) -> Any:
        """Take a place or refuse; returns the idempotent release for it."""
        if self.admitted >= self.limit:
            waiting = self.admitted - self.concurrency + 1
            retry = max(1, math.ceil(self.seconds * waiting / self.concurrency))
            raise ApiError(
                429,
                f"{self.admitted} requests are already being answered or waiting: retry in {retry} s",
                "queue_full",
                "rate_limit_error",
                {"Retry-After": str(retry)},
            )
        self.admitted += 1
        started, released = time.monotonic(), False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self.admitted -= 1
                self.seconds = 0.8 * self.seconds + 0.2 * (time.monotonic() - started)

        return release


class Guard:
    """ASGI middleware run before any route: the API key (401) and the request size (413)."""

    def __init__(self, app: Any, api_key: str | None, max_body: int, max_upload: int) -> None:
        self.app, self.api_key, self.max_body, self.max_upload = app, api_key, max_body, max_upload

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        if self.api_key and not _key_matches(headers.get(b"authorization", b""), self.api_key):
            message = "missing or wrong API key: send 'Authorization: Bearer <key>' (the key given to sumber serve)"
            await _send_error(send, ApiError(401, message, "invalid_api_key"))
            return
        limit = self.max_upload if scope.get("path") == "/v1/ingest" else self.max_body
        too_large = ApiError(413, f"the request is larger than {limit:,} bytes", "request_too_large")
        declared = headers.get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > limit:
            await _send_error(send, too_large)
            return
        received, started = 0, False

        async def counted_receive() -> dict:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise too_large
            return message

        async def tracked_send(message: dict) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except ApiError as exc:
            if exc is not too_large or started:
                raise
            await _send_error(send, exc)


def _key_matches(header: bytes, key: str) -> bool:
    scheme, _, given = header.decode("latin-1").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), key.encode())


async def _send_error(send: Any, error: ApiError) -> None:
    body = json.dumps(error.body()).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), str(v).encode()) for k, v in error.headers.items()]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, api_key: str | None) -> None:
    if not is_loopback(host) and not api_key:
        raise ConfigError(
            f"refusing to serve on {host} without an API key: pass --api-key KEY (or set SUMBER_API_KEY), "
            "or keep the default --host 127.0.0.1"
        )
