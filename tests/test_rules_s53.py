"""Session 53 rules (docs/frames.md "Session 53 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import topic_archive, values_asked

UJI_BEBAN = topic_archive("ujibeban", "2019-09-20", [
    Article(id="sindo-ujibeban", outlet="SINDOnews", published="2019-09-20",
            title="Tol Layang Jakarta-Cikampek II Diuji Beban Pekan Depan",
            body="Uji beban Tol Layang Jakarta-Cikampek II dimulai pada Senin, 23 September 2019. Sebelum "
                 "dioperasikan akan dilakukan uji beban dengan menggunakan 16 truk dengan beban masing-masing "
                 "40 ton. Hingga kini masih ada 12 truk kontraktor yang diparkir di lokasi proyek."),
])


async def test_a_plan_told_under_a_lead_naming_the_day_to_come_answers_that_day(empty_engine):
    """A report written before the asked day tells of it when its lead names that day to come and
    the figure's sentence says what is to happen ("akan dilakukan uji beban dengan menggunakan 16
    truk"); a state of the day of writing ("masih ada 12 truk") is not the day's
    (frame._TO_COME_SAID_RE in time_fits)."""
    values = await values_asked(empty_engine, UJI_BEBAN, "Berapa truk yang dipakai dalam uji beban Tol Layang "
                                                         "Jakarta-Cikampek II yang dimulai 23 September 2019?")
    assert values == [16], values


TANDUK = topic_archive("tanduk", "2019-09-19", [
    Article(id="sindo-tanduk", outlet="SINDOnews", published="2019-09-19",
            title="Tumbuh 10 Cm, Tanduk di Kepala Pria India Dioperasi",
            body="Dokter di Madhya Pradesh, India, mengangkat tanduk dari kepala Shyam Lal Yadav. Shyam Lal "
                 "Yadav, 74, mengatakan tanduk itu muncul di kepalanya lima tahun yang lalu. Tanduk itu "
                 "dipotong sepanjang 10 cm."),
])


async def test_an_age_set_off_by_commas_after_a_name_is_no_length(empty_engine):
    """"Shyam Lal Yadav, 74, mengatakan …" is his age, as "(74)" would be (claims
    _name_before_comma): it answers no length asked, and it answers his age."""
    values = await values_asked(empty_engine, TANDUK, "Berapa panjang tanduk yang diangkat dokter dari kepala "
                                                      "Shyam Lal Yadav di Madhya Pradesh, India?")
    assert 74 not in values and values == [10], values
    ages = await values_asked(empty_engine, TANDUK, "Berapa usia Shyam Lal Yadav, pria India bertanduk?")
    assert ages == [74], ages


HAMZA = topic_archive("hamza", "2019-09-15", [
    Article(id="tempo-hamza", outlet="Tempo.co", published="2019-09-15",
            title="Trump Benarkan Kematian Putra Osama",
            body="Pemerintah Amerika Serikat sangat yakin Hamza bin Laden, 30 tahun, telah meneruskan langkah "
                 "ayahnya sebagai pemimpin al Qaeda."),
])


async def test_a_names_lower_case_link_word_belongs_to_the_name_whose_age_follows(empty_engine):
    """"Hamza bin Laden, 30 tahun": the age is Hamza bin Laden's, not "Laden"'s (claims _NAME_WORDS)."""
    values = await values_asked(empty_engine, HAMZA, "Berapa usia Hamza bin Laden, putra Osama bin Laden?")
    assert values == [30], values


IOWA = topic_archive("iowa", "2019-09-09", [
    Article(id="kompas-iowa", outlet="Kompas.com", published="2019-09-09",
            title="Hasil Survei Kandidat Capres Demokrat Mengerucut ke Tiga Nama",
            body="Survei CBS-YouGov menunjukkan Joe Biden unggul di negara bagian Iowa dengan 29 persen dukungan. "
                 "Sementara di Nevada, Sanders memimpin dengan 29 persen, diikuti Biden yang meraih 27 persen. "
                 "Dukungan signifikan diraih Biden di negara bagian South Carolina, di mana dia unggul telak "
                 "dengan dukungan 43 persen."),
])


async def test_the_states_of_the_united_states_are_places(empty_engine):
    """Iowa asked: Biden's share in Nevada or South Carolina is another place's (places.txt)."""
    values = await values_asked(empty_engine, IOWA, "Berapa persen dukungan untuk Joe Biden di Iowa menurut "
                                                    "survei CBS-YouGov?")
    assert 27 not in values and 43 not in values and 29 in values, values


JACKMA = topic_archive("jackma", "2019-09-10", [
    Article(id="sindo-jackma", outlet="SINDOnews", published="2019-09-10",
            title="Jack Ma Pensiun dari Alibaba",
            body="Jack Ma, yang memiliki kekayaan bersih USD38,6 miliar menurut Forbes, resmi pensiun dari "
                 "Alibaba. Alibaba kini bernilai USD460 miliar dengan pendapatan kotor USD56 miliar."),
])


async def test_net_wealth_is_the_wealth_asked(empty_engine):
    """"kekayaan bersih USD38,6 miliar": net is how wealth is counted, no other kind of it, unless
    the question asks gross (items._NET_WORDS)."""
    values = await values_asked(empty_engine, JACKMA, "Berapa harta kekayaan Jack Ma saat pensiun dari Alibaba?")
    assert values == [38.6e9], values


GOLKAR = topic_archive("golkar", "2019-09-16", [
    Article(id="okezone-golkar", outlet="Okezone", published="2019-09-16",
            title="Caleg Perempuan Golkar Sumbang Suara untuk Partai",
            body="Total suara yang disumbangkan caleg perempuan adalah 2.876.637 dari total perolehan suara "
                 "partai sebanyak 15.626.336. \"Dari total 85 perolehan kursi Partai Golkar di DPR RI pada "
                 "pemilu 2019, ada 19 caleg perempuan,\" katanya."),
])


async def test_the_whole_a_part_is_counted_out_of_answers_no_part(empty_engine):
    """"2.876.637 dari total perolehan suara partai sebanyak 15.626.336": asked the women's votes, the
    party's whole is no answer (frame._OUT_OF_TOTAL_BEFORE_RE in part_fits)."""
    values = await values_asked(empty_engine, GOLKAR, "Berapa suara yang disumbangkan caleg perempuan Golkar "
                                                      "untuk partainya di Pileg 2019?")
    assert values == [2876637], values


