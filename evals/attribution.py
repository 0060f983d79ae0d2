"""Attribution: who said what, and when, measured against the hand-made gold set (evals/datasets/attribution.jsonl).

The gold documents (the five default articles and the CLICK-ID articles the set names, nothing else) are ingested
into a fresh data folder; the system rows are each document's stored events (index.events, as ingest stores them)
of kind "statement", and the quantity claims of its stored text (index.claims, as `compare` reads them).

Matching is by span in the stored cleaned text: a gold row's quote is an exact substring of it.
- A statement event matches the gold statement or figure rows its sentence overlaps (the one overlapping most is
  the row it is judged against); a claim matches the gold figure rows it overlaps whose figure has its value.
- Each gold row's system row is the best overlapping one of its own type (events for statements, claims for
  figures); its speaker, date and span are judged on that row.

Figures, each over the rows named ("P" over system rows, "R" over gold rows):
- span: P = system rows that match a gold row / all system rows; R = gold rows with a system row / gold rows.
- speaker: the system actor (every part of "A & B") equals one of the gold aliases, or a person's alias ends the
  actor ("juru bicara NATO Farah Lala"), or both are null (the outlet's own narration). P over matched system rows
  except those judged against an AMBIGUOUS row; R over gold rows, an AMBIGUOUS row counting as right once matched.
- date: the system date at its precision equals the gold said_on (day, "2024-10" month, "2024" year); only rows
  whose gold said_on is given. P over matched system rows that carry a date; R over gold rows.
- dates_invented: matched system rows that carry a date where the text gives none (gold said_on null), a share.
- metadata_as_events: gold metadata rows (datelines, bylines, credits) that any event or claim overlaps, a share.
"""

from __future__ import annotations

import gzip
import json
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from index.numbers import find_quantities, parse_number

HERE = Path(__file__).parent
GOLD = HERE / "datasets" / "attribution.jsonl"
BASELINE = HERE / "baselines" / "attribution.json"
CLICKID_CORPUS = HERE / "data" / "clickid-corpus.jsonl.gz"
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
_PRECISION_LENGTH = {"day": 10, "month": 7, "year": 4}


@dataclass
class SystemRow:
    kind: str  # "event" | "claim"
    start: int
    end: int
    actor: str | None
    date: str | None
    precision: str | None
    value: float | None = None  # a claim's figure
    gold: dict | None = None  # the gold row it is judged against


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- the documents: ingested for real into a fresh data folder ----------------------------------------------------
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
    from evals.suites import corpus_vectors
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
    from index.ingest import dated_events, prepare_document
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


# --- system rows ----------------------------------------------------------------------------------------------------
def system_rows(doc: Any, today: date | None = None) -> tuple[list[SystemRow], list[tuple[int, int]]]:
    """(attribution rows: statement events and claims; spans of every event and claim, for the dateline check)."""
    from index.claims import extract_quantity_claims

    published = date.fromisoformat(doc.published[:10]) if doc.published and doc.published[:4].isdigit() else None
    rows, spans = [], []
    for event in doc.events:
        spans.append((event["start"], event["end"]))
        if event.get("kind") == "statement":  # dated by when it was said (`said_on`), stated or inferred
            day = event.get("said_on") or event.get("date")
            precision = event.get("said_precision") if event.get("said_on") else event.get("precision")
            rows.append(SystemRow("event", event["start"], event["end"], event.get("actor"), day, precision))
    for claim in extract_quantity_claims(
        doc.doc_id, doc.text, doc.source or None, published=published, today=today or date.today()
    ):
        spans.append((claim.start, claim.end))
        rows.append(
            SystemRow(
                "claim",
                claim.start,
                claim.end,
                claim.claimant,
                claim.date,
                getattr(claim, "precision", "day") if claim.date else None,
                float(claim.value),
            )
        )
    return rows, spans


# --- matching and scoring -------------------------------------------------------------------------------------------
def score(gold: list[dict], documents: dict[str, Any], today: date | None = None) -> dict[str, dict]:
    """{corpus: {figure: value, "n_...": counts}} for every corpus of the gold set, and "all"."""
    tallies: dict[str, _Tally] = {}
    for doc_id, rows in _by_document(gold).items():
        doc = documents.get(doc_id)
        corpus = rows[0]["corpus"]
        tally = tallies.setdefault(corpus, _Tally())
        if doc is None:
            tally.missing_documents += 1
            continue
        system, spans = system_rows(doc, today)
        _score_document(doc.text, rows, system, spans, tally)
    total = _Tally()
    for tally in tallies.values():
        total.add(tally)
    return {**{corpus: t.figures() for corpus, t in sorted(tallies.items())}, "all": total.figures()}


