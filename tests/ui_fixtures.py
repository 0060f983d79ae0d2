"""Fixtures for the web chat tests: the real app on a loopback port over a fresh data folder, and chromium.

Registered from tests/conftest.py with `pytest_plugins = ["tests.ui_fixtures"]`.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
UPLOAD_CAP_MB = 1.0


@dataclass
class RunningApp:
    url: str
    port: int
    assistant: Any
    demo: Any


def free_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_app(assistant: Any, **serve_options: Any) -> RunningApp:
    """build_app + serve exactly as `sumber ui` does, but without blocking, on a free loopback port."""
    from ui.app import build_app, serve

    port = free_loopback_port()
    cap = serve_options.pop("max_file_mb", UPLOAD_CAP_MB)
    demo = build_app(assistant, max_file_mb=cap)
    serve(
        demo,
        host="127.0.0.1",
        port=port,
        max_file_mb=cap,
        blocked=[assistant.settings.home],
        block=False,
        quiet=True,
        **serve_options,
    )
    return RunningApp(f"http://127.0.0.1:{port}", port, assistant, demo)


@pytest.fixture(scope="session")
def ui_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("ui-home")


@pytest.fixture(scope="session")
def ui_assistant(ui_home):
    """Offline, over a fresh data folder: the first Assistant ingests the five default articles."""
    from rag import Assistant, Settings

    return Assistant(Settings(home=ui_home, offline=True, max_file_mb=UPLOAD_CAP_MB))


@pytest.fixture(scope="session")
def ui_app(ui_assistant) -> Iterator[RunningApp]:
    app = start_app(ui_assistant)
    yield app
    app.demo.close()


@pytest.fixture(scope="session")
def ui_browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install chromium`)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def ui_page(ui_browser, ui_app) -> Iterator[Any]:
    """A fresh browser session (its own cookies, so its own conversation) on the running app."""
    context = ui_browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    open_chat(page, ui_app.url)
    yield page
    context.close()


def open_chat(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#question textarea")
    page.wait_for_selector("#conversation .empty-chat")


def ask_in_browser(page: Any, question: str, timeout: float = 60_000) -> Any:
    """Type a question, send it, wait for the finished answer; returns the last bot message."""
    done_before = page.locator("#conversation .msg.bot.done").count()
    page.fill("#question textarea", question)
    page.click("#ask")
    page.wait_for_function(
        "n => document.querySelectorAll('#conversation .msg.bot.done').length > n", arg=done_before, timeout=timeout
    )
    return page.locator("#conversation .msg.bot.done").last
