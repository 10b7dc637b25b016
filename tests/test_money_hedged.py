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


def test_a_currency_code_written_onto_its_number_is_money():
    """"Nilai akuisisi mencapai USD3 juta": the code glued to the figure makes it an amount (a bare
    "3 juta" is no money: "3 juta penonton")."""
    from retrieval.claims import find_quantities
    from retrieval.frame import money_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa nilai akuisisi Carmudi Indonesia oleh iCar Asia?", TextPipeline())
    sentence = "Nilai akuisisi mencapai USD3 juta dan akan dibayar dari cadangan tunai perusahaan."
    amount = next(dict(vars(q)) for q in find_quantities(sentence) if q.value == 3e6)
    assert money_fits(frame, amount, sentence)
    crowd = "Nilai akuisisi itu menarik 3 juta pengunjung."
    count = next(dict(vars(q)) for q in find_quantities(crowd) if q.value == 3e6)
    assert not money_fits(frame, count, crowd)
