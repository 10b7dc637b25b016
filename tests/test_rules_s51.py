"""Session 51 rules (docs/frames.md "Session 51 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import topic_archive, values_asked

SANTRI = topic_archive("santri", "2019-09-08", [
    Article(id="kompas-santri", outlet="Kompas.com", published="2019-09-08",
            title="Polisi Tangkap Pelaku yang Tusuk Santri hingga Tewas",
            body="Polres Cirebon Kota menangkap dua orang pelaku penusukan terhadap Ahmad Fauzan (17), santri "
                 "Pondok Pesantren Darul Ilmi, Minggu dini hari (8/9/2019). Pelaku berinisial RS (22) dan "
                 "AM (19) ditangkap di rumahnya."),
])


async def test_an_age_holds_on_the_days_around_the_day_asked(empty_engine):
    """"berapa usia Ahmad Fauzan … yang tewas ditusuk … 6 September 2019": the arrest's report of 8
    September gives his age; an age grows a year at a time, so the asked day's month and year
    hold, not the day (frame.age_time_frame). The attackers' ages are others'."""
    values = await values_asked(empty_engine, SANTRI, "Berapa usia Ahmad Fauzan, santri Pondok Pesantren Darul "
                                                      "Ilmi yang tewas ditusuk di Kota Cirebon, 6 September 2019?")
    assert values == [17], values


TOKO = topic_archive("toko", "2019-09-04", [
    Article(id="kompas-toko", outlet="Kompas.com", published="2019-09-04",
            title="Toko Aplikasi Ponsel Ganti Nama",
            body="Di Indonesia, TokoApp memiliki 1,7 juta pengguna aktif harian per Juli 2019. "
                 "Secara global, TokoApp memiliki 150 juta pengguna aktif yang tersebar di lima negara, "
                 "mencakup China, India, Indonesia, Spanyol, dan Rusia. "
                 "Antarmuka buatannya juga telah memiliki 24 juta pengguna aktif bulanan di Indonesia."),
])


async def test_a_daily_count_is_not_the_worlds_nor_a_monthly_one(empty_engine):
    """"pengguna aktif harian … di Indonesia": "Secara global, … 150 juta pengguna … tersebar di lima
    negara, mencakup … Indonesia" is the world's (frame.worldwide_fits), and "24 juta pengguna aktif
    bulanan" is a month's count (grades.basis_fits)."""
    values = await values_asked(empty_engine, TOKO, "Berapa pengguna aktif harian toko aplikasi TokoApp di "
                                                    "Indonesia per Juli 2019?")
    assert values == [1_700_000], values


async def test_the_worlds_figure_answers_a_question_asking_the_world(empty_engine):
    """Asked worldwide, the figure said "secara global" answers, though the question names a
    country among those it covers (frame.worldwide_fits reads "global" in the question)."""
    values = await values_asked(empty_engine, TOKO, "Berapa pengguna aktif TokoApp secara global, di China, India "
                                                    "dan Indonesia?")
    assert 150_000_000 in values, values


PASAL = topic_archive("pasal", "2019-09-20", [
    Article(id="tempo-pasal", outlet="Tempo.co", published="2019-09-19", title="Komisi VIII DPR dan Pemerintah Setujui Draf RUU Pondok",
            body="Dalam draf undang-undang baru hanya ada 55 pasal yang seluruhnya mengatur soal pendidikan "
                 "di pondok."),
    Article(id="sindonews-pasal", outlet="SINDOnews", published="2019-09-20", title="RUU Pondok Disetujui",
            body="Pembahasan sempat tertunda karena perbedaan pendapat antara pemerintah dengan DPR terkait "
                 "dua pasal dalam draf RUU itu."),
])


