"""What is new is what was added: "berapa provinsi baru hasil pemekaran yang diminta" takes
"menambah lima provinsi", which a question asking a tally does not (session 22)."""
from __future__ import annotations

from retrieval.periods import stretch_fits

ASKED = ("Para tokoh meminta Presiden Jokowi menyetujui pemekaran dengan menambah lima provinsi pada wilayah adat di "
         "Papua.")


def test_new_ones_asked_take_an_increment():
    five = {"text": "lima provinsi", "value": 5}
    assert stretch_fits("berapa provinsi baru hasil pemekaran yang diminta tokoh Papua?", five, ASKED)
    assert not stretch_fits("berapa provinsi yang ada di Indonesia?", five, ASKED)