def _by_document(gold: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for row in gold:
        grouped.setdefault(row["doc_id"], []).append(row)
    return grouped


def _score_document(text: str, gold: list[dict], system: list[SystemRow], spans, tally: _Tally) -> None:
    located = []
    for row in gold:
        start = text.find(row["quote"])
        if start < 0:
            tally.unlocated += 1
            continue
        located.append((row, start, start + len(row["quote"])))
    for row, start, end in located:
        if row["kind"] == "metadata":
            tally.metadata += 1
            tally.metadata_as_events += any(s < end and start < e for s, e in spans)
    said = [(r, s, e) for r, s, e in located if r["kind"] != "metadata"]
    for item in system:
        fits = [(r, s, e) for r, s, e in said if _fits(item, r, s, e)]
        if fits:
            item.gold = max(fits, key=lambda f: _overlap(item.start, item.end, f[1], f[2]))[0]
        tally.judge_system(item)
    for row, start, end in said:
        kind = "claim" if row["kind"] == "figure" else "event"
        mine = [i for i in system if i.kind == kind and _fits(i, row, start, end)]
        best = max(mine, key=lambda i: _overlap(i.start, i.end, start, end), default=None)
        tally.judge_gold(row, best)


def _fits(item: SystemRow, row: dict, start: int, end: int) -> bool:
    if _overlap(item.start, item.end, start, end) <= 0:
        return False
    if item.kind == "claim":
        return row["kind"] == "figure" and item.value in figure_values(row["figure"] or "")
    return True


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


def figure_values(figure: str) -> set[float]:
    """The values a gold figure states ("3.000 tentara", "10 ribu tentara", "Rp14.035/USD", "Tiga tim", "2-0")."""
    values = {q.value for q in find_quantities(figure)}
    first = re.match(r"\D*?(\d[\d.,]*\d|\d)", figure)
    if first and (value := parse_number(first.group(1))) is not None:
        values.add(value)
    word = figure.split()[0] if figure.split() else ""
    if (value := parse_number(word)) is not None:
        values.add(value)
    return values


def speaker_right(actor: str | None, row: dict) -> bool:
    if row.get("speaker") is None:
        return actor is None
    if actor is None:
        return False
    aliases = {_norm(a) for a in [row["speaker"], *row.get("speaker_aliases", [])]}
    people = {a for a in aliases if row.get("speaker_kind") == "person"}
    return all(
        _norm(part) in aliases or any(_norm(part).endswith(" " + a) for a in people) for part in actor.split(" & ")
    )


def date_right(item: SystemRow, row: dict) -> bool:
    if not item.date or not item.precision:
        return False
    return item.date[: _PRECISION_LENGTH.get(item.precision, 10)] == row["said_on"]


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s()&-]", " ", name.casefold()).split())


def is_ambiguous(row: dict) -> bool:
    return (row.get("note") or "").startswith("AMBIGUOUS:")


class _Tally:
    COUNTS = (
        "system", "system_matched", "speaker_judged", "speaker_ok", "date_judged", "date_ok",
        "undated_gold", "invented", "gold", "gold_found", "gold_speaker_ok", "gold_with_date", "gold_date_ok",
        "metadata", "metadata_as_events", "unlocated", "missing_documents",
    )  # fmt: skip

    def __init__(self) -> None:
        for name in self.COUNTS:
            setattr(self, name, 0)

    def add(self, other: _Tally) -> None:
        for name in self.COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def judge_system(self, item: SystemRow) -> None:
        self.system += 1
        row = item.gold
        if row is None:
            return
        self.system_matched += 1
        if not is_ambiguous(row):
            self.speaker_judged += 1
            self.speaker_ok += speaker_right(item.actor, row)
        if item.date:
            if row.get("said_on"):
                self.date_judged += 1
                self.date_ok += date_right(item, row)
            else:
                self.invented += 1
        if not row.get("said_on"):
            self.undated_gold += 1

    def judge_gold(self, row: dict, item: SystemRow | None) -> None:
        self.gold += 1
        self.gold_with_date += bool(row.get("said_on"))
        if item is None:
            return
        self.gold_found += 1
        self.gold_speaker_ok += is_ambiguous(row) or speaker_right(item.actor, row)
        self.gold_date_ok += bool(row.get("said_on")) and date_right(item, row)

    def figures(self) -> dict:
        def share(part: int, whole: int) -> float | None:
            return round(part / whole, 4) if whole else None

        return {
            "span_precision": share(self.system_matched, self.system),
            "span_recall": share(self.gold_found, self.gold),
            "speaker_precision": share(self.speaker_ok, self.speaker_judged),
            "speaker_recall": share(self.gold_speaker_ok, self.gold),
            "date_precision": share(self.date_ok, self.date_judged),
            "date_recall": share(self.gold_date_ok, self.gold_with_date),
            "dates_invented": share(self.invented, self.undated_gold),
            "metadata_as_events": share(self.metadata_as_events, self.metadata),
            **{f"n_{name}": getattr(self, name) for name in self.COUNTS},
        }


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