async def test_a_government_that_agreed_is_no_sector_asked(empty_engine):
    """"pasal … yang disetujui Komisi VIII DPR dan pemerintah": "pemerintah" is one of those who
    agreed, not a holder sector of what is counted (frame.question_sectors); before, only
    sentences naming "pemerintah" were kept and the draft's 55 articles were dropped."""
    values = await values_asked(empty_engine, PASAL, "Ada berapa pasal dalam draf undang-undang tentang Pondok "
                                                     "yang disetujui Komisi VIII DPR dan pemerintah?")
    assert 55 in values, values


PANGSA = topic_archive("pangsa", "2019-09-04", [
    Article(id="kompas-pangsa", outlet="Kompas.com", published="2019-09-04",
            title="Pangsa Pasar Ponsel Merek Lokal",
            body="Firma riset Counterpoint Research menyebut pangsa pasar Merapi di Indonesia naik dari 19 persen "
                 "pada kuartal kedua 2018 menjadi 21 persen pada periode yang sama tahun ini."),
])


async def test_a_figure_takes_the_year_of_the_period_written_after_it(empty_engine):
    """"pangsa pasar … kuartal II 2018": "19 persen pada kuartal kedua 2018" is that quarter's
    (frame._YEAR_AFTER_RE reads a quarter before the year), and "21 persen pada periode yang
    sama tahun ini" this year's (frame._same_period_year), whatever "2018 menjadi" before it."""
    values = await values_asked(empty_engine, PANGSA, "Menurut Counterpoint Research, berapa persen pangsa pasar "
                                                      "Merapi di Indonesia pada kuartal II 2018?")
    assert values == [19], values


async def test_this_years_figure_is_not_last_years_quarter(empty_engine):
    """Asked for 2019, the 2018 quarter's 19 percent is another period's (frame.time_fits)."""
    values = await values_asked(empty_engine, PANGSA, "Menurut Counterpoint Research, berapa persen pangsa pasar "
                                                      "Merapi di Indonesia pada kuartal II 2019?")
    assert 19 not in values, values


PONSEL = topic_archive("ponsel", "2019-09-19", [
    Article(id="sindonews-ponsel", outlet="SINDOnews", published="2019-09-19",
            title="Ponsel Rinjani 5 Pro Resmi Rilis",
            body="Soal harga, Rinjani membandrol 5 Pro varian RAM 4GB + ROM 128 GB dengan harga Rp 2,999 juta dan "
                 "varian RAM 8GB + ROM 128 seharga Rp 3,699 juta. "
                 "Di bagian depannya, Rinjani 5 Pro punya kamera 16 megapiksel untuk swafoto. "
                 "Salah satu kamera belakang beresolusi 48 megapiksel."),
])


async def test_a_price_asked_of_one_memory_variant_is_not_anothers(empty_engine):
    """"varian RAM 8 GB/128 GB": the price after "varian RAM 4GB + ROM 128 GB" is the other
    variant's (frame.memory_variant_fits)."""
    values = await values_asked(empty_engine, PONSEL, "Berapa harga Rinjani 5 Pro varian RAM 8 GB/128 GB di "
                                                      "Indonesia?")
    assert values == [3_699_000], values


async def test_a_camera_asked_by_its_side_is_not_the_other_sides(empty_engine):
    """"kamera utama (belakang)": the 16 megapixels "Di bagian depannya" are the front camera's
    (frame.camera_side_fits); the rear camera's 48 answer."""
    values = await values_asked(empty_engine, PONSEL, "Berapa megapiksel kamera utama (belakang) Rinjani 5 Pro?")
    assert values == [48], values


async def test_a_selfie_camera_asked_takes_the_front_one(empty_engine):
    values = await values_asked(empty_engine, PONSEL, "Berapa megapiksel kamera selfie Rinjani 5 Pro?")
    assert values == [16], values


