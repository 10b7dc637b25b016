"""Session 54 rules (docs/frames.md "Session 54 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import topic_archive, values_asked

SURPLUS = topic_archive("surplus", "2019-09-14", [
    Article(id="okezone-surplus", outlet="Okezone", published="2019-09-14",
            title="Kementan: Pasokan Daging Ayam Ras Aman hingga Akhir Tahun",
            body="Potensi produksi daging ayam ras tahun 2019 sebesar 3.829.663 ton atau rata-rata 319.139 "
                 "ton/bulan. Dari data tersebut terdapat potensi surplus sebanyak 577.918 ton selama periode "
                 "2019. Neraca perdagangan Indonesia pada Agustus 2019 surplus USD85,1 juta."),
])


async def test_a_surplus_of_a_thing_is_counted_in_that_thing_not_in_money(empty_engine):
    """"potensi surplus daging ayam ras" asks tonnes of meat: the surplus is what is counted (not the
    production beside it) and no amount of money answers; a surplus of the trade balance is money
    (frame._balance_of_goods)."""
    values = await values_asked(empty_engine, SURPLUS, "Berapa potensi surplus daging ayam ras Indonesia "
                                                       "sepanjang 2019?")
    assert values == [577918], values
    money = await values_asked(empty_engine, SURPLUS, "Berapa surplus neraca perdagangan Indonesia pada "
                                                      "Agustus 2019?")
    assert money == [85100000], money


VISA = topic_archive("visa", "2019-09-19", [
    Article(id="sindo-visa", outlet="SINDOnews", published="2019-09-19",
            title="Visa Korea Selatan untuk WNI Terus Meningkat",
            body="Pada tahun 2018, Kedutaan Besar Republik Korea untuk Indonesia telah menerbitkan total 157.924 "
                 "visa dan berdasarkan jumlah visa yang diterbitkan terdapat peningkatan sebanyak 15% setiap tahun. "
                 "Setiap tahun kedutaan menerbitkan sekitar 120.000 visa turis."),
])


async def test_a_year_named_nearer_the_figure_than_every_year_makes_it_that_years(empty_engine):
    """"setiap tahun" said of the rise after the figure leaves "Pada tahun 2018 … 157.924 visa" the
    asked year's; a figure said to come every year with no year of its own is still no one year's
    (frame.habitual_fits)."""
    values = await values_asked(empty_engine, VISA, "Berapa visa yang diterbitkan Kedutaan Besar Korea Selatan "
                                                    "untuk Indonesia sepanjang 2018?")
    assert values == [157924], values


OLENKI = topic_archive("olenki", "2019-09-20", [
    Article(id="okezone-olenki", outlet="Okezone", published="2019-09-20",
            title="Tiga Warga Tewas dalam Kontak Tembak di Ilaga",
            body="Korban tewas adalah Tekiman Wonda (33), remaja Edison Mom, dan balita laki-laki bernama Rudi Mom "
                 "yang masih 3 tahun. Kapolres Puncak yang baru 2 tahun menjabat memimpin evakuasi."),
])


async def test_a_names_relative_clause_of_years_alone_is_its_age(empty_engine):
    """"bernama Rudi Mom yang masih 3 tahun." is his age; years that go on to a deed ("yang baru 2
    tahun menjabat") are a span (frame._NAME_YEARS_CLAUSE_RE in _age_holder)."""
    values = await values_asked(empty_engine, OLENKI, "Berapa umur Rudi Mom, balita yang tewas di Ilaga?")
    assert values == [3], values


BEN_ALI = topic_archive("benali", "2019-09-19", [
    Article(id="sindo-benali", outlet="SINDOnews", published="2019-09-19",
            title="Mantan Presiden Tunisia Wafat di Pengasingan",
            body="Zine el Abidine Ben Ali, mantan presiden otokratis Tunisia yang pemerintahannya menginspirasi "
                 "pemberontakan Arab Spring, wafat pada usia 83 tahun. Istrinya, Leila Trabelsi, kini berusia 62 tahun."),
])


async def test_an_age_at_death_is_the_named_one_who_died(empty_engine):
    """"… Ben Ali, mantan presiden …, wafat pada usia 83": the age is of the one the sentence names
    dying, not of the words before "usia" (frame._DEATH_VERBS in age_fits)."""
    values = await values_asked(empty_engine, BEN_ALI, "Di usia berapa mantan Presiden Tunisia Zine El Abidine "
                                                       "Ben Ali meninggal?")
    assert values == [83], values


KORUPTOR = topic_archive("koruptor", "2019-09-20", [
    Article(id="okezone-koruptor", outlet="Okezone", published="2019-09-20",
            title="Pasal Korupsi di RKUHP Dinilai Meringankan",
            body="Pasal 603 RKUHP menyebutkan setiap orang yang secara melawan hukum memperkaya diri sendiri yang "
                 "merugikan keuangan negara dipidana dengan pidana penjara paling singkat 2 tahun dan paling lama "
                 "20 tahun."),
])


async def test_a_term_said_at_its_shortest_and_longest_gives_the_bound_asked(empty_engine):
    """"paling singkat 2 tahun dan paling lama 20 tahun": the minimum asked is 2, the maximum 20
    (grades._BOUND_WORDS)."""
    low = await values_asked(empty_engine, KORUPTOR, "Berapa tahun hukuman penjara minimum bagi koruptor yang "
                                                     "merugikan keuangan negara dalam RKUHP?")
    assert low == [2], low
    high = await values_asked(empty_engine, KORUPTOR, "Berapa tahun hukuman penjara maksimal bagi koruptor yang "
                                                      "merugikan keuangan negara dalam RKUHP?")
    assert high == [20], high


IRAK = topic_archive("irak", "2019-10-26", [
    Article(id="sindo-irak", outlet="SINDOnews", published="2019-10-26",
            title="Demo Antipemerintah di Irak Berujung Maut",
            body="Di kota Diwaniya, dua belas pengunjuk rasa tewas setelah terperangkap di sebuah gedung yang "
                 "terbakar. Di selatan, setidaknya sembilan pengunjuk rasa tewas ketika milisi menembaki para "
                 "pengunjuk rasa di kota Nasiriya. Tiga pengunjuk rasa tewas di Basra yang kaya minyak."),
])


async def test_a_city_named_by_its_kind_is_not_another_city_so_named(empty_engine):
    """"di kota Diwaniya" asked: "… di kota Nasiriya" names another city, known to no gazetteer
    (frame_words place_types "kota", _typed_verdict); nor is "tewas di Basra" (_elsewhere_named)."""
    values = await values_asked(empty_engine, IRAK, "Berapa pengunjuk rasa yang tewas terperangkap di gedung yang "
                                                    "terbakar di kota Diwaniya, Irak, pada 25 Oktober 2019?")
    assert values == [12], values


GOL_MALAYSIA = topic_archive("golmalaysia", "2019-09-05", [
    Article(id="kompas-golmalaysia", outlet="Kompas.com", published="2019-09-05",
            title="Indonesia Kalah 2-3 dari Malaysia di SUGBK",
            body="Gol timnas Indonesia dicetak Beto Goncalves pada menit ke-11 dan ke-19. Sedangkan gol timnas "
                 "Malaysia dicetak oleh Sumareh pada menit ke-37 dan 90+7, Syafiq Ahmad pada menit ke-66."),
])


async def test_a_minute_asked_of_a_named_player_is_not_the_minute_of_the_player_named_before_it(empty_engine):
    """"… Sumareh pada menit ke-37 dan 90+7, Syafiq Ahmad pada menit ke-66": Syafiq Ahmad's goal
    came in the 66th minute (frame.minute_scorer_fits)."""
    values = await values_asked(empty_engine, GOL_MALAYSIA, "Pada menit ke berapa Syafiq Ahmad mencetak gol "
                                                            "Malaysia ke gawang Indonesia?")
    assert values == [66], values


ITOC = topic_archive("itoc", "2019-09-14", [
    Article(id="tempo-itoc", outlet="Tempo.co", published="2019-09-14",
            title="Itoc Tochija Kembali Diperiksa KPK",
            body="Itoc Tochija pernah divonis tujuh tahun penjara dalam kasus suap Pasar Atas Cimahi. Sementara "
                 "istrinya, divonis empat tahun penjara."),
])


async def test_a_figure_of_the_kin_pointed_back_to_is_not_the_named_persons(empty_engine):
    """"Sementara istrinya, divonis empat tahun penjara": his wife's term, not Itoc's; asked of
    the wife, it answers (frame._KIN_POINTED_RE in related_party_fits)."""
    values = await values_asked(empty_engine, ITOC, "Berapa tahun vonis penjara Itoc Tochija dalam kasus suap "
                                                    "Pasar Atas Cimahi?")
    assert values == [7], values
    wife = await values_asked(empty_engine, ITOC, "Berapa tahun vonis penjara istri Itoc Tochija?")
    assert 4 in wife, wife


SUAP_ROLLS = topic_archive("suaprolls", "2019-09-17", [
    Article(id="kompas-suaprolls", outlet="Kompas.com", published="2019-09-17",
            title="KPK Periksa Emirsyah Satar",
            body="Dalam kasus ini, Emirsyah diduga menerima suap dalam bentuk transfer uang dan aset yang nilainya "
                 "diduga lebih dari 4 juta dollar AS dari perusahaan asal Inggris Rolls-Royce. KPK juga menyita "
                 "uang Rp 100 juta dan mobil yang nilainya Rp 500 juta."),
])


async def test_a_value_pointed_back_to_the_asked_amount_named_just_before_it_answers(empty_engine):
    """"transfer uang dan aset yang nilainya … lebih dari 4 juta dollar AS" is the value of the
    transfers asked; "mobil yang nilainya Rp 500 juta" is a car's (frame.POINTED_VALUE_REACH in
    money_fits)."""
    values = await values_asked(empty_engine, SUAP_ROLLS, "Berapa nilai transfer uang dan aset yang diduga diterima "
                                                          "Emirsyah Satar dari Rolls-Royce?")
    assert values == [4000000], values


TIRTA = topic_archive("tirta", "2019-09-10", [
    Article(id="fimela-tirta", outlet="fimela.com", published="2019-09-10",
            title="Nicky Tirta Resmi Bercerai",
            body="Pada tanggal 23 Juli 2018, Nicky Tirta resmi bercerai dengan istrinya setelah menikah selama 6 "
                 "tahun."),
])


async def test_a_kin_named_as_an_object_leaves_the_figure_the_named_persons(empty_engine):
    """"Nicky Tirta resmi bercerai dengan istrinya setelah menikah selama 6 tahun": the wife is the
    object; the years are his marriage's (frame._KIN_SUBJECT_RE: the kin must be the subject)."""
    values = await values_asked(empty_engine, TIRTA, "Berapa tahun Nicky Tirta menikah sebelum resmi bercerai?")
    assert values == [6], values


PROMO = topic_archive("promo", "2019-09-10", [
    Article(id="tribun-promo", outlet="Tribunnews", published="2019-09-10",
            title="Besok! KFC Gelar Promo Harga Spesial Cuma Sehari",
            body="Dilansir Tribunnews.com dari akun Instagram KFC, pelanggan bisa mendapatkan lima potong ayam "
                 "dengan harga mulai dari Rp 49.545."),
])


async def test_a_headline_opening_besok_tells_of_the_day_after_its_article(empty_engine):
    """Under "Besok! …" in an article of 10 September, the promo's price is the 11th's; the 12th
    asked finds nothing (frame._headline_opens_on_day in time_fits)."""
    values = await values_asked(empty_engine, PROMO, "KFC promo 11 September 2019: lima potong ayam dijual mulai "
                                                     "harga berapa?")
    assert values == [49545], values
    later = await values_asked(empty_engine, PROMO, "KFC promo 12 September 2019: lima potong ayam dijual mulai "
                                                    "harga berapa?")
    assert 49545 not in later, later


RELOKASI = topic_archive("relokasi", "2019-09-15", [
    Article(id="tempo-relokasi", outlet="Tempo.co", published="2019-09-15",
            title="Data Bank Dunia: Indonesia Tak Kebagian Relokasi Pabrik",
            body="Meski demikian, data World Bank menunjukkan bahwa dari 33 perusahaan dari China yang memutuskan "
                 "untuk memindahkan pabriknya, 23 di antaranya memutuskan berpindah ke Vietnam."),
])
RELOKASI_KATA = topic_archive("relokasikata", "2019-09-10", [
    Article(id="kompas-relokasi", outlet="Kompas.com", published="2019-09-10",
            title="Jokowi Kecewa Tak Ada Investor Relokasi ke Indonesia",
            body="Presiden Jokowi menyebut perusahaan yang merelokasi pabrik keluar dari China memilih pindah ke "
                 "negara tetangga. Menurut dia, 23 dari 33 perusahaan menanamkan modalnya di Vietnam."),
])
RELOCATION_Q = "Dari 33 perusahaan yang merelokasi pabrik keluar dari China, berapa yang memilih pindah ke Vietnam?"


async def test_a_part_set_apart_by_the_place_the_question_asks_answers(empty_engine):
    """"dari 33 perusahaan … memindahkan pabriknya, 23 di antaranya memutuskan berpindah ke Vietnam": the
    part's clause adds the asked place; the clause after "berapa" is what sets the group apart
    (frame._restricting_clause, the places in subgroup_clause_fits)."""
    values = await values_asked(empty_engine, RELOKASI, RELOCATION_Q)
    assert values == [23], values


async def test_a_part_of_the_whole_the_question_names_is_no_mere_progress(empty_engine):
    """"23 dari 33 perusahaan" for "Dari 33 perusahaan …, berapa yang …": the part of the very whole
    the question states (grades._whole_asked in progress_fits)."""
    values = await values_asked(empty_engine, RELOKASI_KATA, RELOCATION_Q)
    assert values == [23], values


ESSEX = topic_archive("essex", "2019-10-25", [
    Article(id="sindo-essex", outlet="SINDOnews", published="2019-10-25",
            title="39 Mayat Ditemukan di Truk Kontainer di Essex",
            body="Polisi dihubungi untuk datang ke Waterglade Industrial Park di Grays pada hari Rabu, di mana mereka "
                 "menemukan mayat 31 pria dan delapan wanita di dalam truk kontainer."),
])


async def test_the_sexes_of_one_group_joined_are_what_the_first_of_them_is(empty_engine):
    """"menemukan mayat 31 pria dan delapan wanita": the eight women are dead too, and answer "berapa
    perempuan di antara 39 mayat" (claims: subgroup_words joined share the first's classes)."""
    values = await values_asked(empty_engine, ESSEX, "Berapa perempuan di antara 39 mayat yang ditemukan di truk "
                                                     "kontainer di Grays, Oktober 2019?")
    assert values == [8], values


SPBU_MINI = topic_archive("spbumini", "2019-09-18", [
    Article(id="sindo-spbumini", outlet="SINDOnews", published="2019-09-18",
            title="Pompa Bensin Mini di Cipatat Meledak",
            body="Pompa bensin mini di Desa Kertamukti, Cipatat, Bandung Barat, meledak pada Selasa. \"Kerugian "
                 "materi akibat meledaknya itu sekitar Rp120 juta,\" sebut Nanan."),
])


async def test_a_material_loss_is_the_plain_loss_asked(empty_engine):
    """"Kerugian materi … sekitar Rp120 juta" answers "berapa kerugian akibat ledakan …"; a loss to
    the state asked ("kerugian negara") is not it (items._MATERIAL_WORDS in money_kind_fits)."""
    values = await values_asked(empty_engine, SPBU_MINI, "Berapa kerugian akibat ledakan pompa bensin mini di Desa "
                                                         "Kertamukti, Cipatat?")
    assert values == [120000000], values
    state = await values_asked(empty_engine, SPBU_MINI, "Berapa kerugian negara akibat ledakan pompa bensin mini di "
                                                        "Desa Kertamukti, Cipatat?")
    assert 120000000 not in state, state


MINYAK_KORSEL = topic_archive("minyakkorsel", "2019-09-17", [
    Article(id="tempo-minyakkorsel", outlet="Tempo.co", published="2019-09-17",
            title="Korea Selatan Cemaskan Pasokan Minyak Mentah dari Arab Saudi",
            body="Ini karena Seoul mengimpor 323 juta barel minyak mentah dari Arab Saudi. Aramco memproduksi minyak "
                 "mentah 10,3 juta barel per hari tahun lalu. Produksi minyak Arab Saudi Agustus lalu sebesar 9,85 "
                 "juta barel per hari."),
])


async def test_a_flow_of_a_good_asked_is_not_another_flow_of_it(empty_engine):
    """"minyak mentah yang diimpor Korea Selatan": the barrels imported, not those produced
    (frame_words flow_nouns in measure_fits)."""
    values = await values_asked(empty_engine, MINYAK_KORSEL, "Berapa barel minyak mentah yang diimpor Korea Selatan "
                                                             "dari Arab Saudi?")
    assert values == [323000000], values


IGER = topic_archive("iger", "2019-09-17", [
    Article(id="kompas-iger", outlet="Kompas.com", published="2019-09-17",
            title="Bob Iger Mundur dari Dewan Direksi Apple",
            body="Sementara di Apple Bob Iger dibayar 125.000 dollar AS (Rp 1,75 miliar) sebagai gaji dan 250.000 "
                 "dollar AS (Rp 3,5 miliar) dalam bentuk saham. Apple juga siap berinvestasi 20 miliar dolar AS "
                 "sebagai bisnis tambahan di Irlandia. Apple berharap menerima Rp600 miliar sebagai tambahan dari "
                 "pendapatan iklan."),
])


async def test_an_amount_paid_as_another_thing_is_not_the_one_asked(empty_engine):
    """"125.000 dollar AS (…) sebagai gaji dan 250.000 dollar AS (…) dalam bentuk saham": the salary
    asked is the first (items._LABEL_AFTER_RE in money_kind_fits)."""
    values = await values_asked(empty_engine, IGER, "Berapa gaji Bob Iger sebagai anggota dewan direksi Apple?")
    assert 250000 not in values and 3500000000 not in values and 125000 in values, values
    # what an amount is for ("sebagai bisnis tambahan") is no kind of money paid
    invested = await values_asked(empty_engine, IGER, "Berapa investasi yang siap dikeluarkan Apple di Irlandia?")
    assert 20000000000 in invested, invested
    # an amount said to be an addition is not the amount asked, unless the addition is
    revenue = await values_asked(empty_engine, IGER, "Berapa pendapatan iklan Apple?")
    assert 600000000000 not in revenue, revenue
    added = await values_asked(empty_engine, IGER, "Berapa tambahan pendapatan iklan yang diharapkan Apple?")
    assert 600000000000 in added, added


LAMARAN = topic_archive("lamaran", "2019-09-20", [
    Article(id="kompas-lamaran", outlet="Kompas.com", published="2019-09-20",
            title="Amazon Dibanjiri Lamaran Kerja",
            body="Amazon membuka 30.000 lowongan kerja di Amerika Serikat. Terdapat 18 lamaran kerja yang diunggah di "
                 "laman tersebut tiap menit. Dalam beberapa hari, Amazon menerima 200.000 lamaran kerja."),
])


async def test_a_count_coming_every_minute_is_a_rate_not_the_count(empty_engine):
    """"18 lamaran kerja yang diunggah … tiap menit" is a rate: it answers "berapa lamaran kerja per
    menit", not how many came (grades.short_rate_fits)."""
    values = await values_asked(empty_engine, LAMARAN, "Berapa lamaran kerja yang membanjiri Amazon beberapa hari "
                                                       "setelah membuka 30.000 lowongan?")
    assert 18 not in values and 200000 in values, values
    rate = await values_asked(empty_engine, LAMARAN, "Berapa lamaran kerja yang diunggah ke laman Amazon tiap menit?")
    assert 18 in rate, rate


KPR_TUMBUH = topic_archive("kprtumbuh", "2019-09-20", [
    Article(id="sindo-kprtumbuh", outlet="SINDOnews", published="2019-09-20",
            title="Pertumbuhan KPR Melambat",
            body="Per Juli 2019, KPR dan KPA tumbuh 12,3 % (yoy) melambat dibandingkan bulan sebelumnya. Adapun "
                 "pertumbuhan kredit perbankan hingga akhir Juli 2019 tumbuh sebesar 9,58 persen yoy, sementara dana "
                 "pihak ketiga (DPK) tumbuh 8,01 persen secara tahunan."),
])


async def test_a_bare_verb_does_what_its_pe_an_noun_names(empty_engine):
    """"KPR dan KPA tumbuh 12,3 % (yoy)" is the "pertumbuhan tahunan (yoy) KPR" asked: the bare verb
    the noun is made of, and the period said apart (frame._deed_of_head, basis_words in measure_fits)."""
    values = await values_asked(empty_engine, KPR_TUMBUH, "Berapa pertumbuhan tahunan (yoy) KPR dan KPA per Juli 2019?")
    assert values == [12.3], values
    # a bare verb's subject is its own clause's: the deposits grew 8,01 percent, not the credit
    credit = await values_asked(empty_engine, KPR_TUMBUH, "Berapa pertumbuhan kredit perbankan secara tahunan (yoy) "
                                                          "per akhir Juli 2019?")
    assert 8.01 not in credit, credit


TEKNOFEST = topic_archive("teknofest", "2019-09-20", [
    Article(id="sindo-teknofest", outlet="SINDOnews", published="2019-09-20",
            title="Robot Terbang UGM Juara 3 Teknofest di Istanbul",
            body="Sebelum lolos ke kompetisi di Turki, robot terbang Ashwincarra telah bersaing dalam rangkaian seleksi "
                 "dengan 280 tim lain dari berbagai negara di dunia."),
])


async def test_the_rest_of_a_group_answers_when_the_rest_is_asked(empty_engine):
    """"bersaing … dengan 280 tim lain" answers "bersaing dengan berapa tim lain" (frame._OTHERS_ASKED_RE
    in count_fits); the rest of a group still answers no plain count."""
    values = await values_asked(empty_engine, TEKNOFEST, "Robot terbang Ashwincarra bersaing dengan berapa tim lain "
                                                         "dalam seleksi Teknofest?")
    assert values == [280], values


LDR_BTN = topic_archive("ldrbtn", "2019-09-03", [
    Article(id="sindo-ldrbtn", outlet="SINDOnews", published="2019-09-03",
            title="Bunga KPR BTN Sulit Turun",
            body="Rasio LDR Bank BTN hingga semester I 2019 mencapai 114,29 persen."),
])


async def test_a_change_the_asked_figure_brings_about_is_not_its_own(empty_engine):
    """"rasio LDR Bank BTN …, yang membuat bunga KPR-nya sulit turun" asks the ratio's level: the fall
    is the interest's (frame._CONSEQUENCE_WORDS)."""
    values = await values_asked(empty_engine, LDR_BTN, "Berapa rasio LDR Bank BTN hingga semester I 2019, yang "
                                                       "membuat bunga KPR-nya sulit turun?")
    assert values == [114.29], values


FLPP = topic_archive("flpp", "2019-10-26", [
    Article(id="sindo-flpp", outlet="SINDOnews", published="2019-10-26",
            title="Pemerintah Salurkan Ratusan Ribu Rumah Subsidi FLPP",
            body="Sebagai informasi, dari tahun 2010 hingga 2019 pemerintah telah menyalurkan 644.067 unit rumah "
                 "subsidi FLPP atau setara dengan 43,21 triliun."),
])


async def test_what_a_count_is_worth_is_no_count_of_its_noun(empty_engine):
    """"644.067 unit rumah … atau setara dengan 43,21 triliun": the worth takes no "rumah" from the
    count before it (claims._EQUIVALENT_BEFORE_RE)."""
    values = await values_asked(empty_engine, FLPP, "Berapa unit rumah yang sudah disalurkan pemerintah lewat FLPP "
                                                    "dari tahun 2010 hingga 2019?")
    assert values == [644067], values


BESIKTAS = topic_archive("besiktas", "2019-09-20", [
    Article(id="tempo-besiktas", outlet="Tempo.co", published="2019-09-20",
            title="Karius Blunder, Besiktas Takluk dari Slovan Bratislava",
            body="Berlaga di kandang tim asal Slovakia itu, Besiktas takluk dari Slovan Bratislava. Salah satu dari "
                 "empat gol Bratislava tercipta dari blunder Karius. Dua gol Besiktas dicetak Burak Yilmaz."),
])


async def test_the_side_a_team_lost_to_holds_none_of_its_goals(empty_engine):
    """"gol yang dicetak Besiktas saat kalah dari Slovan Bratislava": the side it lost to holds none of
    the goals asked ("empat gol Bratislava") (frame._LOST_TO_WORDS in _asked_holders)."""
    values = await values_asked(empty_engine, BESIKTAS, "Berapa gol yang dicetak Besiktas saat kalah dari Slovan "
                                                        "Bratislava di fase grup Liga Europa?")
    assert 4 not in values, values


STARTUP = topic_archive("startup", "2019-09-18", [
    Article(id="tempo-startup", outlet="Tempo.co", published="2019-09-18",
            title="Daftar Negara Paling Ramah Startup Versi CEOWORLD",
            body="Dalam daftar negara paling ramah startup 2019 versi majalah CEOWORLD, Prancis berada di posisi 12, "
                 "China peringkat 15, Brazil (42), Afrika Selatan (44) dan Turki di peringkat 46."),
])


async def test_a_lists_next_item_after_dan_is_its_own_countrys(empty_engine):
    """"…, Afrika Selatan (44) dan Turki di peringkat 46": after a figure, "dan" opens the next item,
    so Turkey holds the 46th place (held_country_fits)."""
    values = await values_asked(empty_engine, STARTUP, "Di peringkat berapa Turki dalam daftar negara paling ramah "
                                                       "startup 2019 versi majalah CEOWORLD?")
    assert values == [46], values


PMMB = topic_archive("pmmb", "2019-09-10", [
    Article(id="sindo-pmmb", outlet="SINDOnews", published="2019-09-10",
            title="PLN Luncurkan Program Magang Mahasiswa Bersertifikat Batch II",
            body="Program Magang Mahasiswa Bersertifikat (PMMB) PLN batch II diikuti oleh 46 perguruan tinggi. Jumlah "
                 "ini bertambah signifikan dibanding batch I yang hanya delapan perguruan tinggi."),
])


async def test_a_numbered_batch_asked_is_not_another_batch(empty_engine):
    """"batch II" asked: "dibanding batch I yang hanya delapan perguruan tinggi" is the first batch's
    (frame._LABEL_RE: batch, angkatan)."""
    values = await values_asked(empty_engine, PMMB, "Berapa perguruan tinggi yang ikut Program Magang Mahasiswa "
                                                    "Bersertifikat (PMMB) PLN batch II?")
    assert values == [46], values


HORISON = topic_archive("horison", "2019-09-11", [
    Article(id="sindo-horison", outlet="SINDOnews", published="2019-09-11",
            title="Groundbreaking Hotel Horison Ultima Kertajati",
            body="Hotel Horison Ultima Kertajati terdiri dari delapan lantai, serta 110 kamar untuk pembangunan tahap "
                 "pertama dari rencana 200 kamar."),
])


async def test_a_planned_count_is_no_count_of_what_is_built(empty_engine):
    """"110 kamar untuk pembangunan tahap pertama dari rencana 200 kamar": the 200 rooms are planned,
    no count of those built; a plan asked takes them (frame._PLAN_WORDS, PLANNED_REACH in plan_fits)."""
    values = await values_asked(empty_engine, HORISON, "Berapa kamar yang dibangun pada tahap pertama Hotel Horison "
                                                       "Ultima Kertajati?")
    assert values == [110], values
    planned = await values_asked(empty_engine, HORISON, "Berapa kamar yang direncanakan dibangun di Hotel Horison "
                                                       "Ultima Kertajati?")
    assert 200 in planned, planned


PASAL = topic_archive("pasal", "2019-09-19", [
    Article(id="kompas-pasal", outlet="Kompas.com", published="2019-09-19",
            title="Pasal Penghinaan Presiden di RKUHP",
            body="Pasal 218 RKUHP menyebutkan setiap orang yang di muka umum menyerang kehormatan atau harkat martabat "
                 "Presiden dipidana penjara paling lama 3 tahun 6 bulan."),
    Article(id="wowkeren-pasal", outlet="wowkeren.com", published="2019-09-20",
            title="Menghina Presiden Bisa Dipenjara",
            body="Dalam RKUHP, pada Pasal 219 disebutkan orang yang menyerang kehormatan Presiden lewat tulisan yang "
                 "disebarkan dipidana penjara paling lama 4 tahun 6 bulan."),
])


async def test_a_numbered_article_of_a_law_asked_is_not_another_article(empty_engine):
    """"Pasal 218" asked: "pada Pasal 219 … paling lama 4 tahun 6 bulan" is another article's term
    (frame._LABEL_RE: pasal)."""
    values = await values_asked(empty_engine, PASAL, "Berapa lama ancaman penjara maksimal bagi orang yang menyerang "
                                                     "kehormatan Presiden dalam Pasal 218 RKUHP?")
    assert 4 not in values and 3 in values, values


AYAM_BEKERJA = topic_archive("ayambekerja", "2019-09-13", [
    Article(id="sindo-ayambekerja", outlet="SINDOnews", published="2019-09-13",
            title="Kementan Bagikan Ayam untuk Rumah Tangga Miskin di Nganjuk",
            body="Setiap Rumah tangga miskin terverifikasi mendapatkan bantuan 50 ekor ayam, 150 kg pakan dan "
                 "obat-obatan serta kandangnya. Target hari ini 569 RTMP, dengan total jumlah ayam 28.450 ekor."),
])


async def test_what_each_one_got_is_no_total(empty_engine):
    """"Setiap Rumah tangga miskin terverifikasi mendapatkan bantuan 50 ekor ayam" is what each got:
    no total handed out; asked per household, it answers (frame._PER_ITEM_BEFORE_RE, PER_ITEM_REACH)."""
    values = await values_asked(empty_engine, AYAM_BEKERJA, "Berapa ekor ayam yang dibagikan Kementan untuk 569 rumah "
                                                            "tangga miskin di Nganjuk?")
    assert 50 not in values and 28450 in values, values
    each = await values_asked(empty_engine, AYAM_BEKERJA, "Setiap rumah tangga miskin penerima bantuan Kementan "
                                                          "mendapat berapa ekor ayam?")
    assert 50 in each, each


POLRI = topic_archive("polri", "2019-09-03", [
    Article(id="kompas-polri", outlet="Kompas.com", published="2019-09-03",
            title="Polri Usulkan Tambahan Anggaran 2020",
            body="Wakapolri Komjen Pol Ari Dono Sukmanto mengatakan, pihaknya mengusulkan penambahan anggaran untuk "
                 "tahun depan sebesar Rp 13,92 triliun dari pagu anggaran tahun yang sebesar Rp 90,32 triliun."),
    Article(id="kompas-bpom", outlet="Kompas.com", published="2019-09-02",
            title="BPOM Minta Tambahan Anggaran",
            body="Dengan perhitungan ulang, Kepala BPOM meminta penambahan anggaran dari pagu sebesar Rp 101,5 miliar."),
])


async def test_the_base_an_addition_is_made_to_is_not_the_addition(empty_engine):
    """"penambahan anggaran … sebesar Rp 13,92 triliun dari pagu anggaran … sebesar Rp 90,32 triliun":
    the base after the addition is no addition; "penambahan anggaran dari pagu sebesar Rp 101,5 miliar"
    names the addition itself (frame._BASE_SINCE_FIGURE_RE in money_fits)."""
    values = await values_asked(empty_engine, POLRI, "Berapa tambahan anggaran 2020 yang diusulkan Polri?")
    assert 90320000000000 not in values and 13920000000000 in values, values
    bpom = await values_asked(empty_engine, POLRI, "Berapa tambahan anggaran yang diminta Kepala BPOM?")
    assert 101500000000 in bpom, bpom


GUGATAN = topic_archive("gugatan", "2019-09-10", [
    Article(id="tribun-gugatan", outlet="Tribunnews", published="2019-09-10",
            title="Anggota Polisi Gugat BRI karena Rekening Diblokir",
            body="Denny Setiawan menuntut ganti rugi dari BRI karena rekeningnya diblokir, dengan detail kerugian "
                 "Rp 10 juta untuk material dan Rp 1 miliar untuk imaterial."),
])


async def test_a_loss_in_goods_is_not_the_immaterial_loss_asked(empty_engine):
    """"Rp 10 juta untuk material dan Rp 1 miliar untuk imaterial": the immaterial damages asked are the
    billion, the material ones the ten million (items._LOSS_KIND_AFTER_RE in money_kind_fits)."""
    values = await values_asked(empty_engine, GUGATAN, "Berapa ganti rugi imaterial yang dituntut Denny Setiawan "
                                                       "dari BRI?")
    assert values == [1000000000], values
    material = await values_asked(empty_engine, GUGATAN, "Berapa ganti rugi material yang dituntut Denny Setiawan "
                                                         "dari BRI?")
    assert material == [10000000], material


BEGAWI = topic_archive("begawi", "2019-09-14", [
    Article(id="okezone-begawi", outlet="Okezone", published="2019-09-14",
            title="Video Polisi Tembakkan Senpi di Acara Begawi Viral",
            body="Video polisi menembakkan senjata api di acara begawi di Lampung Utara viral. Hingga kini, video yang "
                 "diunggah 5 hari lalu itu telah ditonton oleh seratus ribu kali dan mendapat ratusan komentar."),
])


async def test_a_time_ago_takes_no_noun_from_the_count_beside_it(empty_engine):
    """"video yang diunggah 5 hari lalu itu telah ditonton oleh seratus ribu kali": five days ago is
    no count of views (claims._AGO_AFTER_RE)."""
    values = await values_asked(empty_engine, BEGAWI, "Video polisi tembakkan senpi di acara begawi Lampung sudah "
                                                      "ditonton berapa kali?")
    assert values == [100000], values


PERKIRAAN_AS = topic_archive("perkiraanas", "2024-10-29", [
    Article(id="medcom-perkiraanas", outlet="Medcom.id", published="2024-10-29",
            title="Pentagon: 10.000 Tentara Korea Utara di Rusia",
            body="Sebagian dari 10.000 tentara Korea Utara yang dikerahkan ke Rusia timur untuk pelatihan – naik dari "
                 "perkiraan awal AS sebanyak 3.000 pekan lalu – telah bergerak mendekati perbatasan Ukraina."),
])


async def test_a_large_figure_before_last_week_is_a_count_said_then(empty_engine):
    """"naik dari perkiraan awal AS sebanyak 3.000 pekan lalu": 3,000 soldiers last week, not a span of
    3,000 weeks: it keeps the soldiers (claims.AGO_MAX)."""
    values = await values_asked(empty_engine, PERKIRAAN_AS, "Berapa tentara Korea Utara yang dikerahkan ke Rusia?")
    assert 3000 in values and 10000 in values, values
