"""Session 48 rules (docs/frames.md "Session 48 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import question_frame
from retrieval.text import TextPipeline

from .answered import topic_archive, values_asked

BLIMBINGSARI = topic_archive("blimbingsari", "2017-07-15", [
    Article(id="green-airport", outlet="kumparan", published="2017-07-15",
            title="Uniknya Bandara Green Blimbingsari Di Banyuwangi",
            body="Pembangunan bandara ini menghabiskan dana sekitar Rp 100 miliar yang berasal dari APBD . "
                 "Dana bantuan sosial bagi warga sekitar bandara mencapai Rp 2 miliar ."),
])


async def test_money_a_verb_of_spending_took_is_the_cost(empty_engine):
    """"Pembangunan bandara ini menghabiskan dana sekitar Rp 100 miliar" is what building it cost
    (frame._spent_as_cost), though the sentence says "dana", not "biaya"; a fund for something else
    ("Dana bantuan sosial … Rp 2 miliar") is still no cost."""
    values = await values_asked(empty_engine, BLIMBINGSARI, "Berapa biaya pembangunan Bandara Blimbingsari Banyuwangi?")
    assert 100_000_000_000 in values and 2_000_000_000 not in values, values


SEKAPUK = topic_archive("sekapuk", "2025-05-29", [
    Article(id="sekapuk", outlet="detikcom", published="2025-05-29",
            title="Wisata Sekapuk Smartland di Gresik Ramai Dikunjungi",
            body="Untuk masuk ke kawasan wisata Sekapuk Smartland, pengunjung hanya perlu membayar tiket sebesar "
                 "Rp 10.000 per orang. Pengelola menyiapkan parkir seluas 2 hektare."),
])


async def test_what_one_pays_for_the_asked_kind_is_its_price(empty_engine):
    """"berapa harga tiket masuk": "membayar tiket sebesar Rp 10.000" names the ticket's price
    (frame._paid_for_kind), with no word "harga" in the sentence."""
    values = await values_asked(empty_engine, SEKAPUK, "Berapa harga tiket masuk wisata Sekapuk Smartland di Gresik?")
    assert values == [10_000], values


GREAT_EASTERN = topic_archive("premi", "2019-09-17", [
    Article(id="treasure", outlet="Kompas.com", published="2019-09-17",
            title="Great Eastern Luncurkan Produk Asuransi dengan 1 Kali Pembayaran Premi",
            body="Nina menyebut, Great Treasure Assurance memiliki beberapa manfaat, diantaranya 1 kali pembayaran "
                 "premi minimal Rp 25 juta, memberikan uang pertanggungan sampai 40 kali dari jumlah premi."),
])


async def test_paying_a_money_thing_names_that_thing(empty_engine):
    """"pembayaran premi minimal Rp 25 juta" is the premium (money_payment_heads): the payment's
    amount is what is paid, when the question asks that thing."""
    values = await values_asked(empty_engine, GREAT_EASTERN, "Berapa premi minimal produk Great Treasure Assurance "
                                                             "dari Great Eastern Life?")
    assert 25_000_000 in values, values


SETNOV = topic_archive("setnov", "2019-09-11", [
    Article(id="cicil", outlet="Okezone", published="2019-09-11", title="Setya Novanto Cicil Uang Pengganti",
            body="\"Terpidana kasus korupsi proyek e-KTP Setya Novanto mencicil pembayaran uang pengganti sebesar "
                 "Rp500.000.000,00 pada 5 "
                 "September 2019,\" kata Juru Bicara KPK Febri Diansyah."),
])


async def test_paying_generic_money_does_not_name_the_money_asked(empty_engine):
    """"pembayaran uang pengganti" pays restitution: for "berapa uang … yang diterima" the payment's
    head stays (the money it pays is only "uang", no thing the question names)."""
    values = await values_asked(empty_engine, SETNOV, "berapa uang dari proyek e-KTP yang diduga diterima Setya Novanto?")
    assert 500_000_000 not in values, values


def test_an_old_year_after_a_name_is_the_names():
    """"AJB Bumiputera 1912" is a company's name, not a year asked (frame._without_name_years); a
    date's year ("17 Agustus 1945") and a year said as such stay."""
    pipeline = TextPipeline()
    named = question_frame("Berapa polis yang terlibat dalam persoalan gagal bayar AJB Bumiputera 1912 dan "
                           "Asuransi Jiwasraya (September 2019)?", pipeline)
    assert named.years == () and named.reported == ((2019, 9),)
    assert question_frame("berapa korban peristiwa 17 Agustus 1945?", pipeline).years == (1945,)
    assert question_frame("berapa korban gempa tahun 1992?", pipeline).years == (1992,)


