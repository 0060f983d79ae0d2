"""Offline metrics as pure functions: retrieval, key facts, token F1, citations, refusals, latency.

Every function takes plain values (strings, lists, dicts) so it can be tested with hand-built examples.
Per-question scores are None where a metric does not apply (no gold documents, no reference, no citations);
aggregates average over the questions where it applies and report how many those were.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from index.language import SCALE_WORDS

# A cited snippet supports a claim when it holds at least this share of the claim's content tokens
# (lowercased, number formats unified, stop words dropped). 0.5 lets a paraphrase keep its names and numbers
# while a sentence about something else (typically < 0.3) fails. Lexical: an English claim citing an
# Indonesian snippet is only credited for shared names and numbers, so LLM answers in English score lower.
SUPPORT_THRESHOLD = 0.5

HEADLINE = ("key_fact_accuracy", "hit_at_k", "citation_validity", "refusal_recall")
LOWER_IS_BETTER = frozenset({"latency_p50", "latency_p95", "errors"})

_CITATION_MARK = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212_-]")
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d)")
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)")
_SCALE = {word: value for word, value in SCALE_WORDS.items() if value >= 100 and " " not in word}
_SCALED = re.compile(
    r"(?<![\d.,])(\d+)(?:[.,](\d{1,2}))?\s*(" + "|".join(sorted(_SCALE, key=len, reverse=True)) + r")\b"
)
_PERCENT = re.compile(r"(?<=\d)\s*%|\bper ?cent\b|\bpercent\b")
_CURRENCY_GLUED = re.compile(r"\brp\.?\s*(?=\d)")
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "satu": "1",
    "dua": "2",
    "tiga": "3",
    "empat": "4",
    "lima": "5",
    "enam": "6",
    "tujuh": "7",
    "delapan": "8",
    "sembilan": "9",
    "sepuluh": "10",
    "seribu": "1000",
    "seratus": "100",
    "sejuta": "1000000",
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")
_NON_WORD = re.compile(r"[^\w\s]")
_ARTICLES = frozenset({"a", "an", "the"})
_STOPWORDS_EN = """
a an the of to in on at by for from with and or but is are was were be been being has have had do does
did it its this that these those as into than then there their they them he she his her we our you your
i not no will would can could may might should about after before over under also just only which who
whom whose what when where why how said says say according
"""
_STOPWORDS_ID = """
yang dan di ke dari pada untuk dengan ini itu tersebut adalah akan telah sudah juga atau tidak bahwa
dalam oleh sebagai karena agar bisa dapat lebih secara para serta saat ia dia mereka kami kita nya pun
lah kah apa siapa kapan mana berapa mengapa bagaimana kata mengatakan menurut sebelumnya sementara itu
hal
"""
STOPWORDS = frozenset(_STOPWORDS_EN.split()) | frozenset(_STOPWORDS_ID.split())


# --- normalisation ------------------------------------------------------------------------------------------------
def strip_citation_marks(text: str) -> str:
    return _CITATION_MARK.sub(" ", text)


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _scaled(match: re.Match) -> str:
    value = int(match.group(1)) + (int(match.group(2)) / 10 ** len(match.group(2)) if match.group(2) else 0)
    return _format_number(value * _SCALE[match.group(3)])


def normalize(text: str) -> str:
    """Lowercase, strip accents, unify hyphens, spacing and number formats (1.500 = 1,500 = 1 500 = 1500,
    10 ribu = 10 thousand = 10000, 1,2 miliar = 1.2 billion, tujuh = seven = 7, 5% = 5 percent = 5 persen,
    Rp484 = Rp 484), drop punctuation."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _DASHES.sub(" ", text)
    text = _PERCENT.sub(" persen", _CURRENCY_GLUED.sub("rp ", text))
    text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1)], text)
    text = _GROUPED.sub(lambda m: re.sub(r"[.,]", "", m.group(0)), text)
    text = _SPACE_GROUPED.sub(lambda m: re.sub(r"\s", "", m.group(0)), text)
    text = _SCALED.sub(_scaled, text)
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    return normalize(strip_citation_marks(text)).split()


