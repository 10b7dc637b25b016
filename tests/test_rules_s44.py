"""Session 44 rules (docs/frames.md "Session 44 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.claims import extract_claims
from retrieval.clean import Article
from retrieval.grades import whole_count_fits

from .answered import answer_values, topic_archive, values_asked

CLIMATE = topic_archive("iklim", "2019-09-20", [
    Article(id="kota-emisi", outlet="Tribunnews", published="2019-09-19", title="Kota dan Emisi Karbon",
            body="Laporan Coalition for Urban Transition dirilis pekan ini. Karena kawasan perkotaan bertanggung "
                 "jawab atas sekitar 75 persen dari total emisi karbon dunia, kota harus berbenah."),
    Article(id="amazon-walkout", outlet="Tempo.co", published="2019-09-20",
            title="Karyawan Amazon Walk Out untuk Aksi Perubahan Iklim",
            body="Hampir 1.000 karyawan Amazon protes dengan walk out saat kerja pada Jumat meski Jeff Bezos "
                 "mengumumkan Amazon akan bebas karbon pada 2040. Selama pertemuan investor pada bulan Mei, "
                 "lebih dari 7.600 karyawan Amazon menandatangani surat yang meminta rencana iklim."),
])
HEAT = topic_archive("panas", "2019-07-01", [
    Article(id="prancis-panas", outlet="Kompas.com", published="2019-07-01", title="Prancis Dilanda Gelombang Panas",
            body="Prancis mengalami hari terpanas dalam sejarah Juni lalu, di mana temperatur mencapai 46 derajat "
                 "Celsius di Verargues, sebuah kota di kawasan selatan."),
])
PHONES = topic_archive("ponsel", "2019-09-19", [
    Article(id="a50s", outlet="Kompas.com", published="2019-09-10", title="Samsung Galaxy A50s Resmi Dijual",
            body="Samsung resmi menjual Galaxy A50s di Indonesia. Untuk harganya, varian Galaxy A50s varian 4GB/ 64 GB "
                 "dibanderol Rp 4.099.000, sementara varian 6 GB/ 128 GB dihargai Rp 4.899.000."),
    Article(id="note-10", outlet="Tempo.co", published="2019-08-08", title="Baterai Galaxy Note 10",
            body="Galaxy Note 10 memiliki baterai 3500 mAh, yang lebih kecil dari baterai pendahulunya. "
                 "Galaxy Note 10 Plus, di sisi lain, dikemas dalam baterai 4.300 mAh. "
                 "Galaxy Note 9 memiliki baterai 4.000 mAh, menurut Android Central."),
    Article(id="oppo-f5", outlet="Okezone", published="2017-11-02", title="Oppo F5 Meluncur",
            body="Oppo meluncurkan Oppo F5 di Jakarta. Harga Oppo F5 RAM 4 GB dan memori internal 32 GB "
                 "dibanderol Rp 3.999.000."),
])
REALME = topic_archive("realme", "2019-09-19", [
    Article(id="realme-varian", outlet="Tempo.co", published="2019-09-19", title="Realme 5 Pro Resmi Dirilis",
            body="Realme resmi merilis ponsel barunya di Indonesia. Soal harga Realme membandrol 5 Pro varian "
                 "RAM 4GB + ROM 128 GB dengan harga Rp 2,999 juta dan varian RAM 8GB + ROM 128 seharga Rp 3,699 juta."),
])
REALME_Q = "Berapa harga Realme 5 Pro varian RAM 4 GB/128 GB saat dirilis di Indonesia, 19 September 2019?"
AMAZON_Q = "Berapa jumlah karyawan Amazon yang melakukan walk out dalam aksi perubahan iklim pada 20 September 2019?"


async def test_where_the_measured_comes_from_is_no_whole_of_the_share(empty_engine):
    """"berapa persen emisi karbon dunia yang berasal dari kawasan perkotaan": "berasal dari" says
    where the emissions come from; "75 persen dari total emisi karbon dunia" answers
    (frame._asked_whole skips a "dari" after a verb of origin)."""
    values = await values_asked(empty_engine, CLIMATE,
        "Berapa persen emisi karbon dunia yang berasal dari kawasan perkotaan menurut laporan Coalition for "
        "Urban Transition (September 2019)?")
    assert 75 in values, values


async def test_suhu_and_temperatur_are_one_measure(empty_engine):
    """"temperatur mencapai 46 derajat Celsius" measures the "suhu" asked (synonyms.txt)."""
    values = await values_asked(empty_engine, HEAT,
        "Berapa derajat Celsius suhu tertinggi yang tercatat di Prancis pada hari terpanas dalam sejarahnya, Juni 2019?")
    assert 46 in values, values


async def test_a_goals_year_is_not_when_the_figure_beside_it_holds(empty_engine):
    """"… walk out saat kerja pada Jumat meski Jeff Bezos mengumumkan Amazon akan bebas karbon pada
    2040": 2040 is the goal's year, not the walk-out's (frame.planned_years)."""
    values = await values_asked(empty_engine, CLIMATE, AMAZON_Q)
    assert 1000 in values, values