async def test_a_tally_counts_the_noun_after_it(empty_engine):
    """"85 perolehan kursi" counts seats (claims: a tally names what it counts after it): the party's
    total votes asked, the seats are no answer and the votes are."""
    values = await values_asked(empty_engine, GOLKAR, "Berapa total perolehan suara Partai Golkar pada Pemilu "
                                                      "Legislatif 2019?")
    assert values == [15626336], values


CATUR = topic_archive("catur", "2019-09-10", [
    Article(id="tempo-catur", outlet="Tempo.co", published="2019-09-10",
            title="Piala Dunia Catur FIDE 2019 Dimulai",
            body="Piala Dunia Catur FIDE 2019 digelar di Khanty-Mansiysk. Pertandingan ini diikuti 128 pecatur "
                 "dari 47 negara, dengan peserta terbanyak dari Rusia (28 pecatur), diikuti oleh India (10), "
                 "Cina (7) dan Amerika Serikat (6)."),
])


async def test_a_count_from_many_countries_is_no_one_countrys(empty_engine):
    """"128 pecatur dari 47 negara" counts every country's players: asked the host Russia's, only its
    28 answer; "Piala Dunia" names the event, it does not ask the world (frame.worldwide_fits)."""
    values = await values_asked(empty_engine, CATUR, "Berapa pecatur tuan rumah Rusia yang ikut Piala Dunia Catur "
                                                     "FIDE 2019 di Khanty-Mansiysk?")
    assert values == [28], values


TSUNAMI = topic_archive("tsunami", "2019-09-20", [
    Article(id="kompas-tsunami", outlet="Kompas.com", published="2019-09-20",
            title="Belajar dari Tsunami Aceh",
            body="Setelah tsunami Aceh 2004, yang menewaskan 240.000 jiwa di 14 negara, Indonesia membangun "
                 "sistem peringatan dini."),
])


async def test_a_count_from_many_countries_answers_a_question_over_them_all(empty_engine):
    """"di seluruh negara terdampak" asks every country's dead: "240.000 jiwa di 14 negara" answers
    (frame._WORLD_ASKED_RE)."""
    values = await values_asked(empty_engine, TSUNAMI, "Berapa jiwa yang tewas akibat tsunami Aceh 2004 di seluruh "
                                                       "negara terdampak?")
    assert values == [240000], values


