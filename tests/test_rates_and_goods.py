"""Rates reported by part, place and month, and goods taken or given back (session 14 rules).

A statistics office reports one rate for the nation, for towns and villages, for the poorest of
the poor and per province, each for a month: a question naming one of them takes only that one
("kemiskinan di perdesaan", "kemiskinan ekstrem", "di Jakarta per Maret", "nasional"). Goods seized
are not goods returned, and a seizure's figure need not repeat "disita". Each test asks what a
journalist would and checks the figures the answer lists."""
from __future__ import annotations

from retrieval import frame as F
from retrieval.clean import Article
from retrieval.grades import asked_grades
from retrieval.text import TextPipeline

from .answered import answer_labels as labels

NATIONAL = Article(
    id="miskin-ri", outlet="detikcom", published="2025-07-25", title="BPS: Angka Kemiskinan RI Terendah dalam 2 Dekade",
    body="Badan Pusat Statistik (BPS) merilis data kemiskinan terbaru pada Jumat (25/7/2025). "
         "Dari sisi persentase, penduduk miskin pada Maret 2025 mencapai 8,47%. "
         "Pada Maret 2025, tingkat kemiskinan perkotaan sebesar 6,73%, sedangkan kemiskinan perdesaan sebesar 11,03%. "
         "Sementara itu, tingkat kemiskinan ekstrem Indonesia per Maret sebesar 0,85% dengan garis kemiskinan US$ 2,15 PPP di 2017.")
CAPITAL = Article(
    id="miskin-dki", outlet="detikcom", published="2025-08-02", title="Langkah Pemprov DKI Tekan Kemiskinan di Jakarta",
    body="Pemprov DKI menyiapkan tujuh langkah untuk menekan kemiskinan. "
         "Menurut BPS, tingkat kemiskinan di Jakarta per Maret 2025 mencapai 4,28 persen, naik dari 4,14 persen pada September 2024.")
OPINION = Article(
    id="miskin-opini", outlet="detikcom", published="2025-10-20", title="Setahun Pemerintahan, Pengusaha Muda Berharap",
    body="Para pengusaha muda menilai setahun pemerintahan berjalan baik. "
         "Akbar senang Prabowo sukses menurunkan tingkat kemiskinan ke level 8,47 persen pada Maret 2025.")


async def test_a_rate_asked_by_part_place_or_nation_takes_only_that_rate(empty_engine):
    await empty_engine.ingest_articles([NATIONAL, CAPITAL, OPINION])
    got = labels(await empty_engine.ask("berapa persen tingkat kemiskinan di perdesaan pada Maret 2025?"))
    assert got == ["11,03%"], got
    got = labels(await empty_engine.ask("berapa persen tingkat kemiskinan ekstrem Indonesia per Maret 2025?"))
    assert got == ["0,85%"], got   # the poverty line's "PPP di 2017" is how it is measured, not when
    got = labels(await empty_engine.ask("berapa persen tingkat kemiskinan di Jakarta per Maret 2025?"))
    # not September's 4,14 nor the nation's towns (the national story names no place: its title says RI)
    assert got == ["mencapai 4,28%"], got
    got = labels(await empty_engine.ask("berapa persen tingkat kemiskinan nasional Indonesia pada Maret 2025?"))
    assert not any("4,28" in x for x in got) and any("8,47" in x for x in got), got


def test_the_year_a_measure_is_based_in_is_not_when_it_holds():
    frame = F.question_frame("berapa persen tingkat kemiskinan ekstrem per Maret 2025?", TextPipeline())
    based = "Kemiskinan ekstrem 0,85% mengacu pada garis kemiskinan US$ 2,15 PPP di 2017."
    assert F.time_fits(frame, based, None, "2025-07-25", None, "0,85%")
    assert not F.time_fits(frame, based.replace("PPP di 2017", "pada 2017"), None, "2025-07-25", None, "0,85%")


def test_the_phrase_a_rate_measures_skips_its_month_and_place():
    p = TextPipeline()
    s = "Menurut BPS, tingkat kemiskinan di Jakarta per Maret 2025 mencapai 4,28 persen."
    assert F._measured_by(s, s.find("mencapai 4,28"), len("mencapai 4,28 persen"), p)[0] == ("tingkat", "kemiskinan")
    frame = F.question_frame("berapa persen tingkat kemiskinan pada Maret 2025?", p)
    # "ke level": where the rate went, not a part of it ("impor dari China" is one)
    s = "Prabowo sukses menurunkan tingkat kemiskinan ke level 8,47 persen pada Maret 2025."
    assert F.measure_fits(frame, {"text": "8,47 persen", "unit": "persen"}, s)
    s = "Nilai impor dari China turun menjadi 3,5 persen."
    frame = F.question_frame("berapa persen nilai impor Indonesia pada Maret 2025?", p)
    assert F._narrowed_value(frame, s, s.find("3,5"), p, "impor")


