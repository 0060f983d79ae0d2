"""The evaluation suites: each dataset with the corpus it is asked over and the baseline that gates it.

- `default`: 57 questions on the five default articles. The offline answerers were developed while reading
  this set's failures, so its figures are training figures.
- `clickid-dev`: questions on CLICK-ID articles of many topics (2019 Indonesian news), asked over 358 articles
  (question articles, articles on the same events, 300 distractors). Tuned on: training figures too.
- `clickid-dev2`: a second dev set, 81 questions written on 27 of the corpus's distractor articles (13 topics) by
  annotators who neither ran Sumber nor saw the test split. Its first run, before any tuning on it, was an
  untuned figure like the test split's: key facts 0.433, refusal P/R 0.57/0.57. Tuned on since: training figures.
- `clickid-dev3`: a third dev set, 66 questions on 20 more distractor articles (at least 8 topics), written by an
  annotator who neither ran Sumber nor read its code. Its first run, before any tuning on it: key facts 0.414,
  refusal P/R 0.17/0.38. Tuned on since: training figures.
- `clickid-dev4`: a fourth dev set, 70 questions on 22 more distractor articles (13 topics), written by an
  annotator who neither ran Sumber nor read its code. Its first run, before any tuning on it: key facts 0.516,
  refusal P/R 0.57/0.50. Tuned on from then: training figures.
- `clickid-dev5`: a fifth dev set, 70 questions on 22 more distractor articles (13 topics), written by an
  annotator who neither ran Sumber nor read its code, while dev4 was being tuned on. Its first run, on the code
  of that session's end, before any tuning on it: key facts 0.613, refusal P/R 0.30/0.38 (the
  session's starting code, bb1d84e, gave 0.597 and 0.33/0.38 on it). Tuned on from then: training figures.
- `clickid-dev6`: a sixth dev set, 70 questions on 22 more distractor articles (14 topics), written by an annotator
  who neither ran Sumber nor read its code. Its first run, before any tuning on it (fbdf43e): key facts 0.532,
  refusal P/R 0.33/0.63. Tuned on from then: training figures.
- `clickid-dev7`: a seventh set written the same way at the same time on 22 other distractor articles (14 topics),
  kept out of tuning like the test split: read for totals only. On the code it was written against (fbdf43e):
  key facts 0.500, refusal P/R 0.60/0.75.
- `clickid-dev8`: an eighth set, 70 questions on 22 more distractor articles (17 topics), written by an annotator
  who neither ran Sumber nor read its code. Its first run, before any tuning on it (61e8c9b): see the README.
  Tuned on from then: training figures.
- `clickid-dev9`: a ninth set written the same way on 22 more distractor articles (19 topics) while dev8 was tuned
  on. Its first runs, before any tuning on it: key facts 0.387, refusal P/R 0.36/1.00 on the session's starting code
  (61e8c9b), and 0.371, 0.33/1.00 on the code tuned on dev8 that session: the dev8 rules did not carry. Tuned on
  from then: training figures.
- `clickid-dev10`: a tenth set written the same way on 23 more articles of the same 358 (19 topics). Its first
  run, before any tuning on it: see the README. Tuned on from then: training figures.
- `clickid-dev11`: an eleventh set written the same way on 24 more of the 358 articles (about 20 topics), its near
  misses checked against all 358 articles; held out like dev7 and the test split (totals only). Its first runs, on
  the code before and after the session that tuned on dev10: see the README.
- `clickid-test`: the held-out half, other articles of the same topics in the same corpus; looked at for
  totals only, never tuned on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index import default_corpus_files
from index.embed import E5_NAME
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
            "clickid-dev2",
            HERE / "datasets" / "clickid-dev2.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev2.json",
            "training",
        ),
        Suite(
            "clickid-dev3",
            HERE / "datasets" / "clickid-dev3.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev3.json",
            "training",
        ),
        Suite(
            "clickid-dev4",
            HERE / "datasets" / "clickid-dev4.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev4.json",
            "training",
        ),
        Suite(
            "clickid-dev5",
            HERE / "datasets" / "clickid-dev5.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev5.json",
            "training",
        ),
        Suite(
            "clickid-dev6",
            HERE / "datasets" / "clickid-dev6.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev6.json",
            "training",
        ),
        Suite(
            "clickid-dev8",
            HERE / "datasets" / "clickid-dev8.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev8.json",
            "training",
        ),
        Suite(
            "clickid-dev9",
            HERE / "datasets" / "clickid-dev9.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev9.json",
            "training",
        ),
        Suite(
            "clickid-dev10",
            HERE / "datasets" / "clickid-dev10.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev10.json",
            "training",
        ),
        Suite(
            "clickid-dev11",
            HERE / "datasets" / "clickid-dev11.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev11.json",
            "held-out",
        ),
        Suite(
            "clickid-dev7",
            HERE / "datasets" / "clickid-dev7.jsonl",
            "clickid",
            HERE / "baselines" / "clickid-dev7.json",
            "held-out",
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


def corpus_vectors(corpus: str) -> Path:
    return HERE / "data" / f"{corpus}-vectors.npz"


def corpus_assistant(corpus: str, settings: Any, progress: Any = None, vectors: bool = True) -> Any:
    """An Assistant over one eval corpus, in its own collection `eval-<corpus>` of the settings' data folder, so
    the user's own collection is left alone; the corpus is (re)ingested, which embeds nothing when unchanged. With
    the built-in e5 model, passage vectors come from the corpus's shipped vector file where it holds the text."""
    from index.embed_cache import CachedEmbedder
    from rag import Assistant
    from rag.assistant import make_embedder

    settings = settings.model_copy(update={"collection": f"eval-{corpus}"})
    embedder = make_embedder(settings)
    if vectors and embedder.name == E5_NAME:
        embedder = CachedEmbedder(embedder, corpus_vectors(corpus))
    assistant = Assistant(settings, auto_ingest=False, embedder=embedder)
    report = assistant.ingest(CORPORA[corpus](), progress=progress)
    if report.skipped:
        raise ConfigError(f"the {corpus} eval corpus did not ingest cleanly: {report.skipped[0].reason}")
    return assistant


def write_vectors(corpus: str) -> int:
    """Ingest the corpus into a scratch folder with real e5 and save every passage vector it embedded."""
    import tempfile

    from index.embed import E5Embedder
    from index.embed_cache import CachedEmbedder
    from rag import Assistant, Settings

    embedder = CachedEmbedder(E5Embedder())
    with tempfile.TemporaryDirectory(prefix="sumber-vectors-") as home:
        assistant = Assistant(Settings(home=Path(home), offline=True), auto_ingest=False, embedder=embedder)
        assistant.ingest(CORPORA[corpus]())
    return embedder.save(corpus_vectors(corpus))


if __name__ == "__main__":  # python -m evals.suites default clickid: rewrite the shipped vector files
    import sys

    for name in sys.argv[1:] or list(CORPORA):
        print(f"{name}: {write_vectors(name)} vectors in {corpus_vectors(name)}")