BELANJA = topic_archive("belanja", "2019-09-19", [
    Article(id="sindonews-belanja", outlet="SINDOnews", published="2019-09-19",
            title="Rinjani Panen Transaksi di Festival Belanja 9.9",
            body="Festival belanja 9.9 kali ini mencatatkan peningkatan transaksi sebesar 3 kali lipat dibandingkan "
                 "tahun 2018. Manajer Rinjani mengatakan transaksi Rinjani pada puncak 9.9 meningkat sebesar 11 kali "
                 "lipat dibandingkan hari biasa."),
])


async def test_times_over_asked_takes_the_multiplier_against_the_asked_baseline(empty_engine):
    """"naik berapa kali lipat dibanding hari biasa": "11 kali lipat" counts no noun and answers
    (answer._times_over); "3 kali lipat dibandingkan tahun 2018" compares with last year, not
    ordinary days (frame.compared_with_fits)."""
    values = await values_asked(empty_engine, BELANJA, "Transaksi Rinjani pada puncak festival belanja 9.9 naik "
                                                       "berapa kali lipat dibanding hari biasa?")
    assert values == [11], values


RITEL = topic_archive("ritel", "2019-09-02", [
    Article(id="kompas-ritel", outlet="Kompas.com", published="2019-09-02", title="Penjualan Ritel Hong Kong Anjlok",
            body="Penjualan ritel Hong Kong pada Juli 2019 anjlok 11,4 persen dibandingkan periode yang sama tahun "
                 "lalu."),
])


async def test_two_times_compared_with_are_left_to_the_time_rules(empty_engine):
    """"dibandingkan tahun sebelumnya" asked, "dibandingkan periode yang sama tahun lalu" said:
    both baselines are times, and they agree (frame._timed_baseline)."""
    values = await values_asked(empty_engine, RITEL, "Berapa persen penjualan ritel Hong Kong anjlok pada Juli 2019 "
                                                     "dibandingkan tahun sebelumnya?")
    assert values == [11.4], values


WAKAF = topic_archive("wakaf", "2019-09-13", [
    Article(id="tempo-wakaf", outlet="Tempo.co", published="2019-09-13", title="OJK: Bank Wakaf Mikro Terus Tumbuh",
            body="Direktur OJK menyebutkan saat ini terdapat 52 bank wakaf mikro dengan akumulasi pembiayaan yang "
                 "disalurkan mencapai Rp 24,99 miliar."),
])


async def test_an_accumulated_amount_asks_the_money_not_a_count_of_banks(empty_engine):
    """"Berapa akumulasi pembiayaan": "akumulasi" says how it is summed, not what is counted
    (not_nouns), so the financing is asked: an amount of money, not "52 bank"."""
    values = await values_asked(empty_engine, WAKAF, "Berapa akumulasi pembiayaan yang sudah disalurkan bank wakaf "
                                                     "mikro menurut OJK?")
    assert values == [24_990_000_000], values


LABEL = topic_archive("label", "2019-09-11", [
    Article(id="okezone-label", outlet="Okezone", published="2019-09-11", title="Ini Harga Rinjani 11 Paling Mahal",
            body="Varian tertinggi, Rinjani 11 Max, dibanderol dengan harga USD1.099 (64GB), USD1.249 (256GB), "
                 "USD1.449 (512GB)."),
])


async def test_a_memory_label_after_a_price_names_its_variant(empty_engine):
    """"USD1.449 (512GB)": the bracket after the price names its variant (frame.memory_variant_fits),
    not the "(256GB)" of the price before."""
    values = await values_asked(empty_engine, LABEL, "Berapa harga Rinjani 11 Max 512GB?")
    assert values == [1449], values


JUTAAN = topic_archive("jutaan", "2019-09-25", [
    Article(id="kompas-jutaan", outlet="Kompas.com", published="2019-09-25", title="Ponsel Semeru Z1 Turun Harga",
            body="Sebagai pembanding, harga Semeru Z1 Pro 4 GB/64 GB dibanderol Rp 3.1 jutaan pada saat peluncuran."),
])


