"""Hybrid retrieval: rank fusion, near-duplicate collapse across outlets, BM25 term cache."""

from index import default_corpus_files
from rag import Assistant, Settings
from rag.retrieve import collapse_near_duplicates, fuse_rankings
from rag.types import Passage


def test_reciprocal_rank_fusion_rewards_agreement():
    fused = fuse_rankings([["a", "b", "c"], ["c", "a", "d"]], k=60)
    assert max(fused, key=fused.get) == "a"
    assert fused["c"] > fused["b"] > fused["d"] > 0


def test_near_duplicates_collapse_into_the_best_ranked_copy():
    text = "Badan Intelijen Nasional Korea Selatan menuduh Korea Utara telah mengirim 1.500 tentara ke Rusia."
    passages = [
        Passage("a#0", "a", text, 0, len(text)),
        Passage("x#0", "x", "Sesuatu yang sama sekali berbeda tentang harga beras di pasar.", 0, 60),
        Passage("b#0", "b", "SEOUL - " + text, 8, 8 + len(text)),
        Passage("c#0", "c", text, 0, len(text)),
    ]
    kept = collapse_near_duplicates(passages)
    assert [p.doc_id for p in kept] == ["a", "x"]
    assert kept[0].also_in == ("b", "c")


def test_the_same_wire_copy_in_two_outlets_is_one_passage_naming_both(tmp_path):
    original = default_corpus_files()[3]
    copy = tmp_path / "wire-copy.txt"
    copy.write_text(original.read_text(encoding="utf-8").replace("KOMPAS.TV", "KORANLAIN.COM"), encoding="utf-8")
    assistant = Assistant(Settings(home=tmp_path / "home", offline=True))
    assistant.ingest([copy])
    passages = assistant.retrieve("Siapa yang memanggil Duta Besar Rusia?", k=5)
    doc_ids = [p.doc_id for p in passages]
    assert not ({original.stem, "wire-copy"} <= set(doc_ids)), doc_ids
    carried = [p for p in passages if p.also_in]
    assert carried and {carried[0].doc_id, *carried[0].also_in} == {original.stem, "wire-copy"}
    answer = assistant.ask("Siapa yang memanggil Duta Besar Rusia?")
    assert any(c.also_in for c in answer.citations)


def test_bm25_terms_are_cached_on_disk(shared_home):
    cache = shared_home / "cache" / "bm25-sumber.pkl"
    Assistant(Settings(home=shared_home, offline=True)).retrieve("Zelensky")
    assert cache.exists() and cache.stat().st_size > 1000