BUMIPUTERA = topic_archive("bumiputera", "2019-09-12", [
    Article(id="bank-dunia", outlet="Tribunnews", published="2019-09-12",
            title="Bank Dunia Soroti Bumiputera dan Jiwasraya",
            body="Pasalnya, persoalan gagal bayar asuransi yang dihadapi Bumiputera dan Jiwasraya melibatkan 7 juta "
                 "peserta dengan total 18 juta polis."),
])


async def test_a_total_of_those_who_did_the_asked_deed_is_the_part_asked(empty_engine):
    """"polis yang terlibat": "melibatkan … dengan total 18 juta polis" totals the policies the
    deed involved (frame._part_deed_said), no whole they are counted out of."""
    values = await values_asked(empty_engine, BUMIPUTERA, "Berapa polis yang terlibat dalam persoalan gagal bayar "
                                                          "Bumiputera dan Jiwasraya?")
    assert 18_000_000 in values, values


GIRDER = topic_archive("girder", "2019-09-10", [
    Article(id="japek", outlet="Liputan6.com", published="2019-09-10", title="Tol Layang Japek II Hampir Rampung",
            body="Djoko meneruskan, di Jalan Tol Japek II Elevated sudah terpasang 2.446 steel box girder dari total "
                 "2.585 steel box girder yang dibutuhkan dalam proyek ini."),
])
GIRDER_LEFT = topic_archive("girder", "2019-09-10", [
    Article(id="japek", outlet="Liputan6.com", published="2019-09-10", title="Tol Layang Japek II Hampir Rampung",
            body="Djoko meneruskan, di Jalan Tol Japek II Elevated masih ada 139 steel box girder yang belum "
                 "terpasang, dengan total 2.585 steel box girder yang dibutuhkan dalam proyek ini."),
])
GIRDER_QUESTION = "Berapa jumlah steel box girder yang terpasang di proyek Tol Jakarta-Cikampek II Elevated?"


async def test_a_whole_the_part_is_counted_out_of_stays_a_whole(empty_engine):
    """"yang terpasang" asked: "dari total 2.585 steel box girder" is the whole the mounted ones
    are counted out of, though the clause says "terpasang"."""
    values = await values_asked(empty_engine, GIRDER, GIRDER_QUESTION)
    assert 2446 in values and 2585 not in values, values


async def test_a_total_of_a_deed_not_done_is_no_part_asked(empty_engine):
    """"139 steel box girder yang belum terpasang, dengan total 2.585": the deed is said not done,
    so the total is no count of the mounted ones (frame._part_deed_said)."""
    values = await values_asked(empty_engine, GIRDER_LEFT, GIRDER_QUESTION)
    assert 2585 not in values, values


MARUNDA = topic_archive("marunda", "2019-09-06", [
    Article(id="alfi", outlet="Kompas.com", published="2019-09-06",
            title="Asosiasi Logistik Indonesia Dukung Proyek Pembangunan Pelabuhan Marunda",
            body="Direktur utama PT Karya Citra Nusantara (KCN) Widodo Setiadi menyebut pihaknya telah "
                 "menginvestasikan dana Rp 3,5 triliun untuk membangun Pelabuhan Marunda, yakni satu dermaga dan "
                 "sebagian dermaga II. Pelabuhan itu berada di kawasan Marunda, Jakarta Utara."),
])