def test_urban_rural_and_extreme_are_grades_of_poverty():
    assert ("area", "perdesaan") in asked_grades("berapa persen kemiskinan di pedesaan?")
    assert ("depth", "ekstrem") in asked_grades("berapa tingkat kemiskinan ekstrem?")
    assert asked_grades("berapa tingkat kemiskinan?") == (("area", None), ("depth", None))


PASSPORTS = [
    Article(id="paspor-1", outlet="kumparan", published="2017-08-24", title="Paspor Jemaah First Travel Akan Dikembalikan",
            body="Polisi telah menyita sedikitnya 14 ribu paspor calon jemaah korban First Travel. "
                 "Ada sekitar 58 ribu jemaah yang gagal diberangkatkan oleh First Travel."),
    Article(id="paspor-2", outlet="CNN Indonesia", published="2017-09-17", title="Bos First Travel Diperiksa Polisi",
            body="Mabes Polri telah mengembalikan 9.081 paspor calon jamaah umrah yang menjadi korban penipuan First Travel."),
    Article(id="ekstasi-1", outlet="Kompas.com", published="2019-09-20", title="Bareskrim Gagalkan Penyelundupan Ekstasi di Selat Malaka",
            body="Bareskrim menggagalkan penyelundupan narkoba dari kapal di Selat Malaka. "
                 "Di kapal tersebut, polisi menemukan 23 kilogram sabu dan 28.000 butir ekstasi."),
]


async def test_goods_seized_are_not_goods_returned(empty_engine):
    await empty_engine.ingest_articles(PASSPORTS)
    got = labels(await empty_engine.ask("berapa paspor calon jemaah korban First Travel yang disita polisi?"))
    assert got == ["sedikitnya 14.000"], got
    got = labels(await empty_engine.ask("berapa paspor calon jemaah korban First Travel yang dikembalikan polisi?"))
    assert got == ["9.081"], got
    # a seizure story's figure need not say "disita"
    got = labels(await empty_engine.ask("berapa butir ekstasi yang disita Bareskrim dari kapal di Selat Malaka?"))
    assert got == ["28.000"], got


async def test_prospective_pilgrims_are_counted_by_either_word(empty_engine):
    await empty_engine.ingest_articles(PASSPORTS)
    got = labels(await empty_engine.ask("berapa calon jemaah umrah First Travel yang gagal diberangkatkan?"))
    assert got == ["sekitar 58.000"], got


def test_a_deceits_victims_are_no_casualty():
    p = TextPipeline()
    assert not F.question_frame("berapa paspor calon jemaah korban First Travel yang disita?", p).casualty
    assert F.question_frame("berapa korban Gempa Palu?", p).casualty
    assert F.question_frame("berapa korban Lion Air JT610?", p).casualty


PILGRIMS = [
    Article(id="haji-1", outlet="SINDOnews", published="2019-09-11", title="Operasional Haji 2019 Berakhir",
            body="Kementerian Agama menutup operasional haji 2019. "
                 "Jumlah jamaah haji Indonesia yang berangkat tahun ini sebanyak 229.613 orang."),
    Article(id="haji-2", outlet="Kompas.com", published="2019-09-19", title="Angkasa Pura I Layani Kepulangan Jemaah Haji 2019",
            body="PT Angkasa Pura I telah melayani kepulangan 108.507 jamaah haji Indonesia tahun ini."),
    Article(id="haji-3", outlet="SINDOnews", published="2019-09-16", title="Garuda Catatkan Ketepatan Waktu Penerbangan Haji",
            body="Garuda Indonesia menyelesaikan penerbangan haji 2019. Kelancaran penerbangan haji Garuda Indonesia tahun ini ditandai "
                 "tingkat ketepatan waktu penerbangan atau On Time Performance (OTP) secara keseluruhan sebesar 89%."),
]


async def test_who_set_out_is_not_who_went_home(empty_engine):
    await empty_engine.ingest_articles(PILGRIMS)
    got = labels(await empty_engine.ask("berapa jumlah jamaah haji Indonesia yang berangkat pada musim haji 2019?"))
    assert got == ["229.613"], got
    got = labels(await empty_engine.ask("berapa jamaah haji Indonesia yang pulang pada musim haji 2019?"))
    assert got == ["108.507"], got


async def test_an_acronym_and_overall_name_no_other_rate(empty_engine):
    await empty_engine.ingest_articles(PILGRIMS)
    got = labels(await empty_engine.ask(
        "berapa persen tingkat ketepatan waktu (on time performance) penerbangan haji Garuda Indonesia tahun 2019?"))
    assert got == ["89%"], got


