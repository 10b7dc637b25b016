"""Session 30 rules, each a class of error found on the topic sets (docs/frames.md "Session 30
rules"), asked end to end: a player's tally in a sentence opening with another player, an estimate
asked ("taksiran kerugian"), and numbers that label or date rather than count."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article

from .answered import answer_values


BASKET = [
    Article(id="fiba-a", outlet="Tempo.co", published="2019-09-11", title="Argentina singkirkan Serbia di Piala Dunia Basket",
            body="Argentina menyingkirkan Serbia di perempat final Piala Dunia Basket FIBA 2019. "
                 "Garino menyelesaikan pertandingan dengan mencetak 15 poin untuk membantu kemenangan Argentina, "
                 "yang dipimpin sang patron Luis Scola lewat 20 poin dan lima rebound. "
                 "Argentina selanjutnya menghadapi Prancis."),
]


async def test_a_tally_before_the_asked_player_is_named_is_the_sentences_subjects(empty_engine):
    await empty_engine.ingest_articles(BASKET)
    answer = await empty_engine.ask("Berapa poin yang dicetak Luis Scola saat Argentina mengalahkan Serbia di perempat "
                                    "final Piala Dunia Basket FIBA 2019?")
    assert 20 in answer_values(answer), answer_values(answer)
    assert 15 not in answer_values(answer), answer_values(answer)


async def test_an_estimate_asked_asks_the_noun_it_estimates(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="nikel-a", outlet="Kompas.com", published="2019-09-03", title="Pengusaha tambang merugi jika ekspor nikel dilarang",
                body="Asosiasi Penambang Nikel Indonesia (APNI) menyebut pengusaha tambang nasional sedang membangun "
                     "16 smelter nikel. Menurut APNI, taksiran kerugian pengusaha tambang nasional yang sedang membangun "
                     "smelter mencapai Rp 50 triliun jika ekspor bijih nikel dilarang mulai 2020."),
    ])
    answer = await empty_engine.ask("Menurut APNI, berapa taksiran kerugian pengusaha tambang nasional yang sedang "
                                    "membangun smelter jika ekspor bijih nikel dilarang mulai 2020?")
    assert 50e12 in answer_values(answer), answer_values(answer)
    assert 16 not in answer_values(answer), answer_values(answer)
    # a figure of the noun asked, not the closest sentences' figures shown for want of one
    assert answer.message is None, answer.message


def test_a_shirt_number_or_a_day_of_the_month_counts_nothing():
    def figures(sentence: str) -> list[str]:
        return [q.text for q in find_quantities(sentence)]
    assert figures("Pemain bernomor punggung 10 itu mencetak lima gol.") == ["lima gol"]
    assert figures("Pasangan nomor urut 2 meraih 55 persen suara.") == ["55 persen"]
    assert figures("Setelah diperiksa tanggal 9, 29 Juli dan 2 Agustus 2019, 109 kontainer dinyatakan "
                   "terkontaminasi.") == ["109 kontainer"]
    assert figures("Rapat digelar tanggal 17 dan dihadiri 300 orang.") == ["300 orang"]


async def test_those_sent_elsewhere_serve_there_not_in_the_place_asked(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="isis-a", outlet="Rimanews", published="2016-12-12", title="AS kirim 200 tentara tambahan ke Suriah",
                body="Rimanews - Amerika Serikat mengirim 200 tentara tambahan ke Suriah untuk membantu pasukan Kurdi "
                     "melawan ISIS. Menteri Pertahanan Ashton Carter menyampaikan hal itu di Bahrain."),
        Article(id="isis-b", outlet="CNN Indonesia", published="2016-12-13", title="Tentara AS di Irak",
                body="Sebanyak 5.262 tentara Amerika Serikat bertugas di Irak untuk melatih pasukan Irak dan Kurdi."),
    ])
    answer = await empty_engine.ask("Berapa tentara Amerika Serikat yang bertugas di Irak untuk melatih pasukan Irak "
                                    "dan Kurdi melawan ISIS pada Desember 2016?")
    assert 5262 in answer_values(answer), answer_values(answer)
    assert 200 not in answer_values(answer), answer_values(answer)
    answer = await empty_engine.ask("Berapa tentara tambahan yang dikirim Amerika Serikat ke Suriah?")
    assert 200 in answer_values(answer), answer_values(answer)


async def test_a_total_asked_takes_no_figure_of_an_averaged_list(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="rubio-a", outlet="Tempo.co", published="2019-09-16", title="Ricky Rubio MVP Piala Dunia Basket FIBA 2019",
                body="Ricky Rubio menyabet gelar MVP berbekalkan rataan 16,4 poin, 6 assist 4,6 rebound dan 1,5 steal "
                     "per laga sepanjang Piala Dunia Basket FIBA 2019. Rubio kini menjadi raja assist sepanjang masa."),
        Article(id="fiba-b", outlet="Kompas.com", published="2019-09-16", title="Spanyol juara dunia",
                body="Spanyol juara Piala Dunia Basket FIBA 2019 setelah menundukkan Argentina."),
    ])
    answer = await empty_engine.ask("Berapa total assist Ricky Rubio sepanjang Piala Dunia Basket FIBA 2019, yang "
                                    "menjadikannya raja assist sepanjang masa?")
    assert 6 not in answer_values(answer), answer_values(answer)


def test_an_average_asked_is_left_to_the_average_rules():
    from retrieval.frame import averaged_list_fits, question_frame
    from retrieval.text import TextPipeline
    sentence = "Rubio menyabet gelar MVP berbekalkan rataan 16,4 poin, 6 assist 4,6 rebound dan 1,5 steal per laga."
    asked_total = question_frame("Berapa total assist Ricky Rubio sepanjang Piala Dunia Basket FIBA 2019?", TextPipeline())
    asked_average = question_frame("Berapa total rata-rata assist Ricky Rubio per laga?", TextPipeline())
    assert not averaged_list_fits(asked_total, {"text": "6 assist"}, sentence)
    assert averaged_list_fits(asked_average, {"text": "6 assist"}, sentence)
