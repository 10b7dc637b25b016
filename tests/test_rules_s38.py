"""Session 38 rules (docs/frames.md "Session 38 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.claims import extract_claims
from retrieval.clean import Article

from .answered import FILLER, answer_values, listed_values, other_stories

BRIBES = FILLER + other_stories("suap", "Kompas.com", "2019-09-24", [
    ("KPK Periksa Saksi Kasus Pesawat", "KPK memeriksa dua saksi kasus pengadaan pesawat maskapai pelat merah."),
    ("Tersangka Suap Pesawat Ditahan", "KPK menahan mantan direktur utama maskapai dalam kasus suap pesawat."),
]) + [
    Article(id="suap-kpk", outlet="Kompas.com", published="2019-09-24", title="KPK Telusuri Aliran Suap Pesawat",
            body="Dalam penyidikannya, KPK sudah mengidentifikasi total suap yang mengalir kepada para tersangka "
                 "dan pihak lain mencapai sekitar Rp 100 miliar. Lembaga itu juga memeriksa 12 saksi pekan ini."),
]


async def test_money_asked_identified_is_money_found_not_a_body_named(empty_engine):
    """"suap yang sudah diidentifikasi KPK": identifying narrows the dead to those named, a class
    that befalls people (frame.BEFALL_PEOPLE): an amount said after its currency is still the bribe."""
    await empty_engine.ingest_articles(BRIBES)
    values = listed_values(await empty_engine.ask(
        "Berapa total nilai suap yang sudah diidentifikasi KPK mengalir ke para tersangka kasus pengadaan pesawat?"))
    assert 100e9 in values, values
    assert 12 not in values, values


HOUSES = FILLER + other_stories("stimulan", "Antaranews", "2019-09-12", [
    ("Warga Donggala Tunggu Bantuan", "Warga Donggala masih menunggu bantuan perbaikan rumah dari pemerintah."),
    ("BPBD Data Ulang Kerusakan", "BPBD mendata ulang kerusakan rumah akibat gempa di Sigi."),
]) + [
    Article(id="stimulan-palu", outlet="Antaranews", published="2019-09-12", title="Dana Stimulan Tahap Pertama Cair",
            body="Kepala BPBD Kota Palu mengatakan stimulan untuk rumah rusak berat tahap pertama sebanyak 1.594 unit "
                 "sudah disalurkan. Sementara itu 300 unit kendaraan dinas dikerahkan untuk mendata rumah."),
]


async def test_a_measure_said_of_the_class_asked_answers(empty_engine):
    """"unit" is a measure noun, and a measure is no casualty; but "1.594 unit" of houses said
    heavily damaged answers "berapa unit rumah rusak berat" (frame.figure_fits), and the vehicles
    deployed do not."""
    await empty_engine.ingest_articles(HOUSES)
    values = listed_values(await empty_engine.ask(
        "Berapa unit rumah rusak berat di Kota Palu yang menerima dana stimulan tahap pertama?"))
    assert 1594 in values, values
    assert 300 not in values, values


SHELTERS = FILLER + other_stories("huntara", "Tribunnews", "2019-09-12", [
    ("Likuifaksi Petobo Setahun Kemudian", "Warga Petobo mengenang likuifaksi yang menelan kampung mereka."),
    ("Pembangunan Huntap Dimulai", "Pembangunan hunian tetap di Tondo dimulai pekan depan."),
]) + [
    Article(id="huntara-palu", outlet="Tribunnews", published="2019-09-12", title="Ribuan Bilik Huntara Berdiri di Palu",
            body="Kepala BPBD Kota Palu memaparkan jumlah hunian sementara yang telah dibangun di Kota Palu sebanyak "
                 "5.732 bilik. Gempa dan tsunami itu menewaskan 1.856 korban di Kota Palu."),
]


async def test_a_class_after_for_whom_is_the_recipients_not_the_counted(empty_engine):
    """"bilik huntara … bagi korban gempa": "korban" after "bagi" says for whom the rooms are built
    (frame_words recipient_markers), so the rooms need no casualty class, and the dead are no rooms."""
    await empty_engine.ingest_articles(SHELTERS)
    values = listed_values(await empty_engine.ask(
        "Berapa bilik hunian sementara yang sudah dibangun di Kota Palu bagi korban gempa dan tsunami?"))
    assert 5732 in values, values
    assert 1856 not in values, values


REUNITED = FILLER + other_stories("reunifikasi", "Tempo.co", "2019-09-19", [
    ("Sekolah Darurat di Sigi", "Sekolah darurat di Sigi kembali dipakai murid setelah gempa."),
    ("Relawan Anak Berbagi Cerita", "Relawan perlindungan anak berbagi cerita pendampingan korban gempa."),
]) + [
    Article(id="reunifikasi-anak", outlet="Tempo.co", published="2019-09-19", title="Anak Korban Gempa Kembali ke Keluarga",
            body="\"Total ada 59 anak yang sudah direunifikasi oleh lembaga kemanusiaan dan Kemensos,\" kata Hening. "
                 "Gempa itu juga menewaskan 171 anak di Sulawesi Tengah."),
]


async def test_victims_named_as_whose_the_noun_is_with_a_verb_asked_need_no_casualty(empty_engine):
    """"anak korban gempa yang sudah direunifikasi": "korban" says whose children they are, and the
    question's own verb, of no class, is what befell them (frame._victims_doing_asked): the
    reunited answer, whether any died is not asked."""
    await empty_engine.ingest_articles(REUNITED)
    values = listed_values(await empty_engine.ask(
        "Berapa anak korban gempa Palu yang sudah direunifikasi dengan keluarganya?"))
    assert 59 in values, values


CHECKUPS = FILLER + other_stories("posko", "SINDOnews", "2019-09-20", [
    ("Nelayan Karawang Mengeluh", "Nelayan Karawang mengeluhkan tangkapan ikan yang menurun akibat tumpahan minyak."),
    ("Pembersihan Pantai Berlanjut", "Pembersihan pantai dari gumpalan minyak di Karawang berlanjut."),
]) + [
    Article(id="posko-sehat", outlet="SINDOnews", published="2019-09-20", title="Layanan Kesehatan Posko Tumpahan Minyak",
            body="Secara kumulatif sejak dibuka, total yang telah dilayani mencapai 23.942 pemeriksaan warga di posko "
                 "kesehatan Karawang."),
]


async def test_a_class_said_of_an_area_is_not_the_counted_things(empty_engine):
    """"pemeriksaan … di wilayah terdampak tumpahan minyak": the area was struck (frame_words
    area_nouns); the checkups asked need not be "affected" ones."""
    await empty_engine.ingest_articles(CHECKUPS)
    values = listed_values(await empty_engine.ask(
        "Berapa total pemeriksaan kesehatan warga di posko wilayah terdampak tumpahan minyak Karawang?"))
    assert 23942 in values, values


ASYLUM = FILLER + other_stories("suaka", "Kompas.com", "2019-09-02", [
    ("UNHCR Temui Gubernur", "Perwakilan UNHCR menemui gubernur membahas penampungan di Kalideres."),
    ("Warga Kalideres Keluhkan Sampah", "Warga Kalideres mengeluhkan sampah di sekitar eks Gedung Kodim."),
]) + [
    Article(id="suaka-sewa", outlet="Kompas.com", published="2019-09-02", title="Pencari Suaka Dapat Uang Sewa",
            body="Pada Jumat lalu, sebanyak 400 pencari suaka yang sempat mengungsi di eks Gedung Kodim mendapatkan "
                 "bantuan uang untuk menyewa kontrakan. Sebanyak 25 petugas Satpol PP berjaga di lokasi."),
]


async def test_asylum_seekers_are_people_displaced(empty_engine):
    """"pencari suaka" is a displaced class's noun (predicates.txt), as "pengungsi" is: a plain
    question about asylum seekers takes the displaced "400 pencari suaka yang sempat mengungsi",
    and the guards are not asked."""
    await empty_engine.ingest_articles(ASYLUM)
    values = listed_values(await empty_engine.ask(
        "Berapa pencari suaka di eks Gedung Kodim yang mendapat bantuan uang untuk menyewa kontrakan?"))
    assert 400 in values, values
    assert 25 not in values, values


def test_a_class_phrase_the_asked_noun_opens_is_no_other_nouns_clause():
    """"pencari suaka yang masih bertahan": "suaka" is a word of the asked noun's phrase, so the
    "yang" clause after it is the asked noun's (frame._clause_of_other_noun), and the verb's class
    narrows the noun's (frame_words base_noun_classes)."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline

    frame = question_frame("Berapa pencari suaka yang masih bertahan di trotoar Kebon Sirih?", TextPipeline())
    assert frame.predicates == ("remaining",), frame.predicates


