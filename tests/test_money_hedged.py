"""An amount said with how sure it is ("diperkirakan mencapai US$ 1,2 miliar atau sekitar Rp 17
triliun (kurs …)"), session 33: the hedge is no word of what the amount is of."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_values, other_stories

DEALS = other_stories("deal", "Kontan", "2019-09-16", [
    ("Akuisisi rumah sakit", "Grup rumah sakit di Asia Tenggara menarik minat investor."),
    ("Transaksi saham", "Nilai transaksi saham di bursa naik pekan ini."),
    ("Hong Leong ekspansi", "Hong Leong Group memperluas bisnis di kawasan Asia."),
    ("TPG berinvestasi", "TPG berinvestasi di perusahaan teknologi."),
]) + [
    Article(id="columbia", outlet="Tempo.co", published="2019-09-16", title="Hong Leong dan TPG akuisisi Columbia Asia",
            body="Hong Leong Group dan TPG mengakuisisi jaringan Columbia Asia Hospitals. Nilai transaksi tersebut "
                 "diperkirakan mencapai US$ 1,2 miliar atau sekitar Rp 17 triliun (kurs Rp 14.097 per dolar AS) dan "
                 "diharapkan rampung pada akhir 2019."),
]


async def test_a_hedged_amount_restated_in_rupiah_answers_its_own_question(empty_engine):
    await empty_engine.ingest_articles(DEALS)
    answer = await empty_engine.ask("berapa nilai transaksi akuisisi Columbia Asia oleh Hong Leong Group dan TPG?")
    values = answer_values(answer)
    assert 1.2e9 in values, values
    # the exchange rate is no value of the deal
    assert 14097 not in values, values
