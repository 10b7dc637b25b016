"""A whole and its places' parts (session 18): amounts of money listed by place ("Rp234 triliun,
dengan Provinsi Jawa Barat … Rp4,1 triliun, … DKI Jakarta dengan Rp14,6 triliun") and a place's
rank ("urutan pertama ditempati Provinsi Jakarta dengan Rp 14,6 triliun") are the places' parts:
they answer a question naming the place, not one asking the whole; the unplaced amount of such a
list is the whole, not the place's."""
from __future__ import annotations

from retrieval.frame import place_list_fits, question_frame, ranked_place_fits
from retrieval.text import TextPipeline

LIST = ("Total dana yang belum terserap itu mencapai Rp234 triliun, dengan Provinsi Jawa Barat menempati "
        "urutan kelima sebesar Rp4,1 triliun, sementara posisi teratas ditempati DKI Jakarta dengan Rp14,6 triliun.")
WHOLE = "berapa total dana pemerintah daerah yang mengendap di bank?"
JAKARTA = "berapa dana Pemprov DKI Jakarta yang mengendap di bank?"


def test_amounts_listed_by_place_are_the_places_parts():
    pipe = TextPipeline()
    whole, jakarta = question_frame(WHOLE, pipe), question_frame(JAKARTA, pipe)
    assert [place_list_fits(whole, {"text": t}, LIST) for t in ("234 triliun", "4,1 triliun", "14,6 triliun")] \
        == [True, False, False]
    assert [place_list_fits(jakarta, {"text": t}, LIST) for t in ("234 triliun", "4,1 triliun", "14,6 triliun")] \
        == [False, False, True]


def test_a_places_rank_is_its_part():
    pipe = TextPipeline()
    ranked = "Sementara, urutan pertama ditempati Provinsi Jakarta dengan Rp 14,6 triliun."
    assert not ranked_place_fits(question_frame(WHOLE, pipe), {"text": "14,6 triliun"}, ranked)
    assert ranked_place_fits(question_frame(JAKARTA, pipe), {"text": "14,6 triliun"}, ranked)
    # no rank said: the place rules judge it
    assert ranked_place_fits(question_frame(WHOLE, pipe), {"text": "14,6 triliun"},
                             "Dana Provinsi Jakarta yang mengendap Rp 14,6 triliun.")
