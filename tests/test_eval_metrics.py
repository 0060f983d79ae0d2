"""Offline eval metrics and dataset validation, on hand-built examples."""

from __future__ import annotations

import json

import pytest

from evals.answer_metrics import (
    EVIDENCE_HEADERS,
    answer_body,
    contains_alias,
    key_facts_matched,
    match_groups,
    token_f1,
)
from evals.citation_metrics import check_citations, cited_gold_precision
from evals.citation_support import check_support, cited_claims, support_ratio
from evals.dataset import DEFAULT_DATASET, DatasetError, dataset_stats, load_dataset
from evals.metrics import percentile, refusal_scores, score_row, summarize
from evals.normalize import normalize
from evals.retrieval_metrics import hit_at_k, recall_at_k, reciprocal_rank

DOC = "NIS menuduh Korea Utara mengirim 1.500 tentara ke Rusia. Zelensky menyebut 10 ribu tentara disiapkan."
DOCS = {"d1": DOC}


# --- normalisation and key facts ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["1.500", "1,500", "1500", '"1.500"', "1 500", "1\u00a0500", "1.5 ribu", "1,5 ribu"])
def test_number_formats_normalise_to_one_form(text):
    assert normalize(text) == "1500"


@pytest.mark.parametrize("text", ["10 ribu", "10.000", "10,000", "10 thousand", "sepuluh ribu", "ten thousand"])
def test_ten_thousand_in_every_spelling(text):
    assert normalize(text) == "10000"


def test_normalise_case_hyphens_spacing_accents():
    assert normalize("  Hong Jang-won\tdan  KIM Jong–un ") == "hong jang won dan kim jong un"
    assert normalize("Zelenskýy") == "zelenskyy"
    assert normalize("1.5 percent") == "1 5 persen"  # a decimal is not a thousands group
    assert normalize("25%") == normalize("25 persen") == normalize("25 per cent") == "25 persen"
    assert normalize("Rp484,74") == normalize("Rp 484,74")
    assert normalize("Rp 1,2 miliar") == normalize("Rp 1.2 billion") == "rp 1200000000"
    assert normalize("2024") == "2024"


def test_alias_matches_whole_tokens_only():
    assert contains_alias("Laporan NIS pada 18/10.", "NIS")
    assert not contains_alias("Tunisia mengirim bantuan", "NIS")
    assert not contains_alias("11.500 tentara", "1,500")
    assert contains_alias("sekitar 1.500 tentara [2]", "1500")
    assert contains_alias("Jumat (18/10)", "18/10")


def test_every_group_must_match():
    groups = [["NIS", "Badan Intelijen Nasional"], ["18 October", "18/10"]]
    assert match_groups("Badan Intelijen Nasional melapor Jumat (18/10).", groups) == [True, True]
    assert key_facts_matched("Badan Intelijen Nasional melapor Jumat (18/10).", groups) is True
    assert match_groups("The NIS reported it on 17 October.", groups) == [True, False]
    assert key_facts_matched("The NIS reported it on 17 October.", groups) is False
    assert key_facts_matched("anything", []) is None


def test_key_facts_are_checked_above_the_quoted_evidence():
    wrong_lead = "North Korea reported it first, on 21 October 2024 [1].\n\nFrom the sources:\n- NIS menuduh ... [2]"
    assert answer_body(wrong_lead) == "North Korea reported it first, on 21 October 2024 [1].\n"
    item = {"answerable": True, "answers": [["NIS"]], "gold_doc_ids": ["d1"]}
    scores = score_row(item, answer(wrong_lead), ["d1"], 5, doc_text)
    assert scores["key_facts"] is False and scores["key_facts_anywhere"] is True
    only_evidence = "Dari sumber:\n- NIS menuduh Korea Utara [1]"
    assert answer_body(only_evidence) == only_evidence  # no lead: the quotes are the answer
    assert score_row(item, answer(only_evidence), ["d1"], 5, doc_text)["key_facts"] is True


def test_evidence_headers_mirror_the_answer_templates():
    from rag import prompts

    assert set(EVIDENCE_HEADERS) == {*prompts.SUPPORTING.values(), *prompts.CLOSEST.values()}


