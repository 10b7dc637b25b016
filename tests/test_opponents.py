"""A match asked by its opponent is not a match against another (session 22): "… ketika Tommy
Sugiarto dikalahkan Kento Momota" takes no "menaklukkan perlawanan ulet Wong"; a country after the
word of playing ("perlawanan pasangan Jepang") may be the asked pair's and is left alone."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.grades import opponent_fits

from .answered import FILLER, answer_labels as labels

ASKED = "berapa menit pertandingan babak kedua China Open 2019 ketika Tommy Sugiarto dikalahkan Kento Momota?"


def test_another_opponent_is_another_match():
    assert not opponent_fits(ASKED, "Tommy butuh waktu 32 menit untuk menaklukkan perlawanan ulet Wong.")
    assert opponent_fits(ASKED, "Tommy kalah dari Momota dalam pertandingan selama 45 menit.")
    assert opponent_fits("berapa menit Marcus/Kevin mengalahkan Takuro Hoki/Yugo Kobayashi?",
                         "Minions mengatasi perlawanan pasangan Jepang itu hanya dalam waktu 34 menit.")


async def test_another_opponents_match_is_no_answer(empty_engine):
    await empty_engine.ingest_articles([
        *FILLER,
        Article(id="r1", outlet="sindonews.com", published="2019-09-18",
                title="Tommy Sugiarto Lolos ke Babak Kedua China Open 2019",
                body="Tommy Sugiarto lolos ke babak kedua China Open 2019 usai menang atas Wong Wing Ki Vincent. "
                     "Tommy butuh waktu 32 menit untuk menaklukkan perlawanan ulet Wong."),
    ])
    got = labels(await empty_engine.ask(ASKED))
    assert not any(label.startswith("32") for label in got), got


def test_another_round_is_another_count():
    """Session 22: "… yang tampil di babak kedua China Open 2019" takes no count the sentence gives
    of the quarter-finals only; a sentence naming the asked round too is left alone."""
    from retrieval.grades import round_fits
    asked = "berapa wakil Indonesia yang tampil di babak kedua China Open 2019 pada Kamis 19 September 2019?"
    assert not round_fits(asked, {"text": "Enam wakil"}, "Enam wakil Indonesia akan berjuang pada babak perempat final, hari ini.")
    assert round_fits(asked, {"text": "10 wakil"}, "Sebanyak 10 wakil Indonesia lolos ke babak kedua usai menang di babak pertama.")
    assert round_fits(asked, {"text": "10 wakil"}, "Sebanyak 10 wakil Indonesia tampil hari ini.")


def test_a_clubs_city_is_no_place_asked():
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    p = TextPipeline()
    # "Persela Lamongan", "Arema Malang": a club's name; "di Lamongan", "Stadion Kanjuruhan, Malang": where
    assert question_frame("berapa poin Persib setelah ditahan imbang 1-1 oleh Persela Lamongan?", p).places == ()
    assert question_frame("berapa poin Arema Malang di Liga 1 2017?", p).places == ()
    assert question_frame("berapa korban banjir di Lamongan?", p).places == ("lamongan",)
