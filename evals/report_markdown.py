"""report.md: a run's figures with their definitions, per group, per question, and its wrong answers."""

from __future__ import annotations

from typing import Any

from evals.metric_labels import ATTRIBUTION_LABELS, JUDGED, METRICS, fmt

DESCRIPTIONS = {
    "accuracy": "all questions: answerable ones need every key-fact group (and grounded=True), "
    "unanswerable ones need grounded=False",
    "key_fact_accuracy": "answerable questions whose answer is grounded and contains an alias of every key-fact group "
    "(in the answer itself, not in the quoted-evidence section after it)",
    "key_fact_accuracy_anywhere": "the same, also counting the quoted-evidence section (lenient; diagnostic only)",
    "token_f1": "token F1 of the answer (without its quoted evidence) against the reference answer",
    "hit_at_k": "a gold document among the top-k retrieved documents",
    "recall_at_k": "share of the gold documents among the top-k retrieved documents",
    "mrr": "1 / rank of the first gold document",
    "citation_validity": "every [n] resolves and every snippet equals document.text[start:end]",
    "citation_support": "cited claims whose snippets hold >= {threshold:.0%} of the claim's content tokens",
    "cited_gold_precision": "share of the cited documents that are gold documents",
    "refusal_precision": "grounded=False answers that were for unanswerable questions",
    "refusal_recall": "unanswerable questions answered with grounded=False",
    "latency_p50": "median seconds per answer",
    "latency_p95": "95th percentile seconds per answer",
}
SPLITS = {
    "training": "training figures (the answerer was developed while reading this set's answers)",
    "held-out": "held out (never tuned on; read for totals only)",
    None: "unlabelled",
}


def render_markdown(summary: dict, rows: list[dict]) -> str:
    meta, overall = summary["meta"], summary["overall"]
    lines = _heading(meta, overall) + _overall(meta, overall) + _groups(summary)
    if summary.get("attribution"):
        lines += _attribution_markdown(summary["attribution"])
    lines += ["", "![metrics by type](metrics_by_type.png)", "", "## Per question", ""]
    lines += _md_table(
        ["id", "type", "lang", "correct", "grounded", "hit", "cit. valid", "support", "s", "answer"],
        [_question_cells(row) for row in rows],
    )
    lines += _wrong_answers(rows)
    return "\n".join(lines) + "\n"


def _heading(meta: dict, overall: dict) -> list[str]:
    return [
        f"# Sumber evaluation: {meta['answerer']}",
        "",
        (
            f"- answerer: **{meta['answerer']}** (mode `{meta['mode']}`), "
            f"embeddings `{meta.get('embed_model')}`, k = {meta['k']}"
        ),
        f"- dataset: `{meta['dataset']}` ({overall['questions']} questions, {overall['answerable']} answerable)"
        + (f", sha256 `{meta['dataset_sha256'][:12]}`" if meta.get("dataset_sha256") else ""),
        (
            f"- started {meta['started']}, {meta['seconds']} s; errors: {overall['errors']}; "
            f"answers with a notice (e.g. the LLM failed and the offline answer stood in): "
            f"{meta.get('notices', 0)}"
        ),
        *(
            [f"- suite `{meta['suite']}` over the `{meta.get('corpus')}` corpus: **{SPLITS[meta.get('split')]}**"]
            if meta.get("suite")
            else []
        ),
    ]


def _overall(meta: dict, overall: dict) -> list[str]:
    threshold = meta.get("support_threshold", 0.5)
    lines = ["", f"## Overall ({meta['answerer']})", ""]
    body = []
    for key, name, kind in METRICS:
        over = overall.get(f"n_{key}")
        body.append(
            [
                name,
                fmt(overall.get(key), kind),
                "-" if over is None else str(over),
                DESCRIPTIONS[key].format(threshold=threshold),
            ]
        )
    lines += _md_table(["metric", "value", "over", "definition"], body)
    if any(key in overall for key, _ in JUDGED):
        lines += [
            "",
            f"## LLM-judged (judge: {meta.get('judge_model')}; an LLM's opinion, not an offline measurement)",
            "",
        ]
        lines += _md_table(
            ["metric", "value", "judged questions"],
            [[name, fmt(overall.get(key)), str(overall.get(f"n_{key}", 0))] for key, name in JUDGED if key in overall],
        )
    return lines


def _groups(summary: dict) -> list[str]:
    meta = summary["meta"]
    lines: list[str] = []
    for by, title in (("by_type", "By question type"), ("by_lang", "By language")):
        lines += ["", f"## {title} ({meta['answerer']})", ""]
        header = [by.removeprefix("by_"), "n", *(name for _, name, _ in METRICS)]
        lines += _md_table(
            header,
            [
                [group, str(m["questions"]), *(fmt(m.get(key), kind) for key, _, kind in METRICS)]
                for group, m in summary[by].items()
            ],
        )
    return lines


def _wrong_answers(rows: list[dict]) -> list[str]:
    wrong = [row for row in rows if row["scores"].get("correct") is False]
    lines = ["", f"## Wrong answers ({len(wrong)})", ""]
    for row in wrong:
        lines += [f"### {row['id']} ({row['type']}, {row['lang']})", "", f"**Q:** {row['question']}", ""]
        if row.get("error"):
            lines.append(f"**Error:** {row['error']}")
        elif row["answerable"]:
            matched = row["scores"].get("groups_matched") or [False] * len(row["answers"])
            missing = [" / ".join(group[:3]) for group, ok in zip(row["answers"], matched) if not ok]
            reason = "not grounded" if not row.get("grounded") else f"missing: {'; '.join(missing)}"
            lines.append(f"**Expected:** {row.get('reference') or row['answers']} ({reason})")
        else:
            lines.append("**Expected:** a refusal (grounded=False); the corpus does not answer this")
        lines += ["", "**Answer:** " + _excerpt(row.get("answer") or "", 600), ""]
    return lines


def _attribution_markdown(figures: dict) -> list[str]:
    from evals.attribution import FIGURES

    lines = [
        "",
        f"## Attribution ({figures.get('n_gold')} gold statement and figure rows, "
        f"{figures.get('n_metadata')} dateline rows; evals/attribution.py)",
        "",
    ]
    return lines + _md_table(
        ["figure", "value"], [[ATTRIBUTION_LABELS[name], fmt(figures.get(name))] for name in FIGURES]
    )


def _md_table(header: list[str], body: list[list[str]]) -> list[str]:
    def cell(text: str) -> str:
        return str(text).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in body]
    return lines


def _question_cells(row: dict) -> list[str]:
    s = row["scores"]

    def yes(value: Any) -> str:
        return "-" if value is None else ("yes" if value else "no")

    return [
        row["id"],
        row["type"],
        row["lang"],
        yes(s.get("correct")),
        yes(row.get("grounded")),
        yes(s.get("hit")),
        yes(s.get("citation_valid")),
        fmt(s.get("support")),
        "-" if s.get("latency") is None else f"{s['latency']:.2f}",
        _excerpt(row.get("answer") or row.get("error") or "", 120),
    ]


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