async def test_a_decimal_written_the_english_way_before_jutaan_is_read(empty_engine):
    """"Rp 3.1 jutaan": a dot before one or two digits is a decimal point before a scale, as before
    "juta" (claims.DIGIT_NUM; ingest)."""
    values = await values_asked(empty_engine, JUTAAN, "Berapa harga Semeru Z1 Pro RAM 4 GB/64 GB waktu diluncurkan?")
    assert values == [3_100_000], values


NIKAH_DINI = topic_archive("dini", "2019-09-16", [
    Article(id="tempo-dini", outlet="Tempo.co", published="2019-09-16", title="Pernikahan Anak di Negeri Elbaria",
            body="Menurut data Amnesty International, sekitar 17 persen perempuan di Elbaria menikah sebelum usia mereka "
                 "18 tahun."),
])


async def test_an_age_the_question_states_asks_no_age(empty_engine):
    """"berapa persen perempuan … yang menikah sebelum berusia 18 tahun": "berusia 18" states an
    age, the question asks a share (frame.asks_age); before, the share was read as no age and set
    aside."""
    values = await values_asked(empty_engine, NIKAH_DINI, "Menurut Amnesty International, berapa persen perempuan di "
                                                          "Elbaria yang menikah sebelum berusia 18 tahun?")
    assert values == [17], values


ANCAMAN = topic_archive("ancaman", "2019-09-17", [
    Article(id="wowkeren-ancaman", outlet="wowkeren.com", published="2019-09-17",
            title="Aktor Rendra Menjalani Rehabilitasi Ganja",
            body="Atas perbuatannya, aktor Rendra diancam hukuman 4 tahun dan maksimal 12 tahun penjara."),
])


async def test_a_figure_paired_with_the_asked_bound_after_it_is_the_other_end(empty_engine):
    """"ancaman hukuman penjara maksimal": "4 tahun dan maksimal 12 tahun" gives 12; the 4 before
    "dan maksimal" is the other end (grades.bound_fits)."""
    values = await values_asked(empty_engine, ANCAMAN, "Berapa tahun ancaman hukuman penjara maksimal yang dihadapi "
                                                       "aktor Rendra dalam kasus ganja?")
    assert values == [12], values


KABINET = topic_archive("kabinet", "2019-09-12", [
    Article(id="sindonews-kabinet", outlet="SINDOnews", published="2019-09-11",
            title="Perdana Menteri Elbaria Rombak Kabinet",
            body="Rencananya ada 19 menteri baru dalam kabinet Perdana Menteri Elbaria. "
                 "Kabinet baru itu hanya diisi dua menteri perempuan."),
    Article(id="tribun-jatah", outlet="Tribunnews", published="2019-09-12", title="Jatah Kursi Partai Surya",
            body="Partai Surya mendapat jatah 3 kursi menteri dalam kabinet jilid pertama."),
])


async def test_a_subgroup_asked_by_sex_is_counted_by_a_sentence_naming_it(empty_engine):
    """"berapa menteri perempuan": "19 menteri baru" counts men and women (frame.subgroup_named_fits);
    "dua menteri perempuan" answers."""
    values = await values_asked(empty_engine, KABINET, "Berapa menteri perempuan di kabinet baru Perdana Menteri "
                                                       "Elbaria?")
    assert values == [2], values


async def test_an_allotment_asks_what_is_allotted(empty_engine):
    """"berapa jatah kursi menteri": "jatah" says how the seats are had, not what is counted
    (not_nouns), so "3 kursi menteri" answers."""
    values = await values_asked(empty_engine, KABINET, "Berapa jatah kursi menteri Partai Surya di kabinet jilid "
                                                       "pertama?")
    assert values == [3], values


EVAKUASI = topic_archive("evakuasi", "2019-10-26", [
    Article(id="sindonews-evakuasi", outlet="SINDOnews", published="2019-10-26",
            title="Hujan Lebat Picu Banjir di Chiba, 10 Orang Tewas",
            body="Hujan lebat mengguyur Chiba, Jepang. Tiga belas sungai meluap, sekitar 50.000 penduduk "
                 "direkomendasikan untuk dievakuasi. Sebanyak 10 orang tewas akibat banjir itu."),
])


