"""A running total's start is not when it holds (session 21): "berapa siswa di Gaza yang tewas sejak
perang dimulai Oktober 2023" asks today's total, which a 2025 report gives; "… sejak gencatan
senjata berlaku pada 10 Oktober" in a report of 22 October is that day's total, not 10 October's.
A bound after the start ("sejak awal 2018 sampai September 2019") still dates the total."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import question_frame
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels


def test_the_start_of_a_total_dates_nothing_asked():
    pipeline = TextPipeline()
    frame = question_frame("berapa siswa di Gaza yang tewas sejak perang dimulai Oktober 2023?", pipeline)
    assert frame.years == () and frame.months == ()
    frame = question_frame("berapa fintech ilegal yang ditangani sejak awal 2018 sampai September 2019?", pipeline)
    assert frame.years == (2019,) and frame.months == (9,)
    frame = question_frame("berapa warga yang dibunuh sejak gencatan senjata 10 Oktober 2025 berlaku, "
                           "menurut laporan 22 Oktober 2025?", pipeline)
    assert frame.dates == ("2025-10-22",)


GAZA = [
    *FILLER,
    Article(id="sekolah", outlet="detikcom", published="2025-10-20", title="Siswa Gaza Kembali Bersekolah",
            body="Ratusan ribu siswa di Gaza kembali bersekolah. Kementerian Pendidikan Palestina menyatakan "
                 "17.711 siswa tewas dan 25.897 terluka sejak perang dimulai."),
    Article(id="gencatan", outlet="detikcom", published="2025-10-22", title="Israel Kembali Serang Gaza",
            body="Israel kembali menyerang Gaza. Sebagai informasi, Israel telah membunuh hampir 100 warga "
                 "Palestina sejak gencatan senjata berlaku pada 10 Oktober."),
]


async def test_a_total_since_a_start_answers_after_it(empty_engine):
    await empty_engine.ingest_articles(GAZA)
    got = labels(await empty_engine.ask("berapa siswa di Gaza yang tewas sejak perang dimulai Oktober 2023 "
                                        "menurut Kementerian Pendidikan Palestina?"))
    assert got == ["17.711"], got
    got = labels(await empty_engine.ask("berapa warga Palestina yang dibunuh Israel sejak gencatan senjata "
                                        "10 Oktober 2025 berlaku, menurut laporan 22 Oktober 2025?"))
    assert got == ["hampir 100"], got

