"""A question naming its day: the day's report seldom repeats the date (session 17 rule).

"berapa penonton … laga Indonesia vs Malaysia di SUGBK, 5 September 2019?" is answered by "Laga
Indonesia vs Malaysia di SUGBK dihadiri 54.659 penonton." in an article of 6 September: the passage holds
none of the question's date words, so it falls under the coverage floor that counts them. When no
figure answers, the engine weighs the question without its time words and takes the passages of
articles published when that day, month or year was news (relevance.undated_weights,
relevance.near_asked_time); the same words in a report of another year stay out."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import question_frame, time_fits
from retrieval.relevance import near_asked_time, undated_weights
from retrieval.text import TextPipeline

from .answered import answer_labels as labels

MATCH_DAY = Article(
    id="laga-2019", outlet="Okezone", published="2019-09-07",
    title="Garuda Tumbang di Kandang Sendiri",
    body="Tim Garuda kalah 2-3 pada laga perdana kualifikasi. Pelatih meminta maaf kepada suporter. "
         "Laga Indonesia vs Malaysia dihadiri 54.659 penonton.")
OTHER_YEAR = Article(
    id="laga-2018", outlet="Tempo.co", published="2018-11-26",
    title="Garuda Menang Tipis",
    body="Tim Garuda menang tipis pada laga Piala AFF. Pelatih memuji semangat pemain. "
         "Laga Indonesia vs Malaysia dihadiri 70.000 penonton.")
OTHER_NEWS = [Article(id=f"lain-{i}", outlet="Kompas.com", published="2019-09-0" + str(i + 1), title=title, body=body)
              for i, (title, body) in enumerate([
                  ("Harga Cabai Naik", "Harga cabai di pasar induk naik menjadi Rp 60.000 per kilogram."),
                  ("Banjir di Bekasi", "Banjir merendam 300 rumah warga di Bekasi pada Senin."),
                  ("Kereta Cepat Diuji", "Kereta cepat diuji coba dengan kecepatan 350 kilometer per jam."),
                  ("Konser di SUGBK", "Konser di SUGBK ditonton puluhan ribu orang yang menyaksikan langsung."),
              ])]
QUESTION = "berapa penonton yang menyaksikan langsung laga Indonesia vs Malaysia di SUGBK, 5 September 2019?"


async def test_the_asked_days_report_answers_without_its_date(empty_engine):
    await empty_engine.ingest_articles([MATCH_DAY, OTHER_YEAR, *OTHER_NEWS])
    got = labels(await empty_engine.ask(QUESTION))
    assert len(got) == 1 and got[0].startswith("54.659"), got


async def test_a_report_of_another_year_stays_out(empty_engine):
    await empty_engine.ingest_articles([OTHER_YEAR, *OTHER_NEWS])
    assert labels(await empty_engine.ask(QUESTION)) == []


def test_time_words_weigh_nothing_and_the_rest_sum_to_one():
    pipe = TextPipeline()
    query = pipe.parse_query(QUESTION)
    weights = {t: 1 / len(set(query.terms)) for t in query.terms}
    undated = undated_weights(QUESTION, query.terms, weights)
    assert undated is not None
    assert undated["september"] == undated["2019"] == undated["5"] == 0.0
    assert abs(sum(undated.values()) - 1.0) < 1e-9 and undated["malaysia"] > 0
    # a question naming no time, or nothing but a time, has no such weights
    plain = pipe.parse_query("berapa penonton laga Indonesia vs Malaysia?")
    assert undated_weights(plain.text, plain.terms, {t: 0.2 for t in plain.terms}) is None


def test_when_an_article_came_out_near_the_asked_time():
    pipe = TextPipeline()
    day = question_frame(QUESTION, pipe)
    assert near_asked_time(day, "2019-09-05") and near_asked_time(day, "2019-09-19")
    assert not near_asked_time(day, "2019-10-01") and not near_asked_time(day, "2018-09-05")
    assert not near_asked_time(day, None)
    month = question_frame("berapa inflasi pada Agustus 2019?", pipe)
    assert near_asked_time(month, "2019-08-20") and near_asked_time(month, "2019-09-02")
    assert near_asked_time(month, "2019-09-28")
    assert not near_asked_time(month, "2019-10-02") and not near_asked_time(month, "2018-08-20")
    year = question_frame("berapa jamaah haji pada musim haji 2019?", pipe)
    assert near_asked_time(year, "2019-07-01") and not near_asked_time(year, "2018-07-01")


INFLATION = Article(
    id="inflasi-solo", outlet="Tempo.co", published="2019-09-10", title="Inflasi Surakarta Melandai",
    body="Berdasarkan data, jika bulan Juli inflasi mencapai angka 0,38 persen, saat bulan Agustus, "
         "inflasi turun menjadi 0,12 persen.")


async def test_a_month_opening_the_figures_clause_is_its_own(empty_engine):
    """"jika bulan Juli inflasi mencapai 0,38 persen, saat bulan Agustus … 0,12 persen": asked
    August, July's figure is another month's, though the sentence names August too."""
    await empty_engine.ingest_articles([INFLATION])
    got = labels(await empty_engine.ask("berapa inflasi Surakarta pada Agustus 2019?"))
    assert got and all("0,38" not in x for x in got) and any("0,12" in x for x in got), got
    july = question_frame("berapa inflasi Surakarta pada Juli 2019?", TextPipeline())
    sentence = INFLATION.body
    assert time_fits(july, sentence, INFLATION.title, INFLATION.published, None, "0,38 persen")
    assert not time_fits(july, sentence, INFLATION.title, INFLATION.published, None, "0,12 persen")


RESERVES = [
    Article(id="devisa", outlet="SINDOnews", published="2019-09-19", title="Rupiah Stabil, Investor Masih Tertarik",
            body="Hal ini seiring rupiah dalam kondisi yang relatif stabil, cadangan devisa masih di USD126,4 miliar."),
    Article(id="liga", outlet="Tempo.co", published="2019-09-15", title="Pemain Persija Pindah Klub",
            body="Terakhir kali dia membela Persija di Liga 1 Indonesia 2019 saat ditahan imbang PSM Makassar 0-0, "
                 "Rabu, 28 Agustus 2019."),
]


async def test_the_reserves_asked_are_an_amount_of_money_not_a_score(empty_engine):
    """"cadangan devisa … akhir Agustus 2019" asks an amount of money: a football score of that
    August ("Liga 1 Indonesia 2019 … 0-0") is no answer, the reserves written without the month are."""
    await empty_engine.ingest_articles(RESERVES)
    got = labels(await empty_engine.ask("berapa cadangan devisa Indonesia akhir Agustus 2019?"))
    assert got and all("126,4" in x for x in got), got


SECURITY = Article(
    id="pengamanan", outlet="Kompas.com", published="2019-09-04",
    title="11.000 Personel Siap Kawal Pertandingan Indonesia Vs Malaysia",
    body="Polisi menyiapkan pengamanan laga Indonesia vs Malaysia di SUGBK. "
         "Kami sudah mempersiapkan 11.000 personel gabungan dari TNI dan Polri, kata Kapolda.")


async def test_what_was_readied_for_the_day_is_reported_before_it(empty_engine):
    """"personel yang disiapkan … laga …, 5 September 2019": the forces readied are told the day
    before; a count of the day itself is never reported before it."""
    await empty_engine.ingest_articles([SECURITY])
    got = labels(await empty_engine.ask(
        "berapa personel gabungan yang disiapkan polisi untuk pengamanan laga Indonesia vs Malaysia, 5 September 2019?"))
    assert any(x.startswith("11.000") for x in got), got
    day = question_frame("berapa personel yang berjaga saat laga Indonesia vs Malaysia, 5 September 2019?", TextPipeline())
    assert not time_fits(day, "Polisi mengerahkan 11.000 personel.", SECURITY.title, SECURITY.published, None, "11.000 personel")