async def test_a_deed_asked_after_a_verb_of_asking_is_the_counted_ones(empty_engine):
    """"penduduk yang direkomendasikan untuk dievakuasi": "untuk" after a verb of asking opens what
    befalls the counted (displaced), not a purpose (frame._when_before); the dead are others."""
    values = await values_asked(empty_engine, EVAKUASI, "Berapa jumlah penduduk yang direkomendasikan untuk "
                                                        "dievakuasi ketika Chiba diguyur hujan lebat?")
    assert values == [50_000], values


KEMBAR = topic_archive("kembar", "2019-09-16", [
    Article(id="kompas-kembar", outlet="Kompas.com", published="2019-09-16",
            title="Ibu Bunuh 2 Anak Kembarnya Saat Tertidur",
            body="Polisi di Kelapa Lima, Kota Kupang, membuka tabir pembunuhan dua anak kembar, Rangga Sasus dan "
                 "Rangki Sasus, yang dilakukan "
                 "oleh ibu kandung mereka, Dewina Regita (24)."),
    Article(id="okezone-kembar", outlet="Okezone", published="2019-09-14",
            title="Ibu di Kupang Bunuh Anak Kembar Rangga dan Rangki Sasus",
            body="Kedua korban yang dibunuh Dewina Regita, Rangga Sasus (5) dan Rangki Sasus (5), ditemukan tewas di "
                 "rumah mereka di Kelapa Lima, Kota Kupang."),
])


async def test_an_age_asked_by_the_name_after_it_is_not_another_named_ones(empty_engine):
    """"berapa umur anak kembar Rangga dan Rangki Sasus yang dibunuh ibu kandungnya, Dewina Regita,
    di Kelapa Lima": the mother's "(24)" is hers, though the question names her (frame.named_age
    needs the name after "umur", frame._name_words_after_age); "Lima" in a place's name is no number
    the question gives, so the twins' "(5)" is no restatement of it (answer._asked_digits)."""
    values = await values_asked(empty_engine, KEMBAR, "Berapa umur anak kembar Rangga dan Rangki Sasus yang dibunuh "
                                                      "ibu kandungnya, Dewina Regita, di Kelapa Lima, Kota Kupang?")
    assert values == [5], values


PELAJAR = topic_archive("pelajar", "2019-09-19", [
    Article(id="okezone-pelajar", outlet="Okezone", published="2019-09-19",
            title="Pelajar SMP di Grobogan Tewas Usai Dikeroyok 2 Temannya",
            body="Dimas Angga Pratama (13), siswa kelas 2 SMP Negeri 4 Purwodadi, Grobogan, tewas akibat dikeroyok "
                 "dua temannya. Kedua pelaku berinisial AR (14) dan BS (15) sudah diperiksa."),
])


async def test_the_role_in_apposition_after_a_bracketed_age_is_whose_age_it_is(empty_engine):
    """"berapa umur siswa kelas 2 SMP yang tewas": "Dimas … (13), siswa kelas 2 SMP …" is the pupil's
    age (frame._word_after_bracket reads past the comma), and what befell him ("tewas") is no class
    an age must state (frame.figure_fits); the attackers' ages are others'."""
    values = await values_asked(empty_engine, PELAJAR, "Berapa umur siswa kelas 2 SMP yang tewas setelah dipukul "
                                                       "teman sekolahnya di Purwodadi, Grobogan?")
    assert values == [13], values


LOMBA = topic_archive("lomba", "2019-09-15", [
    Article(id="kompas-lomba", outlet="Kompas.com", published="2019-09-15",
            title="Lomba Burung Berkicau Piala Ketua DPR Digelar",
            body="Terbagi dalam tiga lapangan, Bendahara Umum DPP Partai Beringin 2014-2016 ini menjelaskan, lomba "
                 "burung berkicau Piala Ketua DPR menyajikan perlombaan dalam 72 kelas."),
])


