"""Rounds, sets and laps named by their place ("ronde ketiga", "ronde 3", "set kedua"), session 33:
a place in an order, asked as one ("ronde ke berapa"), whatever befell someone there."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article

from .answered import answer_values, other_stories


def _places(sentence: str) -> list[tuple[float, str, bool]]:
    return [(q.value, q.unit, q.ordinal) for q in find_quantities(sentence)]


def test_a_round_by_its_word_or_bare_number_is_a_place_not_a_count():
    assert _places("Fury mengalami luka robek di akhir ronde ketiga.") == [(3.0, "ronde", True)]
    assert _places("Darahnya mengucur sejak ronde 3 hingga ronde 12.") == [(3.0, "ronde", True), (12.0, "ronde", True)]
    assert (2.0, "set", True) in _places("Ia menang di set kedua 21-15.")
    # a stage of a tournament is no round's place, and a share no lap's
    assert _places("Persib lolos ke babak 16 besar dengan 12 poin.") == [(16.0, "besar", False), (12.0, "poin", False)]
    assert not any(o for _, _, o in _places("Pada lap 5 persen ban sudah aus."))


BOXING = other_stories("tinju", "Tempo.co", "2019-09-14", [
    ("Jadwal tinju akhir pekan", "Tinju kelas berat akan digelar di Las Vegas akhir pekan ini."),
    ("Petinju muda Indonesia", "Seorang petinju muda Indonesia bersiap bertanding di Singapura."),
    ("Promotor tinju", "Promotor tinju menjual ribuan tiket untuk duel kelas berat."),
    ("Sabuk juara", "Sabuk juara kelas bulu diperebutkan pekan depan."),
]) + [
    Article(id="fury", outlet="SINDOnews", published="2019-09-15", title="Fury menang angka atas Wallin",
            body="Tyson Fury menang angka mutlak atas Otto Wallin di Las Vegas. Fury mengalami luka robek di alis "
                 "mata kanannya setelah dihantam pukulan Wallin di ronde ketiga. Laga berlangsung 12 ronde."),
]


async def test_a_round_asked_takes_the_round_where_it_befell(empty_engine):
    await empty_engine.ingest_articles(BOXING)
    answer = await empty_engine.ask("pada ronde ke berapa Tyson Fury mengalami luka robek di alis mata melawan Otto Wallin?")
    assert answer_values(answer) == [3.0], answer_values(answer)
    # the length of the bout is a count of rounds, no place among them
    length = await empty_engine.ask("berapa ronde duel Tyson Fury melawan Otto Wallin?")
    assert 3.0 not in answer_values(length), answer_values(length)