TANDU = topic_archive("tandu", "2019-09-18", [
    Article(id="kompas-tandu", outlet="Kompas.com", published="2019-09-18",
            title="Ibu Hamil di Lebak Ditandu karena Jalan Rusak",
            body="Kenti, ibu hamil warga Panggarangan, Lebak, harus ditandu karena jalan rusak. Dani mengatakan, "
                 "bibinya ditandu secara bergantian oleh warga sejauh 7 kilometer hingga ke Kampung Gintung. "
                 "Perbaikan jalan itu membutuhkan anggaran Rp 2,8 triliun."),
])


async def test_how_far_someone_named_went_is_the_distance_said(empty_engine):
    """"Berapa kilometer Kenti, …, ditandu": the name says who, and "sejauh 7 kilometer" is how far
    (frame._named_first in measure_fits)."""
    values = await values_asked(empty_engine, TANDU, "Berapa kilometer Kenti, ibu hamil di Panggarangan, Lebak, "
                                                     "ditandu warga karena jalan rusak?")
    assert values == [7], values


SRAGEN = topic_archive("sragen", "2019-09-20", [
    Article(id="sindo-sragen", outlet="SINDOnews", published="2019-09-20",
            title="BKKBN Puji Capaian KB di Sragen",
            body="Kepala BKKBN Hasto Wardoyo memuji Kabupaten Sragen. \"Menurut data, jumlah pengguna alat "
                 "kontrasepsi jangka panjang di Stagen mencapai 37 persen,\" kata Hasto."),
])


async def test_a_name_after_di_says_where_though_the_gazetteer_lacks_it(empty_engine):
    """"pengguna alat kontrasepsi jangka panjang di Stagen mencapai 37 persen": "di Stagen" (a
    misspelt Sragen) says where; the users are what is measured (frame._WHERE_NAME_BEFORE_RE)."""
    values = await values_asked(empty_engine, SRAGEN, "Berapa persen pengguna metode kontrasepsi jangka panjang "
                                                      "(MKJP) di Kabupaten Sragen menurut Kepala BKKBN Hasto Wardoyo?")
    assert values == [37], values


REMAJA = topic_archive("remaja", "2019-09-17", [
    Article(id="tribun-remaja", outlet="Tribunnews", published="2019-09-17",
            title="Remaja Ikut Rampok Penumpang di Tol Tanjung Mulia",
            body="Masih berumur 14 tahun, ISS, warga Tanjung Mulia, ikut merampok seorang perempuan penumpang "
                 "mobil di kawasan Tol Tanjung Mulia, Jumat (13/9/2019). Polisi menangkap dua pelaku lain "
                 "yang berumur 22 tahun."),
])


async def test_an_age_opening_its_clause_is_the_name_set_off_after_it(empty_engine):
    """"Masih berumur 14 tahun, ISS, warga …": the age of ISS, named right after it (frame._age_holder)."""
    values = await values_asked(empty_engine, REMAJA, "Berapa umur ISS, remaja yang ikut merampok penumpang di "
                                                      "Tol Tanjung Mulia, Medan?")
    assert values == [14], values


SUMUT = topic_archive("sumut", "2019-09-12", [
    Article(id="kompas-sumut", outlet="Kompas.com", published="2019-09-12",
            title="Wisman ke Sumut Masih Sedikit",
            body="Sementara itu, data wisatawan per Januari-Juli 2019 menunjukkan kunjungan wisman ke Sumut "
                 "mencapai 137.000, pada 2018 mencapai 231.000 wisman."),
])

WAMEN = topic_archive("wamen", "2019-10-26", [
    Article(id="sindo-wamen", outlet="SINDOnews", published="2019-10-26",
            title="Jokowi Lantik Wakil Menteri",
            body="Pada Jumat (25/10/2019), Presiden Jokowi mengumumkan 12 orang wakil menteri untuk 11 kementerian."),
])


async def test_the_noun_and_its_kind_before_a_figure_say_what_it_counts(empty_engine):
    """"kunjungan wisman ke Sumut mencapai 137.000": the visits asked, though the figure's noun is
    borrowed from the next ("231.000 wisman"); not when the pair is another figure's noun ("12 orang
    wakil menteri untuk 11 kementerian") (frame._noun_kind_leads in kind_fits)."""
    values = await values_asked(empty_engine, SUMUT, "Berapa kunjungan wisman ke Sumatera Utara selama "
                                                     "Januari-Juli 2019?")
    assert values == [137000], values
    deputies = await values_asked(empty_engine, WAMEN, "Berapa wakil menteri yang dilantik Jokowi untuk Kabinet "
                                                       "Indonesia Maju pada 25 Oktober 2019?")
    assert deputies == [12], deputies