COUNCIL = FILLER + other_stories("dprd", "Tribunnews", "2019-09-10", [
    ("Pelantikan Anggota Dewan Ciamis", "Anggota dewan Ciamis dilantik pada awal Agustus."),
    ("Bank Daerah Salurkan Kredit", "Bank daerah menyalurkan kredit kepada pegawai pemerintah di Ciamis."),
]) + [
    Article(id="dprd-sk", outlet="Tribunnews", published="2019-09-10", title="Anggota Dewan Gadaikan SK",
            body="Setelah dilantik, sekira 30 persen Anggota Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Ciamis "
                 "menggadaikan Surat Keputusan (SK) untuk mengajukan kredit ke perbankan. Sekitar 45 persen warga "
                 "Kabupaten Ciamis bekerja di sektor pertanian."),
]


async def test_the_acronym_of_a_names_last_words_is_the_same_owner(empty_engine):
    """"Anggota Dewan Perwakilan Rakyat Daerah" are the DPRD's members: the initials of a name's last
    words are its acronym (frame._acronyms_of), so the share is the DPRD's, not another owner's."""
    await empty_engine.ingest_articles(COUNCIL)
    values = listed_values(await empty_engine.ask(
        "Berapa persen anggota DPRD Kabupaten Ciamis yang menggadaikan SK untuk kredit bank?"))
    assert 30 in values, values
    assert 45 not in values, values


