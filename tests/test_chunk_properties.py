"""Invariants of sentence splitting and chunking, for any text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from index.chunk import chunk_document, sentence_spans

words = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=0, max_size=30)
texts = st.lists(
    st.one_of(words, st.sampled_from([". ", "\n", "? ", "1.500 ", "(18/10). ", "“Kata dia.” "])), max_size=60
).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_sentence_spans_are_ordered_disjoint_trimmed_slices(text):
    spans = sentence_spans(text)
    last_end = 0
    for start, end in spans:
        assert last_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        last_end = end
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(1, 6), st.integers(0, 3))
def test_chunks_slice_the_text_exactly_and_cover_every_sentence(text, sentences, overlap):
    overlap = min(overlap, sentences - 1)
    chunks = chunk_document("doc", text, "v1", sentences=sentences, overlap=overlap)
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    for start, end in sentence_spans(text):
        assert any(c.start <= start and end <= c.end for c in chunks)


def test_an_abbreviated_month_or_weekday_before_a_date_ends_no_sentence():
    from index.chunk import sentence_spans

    text = (
        "The NIS said on Oct. 18 that troops left. Kirby spoke on Wed. Oct. 23 in Washington. It was cold in Oct. Then."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The NIS said on Oct. 18 that troops left.",
        "Kirby spoke on Wed. Oct. 23 in Washington.",
        "It was cold in Oct.",
        "Then.",
    ]