def content_tokens(text: str) -> set[str]:
    return {t for t in tokens(text) if t not in STOPWORDS and (len(t) > 1 or t.isdigit())}


# --- answers ------------------------------------------------------------------------------------------------------
# Headers of the quoted-evidence section the offline answerer appends (mirrors rag.prompts.SUPPORTING and CLOSEST;
# a test keeps them equal). Key facts are checked in the answer above that section, so a wrong lead ("North Korea
# reported it first") is not rescued by a quoted sentence that happens to name the right actor.
EVIDENCE_HEADERS = ("From the sources:", "Dari sumber:", "The closest passages:", "Bagian yang paling dekat:")


def answer_body(text: str) -> str:
    """The answer without its quoted-evidence section; the whole text when there is no lead before the section."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if line.strip() in EVIDENCE_HEADERS:
            lead = "\n".join(lines[:index])
            return lead if tokens(lead) else text
    return text


def contains_alias(text: str, alias: str) -> bool:
    """Whole-token match of a normalised alias inside a normalised text ("nis" is not found in "tunisia")."""
    needle = normalize(alias)
    return bool(needle) and f" {needle} " in f" {normalize(strip_citation_marks(text))} "


def match_groups(text: str, groups: Sequence[Sequence[str]]) -> list[bool]:
    """For each group of accepted aliases: does the text contain at least one of them?"""
    return [any(contains_alias(text, alias) for alias in group) for group in groups]


def key_facts_matched(text: str, groups: Sequence[Sequence[str]]) -> bool | None:
    """True when every group matches; None when the row has no groups to check."""
    if not groups:
        return None
    return all(match_groups(text, groups))


def token_f1(prediction: str, reference: str | None) -> float | None:
    """SQuAD-style token F1 after normalisation (articles and citation marks dropped)."""
    if not reference:
        return None
    pred = [t for t in tokens(prediction) if t not in _ARTICLES]
    gold = [t for t in tokens(reference) if t not in _ARTICLES]
    if not pred or not gold:
        return float(pred == gold)
    common = sum((Counter(pred) & Counter(gold)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(gold)
    return 2 * precision * recall / (precision + recall)


# --- retrieval ----------------------------------------------------------------------------------------------------
def dedupe(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def hit_at_k(retrieved: Sequence[str], gold: Iterable[str], k: int) -> float | None:
    gold = set(gold)
    if not gold:
        return None
    return float(any(doc in gold for doc in dedupe(retrieved)[:k]))


def recall_at_k(retrieved: Sequence[str], gold: Iterable[str], k: int) -> float | None:
    gold = set(gold)
    if not gold:
        return None
    return len(gold & set(dedupe(retrieved)[:k])) / len(gold)


def reciprocal_rank(retrieved: Sequence[str], gold: Iterable[str], k: int | None = None) -> float | None:
    gold = set(gold)
    if not gold:
        return None
    ranked = dedupe(retrieved)
    for rank, doc in enumerate(ranked[:k] if k else ranked, start=1):
        if doc in gold:
            return 1 / rank
    return 0.0


# --- citations ----------------------------------------------------------------------------------------------------
def cited_numbers(text: str) -> list[int]:
    numbers = []
    for match in _CITATION_MARK.finditer(text):
        numbers.extend(int(n) for n in re.split(r"\s*[,;]\s*", match.group(1)))
    return numbers


@dataclass
class CitationCheck:
    valid: bool | None  # None: the answer has neither citation marks nor citations
    problems: list[str] = field(default_factory=list)


def check_citations(text: str, citations: Sequence[dict], doc_text: Callable[[str], str | None]) -> CitationCheck:
    """Every [n] in the text resolves to a citation, and every citation's snippet is exactly its document's text
    at [start, end). `doc_text(doc_id)` returns the document text or None when the document is unknown."""
    marks = cited_numbers(text)
    if not marks and not citations:
        return CitationCheck(None)
    problems = []
    known = {c["n"] for c in citations}
    for n in dict.fromkeys(marks):
        if n not in known:
            problems.append(f"[{n}] in the text has no citation")
    for c in citations:
        source = doc_text(c["doc_id"])
        if source is None:
            problems.append(f"[{c['n']}] cites unknown document {c['doc_id']}")
        elif not (0 <= c["start"] <= c["end"] <= len(source)) or source[c["start"] : c["end"]] != c["snippet"]:
            problems.append(f"[{c['n']}] snippet differs from {c['doc_id']}[{c['start']}:{c['end']}]")
        elif not c["snippet"].strip():
            problems.append(f"[{c['n']}] snippet is empty")
    return CitationCheck(not problems, problems)


# A sentence ends at . ! ? unless citation marks follow ("... Ukraina. [1]" keeps its mark), or after the marks.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?!\[\d)|(?<=[.!?]\s\[\d\])\s+|(?<=[.!?]\[\d\])\s+|\n+")


def cited_claims(text: str) -> list[tuple[str, list[int]]]:
    """Split an answer into (claim, citation numbers): each run of text ending in citation marks is one claim;
    unmarked text after the last mark of a sentence joins that sentence's last claim."""
    claims: list[tuple[str, list[int]]] = []
    for sentence in _SENTENCE_END.split(text):
        position, pieces = 0, []
        for match in _CITATION_MARK.finditer(sentence):
            numbers = [int(n) for n in re.split(r"\s*[,;]\s*", match.group(1))]
            piece = sentence[position : match.start()]
            if pieces and not content_tokens(piece):
                pieces[-1][1].extend(numbers)  # "[1][2]" or "[1], [2]": more sources for the same claim
            else:
                pieces.append((piece, numbers))
            position = match.end()
        if pieces:
            tail = sentence[position:]
            if content_tokens(tail):
                pieces[-1] = (pieces[-1][0] + " " + tail, pieces[-1][1])
            claims.extend((claim.strip(" ;:,-"), numbers) for claim, numbers in pieces)
    return [(claim, numbers) for claim, numbers in claims if content_tokens(claim)]


