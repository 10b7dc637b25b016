"""The state before and after an event, and what remains (session 16 rules, found on gold17).

"berapa persen saham … yang akan dimiliki negara setelah akuisisi" asks the state to come ("akan
menjadi 60 persen"), not the stake held already ("yang sudah dimiliki negara sebesar 20 persen");
the other way round for the state before. What remains ("mengambil alih sisa saham sebesar 40
persen") answers only a question asking what remains."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.grades import remainder_fits
from retrieval.periods import state_fits

from .answered import answer_labels as labels

STAKE = [
    Article(id="akuisisi-a", outlet="Kontan", published="2020-02-10", title="Negara Kuasai Mayoritas Saham Tambang Nikel",
            body="Setelah akuisisi rampung, kepemilikan negara atas saham PT Nikel Timur akan menjadi 60 persen. "
                 "Saat ini, negara sudah memiliki saham PT Nikel Timur sebesar 20 persen."),
    Article(id="akuisisi-b", outlet="Bisnis.com", published="2020-02-11", title="Holding Tambang Ambil Alih Saham Nikel Timur",
            body="Holding tambang tengah bernegosiasi untuk mengambil alih sisa saham PT Nikel Timur sebesar 40 persen."),
]


async def test_the_state_after_an_event_is_not_the_state_before(empty_engine):
    await empty_engine.ingest_articles(STAKE)
    after = labels(await empty_engine.ask("berapa persen saham PT Nikel Timur yang akan dimiliki negara setelah akuisisi?"))
    assert any(x.startswith("60") for x in after) and not any(x.startswith(("20", "40")) for x in after), after
    before = labels(await empty_engine.ask("berapa persen saham PT Nikel Timur yang sudah dimiliki negara sebelum akuisisi?"))
    assert any(x.startswith("20") for x in before) and not any(x.startswith(("60", "40")) for x in before), before


def test_the_rules_read_the_figures_own_clause():
    q = {"text": "20 persen"}
    s = "Saat ini, negara sudah memiliki saham sebesar 20 persen."
    assert not state_fits("berapa saham yang akan dimiliki negara setelah akuisisi?", q, s)
    assert state_fits("berapa saham yang sudah dimiliki negara sebelum akuisisi?", q, s)
    assert state_fits("berapa saham negara?", q, s)   # no state asked
    rest = {"text": "40 persen"}
    s = "Holding tengah bernegosiasi untuk mengambil alih sisa saham PT Nikel Timur sebesar 40 persen."
    assert not remainder_fits("berapa persen saham PT Nikel Timur milik negara?", rest, s)
    assert remainder_fits("berapa sisa saham yang akan diambil alih?", rest, s)


LEVY = [Article(
    id="bea-1", outlet="rimanews.com", published="2017-01-14", title="Bea Keluar Konsentrat 2016",
    body="Dua perusahaan tambang pada 2016 telah membayar bea keluar konsentrat total sebanyak Rp 2,4 triliun. "
         "Rinciannya, bea keluar yang berasal dari dua perusahaan tambang itu adalah PT Batu Hijau Makmur sebesar "
         "Rp 1,1 triliun dan PT Sumber Tembaga Raya sebanyak Rp 1,3 triliun.")]


async def test_a_levy_is_an_amount_of_money_and_a_companys_part_is_its_own(empty_engine):
    await empty_engine.ingest_articles(LEVY + STAKE)
    got = labels(await empty_engine.ask("berapa bea keluar konsentrat yang dibayar PT Sumber Tembaga Raya pada 2016?"))
    assert [x for x in got if x[:1].isdigit() or x.startswith("Rp")] == ["Rp 1,3 triliun"], got


async def test_a_change_named_by_its_noun_is_no_level(empty_engine):
    await empty_engine.ingest_articles(LEVY + [Article(
        id="icp-1", outlet="Liputan6.com", published="2020-07-02", title="Harga Minyak Mentah Indonesia Juni Naik",
        body="Harga minyak mentah Indonesia (ICP) Juni 2020 ditetapkan sebesar USD 36,68 per barel, "
             "mengalami kenaikan sebesar USD 10,9 per barel dari bulan sebelumnya.")])
    got = labels(await empty_engine.ask("berapa harga minyak mentah Indonesia (ICP) bulan Juni 2020?"))
    assert any("36,68" in x for x in got) and not any("10,9" in x for x in got), got


PLAN = [Article(
    id="rusun-1", outlet="detikcom", published="2025-10-20", title="Program Rumah Susun Rakyat",
    body="Dalam setahun terakhir telah terbangun 120 rumah susun rakyat dari proyeksi 400 rumah susun yang akan "
         "terbangun di tahun 2029.")]


async def test_a_plan_asked_is_not_what_is_done_and_a_repeated_noun_keeps_its_kind(empty_engine):
    await empty_engine.ingest_articles(PLAN + LEVY)
    planned = labels(await empty_engine.ask("berapa rumah susun rakyat yang akan dibangun hingga 2029?"))
    assert any(x.startswith("400") for x in planned) and not any(x.startswith("120") for x in planned), planned
    done = labels(await empty_engine.ask("berapa rumah susun rakyat yang telah dibangun?"))
    assert any(x.startswith("120") for x in done), done


async def test_goods_named_after_untuk_are_no_use_of_the_money(empty_engine):
    await empty_engine.ingest_articles(LEVY + [Article(
        id="subsidi-1", outlet="Tempo.co", published="2021-09-18", title="Subsidi Energi Membengkak",
        body="Berdasarkan catatan Kementerian Keuangan, realisasi belanja subsidi untuk BBM dan LPG hingga Juli lalu "
             "telah mencapai Rp 52,4 triliun.")])
    got = labels(await empty_engine.ask("berapa realisasi belanja subsidi BBM dan LPG sampai Juli 2021?"))
    assert any("52,4" in x for x in got), got


def test_an_event_named_by_its_day_asks_no_month():
    from retrieval.frame import asked_months
    assert asked_months("berapa lama Budi divonis penjara dalam kerusuhan 22 Mei?") == ()
    assert asked_months("berapa korban demo pada 22 Mei?") == (5,)   # a day asked stays asked


async def test_a_verdict_months_after_a_riot_named_by_its_day_answers(empty_engine):
    await empty_engine.ingest_articles(LEVY + [Article(
        id="vonis-x", outlet="Tempo.co", published="2019-09-10", title="Perusuh Divonis Penjara",
        body="Pengadilan memutuskan Budi Santoso dipidana penjara selama 4 bulan 10 hari pada Senin, 9 September 2019.")])
    got = labels(await empty_engine.ask("berapa lama Budi Santoso divonis penjara dalam kerusuhan 22 Mei?"))
    assert any(x.startswith("4 bulan") for x in got), got