async def test_a_posts_term_after_its_name_is_no_time_of_the_figure(empty_engine):
    """"Bendahara Umum DPP Partai Beringin 2014-2016": a post's term after its name says whose words
    they are (frame._TENURE_YEARS_RE), not that the 72 classes were 2014-2016's."""
    values = await values_asked(empty_engine, LOMBA, "Berapa kelas yang dilombakan dalam lomba burung berkicau Piala "
                                                     "Ketua DPR, 15 September 2019?")
    assert values == [72], values


DIBAWAH = topic_archive("dibawah", "2019-09-20", [
    Article(id="kompas-dibawah", outlet="Kompas.com", published="2019-09-20",
            title="Anak di Bawah Umur Ditangkap di Negeri Seberang",
            body="Kementerian Luar Negeri menyatakan, selama kurun 2008-2011 terdapat 274 anak di bawah umur telah "
                 "ditangkap karena dituduh ikut menyelundupkan manusia. Mereka rata-rata berusia 15 tahun."),
])


async def test_minors_asked_ask_no_age(empty_engine):
    """"berapa anak … di bawah umur yang ditangkap": "di bawah umur" names minors, no age is asked
    (frame.asks_age), so the count of them answers and their age does not."""
    values = await values_asked(empty_engine, DIBAWAH, "Berapa anak di bawah umur yang ditangkap karena dituduh ikut "
                                                       "menyelundupkan manusia pada 2008-2011?")
    assert values == [274], values


PIL = topic_archive("pil", "2019-09-09", [
    Article(id="kompas-pil", outlet="Kompas.com", published="2019-09-09",
            title="Pria Ini Sembunyikan Ribuan Pil Koplo di Kandang Kambing",
            body="Polisi menemukan 1.500 butir pil koplo milik Candra di kandang kambing. Pil koplo itu terbagi dalam "
                 "15 plastik, masing-masing plastik berisi sekitar seratus butir pil koplo."),
])


async def test_what_each_item_holds_is_no_total(empty_engine):
    """"masing-masing plastik berisi sekitar seratus butir": what each bag holds answers no question
    asking how many were found (frame.per_item_fits)."""
    values = await values_asked(empty_engine, PIL, "Berapa butir pil koplo yang ditemukan polisi dari Candra di "
                                                   "kandang kambing?")
    assert values == [1500], values


async def test_what_each_item_holds_answers_a_question_per_item(empty_engine):
    values = await values_asked(empty_engine, PIL, "Berapa butir pil koplo di setiap plastik milik Candra?")
    assert 100 in values, values


PREORDER = topic_archive("preorder", "2019-09-17", [
    Article(id="tempo-preorder", outlet="Tempo.co", published="2019-09-17", title="Harga Ponsel Bromo A9 di Indonesia",
            body="Ponsel Bromo A9 dijual seharga Rp 4,099 juta di Indonesia, sementara harga pre-order Rp 3,899 juta. "
                 "Di sebuah situs belanja, Bromo A9 ditawarkan dengan Rp 3,799 juta untuk pembelian pre-order."),
])


async def test_a_price_asked_plainly_is_not_a_promotions(empty_engine):
    """"berapa harga Bromo A9": the pre-order prices, labelled before the amount or after it
    ("untuk pembelian pre-order"), are a promotion's (grades.promo_price_fits)."""
    values = await values_asked(empty_engine, PREORDER, "Berapa harga ponsel Bromo A9 di Indonesia?")
    assert values == [4_099_000], values


async def test_a_promotion_asked_takes_its_prices(empty_engine):
    values = await values_asked(empty_engine, PREORDER, "Berapa harga pre-order ponsel Bromo A9?")
    assert 3_899_000 in values, values


