"""People counted by a classifier ("139.199 jiwa") answer a question whose noun is itself the class
asked ("berapa pengungsi": the displaced), whatever noun the sentence opens with (session 17)."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_labels as labels

ERUPTION = Article(
    id="agung-pengungsi", outlet="ANTARA", published="2017-10-15", title="Status Darurat Gunung Agung Diperpanjang",
    body="Masa tanggap darurat erupsi Gunung Agung diperpanjang hingga akhir bulan. "
         "Pengungsi di Gunung Agung saat ini tercatat sebanyak 139.199 jiwa di 389 titik pengungsian yang tersebar "
         "di sembilan kabupaten / kota di Bali . "
         "Pemerintah menyiapkan lahan seluas 1,2 hektare untuk penampungan ternak.")
SHELTER = Article(
    id="agung-posko", outlet="Tribunnews", published="2017-10-14", title="Posko Klungkung Tampung Pengungsi Gunung Agung",
    body="Posko di Klungkung menampung 1.500 pengungsi erupsi Gunung Agung. Relawan membagikan makanan setiap hari.")


async def test_the_displaced_counted_in_jiwa_answer_a_question_about_refugees(empty_engine):
    await empty_engine.ingest_articles([ERUPTION, SHELTER])
    got = labels(await empty_engine.ask("berapa pengungsi Gunung Agung?"))
    assert any(x.startswith("139.199") for x in got) and any(x.startswith("1.500") for x in got), got


async def test_a_count_of_people_answers_no_question_about_land(empty_engine):
    await empty_engine.ingest_articles([ERUPTION])
    got = labels(await empty_engine.ask("berapa hektare lahan untuk penampungan ternak dari erupsi Gunung Agung?"))
    assert got and all("139.199" not in x for x in got), got