ARAMCO = topic_archive("aramco", "2019-09-10", [
    Article(id="kontan-aramco", outlet="Kompas.com", published="2019-09-10",
            title="Aramco Siap Melantai di Bursa",
            body="Reuters melaporkan pihak kerajaan Arab Saudi berencana untuk melepas 1% dari saham Aramco di "
                 "bursa saham lokal sebelum akhir tahun ini."),
])


async def test_a_company_whose_name_holds_a_country_is_the_company_asked(empty_engine):
    """"saham Saudi Aramco" asks the company's shares, not Saudi Arabia's: "1% dari saham Aramco"
    answers (entities.txt aramco)."""
    values = await values_asked(empty_engine, ARAMCO, "Berapa persen saham Saudi Aramco yang rencananya dilepas di "
                                                      "bursa saham lokal sebelum akhir 2019?")
    assert values == [1], values


LABA = topic_archive("laba", "2019-09-13", [
    Article(id="sindo-laba", outlet="SINDOnews", published="2019-09-13",
            title="Kinerja Pertamina EP Hingga Agustus 2019",
            body="Pertamina EP mencatat kenaikan produksi minyak. Untuk laba bersih, sambung dia, per Agustus "
                 "nilainya sudah mencapai USD440 juta. Nilai investasi perusahaan mencapai USD 600 juta."),
])


async def test_its_value_points_back_to_the_amount_its_sentence_named(empty_engine):
    """"Untuk laba bersih, …, nilainya sudah mencapai USD440 juta": "nilainya" is the net profit's
    value, the amount asked (frame.money_fits); "Nilai investasi" is another's."""
    values = await values_asked(empty_engine, LABA, "Berapa laba bersih PT Pertamina EP hingga Agustus 2019?")
    assert values == [440e6], values


BEGAL = topic_archive("begal", "2019-09-16", [
    Article(id="sindo-begal", outlet="SINDOnews", published="2019-09-16",
            title="Modus Minta Tolong, Begal Rampas Motor Bocah 15 Tahun",
            body="RA, begal yang pura-pura menjadi korban begal, merampas motor remaja FH di Grand Wisata, Tambun "
                 "Selatan. Atas perbuatannya RA terancam hukuman penjara paling lama 9 tahun."),
])


async def test_a_headlines_person_noun_with_years_is_an_age(empty_engine):
    """"Begal Rampas Motor Bocah 15 Tahun": the boy's age, no prison term (frame._YEARS_POINTED_BACK_RE)."""
    values = await values_asked(empty_engine, BEGAL, "RA, begal yang merampas motor remaja FH di Grand Wisata, "
                                                     "terancam hukuman penjara berapa tahun?")
    assert values == [9], values


LPG = topic_archive("lpg", "2019-09-20", [
    Article(id="kompas-lpg", outlet="Kompas.com", published="2019-09-20",
            title="BPK Temukan Pangkalan LPG Belum Merata",
            body="BPK menemukan 37 kabupaten/kota di Pulau Jawa, Madura, dan Bali yang belum memenuhi target "
                 "satu pangkalan per kelurahan. Di luar Pulau Jawa, Madura, dan Bali masih terdapat 91 "
                 "kabupaten/kota di 20 provinsi yang belum memenuhi target satu pangkalan per kecamatan."),
])


async def test_a_sentence_opening_outside_the_asked_places_is_not_theirs(empty_engine):
    """"Di luar Pulau Jawa, Madura, dan Bali masih terdapat 91 kabupaten/kota …": not Java's
    (frame._outside_asked in context_fits)."""
    values = await values_asked(empty_engine, LPG, "Berapa kabupaten/kota di Jawa, Madura dan Bali yang belum "
                                                   "memenuhi target satu pangkalan LPG per kelurahan menurut BPK?")
    assert values == [37], values


MEGATHRUST = topic_archive("megathrust", "2019-07-20", [
    Article(id="posmetro-megathrust", outlet="posmetro-medan.com", published="2019-07-20",
            title="Pakar: Megathrust di Selatan Jawa Berpotensi Picu Tsunami",
            body="Widjo Kongko memprakirakan, gempa megathrust berpotensi terjadi di selatan Pulau Jawa dengan "
                 "magnitudo 8,8. Berdasarkan penelitian, diyakini pernah terjadi gempa megathrust di "
                 "selatan Pulau Jawa dengan magnitudo 9."),
])