def test_a_verb_after_the_counted_noun_is_no_modifier_of_its_owner():
    """"29 anggota menyerahkan SK ke Bank DKI": SK is what is handed over, not whose members they are
    (frame._plain_modifier): the figure has no owner that would contradict "anggota DPRD"."""
    claims = extract_claims(["Saat itu sebanyak 29 anggota menyerahkan SK ke Bank DKI untuk mengajukan kredit."])
    quantities = [q for c in claims for q in c.quantities if q.value == 29]
    assert quantities and quantities[0].of != "sk", quantities


def test_a_verbs_object_time_after_a_source_is_no_report_time():
    """"menurut Kementerian ESDM saat mengumumkan larangan ekspor nikel per 2020": from 2020 is the
    ban's, not when the report was written (frame._report_phrases); "menurut BPS per Agustus 2019"
    still is."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline

    pipeline = TextPipeline()
    ban = question_frame("Menurut Kementerian ESDM saat mengumumkan larangan ekspor nikel per 2020, berapa smelter "
                         "yang sudah beroperasi?", pipeline)
    assert ban.reported == (), ban.reported
    report = question_frame("Menurut BPS per Agustus 2019, berapa persen tingkat pengangguran terbuka?", pipeline)
    assert report.reported == ((2019, 8),), report.reported


DROUGHT = FILLER + other_stories("kering", "Okezone", "2019-09-05", [
    ("Petani Pompa Air Sungai", "Petani di Indramayu memompa air sungai untuk mengairi sawah."),
    ("Waduk Jatiluhur Menyusut", "Permukaan air Waduk Jatiluhur menyusut di puncak kemarau."),
]) + [
    Article(id="kering-luas", outlet="Okezone", published="2019-09-05", title="Kekeringan Lahan Sawah Masih Kecil",
            body="\"Dibandingkan dengan luas tanam saat ini, persentase luas kekeringan pada musim kemarau masih "
                 "sangat kecil berkisar 2,77%,\" ungkap Dirjen PSP. Produksi gabah naik 4,5% dibanding tahun lalu."),
]


async def test_a_time_said_between_a_measure_and_its_phrase_is_read_past(empty_engine):
    """"persentase luas kekeringan pada musim kemarau … 2,77%": "pada musim kemarau" says when, and the
    phrase measured is read before it (frame._phrase_before, frame_words period_heads)."""
    await empty_engine.ingest_articles(DROUGHT)
    values = listed_values(await empty_engine.ask(
        "Berapa persen luas kekeringan pada musim kemarau 2019 dibandingkan total luas tanam?"))
    assert 2.77 in values, values
    assert 4.5 not in values, values


STOCKS = FILLER + other_stories("bursa", "Kontan", "2019-09-18", [
    ("IHSG Ditutup Menguat", "Indeks Harga Saham Gabungan ditutup menguat tipis pada perdagangan Rabu."),
    ("Asing Catat Jual Bersih", "Investor asing mencatat jual bersih di pasar reguler pada Rabu."),
]) + [
    Article(id="bursa-gainers", outlet="Kontan", published="2019-09-18", title="Saham Top Gainers Hari Ini",
            body="Saham-saham top gainers antara lain saham Sinergi Megah Internusa Tbk (NUSA) naik Rp7 atau 9,33% "
                 "ke Rp82, saham Garuda Indonesia (Persero) Tbk (GIAA) naik Rp45 atau 9,18% ke Rp535, dan saham "
                 "Smartfren Telecom Tbk (FREN) naik Rp12 atau 8,45% ke Rp154."),
]


async def test_a_stock_price_asked_at_the_close_is_the_level_its_own_item_reached(empty_engine):
    """"di harga berapa saham … (GIAA) ditutup": a price at a moment of trading is the level a move
    reached ("naik Rp45 … ke Rp535": frame._market_level_reached), and in a list of stocks the
    figures of another code's item are that company's (grades.company_fits)."""
    await empty_engine.ingest_articles(STOCKS)
    values = listed_values(await empty_engine.ask(
        "Di harga berapa saham Garuda Indonesia (GIAA) ditutup pada perdagangan Rabu, 18 September 2019?"))
    assert 535 in values, values
    assert 82 not in values and 154 not in values, values


def test_a_place_that_pays_is_no_place_asked():
    """"program pemulihan PETRA yang didanai Jerman": Germany pays (frame_words funder_markers); the
    school in Sigi is where the figure holds."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline

    frame = question_frame("SD Inpres Jono Oge di Sigi termasuk program pemulihan yang didanai Jerman; ada berapa "
                           "sekolah dalam program itu?", TextPipeline())
    assert "jerman" not in frame.places and "sigi" in frame.places, frame.places


