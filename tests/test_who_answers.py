"""Who-answers: which capitalised words are a person's name, and which person a role question asks for."""

from __future__ import annotations

import pytest

from rag.offline.extract import people_in
from rag.offline.intent import classify
from rag.offline.typed import typed_answers


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # an acronym of a body ends the office; the chair's name follows it whole
        ("Hal itu disampaikan Ketua DPD Andi Surya Pratama saat kunjungan kerja.", ["Andi Surya Pratama"]),
        # a company's legal form heads its name: no person in "PT Sinar Jaya Abadi"
        ("Menurut Direktur PT Sinar Jaya Abadi, penjualan naik.", []),
        # an office in dictionary words ("Kesejahteraan Rakyat") names no one; the name after it does
        (
            "Menurut Wakil Ketua Koordinator Kesejahteraan Rakyat (Korkesra) Budi Santoso, dana itu cukup.",
            ["Budi Santoso"],
        ),
        # a date is never a person
        ("Ia dirawat di Rumah Sakit Harapan, Bandung sejak 1 September 2019.", []),
    ],
)
def test_which_capitalised_words_are_a_persons_name(sentence, people):
    assert [p.text for p in people_in(sentence)] == people


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Siapa pesinetron yang meminta Presiden membesuk temannya?", "pesinetron"),
        ("Which comedian said the house was haunted?", "comedian"),
        ("Which designer made the bamboo lamp?", "designer"),
    ],
)
def test_an_occupation_is_a_role_the_question_asks_a_person_for(question, role):
    intent = classify(question)
    assert (intent.kind, intent.role, intent.wants) == ("who", role, "person")


def test_a_role_question_takes_the_person_after_that_role_not_one_named_by_another_role():
    intent = classify("Siapa pesinetron yang meminta Presiden Joko Widodo membesuk temannya?")
    sentence = "Sebelumnya, pesinetron Rudi Hartono meminta Presiden Joko Widodo untuk membesuk Ria."
    assert [f.text for f in typed_answers("who", intent, sentence, None)] == ["Rudi Hartono"]
    english = classify("Which actor asked President Joko Widodo to visit Ria?")
    assert [f.text for f in typed_answers("who", english, sentence, None)] == ["Rudi Hartono"]


def test_a_deputy_is_not_the_role_asked_unless_the_question_asks_for_the_deputy():
    sentence = "Wakil Ketua DPD Hadi Susanto dan Ketua Forum Pemuda Rahmat Hidayat hadir di Makassar."
    chair = classify("Siapa Ketua Forum Pemuda yang hadir di Makassar?")
    assert [f.text for f in typed_answers("who", chair, sentence, None)] == ["Rahmat Hidayat"]
    deputy = classify("Siapa Wakil Ketua DPD yang hadir di Makassar?")
    assert "Hadi Susanto" in [f.text for f in typed_answers("who", deputy, sentence, None)]
