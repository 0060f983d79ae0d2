"""Evaluation datasets: JSONL rows of questions with accepted key facts and gold documents.

One row per line:
  {"id": "q01", "question": "...", "lang": "en", "type": "who", "answerable": true,
   "answers": [["NIS", "National Intelligence Service", "Badan Intelijen Nasional"]],
   "gold_doc_ids": ["001_fd8d562c18a1316d"], "reference": "optional reference answer"}
`answers` holds groups of aliases: an answer is right when every group has at least one alias in it.
Unanswerable rows have `answerable: false` and no answer groups; the right response is `grounded=False`.
Optional: `reference` (a reference answer, for token F1 and the LLM judge), `note` (free text for humans) and
`history` (questions asked before this one in the same chat: the row is then a follow-up, asked through
`Assistant.chat()` after them).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from index.errors import SumberError

DEFAULT_DATASET = Path(__file__).parent / "datasets" / "default.jsonl"
REQUIRED = ("id", "question", "lang", "type", "answerable", "answers", "gold_doc_ids")
OPTIONAL = ("reference", "note", "history")


class DatasetError(SumberError):
    """The dataset file is missing or a row is malformed; the message names the file and line."""


@dataclass(frozen=True)
class EvalItem:
    id: str
    question: str
    lang: str
    type: str
    answerable: bool
    answers: list[list[str]] = field(default_factory=list)
    gold_doc_ids: list[str] = field(default_factory=list)
    reference: str | None = None
    note: str | None = None
    history: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


def load_dataset(path: str | Path | None = None, *, limit: int | None = None) -> list[EvalItem]:
    """Read and validate a JSONL dataset; a malformed row raises DatasetError naming its line."""
    path = Path(path) if path is not None else DEFAULT_DATASET
    if not path.is_file():
        raise DatasetError(f"dataset {path} does not exist: pass --dataset with a JSONL file of questions")
    items: list[EvalItem] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}, line {number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
            item = parse_row(raw, where)
            if item.id in seen:
                raise DatasetError(
                    f"{where}: id '{item.id}' is already used on line {seen[item.id]}: ids must be unique"
                )
            seen[item.id] = number
            items.append(item)
    if not items:
        raise DatasetError(f"{path} has no questions: add one JSON object per line")
    return items[:limit] if limit else items


def parse_row(raw: object, where: str = "row") -> EvalItem:
    """Validate one decoded row; every message says which field is wrong and what it should be."""
    if not isinstance(raw, dict):
        raise DatasetError(f"{where}: expected a JSON object, got {type(raw).__name__}")
    missing = [name for name in REQUIRED if name not in raw]
    if missing:
        raise DatasetError(f"{where}: missing field(s) {', '.join(missing)} (required: {', '.join(REQUIRED)})")
    unknown = sorted(set(raw) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise DatasetError(
            f"{where}: unknown field(s) {', '.join(unknown)} (allowed: {', '.join(REQUIRED + OPTIONAL)})"
        )
    for name in ("id", "question", "lang", "type"):
        if not isinstance(raw[name], str) or not raw[name].strip():
            raise DatasetError(f"{where}: '{name}' must be a non-empty string")
    if not isinstance(raw["answerable"], bool):
        raise DatasetError(f"{where}: 'answerable' must be true or false, got {raw['answerable']!r}")
    answers = raw["answers"]
    if not isinstance(answers, list) or not all(
        isinstance(group, list) and group and all(isinstance(a, str) and a.strip() for a in group) for group in answers
    ):
        raise DatasetError(
            f"{where}: 'answers' must be a list of groups, each a non-empty list of strings, "
            f'e.g. [["NIS", "Badan Intelijen Nasional"], ["18 October", "18/10"]]'
        )
    if not raw["answerable"] and answers:
        raise DatasetError(f'{where}: an unanswerable row (answerable: false) must have "answers": []')
    gold = raw["gold_doc_ids"]
    if not isinstance(gold, list) or not all(isinstance(d, str) and d.strip() for d in gold):
        raise DatasetError(f"{where}: 'gold_doc_ids' must be a list of document ids (file names without extension)")
    reference = raw.get("reference")
    if reference is not None and not isinstance(reference, str):
        raise DatasetError(f"{where}: 'reference' must be a string when given")
    note = raw.get("note")
    history = raw.get("history", [])
    if not isinstance(history, list) or not all(isinstance(q, str) and q.strip() for q in history):
        raise DatasetError(f"{where}: 'history' must be a list of earlier questions (non-empty strings) when given")
    return EvalItem(
        id=raw["id"].strip(),
        question=raw["question"].strip(),
        lang=raw["lang"].strip(),
        type=raw["type"].strip(),
        answerable=raw["answerable"],
        answers=[[a.strip() for a in group] for group in answers],
        gold_doc_ids=[d.strip() for d in gold],
        reference=reference or None,
        note=note if isinstance(note, str) else None,
        history=[q.strip() for q in history],
    )


def dataset_fingerprint(path: str | Path | None = None) -> str:
    """sha256 of the dataset file, so a baseline is only compared against the dataset it was made from."""
    data = Path(path or DEFAULT_DATASET).read_bytes()
    return hashlib.sha256(data).hexdigest()


def dataset_stats(items: list[EvalItem]) -> dict:
    by_type: dict[str, int] = {}
    by_lang: dict[str, int] = {}
    for item in items:
        by_type[item.type] = by_type.get(item.type, 0) + 1
        by_lang[item.lang] = by_lang.get(item.lang, 0) + 1
    return {
        "questions": len(items),
        "answerable": sum(i.answerable for i in items),
        "unanswerable": sum(not i.answerable for i in items),
        "by_type": by_type,
        "by_lang": by_lang,
        "multi_doc_gold": sum(len(i.gold_doc_ids) >= 2 for i in items),
    }