PHONES = FILLER + other_stories("iphone", "Tempo.co", "2019-09-11", [
    ("Apple Luncurkan Tiga iPhone", "Apple meluncurkan tiga iPhone baru di Cupertino pada Selasa waktu setempat."),
    ("Kamera iPhone Baru", "Kamera tiga lensa menjadi andalan iPhone baru tahun ini."),
]) + [
    Article(id="iphone-harga", outlet="Tempo.co", published="2019-09-11", title="Harga Mulai iPhone 11 Pro Max",
            body="Sementara harga iPhone 11 Pro Max mulai dari USD 1199. "
                 "Varian iPhone 11 Pro Max dibanderol dengan harga USD1.099 (64GB), USD1.249 (256GB), USD1.449 (512GB). "
                 "Di China, iPhone 11 Pro Max dijual mulai 9599 yuan."),
]


async def test_a_starting_price_asked_in_dollars(empty_engine):
    """"harga mulai … dalam dolar AS": "AS" after a currency is whose dollar, no place the sentence
    must name (frame_words money_units); "mulai dari USD 1199" is where the prices start, not the
    start of a change (frame._figure_role); in a list of prices by variant only the first is where
    they start (grades.start_price_fits); an amount in yuan is no amount in dollars
    (frame.currency_fits)."""
    await empty_engine.ingest_articles(PHONES)
    values = listed_values(await empty_engine.ask("berapa harga mulai iPhone 11 Pro Max dalam dolar AS?"))
    assert 1199 in values and 1099 in values, values
    assert 1249 not in values and 1449 not in values, values
    assert 9599 not in values, values


