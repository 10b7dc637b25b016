"""Session 27 rules, each a class of error found on the topic sets (docs/frames.md "Session 27
rules"): the word that asks the figure; spans of time read whole, terms served instead of a fine,
how long ago; a change from another year and an event of another year; two amounts as a list of
items; a day announced or said on; places spelled with or without a hyphen; baselines; shares of a
total; speakers named before their word of saying and ministers for their ministry; yearly amounts;
conjunctions opening a clause; then against now; parts of a total; roles in a body; nouns naming
what a measure measures; prepositions after the unit; currency signs."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import question_frame
from retrieval.text import TextPipeline

from .answered import answer_labels as labels
from .test_phrases_s26 import FILLER   # (two other stories: their names' weight is no test's)


def test_the_figure_is_asked_by_berapa_not_by_an_earlier_place_word():
    pipe = TextPipeline()
    far = question_frame("Turis Kanada yang mengumpat petugas di Bandara Changi terancam hukuman penjara berapa bulan?", pipe)
    assert far.durations == ("bulan",)
    # a preposition right before the asked noun asks with it: "di level berapa"
    near = question_frame("IHSG ditutup di level berapa pada perdagangan Senin?", pipe)
    assert near.noun and near.noun.lower() == "level", near.noun


def test_a_span_asked_is_read_whole_from_the_best_article():
    """A figure elsewhere in the best article ("dalam waktu 29 menit") says itself what "berapa
    menit" asks: its unit is written right after it (a span has no unit of its own)."""
    from retrieval.relevance import READ_WHOLE_SHARED_TERMS, says_what_is_asked
    pipe = TextPipeline()
    frame = question_frame("Berapa menit waktu yang dibutuhkan Marcus/Kevin untuk mengalahkan Inoue/Kaneko?", pipe)
    asked = pipe.noun_key(frame.noun) if frame.noun else None
    sentence = "Pasangan Indonesia itu menang 21-12, 21-15 dalam waktu 29 menit saja."
    q = {"text": "29", "unit": None, "value": 29.0}
    assert says_what_is_asked(frame, q, asked, pipe.noun_key, READ_WHOLE_SHARED_TERMS, sentence)
    # another span's unit does not say it: "29 hari"
    assert not says_what_is_asked(frame, q, asked, pipe.noun_key, READ_WHOLE_SHARED_TERMS,
                                  sentence.replace("menit", "hari"))


async def test_a_term_served_instead_of_an_unpaid_payment_is_not_the_sentence(empty_engine):
    await empty_engine.ingest_articles(FILLER + [Article(
        id="ektp-1", outlet="CNNIndonesia.com", published="2017-07-20", title="Sugiharto divonis lima tahun penjara",
        body="Majelis hakim menjatuhkan hukuman penjara 5 tahun kepada Sugiharto, terdakwa kasus e-KTP. "
             "Hakim juga mewajibkan Sugiharto membayar uang pengganti Rp 500 juta. "
             "Dalam hal terdakwa tidak punya harta cukup, hukuman diganti dengan pidana penjara 1 tahun, kata hakim.")])
    got = labels(await empty_engine.ask("berapa tahun hukuman penjara yang dijatuhkan hakim kepada Sugiharto?"))
    assert any(x.startswith("5") for x in got), got
    assert not any(x.startswith("1 ") or x == "1" for x in got), got


async def test_how_long_ago_is_no_length_asked(empty_engine):
    await empty_engine.ingest_articles(FILLER + [Article(
        id="stok-1", outlet="Kumparan.com", published="2017-03-28", title="Mentan jamin stok beras aman",
        body="Menteri Pertanian memastikan stok beras aman menjelang Ramadan. "
             "Ini baru panen 3 bulan lalu tapi stok beras kita cukup untuk 8 bulan ke depan, kata Mentan.")])
    got = labels(await empty_engine.ask("stok beras menurut Mentan cukup untuk berapa bulan?"))
    assert any(x.startswith("8") for x in got), got
    assert not any(x.startswith("3") for x in got), got


async def test_two_coordinated_amounts_are_each_their_own_items(empty_engine):
    await empty_engine.ingest_articles(FILLER + [Article(
        id="dprd-1", outlet="detikcom", published="2025-09-19", title="Tunjangan DPRD Kota Malang tetap",
        body="Anggaran kunjungan kerja DPRD Kota Malang dipangkas. "
             "Sedangkan anggota DPRD Kota Malang mendapat tunjangan perumahan Rp 20 juta dan transportasi Rp 12 juta per bulan.")])
    got = labels(await empty_engine.ask("Berapa tunjangan perumahan per bulan anggota DPRD Kota Malang?"))
    assert any("20 juta" in x for x in got), got
    assert not any("12 juta" in x for x in got), got


