"""A part of the report's own day ("dini hari nanti", "pagi tadi", "malam ini") dates a sentence by
its article, not by an earlier sentence's date of another event (chart_words.tsv relative,
docs/frames.md "Session 34 rules")."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_values, other_stories

EXPORTS = other_stories("inka", "Kompas.com", "2019-09-11", [
    ("Industri kereta nasional", "Industri kereta nasional terus berkembang dan membuka pasar ekspor."),
    ("Pelabuhan Tanjung Perak sibuk", "Aktivitas bongkar muat di Pelabuhan Tanjung Perak meningkat."),
    ("Kereta untuk Filipina", "INKA juga menjajaki pasar kereta di Filipina."),
]) + [
    Article(id="inka-batch", outlet="Okezone", published="2019-09-11", title="Inka Kembali Kirim Kereta ke Bangladesh",
            body="Pengiriman batch pertama sebanyak 50 kereta dilakukan pada 24 Juli 2019. "
                 "Pengiriman batch kedua ini sebanyak 22 kereta akan diberangkatkan paling lambat dini hari nanti "
                 "dari Pelabuhan Tanjung Perak."),
]


async def test_a_part_of_the_reports_day_dates_the_sentence_by_its_article(empty_engine):
    await empty_engine.ingest_articles(EXPORTS)
    answer = await empty_engine.ask("Berapa kereta yang dikirim PT INKA ke Bangladesh pada pengiriman batch kedua, "
                                    "September 2019?")
    assert 22 in answer_values(answer), answer_values(answer)