def test_a_country_after_a_currency_is_no_place_asked():
    """"dalam dolar AS": whose dollar, not where the price holds (frame_words money_units): no
    place the answer's sentences must name."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline

    frame = question_frame("berapa harga mulai iPhone 11 Pro Max dalam dolar AS?", TextPipeline())
    assert "amerika_serikat" not in frame.places + frame.entities, frame.places


INSURED = FILLER + other_stories("pbi", "detikcom", "2025-10-13", [
    ("BPJS Kesehatan Catat Surplus", "BPJS Kesehatan mencatat surplus dana jaminan sosial tahun ini."),
    ("Iuran Kelas 3 Tidak Naik", "Pemerintah memastikan iuran peserta kelas 3 tidak naik tahun ini."),
]) + [
    Article(id="pbi-tanggung", outlet="detikcom", published="2025-10-13", title="Peserta PBI Ditanggung Negara",
            body="Saat ini, lebih dari 96,8 juta peserta penerima bantuan iuran ditanggung oleh pemerintah pusat, "
                 "sementara pemerintah daerah menanggung lebih dari 37 juta peserta."),
]


async def test_a_contrasted_subject_with_another_modifier_is_another_party(empty_engine):
    """", sementara pemerintah daerah menanggung 37 juta peserta" after "ditanggung oleh pemerintah
    pusat": the same noun with another modifier is another party (frame._other_modifier)."""
    await empty_engine.ingest_articles(INSURED)
    values = listed_values(await empty_engine.ask(
        "Berapa peserta penerima bantuan iuran yang ditanggung pemerintah pusat?"))
    assert 96.8e6 in values, values
    assert 37e6 not in values, values


CONTRACTS = FILLER + other_stories("kontrak", "CNN Indonesia", "2017-07-18", [
    ("Saham Emiten Konstruksi Menguat", "Saham emiten konstruksi menguat pada perdagangan Selasa."),
    ("Proyek Tol Trans Sumatera", "Proyek tol Trans Sumatera menyerap belanja modal terbesar perseroan."),
]) + [
    Article(id="kontrak-baru", outlet="CNN Indonesia", published="2017-07-18", title="Kontrak Baru PT PP Semester I",
            body="Sampai akhir Juni 2017, PT PP membukukan nilai kontrak baru sebesar 49,7 persen dari total target yang "
                 "ditetapkan sepanjang tahun ini, yaitu sebesar Rp 40,6 triliun. "
                 "Dengan mengantongi kontrak baru hingga Juni 2017 sebesar Rp 20,2 triliun, manajemen PT PP masih optimistis "
                 "target kontrak baru 2017 sebesar Rp 40,6 triliun dapat terlampaui."),
]


async def test_a_figure_headed_by_its_target_answers_no_question_about_what_was_reached(empty_engine):
    """"target kontrak baru 2017 sebesar Rp 40,6 triliun", and the same in an appositive ("dari total
    target …, yaitu sebesar Rp 40,6 triliun"), is the target (grades.aim_fits): no answer to "berapa
    kontrak baru yang dibukukan", which Rp 20,2 triliun is."""
    await empty_engine.ingest_articles(CONTRACTS)
    values = listed_values(await empty_engine.ask(
        "Berapa nilai kontrak baru yang dibukukan PT PP sampai akhir Juni 2017?"))
    assert 20.2e12 in values, values
    assert 40.6e12 not in values, values


WOOD = FILLER + other_stories("kayu", "Okezone", "2019-09-20", [
    ("Eksportir Mebel Keluhkan SVLK", "Eksportir mebel mengeluhkan biaya mengurus sertifikat legalitas kayu."),
    ("Pasar Mebel Amerika Terbuka", "Pasar mebel Amerika Serikat terbuka bagi produk Indonesia."),
]) + [
    Article(id="kayu-ekspor", outlet="Okezone", published="2019-09-20", title="Ekspor Kayu Olahan Naik",
            body="Data KLHK mengungkap, ekspor produk kayu olahan periode 2016-2018 berturut-turut adalah 9,26 miliar "
                 "dolar AS, 10,94 miliar dolar AS, dan 12,17 miliar dolar AS."),
]


async def test_a_list_over_a_span_of_years_gives_each_figure_its_year(empty_engine):
    """"periode 2016-2018 berturut-turut adalah A, B, dan C": C is 2018's (frame._year_listed), so
    the question about 2018 takes it alone."""
    await empty_engine.ingest_articles(WOOD)
    values = listed_values(await empty_engine.ask(
        "Berapa nilai ekspor produk kayu olahan Indonesia pada 2018 menurut data KLHK?"))
    assert 12.17e9 in values, values
    assert 9.26e9 not in values and 10.94e9 not in values, values