def test_two_amounts_of_one_change_are_no_list():
    from retrieval.frame import money_list_fits
    frame = question_frame("berapa target penerimaan cukai rokok tahun 2019?", TextPipeline())
    sentence = "Hingga Juli 2019, target cukai tembakau dari Rp159 triliun sudah tercapai Rp130 triliun."
    assert money_list_fits(frame, {"text": "159 triliun"}, sentence)
    # coordinated, each amount is its item's: "tembakau" is not asked
    listed = "Target cukai tembakau Rp159 triliun dan cukai minuman Rp7 triliun."
    assert not money_list_fits(frame, {"text": "7 triliun"}, listed)


async def test_a_report_before_the_asked_day_may_announce_that_very_day(empty_engine):
    await empty_engine.ingest_articles(FILLER + [Article(
        id="s8-1", outlet="Tribunnews.com", published="2017-04-21", title="Galaxy S8 segera tiba",
        body="Samsung memperkenalkan ponsel andalan barunya. "
             "Galaxy S8 baru akan tiba di Indonesia pada 5 Mei 2017 dengan harga Rp 10,5 juta.")])
    got = labels(await empty_engine.ask("Berapa harga Samsung Galaxy S8 di Indonesia saat mulai dijual 5 Mei 2017?"))
    assert any("10,5 juta" in x for x in got), got


def test_a_figure_said_on_the_asked_day_holds_on_it():
    from retrieval.frame import time_fits
    frame = question_frame("berapa ASN yang disiapkan pindah ke IKN pada tahap awal menurut Bimo (4 Agustus 2025)?",
                           TextPipeline())
    said = ('"Sebanyak 16 kementerian telah terpilih untuk relokasi awal, dengan jumlah ASN sekitar 3.500 orang," '
            'jelas Bimo, dikutip dari keterangan tertulis, Senin (4/8/2025).')
    # a later article whose lead tells another day: the day it was said decides
    assert time_fits(frame, said, "ASN bakal dipindah ke IKN", "2025-09-20", ["30 Juni 2025"], "sekitar 3.500 orang")
    assert not time_fits(frame, said.replace("(4/8/2025)", "(30/6/2025)"), "ASN bakal dipindah ke IKN", "2025-09-20",
                         ["30 Juni 2025"], "sekitar 3.500 orang")


def test_an_event_of_another_year_is_another_event():
    from retrieval.frame import time_fits
    frame = question_frame("berapa persen keterwakilan perempuan di DPR hasil Pemilu 2019?", TextPipeline())
    told = "Diberitakan, pemilu tahun 2014 lalu, keterwakilan perempuan di DPR ada 17,19 persen."
    assert not time_fits(frame, told, "Keterwakilan perempuan di DPR meningkat", "2019-09-02", None, "17,19 persen")
    this = "Pada Pemilu 2019, keterwakilan perempuan di DPR meningkat menjadi 20,52 persen."
    assert time_fits(frame, this, "Keterwakilan perempuan di DPR meningkat", "2019-09-02", None, "20,52 persen")


def test_a_typed_place_is_the_same_with_a_spaced_or_missing_hyphen():
    from retrieval.frame import context_fits
    pipe = TextPipeline()
    frame = question_frame("Berapa kilometer panjang jalan tol Palembang-Indralaya seksi I?", pipe)
    spaced = "Presiden meresmikan jalan tol Palembang - Indralaya seksi I sepanjang 7,75 kilometer ."
    assert context_fits(frame, spaced, "Presiden resmikan tol pertama di Sumatera Selatan")
    frame = question_frame("Berapa total investasi proyek Jalan Tol Kunciran-Cengkareng?", pipe)
    assert context_fits(frame, "Total investasi proyek ini Rp 5,01 triliun .", "Jasa Marga Targetkan Tol Kunciran Cengkareng Selesai 2018")
    # another road stays another road
    assert not context_fits(frame, "Total investasi proyek ini Rp 3 triliun .", "Jasa Marga Targetkan Tol Cinere Serpong Selesai 2018")


def test_an_ordinary_day_compared_with_is_a_baseline():
    from retrieval.frame import baseline_fits
    frame = question_frame("Berapa kendaraan yang diperkirakan melintasi Tol Jakarta-Cikampek pada 22 Desember 2017?",
                           TextPipeline())
    sentence = ("Jumlah tersebut diketahui melonjak 32,05 persen dibandingkan pada hari normal yang jumlahnya "
                "mencapai 78.000 unit kendaraan .")
    assert not baseline_fits(frame, {"text": "mencapai 78.000 unit"}, sentence)


