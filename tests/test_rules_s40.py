"""Session 40 rules (docs/frames.md "Session 40 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import question_frame, typed_places
from retrieval.text import TextPipeline

from .answered import listed_values, topic_archive


BAHT = topic_archive("baht", "2019-09-19", [
    Article(id="baht-lisa", outlet="Liputan6", published="2019-09-19", title="Lisa Blackpink Bantu Korban Banjir",
            body="Lisa Blackpink diketahui menyumbangkan dana 100 ribu Baht atau sekitar Rp 46 juta untuk "
                 "membantu korban banjir di timur laut Thailand. Banjir merendam 23 provinsi."),
])


async def test_an_amount_in_a_foreign_currency_named_after_it_is_money(empty_engine):
    """"100 ribu Baht": a currency written after the amount (frame words money_units) is money, as
    "100 ribu dolar" is; before, a fund asked took no amount in baht."""
    await empty_engine.ingest_articles(BAHT)
    values = listed_values(await empty_engine.ask(
        "Berapa dana yang disumbangkan Lisa Blackpink untuk korban banjir di Thailand?"))
    assert 100_000 in values and 23 not in values, values


PANGAN = topic_archive("pangan", "2019-09-20", [
    Article(id="pangan-korut", outlet="Tempo.co", published="2019-09-20", title="Gagal Panen di Korea Utara",
            body="Menurut PBB, Korea Utara mengalami gagal panen terburuk dalam lima tahun terakhir dan "
                 "berisiko membuat 40 persen warganya kelaparan."),
])


async def test_a_shortage_asked_is_a_state_not_a_fall(empty_engine):
    """"terancam kekurangan pangan": a ke-…-an noun of a state (frame words state_nouns) asks no
    change, so the share of the people said without a fall answers."""
    await empty_engine.ingest_articles(PANGAN)
    values = listed_values(await empty_engine.ask(
        "Menurut PBB, berapa persen penduduk Korea Utara terancam kekurangan pangan akibat gagal panen?"))
    assert 40 in values, values


def test_a_state_noun_sets_no_direction_but_a_change_noun_does():
    pipeline = TextPipeline()
    assert question_frame("Berapa kekuatan gempa di Poso?", pipeline).direction is None
    assert question_frame("Berapa persen warga terancam kekurangan air bersih?", pipeline).direction is None
    assert question_frame("Berapa persen penurunan produksi beras?", pipeline).direction == "fall"


FLIGHT = topic_archive("flight", "2019-09-18", [
    Article(id="flight-610", outlet="Tempo.co", published="2019-09-18", title="FAA Peringatkan Boeing",
            body="Sepekan setelah Lion Air 610 menukik ke Laut Jawa dan menewaskan 189 orang di dalamnya, "
                 "FAA memperingatkan Boeing soal sensor pesawat."),
    Article(id="flight-538", outlet="Kompas.com", published="2019-09-18", title="Riwayat Kecelakaan Pesawat",
            body="Pada 2004, Lion Air 538 tergelincir di Solo dan menewaskan 25 orang di dalamnya."),
])


async def test_a_flight_number_written_without_its_code_is_the_same_flight(empty_engine):
    """"Lion Air 610" is "Lion Air JT610" (frame._model_runs' bare key); "Lion Air 538" is still
    another flight."""
    await empty_engine.ingest_articles(FLIGHT)
    values = listed_values(await empty_engine.ask("berapa orang tewas dalam jatuhnya Lion Air JT610 di Laut Jawa?"))
    assert 189 in values and 25 not in values, values


BRIDGE = topic_archive("bridge", "2019-10-02", [
    Article(id="bridge-taiwan", outlet="Detik", published="2019-10-02", title="Jembatan Ambrol di Taiwan",
            body="Jembatan lintas di pelabuhan Nanfang'ao runtuh pada Selasa pagi. "
                 "Jembatan menimpa tiga kapal ikan dan satu truk minyak, ungkap Joedha."),
])


async def test_a_place_kind_typed_in_lower_case_before_a_common_word_names_no_place(empty_engine):
    """"jembatan runtuh": a dictionary word typed in lower case after a place kind ends the name
    (typed_places' `known`), so the headline's "Jembatan Ambrol" is no other bridge."""
    await empty_engine.ingest_articles(BRIDGE)
    values = listed_values(await empty_engine.ask(
        "Berapa kapal ikan yang tertimpa jembatan runtuh di Nanfang'ao, Taiwan, pada 1 Oktober 2019?"))
    assert 3 in values, values


def test_a_name_typed_in_lower_case_is_still_a_place():
    pipeline = TextPipeline()
    assert typed_places("berapa korban di tol cipularang", caps=False, known=pipeline.known_word) == \
        (("tol", "cipularang"),)
    assert typed_places("berapa kapal di pelabuhan kargo baru", caps=False, known=pipeline.known_word) == ()
    assert typed_places("Berapa penumpang di Bandara Ngurah Rai?", caps=False, known=pipeline.known_word) == \
        (("bandara", "ngurah rai"),)


COMPENSATION = topic_archive("boeing", "2019-09-18", [
    Article(id="boeing-gugatan", outlet="Tempo.co", published="2019-09-18", title="Boeing Hadapi Gugatan",
            body="Boeing menghadapi hampir 100 tuntutan hukum dari keluarga korban kecelakaan Ethiopian "
                 "Airlines. Firma hukum Ribbeck Law Chartered mengatakan kliennya menuntut ganti rugi lebih "
                 "dari US$ 1 miliar."),
])


async def test_compensation_asked_is_money(empty_engine):
    """"berapa ganti rugi": "ganti" heads the compensation (frame words money_things), so the amount
    answers and the count of lawsuits does not."""
    await empty_engine.ingest_articles(COMPENSATION)
    values = listed_values(await empty_engine.ask(
        "Berapa ganti rugi yang dituntut klien firma hukum Ribbeck Law Chartered dari Boeing?"))
    assert 1_000_000_000 in values and 100 not in values, values


KNKT = topic_archive("knkt", "2019-09-18", [
    Article(id="knkt-draf", outlet="Tempo.co", published="2019-09-18", title="KNKT Kirim Draf Final Laporan",
            body="KNKT mengirim draf final laporan kecelakaan Lion Air JT610 kepada pihak terkait. "
                 "Anggo menyebutkan, pihak-pihak terkait memiliki waktu 60 hari untuk memberi respons "
                 "terhadap draf final tersebut."),
])


async def test_names_after_seperti_are_examples_not_holders(empty_engine):
    """"kepada pihak terkait seperti Boeing, Lion Air dan FAA": names listed after "seperti" are
    examples of the noun before them (frame._example_spans), so no sentence must name them as the
    holders of the span asked; and "untuk menanggapi" is what the time is for, no word of saying
    that would make them the sources asked (relevance._says_at)."""
    await empty_engine.ingest_articles(KNKT)
    values = listed_values(await empty_engine.ask(
        "Berapa hari waktu yang diberikan KNKT kepada pihak terkait seperti Boeing, Lion Air dan FAA untuk "
        "menanggapi draf final laporan kecelakaan JT610?"))
    assert 60 in values, values
    frame = question_frame("Berapa hari vonis untuk terdakwa seperti Irman Gusman dan Sugiharto Wibowo?",
                           TextPipeline())
    assert not frame.holders
    frame = question_frame("Berapa hari vonis untuk Irman Gusman, seperti diberitakan Maret 2017?", TextPipeline())
    assert "irman" in frame.holders


LAWSUITS = topic_archive("suit", "2019-09-18", [
    Article(id="suit-boeing", outlet="Tempo.co", published="2019-09-18", title="Sejak Kecelakaan Maret, Boeing Hadapi Gugatan",
            body="Kecelakaan Ethiopian Airlines pada Maret 2019 menewaskan 157 orang. Boeing menghadapi hampir 100 "
                 "tuntutan hukum dari lebih dari 10 firma hukum yang mewakili keluarga korban kecelakaan "
                 "Ethiopian Airlines."),
    Article(id="suit-old", outlet="Kompas.com", published="2019-04-02", title="Gugatan Pertama untuk Boeing",
            body="Boeing menghadapi 3 tuntutan hukum dari keluarga korban kecelakaan Ethiopian Airlines."),
])


async def test_lawsuits_of_victims_families_as_reported_in_a_month(empty_engine):
    """Three readings of "Berapa banyak tuntutan hukum yang dihadapi Boeing dari keluarga korban
    kecelakaan Ethiopian Airlines, seperti diberitakan September 2019?":
    - "keluarga korban": whose family (frame words kin_nouns), the lawsuits befell no one;
    - "kecelakaan Ethiopian Airlines": the name tells the event, no holder a sentence must name;
    - "seperti diberitakan September 2019": the month of the report (frame._MONTH_BOUND_RE), not a
      month the headline tells of ("Sejak Kecelakaan Maret …"): April's report is another time."""
    await empty_engine.ingest_articles(LAWSUITS)
    values = listed_values(await empty_engine.ask(
        "Berapa banyak tuntutan hukum yang dihadapi Boeing dari keluarga korban kecelakaan Ethiopian Airlines, "
        "seperti diberitakan September 2019?"))
    assert 100 in values and 3 not in values and 157 not in values, values


def test_a_name_after_an_event_word_holds_nothing():
    frame = question_frame("Berapa tuntutan hukum dari keluarga korban kecelakaan Ethiopian Airlines?", TextPipeline())
    assert not frame.holders and not frame.casualty
    frame = question_frame("Berapa tuntutan hukuman untuk Irman Gusman?", TextPipeline())
    assert "irman" in frame.holders
    # the families asked are counted by what befell them
    frame = question_frame("Berapa keluarga korban luka-luka yang menerima santunan?", TextPipeline())
    assert frame.predicates


INVESTMENT = topic_archive("invest", "2025-10-20", [
    Article(id="invest-jateng", outlet="detikcom", published="2025-10-20", title="Capaian Nilai Investasi Jateng",
            body="Hingga triwulan III tahun 2025, capaian nilai investasi di Jawa Tengah sudah mencapai Rp 66,13 "
                 "triliun, atau 84,42 persen dari target tahunan. Investasi itu menyerap 12.500 tenaga kerja."),
])


async def test_a_head_before_a_money_word_asks_money(empty_engine):
    """"berapa capaian nilai investasi": "capaian" says how much of the money word after it (frame
    words money_named_heads), so an amount answers; alone ("berapa kebutuhan baja") it asks none."""
    await empty_engine.ingest_articles(INVESTMENT)
    values = listed_values(await empty_engine.ask("Berapa capaian nilai investasi di Jawa Tengah hingga triwulan III 2025?"))
    assert any(abs(v - 66.13e12) < 1e6 for v in values) and 12_500 not in values, values
    pipeline = TextPipeline()
    assert question_frame("Berapa kebutuhan dana per kilometer untuk LRT Malang?", pipeline).money
    assert not question_frame("Berapa kebutuhan baja nasional per tahun?", pipeline).money


BUNI = topic_archive("buni", "2017-05-11", [
    Article(id="buni-ite", outlet="Tempo.co", published="2017-05-11", title="Buni Yani Dijerat UU ITE",
            body="Buni Yani mengunggah potongan video pidato Ahok ke Facebook. Jaksa dan kepolisian menilai dirinya "
                 "melanggar Pasal 28 Ayat (2) Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi "
                 "Elektronik, dengan ancaman pidana maksimal enam tahun penjara."),
])


async def test_a_prison_term_asked_without_a_unit_and_a_law_cited_before_it(empty_engine):
    """"berapa ancaman hukuman penjara maksimal bagi Buni Yani": a prison term is a span in any unit
    (frame words penalty_heads, prison_words), and the law cited before the figure ("… tentang
    Informasi dan Transaksi Elektronik") names no one else who holds it (frame._law_citation_spans;
    "Jaksa" opening the sentence is a role, frame words not_person_words)."""
    await empty_engine.ingest_articles(BUNI)
    values = listed_values(await empty_engine.ask(
        "berapa ancaman hukuman penjara maksimal bagi Buni Yani yang dijerat UU ITE?"))
    assert values == [6], values


VIENNA = topic_archive("vienna", "2025-10-14", [
    Article(id="vienna-vonis", outlet="detikcom", published="2025-10-14", title="Vienna Varella Divonis",
            body="Aksi Vienna terjadi setelah Ketua Majelis Hakim Ni Luh Suastini membacakan vonis 1,5 tahun penjara "
                 "dan denda Rp 30 juta di PN Denpasar. Sidang dihadiri 40 orang."),
])


async def test_a_prison_term_and_a_fine_asked_together_both_answer(empty_engine):
    """"berapa vonis penjara dan denda": the term is a span in any unit and the fine an amount
    (answer._FINE_ASKED_RE beside frame durations); before, neither was listed."""
    await empty_engine.ingest_articles(VIENNA)
    values = listed_values(await empty_engine.ask(
        "Berapa vonis penjara dan denda yang dijatuhkan PN Denpasar kepada selebgram Vienna Varella?"))
    assert sorted(values) == [1.5, 30_000_000], values


HKG = topic_archive("hkg", "2019-09-15", [
    Article(id="hkg-bandara", outlet="Tempo.co", published="2019-09-15", title="Bandara Hong Kong Sepi",
            body="Bandara Internasional Hong Kong menderita penurunan penumpang pertama sejak sepuluh tahun lalu "
                 "dengan angka 12,4 persen per Agustus kemarin."),
])


async def test_so_many_years_ago_is_no_last_year(empty_engine):
    """"sejak sepuluh tahun lalu" is ten years back, not "tahun lalu" (frame._relative_years): the
    drop of August 2019 is still August 2019's."""
    await empty_engine.ingest_articles(HKG)
    values = listed_values(await empty_engine.ask(
        "Berapa persen penurunan jumlah penumpang Bandara Internasional Hong Kong pada Agustus 2019?"))
    assert 12.4 in values, values


ARV = topic_archive("arv", "2019-09-19", [
    Article(id="arv-fitra", outlet="Tempo.co", published="2019-09-19", title="Fitra Soroti Harga Obat ARV",
            body="\"Harga obat ARV dari BUMN farmasi mencapai Rp 385 ribu per botol,\" katanya dalam konferensi "
                 "pers di Cikini, Jakarta, Kamis, 19 September 2019."),
    Article(id="arv-lhkpn", outlet="detikcom", published="2025-10-22", title="Harta Elpi Yanti Harahap",
            body="\"Total harta kekayaan Rp 1.501.555.038,\" demikian tertulis di website LHKPN KPK yang dilihat, "
                 "Rabu (22/10/2025)."),
])


async def test_a_thing_labelled_by_its_year_is_told_of_later(empty_engine):
    """"(pengadaan 2018)", "LHKPN periodik 2024": a year that labels a thing (frame.labelled_years)
    is told of later, so the day a report was said on ("Kamis, 19 September 2019", "Rabu
    (22/10/2025)") is no other year of the figure."""
    await empty_engine.ingest_articles(ARV)
    values = listed_values(await empty_engine.ask("Berapa harga obat ARV per botol dari BUMN farmasi (pengadaan 2018)?"))
    assert 385_000 in values, values
    values = listed_values(await empty_engine.ask(
        "Berapa total harta kekayaan yang dilaporkan Elpi Yanti Harahap dalam LHKPN periodik 2024?"))
    assert 1_501_555_038 in values, values


def test_a_year_after_a_word_of_time_labels_nothing():
    from retrieval.frame import labelled_years
    assert labelled_years("Berapa harga obat ARV (pengadaan 2018)?") == {2018}
    assert labelled_years("Berapa investasi hingga triwulan III 2025, pada Oktober 2025 atau tahun 2024?") == set()


NUKE = topic_archive("nuke", "2017-09-20", [
    Article(id="nuke-korut", outlet="Kompas.com", published="2017-09-20", title="Korea Utara dan AS Saling Ancam",
            body="Sejak Pyongyang meluncurkan uji coba nuklir keenamnya pada awal September lalu, rezim Kim Jong-un "
                 "dan Presiden Donald Trump saling melontarkan ancaman. Uji coba itu memicu gempa 6,3 magnitudo."),
])


async def test_an_ordinal_word_after_any_noun_is_a_place_in_its_order(empty_engine):
    """"uji coba nuklir keenamnya", "gelar keempat mereka" (claims._ordinal_re, read at ingest): a
    place in an order, asked "ke berapa"; never a count, and no day ("hari kelima" is a time)."""
    await empty_engine.ingest_articles(NUKE)
    values = listed_values(await empty_engine.ask(
        "uji coba nuklir ke berapa yang dilakukan Korea Utara pada awal September 2017?"))
    assert values == [6], values
    from retrieval.claims import find_ordinals
    assert [(q.value, q.unit) for q in find_ordinals("Ini merupakan gelar keempat mereka sepanjang 2017.")] == [(4, "gelar")]
    assert [(q.value, q.unit) for q in find_ordinals("Eko berada di peringkat enam di kelas 61 kg.")] == [(6, "peringkat")]
    assert find_ordinals("Ini yang kedua kalinya. Hingga hari kelima sudah 2 juta orang menonton.") == []


def test_bandar_udara_is_bandara_and_a_list_of_destinations_goes_on():
    """"Bandar Udara I Gusti Ngurah Rai" is the "Bandara I Gusti Ngurah Rai" asked (typed_places);
    "tujuan ke Jakarta (Cengkareng), Jakarta (Halim), Palangkaraya, Samarinda": every place of a
    list after "ke" is a destination, over its bracketed asides (_destination_apposition)."""
    assert typed_places("sebanyak 17.192 ekor di Bandar Udara I Gusti Ngurah Rai, Senin", caps=True) == \
        typed_places("Bandara I Gusti Ngurah Rai", caps=True) == (("bandara", "i gusti ngurah"),)
    from retrieval.frame import located_places
    assert located_places("Di YIA ada 14 jadwal penerbangan dengan tujuan ke Jakarta (Cengkareng), Jakarta (Halim), "
                          "Palangkaraya, Samarinda yang dilayani empat maskapai.") == []
    assert located_places("Korban dibawa ke RS Polri Kramatjati, Jakarta Timur.") == []
    assert located_places("Banjir melanda Bandung, Garut, Tasikmalaya.") == ["bandung", "garut", "tasikmalaya"]


LOBSTER = topic_archive("lobster", "2019-09-02", [
    Article(id="lobster-bali", outlet="Detik", published="2019-09-02", title="Penyelundupan Benih Lobster di Bandara Ngurah Rai Digagalkan",
            body="Petugas Bea Cukai Ngurah Rai menggagalkan upaya penyelundupan benih lobster sebanyak 17.192 ekor di "
                 "Bandar Udara I Gusti Ngurah Rai, Senin (2/9/2019)."),
])


async def test_a_seizure_at_the_airport_written_in_full(empty_engine):
    await empty_engine.ingest_articles(LOBSTER)
    values = listed_values(await empty_engine.ask(
        "Berapa ekor benih lobster yang digagalkan penyelundupannya di Bandara I Gusti Ngurah Rai Bali pada 2 September 2019?"))
    assert values == [17_192], values


GROUP = topic_archive("group", "2019-09-17", [
    Article(id="group-keracunan", outlet="Kompas.com", published="2019-09-17", title="Keracunan Hajatan di Simpenan",
            body="Sebanyak 66 orang warga Simpenan mengalami keracunan makanan hajatan. Dari 66 orang ini, ada "
                 "empat yang dirujuk ke RSUD Palabuhanratu."),
])


async def test_a_number_word_counting_some_of_a_group_borrows_its_noun(empty_engine):
    """"Dari 66 orang ini, ada empat yang dirujuk": a number word before "yang" + a verb or "di
    antaranya" counts some of the group named before it (claims._ONE_OF_GROUP_RE), read at ingest;
    alone ("Dua yang terakhir sudah pulang") it counts nothing."""
    await empty_engine.ingest_articles(GROUP)
    values = listed_values(await empty_engine.ask("Berapa warga korban keracunan makanan hajatan di Simpenan yang dirujuk ke RSUD?"))
    assert 4 in values, values
    from retrieval.claims import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("Dari 20 korban, tiga di antaranya meninggal.")] == \
        [(20, "korban"), (3, "korban")]
    assert find_quantities("Dua yang terakhir sudah pulang.") == []


TWO_CURRENCIES = topic_archive("ribbeck", "2019-09-18", [
    Article(id="ribbeck-tempo", outlet="Tempo.co", published="2019-09-18", title="Boeing Hadapi Gugatan",
            body="Firma hukum Ribbeck Law Chartered mengatakan kliennya menuntut ganti rugi lebih dari US$ 1 miliar "
                 "atau sekitar Rp14 triliun."),
])


async def test_amounts_in_two_currencies_are_no_disagreement(empty_engine):
    """"US$ 1 miliar atau sekitar Rp 14 triliun" is one amount said twice: the answer lists both and
    says no sources differ (answer._disagreement keys by currency); two rupiah amounts still do."""
    await empty_engine.ingest_articles(TWO_CURRENCIES)
    question = "Berapa ganti rugi yang dituntut klien firma hukum Ribbeck Law Chartered dari Boeing?"
    answer = await empty_engine.ask(question)
    assert sorted(listed_values(answer)) == [1_000_000_000, 14_000_000_000_000], listed_values(answer)
    assert answer.disagreement is None, answer.disagreement
    await empty_engine.ingest_articles([
        Article(id="ribbeck-kompas", outlet="Kompas.com", published="2019-09-19", title="Boeing Hadapi Gugatan Baru",
                body="Firma hukum Ribbeck Law Chartered mengatakan kliennya menuntut ganti rugi lebih dari US$ 2 miliar "
                     "atau sekitar Rp28 triliun."),
    ])
    answer = await empty_engine.ask(question)
    assert answer.disagreement and "14.000.000.000.000–28.000.000.000.000" in answer.disagreement, answer.disagreement


STEEL = topic_archive("steel", "2025-10-20", [
    Article(id="steel-kras", outlet="detikcom", published="2025-10-20", title="Begini Perbandingan Industri Baja RI dengan China",
            body="Produksi baja nasional hanya kurang daripada 18 juta ton per tahun, sedangkan China sudah sampai "
                 "1,3 miliar ton setahun. Sementara China mampu memasok 60% kebutuhan baja dunia dengan rata-rata "
                 "produksi sebesar 1,1 miliar ton. Berbeda dengan China, produksi baja nasional pada 2023 hanya 17 juta ton."),
])


async def test_a_measure_asked_of_a_country_is_not_one_another_country_opens_its_clause(empty_engine):
    """"produksi baja nasional Indonesia": "sedangkan China sudah sampai 1,3 miliar ton", "Sementara
    China … produksi sebesar 1,1 miliar ton" are China's (frame.measure_country_fits: the
    countries of the figure's own clause, before it)."""
    await empty_engine.ingest_articles(STEEL)
    from .answered import answer_values
    values = answer_values(await empty_engine.ask("Berapa produksi baja nasional Indonesia per tahun?"))
    assert sorted(values) == [17_000_000, 18_000_000], values   # (another clause's China says nothing of 17 juta)