ARREARS = FILLER + other_stories("tunggakan", "detikcom", "2025-10-17", [
    ("BPJS Kesehatan Buka Layanan Malam", "BPJS Kesehatan membuka layanan malam di kantor cabang Jakarta."),
    ("Iuran Peserta Mandiri", "Iuran peserta mandiri dibayar setiap bulan paling lambat tanggal 10."),
]) + [
    Article(id="tunggakan-aktif", outlet="detikcom", published="2025-10-17", title="Cara Mengaktifkan Kepesertaan BPJS",
            body="Pengaktifan kepesertaan baru dapat dilakukan apabila peserta telah membayar tunggakan iuran paling "
                 "banyak selama 24 bulan. Program keringanan ditujukan untuk peserta dengan tunggakan iuran lebih dari "
                 "3 bulan."),
]


async def test_at_most_how_many_months_asks_months_and_a_floor_is_no_cap(empty_engine):
    """"paling banyak berapa bulan": "paling banyak" is no question word, so months are asked
    (frame.question_frame's q_at, durations); a cap asked takes the cap said ("paling banyak selama
    24 bulan"), not a floor ("lebih dari 3 bulan": grades.bound_fits), and a span keeps its
    qualifier once in its label (answer.figure_label)."""
    await empty_engine.ingest_articles(ARREARS)
    answer = await empty_engine.ask(
        "Tunggakan iuran BPJS Kesehatan paling banyak berapa bulan yang harus dibayar agar kepesertaan aktif lagi?")
    values = listed_values(answer)
    assert 24 in values, values
    assert 3 not in values, values
    from retrieval.answer import figure_label
    from retrieval.frame import question_frame
    assert question_frame("paling banyak berapa bulan tunggakan yang harus dibayar?", empty_engine.pipeline).durations \
        == ("bulan",)
    assert figure_label({"value": 3.0, "text": "lebih dari 3", "qualifier": "lebih dari", "unit": "bulan",
                         "duration": "lebih dari 3 bulan"}) == "lebih dari 3 bulan"


AIRPORT = FILLER + other_stories("yia", "SINDOnews", "2019-09-05", [
    ("Kereta Bandara YIA Disiapkan", "Kereta bandara menuju YIA Kulon Progo disiapkan tahun depan."),
    ("Maskapai Tambah Rute ke YIA", "Dua maskapai menambah rute penerbangan ke YIA Kulon Progo."),
]) + [
    Article(id="yia-penumpang", outlet="SINDOnews", published="2019-09-05", title="Penumpang YIA Empat Bulan",
            body="Sejak beroperasi 6 Mei hingga 31 Agustus 2019, Bandara YIA Kulon Progo telah melayani 82.403 penumpang. "
                 "Pada Juli 2019, Bandara YIA Kulon Progo melayani 27.585 penumpang."),
]


async def test_one_months_figure_is_no_total_of_a_span_of_months_asked(empty_engine):
    """"selama … (6 Mei - 31 Agustus 2019)": a figure the sentence gives to July alone is a part of
    the span asked (frame.time_fits)."""
    await empty_engine.ingest_articles(AIRPORT)
    values = listed_values(await empty_engine.ask(
        "Berapa penumpang yang sudah dilayani Bandara YIA Kulon Progo selama empat bulan pertama beroperasi "
        "(6 Mei - 31 Agustus 2019)?"))
    assert 82403 in values, values
    assert 27585 not in values, values


def test_a_route_asked_takes_no_figure_of_another_route():
    """"rute Jakarta (CGK)-Yogyakarta (JOG)": "Lion Air CGK-KNO Rp 49.000 per kg" is another route's,
    and "rute Jakarta-Kuala Lumpur … 19.741 penerbangan" for "rute Jakarta-Singapura" too
    (grades.route_fits: each end of the nearest route before a figure must be an asked one)."""
    from retrieval.grades import route_fits

    bags = "Berapa tarif kelebihan bagasi per kg Lion Air rute Jakarta (CGK)-Yogyakarta (JOG) mulai 1 September 2019?"
    assert route_fits(bags, {"text": "24.000"}, "Lion Air CGK-JOG Rp 24.000 per kg,2.")
    assert not route_fits(bags, {"text": "49.000"}, "Lion Air CGK-KNO Rp 49.000 per kg,3.")
    flights = "Berapa penerbangan di rute Jakarta-Singapura menurut OAG?"
    assert route_fits(flights, {"text": "27.046"}, "Rute Jakarta-Singapura tersibuk ke-3 dengan 27.046 penerbangan.")
    assert not route_fits(flights, {"text": "19.741"}, "Rute Jakarta-Kuala Lumpur di peringkat ke-5 dengan 19.741 penerbangan.")


