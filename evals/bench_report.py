"""The benchmarks' ratios against their goals, and their markdown tables."""

from __future__ import annotations

GOALS = {  # ratio name: the most it may be
    "ingest_overhead": 0.15,
    "reingest_vs_first": 0.05,
    "answer_p95_vs_query_embed": 3.0,
    "largest_vs_smallest_p95": 1.5,
}
ARCHIVE_GOALS = {  # name: (goal, "max" or "min")
    "cold_start_s": (3.0, "max"),
    "answer_p95_vs_query_embed": (3.0, "max"),
    "peak_rss_mb": (1500.0, "max"),
    "known_item_hit_at_1": (0.90, "min"),
    "known_item_mrr": (0.93, "min"),
}


def ratios(r: dict) -> dict:
    points = r["points"]
    first, last = points[0], points[-1]
    return {
        "ingest_overhead": r["ingest"]["overhead_ratio"] - 1,
        "reingest_vs_first": r["ingest"]["reingest_ratio"],
        "answer_p95_vs_query_embed": first["answer_p95_ms"] / r["query_embed_ms"],
        "largest_vs_smallest_p95": last["answer_p95_ms"] / first["answer_p95_ms"],
        "ours_vs_peer_retrieval_p50": first["retrieval_p50_ms"] / first["peer_retrieval_p50_ms"],
    }


def _ingest_rows(r: dict) -> list[str]:
    ing = r["ingest"]
    return [
        "| ingest | value |",
        "|---|---|",
        f"| documents / chunks | {ing['documents']} / {ing['chunks']} |",
        f"| bare e5 embedding of the {ing['chunks']:,} chunks and {ing.get('sentences', 0):,} sentences (floor) | "
        f"{ing['embed_floor_s']:.1f} s |",
        f"| full `sumber ingest` | {ing['ingest_s']:.1f} s (overhead {100 * (ing['overhead_ratio'] - 1):+.1f}%) |",
        f"| re-ingest, unchanged | {ing['reingest_s']:.2f} s ({100 * ing['reingest_ratio']:.1f}% of first, "
        f"{ing['reingest_embedded']} chunks embedded) |",
        f"| one query embedding (median) | {r['query_embed_ms']:.1f} ms |",
        f"| cold start `sumber ask` on an existing index (median of {r['cold_start_runs']}) | "
        f"{r['cold_start_s']:.2f} s |",
    ]


