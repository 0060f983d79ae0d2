"""Attribution: who said what, and when, measured against the hand-made gold set (evals/datasets/attribution.jsonl).

The figures per corpus (evals.attribution_score) over the gold documents (evals.attribution_documents), and the
gate that holds them at or above evals/baselines/attribution.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evals.attribution_documents import ingested_documents
from evals.attribution_score import score

HERE = Path(__file__).parent
GOLD = HERE / "datasets" / "attribution.jsonl"
BASELINE = HERE / "baselines" / "attribution.json"
FIGURES = (
    "span_precision",
    "span_recall",
    "speaker_precision",
    "speaker_recall",
    "date_precision",
    "date_recall",
    "dates_invented",
    "metadata_as_events",
)
LOWER_IS_BETTER = frozenset({"dates_invented", "metadata_as_events"})


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def corpus_figures(corpus: str, assistant: Any, gold_path: Path = GOLD) -> dict | None:
    """The figures of one corpus's gold rows, read from an Assistant that has that corpus ingested (the eval
    suites' own collections); None when the gold set has no rows on that corpus."""
    from index.errors import SumberError

    gold = [row for row in load_gold(gold_path) if row["corpus"] == corpus]
    if not gold:
        return None
    documents = {}
    for doc_id in {row["doc_id"] for row in gold}:
        try:
            documents[doc_id] = assistant.document(doc_id)
        except SumberError:
            continue  # counted as a missing document
    return score(gold, documents)[corpus]


def run_attribution(home: Path | None = None, settings: Any = None, gold_path: Path = GOLD) -> dict[str, dict]:
    """The figures per corpus (and "all") after a real ingest of the gold documents into a fresh data folder."""
    gold = load_gold(gold_path)
    return score(gold, ingested_documents(gold, home, settings))


# --- the gate -------------------------------------------------------------------------------------------------------
def gold_fingerprint(path: Path = GOLD) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_baseline(figures: dict[str, dict], path: Path = BASELINE, tolerance: float = 0.01) -> None:
    """The gate's reference: what extraction reaches now, per corpus (rewrite deliberately, review the diff)."""
    baseline = {
        "gold_sha256": gold_fingerprint(),
        "tolerance": tolerance,
        "goal": {"precision": 0.9, "recall": 0.8},
        "figures": {corpus: {name: f[name] for name in FIGURES} for corpus, f in figures.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")


def gate_failures(figures: dict[str, dict], baseline: dict) -> list[str]:
    """Every figure that fell below its baseline (or rose, for the lower-is-better ones) beyond the tolerance."""
    if baseline.get("gold_sha256") != gold_fingerprint():
        return ["the gold set changed: rewrite the baseline with `python -m evals.attribution --write-baseline`"]
    failures = []
    for corpus, reference in baseline["figures"].items():
        for name, expected in reference.items():
            value = figures.get(corpus, {}).get(name)
            if expected is None:
                continue
            worse = value is None or (
                value > expected + baseline["tolerance"]
                if name in LOWER_IS_BETTER
                else value < expected - baseline["tolerance"]
            )
            if worse:
                failures.append(f"{corpus} {name} is {value}, baseline {expected}")
    return failures


def main(argv: list[str] | None = None) -> int:
    """`python -m evals.attribution [--write-baseline]`: the figures per corpus, after a real ingest into a fresh
    data folder; with --write-baseline they become the gate's baseline (evals/baselines/attribution.json)."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    figures = run_attribution()
    for corpus, values in figures.items():
        shown = "  ".join(f"{name} {'-' if values[name] is None else f'{values[name]:.3f}'}" for name in FIGURES)
        print(f"{corpus:8s} {shown}")
    if "--write-baseline" in args:
        write_baseline(figures)
        print(f"baseline written to {BASELINE}: review the change before committing it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
