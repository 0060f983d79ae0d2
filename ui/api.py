"""`sumber serve`: an OpenAI-compatible HTTP API over one rag.Assistant (FastAPI + uvicorn, as Gradio ships them).

POST /v1/chat/completions (plain or server-sent events) and GET /v1/models for chat clients; GET /v1/sources,
GET /v1/documents/{id}, POST /v1/ingest and GET /healthz beside them. Loopback by default; any other address
needs an API key, checked on every route. Bodies and questions are capped; a bounded queue answers 429 with
Retry-After when full. Errors come in the OpenAI shape.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.background import BackgroundTask
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.exceptions import HTTPException

from rag.assistant import Assistant
from rag.errors import DocumentNotFoundError, IngestLockedError, StoreError, SumberError
from ui import api_chat
from ui.api_chat import MODEL_ID, ApiError, error_body
from ui.api_guard import Admission, Guard, check_bind

DEFAULT_PORT = 8008
MAX_BODY_BYTES = 256_000
QUEUE_SIZE = 8
CONCURRENCY = 2  # two cores: more parallel answers only make each one slower


def create_app(
    assistant: Assistant,
    *,
    api_key: str | None = None,
    sources_block: bool = False,
    queue_size: int = QUEUE_SIZE,
    concurrency: int = CONCURRENCY,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> FastAPI:
    app = FastAPI(title="Sumber API", docs_url=None, redoc_url=None, openapi_url=None)
    max_upload = int(assistant.settings.max_file_mb * 1_000_000) + 64_000
    app.add_middleware(Guard, api_key=api_key, max_body=max_body_bytes, max_upload=max_upload)
    admission = Admission(concurrency, queue_size)
    app.state.admission = admission
    _register_errors(app)
    _register_chat(app, assistant, admission, sources_block)
    _register_rest(app, assistant, admission)
    return app


def _register_errors(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(SumberError)
    async def sumber_error(request: Request, exc: SumberError) -> JSONResponse:
        return await api_error(request, as_api_error(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        message = f"no route {request.method} {request.url.path}" if exc.status_code in codes else str(exc.detail)
        body = error_body(message, "invalid_request_error", codes.get(exc.status_code, "http_error"))
        return JSONResponse(body, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return JSONResponse(error_body(detail, "invalid_request_error", "invalid_request"), status_code=400)


def as_api_error(exc: SumberError) -> ApiError:
    if isinstance(exc, DocumentNotFoundError):
        return ApiError(404, str(exc), "document_not_found")
    if isinstance(exc, IngestLockedError):
        return ApiError(503, str(exc), "ingest_locked", "server_error", {"Retry-After": "5"})
    if isinstance(exc, StoreError):
        return ApiError(503, str(exc), "store_unavailable", "server_error")
    return ApiError(400, str(exc), "invalid_request")


def _register_chat(app: FastAPI, assistant: Assistant, admission: Admission, sources_block: bool) -> None:
    @app.get("/v1/models")
    async def models() -> dict:
        return {"object": "list", "data": [_model_card()]}

    @app.get("/v1/models/{model_id}")
    async def model(model_id: str) -> dict:
        if model_id != MODEL_ID:
            raise ApiError(404, f"the model '{model_id}' does not exist: use '{MODEL_ID}'", "model_not_found")
        return _model_card()

    @app.post("/v1/chat/completions", response_model=None)
    async def chat_completions(request: Request) -> JSONResponse | StreamingResponse:
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "the request body is not valid JSON", "invalid_json") from None
        chat = api_chat.parse_chat_request(body, sources_block=sources_block)
        release = admission.enter()
        if chat.stream:
            events = _stream_events(assistant, admission, chat, release)
            return StreamingResponse(events, media_type="text/event-stream", background=BackgroundTask(release))
        try:
            async with admission.running:
                answer = await run_in_threadpool(lambda: assistant.stream(chat.question, history=chat.history).result())
        finally:
            release()
        return JSONResponse(api_chat.completion(answer, chat))


def _model_card() -> dict:
    return {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "sumber"}


async def _stream_events(
    assistant: Assistant, admission: Admission, chat: api_chat.ChatRequest, release: Any
) -> AsyncIterator[str]:
    chunk_id = api_chat.completion_id()
    try:
        yield api_chat.chunk(chunk_id, {"role": "assistant", "content": ""})
        async with admission.running:
            stream = assistant.stream(chat.question, history=chat.history)
            async for piece in iterate_in_threadpool(iter(stream)):
                if piece:
                    yield api_chat.chunk(chunk_id, {"content": piece})
        for event in api_chat.final_chunks(chunk_id, stream.answer, chat):
            yield event
    except SumberError as exc:  # the status line is sent already: the error travels as an event
        yield f"data: {json.dumps(as_api_error(exc).body())}\n\n"
        yield "data: [DONE]\n\n"
    finally:
        release()


def _register_rest(app: FastAPI, assistant: Assistant, admission: Admission) -> None:
    @app.get("/healthz")
    async def healthz() -> dict:
        status = await run_in_threadpool(assistant.status)
        return {"status": "ok", "model": MODEL_ID, **status}

    @app.get("/v1/sources")
    async def sources() -> dict:
        docs = await run_in_threadpool(assistant.documents)
        return {"object": "list", "data": [_document(d, with_text=False) for d in docs]}

    @app.get("/v1/documents/{doc_id}")
    async def document(doc_id: str) -> dict:
        return _document(await run_in_threadpool(assistant.document, doc_id), with_text=True)

    @app.post("/v1/ingest")
    async def ingest(files: list[UploadFile]) -> dict:
        folder = assistant.settings.home / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for upload in files:
            name = re.sub(r"[^\w.\- ]", "_", (upload.filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip()
            if not name or name.startswith("."):
                raise ApiError(400, "each uploaded file needs a name such as article.txt", "invalid_filename")
            (folder / name).write_bytes(await upload.read())
            paths.append(folder / name)
        release = admission.enter()
        try:
            async with admission.running:
                report = await run_in_threadpool(assistant.ingest, paths)
        finally:
            release()
        return _ingest_report(report)


def _document(doc: Any, *, with_text: bool) -> dict:
    data = {
        "doc_id": doc.doc_id,
        "title": doc.title,
        "outlet": doc.source,
        "date": doc.published,
        "url": doc.url,
        "language": doc.language,
        "chunks": doc.chunks,
    }
    return {**data, "text": doc.text} if with_text else data


def _ingest_report(report: Any) -> dict:
    files = [
        {"file": f.path.rsplit("/", 1)[-1], "status": f.status, "reason": f.reason, "doc_ids": f.doc_ids}
        for f in report.files
    ]
    counts = {s: report.count(s) for s in ("ingested", "replaced", "unchanged", "skipped")}
    return {**counts, "embedded_chunks": report.embedded_chunks, "seconds": round(report.seconds, 3), "files": files}


def serve(
    settings: Any,
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    api_key: str | None = None,
    sources_block: bool = False,
    queue_size: int = QUEUE_SIZE,
    concurrency: int = CONCURRENCY,
) -> None:
    """`sumber serve`: refuse an open bind without a key, build the Assistant, run uvicorn until interrupted."""
    import uvicorn

    check_bind(host, api_key)
    print("Loading the index (the first run indexes the default articles)…", flush=True)
    assistant = Assistant(settings)
    app = create_app(
        assistant, api_key=api_key, sources_block=sources_block, queue_size=queue_size, concurrency=concurrency
    )
    shown = f"[{host}]" if ":" in host else host
    print(
        f"Sumber API on http://{shown}:{port}/v1 (model '{MODEL_ID}', answerer {assistant.answerer_name})", flush=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