async def test_one_press_release_rewritten_by_outlets_is_listed_from_each(empty_engine):
    """A share of a total named after it ("… 1,4 persen dibandingkan total pasokan di Bandara
    Soekarno Hatta"), a place spelled without its hyphen, a speaker named before the word of saying."""
    await empty_engine.ingest_articles(FILLER + [
        Article(id="avtur-1", outlet="SINDOnews.com", published="2019-09-10", title="Pasokan avtur ke BIJB masih kecil",
                body="Pertamina terus memasok avtur ke Bandara Kertajati di Majalengka. "
                     "Pria yang akrab disapa Fernanda ini menyatakan jika dihitung secara volume, suplai avtur ke BIJB "
                     "masih relatif kecil, maksimal 70 KL per hari atau sekitar 1,4 persen dibandingkan total pasokan "
                     "di Bandara Soekarno Hatta."),
        Article(id="avtur-2", outlet="Tempo.co", published="2019-09-10", title="Suplai avtur Kertajati",
                body="Jika dihitung secara volume, suplai avtur ke Bandara Kertajati ini masih relatif kecil, karena "
                     "hanya sekitar 1,4 persen dibandingkan total pasokan di Bandara Soekarno Hatta, kata Fernanda.")])
    answer = await empty_engine.ask("Berapa persen pasokan avtur ke Bandara Kertajati dibandingkan total pasokan avtur "
                                    "di Bandara Soekarno-Hatta, menurut Tengku Fernanda?")
    outlets = {s.outlet for c in answer.claims for s in c.sources}
    assert {"SINDOnews", "Tempo.co"} <= outlets or {"SINDOnews.com", "Tempo.co"} <= outlets, outlets


def test_a_yearly_amount_answers_a_question_asking_per_year():
    from retrieval.frame import habitual_fits
    pipe = TextPipeline()
    sentence = "Ia menjelaskan, produksi baja nasional kurang dari 18 juta ton per tahun."
    q = {"text": "kurang dari 18 juta ton"}
    assert habitual_fits(question_frame("Berapa produksi baja nasional per tahun menurut Krakatau Steel (Oktober 2025)?", pipe),
                         q, sentence)
    assert not habitual_fits(question_frame("Berapa produksi baja nasional pada 2025?", pipe), q, sentence)


def test_a_share_cheaper_or_dearer_measures_the_thing_after_it():
    frame = question_frame("Menurut Ketua Umum ISSC Budi Harta Winata, berapa persen lebih murah produk konstruksi baja impor?",
                           TextPipeline())
    assert frame.measured[:1] == ("produk",), frame.measured


def test_a_clause_opened_by_a_conjunction_has_the_sentences_subject():
    from retrieval.frame import measure_fits
    frame = question_frame("Berapa megawatt kapasitas pembangkit panas bumi yang sudah dipasang Pertamina per Desember 2017?",
                           TextPipeline())
    sentence = ("Pertamina sendiri menurut dia , sudah mulai mengembangkan energi panas bumi , kendati baru memasang "
                "587 megawatt .")
    assert measure_fits(frame, {"text": "587 megawatt", "unit": "megawatt"}, sentence)


async def test_then_against_now_answers_the_side_asked(empty_engine):
    await empty_engine.ingest_articles(FILLER + [Article(
        id="bbm-1", outlet="Antaranews.com", published="2017-10-20", title="BBM Satu Harga di Paloh, Sambas",
        body="Pertamina meresmikan SPBU modular BBM Satu Harga di Paloh, Kabupaten Sambas. "
             "Bila sebelumnya warga Paloh membeli BBM secara eceran dengan harga Rp 8.000 per liternya, sekarang warga "
             "dapat membeli BBM di SPBU Satu Harga dengan harga Rp 6.450 per liter untuk Premium, ujarnya.")])
    now = labels(await empty_engine.ask("Berapa harga Premium per liter di SPBU BBM Satu Harga di Paloh, Sambas?"))
    assert any("6.450" in x for x in now) and not any("8.000" in x for x in now), now
    then = labels(await empty_engine.ask("Sebelum ada SPBU BBM Satu Harga di Paloh, Sambas, berapa harga BBM eceran per liter?"))
    assert any("8.000" in x for x in then) and not any("6.450" in x for x in then), then