async def test_a_potential_asked_takes_no_quake_that_once_happened(empty_engine):
    """"yang berpotensi terjadi" asks the potential: "pernah terjadi … dengan magnitudo 9" happened
    once (frame._HAPPENED_RE in plan_fits)."""
    values = await values_asked(empty_engine, MEGATHRUST, "Berapa magnitudo gempa megathrust yang berpotensi "
                                                          "terjadi di selatan Pulau Jawa?")
    assert values == [8.8], values


EKONOMI = topic_archive("ekonomi", "2019-09-16", [
    Article(id="kompas-ekonomi", outlet="Kompas.com", published="2019-09-16",
            title="Ekonomi China Melambat",
            body="Sementara pada kuartal II-2019, ekonomi China di level 6,2%, sedikit lebih rendah daripada "
                 "ekspansi pada kuartal sebelumnya di level 6,4%. Adapun pada kuartal sebelumnya, ekonomi "
                 "China sebesar 6,4 persen."),
])


async def test_an_economys_percent_is_its_growth(empty_engine):
    """"ekonomi China di level 6,2%" is the growth asked ("tumbuh berapa persen") though no rise is
    said; not an earlier quarter's ("pada kuartal sebelumnya, ekonomi China sebesar 6,4 persen")
    (frame._GROWTH_HEADS in measure_fits)."""
    values = await values_asked(empty_engine, EKONOMI, "Ekonomi China tumbuh berapa persen pada kuartal II 2019?")
    assert values == [6.2], values


GUANTANAMO = topic_archive("guantanamo", "2019-09-18", [
    Article(id="tempo-guantanamo", outlet="Tempo.co", published="2019-09-18",
            title="Trump Keluhkan Biaya Penjara Guantanamo",
            body="Komentar presiden tersebut muncul sebagai reaksi terhadap laporan di The New York Times yang "
                 "merinci biaya untuk menampung 40 tahanan yang tersisa di Guantanamo."),
])


async def test_a_news_organisations_name_says_no_place(empty_engine):
    """"laporan di The New York Times": a newspaper, not New York; the 40 detainees are Guantanamo's
    (frame._media_masked in context_fits)."""
    values = await values_asked(empty_engine, GUANTANAMO, "Berapa tahanan yang masih tersisa di penjara "
                                                          "Guantanamo, Kuba?")
    assert values == [40], values


DESA = topic_archive("desa", "2019-09-01", [
    Article(id="okezone-desa", outlet="Okezone", published="2019-09-01",
            title="Pendapatan Warga Desa Naik",
            body="\"Pendapatan per kapita di desa naik dari Rp572 ribu per kapita (tahun 2014) menjadi Rp804 ribu "
                 "per kapita (tahun 2018),\" ujar Menteri Desa Eko Putro Sandjojo."),
])


async def test_a_bracketed_year_after_a_figures_words_is_its_own(empty_engine):
    """"Rp804 ribu per kapita (tahun 2018)": 2018's, though "(tahun 2014)" opens its clause
    (frame._BRACKET_YEAR_AFTER_RE)."""
    values = await values_asked(empty_engine, DESA, "Berapa pendapatan per kapita di desa pada 2018 menurut "
                                                    "Menteri Desa Eko Putro Sandjojo?")
    assert values == [804000], values


SANCANG = topic_archive("sancang", "2019-09-17", [
    Article(id="kompas-sancang", outlet="Kompas.com", published="2019-09-17",
            title="Nelayan Hanyut di Pantai Sancang",
            body="Menurut Andri, nelayan yang hanyut terseret ombak saat memancing atas nama Andri (25), warga "
                 "Dusun Cukang Desa Sancang. Rekannya, Dedi (40), selamat."),
])


async def test_the_deed_a_role_is_named_by_says_whose_age(empty_engine):
    """"pemancing" asked: "saat memancing atas nama Andri (25)" is the angler's age ("atas nama" names
    him, and the name right before the bracket is whose age it is, not the same name said earlier)
    (frame.age_fits, _age_holder)."""
    values = await values_asked(empty_engine, SANCANG, "Berapa umur pemancing yang hilang terseret ombak di "
                                                       "Pantai Sancang, Garut?")
    assert values == [25], values