# A small bilingual lexicon for the support check, so an English claim citing an Indonesian snippet is credited for
# the concepts they share. Kept here, apart from the assistant's own glossary, so the metric does not grade the
# system by the system's vocabulary.
_CONCEPTS = {
    "troops": "troops troop soldiers soldier forces tentara pasukan prajurit personel",
    "north_korea": "north korea|north korean|north koreans|korea utara|korut|dprk",
    "south_korea": "south korea|south korean|korea selatan|korsel",
    "nis": "nis|national intelligence service|badan intelijen nasional",
    "intelligence": "intelligence intelijen spy mata mata",
    "russia": "russia russian russians rusia",
    "ukraine": "ukraine ukrainian ukraina",
    "sent": "sent send sending deployed deploy deployment deploying mengirim mengirimkan dikirim pengiriman "
    "mengerahkan pengerahan dikerahkan penempatan ditempatkan",
    "ships": "ships ship kapal",
    "sea": "sea laut",
    "navy": "navy|angkatan laut",
    "spokesperson": "spokesperson spokesman spokeswoman|juru bicara",
    "ministry": "ministry kementerian",
    "foreign": "foreign|luar negeri",
    "ambassador": "ambassador|duta besar",
    "evidence": "evidence bukti",
    "briefing": "briefing brief briefed pengarahan",
    "president": "president presiden",
    "treaty": "treaty pact agreement perjanjian pakta",
    "weapons": "weapons weapon arms senjata",
    "withdraw": "withdraw withdrawal menarik penarikan",
    "training": "training train trained pelatihan",
    "satellite": "satellite satelit",
    "images": "images image gambar",
    "summoned": "summoned summon memanggil",
    "denied": "denied deny dismissed membantah menampik",
    "rumor": "rumor rumors rumour rumours",
    "war": "war perang",
    "fight": "fight fighting berperang bertempur",
    "additional": "additional more tambahan",
    "special": "special khusus",
    "united_states": "united states|amerika serikat",
    "white_house": "white house|gedung putih",
    "defence": "defence defense pertahanan",
    "minister": "minister secretary menteri",
    "summit": "summit ktt",
    "first": "first pertama",
    "october": "october oktober",
    "june": "june juni",
    "august": "august agustus",
    "monday": "monday senin",
    "wednesday": "wednesday rabu",
    "thursday": "thursday kamis",
    "friday": "friday jumat",
    "threat": "threat ancaman",
    "security": "security keamanan",
    "escalation": "escalation eskalasi",
}
_PHRASES = {
    phrase: concept
    for concept, variants in _CONCEPTS.items()
    for phrase in (variants.split("|") if "|" in variants else variants.split())
}
_PHRASE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True)) + r")\b")
_PREAMBLE = re.compile(r"^\s*[-*]?\s*(?:\w+\s+){0,2}\w+\s*:\s")  # "Sources differ: ", "Dari sumber: "


