"""Serving the web chat: the request guard, the theme, and `serve` (queue and launch with safe defaults)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import gradio as gr

from rag.errors import SumberError
from ui.style import CSS

QUEUE_SIZE = 64
CONCURRENCY = 2  # two cores: more parallel answers only make each one slower
_REMOTE_FILE = re.compile(r"/file(?:=|/)\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/{2}|\\)")
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (
        b"content-security-policy",
        b"img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
    ),
]


class GuardRequests:
    """ASGI middleware: the app serves only its own files (no fetching of URLs) and tells the browser not to
    load remote images or sniff content types."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _REMOTE_FILE.search(unquote(scope.get("path", ""))):
            from starlette.responses import PlainTextResponse

            response = PlainTextResponse(
                "Refused: this app serves only its own files, never other hosts' URLs.", status_code=403
            )
            await response(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in _SECURITY_HEADERS if name not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def parse_auth(auth: str | None) -> tuple[str, str] | None:
    if not auth:
        return None
    user, sep, password = auth.partition(":")
    if not sep or not user or not password:
        raise SumberError("--auth takes USER:PASSWORD, for example --auth reader:s3cret")
    return user, password


def theme() -> gr.themes.Base:
    # System fonts: the page must not reach out to Google Fonts (the app is meant to run offline).
    return gr.themes.Soft(
        primary_hue="teal",
        neutral_hue="slate",
        font=["ui-sans-serif", "system-ui", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "monospace"],
    )


def serve(
    demo: gr.Blocks,
    *,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: str | None = None,
    max_file_mb: float = 20.0,
    blocked: list[Path] | None = None,
    queue_size: int = QUEUE_SIZE,
    concurrency: int = CONCURRENCY,
    block: bool = True,
    quiet: bool = False,
) -> gr.Blocks:
    """Queue and launch: loopback by default, never a share link, uploads capped, the data folder never served."""
    from starlette.middleware import Middleware

    demo.queue(max_size=queue_size, default_concurrency_limit=concurrency)
    credentials = parse_auth(auth)
    demo.launch(
        server_name=host,
        server_port=port,
        share=False,
        auth=[credentials] if credentials else None,
        auth_message="Sign in to Sumber." if credentials else None,
        max_file_size=int(max_file_mb * 1_000_000),
        blocked_paths=[str(p) for p in blocked or []],
        allowed_paths=[],
        ssr_mode=False,
        show_error=False,
        inbrowser=False,
        prevent_thread_lock=not block,
        quiet=quiet,
        run_history=False,
        enable_monitoring=False,
        mcp_server=False,
        pwa=False,
        app_kwargs={"middleware": [Middleware(GuardRequests)]},
        theme=theme(),
        css=CSS,
        footer_links=["api"],
    )
    return demo
