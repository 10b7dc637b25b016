"""A figure asked of several things together, and a payment's rate (session 16 rules).

"berapa orang tewas dalam dua serangan" asks the toll of both attacks: a sentence naming no two
attacks tells one of them. "anggaran untuk lima kawasan" asks the five areas' budget, not one
bridge's. And an amount per month ("Rp 300 ribu per bulan") is a payment's rate, not the price of
one unit of a good. Each test asks what a journalist would and checks the figures the answer lists."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.grades import whole_count_fits

from .answered import answer_labels as labels

ATTACKS = [
    Article(id="bom-a", outlet="Kompas.com", published="2018-04-22", title="Dua Ledakan Guncang Kota Jalalabad",
            body="Dua ledakan bom di Jalalabad pada Minggu menewaskan sedikitnya 31 orang. "
                 "Menurut pejabat setempat, ledakan pertama di dekat pasar menewaskan 19 orang."),
    Article(id="bom-b", outlet="Tempo.co", published="2018-04-22", title="Bom Meledak di Dekat Pasar Jalalabad",
            body="Ledakan di dekat pasar Jalalabad menewaskan 12 orang dan melukai 40 lainnya."),
]
BUDGET = Article(
    id="anggaran-bendungan", outlet="Bisnis.com", published="2021-08-20", title="Anggaran Tiga Bendungan Baru",
    body="Kementerian PUPR menyiapkan anggaran Rp 4,2 triliun untuk tiga bendungan baru di Nusa Tenggara Timur pada 2022. "
         "Pada 2022, Kementerian PUPR juga menyiapkan anggaran Rp 1,4 triliun untuk bendungan Manikin di NTT.")
OTHER_NEWS = Article(
    id="jalan-tol", outlet="Bisnis.com", published="2021-08-21", title="Jalan Tol Baru Dibuka",
    body="Jalan tol sepanjang 40 kilometer dibuka untuk umum pada pekan ini. Pengelola memberlakukan tarif Rp 30.000.")


async def test_the_toll_of_two_attacks_is_said_of_both(empty_engine):
    await empty_engine.ingest_articles(ATTACKS)
    got = labels(await empty_engine.ask("berapa orang tewas dalam dua ledakan bom di Jalalabad?"))
    assert got == ["sedikitnya 31"] or got == ["sedikitnya 31 orang"], got
    one = labels(await empty_engine.ask("berapa orang tewas dalam ledakan di dekat pasar Jalalabad?"))
    assert "sedikitnya 31 orang" not in one and any(x.startswith(("19", "12")) for x in one), one


async def test_the_budget_of_three_dams_is_not_one_dams(empty_engine):
    await empty_engine.ingest_articles([BUDGET, OTHER_NEWS])
    got = labels(await empty_engine.ask("berapa anggaran Kementerian PUPR untuk tiga bendungan baru di NTT?"))
    assert got and all("1,4" not in x for x in got) and any("4,2" in x for x in got), got


def test_a_number_in_the_question_counts_a_whole_only_of_things():
    # sizes, dates, money and times are not wholes: every sentence fits
    for question in ("berapa tahun penjara untuk kurir 20 kilogram sabu?",
                     "berapa korban gempa 6,6 SR di Poso pada 22 Mei?",
                     "berapa sekolah dibangun dengan Rp 13 triliun?",
                     "berapa penumpang pada hari kedua?", "berapa pelanggar dalam dua pekan operasi?"):
        assert whole_count_fits(question, "Sebanyak 120 orang tercatat.")
    assert whole_count_fits("berapa vonis untuk sepuluh terdakwa?", "10 Terdakwa Divonis 4 Bulan")
    assert whole_count_fits("berapa anggaran untuk lima destinasi?", "Rp 7,2 triliun untuk kelima destinasi")
    assert not whole_count_fits("berapa anggaran untuk lima destinasi?", "Jembatan itu dibangun dengan Rp 297 miliar")
    # a span of time or a digit inside a figure names no such whole
    assert not whole_count_fits("berapa anggaran untuk empat kementerian?", "Dalam empat tahun kementeriannya mengembalikan Rp 9,4 triliun.")
    assert not whole_count_fits("berapa sabu dari tujuh kasus?", "Barang bukti sebanyak 77.250,67 gram sabu dimusnahkan.")


async def test_an_amount_per_month_is_a_payments_rate(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="bansos-1", outlet="detikcom", published="2024-01-10", title="Bantuan Pangan Diperpanjang",
        body="Pemerintah memperpanjang bantuan pangan. Setiap keluarga menerima bantuan dengan nilai Rp 200 ribu per bulan. "
             "Harga beras medium di pasar Rp 13.000 per kilogram.")])
    got = labels(await empty_engine.ask("berapa nilai bantuan pangan per bulan?"))
    assert any(x.startswith("Rp 200") or x.startswith("200") for x in got) and not any("13.000" in x for x in got), got


CHECKS = Article(
    id="razia-1", outlet="Kompas.com", published="2022-03-08", title="Razia Masker Hari Pertama",
    body="Satpol PP mencatat 1.250 pelanggar pada hari pertama razia masker di Jawa Barat. "
         "Sebanyak 410 pelanggar di Kota Bandung dan 320 pelanggar di Kota Bekasi. "
         "Lalu Kabupaten Bogor sebanyak 150 pelanggar, Kota Depok 90 pelanggar.")


async def test_a_list_by_region_gives_parts_not_the_whole(empty_engine):
    await empty_engine.ingest_articles([CHECKS, OTHER_NEWS])
    whole = labels(await empty_engine.ask("berapa pelanggar pada hari pertama razia masker?"))
    assert any(x.startswith("1.250") for x in whole), whole
    assert not any(x.startswith(("410", "320", "150", "90")) for x in whole), whole
    bekasi = labels(await empty_engine.ask("berapa pelanggar razia masker di Bekasi pada hari pertama?"))
    assert any(x.startswith("320") for x in bekasi) and not any(x.startswith(("410", "150")) for x in bekasi), bekasi
    depok = labels(await empty_engine.ask("berapa pelanggar razia masker di Depok pada hari pertama?"))
    assert any(x.startswith("90") for x in depok) and not any(x.startswith(("410", "320", "150")) for x in depok), depok


def test_a_figure_is_found_where_it_stands_alone():
    from retrieval.text import figure_at
    s = "Sebanyak 164 dari 166 titik sudah beroperasi, dan 6 titik di Papua."
    assert s[figure_at(s, "6 titik"):].startswith("6 titik di Papua")
    s = "Nilainya 1,5 juta, naik dari 5 juta."
    assert s[figure_at(s, "5 juta"):].startswith("5 juta.")
    assert figure_at("tanpa angka", "5 juta") == -1 and figure_at("x 166 titik", "6 titik") == 4   # no lone one: the first


async def test_a_short_figure_inside_a_longer_one_is_judged_where_it_stands(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="posko-1", outlet="detikcom", published="2025-10-20", title="Posko Kesehatan Dibuka",
        body="Per 10 Oktober 2025, sebanyak 164 dari 166 titik posko kesehatan sudah beroperasi dengan rincian "
             "35 titik di Sumatra, 70 titik di Jawa, 13 titik di Kalimantan, dan 6 titik di Papua."), OTHER_NEWS])
    got = labels(await empty_engine.ask("berapa titik posko kesehatan yang ada di Pulau Jawa?"))
    assert [x for x in got if x[:1].isdigit()] == ["70"], got   # not "6 titik" read inside "166 titik"
    running = labels(await empty_engine.ask("per 10 Oktober 2025, berapa titik posko kesehatan yang sudah beroperasi?"))
    assert any(x.startswith("164") for x in running), running   # "164 dari 166 titik posko … sudah beroperasi"
    total = labels(await empty_engine.ask("ada berapa titik posko kesehatan di seluruh Indonesia?"))
    assert not any(x.startswith("164") for x in total), total   # how far it got is no total


async def test_a_count_per_day_written_as_one_word_is_a_rate(empty_engine):
    await empty_engine.ingest_articles([OTHER_NEWS, Article(
        id="razia-2", outlet="Tempo.co", published="2022-03-12", title="Razia Masker, Satpol PP Catat 1.500 Pelanggaran Perhari",
        body="Satpol PP mencatat pelanggaran razia masker terus bertambah. Pada hari ketiga razia masker tercatat 1.620 pelanggaran.")])
    got = labels(await empty_engine.ask("berapa pelanggaran razia masker pada hari ketiga?"))
    assert any("1.620" in x for x in got) and not any("1.500" in x for x in got), got
