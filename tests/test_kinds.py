"""A kind asked ("medali perunggu") takes the figure the sentence gives that kind, also when the
noun is left out ("38 medali emas, 63 perak, dan 90 perunggu"), and never another kind's."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import kind_fits, question_frame
from retrieval.text import TextPipeline

from .answered import answer_labels as labels

TALLY = "Posisi Indonesia berada di peringkat kelima SEA Games 2017 dengan 38 medali emas, 63 perak, dan 90 perunggu."


def _kept(question: str, sentence: str) -> list[str]:
    frame = question_frame(question, TextPipeline())
    return [q.text for q in find_quantities(sentence) if kind_fits(frame, q.__dict__, sentence)]


def test_the_asked_kind_not_another_listed_beside_it():
    assert question_frame("berapa medali perunggu Indonesia?", TextPipeline()).kind == "perunggu"
    got = _kept("berapa medali perunggu Indonesia di SEA Games 2017?", TALLY)
    assert "90 perunggu" in got and "38 medali" not in got, got
    assert "38 medali" in _kept("berapa medali emas Indonesia di SEA Games 2017?", TALLY)
    # a sentence giving no figure of the asked kind is not judged: its kind may be said elsewhere
    assert _kept("berapa medali perunggu Indonesia?", "Indonesia meraih 15 medali hari ini.") == ["15 medali"]
    # a tally's own kind word right after the noun is another kind; a word the question says is not
    emas = "Indonesia gagal masuk empat besar dengan perolehan 55 medali emas."
    assert "55 medali" not in _kept("berapa medali perunggu Indonesia?", emas)
    assert "55 medali" in _kept("berapa medali emas Indonesia?", emas)
    assert _kept("berapa medali perunggu Indonesia?", "Indonesia meraih 15 medali lagi.") == ["15 medali"]
    # a figure counted by a word that is no kind of the noun ("data penumpang") needs the noun before it
    assert _kept("berapa data penumpang Lion Air yang bocor?", "Lion Air mengangkut 33,45 juta penumpang.") == []


async def test_a_medal_tally_answers_the_asked_kind(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="sea-1", outlet="ANTARA", published="2017-08-30", title="Indonesia peringkat kelima SEA Games 2017",
        body=TALLY + " Malaysia menjadi juara umum.")])
    got = labels(await empty_engine.ask("Indonesia meraih berapa medali perunggu di SEA Games 2017?"))
    assert any(g.startswith("90") for g in got) and not any(g.startswith(("38", "63")) for g in got), got


def test_a_head_word_asked_counts_the_noun_after_it():
    # "target medali emas": medals are counted, "medali" is no kind of "target"
    got = _kept("berapa target medali emas Indonesia di Asian Games 2018?",
                "Menpora menyebut jumlah target 20 medali emas hanya perkiraan awal.")
    assert got == ["20 medali"], got


def test_a_tally_asked_of_a_country_is_not_another_countrys():
    from retrieval.frame import held_country_fits
    frame = question_frame("Indonesia meraih berapa medali perunggu di SEA Games 2017?", TextPipeline())
    other = "Malaysia masih memuncaki tabel klasemen SEA Games dengan raihan 24 medali emas, 19 medali perak, dan 15 medali perunggu."
    assert not any(held_country_fits(frame, q.__dict__, other) for q in find_quantities(other))
    assert all(held_country_fits(frame, q.__dict__, TALLY) for q in find_quantities(TALLY))
    host = question_frame("berapa medali emas yang diraih tuan rumah Malaysia di SEA Games 2017?", TextPipeline())
    assert all(held_country_fits(host, q.__dict__, other) for q in find_quantities(other))
