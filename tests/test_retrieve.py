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


class CountingStore:
    """A real store that counts the full listings made through it."""

    def __init__(self, store) -> None:
        self._store = store
        self.listings = {"documents": 0, "iter_chunks": 0}

    def __getattr__(self, name):
        if name in self.listings:
            self.listings[name] += 1
        return getattr(self._store, name)


def test_questions_list_no_documents_and_writes_refresh_the_retriever(tmp_path):
    from index.chroma_collections import CollectionSpec
    from index.store import open_store

    home = tmp_path / "home"
    spec = CollectionSpec("multilingual-e5-small", 4, 1)
    store = CountingStore(open_store("sumber", spec, path=home / "chroma"))
    assistant = Assistant(Settings(home=home, offline=True), store=store)
    titles = {d.doc_id: d.title for d in assistant.documents()}
    store.listings.update(documents=0, iter_chunks=0)
    for question in ("Who first reported the deployment?", "Siapa yang memanggil Duta Besar Rusia?") * 3:
        passages = assistant.retrieve(question)
        assert passages and all(p.title == titles[p.doc_id] for p in passages)
    assert store.listings == {"documents": 0, "iter_chunks": 1}  # the passages' records only, one BM25 build
    article = tmp_path / "gempa.txt"
    article.write_text("Gempa Guncang Sumbawa\n\nGempa bumi berkekuatan 5,1 melanda Sumbawa pada Selasa pagi.", "utf-8")
    assistant.ingest([article])
    (hit,) = [p for p in assistant.retrieve("gempa bumi Sumbawa") if p.doc_id == "gempa"]
    assert hit.title == "Gempa Guncang Sumbawa"
