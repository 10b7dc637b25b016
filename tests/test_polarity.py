"""A figure whose words deny what the question asks is the other answer of a poll or a count:
"berapa persen puas" is not "19,3 persen tidak puas" nor "2,6 persen tidak menjawab"."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import polarity_fits, question_frame
from retrieval.text import TextPipeline

from .answered import answer_labels as labels

POLL = ("Sebanyak 78,1 persen responden menjawab puas, 19,3 persen mengatakan tidak puas dan "
        "2,6 persen memilih tidak tahu/tidak jawab.")
EXAM = "Dari 400 peserta ujian, 280 siswa lulus dan 120 siswa tidak lulus."


def _fits(question: str, sentence: str, figure: str) -> bool:
    return polarity_fits(question_frame(question, TextPipeline()), {"text": figure}, sentence)


def test_the_denied_answer_and_the_non_answers_are_not_the_asked_one():
    q = "berapa persen responden puas dengan kinerja pemerintah?"
    assert _fits(q, POLL, "78,1 persen")
    assert not _fits(q, POLL, "19,3 persen")
    assert not _fits(q, POLL, "2,6 persen")


def test_a_denial_asked_takes_only_the_denied_answer():
    q = "berapa persen responden yang tidak puas?"
    assert _fits(q, POLL, "19,3 persen")
    assert not _fits(q, POLL, "78,1 persen")
    q = "berapa siswa yang tidak lulus ujian?"
    assert _fits(q, EXAM, "120 siswa") and not _fits(q, EXAM, "280 siswa")


def test_softened_denials_and_the_clause_before_the_figure():
    q = "berapa persen warga puas?"
    assert not _fits(q, "Warga yang tidak terlalu puas sebanyak 12 persen.", "12 persen")
    assert _fits(q, "Warga yang puas sebanyak 70,4 persen.", "70,4 persen")
    # a figure whose words name nothing asked is not judged here
    assert _fits(q, "Survei digelar di 38 kabupaten.", "38 kabupaten")
    # the non-answers are what is asked
    assert _fits("berapa persen responden tidak menjawab?", POLL, "2,6 persen")


async def test_a_poll_answer_lists_only_the_asked_answer(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="poll-1", outlet="detikcom", published="2025-10-20", title="Survei kepuasan publik setahun pemerintahan",
        body="Hasil survei Poltracking tentang kinerja pemerintahan. " + POLL)])
    got = labels(await empty_engine.ask("berapa persen responden puas dengan kinerja pemerintahan?"))
    assert any(g.startswith("78,1") for g in got), got
    assert not any(g.startswith(("19,3", "2,6")) for g in got), got