async def test_a_title_naming_the_asked_port_tells_no_national_story(empty_engine):
    """"Asosiasi Logistik Indonesia … Pelabuhan Marunda": the country is an association's name, and
    the title names the asked port, so its figures hold in Jakarta Utara (frame._title_names_typed)."""
    values = await values_asked(empty_engine, MARUNDA, "Berapa dana yang sudah diinvestasikan PT Karya Citra Nusantara "
                                                       "(KCN) untuk membangun Pelabuhan Marunda, Jakarta Utara?")
    assert 3_500_000_000_000 in values, values


FLPP = topic_archive("flpp", "2019-09-04", [
    Article(id="usulan", outlet="Okezone", published="2019-09-04", title="Basuki Usulkan Tambahan Anggaran FLPP",
            body="Menteri PUPR Basuki Hadimuljono mengusulkan tambahan anggaran Rp1,5 hingga Rp2 triliun untuk "
                 "KPR skema FLPP tahun 2019."),
    Article(id="dipa", outlet="Kompas.com", published="2019-09-05", title="Anggaran FLPP 2019 di DIPA",
            body="Anggaran FLPP tahun 2019 yang dialokasikan di DIPA sebesar Rp 7,1 triliun, kata Basuki."),
    Article(id="kemenhub", outlet="Okezone", published="2019-09-16",
            title="Menhub Minta Tambahan Anggaran Jadi Rp43,1 Triliun",
            body="Menhub Budi Karya menyampaikan kebutuhan anggaran kementeriannya untuk tahun 2020."),
])


async def test_an_addition_named_before_an_amount_is_not_the_amount(empty_engine):
    """"tambahan anggaran Rp1,5 hingga Rp2 triliun" adds to the budget; the budget allocated is the
    Rp 7,1 triliun (frame._ADDITION_BEFORE_RE). An addition "jadi Rp43,1 Triliun" names the total."""
    values = await values_asked(empty_engine, FLPP, "berapa anggaran FLPP tahun 2019 yang dialokasikan di DIPA?")
    assert 7_100_000_000_000 in values and 1_500_000_000_000 not in values, values
    totals = await values_asked(empty_engine, [], "berapa total anggaran Kementerian Perhubungan untuk tahun 2020?")
    assert 43_100_000_000_000 in totals, totals


KBN = topic_archive("kbn", "2019-09-13", [
    Article(id="gugatan", outlet="SINDOnews", published="2019-09-13", title="Sengketa Pelabuhan Marunda",
            body="KBN mengajukan gugatan dengan empat tuntutan yakni pembatalan konsesi, stop operasional KCN, "
                 "serta ganti rugi Rp56,8 triliun. Pengadilan Negeri Jakarta Utara mengabulkan ganti rugi "
                 "Rp773 miliar."),
])


async def test_a_lawsuits_claim_is_no_amount_a_court_granted(empty_engine):
    """"ganti rugi yang dikabulkan": the Rp 56,8 triliun KBN's lawsuit ("gugatan") demanded is the
    demand, not what the court granted (frame_words demand_words / verdict_words)."""
    values = await values_asked(empty_engine, KBN, "Berapa ganti rugi yang dikabulkan Pengadilan Negeri Jakarta Utara "
                                                   "untuk PT KBN dalam sengketa Pelabuhan Marunda?")
    assert 56_800_000_000_000 not in values, values


OVO = topic_archive("ovo", "2019-09-12", [
    Article(id="tempo-ovo", outlet="Tempo.co", published="2019-09-12",
            title="Grab Kabarnya Akan Menggabungkan OVO dan DANA",
            body="Grab kabarnya akan menggabungkan dompet digital OVO dan DANA. Namun, Finance Asia menuliskan, "
                 "valuasi terbaru dompet digital Ovo berkisar US$2,9 miliar."),
    Article(id="sindo-ovo", outlet="SINDOnews", published="2019-09-13", title="Grab Disebut Akan Gabungkan OVO dan DANA",
            body="Menurut Finance Asia, saat ini OVO memiliki valuasi sebesar USD2,9 miliar, sementara belum ada "
                 "data mengenai valuasi DANA."),
])


