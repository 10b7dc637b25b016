"""Scorelines (retrieval/scores.py, docs/frames.md "Session 31 rules"), asked end to end: the asked
side's tally of a match, never another match's, a lead's, a player's or a standing's, and a
scoreline that answers nothing but a match's tally."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article

from .answered import answer_values, other_stories


# other stories about points scored and finals: the words a question shares with every sports page
# (on a handful of pages, "poin" and "dicetak" would outweigh the match's own words)
SPORTS = other_stories("filler", "Bola.com", "2019-09-01", [
    ("Persija menang di Liga 1", "Persija mencetak dua gol dan meraih tiga poin di Liga 1 2019."),
    ("Pebulu tangkis Indonesia ke final", "Pebulu tangkis Indonesia meraih poin demi poin menuju final."),
    ("Klasemen MotoGP", "Marquez mengoleksi 275 poin dan Dovizioso 172 poin di klasemen MotoGP."),
    ("Liga Inggris pekan kelima", "Liverpool mengumpulkan 15 poin dari lima laga; Pukki mencetak lima gol."),
    ("Final Piala Presiden", "Final Piala Presiden digelar di Bandung; Persebaya mencetak gol lewat penalti."),
])

FINAL = SPORTS + [
    Article(id="fiba-final-a", outlet="Tempo.co", published="2019-09-15",
            title="Spanyol juara Piala Dunia Basket FIBA 2019",
            body="Spanyol menjuarai Piala Dunia Basket FIBA 2019 usai menundukkan Argentina 95-75 dalam partai final "
                 "di Beijing, Minggu. Spanyol unggul jauh 7-0 pada dua menit awal. "
                 "Dalam perjalanan menjadi juara, Spanyol sukses mengalahkan Tunisia 101-62, Serbia (81-69) dan "
                 "Australia (95-88). Final itu disaksikan 17.000 penonton."),
    Article(id="fiba-final-b", outlet="Kompas.com", published="2019-09-15",
            title="Argentina kalah di final Piala Dunia Basket",
            body="Pada laga final Piala Dunia Basket FIBA 2019, Spanyol sukses mengalahkan Argentina dengan skor 95-75. "
                 "Ricky Rubio menjadi bintang dengan 20 poin dan tujuh rebound. "
                 "Spanyol mencatat 45 rebound di laga final itu."),
    Article(id="fiba-qf", outlet="Antaranews", published="2019-09-10",
            title="Argentina singkirkan Serbia",
            body="Argentina menundukkan Polandia 91-65 untuk menjadi juara Grup I. "
                 "Argentina menghentikan Serbia 97-87 dalam laga perempat final Piala Dunia Basket FIBA 2019."),
]


async def test_a_scoreline_gives_the_asked_sides_tally_of_the_asked_match(empty_engine):
    await empty_engine.ingest_articles(FINAL)
    won = await empty_engine.ask("Berapa poin yang dicetak Spanyol saat mengalahkan Argentina di final Piala Dunia "
                                 "Basket FIBA 2019?")
    assert 95 in answer_values(won), answer_values(won)
    # the loser's tally, a lead and other matches' scores are not the winner's points in the final
    for other in (75, 7, 101, 81, 91):
        assert other not in answer_values(won), answer_values(won)
    lost = await empty_engine.ask("Berapa poin yang dikumpulkan Argentina saat kalah dari Spanyol di final Piala "
                                  "Dunia Basket FIBA 2019?")
    assert 75 in answer_values(lost), answer_values(lost)
    assert 95 not in answer_values(lost), answer_values(lost)
    # one entry listing both outlets, the scoreline as written beside the asked side's tally
    entry = next(c for c in lost.claims if c.figure and c.figure["value"] == 75)
    assert {s.outlet for s in entry.sources} == {"Tempo.co", "Kompas.com"}, entry.sources
    assert "95-75" in entry.to_dict()["figure"]["text"]


async def test_the_side_named_first_holds_the_first_tally(empty_engine):
    await empty_engine.ingest_articles(FINAL)
    answer = await empty_engine.ask("Berapa poin yang dicetak Argentina melawan Serbia di perempat final Piala "
                                    "Dunia Basket FIBA 2019?")
    assert 97 in answer_values(answer), answer_values(answer)
    # the loser's tally, Argentina's score against Poland (its subject, another side), Spain's against Serbia
    assert not {87, 91, 81} & set(answer_values(answer)), answer_values(answer)


LIGA = SPORTS + [Article(id="liga-a", outlet="Bola.com", published="2019-09-20", title="Persib tertahan di kandang Tira Persikabo",
                body="Persib Bandung bermain imbang 1-1 di kandang Tira Persikabo.")]


async def test_a_players_tally_or_a_standing_takes_no_scoreline(empty_engine):
    await empty_engine.ingest_articles(FINAL)
    player = await empty_engine.ask("Berapa poin yang dicetak Ricky Rubio saat Spanyol mengalahkan Argentina di "
                                    "final Piala Dunia Basket FIBA 2019?")
    assert 20 in answer_values(player), answer_values(player)
    assert 95 not in answer_values(player) and 75 not in answer_values(player), answer_values(player)
    await empty_engine.ingest_articles(LIGA)
    # the points in the standings after a draw, which the draw's scoreline does not give
    standing = await empty_engine.ask("Berapa poin Persib Bandung setelah bermain imbang di kandang Tira Persikabo?")
    assert 1 not in answer_values(standing), answer_values(standing)


U16 = SPORTS + [
    Article(id="u16-a", outlet="Okezone", published="2019-09-18", title="Timnas U-16 Indonesia pesta gol",
            body="Timnas Indonesia U-16 sempat unggul 2-0 atas Kepulauan Mariana Utara pada menit ke-20. "
                 "Dominasi Timnas Indonesia U-16 berbuah keunggulan 6-1 atas Kepulauan Mariana Utara pada babak "
                 "pertama. Timnas Indonesia U-16 menjadi juara setelah menang 15-1 atas Kepulauan Mariana Utara. "
                 "Pada laga sebelumnya, Timnas Indonesia U-16 menang 4-0."),
    Article(id="u16-b", outlet="Detik.com", published="2019-09-20", title="Timnas U-16 Indonesia menang lagi di Grup G",
            body="Timnas Indonesia U-16 meraih kemenangan dengan skor 15-1 di Grup G dan memuncaki klasemen. "
                 "Timnas Indonesia U-16 melumat Brunei Darussalam 8-0 di Grup G."),
]


async def test_a_lead_answers_only_the_part_of_the_match_asked(empty_engine):
    await empty_engine.ingest_articles(U16)
    half = await empty_engine.ask("Timnas U-16 Indonesia unggul berapa gol di babak pertama melawan Kepulauan "
                                  "Mariana Utara?")
    assert 6 in answer_values(half), answer_values(half)
    assert 2 not in answer_values(half) and 15 not in answer_values(half), answer_values(half)
    final = await empty_engine.ask("Berapa gol yang dicetak Timnas U-16 Indonesia ke gawang Kepulauan Mariana Utara?")
    assert 15 in answer_values(final), answer_values(final)
    assert 6 not in answer_values(final) and 2 not in answer_values(final), answer_values(final)
    assert 4 not in answer_values(final), answer_values(final)


async def test_the_asked_opponent_is_named_with_the_scoreline(empty_engine):
    await empty_engine.ingest_articles(U16)
    answer = await empty_engine.ask("Berapa skor kemenangan Timnas U-16 Indonesia atas Brunei Darussalam di Grup G?")
    assert 8 in answer_values(answer), answer_values(answer)
    # a win whose opponent neither the sentence nor its title names is another match's
    assert 15 not in answer_values(answer), answer_values(answer)


async def test_a_scoreline_counts_nothing_else(empty_engine):
    await empty_engine.ingest_articles(FINAL)
    # the match asked by its sides and outcome: only the kind of figure asked sets the scoreline aside
    answer = await empty_engine.ask("Berapa rebound yang dicatat Spanyol saat mengalahkan Argentina di final Piala "
                                    "Dunia Basket FIBA 2019?")
    assert 45 in answer_values(answer), answer_values(answer)
    assert not {95, 75} & set(answer_values(answer)), answer_values(answer)
    answer = await empty_engine.ask("Berapa penonton yang menyaksikan final Piala Dunia Basket FIBA 2019?")
    assert 17000 in answer_values(answer), answer_values(answer)
    assert not {95, 75, 7} & set(answer_values(answer)), answer_values(answer)


def test_a_scoreline_is_one_figure_with_both_sides():
    def scorelines(sentence: str) -> list[tuple[float, float | None, float | None]]:
        return [(q.value, q.against, q.high) for q in find_quantities(sentence)]
    assert scorelines("Spanyol menundukkan Argentina 95-75.") == [(95, 75, None)]
    # a score word before the opposing side's name: "Ditekuk Selandia Baru 1-3" is no range 1–3
    assert scorelines("Davis Cup: Ditekuk Selandia Baru 1-3, Indonesia Jalani Playoff") == [(1, 3, None)]
    assert scorelines("Pasokan naik 10-15 persen.") == [(10, None, 15)]


async def test_a_list_of_results_gives_the_asked_matchs_item(empty_engine):
    await empty_engine.ingest_articles(SPORTS + [
        Article(id="ucl-a", outlet="Tempo.co", published="2019-09-19", title="Hasil Liga Champions Grup D",
                body="Hasil Liga Champions Grup D, Bayern Muenchen vs Red Star Belgrade 3-0, "
                     "Lokomotiv Moscow vs Bayer Leverkusen 2-1."),
    ])
    answer = await empty_engine.ask("Berapa gol yang dicetak Lokomotiv Moscow ke gawang Bayer Leverkusen di Liga "
                                    "Champions?")
    assert 2 in answer_values(answer), answer_values(answer)
    assert 3 not in answer_values(answer), answer_values(answer)


U16_MORE = SPORTS + [
    Article(id="u16-c", outlet="Kompas.com", published="2019-09-19", title="Marselino cetak gol lagi untuk Timnas U-16 Indonesia",
            body="Ia mencetak satu gol saat Timnas Indonesia U-16 menang 4-0 atas Filipina di Grup G, kemudian melesakkan "
                 "lima bola ketika Garuda Asia membungkam Kepulauan Mariana Utara 15-1 semalam. "
                 "Pada Kualifikasi Piala Asia U-16 2018, Timnas Indonesia U-16 menang 18-0 atas Kepulauan Mariana Utara."),
]


async def test_another_items_opponent_or_another_years_match_is_not_the_asked_match(empty_engine):
    await empty_engine.ingest_articles(U16_MORE)
    philippines = await empty_engine.ask("Berapa gol yang dicetak Timnas U-16 Indonesia ke gawang Filipina di Grup G?")
    assert 4 in answer_values(philippines), answer_values(philippines)
    # the sentence names Filipina, but with the other item: 15-1 is the win over Mariana Utara
    assert 15 not in answer_values(philippines), answer_values(philippines)
    this_year = await empty_engine.ask("Berapa gol yang dicetak Timnas U-16 Indonesia ke gawang Kepulauan Mariana "
                                       "Utara di Kualifikasi Piala Asia U-16 2020?")
    # the same sides met in 2018's qualifiers
    assert 18 not in answer_values(this_year), answer_values(this_year)
