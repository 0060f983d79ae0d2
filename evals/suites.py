"""The evaluation suites: each dataset with the corpus it is asked over and the baseline that gates it.

- `default`: 57 questions on the five default articles. The offline answerers were developed while reading
  this set's failures, so its figures are training figures.
- `clickid-dev`: questions on CLICK-ID articles of many topics (2019 Indonesian news), asked over 358 articles
  (question articles, articles on the same events, 300 distractors). Tuned on: training figures too.
- `clickid-test`: the held-out half, other articles of the same topics in the same corpus; looked at for
  totals only, never tuned on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index import default_corpus_files
from index.errors import ConfigError

HERE = Path(__file__).parent
CLICKID_CORPUS = HERE / "data" / "clickid-corpus.jsonl.gz"
CORPORA: dict[str, Callable[[], list[Path]]] = {
    "default": default_corpus_files,
    "clickid": lambda: [CLICKID_CORPUS],
}


@dataclass(frozen=True)
class Suite:
    name: str
    dataset: Path
    corpus: str  # a key of CORPORA
    baseline: Path
    split: str  # "training" (developed against) or "held-out" (totals only)


SUITES = {
    suite.name: suite
    for suite in (
        Suite("default", HERE / "datasets" / "default.jsonl", "default", HERE / "baseline.json", "training"),
        Suite(
            "clickid-dev",
            HERE / "datasets" / "clickid-dev.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev.json",
            "training",
        ),
        Suite(
            "clickid-test",
            HERE / "datasets" / "clickid-test.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-test.json",
            "held-out",
        ),
    )
}


def suites_named(names: list[str] | None) -> list[Suite]:
    """The suites asked for (all when None), in their defined order; an unknown name says which exist."""
    if not names:
        return list(SUITES.values())
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        raise ConfigError(f"unknown eval suite '{unknown[0]}': use one of {', '.join(SUITES)}")
    return [SUITES[n] for n in SUITES if n in names]


def corpus_assistant(corpus: str, settings: Any, progress: Any = None) -> Any:
    """An Assistant over one eval corpus, in its own collection `eval-<corpus>` of the settings' data folder, so
    the user's own collection is left alone; the corpus is (re)ingested, which embeds nothing when unchanged."""
    from rag import Assistant

    settings = settings.model_copy(update={"collection": f"eval-{corpus}"})
    assistant = Assistant(settings, auto_ingest=False)
    report = assistant.ingest(CORPORA[corpus](), progress=progress)
    if report.skipped:
        raise ConfigError(f"the {corpus} eval corpus did not ingest cleanly: {report.skipped[0].reason}")
    return assistant