async def test_a_narrowed_answer_takes_every_outlet_quoting_the_one_named(empty_engine):
    """"menurut Finance Asia": both outlets quote it, one without the question's other words; the
    entry lists both (Engine._ask_about_claims takes the pages of the search with the name's words)."""
    await empty_engine.ingest_articles(OVO)
    answer = await empty_engine.ask("Berapa valuasi dompet digital OVO menurut Finance Asia, di tengah kabar Grab akan "
                                    "menggabungkan OVO dan DANA?")
    outlets = {s.outlet for c in answer.claims if c.figure and c.figure.get("value") == 2_900_000_000 for s in c.sources}
    assert outlets == {"Tempo.co", "SINDOnews"}, [(c.figure, [s.outlet for s in c.sources]) for c in answer.claims]


REEKSPOR = topic_archive("reekspor", "2019-09-18", [
    Article(id="sindo-reekspor", outlet="SINDOnews", published="2019-09-18", title="Bea Cukai Reekspor Sampah Impor",
            body="Heru Pambudi menambahkan bahwa dari keseluruhan 331 kontainer yang sudah direekspor dan 216 "
                 "kontainer yang "
                 "masih dalam proses reekspor itu datang dari berbagai negara."),
    Article(id="tribun-reekspor", outlet="Tribunnews", published="2019-09-19",
            title="Sucofindo Periksa Ratusan Kontainer Sampah Impor",
            body="Sementara itu sebanyak 216 kontainer, masih dalam proses reekspor."),
])


async def test_equal_figures_told_alike_are_one_entry(empty_engine):
    """"216 kontainer yang masih dalam proses reekspor" and "sebanyak 216 kontainer, masih dalam
    proses reekspor": the words around the figure are one report's (answer._told_alike), so one
    entry lists both outlets, though each page names something the other does not ("Pambudi",
    "Sucofindo")."""
    await empty_engine.ingest_articles(REEKSPOR)
    answer = await empty_engine.ask("berapa kontainer sampah plastik impor yang masih dalam proses reekspor?")
    entries = [[s.outlet for s in c.sources] for c in answer.claims if c.figure and c.figure.get("value") == 216]
    assert len(entries) == 1 and set(entries[0]) == {"SINDOnews", "Tribunnews"}, entries


FADILAH = topic_archive("fadilah", "2017-06-02", [
    Article(id="amien", outlet="kumparan", published="2017-06-02", title="Amien Rais Akan Temui KPK",
            body="Uang itu disebut mengalir ke rekening Amien Rais pada 26 Desember 2006 . Dalam kasus ini Siti "
                 "Fadilah dituntut 6 tahun penjara ditambah denda Rp 500 juta ."),
])


async def test_a_court_stage_asked_on_its_day_is_told_again_later(empty_engine):
    """"… yang dituntut jaksa … (31 Mei 2017)": a report of 2 June retells the demand, though its
    earlier sentence dates another matter ("26 Desember 2006") (frame._stage_told_later)."""
    values = await values_asked(empty_engine, FADILAH, "berapa tahun hukuman penjara yang dituntut jaksa KPK untuk "
                                                       "Siti Fadilah Supari (31 Mei 2017)?")
    assert 6 in values, values


AUBAMEYANG = topic_archive("aubameyang", "2018-02-04", [
    Article(id="debut", outlet="juara.net", published="2018-02-04", title="Debut Aubameyang Di Arsenal Terancam Tertunda",
            body="London, Sabtu (3/2) - Pierre-Emerick Aubameyang belum bisa tampil. Pelatih Arsenal Arsene Wenger "
                 "menyatakan pemain yang baru didatangkan dari Borussia Dortmund dengan harga £ 56 juta itu dalam "
                 "kondisi sakit ."),
])


async def test_a_lead_dated_just_after_the_month_tells_of_it(empty_engine):
    """"… pada Januari 2018": a report published on 4 February whose lead is dated "Sabtu (3/2)"
    tells January's transfer (frame._reported_just_after by the lead's day)."""
    values = await values_asked(empty_engine, AUBAMEYANG, "Berapa harga yang dibayar Arsenal untuk mendatangkan "
                                                          "Pierre-Emerick Aubameyang dari Borussia Dortmund pada Januari "
                                                          "2018?")
    assert 56_000_000 in values, values


