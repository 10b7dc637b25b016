"""A place's part of a list by place (session 33): "12 rumah sakit di Malaysia, tiga rumah sakit di
Indonesia, dan di Vietnam ada dua rumah sakit" answers a question asking Indonesia with its own
count, not its neighbours', and not the article's whole of the places ("17 rumah sakit")."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import place_list_fits, question_frame
from retrieval.text import TextPipeline

from .answered import answer_values, other_stories

BREAKDOWN = ("Rinciannya adalah 12 rumah sakit di Malaysia, tiga rumah sakit di Indonesia, dan terakhir di Vietnam "
             "ada dua rumah sakit dan satu klinik.")


def test_a_country_where_the_counted_are_is_each_counts_place():
    frame = question_frame("berapa rumah sakit Columbia Asia di Indonesia yang diakuisisi?", TextPipeline())
    fits = {q.value: place_list_fits(frame, dict(vars(q)), BREAKDOWN) for q in find_quantities(BREAKDOWN)
            if q.unit == "rumah"}
    assert fits == {12: False, 3: True, 2: False}, fits


HOSPITALS = other_stories("rs", "Kontan", "2019-09-16", [
    ("Rumah sakit swasta tumbuh", "Jumlah rumah sakit swasta di Indonesia terus bertambah."),
    ("Investor Malaysia", "Investor Malaysia membeli saham perusahaan kesehatan."),
    ("Klinik di Vietnam", "Sebuah klinik baru dibuka di Vietnam pekan ini."),
    ("TPG dan Hong Leong", "TPG dan Hong Leong Group aktif berinvestasi di Asia."),
]) + [
    Article(id="columbia", outlet="Tempo.co", published="2019-09-17", title="Hong Leong dan TPG beli Columbia Asia",
            body="Hong Leong Group dan TPG nantinya akan mendapatkan 17 rumah sakit Columbia Asia. " + BREAKDOWN),
]


async def test_the_asked_places_part_answers_and_the_whole_of_the_places_does_not(empty_engine):
    await empty_engine.ingest_articles(HOSPITALS)
    answer = await empty_engine.ask("berapa rumah sakit Columbia Asia di Indonesia yang diakuisisi Hong Leong Group dan TPG?")
    assert answer_values(answer) == [3.0], answer_values(answer)