def markdown(r: dict) -> str:
    lines = [
        f"Machine: {r['machine']}. {'Quick run.' if r['quick'] else 'Full run.'} {r['vectors']} "
        f"Text at the scale points: {r['scale_text']}.",
        "",
        *_ingest_rows(r),
        "",
        "| chunks | retrieval p50 / p95 | offline answer p50 / p95 | first answer of the process | hit@k | "
        "llama-index peer p50 / p95 | peer hit@k | peak RSS |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for p in r["points"]:
        lines.append(
            f"| {p['chunks']:,} | {p['retrieval_p50_ms']:.0f} / {p['retrieval_p95_ms']:.0f} ms | "
            f"{p['answer_p50_ms']:.0f} / {p['answer_p95_ms']:.0f} ms | {_first_answer(p)} | {p['hit_at_k']:.2f} | "
            f"{p['peer_retrieval_p50_ms']:.0f} / {p['peer_retrieval_p95_ms']:.0f} ms | "
            f"{p['peer_hit_at_k']:.2f} | {p['peak_rss_mb']:.0f} MB |"
        )
    lines += ["", "| ratio | value | goal |", "|---|---|---|"]
    for name, value in r["ratios"].items():
        goal = GOALS.get(name)
        verdict = "" if goal is None else (f"≤ {goal} ({'met' if value <= goal else 'missed'})")
        lines.append(f"| {name} | {value:.3f} | {verdict} |")
    return "\n".join(lines) + "\n"


def _first_answer(point: dict) -> str:
    """The warm-up question's time (bench runs before it was measured have none)."""
    return f"{1000 * point['first_answer_s']:.0f} ms" if "first_answer_s" in point else "-"


# the archive --------------------------------------------------------------------------------------
def archive_ratios(r: dict) -> dict:
    known = r["known_item"]["sumber"]
    return {
        "cold_start_s": r["cold_start"]["cold_start_s"],
        "answer_p95_vs_query_embed": r["warm"]["p95_ms"] / r["query_embed_ms"],
        "peak_rss_mb": r["peak_rss_mb"],
        "known_item_hit_at_1": known["hit_at_1"],
        "known_item_mrr": known["mrr"],
    }


def _num(value, spec: str = ".1f", unit: str = "") -> str:
    return "-" if value is None else f"{value:{spec}}{unit}"


def _archive_ingest_rows(r: dict) -> list[str]:
    ing, idx = r["ingest"], r["index"]
    seconds = ing.get("seconds_total", ing.get("seconds"))
    return [
        f"| articles in the archive file | {_num(ing.get('articles'), ',')} |",
        f"| documents / chunks / sentences indexed | {idx['documents']:,} / {idx['chunks']:,} / {idx['sentences']:,} |",
        f"| ingest time (every run into this folder) | {_num(seconds, ',.0f', ' s')} |",
        f"| chunks embedded by this run | {_num(ing.get('embedded_chunks'), ',')} |",
        f"| articles/s | {_num(ing.get('articles_per_s'), '.2f')} |",
        f"| s per 1,000 chunks | {_num(ing.get('s_per_1000_chunks'), '.0f', ' s')} |",
        f"| disk size of the data folder | {idx['disk_mb']:,.0f} MB |",
        f"| peak RSS of the measuring process | {r['peak_rss_mb']:,.0f} MB |",
    ]


def _archive_query_rows(r: dict) -> list[str]:
    cold, warm, ours, peer = r["cold_start"], r["warm"], r["known_item"]["sumber"], r["known_item"]["peer"]
    rows = [
        f"| cold `sumber ask` (median of {cold['cold_start_runs']}; first after ingest {cold['first_ask_s']:.1f} s)"
        f" | {cold['cold_start_s']:.2f} s |",
        f"| one query embedding (median) | {r['query_embed_ms']:.1f} ms |",
        f"| warm offline answer p50 / p95 ({warm['questions']} questions) | {warm['p50_ms']:.0f} / "
        f"{warm['p95_ms']:.0f} ms |",
    ]
    for suite, q in r["quality"].items():
        rows.append(
            f"| gold document in top 5, {suite} ({q['questions']} questions): Sumber / peer | "
            f"{q['hit_at_5']:.2f} / {q['peer_hit_at_5']:.2f} |"
        )
    rows.append(
        f"| known-item hit@1 / MRR ({ours['queries']} headlines): Sumber | {ours['hit_at_1']:.3f} / {ours['mrr']:.3f} |"
    )
    rows.append(f"| known-item hit@1 / MRR: llama-index peer | {peer['hit_at_1']:.3f} / {peer['mrr']:.3f} |")
    if "server" in r:
        s = r["server"]
        rows.append(
            f"| through `chroma run` on 127.0.0.1: cold ask / warm p50 / p95 | {s['cold_start_s']:.2f} s / "
            f"{s['answer_p50_ms']:.0f} / {s['answer_p95_ms']:.0f} ms |"
        )
    return rows


def archive_markdown(r: dict) -> str:
    lines = [
        f"Machine: {r['machine']}. Archive: {r['archive']}; data folder {r['home']}; measured in {r['seconds']:.0f} s.",
        "",
        "| archive | value |",
        "|---|---|",
        *_archive_ingest_rows(r),
        *_archive_query_rows(r),
        "",
        "| figure | value | goal |",
        "|---|---|---|",
    ]
    for name, value in r["ratios"].items():
        goal, side = ARCHIVE_GOALS[name]
        met = value <= goal if side == "max" else value >= goal
        lines.append(
            f"| {name} | {value:.3f} | {'≤' if side == 'max' else '≥'} {goal} ({'met' if met else 'missed'}) |"
        )
    return "\n".join(lines) + "\n"
