"""Build the CLICK-ID evaluation corpus: question articles of many topics, split dev/test, among distractors.

    python -m evals.make_clickid ../shared/datasets/clickid-news.jsonl.gz

Writes evals/data/clickid-articles.json (the chosen question articles, by split and topic) and
evals/data/clickid-corpus.jsonl.gz (those articles, articles on the same events, and the 300 shipped
distractors, in Sumber's JSONL row format). Deterministic: the same input gives the same files.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

DATA = Path(__file__).parent / "data"
DISTRACTORS = DATA / "distractors.jsonl.gz"
ARTICLES = DATA / "clickid-articles.json"
CORPUS = DATA / "clickid-corpus.jsonl.gz"
PER_TOPIC = 3  # question articles per topic: dev, test, dev or test, dev, test by turn
SAME_EVENT = 3  # at most this many other articles on the same event, per question article
SAME_EVENT_MIN = 0.28  # Jaccard overlap of headline and lead words that marks the same event
SEED = 2019

# Topic: patterns over "category/sub_category" as the outlets label them.
TOPICS = {
    "crime": r"kriminal|hukum|peristiwa|regional/regional|news/regional|daerah",
    "politics": r"politik|nasional/nasional|news/nasional|^nasional/$",
    "economy": r"money|economy|ekbis|bisnis|ekonomi",
    "football": r"^bola|sepakbola|super skor|sports/bola",
    "sport": r"motogp|all sports|^sport/|bola/olahraga",
    "celebrity": r"seleb|celebrity|entertainment|hiburan",
    "world": r"internasional|international|dunia",
    "automotive": r"otomotif",
    "technology": r"tekno|techno",
    "travel": r"travel",
    "lifestyle": r"lifestyle|gaya|cantik|kesehatan",
    "religion": r"muslim",
    "city": r"megapolitan|metro/|metropolitan|perkotaan",
}
_WORD = re.compile(r"[a-z]{4,}")


def topic_of(row: dict) -> str | None:
    label = f"{row.get('category') or ''}/{row.get('sub_category') or ''}".lower()
    return next((topic for topic, pattern in TOPICS.items() if re.search(pattern, label)), None)


def as_row(raw: dict) -> dict:
    return {
        "id": raw["id"],
        "title": raw["title"],
        "source": raw["outlet"],
        "published": raw["date"],
        "url": raw["url"],
        "text": raw["content"],
    }


def _words(row: dict) -> set[str]:
    return set(_WORD.findall((row["title"] + " " + row["content"][:400]).lower()))


def choose(rows: list[dict], excluded: set[str]) -> dict[str, dict[str, list[str]]]:
    """Per topic, PER_TOPIC articles of readable length, alternately dev and test."""
    rng = random.Random(SEED)
    chosen: dict[str, dict[str, list[str]]] = {"dev": {}, "test": {}}
    for number, topic in enumerate(TOPICS):
        pool = [
            r
            for r in rows
            if topic_of(r) == topic
            and 1500 <= len(r["content"]) <= 4500
            and r["id"] not in excluded
            and "korea utara" not in r["content"].lower()
        ]
        picks = rng.sample(pool, min(PER_TOPIC, len(pool)))
        for turn, row in enumerate(picks):
            split = ("dev", "test")[(turn + number) % 2]
            chosen[split].setdefault(topic, []).append(row["id"])
    return chosen


def same_event(rows: list[dict], targets: list[dict]) -> list[dict]:
    words = {r["id"]: _words(r) for r in rows}
    found: dict[str, dict] = {}
    for target in targets:
        own = words[target["id"]]
        scored = []
        for row in rows:
            if row["id"] == target["id"]:
                continue
            other = words[row["id"]]
            overlap = len(own & other) / max(1, len(own | other))
            if overlap >= SAME_EVENT_MIN:
                scored.append((overlap, row["id"], row))
        for _, _, row in sorted(scored, reverse=True)[:SAME_EVENT]:
            found[row["id"]] = row
    return list(found.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.make_clickid", description=__doc__)
    parser.add_argument("source", type=Path, help="clickid-news.jsonl.gz")
    args = parser.parse_args(argv)
    with gzip.open(args.source, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    with gzip.open(DISTRACTORS, "rt", encoding="utf-8") as handle:
        distractors = [json.loads(line) for line in handle if line.strip()]
    distractor_ids = {d["id"].removeprefix("clickid-") for d in distractors}
    chosen = choose(rows, distractor_ids)
    by_id = {r["id"]: r for r in rows}
    question_ids = [i for split in chosen.values() for ids in split.values() for i in ids]
    targets = [by_id[i] for i in question_ids]
    neighbours = [r for r in same_event(rows, targets) if r["id"] not in question_ids]
    neighbours = [r for r in neighbours if r["id"] not in distractor_ids]
    corpus = [as_row(r) for r in targets + neighbours] + distractors
    ARTICLES.write_text(
        json.dumps(
            {
                "source": "CLICK-ID (Mendeley Data doi:10.17632/k42j7x2kpn.1, CC BY 4.0)",
                "seed": SEED,
                "splits": chosen,
                "same_event": sorted(r["id"] for r in neighbours),
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    with gzip.open(CORPUS, "wt", encoding="utf-8", compresslevel=9) as handle:
        for row in corpus:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(targets)} question articles, {len(neighbours)} on the same events, {len(distractors)} distractors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