def test_a_headline_figure_takes_no_goal_year_from_its_restatement():
    """The headline's "Hampir 1.000 Karyawan" is restated in a body sentence naming 2040 as a goal:
    the headline's figure is not dated 2040 (claims._title_years_from_body)."""
    claims = extract_claims(["Hampir 1.000 karyawan Amazon protes dengan walk out saat kerja pada Jumat meski "
                             "Jeff Bezos mengumumkan Amazon akan bebas karbon pada 2040."],
                            title="Hampir 1.000 Karyawan Amazon Walk Out untuk Aksi Perubahan Iklim")
    assert claims[0].is_title and claims[0].quantities
    assert "2040" not in (claims[0].quantities[0].when or []), claims[0].quantities[0].when


async def test_a_month_said_before_the_figure_is_its_time(empty_engine):
    """"Selama pertemuan investor pada bulan Mei, lebih dari 7.600 karyawan …" answers no question
    about 20 September (frame.time_fits: a month before the figure, and no day)."""
    values = await values_asked(empty_engine, CLIMATE, AMAZON_Q)
    assert 7600 not in values and 1000 in values, values


async def test_a_size_counts_no_things_asked(empty_engine):
    """"harga Samsung Galaxy A50s varian ram 4 gb/64 gb" (typed in lower case) asks no four things together: "varian Galaxy
    A50s varian 4GB/ 64 GB dibanderol Rp 4.099.000" answers, the 6 GB one does not
    (grades._asked_wholes: GB is a size, spec_units)."""
    values = await values_asked(empty_engine, PHONES,
        "berapa harga Samsung Galaxy A50s varian ram 4 gb/64 gb di Indonesia (September 2019)?")
    assert 4099000 in values and 4899000 not in values, values


async def test_a_models_number_counts_no_things_asked(empty_engine):
    """"harga Realme 5 Pro …" asks no five things together: "Untuk varian RAM 4 GB/128 GB, harga
    ponsel Realme itu Rp 2.999.000" answers (grades._asked_wholes: a capitalised word after a
    number is a name's). "RAM 8GB + ROM 128 seharga Rp 3,699 juta" is another variant's
    (frame._spec_fits: "ROM 128" is a size, not a figure before)."""
    values = await values_asked(empty_engine, REALME, REALME_Q)
    assert 2999000 in values and 3699000 not in values, values
    # a sentence that names the phone without its number is no one of five things asked
    assert whole_count_fits(REALME_Q, "Ponsel itu dibanderol Rp 2.999.000 untuk varian termurah.",
                            {"text": "Rp 2.999.000"})


async def test_another_model_of_the_line_named_without_the_brand(empty_engine):
    """"Samsung Galaxy Note 10 (model reguler, bukan Note 10 Plus)": "Galaxy Note 9 memiliki baterai
    4.000 mAh" shares the model's words before its number and is another model; the Note 10 Plus,
    set aside by the question, is too (frame.model_fits)."""
    values = await values_asked(empty_engine, PHONES,
        "Berapa mAh kapasitas baterai Samsung Galaxy Note 10 (model reguler, bukan Note 10 Plus)?")
    assert 3500 in values and 4000 not in values and 4300 not in values, values


async def test_a_models_size_after_its_name_is_not_another_model(empty_engine):
    """"Harga Oppo F5 RAM 4 GB … dibanderol Rp 3.999.000": "RAM 4" is the F5's size, not a model
    "F5 RAM 4" (frame._model_runs ends a name at a size's code)."""
    values = await values_asked(empty_engine, PHONES,
        "Berapa harga Oppo F5 varian RAM 4 GB saat diluncurkan di Indonesia (November 2017)?")
    assert 3999000 in values, values


KRL = topic_archive("krl", "2019-09-19", [
    Article(id="sudimara", outlet="Tempo.co", published="2019-09-19", title="Pria Tewas Tertabrak KRL di Sudimara",
            body="Seorang pria tua yang diperkirakan berusia 65 tahun tewas tertabrak KRL di Stasiun Sudimara, "
                 "Ciputat, Tangerang Selatan, Kamis (19/9/2019). Pria itu sempat terseret sekitar 15 meter."),
])
GRETA = topic_archive("greta", "2019-09-20", [
    Article(id="greta-mogok", outlet="SINDOnews", published="2019-09-20", title="Greta Thunberg Pimpin Mogok Iklim Global",
            body="Jutaan pelajar di seluruh dunia turun ke jalan dalam aksi mogok iklim global. Remaja 16 tahun itu "
                 "telah menginspirasi jutaan pelajar untuk bergabung dalam aksinya."),
])


