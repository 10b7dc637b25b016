"""Session 52 rules (docs/frames.md "Session 52 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import topic_archive, values_asked

GEMPA = topic_archive("gempa", "2019-09-11", [
    Article(id="kompas-gempa", outlet="Kompas.com", published="2019-09-11",
            title="Gempa Guncang Talaud",
            body="Gempa bumi berkekuatan magnitudo 5,7 mengguncang wilayah Melonguane di Kabupaten Talaud, "
                 "Provinsi Sulawesi Utara, pada Rabu (11/9/2019). Pada Senin malam, gempa magnitudo 3,1 juga "
                 "terasa di Talaud."),
])


async def test_a_dated_days_part_is_the_moment_asked_not_a_part_of_a_count(empty_engine):
    """"pada Rabu pagi 11 September 2019" dates the quake as a clock time would: the sentence that
    names no part of the day tells of that moment (grades._daypart_told); a sentence naming another
    day does not."""
    values = await values_asked(empty_engine, GEMPA, "Berapa magnitudo gempa yang mengguncang Melonguane, Kepulauan "
                                                     "Talaud, pada Rabu pagi 11 September 2019?")
    assert values == [5.7], values


TAMBANG = topic_archive("tambang", "2019-09-20", [
    Article(id="kompas-tambang", outlet="Kompas.com", published="2019-09-20",
            title="Konsorsium BUMN Garap Proyek di Madagaskar",
            body="Proyek awal adalah proyek transportasi hasil pertambangan berupa bijih krom yang akan diangkut "
                 "dari daerah tambang (Brieville) ke pelabuhan, (Tamatave port) sejauh 220 km. Nilai proyek "
                 "itu mencapai 300 juta dolar AS."),
])


async def test_a_distance_said_by_the_figures_own_word_answers_how_far(empty_engine):
    """"sejauh 220 km" (like "berjarak 57 km") says the distance its figure is, whatever the nouns
    before it name (frame._dimension_said)."""
    values = await values_asked(empty_engine, TAMBANG, "Berapa kilometer jarak angkutan bijih krom dari tambang "
                                                       "Brieville ke pelabuhan Tamatave di Madagaskar?")
    assert values == [220], values


TEPA = topic_archive("tepa", "2019-09-02", [
    Article(id="kompas-tepa", outlet="Kompas.com", published="2019-09-02",
            title="Gempa Magnitudo 5,0 Guncang Maluku Barat Daya",
            body="Adapun gempa tersebut berjarak 183 kilometer timur laut Tepa, Maluku Barat Daya dan 188 "
                 "kilometer selatan Banda, Maluku Tengah dengan kedalaman 187 kilometer di bawah permukaan laut."),
])


async def test_a_depth_said_after_a_list_of_distances_by_place_is_no_places(empty_engine):
    """After distances by place ("183 kilometer … Tepa … dan 188 kilometer selatan Banda, Maluku
    Tengah"), "dengan kedalaman 187 kilometer" says its own dimension: the quake's depth, not Maluku
    Tengah's part of a list (frame._own_dimension in place_list_fits)."""
    values = await values_asked(empty_engine, TEPA, "Berapa kilometer kedalaman gempa magnitudo 5,0 yang mengguncang "
                                                    "Kabupaten Maluku Barat Daya pada Senin 2 September 2019?")
    assert values == [187], values


ASET = topic_archive("aset", "2019-09-12", [
    Article(id="sindonews-aset", outlet="SINDOnews", published="2019-09-12",
            title="Kanada Jual Aset Iran",
            body="Sebuah dokumen pengadilan menunjukkan Kanada telah menyita dan menjual aset milik Iran dengan "
                 "nilai sekitar USD30 juta. Kompensasi itu dibayar kepada keluarga korban dengan biaya perkara "
                 "USD2,6 juta."),
])


async def test_a_value_said_with_dengan_nilai_is_the_value_of_the_thing_before(empty_engine):
    """"aset milik Iran dengan nilai sekitar USD30 juta": the value is the assets' (frame.money_fits
    reads the thing before "dengan nilai"); "biaya perkara USD2,6 juta" is a cost, not the assets'."""
    values = await values_asked(empty_engine, ASET, "Berapa nilai aset milik Iran yang disita dan dijual Kanada?")
    assert values == [30_000_000], values


SANKSI = topic_archive("sanksi", "2019-09-11", [
    Article(id="tempo-sanksi", outlet="Tempo.co", published="2019-09-11",
            title="AS Jatuhkan Sanksi Baru",
            body="Dalam sebuah pernyataan, Departemen Keuangan AS mengatakan sasaran sanksi tersebut termasuk 15 "
                 "pemimpin, individu dan entitas yang berafiliasi dengan kelompok-kelompok seperti Hamas dan IRGC."),
    Article(id="tempo-kabel", outlet="Tempo.co", published="2019-09-13",
            title="Penertiban Kabel Udara",
            body="\"Target penertiban kabel udara untuk tahun ini sekitar 100 km,\" ujar Kepala Dinas Bina Marga DKI."),
])


async def test_the_target_of_a_strike_is_who_it_hits_not_a_plan(empty_engine):
    """"sasaran sanksi tersebut termasuk 15 pemimpin": those the sanctions hit, counted as the question
    asks (frame._STRIKES); "Target penertiban … 100 km" stays a plan, no length cleared."""
    values = await values_asked(empty_engine, SANKSI, "Berapa pemimpin, individu dan entitas yang dikenai sanksi baru "
                                                      "Departemen Keuangan AS, termasuk yang terkait IRGC?")
    assert values == [15], values
    cleared = await values_asked(empty_engine, SANKSI, "Berapa panjang kabel udara yang sudah ditertibkan Dinas Bina "
                                                       "Marga DKI?")
    assert 100 not in cleared, cleared


GUDANG = topic_archive("gudang", "2019-09-10", [
    Article(id="tempo-gudang", outlet="Tempo.co", published="2019-09-10",
            title="IAEA Temukan Jejak Uranium di Gudang Atom Rahasia Iran",
            body="Sehari sebelumnya, Reuters melaporkan, Badan Atom Internasional PBB (IAEA) mengambil sampel yang "
                 "diklaim Netanyahu sebagai \"gudang atom rahasia\" di Teheran yang menunjukkan jejak bahan radioaktif yang "
                 "belum dijelaskan oleh Iran, menurut dua diplomat yang mengikuti pekerjaan inspeksi IAEA."),
    Article(id="tempo-pidato", outlet="Tempo.co", published="2019-09-09",
            title="Netanyahu Desak IAEA Kunjungi Situs Nuklir",
            body="Dalam pidatonya setahun lalu, PM Israel Benjamin Netanyahu, yang dengan keras menentang perjanjian "
                 "itu, meminta IAEA untuk segera mengunjungi situs atom di Teheran, mengatakan bahwa situs tersebut "
                 "telah menampung 15 kg bahan radioaktif."),
])


async def test_a_speakers_figure_found_with_their_name_beats_their_sentences_counting_nothing_asked(empty_engine):
    """"Menurut PM Israel Benjamin Netanyahu, berapa kilogram bahan radioaktif …": his "15 kg bahan
    radioaktif", found by the question with his name, comes before the sentences he is quoted in
    that count nothing asked ("dua diplomat"; Engine._ask_about_claims)."""
    values = await values_asked(empty_engine, GUDANG, "Menurut PM Israel Benjamin Netanyahu, berapa kilogram bahan "
                                                      "radioaktif yang pernah disimpan di 'gudang atom rahasia' Iran "
                                                      "di Teheran?")
    assert values == [15], values



PENGAMANAN = topic_archive("pengamanan", "2019-09-26", [
    Article(id="wowkeren-pelantikan", outlet="wowkeren.com", published="2019-09-26",
            title="Amankan Pelantikan MPR-DPR, TNI Kerahkan 6.000 Personel",
            body="Panglima TNI menyebut pasukan disiagakan di sekitar Gedung MPR/DPR jelang pelantikan."),
    Article(id="sindonews-kalibata", outlet="SINDOnews", published="2019-09-12",
            title="278 Polisi Diterjunkan untuk Pengaman dan Pengaturan Lalin di TMP Kalibata",
            body="\"Untuk pengamanan dan pengaturan lalu lintas diterjunkan sebanyak 278 personel,\" ungkap Kasubdit "
                 "Ditlantas Polda Metro Jaya AKBP M Nasir kepada wartawan Kamis (12/9/2019)."),
    Article(id="kompas-kpk", outlet="Kompas.com", published="2019-09-13",
            title="Unjuk Rasa di Depan Gedung KPK Ricuh",
            body="Unjuk rasa di depan Gedung KPK pada Jumat (13/9/2019) berlangsung ricuh."),
])


async def test_forces_deployed_to_guard_a_day_are_told_before_it_by_reports_naming_the_event(empty_engine):
    """Forces asked as deployed to guard an event of a day ("dikerahkan TNI untuk mengamankan
    pelantikan … 1 Oktober") are told by reports of the week before that name the event
    (frame._guarded_named); a report of the day before guarding another event tells nothing of it."""
    values = await values_asked(empty_engine, PENGAMANAN, "berapa personel yang dikerahkan TNI untuk mengamankan "
                                                          "pelantikan anggota MPR/DPR tanggal 1 Oktober 2019?")
    assert values == [6_000], values
    demo = await values_asked(empty_engine, [], "berapa personel polisi diterjunkan untuk mengamankan unjuk rasa di "
                                                "KPK pada 13 September 2019?")
    assert 278 not in demo, demo


KUR = topic_archive("kur", "2019-09-10", [
    Article(id="sindonews-kur", outlet="SINDOnews", published="2019-09-10",
            title="BRI Salurkan KUR untuk Pekerja Migran",
            body="Sisanya yakni KUR Kecil mampu disalurkan BRI sebesar Rp 8 triliun dan KUR TKI sebesar Rp122 miliar "
                 "selama Januari-Agustus 2019."),
])


async def test_an_acronym_of_a_money_thing_asks_an_amount(empty_engine):
    """"berapa KUR TKI": KUR (kredit usaha rakyat) is money, as UMP (upah minimum provinsi) and APBN
    are, so amounts of money answer it (frame.money_acronyms, from aliases.txt and frame_words)."""
    values = await values_asked(empty_engine, KUR, "berapa KUR TKI yang disalurkan BRI selama Januari-Agustus 2019?")
    assert 122_000_000_000 in values, values


DPRD = topic_archive("dprd", "2019-09-03", [
    Article(id="kompas-dprd", outlet="Kompas.com", published="2019-09-03",
            title="Anggota DPRD Bali Dilantik dengan Pakaian Adat",
            body="Sebanyak 55 anggota DPRD Provinsi Bali dilantik. Adapun komposisi perolehan kursi masing-masing "
                 "partai di pemilihan legislatif tahun 2019 adalah PDIP 33 kursi, Golkar 8 kursi, Gerindra 6 kursi "
                 "dan Demokrat 4 kursi."),
])


async def test_a_party_asked_by_one_alias_holds_the_count_listed_under_another(empty_engine):
    """"PDI Perjuangan" asked, "PDIP 33 kursi" listed: one party by its aliases, neither a longer
    acronym of "PDI" (frame.acronym_fits) nor another holder of the list (frame.held_list_fits)."""
    values = await values_asked(empty_engine, DPRD, "Berapa kursi yang diraih PDI Perjuangan di DPRD Provinsi Bali "
                                                    "hasil Pileg 2019?")
    assert values == [33], values


SUMUR = topic_archive("sumur", "2019-09-19", [
    Article(id="tempo-sumur", outlet="Tempo.co", published="2019-09-19",
            title="Diduga Tercebur, Nenek Seni Tewas Dalam Sumur di Rumahnya di Tapos, Depok",
            body="Seni, berusia 80 tahun, diduga tak sengaja tercebur sumur sedalam kurang lebih 15 meter tersebut."),
    Article(id="okezone-sumur", outlet="Okezone", published="2019-09-19",
            title="Nenek Tewas Kecebur Sumur 20 Meter",
            body="Seni (96) diketahui tewas akibat tercebur sumur sedalam 20 meter di belakang rumahnya di Tapos, Depok, "
                 "Kamis (19/9/2019)."),
])


async def test_an_age_said_beside_a_name_or_of_one_who_died_is_their_age(empty_engine):
    """"Seni, berusia 80 tahun": the age set beside the name before the comma (frame._age_holder);
    "Seni (96) diketahui tewas": an age counts no one, whatever befell its holder (frame.figure_fits).
    The outlets disagree, and both are listed."""
    values = await values_asked(empty_engine, SUMUR, "Berapa usia nenek Seni yang tewas tercebur sumur di rumahnya di "
                                                     "Tapos, Depok, 19 September 2019?")
    assert sorted(values) == [80, 96], values


PANTAI = topic_archive("pantai", "2019-09-16", [
    Article(id="kompas-pantai", outlet="Kompas.com", published="2019-09-16",
            title="Pemancing Hilang Terseret Ombak di Pantai Sancang",
            body="Dari laporan warga, seorang yang dilaporkan bernama Gungun (26) terseret ombak dan menghilang "
                 "pada pukul 13.00. Tim SAR gabungan mengerahkan 30 personel."),
])


async def test_a_bracketed_age_followed_by_the_deed_asked_is_of_the_one_asked(empty_engine):
    """"berapa umur pemancing yang hilang terseret ombak": "bernama Gungun (26) terseret ombak dan
    menghilang" does what the question says of him (frame._deed_after_bracket)."""
    values = await values_asked(empty_engine, PANTAI, "berapa umur pemancing yang hilang terseret ombak di Pantai "
                                                      "Sancang, Garut, Senin 16 September 2019?")
    assert values == [26], values



BADUY = topic_archive("baduy", "2019-10-26", [
    Article(id="sindonews-baduy", outlet="SINDOnews", published="2019-10-26",
            title="Siswa SMP Budaya Jakarta Wisata Budaya ke Baduy",
            body="Sekitar 120 siswa dari SMP 3 Budaya Jakarta ikut wisata budaya ke Baduy."),
])


async def test_a_schools_number_is_its_name_no_count(empty_engine):
    """"siswa dari SMP 3 Budaya Jakarta": the 3 names the school (frame.numbered_name_fits)."""
    values = await values_asked(empty_engine, BADUY, "berapa budaya yang dikunjungi siswa SMP Budaya Jakarta di Baduy?")
    assert 3 not in values, values



def test_a_nationality_says_whose_not_where():
    """"menangkap 12 Warga Negara Indonesia" asked of arrests in Malaysia: the nationality says
    whose the people are, not where they were arrested (frame._NATIONALITY_RE in context_fits)."""
    from retrieval.relevance import question_frame
    from retrieval.frame import context_fits
    from retrieval.text import TextPipeline
    frame = question_frame("Berapa WNI yang ditangkap Satuan Anti-Terorisme Malaysia karena diduga terkait ISIS "
                           "dalam operasi 10 Juli hingga 25 September 2019?", TextPipeline())
    arrested = "Kepolisian Malaysia telah menangkap 12 Warga Negara Indonesia (WNI) atas dugaan keterlibatan mereka."
    assert context_fits(frame, arrested, "WNI Terduga ISIS Ditangkap Malaysia")
    assert not context_fits(frame, "Polisi Thailand menangkap 12 orang di Bangkok.", "Penangkapan di Thailand")


LABA = topic_archive("laba", "2019-09-20", [
    Article(id="sindonews-laba", outlet="SINDOnews", published="2019-09-20",
            title="Aset BUMN Naik",
            body="Pada 2018 aset BUMN mencapai Rp 8.092 triliun. Di tahun yang sama, BUMN mencetak laba USD 15 miliar "
                 "atau meningkat 43 persen dari 2015, USD 10,49 miliar."),
])


async def test_a_year_compared_after_atau_naik_is_the_baselines(empty_engine):
    """"laba USD 15 miliar atau meningkat 43 persen dari 2015": 2015 dates the baseline compared with,
    not the profit (frame._COMPARED_RE reads "atau" as the comma)."""
    values = await values_asked(empty_engine, LABA, "berapa laba BUMN sepanjang 2018?")
    assert values == [15_000_000_000], values


UNICORN = topic_archive("unicorn", "2019-09-11", [
    Article(id="okezone-unicorn", outlet="Okezone", published="2019-09-11",
            title="Di Hadapan Insinyur Se-Asean, Jokowi Unjuk 4 Unicorn dan Decacorn Indonesia",
            body="Jokowi mengatakan Indonesia sudah mempunyai empat startup unicorn dan decacorn yaitu Gojek, "
                 "Tokopedia, Bukalapak, dan Traveloka. Hal itu terlihat dari adanya 10 startup di Asean yang cukup "
                 "sukses dan diakui dunia."),
])


async def test_a_count_said_in_a_region_is_not_the_countrys(empty_engine):
    """"adanya 10 startup di Asean": the region's count, not the startups Indonesia has
    (frame.region_fits; continents in frame_words now include "asean")."""
    values = await values_asked(empty_engine, UNICORN, "berapa startup unicorn dan decacorn yang sudah dimiliki "
                                                       "Indonesia menurut Presiden Jokowi?")
    assert 10 not in values and 4 in values, values


POLOS = topic_archive("polos", "2019-09-09", [
    Article(id="kompas-polos", outlet="Kompas.com", published="2019-09-09",
            title="Thailand Wajibkan Kemasan Rokok Polos",
            body="Mulai September 2019, Thailand mewajibkan kemasan rokok polos tanpa merek dan logo. Thailand menjadi "
                 "negara ke-16 di dunia yang memberlakukan aturan tersebut."),
])


async def test_a_place_in_an_order_written_ke_and_digits_after_any_noun(empty_engine):
    """"negara ke-16 di dunia": a place in an order after any noun, as "negara keenam" is
    (claims.find_ordinals), asked "negara ke berapa"."""
    values = await values_asked(empty_engine, POLOS, "Thailand menjadi negara ke berapa di dunia yang mewajibkan kemasan "
                                                     "rokok polos?")
    assert values == [16], values


TUNGGAK = topic_archive("tunggak", "2019-09-16", [
    Article(id="kompas-tunggak", outlet="Kompas.com", published="2019-09-16",
            title="2,2 Juta Kendaraan di Jakarta Tunggak Pajak",
            body="Faisal menjelaskan, sekitar 788.000 kendaraan roda empat menunggak pajak di Jakarta. Kemudian, sekitar "
                 "1,4 juta kendaraan roda dua dan roda tiga menunggak pajak di Jakarta."),
])


async def test_an_articles_kinds_of_the_noun_asked_are_parts_of_its_plain_figure(empty_engine):
    """"2,2 Juta Kendaraan … Tunggak Pajak" and "788.000 kendaraan roda empat", "1,4 juta kendaraan roda
    dua": asked "kendaraan bermotor" with no kind, the kinds are parts (relevance._kind_after); asked
    "roda empat", that kind answers and the article's plain figure is their whole."""
    values = await values_asked(empty_engine, TUNGGAK, "Berapa jumlah kendaraan bermotor di Jakarta yang menunggak pajak?")
    assert values == [2_200_000], values
    cars = await values_asked(empty_engine, [], "Berapa kendaraan roda empat di Jakarta yang menunggak pajak?")
    assert 788_000 in cars and 2_200_000 not in cars, cars


RAPBN = topic_archive("rapbn", "2019-09-10", [
    Article(id="kompas-rapbn", outlet="Kompas.com", published="2019-09-10",
            title="Target Penerimaan Perpajakan 2020",
            body="Adapun berdasarkan Rancangan APBN 2020, pemerintah menargetkan penerimaan perpajakan sebesar Rp 1.861,8 "
                 "triliun dan penerimaan negara bukan pajak Rp 359,3 triliun."),
])


async def test_a_denial_of_the_next_item_is_not_the_figures(empty_engine):
    """"penerimaan perpajakan sebesar Rp 1.861,8 triliun dan penerimaan negara bukan pajak Rp 359,3
    triliun": "bukan pajak" denies the next item, not the tax revenue (frame.polarity_fits stops at
    "dan" before another figure)."""
    values = await values_asked(empty_engine, RAPBN, "Berapa target penerimaan perpajakan dalam RAPBN 2020?")
    assert values == [1_861_800_000_000_000], values


OTAKI = topic_archive("otaki", "2019-09-10", [
    Article(id="sindonews-otaki", outlet="SINDOnews", published="2019-09-10",
            title="Topan Faxai Terjang Jepang",
            body="Seorang lelaki berusia 87 tahun meninggal di kota Otaki di Prefektur Chiba setelah tertimpa pohon "
                 "yang jatuh."),
])


async def test_a_man_asked_as_pria_is_the_lelaki_said(empty_engine):
    """"berapa usia pria yang tewas tertimpa pohon": "Seorang lelaki berusia 87 tahun" is that man
    (frame_words same_roles: pria lelaki laki-laki; wanita perempuan)."""
    values = await values_asked(empty_engine, OTAKI, "berapa usia pria yang tewas tertimpa pohon di kota Otaki, "
                                                     "Prefektur Chiba, saat Topan Faxai?")
    assert values == [87], values


ERDOGAN = topic_archive("erdogan", "2019-09-25", [
    Article(id="kompas-erdogan", outlet="Kompas.com", published="2019-09-25",
            title="Erdogan Keluhkan Beban Pengungsi Suriah",
            body="Erdogan mengeluh Turki sudah menggelontorkan 40 miliar dollar AS untuk menangani pengungsi Suriah."),
])


async def test_funds_asked_are_what_a_verb_of_outlay_laid_out(empty_engine):
    """"berapa dana yang … sudah dikeluarkan Turki": "Turki sudah menggelontorkan 40 miliar dollar AS"
    names no funds, but the amount laid out is them (frame._laid_out; frame_words outlay_verbs)."""
    values = await values_asked(empty_engine, ERDOGAN, "Berapa dana yang menurut Presiden Erdogan sudah dikeluarkan "
                                                       "Turki untuk menangani pengungsi Suriah?")
    assert values == [40_000_000_000], values


KANTOR = topic_archive("kantor", "2019-09-16", [
    Article(id="tempo-kantor", outlet="Tempo.co", published="2019-09-16",
            title="BPOM Dapat Kantor Baru",
            body="BPOM ini baru saja mendapatkan tambahan 40 kantor di ibu kota kabupaten seluruh Indonesia. Kini BPOM "
                 "memiliki 73 kantor di seluruh Indonesia."),
])


async def test_an_addition_asked_counts_what_was_added_not_the_total(empty_engine):
    """"berapa tambahan kantor": "tambahan" heads no counted noun (not_nouns), so "tambahan 40 kantor"
    counts the offices; "memiliki 73 kantor" is the total, not what was added (frame.added_fits)."""
    values = await values_asked(empty_engine, KANTOR, "Berapa tambahan kantor yang baru didapat BPOM di ibu kota "
                                                      "kabupaten seluruh Indonesia?")
    assert values == [40], values


HARIAN = topic_archive("harian", "2019-09-05", [
    Article(id="sindonews-harian", outlet="SINDOnews", published="2019-09-05",
            title="Penumpang Transjakarta Naik",
            body="Realisasi rata-rata penumpang Transjakarta sebelum sosialisasi ganjil genap pada April 2019 sempat "
                 "menyentuh angka tertinggi sebanyak 773.816 penumpang perhari."),
])


async def test_a_daily_count_asked_in_one_word_takes_a_count_per_day(empty_engine):
    """"rata-rata penumpang harian": "harian" asks a rate per day (frame._RATE_WORDS), so "773.816
    penumpang perhari" answers; before, a count per day answered only "per hari" asked."""
    values = await values_asked(empty_engine, HARIAN, "Berapa rata-rata penumpang harian Transjakarta pada April 2019?")
    assert values == [773_816], values


def test_a_body_named_by_a_places_short_form_is_the_body_asked():
    """"Polres Inhu" is "Polres Indragiri Hulu": a place of two words is read as its gazetteer key in
    a body's name (frame._name_keys in body_fits; places.txt: "inhu"); "Polres Kampar" is another."""
    from retrieval.frame import body_fits
    from retrieval.relevance import question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("Berapa orang pelaku yang diamankan Polres Indragiri Hulu dalam kasus prostitusi anak?",
                           TextPipeline())
    said = "Paur Humas Polres Inhu Aipda Misran mengatakan, dalam kasus ini enam orang pelaku berhasil diamankan."
    assert body_fits(frame, said)
    assert not body_fits(frame, said.replace("Polres Inhu", "Polres Kampar"))


NOBAT = topic_archive("nobat", "2019-09-12", [
    Article(id="tempo-nobat", outlet="Tempo.co", published="2019-09-12",
            title="Pemkab Bogor Gelar Operasi Nobat",
            body="\"Pemkab Bogor telah melaksanakan aksi Nongol Babat (Nobat), yakni dengan melakukan operasi "
                 "prostitusi di 40 kecamatan se-Kabupaten Bogor, termasuk di Kawasan Puncak,\" ujarnya."),
])


async def test_a_local_unit_counted_after_berapa_names_none(empty_engine):
    """"Di berapa kecamatan Pemkab Bogor menggelar operasi": the districts are counted, none is named
    ("kecamatan Pemkab Bogor" is no district: frame.local_units_asked), so "di 40 kecamatan" answers."""
    values = await values_asked(empty_engine, NOBAT, "Di berapa kecamatan Pemkab Bogor menggelar operasi prostitusi "
                                                     "Nongol Babat (Nobat)?")
    assert values == [40], values


ASTEROID = topic_archive("asteroid", "2019-09-09", [
    Article(id="kompas-asteroid", outlet="Kompas.com", published="2019-09-09",
            title="Asteroid 2019 RG2 Melintas Dekat Bumi",
            body="Asteroid kedua dinamakan 2019 RG2, dengan panjang 20 meter dan kecepatan hampir 50.000 mil per jam. "
                 "Asteroid 2019 RG2 melintas sejauh 1,4 juta kilometer dari Bumi."),
])


async def test_a_speed_asked_takes_speeds_not_lengths_or_distances(empty_engine):
    """"berapa kecepatan asteroid 2019 RG2": "kecepatan hampir 50.000 mil per jam" is a speed (no count per
    hour: frame.count_fits); "panjang 20
    meter" and "sejauh 1,4 juta kilometer" are a length and a distance (frame.speed_fits)."""
    values = await values_asked(empty_engine, ASTEROID, "berapa kecepatan asteroid 2019 RG2 yang melintas dekat Bumi?")
    assert values == [50_000], values


def test_a_speaker_who_adds_a_word_adds_no_things():
    """"Dia menambahkan sekitar 350.000 pengungsi Suriah sudah kembali …": a speaker adds a word, the
    figure is no increment (periods._SPEAKER_BEFORE_RE in stretch_fits); "Turki menambahkan … ke kamp" is one."""
    from retrieval.periods import stretch_fits
    question = "Berapa pengungsi Suriah yang sudah kembali dengan penjagaan Turki menurut Erdogan?"
    said = "Dia menambahkan sekitar 350.000 pengungsi Suriah sudah kembali dengan penjagaan ketat Turki."
    assert stretch_fits(question, {"text": "sekitar 350.000 pengungsi"}, said)
    assert not stretch_fits(question, {"text": "sekitar 350.000 pengungsi"},
                            "Turki menambahkan sekitar 350.000 pengungsi ke kamp di perbatasan.")


IZIN = topic_archive("izin", "2019-09-16", [
    Article(id="kompas-izin", outlet="Kompas.com", published="2019-09-16",
            title="BPOM Permudah Izin UMKM Pangan",
            body="Saat ini mengurus izin BPOM untuk UMKM pangan itu sangat murah, mudah, dan cepat. Biayanya mulai "
                 "Rp 200.000, dan ada insentif hingga 50 persen."),
])


async def test_a_price_said_from_its_lowest_is_no_other_kind(empty_engine):
    """"Biayanya mulai Rp 200.000": "mulai" says from what, not which kind of cost (items._NO_KIND_WORDS)."""
    values = await values_asked(empty_engine, IZIN, "berapa biaya mengurus izin BPOM untuk pelaku UMKM pangan?")
    assert values == [200_000], values



def test_how_many_times_takes_no_amount_of_money():
    """"berapa kali DS menjual anaknya": an amount ("dengan harga Rp 300.000 hingga Rp 500.000") is no
    count of times (frame.times_fits); a count of the events still answers ("berapa kali gempa
    susulan": "1 aktivitas gempabumi susulan")."""
    from retrieval.frame import times_fits
    from retrieval.relevance import question_frame
    from retrieval.text import TextPipeline
    pipe = TextPipeline()
    sold = question_frame("Berapa kali DS (47) menjual anak kandungnya kepada lelaki hidung belang di Karawang?", pipe)
    said = "Korban juga sempat dijual oleh DS kepada laki-laki hidung belang dengan harga Rp 300.000 hingga Rp 500.000."
    assert not times_fits(sold, {"text": "300.000 hingga Rp 500.000", "value": 300000.0}, said)
    assert times_fits(sold, {"text": "tiga kali", "value": 3.0, "unit": "kali"}, "Korban pernah dijual tiga kali.")
    quakes = question_frame("Berapa kali gempa susulan tercatat BMKG setelah gempa di Talaud?", pipe)
    assert times_fits(quakes, {"text": "1 aktivitas", "value": 1.0, "unit": "aktivitas"},
                      "Hasil monitoring BMKG menunjukkan adanya 1 aktivitas gempabumi susulan.")


def test_a_multiples_baseline_after_its_measure():
    """"berapa kali lebih berat dari Bumi": "2,17 kali massa Matahari" is a multiple of another
    baseline (frame._TIMES_OF_RE, "lebih … dari" read as "dibanding"); "700.000 kali lebih berat
    dari Bumi" is of the one asked."""
    from retrieval.frame import compared_with_fits
    from retrieval.relevance import question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("bintang neutron J0740+6620 berapa kali lebih berat dari Bumi?", TextPipeline())
    sun = "Satu kubus gula pada J0740+6620, yang merupakan 2,17 kali massa Matahari, akan berbobot 100 juta ton."
    assert not compared_with_fits(frame, {"text": "2,17 kali"}, sun)
    earth = "Bintang neutron itu dua kali massa Matahari dan hampir 700.000 kali lebih berat dari Bumi."
    assert compared_with_fits(frame, {"text": "hampir 700.000 kali"}, earth)


def test_a_count_by_place_with_others_elsewhere_is_the_places_part():
    """"Sedikitnya tujuh orang dilaporkan luka-luka di Prefektur Ibaraki, enam lainnya di Prefektur
    Kanagawa, …": Ibaraki's part, no answer for the whole of Japan (frame.others_by_place_fits); asked
    of Ibaraki, it answers."""
    from retrieval.frame import others_by_place_fits
    from retrieval.relevance import question_frame
    from retrieval.text import TextPipeline
    pipe = TextPipeline()
    said = ("Sedikitnya tujuh orang dilaporkan luka-luka di Prefektur Ibaraki, enam lainnya di Prefektur Kanagawa, "
            "lima di Prefektur Shizuoka dan satu di Tokyo.")
    figure = {"text": "Sedikitnya tujuh orang", "value": 7.0, "unit": "orang"}
    assert not others_by_place_fits(question_frame("berapa orang yang terluka akibat Topan Faxai di Jepang?", pipe),
                                    figure, said)
    assert others_by_place_fits(question_frame("berapa orang yang terluka akibat Topan Faxai di Prefektur Ibaraki?",
                                               pipe), figure, said)