async def test_the_poverty_line_is_an_amount_of_money(empty_engine):
    line = Article(id="garis-1", outlet="detikcom", published="2025-07-25", title="Garis Kemiskinan Maret 2025 Naik",
                   body="BPS merilis garis kemiskinan terbaru. "
                        "Garis kemiskinan Maret 2025 berdasarkan Susenas sebesar Rp 609.160 per kapita per bulan.")
    await empty_engine.ingest_articles([line])
    got = labels(await empty_engine.ask("berapa garis kemiskinan nasional per kapita per bulan pada Maret 2025?"))
    assert got == ["Rp 609.160"], got


HOSPITALS = [
    Article(id="rawat-1", outlet="SINDOnews", published="2019-09-15", title="Masa Operasional Layanan Haji Tahun 2019 Berakhir",
            body="Operasional layanan haji 2019 berakhir Minggu (15/9/2019). Meski operasional Daker Madinah telah selesai, "
                 "masih ada sekitar 74 jamaah haji Indonesia yang dirawat di KKHI Madinah dan Rumah Sakit Arab Saudi."),
    Article(id="rawat-2", outlet="Okezone", published="2019-09-05", title="Jamaah Haji Dirawat di Makkah",
            body="Operasional Daker Makkah berakhir Kamis (5/9/2019). "
                 "Masih terdapat 36 jamaah haji yang dirawat di RSAS Makkah, kata petugas di Makkah."),
]


async def test_whose_pilgrims_they_are_is_not_where_and_a_holy_city_is_where(empty_engine):
    """"jamaah haji Indonesia" names whose pilgrims, not where they are treated; "KKHI Madinah"
    places the 74 in Madinah (a city that is no capital names no government), not in Makkah."""
    await empty_engine.ingest_articles(HOSPITALS)
    got = labels(await empty_engine.ask(
        "berapa jamaah haji Indonesia yang masih dirawat di Arab Saudi saat operasional haji 2019 berakhir, 15 September 2019?"))
    assert got == ["sekitar 74"], got
    got = labels(await empty_engine.ask("berapa jamaah haji Indonesia yang masih dirawat di RSAS Makkah setelah operasional Daker Makkah berakhir?"))
    assert got == ["36"], got


POLLS = [
    Article(id="poll-1", outlet="detikcom", published="2025-10-20", title="Survei Poltracking: Mayoritas Publik Puas Kinerja Pemerintah",
            body="Survei digelar pada 3-10 Oktober 2025 dengan 1.220 responden, kata Direktur Poltracking Hanta Yuda. "
                 "Hasil survei menunjukkan tingkat kepuasan publik kepada kinerja setahun pemerintahan sebesar 78,1 persen."),
    Article(id="poll-2", outlet="detikcom", published="2025-10-21", title="Survei Indikator: Publik Puas Kinerja Pemerintah",
            body="Indikator merilis survei setahun pemerintahan. "
                 "Hasil survei menunjukkan tingkat kepuasan publik kepada kinerja setahun pemerintahan sebesar 80,2 persen."),
]


async def test_a_headline_naming_the_pollster_says_whose_figure_it_is(empty_engine):
    await empty_engine.ingest_articles(POLLS)
    got = labels(await empty_engine.ask(
        "berapa persen tingkat kepuasan publik kepada kinerja setahun pemerintahan menurut survei Poltracking?"))
    assert got == ["78,1%"], got


GOLD_DAYS = [
    Article(id="emas-18", outlet="Okezone", published="2019-09-18", title="Harga Emas Antam Naik",
            body="Pada perdagangan Rabu (18/9/2019), harga emas Antam naik Rp4.000 menjadi Rp757.000 per gram."),
    Article(id="emas-19", outlet="Tempo.co", published="2019-09-19", title="Harga Emas Antam Turun Jadi Rp 752 Ribu per Gram",
            body="Harga emas Antam pada Kamis (19/9/2019) turun. "
                 "Sebelumnya, harga emas Antam dibanderol Rp757.000 per gram."),
]


async def test_a_daily_price_holds_on_its_own_day(empty_engine):
    """A next day's headline price is not the asked day's (no night's slack for a price quoted day
    by day); "Sebelumnya, … dibanderol Rp757.000" in the next day's story is the asked day's."""
    await empty_engine.ingest_articles(GOLD_DAYS)
    answer = await empty_engine.ask("berapa harga emas Antam per gram pada Rabu 18 September 2019?")
    assert labels(answer) == ["Rp 757.000"], labels(answer)
    frame = F.question_frame("berapa harga emas Antam per gram pada Rabu 18 September 2019?", TextPipeline())
    before = "Sebelumnya, harga emas Antam dibanderol Rp757.000 per gram."
    assert F.time_fits(frame, before, "Harga Emas Antam Turun", "2019-09-19", ["Kamis (19/9/2019)"], "757.000")
    assert not F.time_fits(frame, before.replace("Sebelumnya, h", "H"), "Harga Emas Antam Turun", "2019-09-19",
                           ["Kamis (19/9/2019)"], "757.000")