PABRIK = topic_archive("pabrik", "2019-09-20", [
    Article(id="tribun-pabrik", outlet="Tribunnews", published="2019-09-20", title="Sepuluh Pabrik Gula Baru Dibangun",
            body="Sepuluh pabrik gula baru senilai Rp 43,82 triliun nantinya akan menyerap tenaga kerja sekitar 2 juta "
                 "pekerja. Bila rata-rata satu pabrik gula baru punya 800 pekerja, tenaga kerja yang diserap pabrik-pabrik "
                 "itu senilai Rp 43,82 triliun."),
])


async def test_a_compound_noun_is_counted_by_its_second_word(empty_engine):
    """"berapa tenaga kerja": "tenaga kerja" is one noun (compound_heads), so "2 juta pekerja"
    counts it; "satu pabrik punya 800 pekerja" is what each holds, no total (frame.per_item_fits)."""
    values = await values_asked(empty_engine, PABRIK, "Berapa tenaga kerja yang bisa diserap pabrik-pabrik gula baru "
                                                      "senilai Rp 43,82 triliun?")
    assert values == [2_000_000], values


KAPAL = topic_archive("kapal", "2019-09-02", [
    Article(id="kompas-kapal", outlet="Kompas.com", published="2019-09-02",
            title="Kapal Isap Produksi KIP 10 Milik PT Bijih Terbalik di Perairan Karimun",
            body="Tidak ada korban jiwa dalam musibah ini, namun 12 orang kru kapal itu tetap diperiksa "
                 "kesehatannya di klinik."),
])


async def test_a_number_after_a_names_acronym_counts_no_whole(empty_engine):
    """"Kapal Isap Produksi (KIP) 10 milik PT Bijih": the number is the ship's name, not ten things
    whose crew is asked together (grades._asked_wholes)."""
    values = await values_asked(empty_engine, KAPAL, "Berapa kru Kapal Isap Produksi (KIP) 10 milik PT Bijih yang "
                                                     "diperiksa kesehatannya setelah kapal itu terbalik di Karimun?")
    assert values == [12], values


TANKER = topic_archive("tanker", "2019-09-03", [
    Article(id="kompas-tanker", outlet="Kompas.com", published="2019-09-03",
            title="Kapal Tanker Iran yang Diburu AS Diduga Menuju Suriah",
            body="Adrian Darya-1, dulunya dikenal sebagai Grace-1, saat ini diyakini membawa 2,1 juta barel minyak "
                 "mentah senilai 130 juta dollar AS."),
])


async def test_a_hyphen_joining_a_names_number_is_the_same_name(empty_engine):
    """"kapal tanker Iran Adrian Darya 1": "Adrian Darya-1" is the asked ship (frame.model_fits), so
    the value of its oil answers though "Grace-1", its old name, stands between."""
    values = await values_asked(empty_engine, TANKER, "Berapa nilai minyak yang dibawa kapal tanker Iran Adrian "
                                                      "Darya 1?")
    assert values == [130_000_000], values


JAGUNG = topic_archive("jagung", "2019-09-20", [
    Article(id="okezone-jagung", outlet="Okezone", published="2019-09-20", title="Impor Jagung Terus Turun",
            body="Kementan mencatat tahun 2014 impor komoditas jagung sebesar 3,5 juta ton, kemudian tahun 2018 "
                 "turun menjadi 180 ribu ton."),
])


async def test_the_level_a_fall_reached_in_a_year_measures_the_same_thing(empty_engine):
    """"berapa ton impor jagung … pada 2018": "kemudian tahun 2018 turun menjadi 180 ribu ton" is the
    corn imports' level in 2018: neither "kemudian" nor "tahun 2018" is the clause's subject
    (frame._clause_subject)."""
    values = await values_asked(empty_engine, JAGUNG, "Berapa ton impor jagung Indonesia pada 2018 menurut Kementan?")
    assert values == [180_000], values
