"""The gold set's documents (the five default articles and the CLICK-ID articles it names, nothing else):
ingested for real into a fresh data folder, or only cleaned and described as ingest does it."""

from __future__ import annotations

import gzip
import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from evals.suites import CLICKID_CORPUS, corpus_vectors


def gold_sources(gold: list[dict], folder: Path) -> list[Path]:
    """The files to ingest: the default articles the gold set names, and its CLICK-ID rows as one JSONL file."""
    from index import default_corpus_files

    wanted = {row["doc_id"] for row in gold}
    paths = [p for p in default_corpus_files() if p.stem in wanted]
    with gzip.open(CLICKID_CORPUS, "rt", encoding="utf-8") as handle:
        rows = [line for line in handle if json.loads(line)["id"] in wanted]
    if rows:
        jsonl = folder / "clickid-attribution.jsonl"
        jsonl.write_text("".join(rows), encoding="utf-8")
        paths.append(jsonl)
    return paths


def ingested_documents(gold: list[dict], home: Path | None = None, settings: Any = None) -> dict[str, Any]:
    """doc_id -> the stored document (text, events, published, source), after a real ingest into `home`."""
    from index.embed import E5_NAME
    from index.embed_cache import CachedEmbedder
    from rag import Assistant, Settings
    from rag.assistant import make_embedder

    with tempfile.TemporaryDirectory(prefix="sumber-attribution-") as scratch:
        base = settings or Settings(offline=True)
        settings = base.model_copy(update={"home": Path(home or scratch) / "home", "collection": "attribution"})
        embedder = make_embedder(settings)
        if embedder.name == E5_NAME:  # the eval corpora's shipped passage vectors: nothing to embed
            for corpus in sorted({row["corpus"] for row in gold}):
                embedder = CachedEmbedder(embedder, corpus_vectors(corpus))
        assistant = Assistant(settings, auto_ingest=False, embedder=embedder)
        assistant.ingest(gold_sources(gold, Path(scratch)))
        return {doc.doc_id: doc for doc in assistant.documents()}


def prepared_documents(gold: list[dict], today: date | None = None) -> dict[str, Any]:
    """The same records without embedding or storing: ingest's own cleaning, metadata and event extraction."""
    from index.ingest import prepare_document
    from index.ingest_extractors import dated_events
    from index.load import load_paths

    extract = dated_events(today or date.today())
    with tempfile.TemporaryDirectory(prefix="sumber-attribution-") as scratch:
        loaded = load_paths(gold_sources(gold, Path(scratch)), 20_000_000)
    documents = {}
    for raw in loaded.documents:
        prepared = prepare_document(raw, 4, 1)
        if isinstance(prepared, str):
            continue
        record = prepared[0]
        record.events = extract(record.doc_id, record.text, record.published, record.source)
        documents[record.doc_id] = record
    return documents