async def test_a_substance_asked_without_a_unit_is_weighed(empty_engine):
    """"berapa sabu yang disita": an amount of sabu weighed ("sabu seberat 9,5 kilogram") answers;
    another thing weighed beside it ("23.060 gram tembakau") does not."""
    await empty_engine.ingest_articles([Article(
        id="sabu-1", outlet="Kompas.com", published="2019-09-17", title="Polisi Ungkap Jaringan Sabu Malaysia-Batam-Jakarta",
        body="Polisi membongkar jaringan sabu Malaysia-Batam-Jakarta. "
             "Polisi menyita sabu seberat 9,5 kilogram dan 23.060 gram tembakau dari jaringan Malaysia-Batam-Jakarta.")])
    got = labels(await empty_engine.ask("berapa sabu yang disita dari jaringan Malaysia-Batam-Jakarta?"))
    assert got == ["9,5 kilogram"], got


LEVIES = [
    Article(id="cukai-1", outlet="SINDOnews", published="2019-08-10", title="Target Cukai Rokok 2019",
            body="Pemerintah menetapkan target penerimaan cukai rokok tahun 2019 sebesar Rp 159 triliun."),
    Article(id="pajak-1", outlet="Tempo.co", published="2019-08-11", title="Penerimaan Negara Semester I 2019",
            body="Pemerintah sebelumnya menargetkan penerimaan pajak dalam APBN 2019 sebesar Rp 1.577 triliun."),
    Article(id="pkb-1", outlet="SINDOnews", published="2019-09-16", title="Kendaraan di Jakarta Tunggak Pajak",
            body='"Total penunggak PKB di DKI terdiri atas kendaraan roda dua sebesar Rp1,6 triliun," ujar Faisal, '
                 "dan Pemprov DKI memiliki target penerimaan cukai daerah tahun 2019 sebesar Rp44,18 triliun."),
]


async def test_a_revenue_asked_by_its_levy_is_that_levys(empty_engine):
    """"target penerimaan cukai": not the tax's target, nor an amount whose own clause names nothing
    when a later clause of its sentence names the asked revenue for another figure."""
    await empty_engine.ingest_articles(LEVIES)
    got = labels(await empty_engine.ask("berapa target penerimaan cukai rokok tahun 2019?"))
    assert "Rp 159 triliun" in got and "Rp 1.577 triliun" not in got and "Rp 1,6 triliun" not in got, got


def test_a_status_head_alone_counts_the_kind_only_when_it_follows():
    """"calon haji" asked: "empat calon yang mendaftar di KPU" are candidates; "750 calon jemaah"
    and "58 ribu jemaah" are pilgrims."""
    p = TextPipeline()
    frame = F.question_frame("berapa jumlah calon haji asal Jawa Barat pada 2019?", p)
    s = "Dari empat calon yang mendaftar di KPU Jawa Barat, dua lolos verifikasi."
    assert not F.kind_fits(frame, {"text": "empat calon", "unit": "calon"}, s)
    s = "Sebanyak 750 calon jemaah haji asal Jawa Barat berangkat pekan ini."
    assert F.kind_fits(frame, {"text": "750 calon", "unit": "calon"}, s)


def test_a_product_traded_asked_is_named_by_the_figure():
    """"nilai ekspor batu bara": not the nation's whole exports ("ekspor Indonesia … USD14,28 miliar")."""
    p = TextPipeline()
    frame = F.question_frame("berapa nilai ekspor batu bara Indonesia 2019?", p)
    whole = "Ekspor Indonesia Agustus 2019 tercatat mencapai USD14,28 miliar, turun dibanding Juli."
    coal = "Nilai ekspor batu bara Indonesia Agustus 2019 mencapai USD1,5 miliar."
    assert not F.money_fits(frame, {"text": "USD14,28 miliar"}, whole)
    assert F.money_fits(frame, {"text": "USD1,5 miliar"}, coal)


def test_a_trade_balance_with_one_partner_is_no_nations_balance():
    p = TextPipeline()
    frame = F.question_frame("defisit neraca perdagangan migas Agustus 2019 berapa?", p)
    s = "Sebab, neraca dagang Indonesia dengan China masih defisit 1,47 miliar dollar pada Agustus 2019."
    assert not F.money_fits(frame, {"text": "1,47 miliar dollar", "unit": "dollar"}, s)
    s = "Defisit neraca perdagangan migas pada Agustus 2019 meningkat menjadi sebesar USD0,76 miliar."
    assert F.money_fits(frame, {"text": "USD0,76 miliar"}, s)