def test_a_total_asked_takes_no_part_of_a_total():
    from retrieval.frame import total_part_fits
    frame = question_frame("berapa luas total lahan untuk ibu kota baru di PPU dan Kukar?", TextPipeline())
    part = ("Presiden mengatakan, lahan yang disediakan untuk dijual ke masyarakat umum seluas 30.000 hektare dari "
            "total lahan yang dipatok untuk ibu kota, yakni 180.000 hektare.")
    assert not total_part_fits(frame, {"text": "30.000 hektare", "unit": "hektare"}, part)
    assert total_part_fits(frame, {"text": "180.000 hektare", "unit": "hektare"}, part)
    opening = "Dari total lahan tersebut, pemerintah menyiapkan lahan seluas 6.000 hektare untuk kawasan inti."
    assert not total_part_fits(frame, {"text": "6.000 hektare", "unit": "hektare"}, opening)
    # a share of a total asked is a part by asking
    share = question_frame("anggaran pendidikan tinggal berapa persen dari total APBN 2026?", TextPipeline())
    assert total_part_fits(share, {"text": "14 persen", "unit": "persen"}, "Anggaran pendidikan 14 persen dari total APBN.")


def test_a_need_asked_in_tons_is_not_an_output_in_tons():
    from retrieval.frame import measure_fits
    frame = question_frame("Berapa kebutuhan baja global per tahun menurut Dirut Krakatau Steel?", TextPipeline())
    output = "Produksi baja nasional hanya kurang daripada 18 juta ton per tahun, ungkap Akbar Djohan."
    need = "Adapun kebutuhan baja global saat ini mencapai 1,7 miliar ton per tahun."
    assert not measure_fits(frame, {"text": "18 juta ton", "unit": "ton"}, output)
    assert measure_fits(frame, {"text": "mencapai 1,7 miliar ton", "unit": "ton"}, need)


async def test_a_role_asked_in_a_body_takes_that_roles_figure(empty_engine):
    await empty_engine.ingest_articles(FILLER + [Article(
        id="malang-1", outlet="detikcom", published="2025-09-19", title="Tunjangan DPRD Kota Malang",
        body="Untuk besarannya, Wakil Ketua DPRD Kota Malang mendapat tunjangan perumahan sebesar Rp 22 juta per bulan. "
             "Sedangkan anggota DPRD Kota Malang mendapat tunjangan perumahan sebesar Rp 20 juta per bulan.")])
    member = labels(await empty_engine.ask("Berapa tunjangan perumahan per bulan yang diterima anggota DPRD Kota Malang?"))
    assert any("20 juta" in x for x in member) and not any("22 juta" in x for x in member), member
    deputy = labels(await empty_engine.ask("Berapa tunjangan perumahan per bulan untuk Wakil Ketua DPRD Kota Malang?"))
    assert any("22 juta" in x for x in deputy) and not any("20 juta" in x for x in deputy), deputy


async def test_a_minister_speaks_for_the_ministry_asked(empty_engine):
    await empty_engine.ingest_articles(FILLER + [Article(
        id="menag-1", outlet="detikcom", published="2025-10-21", title="Menag Beberkan Capaian Setahun",
        body="Menteri Agama (Menag) Nasaruddin Umar membeberkan capaian kinerja setahun pemerintahan. "
             "Lebih dari 105.000 sertifikat tanah wakaf diterbitkan, dan ini penting untuk menekan sengketa lahan.")])
    answer = await empty_engine.ask("berapa sertifikat tanah wakaf yang sudah diterbitkan menurut Kemenag?")
    assert not answer.message, answer.message   # no "Tidak ada klaim dari kemenag …"
    assert any("105.000" in x for x in labels(answer)), labels(answer)


def test_what_a_preposition_brings_after_the_unit_is_not_measured():
    pipe = TextPipeline()
    frame = question_frame("AFPI menurunkan batas bunga pinjaman daring dari 0,8% menjadi berapa persen atas arahan OJK?", pipe)
    assert "arahan" not in frame.measured and "ojk" not in frame.measured, frame.measured
    share = question_frame("Berapa persen dari biaya beban kompensasi yang diberikan PLN kepada pelanggan?", pipe)
    assert share.measured[:2] == ("biaya", "beban"), share.measured   # "persen dari …" names a share's whole


def test_an_amount_after_a_currency_sign_is_money():
    from retrieval.frame import money_fits
    frame = question_frame("Berapa nilai transfer Diego Costa dari Chelsea ke Atletico Madrid pada September 2017?", TextPipeline())
    sentence = ("Diego Costa resmi menuntaskan transfer sebesar £ 58 juta dari Chelsea ke Atletico Madrid jelang "
                "pertemuan kedua tim .")
    assert money_fits(frame, {"text": "58 juta", "unit": None, "value": 58e6}, sentence)
    assert not money_fits(frame, {"text": "58 juta", "unit": None, "value": 58e6},
                          "Diego Costa ditonton 58 juta penggemar dari Chelsea ke Atletico Madrid .")
