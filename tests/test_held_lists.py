"""Seats and votes of a party named by its leader, and counts listed by holder."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.frame import held_list_fits, holder_fits, question_frame
from retrieval.text import TextPipeline

BLUE = "berapa kursi Knesset yang diraih Partai Biru dan Putih pimpinan Benny Gantz dalam pemilu Israel?"
LIKUD = "berapa kursi yang diperoleh Partai Likud pimpinan Benjamin Netanyahu dalam pemilu Israel?"


def _kept(question: str, sentence: str, rule) -> list[str]:
    frame = question_frame(question, TextPipeline())
    return [q.text for q in find_quantities(sentence) if rule(frame, q.__dict__, sentence)]


def test_a_leader_named_after_pimpinan_holds_nothing():
    assert question_frame(BLUE, TextPipeline()).holders == ()
    won = "Aliansi Biru dan Putih memenangkan 33 kursi Knesset dalam pemilu dadakan pada Selasa."
    assert _kept(BLUE, won, holder_fits) == ["33 kursi"]
    # a person asked still holds the count asked of him
    assert question_frame("berapa suara yang diperoleh Firli Bahuri?", TextPipeline()).holders == ("firli", "bahuri")


def test_a_count_in_a_list_by_holder_is_the_holders_named_before_it():
    listed = ("10 partai pemenang pemilu Israel adalah Blue and White sebanyak 33 kursi, Likud 32 kursi, "
              "Joint List 12 kursi, Shas 9 kursi.")
    assert [t for t in _kept(LIKUD, listed, held_list_fits) if "kursi" in t] == ["32 kursi"]
    pair = "Partai Likud Netanyahu diperkirakan memenangkan 31 kursi, sementara saingan utamanya Biru dan Putih 32 kursi."
    assert _kept(LIKUD, pair, held_list_fits) == ["31 kursi"]
    # no holder named before a figure (the sentence's first word is no name): not judged
    short = "Kedua belah pihak akan kekurangan 61 kursi di Parlemen yang memiliki 120 kursi."
    assert "61 kursi" in _kept("berapa kursi yang dibutuhkan untuk mayoritas di Knesset?", short, held_list_fits)


def test_a_party_of_another_name_holds_its_own_seats():
    from retrieval.claims import find_quantities
    from retrieval.frame import held_party_fits, question_frame
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()

    def kept(question: str, sentence: str) -> list[str]:
        frame = question_frame(question, pipeline)
        return [q.text for q in find_quantities(sentence) if held_party_fits(frame, q.__dict__, sentence)]

    # "Partai Liberal Demokrat" (the United Kingdom's) is not Partai Demokrat
    uk = "Partai Liberal Demokrat yang memiliki 18 kursi di parlemen menolak Brexit."
    assert kept("berapa kursi DPR RI yang diperoleh Partai Demokrat dalam Pemilu 2019?", uk) == []
    # a party the list lacks, by its capitalised name; its name with a leader's after it is still it
    likud = "Menurut Komite Pemilihan Pusat Partai Likud Netanyahu diperkirakan hanya akan memenangkan 31 kursi."
    assert kept("berapa kursi yang diperoleh Partai Likud dalam pemilu Israel?", likud) == ["31 kursi"]
    other = "Avigdor Lieberman, Ketua Partai Yisrael Beiteinu yang diproyeksi mendapat 9 kursi, menjadi tokoh kunci."
    assert kept("berapa kursi yang diperoleh Partai Likud dalam pemilu Israel?", other) == []
    # both parties named before "sama-sama" hold the figure
    both = "Partai Likud yang mengusung Netanyahu dan Partai Kahol Lavan sama-sama memenangkan 32 kursi Knesset."
    assert kept("berapa kursi Knesset yang diraih Partai Biru dan Putih?", both) == ["32 kursi"]
    assert kept("berapa kursi yang diperoleh Partai Likud?", both) == ["32 kursi"]
