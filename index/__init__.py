"""Ingestion: files on disk to cleaned, chunked, embedded documents in Chroma."""

import json
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).parent / "corpus"


def default_corpus_files() -> list[Path]:
    """The five October 2024 articles shipped with the package; a file's stem is its document id."""
    return sorted(DEFAULT_CORPUS.glob("*.txt"))


@dataclass(frozen=True)
class CorpusExamples:
    questions: tuple[str, ...] = ()
    compare_query: str = ""


def corpus_examples(folder: Path = DEFAULT_CORPUS) -> CorpusExamples:
    """The example questions a corpus folder ships in its examples.json (none when it ships none)."""
    path = folder / "examples.json"
    if not path.is_file():
        return CorpusExamples()
    data = json.loads(path.read_text(encoding="utf-8"))
    return CorpusExamples(tuple(data.get("questions", ())), data.get("compare_query", ""))