def test_citation_marks_do_not_count_as_numbers():
    assert not contains_alias("Sources differ [1500]", "1500")
    assert not contains_alias("NIS said so [1]", "1")


def test_token_f1():
    assert token_f1("The NIS reported it", "NIS reported it") == pytest.approx(1.0)
    assert token_f1("NIS", "NIS reported it first") == pytest.approx(2 * (1 * 0.25) / 1.25)
    assert token_f1("Zelensky", "NIS") == 0.0
    assert token_f1("1.500 tentara [1]", "1,500 tentara") == pytest.approx(1.0)
    assert token_f1("anything", None) is None


# --- retrieval ------------------------------------------------------------------------------------------------------
def test_retrieval_metrics_deduplicate_in_order():
    retrieved = ["a", "a", "b", "c", "b", "d"]
    assert hit_at_k(retrieved, {"c"}, 3) == 1.0
    assert hit_at_k(retrieved, {"d"}, 3) == 0.0  # d is 4th once duplicates are gone
    assert recall_at_k(retrieved, {"b", "d"}, 3) == 0.5
    assert recall_at_k(retrieved, {"b", "d"}, 4) == 1.0
    assert reciprocal_rank(retrieved, {"c"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(retrieved, {"z"}) == 0.0
    assert reciprocal_rank(retrieved, {"d"}, k=3) == 0.0
    assert hit_at_k(retrieved, [], 5) is None


# --- citations ------------------------------------------------------------------------------------------------------
def citation(
    n: int, doc_id: str = "d1", start: int = 0, end: int | None = None, snippet: str | None = None, also_in: tuple = ()
) -> dict:
    text = DOCS.get(doc_id, "")
    end = len(text.split(". ")[0]) + 1 if end is None else end
    return {
        "n": n,
        "doc_id": doc_id,
        "start": start,
        "end": end,
        "snippet": text[start:end] if snippet is None else snippet,
        "also_in": list(also_in),
    }


def doc_text(doc_id: str) -> str | None:
    return DOCS.get(doc_id)


def test_valid_citations():
    check = check_citations("NIS says 1,500 [1].", [citation(1)], doc_text)
    assert check.valid is True and check.problems == []


def test_dangling_marker_is_invalid():
    check = check_citations("NIS says 1,500 [1][2].", [citation(1)], doc_text)
    assert check.valid is False
    assert check.problems == ["[2] in the text has no citation"]


def test_snippet_must_equal_document_span():
    check = check_citations("NIS [1].", [citation(1, snippet="NIS menuduh Korea Selatan")], doc_text)
    assert check.valid is False and "differs" in check.problems[0]
    assert check_citations("x [1]", [citation(1, end=10_000, snippet="x")], doc_text).valid is False
    assert check_citations("x [1]", [citation(1, doc_id="gone", end=3, snippet="abc")], doc_text).valid is False


def test_no_marks_and_no_citations_is_not_applicable():
    assert check_citations("The articles do not say.", [], doc_text).valid is None


def test_claims_split_at_marks_and_keep_marks_after_a_full_stop():
    text = "From the sources:\n- NIS menuduh 1.500 tentara. [1]\nSources differ: 1,500 (NIS) [1]; 3,000 (NATO) [2][3]."
    assert cited_claims(text) == [
        ("NIS menuduh 1.500 tentara.", [1]),
        ("Sources differ: 1,500 (NIS)", [1]),
        ("3,000 (NATO)", [2, 3]),
    ]


def test_support_credits_shared_concepts_across_languages():
    snippet = "NIS menuduh Korea Utara mengirim 1.500 tentara ke Rusia."
    # countries and counted nouns are translated by the language facts; "sent" (a topic's verb) is not
    assert support_ratio("The NIS said North Korea sent 1,500 troops to Russia", [snippet]) == pytest.approx(5 / 6)
    assert support_ratio("Zelensky met Kim Jong Un in Pyongyang", [snippet]) < 0.3
    # a role word in two groups ("ketua": chairman, head) matches either; months and weekdays match
    assert support_ratio("The DPRD head, Asep, on Monday in October", ["Ketua DPRD Asep, Senin, Oktober"]) == 1.0
    # North and South Korea share "korea": the shared word translates neither
    assert support_ratio("South Korea", ["Korea Utara"]) == 0.0


def test_support_check_counts_unsupported_claims():
    snippet_1 = DOC[: DOC.index("Rusia.") + len("Rusia.")]
    text = "North Korea sent 1,500 troops [1]. Zelensky visited Tokyo on Monday [1]."
    check = check_support(text, [citation(1, snippet=snippet_1)])
    assert check.claims == 2 and check.supported == 1
    assert check.rate == 0.5
    assert check.unsupported == ["Zelensky visited Tokyo on Monday"]
    assert check_support("No marks here.", []).rate is None


def test_cited_gold_precision_counts_documents_once_and_honours_also_in():
    cites = [
        citation(1, "d1"),
        citation(2, "d1"),
        citation(3, "d2", snippet="", end=0),
        citation(4, "d3", snippet="", end=0, also_in=("gold2",)),
    ]
    assert cited_gold_precision(cites, {"d1", "gold2"}) == pytest.approx(2 / 3)
    assert cited_gold_precision([], {"d1"}) is None
    assert cited_gold_precision(cites, set()) is None


# --- refusals, latency, aggregation ---------------------------------------------------------------------------------
def test_refusal_precision_and_recall():
    answerable = [True, True, False, False, False]
    grounded = [True, False, False, False, True]
    precision, recall = refusal_scores(answerable, grounded)
    assert precision == pytest.approx(2 / 3)  # 3 refusals, 2 of them on unanswerable questions
    assert recall == pytest.approx(2 / 3)  # 3 unanswerable, 2 refused
    assert refusal_scores([True], [True]) == (None, None)


def test_percentiles():
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile(list(map(float, range(1, 101))), 95) == pytest.approx(95.05)
    assert percentile([], 50) is None


def answer(text: str, grounded: bool = True, citations: list | None = None) -> dict:
    return {"answer": text, "grounded": grounded, "citations": citations or []}


def test_score_row_answerable_needs_grounded_and_every_group():
    item = {"answerable": True, "answers": [["NIS"], ["1500"]], "gold_doc_ids": ["d1"], "reference": "NIS: 1,500"}
    good = score_row(item, answer("NIS: 1.500 [1].", citations=[citation(1)]), ["d1"], 5, doc_text, 0.2)
    assert good["correct"] is True and good["hit"] == 1.0 and good["citation_valid"] is True
    assert good["cited_gold_precision"] == 1.0 and good["token_f1"] == pytest.approx(1.0)
    refused = score_row(item, answer("NIS: 1.500 [1].", grounded=False, citations=[citation(1)]), ["d2"], 5, doc_text)
    assert refused["correct"] is False and refused["hit"] == 0.0
    missing = score_row(item, answer("NIS [1].", citations=[citation(1)]), ["d1"], 5, doc_text)
    assert missing["correct"] is False and missing["groups_matched"] == [True, False]


def test_score_row_unanswerable_is_correct_only_when_not_grounded():
    item = {"answerable": False, "answers": [], "gold_doc_ids": []}
    assert score_row(item, answer("Not in the articles.", grounded=False), ["d1"], 5, doc_text)["correct"] is True
    wrong = score_row(item, answer("NIS [1]", citations=[citation(1)]), ["d1"], 5, doc_text)
    assert wrong["correct"] is False and wrong["hit"] is None and wrong["key_facts"] is None


def test_score_row_after_an_error_is_wrong():
    item = {"answerable": True, "answers": [["NIS"]], "gold_doc_ids": ["d1"]}
    scores = score_row(item, None, [], 5, doc_text)
    assert scores["correct"] is False and scores["hit"] == 0.0


def test_summarize_uses_only_applicable_questions():
    def row(answerable, correct, grounded, hit, latency, valid=None):
        return {
            "answerable": answerable,
            "scores": {
                "correct": correct,
                "key_facts": correct if answerable else None,
                "grounded": grounded,
                "hit": hit,
                "latency": latency,
                "citation_valid": valid,
            },
        }

    rows = [
        row(True, True, True, 1.0, 0.1, True),
        row(True, False, True, 0.0, 0.2, False),
        row(False, True, False, None, 0.3),
        row(False, False, True, None, 0.4, True),
    ]
    summary = summarize(rows)
    assert summary["accuracy"] == 0.5 and summary["n_accuracy"] == 4
    assert summary["key_fact_accuracy"] == 0.5 and summary["n_key_fact_accuracy"] == 2
    assert summary["hit_at_k"] == 0.5 and summary["n_hit_at_k"] == 2
    assert summary["citation_validity"] == pytest.approx(2 / 3)
    assert summary["refusal_precision"] == 1.0 and summary["refusal_recall"] == 0.5
    assert summary["latency_p50"] == pytest.approx(0.25)
    assert summary["token_f1"] is None and summary["n_token_f1"] == 0


# --- datasets -------------------------------------------------------------------------------------------------------
def test_default_dataset_meets_the_brief():
    items = load_dataset()
    stats = dataset_stats(items)
    assert stats["questions"] >= 40
    assert stats["by_lang"]["id"] >= 15 and stats["by_lang"]["en"] >= 15
    assert stats["unanswerable"] >= 6
    for kind in ("who", "what", "when", "where", "how_many", "why", "temporal", "multi_doc", "disagreement"):
        assert stats["by_type"].get(kind, 0) >= 3, kind
    assert all(i.gold_doc_ids and i.answers for i in items if i.answerable)
    from index import default_corpus_files

    corpus_ids = {p.stem for p in default_corpus_files()}
    assert {d for i in items for d in i.gold_doc_ids} <= corpus_ids
    first = next(i for i in items if i.id == "en-temporal-first")
    assert key_facts_matched("Badan Intelijen Nasional, Jumat (18/10)", first.answers)
    assert not key_facts_matched("Badan Intelijen Nasional, Kamis (17/10)", first.answers)


def test_default_dataset_aliases_are_found_in_gold_documents():
    """Every answer group has an alias that occurs in one of the row's gold documents: the facts are in the corpus."""
    from index import default_corpus_files

    texts = {p.stem: p.read_text(encoding="utf-8") for p in default_corpus_files()}
    for item in load_dataset():
        gold_text = " ".join(texts[d] for d in item.gold_doc_ids)
        for group in item.answers:
            assert any(contains_alias(gold_text, alias) for alias in group), (item.id, group)


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = {
    "id": "x1",
    "question": "Who?",
    "lang": "en",
    "type": "who",
    "answerable": True,
    "answers": [["NIS"]],
    "gold_doc_ids": ["d1"],
}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        (json.dumps({**GOOD, "id": "x2", "answers": "NIS"}), "line 2: 'answers' must be a list of groups"),
        (json.dumps({**GOOD, "id": "x2", "answers": [[]]}), "line 2: 'answers' must be a list of groups"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "lang"} | {"id": "x2"}), "line 2: missing field(s) lang"),
        (json.dumps({**GOOD, "id": "x2", "answerable": "yes"}), "line 2: 'answerable' must be true or false"),
        (json.dumps({**GOOD, "id": "x2", "answerable": False}), "line 2: an unanswerable row"),
        (json.dumps({**GOOD, "id": "x2", "gold": ["d1"]}), "line 2: unknown field(s) gold"),
        (json.dumps(GOOD), "line 2: id 'x1' is already used on line 1"),
        ("[1, 2]", "line 2: expected a JSON object"),
    ],
)
def test_malformed_rows_name_their_line(tmp_path, row, message):
    path = write_lines(tmp_path / "mine.jsonl", [json.dumps(GOOD), row])
    with pytest.raises(DatasetError) as error:
        load_dataset(path)
    assert message in str(error.value)
    assert str(path) in str(error.value)


def test_user_dataset_loads_with_limit_and_blank_lines(tmp_path):
    rows = [json.dumps({**GOOD, "id": f"x{i}", "reference": "NIS."}) for i in range(4)]
    path = write_lines(tmp_path / "mine.jsonl", [rows[0], "", *rows[1:]])
    items = load_dataset(path, limit=2)
    assert [i.id for i in items] == ["x0", "x1"] and items[0].reference == "NIS."


def test_missing_dataset_says_what_to_do(tmp_path):
    with pytest.raises(DatasetError, match="--dataset"):
        load_dataset(tmp_path / "nope.jsonl")
    assert DEFAULT_DATASET.is_file()
