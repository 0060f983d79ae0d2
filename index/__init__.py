"""Ingestion: files on disk to cleaned, chunked, embedded documents in Chroma."""

from pathlib import Path

DEFAULT_CORPUS = Path(__file__).parent / "corpus"


def default_corpus_files() -> list[Path]:
    """The five October 2024 articles shipped with the package; a file's stem is its document id."""
    return sorted(DEFAULT_CORPUS.glob("*.txt"))
