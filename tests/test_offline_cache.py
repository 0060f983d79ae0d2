"""What the offline answerer remembers between questions: sentence vectors per document (dropped after an ingest)
and what each sentence names; remembered answers are copies, and an answer is the same read cold or warm."""

from rag.offline.extract import names_in


def test_a_remembered_finder_hands_out_copies():
    sentence = "Menteri Luar Negeri Retno Marsudi bertemu Wang Yi di Jakarta."
    first = names_in(sentence)
    first.clear()
    assert [f.text for f in names_in(sentence)] == [f.text for f in names_in.__wrapped__(sentence)] != []


def test_sentence_vectors_are_read_once_per_document_until_an_ingest(tmp_path, monkeypatch):
    from rag import Assistant, Settings

    (tmp_path / "a.txt").write_text(
        "Banjir di Bekasi\n\nBanjir merendam 300 rumah di Bekasi pada Senin. Warga mengungsi ke masjid terdekat.\n",
        encoding="utf-8",
    )
    assistant = Assistant(Settings(home=tmp_path / "home", offline=True), auto_ingest=False)
    assistant.ingest([tmp_path / "a.txt"])
    reads = []
    store_read = assistant.store.sentence_vectors
    monkeypatch.setattr(assistant.store, "sentence_vectors", lambda ids: reads.append(ids) or store_read(ids))
    cold = assistant.ask("Berapa rumah yang terendam banjir di Bekasi?")
    warm = assistant.ask("Berapa rumah yang terendam banjir di Bekasi?")
    assert len(reads) == 1 and cold.text == warm.text and "300" in cold.text.split("\n")[0]
    (tmp_path / "b.txt").write_text("Gempa di Ambon\n\nGempa mengguncang Ambon pada Kamis pagi.\n", encoding="utf-8")
    assistant.ingest([tmp_path / "b.txt"])
    assistant.ask("Berapa rumah yang terendam banjir di Bekasi?")
    assert len(reads) == 2  # the ingest dropped what was remembered