async def test_how_far_asked_measures_the_distance_not_the_subject(empty_engine):
    """"Sejauh berapa meter korban … terseret": "korban" is whose the distance is, not what is
    measured; "Pria itu sempat terseret sekitar 15 meter" answers (question_frame: degree_adverbs)."""
    values = await values_asked(empty_engine, KRL,
        "Sejauh berapa meter korban yang tertabrak KRL di dekat Stasiun Sudimara, Tangerang Selatan, 19 September "
        "2019, terseret kereta?")
    assert 15 in values, values


async def test_an_age_told_in_a_relative_clause_is_of_its_noun(empty_engine):
    """"Seorang pria tua yang diperkirakan berusia 65 tahun": the man's age, read back over the
    relative clause (frame._age_holder)."""
    values = await values_asked(empty_engine, KRL,
        "Berapa usia pria tanpa identitas yang tewas tertabrak KRL di dekat Stasiun Sudimara, Ciputat, Tangerang "
        "Selatan, Kamis 19 September 2019?")
    assert 65 in values, values


async def test_an_age_of_a_description_pointing_back_is_of_the_titles_person(empty_engine):
    """"Remaja 16 tahun itu telah menginspirasi …" under "Greta Thunberg Pimpin Mogok Iklim Global":
    Greta's age (frame.age_fits reads the title for a description pointing back)."""
    values = await values_asked(empty_engine, GRETA,
        "berapa umur Greta Thunberg, aktivis iklim asal Swedia, saat memimpin aksi mogok iklim global September 2019?")
    assert 16 in values, values


PRICES = topic_archive("harga", "2019-09-10", [
    Article(id="a50s-preorder", outlet="Tempo.co", published="2019-09-10", title="Harga Samsung Galaxy A50s",
            body="Samsung Galaxy A50s hadir dengan dua varian. Varian RAM 6 GB/128 GB dibanderol dengan harga ritel "
                 "Rp 4.899.000 dan harga pre-order Rp 4,599 juta."),
    Article(id="kabel-apjatel", outlet="Kompas.com", published="2019-09-14", title="APJATEL Keluhkan Pemotongan Kabel",
            body="Menurut APJATEL, operator membutuhkan anggaran Rp 200 ribu untuk memindahkan satu meter kabel serat "
                 "optik ke bawah tanah di Jakarta."),
    Article(id="pph-dtp", outlet="Kompas.com", published="2025-10-14", title="PPh 21 DTP Diperpanjang",
            body="Pekerja sektor padat karya dan pariwisata yang mendapatkan fasilitas PPh 21 ditanggung pemerintah "
                 "hanya untuk penghasilan maksimal Rp 10 juta per bulan."),
])


async def test_a_figure_labelled_with_what_the_question_sets_aside(empty_engine):
    """"(harga ritel, bukan harga pre-order)": "… dan harga pre-order Rp 4,599 juta" is the set-aside
    price, the retail one answers (grades.set_aside_fits)."""
    values = await values_asked(empty_engine, PRICES,
        "Berapa harga Samsung Galaxy A50s varian RAM 6 GB/128 GB di Indonesia (harga ritel, bukan harga pre-order)?")
    assert 4899000 in values and 4599000 not in values, values


async def test_a_budget_needed_is_the_cost_asked(empty_engine):
    """"berapa biaya yang dibutuhkan operator …": "operator membutuhkan anggaran Rp 200 ribu" names
    the cost as a budget (frame_words same_money: biaya anggaran)."""
    values = await values_asked(empty_engine, PRICES,
        "Menurut APJATEL, berapa biaya yang dibutuhkan operator untuk memindahkan satu meter kabel serat optik ke "
        "bawah tanah di Jakarta?")
    assert 200000 in values, values


async def test_an_income_is_the_wage_asked(empty_engine):
    """"berapa batas maksimal gaji per bulan …": "penghasilan maksimal Rp 10 juta per bulan" answers
    (frame_words same_money: gaji upah penghasilan)."""
    values = await values_asked(empty_engine, PRICES,
        "berapa batas maksimal gaji per bulan pekerja padat karya dan pariwisata yang mendapat fasilitas PPh 21 "
        "ditanggung pemerintah?")
    assert 10000000 in values, values