SCHOLARS = FILLER + other_stories("beasiswa", "Tempo.co", "2019-09-12", [
    ("Garuda Buka Rute Papua", "Garuda Indonesia membuka rute baru ke Papua bulan depan."),
    ("Sekolah Pilot Kekurangan Instruktur", "Sekolah pilot di Indonesia kekurangan instruktur terbang."),
]) + [
    Article(id="beasiswa-pilot", outlet="Tempo.co", published="2019-09-12", title="Garuda Beri Beasiswa Pilot",
            body="Garuda Indonesia akan memberikan beasiswa pilot terhadap lima putra dan putri terbaik asal Papua pada 2020. "
                 "Saat ini maskapai itu mempekerjakan 24 pilot asal Papua."),
]


async def test_a_noun_pair_asked_counts_either_half(empty_engine):
    """"berapa putra-putri terbaik asal Papua": a pair joined by a hyphen counts either half, so "lima
    putra dan putri" answers (answer._pair_halves), and the pilots employed do not."""
    await empty_engine.ingest_articles(SCHOLARS)
    values = listed_values(await empty_engine.ask(
        "Garuda Indonesia berencana memberi beasiswa pilot pada 2020 kepada berapa putra-putri terbaik asal Papua?"))
    assert 5 in values, values
    assert 24 not in values, values


def test_the_source_a_figure_is_read_from_is_who_says_it():
    """"menurut hitung cepat Voxpol Center": "Berdasarkan hitung cepat Voxpol Center, … 59,4 persen"
    names its source as "menurut" would (relevance.said_by), "dilansir Reuters" too."""
    from retrieval.relevance import claim_focus, name_words, speaker_fits

    asked = claim_focus("Berapa persen suara Anies-Sandiaga menurut hitung cepat Voxpol Center di putaran kedua?")
    assert asked is not None
    focus = name_words(asked, ["peneliti Voxpol Center Pangi Syarwi"], [])   # a page names Voxpol Center as a speaker
    assert focus.speaker_words, focus
    assert speaker_fits(focus, None, None, "Berdasarkan hitung cepat Voxpol Center, Anies-Sandiaga memperoleh 59,4 persen.")
    assert not speaker_fits(focus, None, None, "Berdasarkan hitung cepat LSI, Anies-Sandiaga memperoleh 57,9 persen.")


def test_what_is_done_asked_takes_no_plan():
    """"BTS desa yang sudah dibangun": "BAKTI juga akan menggenjot pembangunan 5.000 BTS" is a plan
    (grades.aim_fits), "BAKTI sudah membangun 1.682 BTS" what is done."""
    from retrieval.grades import aim_fits

    question = "Berapa BTS desa yang sudah dibangun BAKTI per September 2019?"
    assert aim_fits(question, {"text": "1.682 BTS"}, "Hingga kini BAKTI sudah membangun 1.682 BTS di desa.")
    assert not aim_fits(question, {"text": "5.000 BTS"}, "BAKTI juga akan menggenjot pembangunan 5.000 BTS di lima ribu desa.")


def test_an_amount_is_the_graded_things_its_sentence_names_before_it():
    """"stimulan untuk rumah rusak berat … 1.594 unit dengan jumlah dana Rp 82 miliar": the money is
    for the heavily damaged houses (grades.grade_fits), and not for the lightly damaged ones."""
    from retrieval.grades import grade_fits

    question = "Berapa dana stimulan tahap pertama untuk perbaikan rumah rusak berat korban gempa di Kota Palu?"
    said = "Stimulan untuk rumah rusak berat tahap pertama sebanyak 1.594 unit dengan jumlah dana Rp 82 miliar."
    assert grade_fits(question, {"text": "82 miliar"}, said)
    assert not grade_fits(question, {"text": "82 miliar"}, said.replace("rusak berat", "rusak ringan"))