GIM = topic_archive("gim", "2019-09-12", [
    Article(id="rudiantara", outlet="Tempo.co", published="2019-09-12", title="Rudiantara: Industri Gim Indonesia",
            body="\"Tetapi populasi pemain gim hanya 20 persen,\" ujar Rudiantara di Jakarta."),
    Article(id="asia", outlet="Okezone", published="2019-09-12", title="Pemain Gim di Indonesia Terus Bertambah",
            body="Pemain gim mencapai 40 persen populasi di Asia."),
])


async def test_population_is_said_as_residents_and_a_continents_share_is_not_the_countrys(empty_engine):
    """"penduduk Indonesia yang menjadi pemain gim": "populasi pemain gim" says it (synonyms.txt:
    populasi is warga, penduduk), and "40 persen populasi di Asia" is the continent's share
    (frame._continent_said)."""
    values = await values_asked(empty_engine, GIM, "Berapa persen penduduk Indonesia yang menjadi pemain gim?")
    assert 20 in values and 40 not in values, values


KOMODO = topic_archive("komodo", "2019-09-10", [
    Article(id="komodo", outlet="Tempo.co", published="2019-09-10",
            title="Menteri Pariwisata Pertanyakan Status Taman Nasional Komodo",
            body="Labuan Bajo , NTT - Pemerintah berencana menutup Pulau Komodo . Penutupan ini merupakan respons "
                 "dari kasus penyelundupan 41 komodo yang dijual ke luar negeri dengan harga Rp 500 juta per ekor ."),
])


async def test_a_place_inside_a_regional_bodys_name_is_no_place_asked(empty_engine):
    """"kasus yang diungkap Polda Jawa Timur": Jawa Timur names the police office that acted, not
    where the komodo were taken (frame._body_places), so the NTT story answers."""
    values = await values_asked(empty_engine, KOMODO, "Berapa ekor komodo yang diselundupkan ke luar negeri dalam kasus "
                                                      "yang diungkap Polda Jawa Timur?")
    assert 41 in values, values


GALAXY = topic_archive("galaxy", "2017-04-20", [
    Article(id="c9", outlet="kumparan", published="2017-04-20", title="Samsung Galaxy C9 Pro Resmi Mendarat di Indonesia",
            body="Ponsel ini hadir dengan banderol harga Rp 7 juta ."),
])


async def test_a_thing_pointed_at_is_no_person_whose_money_it_is(empty_engine):
    """"Ponsel ini hadir dengan banderol harga Rp 7 juta": a capitalised word a demonstrative
    follows names a thing (frame._names_a_person), not another person than the asked Samsung."""
    values = await values_asked(empty_engine, GALAXY, "Berapa harga Samsung Galaxy C9 Pro saat resmi masuk Indonesia?")
    assert 7_000_000 in values, values


BOLING = topic_archive("boling", "2017-05-29", [
    Article(id="jakabaring", outlet="juara.net", published="2017-05-29",
            title="Pertamina Bantu Pembangunan Lintasan Boling Asian Games",
            body="PT Pertamina ( Persero ) akan membantu pembangunan lintasan boling untuk Asian Games 2018 , di "
                 "Jakabaring Sport City Palembang sebesar Rp 42 miliar ."),
    Article(id="neymar", outlet="goal.com", published="2017-05-29", title="Manchester United dan Real Madrid Incar Neymar",
            body="El Real berencana memboyong Neymar dengan bujet fantastis € 400 juta ."),
])


async def test_a_fund_is_named_by_the_use_it_is_for(empty_engine):
    """"dana CSR Pertamina untuk pembangunan lintasan boling": the sentence names the use before the
    amount ("membantu pembangunan lintasan boling … sebesar Rp 42 miliar", frame._fund_named_by_use);
    a deed as the use ("untuk memboyong Neymar") names no fund of the one asked."""
    values = await values_asked(empty_engine, BOLING, "berapa dana CSR Pertamina untuk pembangunan lintasan boling "
                                                      "Asian Games di Jakabaring?")
    assert 42_000_000_000 in values, values
    values = await values_asked(empty_engine, [], "berapa dana yang disiapkan Manchester United untuk memboyong Neymar?")
    assert 400_000_000 not in values, values
