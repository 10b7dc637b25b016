"""A rule of one for each ("satu kepala keluarga (KK) satu suara", "berbasis satu suara satu KK")
counts nothing: it answers no "berapa" question, while "satu orang tewas dan satu lagi luka" still
counts (session 22)."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import one_each_fits

from .answered import FILLER, answer_labels as labels


def test_one_for_each_is_told_from_a_count():
    assert not one_each_fits({"text": "satu kepala", "value": 1},
                             "Ketua RT dipilih dengan mekanisme satu kepala keluarga (KK) satu suara.")
    assert not one_each_fits({"text": "satu KK", "value": 1}, "Ketua RT dipilih warga berbasis satu suara satu KK.")
    assert one_each_fits({"text": "satu orang", "value": 1}, "Satu orang tewas dan satu lagi luka-luka.")
    assert one_each_fits({"text": "satu orang", "value": 1}, "Satu tewas dan satu orang luka-luka.")


RT = [
    *FILLER,
    Article(id="rt", outlet="detik.com", published="2025-10-01", title="Pemilihan Ketua RT Makassar",
            body="Pemkot Makassar menyiapkan pemilihan ketua RT serentak. Data sementara mencatat 453.404 kepala "
                 "keluarga masuk daftar pemilih. Pemilih ketua RT di Makassar memilih dengan mekanisme satu kepala "
                 "keluarga (KK) satu suara, dan hak suara pemilihan ketua RT hanya berlaku dengan ketentuan satu KK "
                 "satu suara."),
]


async def test_one_for_each_is_no_answer(empty_engine):
    await empty_engine.ingest_articles(RT)
    got = labels(await empty_engine.ask("berapa kepala keluarga (KK) yang masuk daftar pemilih pemilihan ketua RT "
                                        "di Makassar?"))
    assert got == ["453.404"], got
