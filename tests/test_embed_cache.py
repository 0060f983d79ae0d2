"""Passage vectors kept by text: the shipped eval vectors are real e5 vectors, and a miss is embedded."""

import numpy as np

from index.embed import E5Embedder
from index.embed_cache import CachedEmbedder


def test_cached_vectors_match_real_e5_and_misses_are_embedded(tmp_path):
    e5 = E5Embedder()
    texts = ["Banjir melanda Kota Medan pada Senin pagi.", "Polisi menangkap dua pemasok sabu di Anambas."]
    first = CachedEmbedder(e5)
    real = first.embed_passages(texts)
    path = tmp_path / "vectors.npz"
    assert first.save(path) == 2
    second = CachedEmbedder(e5, path)
    again = second.embed_passages([*texts, "Gempa terjadi di Palu."])
    assert second.hits == 2
    assert np.all(np.sum(again[:2] * real, axis=1) > 0.999)  # float16 on disk, renormalised
    assert np.allclose(np.linalg.norm(again, axis=1), 1.0, atol=1e-3)
    assert np.allclose(second.embed_query("banjir"), e5.embed_query("banjir"))


def test_shipped_eval_vectors_cover_the_default_corpus(tmp_path):
    from evals.suites import corpus_assistant, corpus_vectors
    from rag import Settings

    assert corpus_vectors("default").is_file(), "run `python -m evals.suites default clickid`"
    assistant = corpus_assistant("default", Settings(home=tmp_path, offline=True))
    embedder = assistant.embedder.inner  # the Assistant shares it between threads through a SerialEmbedder
    assert embedder.hits >= 0.95 * (embedder.hits + len(embedder._new))  # a changed cleaner would show here
