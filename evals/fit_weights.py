"""Fit the offline answerer's sentence weights (rag.offline.evidence.WEIGHTS) on the training suites.

Each answerable one-part question is asked; the signals of every sentence it scores are kept with a label (the
sentence holds one of the question's key facts), and weights are fitted to put a labelled sentence first (a
listwise softmax). Prints how often the top sentence holds a key fact, per suite, for the current and the
fitted weights; the held-out suite is scored, never fitted on. `python -m evals.fit_weights`.
"""

from __future__ import annotations

import numpy as np

from evals.dataset import load_dataset
from evals.normalize import normalize
from evals.suites import SUITES, corpus_assistant
from rag import Settings
from rag.offline import evidence

Example = tuple[np.ndarray, np.ndarray]  # signals (sentences x weights), labels


def collect(suite_name: str) -> list[Example]:
    suite = SUITES[suite_name]
    assistant = corpus_assistant(suite.corpus, Settings(offline=True))
    seen: list[tuple[list[str], list]] = []
    score = evidence.score_sentences

    def recording(intent, sentences, vector, stored, fits):  # noqa: ANN001, ANN202
        seen.append(
            (
                [s.text for s in sentences],
                [evidence.sentence_signals(intent, s, vector, stored, fits)[1:] for s in sentences],
            )
        )
        return score(intent, sentences, vector, stored, fits)

    import rag.offline as offline

    offline.score_sentences = recording
    examples = []
    try:
        for item in load_dataset(suite.dataset):
            if not item.answerable or item.history or item.type == "two_part":
                continue
            seen.clear()
            assistant.ask(item.question)
            if not seen:
                continue
            texts, rows = seen[0]
            aliases = [normalize(a) for group in item.answers for a in group if len(normalize(a)) > 1]
            labels = np.array([any(f" {a} " in f" {normalize(t)} " for a in aliases) for t in texts])
            if labels.any():
                examples.append((np.array(rows), labels))
    finally:
        offline.score_sentences = score
    return examples


def top_share(weights: np.ndarray, examples: list[Example]) -> float:
    return sum(labels[int(np.argmax(rows @ weights))] for rows, labels in examples) / max(len(examples), 1)


def fit(examples: list[Example], start: np.ndarray, steps: int = 2000, l2: float = 0.01) -> np.ndarray:
    weights = start.copy()
    for _ in range(steps):
        gradient = 2 * l2 * weights
        for rows, labels in examples:
            z = rows @ weights * 10
            p = np.exp(z - z.max())
            p /= p.sum()
            q = p * labels / p[labels].sum()
            gradient -= 10 * rows.T @ (q - p) / len(examples)
        weights -= 0.05 * gradient
    return weights / weights.sum()


def main() -> None:
    data = {name: collect(name) for name in SUITES}
    training = [e for name, suite in SUITES.items() if suite.split == "training" for e in data[name]]
    current = np.array(evidence.WEIGHTS)
    fitted = fit(training, np.array(evidence.SUPPORT_WEIGHTS))
    print("weights:", "current", np.round(current, 2), "fitted", np.round(fitted, 2))
    for name, examples in data.items():
        print(
            f"{name} ({SUITES[name].split}, {len(examples)} questions): top sentence holds a key fact "
            f"{top_share(current, examples):.3f} current, {top_share(fitted, examples):.3f} fitted"
        )


if __name__ == "__main__":
    main()