KARAWANG = topic_archive("tkd", "2025-10-02", [
    Article(id="karawang-tkd", outlet="detikcom", published="2025-10-02", title="Potongan TKD yang Dialami Kabupaten Karawang",
            body="Kabupaten Karawang mengalami potongan TKD sebesar Rp 300 miliar pada 2026. \"Dulu kita memang punya "
                 "program Karawang Sehat, beban anggarannya mencapai Rp30 miliar.\" Kalau dulu anggaran kesehatan "
                 "besar, sekarang potongan TKD mencapai Rp 300 miliar."),
])


async def test_a_figure_of_what_was_answers_no_question_of_now(empty_engine):
    """"Dulu kita memang punya program …, beban anggarannya mencapai Rp30 miliar": what was
    (frame.baseline_fits); "Kalau dulu …, sekarang potongan TKD mencapai Rp 300 miliar" is now."""
    await empty_engine.ingest_articles(KARAWANG)
    values = answer_values(await empty_engine.ask("berapa potongan TKD yang dialami Kabupaten Karawang?"))
    assert 30000000000 not in values and 300000000000 in values, values


SRIWIJAYA = topic_archive("sriwijaya", "2019-09-30", [
    Article(id="sriwijaya-susut", outlet="Tempo.co", published="2019-09-30", title="Penerbangan Sriwijaya Air Menyusut",
            body="Sriwijaya Air kini mengoperasikan 12 pesawat. \"Dulu tiap hari terbang 245 penerbangan dengan 30 "
                 "pesawat, sekarang hanya 110 penerbangan per hari dengan 12 pesawat,\" kata Direktur Sriwijaya Air."),
])


async def test_what_is_now_after_what_was_answers(empty_engine):
    """"Dulu tiap hari terbang 245 …, sekarang hanya 110 penerbangan per hari": the figure after
    "sekarang" is now (frame.baseline_fits), the one after "dulu" is not."""
    values = await values_asked(empty_engine, SRIWIJAYA,
        "berapa penerbangan per hari yang masih dilayani Sriwijaya Air pada akhir September 2019?")
    assert 110 in values and 245 not in values, values


APBD = topic_archive("apbd", "2019-09-16", [
    Article(id="serapan-apbd", outlet="Kompas.com", published="2019-09-16", title="Anggaran DKI Jakarta Belum Terpakai",
            body="Anggaran Pendapatan dan Belanja Daerah (APBD) Pemerintah Provinsi DKI Jakarta tahun 2019 baru "
                 "diserap 47,6 persen hingga Senin (16/9/2019) pagi."),
    Article(id="gudang-alfamidi", outlet="Tempo.co", published="2019-09-17", title="Gudang Alfamidi Terbakar",
            body="Gudang Alfamidi di Kosambi, Kabupaten Tangerang, terbakar. \"Hidran tidak ada sama sekali, hanya ada "
                 "tabung pemadam 6 kilogram, padahal untuk gudang sebesar itu minimal tabung pemadam berukuran 25 "
                 "kilogram tiga unit,\" kata Agus dari BPBD Kabupaten Tangerang."),
])


async def test_a_verb_doing_what_the_asked_noun_names_measures_it(empty_engine):
    """"APBD … baru diserap 47,6 persen" answers "berapa persen serapan APBD" (frame._deed_of_head:
    "diserap" does the "serapan" asked, and the sentence names the APBD)."""
    values = await values_asked(empty_engine, APBD,
        "Berapa persen serapan APBD DKI Jakarta 2019 hingga pertengahan September 2019?")
    assert 47.6 in values, values
    # "berukuran 25 kilogram" has a size, it does no "ukuran": no answer to the size there was
    values = answer_values(await empty_engine.ask(
        "Berapa kilogram ukuran tabung pemadam yang menurut BPBD Kabupaten Tangerang satu-satunya ada di gudang "
        "Alfamidi yang terbakar?"))
    assert 6 in values and 25 not in values, values


MARINA = topic_archive("marina", "2019-09-18", [
    Article(id="marina-labuanbajo", outlet="Kompas.com", published="2019-09-18", title="Marina Labuan Bajo Dibangun",
            body="ASDP membangun kawasan marina di Labuan Bajo. Sedangkan target pembangunan 100 berth (tempat sandar "
                 "yacht) direncanakan rampung pada akhir juli 2020."),
])


async def test_a_due_date_after_dan_is_no_time_of_the_figure(empty_engine):
    """"… yang dibangun di Marina Labuan Bajo dan ditargetkan rampung Juli 2020": when the berths are
    due, not when their count holds (question_frame: _ASKED_PLANNED_RE after "dan" as after "yang")."""
    values = await values_asked(empty_engine, MARINA,
        "Berapa tempat sandar yacht (berth) yang dibangun di Marina Labuan Bajo dan ditargetkan rampung Juli 2020?")
    assert 100 in values, values
