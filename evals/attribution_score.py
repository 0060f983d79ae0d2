"""Attribution matching and figures: the system rows of a document against the gold rows on it.

The system rows are each document's stored events (index.events, as ingest stores them) of kind "statement",
and the quantity claims of its stored text (index.claims, as `compare` reads them).

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

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from index.numbers import find_quantities, parse_number

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