def concept_tokens(text: str) -> set[str]:
    """Content tokens with English and Indonesian words for the same concept merged."""
    merged = _PHRASE.sub(lambda m: _PHRASES[m.group(1)], normalize(strip_citation_marks(text)))
    return {t for t in merged.split() if t not in STOPWORDS and (len(t) > 1 or t.isdigit())}


def support_ratio(claim: str, snippets: Sequence[str]) -> float:
    """Share of the claim's content tokens (concepts merged across languages) found in the cited snippets."""
    wanted = concept_tokens(_PREAMBLE.sub("", claim))
    if not wanted:
        return 1.0
    found: set[str] = set()
    for snippet in snippets:
        found |= concept_tokens(snippet)
    return len(wanted & found) / len(wanted)


@dataclass
class SupportCheck:
    supported: int
    claims: int
    ratios: list[float]
    unsupported: list[str]

    @property
    def rate(self) -> float | None:
        return self.supported / self.claims if self.claims else None


def check_support(text: str, citations: Sequence[dict], threshold: float = SUPPORT_THRESHOLD) -> SupportCheck:
    by_n = {c["n"]: c["snippet"] for c in citations}
    ratios, unsupported = [], []
    for claim, numbers in cited_claims(text):
        ratio = support_ratio(claim, [by_n[n] for n in numbers if n in by_n])
        ratios.append(round(ratio, 3))
        if ratio < threshold:
            unsupported.append(claim)
    return SupportCheck(len(ratios) - len(unsupported), len(ratios), ratios, unsupported)


def cited_gold_precision(citations: Sequence[dict], gold: Iterable[str]) -> float | None:
    """Share of distinct cited documents that are gold; a citation whose passage also appears in a gold document
    (`also_in`, the same wire story in another outlet) counts as gold."""
    gold = set(gold)
    if not gold or not citations:
        return None
    cited: dict[str, bool] = {}
    for c in citations:
        is_gold = c["doc_id"] in gold or bool(gold & set(c.get("also_in") or ()))
        cited[c["doc_id"]] = cited.get(c["doc_id"], False) or is_gold
    return sum(cited.values()) / len(cited)


