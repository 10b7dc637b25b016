"""Figures whose sentence says they are of something else than what is asked: a line that is only
a label and a figure (the list's names lost by the scraper), and a figure after "Selain <the asked
thing>,"."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import besides_fits, fragment_fits, question_frame
from retrieval.text import TextPipeline

from .answered import answer_labels as labels


def _kept(question: str, sentence: str, rule) -> list[str]:
    frame = question_frame(question, TextPipeline())
    # (a place in an order, "peringkat kedua", answers only a question asking one: frame.ordinal_fits)
    return [q.text for q in find_quantities(sentence) if not q.ordinal and rule(frame, q.__dict__, sentence)]


def test_a_label_and_a_figure_alone_answer_nothing():
    frag = lambda frame, q, s: fragment_fits(q, s)  # noqa: E731
    q = "berapa skor Kementerian Luar Negeri dalam survei IndoStrategi?"
    assert _kept(q, "Skor: 3,32", frag) == []
    # the label says which day: a list by date keeps its figures
    assert _kept("berapa penumpang berangkat pada 23 Juni?", "23 Juni : 27.058 penumpang", frag) == ["27.058 penumpang"]
    # a sentence around the figure is no fragment
    assert _kept(q, "Kemenlu di peringkat kedua dengan skor 3,32.", frag) == ["3,32"]


def test_a_figure_after_besides_the_asked_thing_is_of_another():
    q = "berapa suku bunga acuan BI setelah diturunkan pada September 2019?"
    s = ("Selain memangkas suku bunga acuan, BI juga telah memangkas Deposit Facility dan Lending Facility "
         "masing-masing menjadi 4,5 persen dan 6 persen.")
    assert _kept(q, s, besides_fits) == []
    # besides something else, the figure may be the asked one
    s = "Selain memangkas GWM, BI juga menurunkan suku bunga acuan menjadi 5,25 persen."
    assert _kept(q, s, besides_fits) == ["5,25 persen"]
    # no comma closing "selain": not judged
    assert _kept(q, "BI menurunkan suku bunga acuan menjadi 5,25 persen selain GWM.", besides_fits) == ["5,25 persen"]


async def test_a_scraped_list_of_scores_gives_only_the_named_score(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="skor-1", outlet="detikcom", published="2025-10-20", title="10 Kementerian dengan kinerja terbaik versi IndoStrategi",
        body="Berdasarkan hasil survei IndoStrategi, Kementerian Pendidikan Dasar dan Menengah mendapat skor terbaik "
             "dengan 3,35 (dari 5). Berikut daftar kementerian dengan kinerja terbaik menurut survei IndoStrategi. "
             "Skor: 3,32. Skor: 3,26. Skor: 3,22.")])
    got = labels(await empty_engine.ask(
        "berapa skor Kementerian Pendidikan Dasar dan Menengah dalam survei kinerja kementerian IndoStrategi?"))
    assert any(g.startswith("3,35") for g in got), got
    assert not any(g.startswith(("3,32", "3,26", "3,22")) for g in got), got