PANDA = topic_archive("panda", "2019-09-05", [
    Article(id="kompas-panda", outlet="Kompas.com", published="2019-09-05",
            title="Berlin Sewa Panda dari China",
            body="Pihak kebun binatang Tierpark Berlin harus menyediakan anggaran hingga 15 juta dollar AS untuk "
                 "kontrak perawatan panda-panda itu selama 15 tahun."),
    Article(id="tempo-dki", outlet="Tempo.co", published="2019-09-05",
            title="Kemendagri Evaluasi APBD DKI",
            body="Atas evaluasi Kemendagri itu, DKI kemudian mengusulkan dana Rp 5 miliar tersebut ke anggaran "
                 "belanja tidak terduga."),
])


async def test_a_broader_money_word_takes_its_narrower_kind(empty_engine):
    """"berapa dana yang harus disediakan" takes "menyediakan anggaran hingga 15 juta dollar" (a
    budget is funds); "berapa anggaran …" takes no "dana" (funds need not be the budget)
    (frame_words broader_money)."""
    values = await values_asked(empty_engine, PANDA, "Berapa dana yang harus disediakan kebun binatang Tierpark "
                                                     "Berlin untuk kontrak perawatan panda?")
    assert values == [15e6], values
    budget = await values_asked(empty_engine, PANDA, "Berapa anggaran belanja tidak terduga DKI yang dievaluasi "
                                                     "Kemendagri?")
    assert 5e9 not in budget, budget


DENADA = topic_archive("denada", "2019-09-12", [
    Article(id="okezone-denada", outlet="Okezone", published="2019-09-12",
            title="Denada Temani Shakira Berobat di Singapura",
            body="Untuk biaya sewa tempat tinggalnya dan Shakira saja, Denada harus mengeluarkan uang sebesar Rp35 "
                 "juta setiap bulan. Ia juga menyiapkan uang saku Rp 2 juta."),
])


async def test_a_sentence_opening_for_the_asked_amount_gives_its_money(empty_engine):
    """"Untuk biaya sewa tempat tinggalnya …, Denada harus mengeluarkan uang sebesar Rp35 juta": the
    rent asked; "uang saku" in the next sentence is not (frame._FOR_TOPIC_RE in money_fits)."""
    values = await values_asked(empty_engine, DENADA, "Berapa biaya sewa tempat tinggal Denada di Singapura per "
                                                      "bulan?")
    assert values == [35e6], values


SUAKA = topic_archive("suaka", "2019-09-14", [
    Article(id="kompas-suaka", outlet="Kompas.com", published="2019-09-14",
            title="Pencari Suaka Kembali ke Kebon Sirih",
            body="Penjaga keamanan Gedung Ravindo mengatakan, pencari suaka kembali mendatangi trotoar Jalan Kebon "
                 "Sirih pada Jumat (13/9/2019). \"Sekitar 30 orang datang pada Jumat sore,\" ujarnya."),
    Article(id="tempo-suaka", outlet="Tempo.co", published="2019-09-14",
            title="Pencari Suaka Berdatangan ke Trotoar Kebon Sirih",
            body="Pencari suaka berdatangan ke trotoar Jalan Kebon Sirih pada Jumat (13/9/2019). Malam harinya, "
                 "sekitar 50 orang datang lagi ke trotoar Jalan Kebon Sirih."),
])


async def test_people_who_came_and_the_part_of_the_day_they_came(empty_engine):
    """"Sekitar 30 orang datang pada Jumat sore" counts those who came (predicates.txt: datang is
    present), and "Malam harinya, sekitar 50 orang datang lagi" came at night, not in the afternoon
    asked (grades._DAYPART_WORD_RE)."""
    values = await values_asked(empty_engine, SUAKA, "Berapa pencari suaka yang datang ke trotoar Jalan Kebon "
                                                     "Sirih pada Jumat sore, 13 September 2019?")
    assert values == [30], values


BOLTON = topic_archive("bolton", "2019-09-12", [
    Article(id="sindo-bolton", outlet="SINDOnews", published="2019-09-12",
            title="Trump Ungkap Alasan Pecat John Bolton",
            body="Pada 2011, Bolton pernah menjadi penasihat kampanye. Trump mengatakan dia sedang mempertimbangkan "
                 "lima kandidat untuk menggantikan Bolton."),
])


async def test_a_report_of_the_asked_day_is_not_dated_by_an_earlier_sentences_year(empty_engine):
    """Said on 12 September 2019 and asked of that day: "lima kandidat" is that day's news, though the
    sentence before opened with "Pada 2011" (frame._reports_asked_day in time_fits)."""
    values = await values_asked(empty_engine, BOLTON, "Berapa kandidat yang dipertimbangkan Trump untuk "
                                                      "menggantikan John Bolton, menurut pernyataannya 12 September 2019?")
    assert values == [5], values