# --- refusals and latency -----------------------------------------------------------------------------------------
def refusal_scores(answerable: Sequence[bool], grounded: Sequence[bool]) -> tuple[float | None, float | None]:
    """Precision and recall of `grounded=False` as a detector of unanswerable questions."""
    refused = [not g for g in grounded]
    unanswerable = [not a for a in answerable]
    true_pos = sum(r and u for r, u in zip(refused, unanswerable))
    precision = true_pos / sum(refused) if any(refused) else None
    recall = true_pos / sum(unanswerable) if any(unanswerable) else None
    return precision, recall


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile, q in [0, 100]."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# --- one question, many questions ---------------------------------------------------------------------------------
def score_row(
    item: dict,
    answer: dict | None,
    retrieved: Sequence[str],
    k: int,
    doc_text: Callable[[str], str | None],
    seconds: float | None = None,
) -> dict:
    """Per-question scores. `item` is a dataset row (dict), `answer` is Answer.to_dict() or None after an error."""
    gold = item.get("gold_doc_ids") or []
    scores: dict = {
        "hit": hit_at_k(retrieved, gold, k),
        "recall": recall_at_k(retrieved, gold, k),
        "rr": reciprocal_rank(retrieved, gold, k),
        "latency": seconds,
    }
    if answer is None:
        return {
            **scores,
            "correct": False,
            "grounded": None,
            "key_facts": False if item["answerable"] else None,
            "key_facts_anywhere": False if item["answerable"] else None,
            "groups_matched": [],
            "token_f1": None,
            "citation_valid": None,
            "citation_problems": [],
            "support": None,
            "claims": 0,
            "unsupported_claims": [],
            "cited_gold_precision": None,
        }
    text, citations, grounded = answer["answer"], answer["citations"], bool(answer["grounded"])
    groups = item.get("answers") or []
    body = answer_body(text)
    matched = match_groups(body, groups)
    key_facts = (grounded and all(matched)) if item["answerable"] and groups else None
    anywhere = (grounded and all(match_groups(text, groups))) if item["answerable"] and groups else None
    correct = key_facts if item["answerable"] else not grounded
    if item["answerable"] and not groups:
        correct = None
    validity = check_citations(text, citations, doc_text)
    support = check_support(text, citations)
    return {
        **scores,
        "correct": correct,
        "grounded": grounded,
        "key_facts": key_facts,
        "groups_matched": matched,
        "key_facts_anywhere": anywhere,
        "token_f1": token_f1(body, item.get("reference")) if item["answerable"] else None,
        "citation_valid": validity.valid,
        "citation_problems": validity.problems,
        "support": support.rate,
        "claims": support.claims,
        "support_ratios": support.ratios,
        "unsupported_claims": support.unsupported,
        "cited_gold_precision": cited_gold_precision(citations, gold) if item["answerable"] else None,
    }


def _mean(values: Iterable[float | bool | None]) -> tuple[float | None, int]:
    present = [float(v) for v in values if v is not None]
    return (sum(present) / len(present) if present else None), len(present)


def summarize(rows: Sequence[dict]) -> dict:
    """Aggregate per-question results (each with `answerable`, `scores`, optional `judged`) into metrics.
    Each metric comes with `n_<metric>`: how many questions it was computed over."""
    scores = [r["scores"] for r in rows]
    metrics: dict = {
        "questions": len(rows),
        "answerable": sum(bool(r["answerable"]) for r in rows),
        "errors": sum(1 for r in rows if r.get("error")),
    }
    columns = {
        "accuracy": "correct",
        "key_fact_accuracy": "key_facts",
        "key_fact_accuracy_anywhere": "key_facts_anywhere",
        "token_f1": "token_f1",
        "hit_at_k": "hit",
        "recall_at_k": "recall",
        "mrr": "rr",
        "citation_validity": "citation_valid",
        "citation_support": "support",
        "cited_gold_precision": "cited_gold_precision",
    }
    for name, key in columns.items():
        metrics[name], metrics[f"n_{name}"] = _mean(s.get(key) for s in scores)
    answered = [r for r in rows if r["scores"].get("grounded") is not None]
    precision, recall = refusal_scores(
        [bool(r["answerable"]) for r in answered], [bool(r["scores"]["grounded"]) for r in answered]
    )
    metrics["refusal_precision"], metrics["refusal_recall"] = precision, recall
    metrics["n_refusal_recall"] = sum(not r["answerable"] for r in answered)
    metrics["n_refusal_precision"] = sum(not r["scores"]["grounded"] for r in answered)
    latencies = [s["latency"] for s in scores if s.get("latency") is not None]
    metrics["latency_p50"], metrics["latency_p95"] = percentile(latencies, 50), percentile(latencies, 95)
    metrics["n_latency_p50"] = metrics["n_latency_p95"] = len(latencies)
    judged = [r.get("judged") or {} for r in rows]
    for name in ("faithfulness", "correctness"):
        values = [j.get(name) for j in judged if j.get(name) is not None]
        if values:
            metrics[f"judged_{name}"], metrics[f"n_judged_{name}"] = _mean(values)
    return metrics


def summarize_by(rows: Sequence[dict], key: str) -> dict[str, dict]:
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return {name: summarize(members) for name, members in sorted(groups.items())}
