"""One day of an operation is not the whole of it, nor another day; what was added is not the
tally; and a date written word by word ("Jumat ( 18 / 8 / 2017 )") is a date, not two figures."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article, clean_page
from retrieval.periods import asked_stretch, stretch_fits

from .answered import answer_labels as labels

DAY3 = "Sebanyak 7.446 kendaraan ditilang pada hari ketiga Operasi Patuh Jaya 2019."
DAY2 = "Total ada 1.761 kendaraan ditilang di hari kedua, 1.129 SIM disita."
WHOLE = "Sepanjang Operasi Patuh Jaya 2019 sebanyak 114.673 kendaraan bermotor ditilang."
BOTH = "Pada hari ketiga 7.446 kendaraan ditilang, naik dari 7.518 perkara pada hari kedua."
ADDED = "Indonesia menambah dua medali perunggu pada SEA Games 2017."
TALLY = "Indonesia mengakhiri SEA Games 2017 dengan 38 medali emas, 63 perak, dan 90 perunggu."

Q_WHOLE = "berapa kendaraan yang kena tilang selama dua pekan Operasi Patuh Jaya 2019?"
Q_DAY3 = "berapa kendaraan yang ditilang di hari ke-3 Operasi Patuh Jaya 2019?"


def _fits(question: str, sentence: str, figure: str) -> bool:
    return stretch_fits(question, {"text": figure}, sentence)


def test_the_question_says_which_stretch_it_asks():
    assert asked_stretch(Q_WHOLE)[:2] == (None, True)
    assert asked_stretch(Q_DAY3)[:2] == (("hari", 3), False)
    assert asked_stretch("berapa pemudik yang menyeberang pada H-3 Lebaran?")[0] == ("H", -3)
    assert asked_stretch("berapa pemudik yang menyeberang ke Bakauheni?") == (None, False, False)
    assert asked_stretch("Indonesia menambah berapa medali hari ini?")[2]


def test_the_whole_asked_takes_no_one_day():
    assert _fits(Q_WHOLE, WHOLE, "114.673 kendaraan")
    assert not _fits(Q_WHOLE, DAY3, "7.446 kendaraan")
    assert not _fits(Q_WHOLE, DAY2, "1.761 kendaraan")
    # a sentence that names no stretch is not judged here
    assert _fits(Q_WHOLE, "Polisi menilang 2.000 kendaraan.", "2.000 kendaraan")


def test_a_day_asked_takes_that_day_only():
    assert _fits(Q_DAY3, DAY3, "7.446 kendaraan")
    assert not _fits(Q_DAY3, DAY2, "1.761 kendaraan")
    assert not _fits(Q_DAY3, WHOLE, "114.673 kendaraan")
    # two days in one sentence: each figure is of the day nearest it
    assert _fits(Q_DAY3, BOTH, "7.446 kendaraan") and not _fits(Q_DAY3, BOTH, "7.518 perkara")
    q = "berapa pemudik yang menyeberang pada H-3 Lebaran?"
    assert _fits(q, "Pada H-3 tercatat 40.000 pemudik menyeberang.", "40.000 pemudik")
    assert not _fits(q, "Pada H-5 tercatat 31.000 pemudik menyeberang.", "31.000 pemudik")


def test_an_increment_answers_only_an_increment_question():
    q = "Indonesia meraih berapa medali perunggu di SEA Games 2017 secara keseluruhan?"
    assert not _fits(q, ADDED, "dua medali")
    assert _fits(q, TALLY, "90 perunggu")
    assert _fits("Indonesia menambah berapa medali perunggu?", ADDED, "dua medali")
    # the level a count rose to is no increment
    assert _fits("berapa jumlah korban?", "Korban bertambah menjadi 20 orang.", "20 orang")


def test_a_date_written_word_by_word_is_one_date():
    body = clean_page("Peringkat Indonesia turun setelah hanya menambah dua medali perunggu , "
                      "Jumat ( 18 / 8 / 2017 ) . Inhibitor CDK4 / 6 tetap tertulis.", title="SEA Games").body
    assert "(18/8/2017)" in body and "CDK4 / 6" in body
    figures = [q.text for q in find_quantities(body.split(" . ")[0])]
    assert figures == ["dua medali"], figures


async def test_answers_list_the_asked_stretch_only(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="tilang-1", outlet="Liputan6.com", published="2019-09-01", title="Operasi Patuh Jaya 2019 hari ketiga",
                body="Operasi Patuh Jaya 2019 digelar Polda Metro Jaya. " + DAY3),
        Article(id="tilang-2", outlet="SINDOnews", published="2019-09-13", title="Hasil Operasi Patuh Jaya 2019",
                body="Operasi Patuh Jaya 2019 digelar Polda Metro Jaya selama dua pekan. " + WHOLE),
    ])
    got = labels(await empty_engine.ask(Q_WHOLE))
    assert any(g.startswith("114.673") for g in got) and not any(g.startswith("7.446") for g in got), got
    got = labels(await empty_engine.ask("berapa kendaraan yang ditilang di hari ketiga Operasi Patuh Jaya 2019?"))
    assert any(g.startswith("7.446") for g in got) and not any(g.startswith("114.673") for g in got), got


# ---------------------------------------------------------------- found in the same pass (session 12)
def test_a_clause_that_opens_with_what_it_counts_gives_the_figure_its_class():
    from retrieval.claims import extract_claims
    claims = extract_claims([
        "Erupsi pada 2 Juni 2015 membuat warga mengungsi.",
        "Pengungsi di Gunung Agung saat ini tercatat sebanyak 139.199 jiwa di 389 titik pengungsian.",
        "Korban meninggal akibat gempa di Cianjur hingga Selasa malam tercatat mencapai 162 orang.",
        "Petugas di lokasi tercatat 40 orang."])
    got = {q.text: q.predicates for c in claims for q in c.quantities}
    assert got["139.199 jiwa"] == ["displaced"] and got["mencapai 162 orang"] == ["killed"], got
    assert got["tercatat 40 orang"] == [], got


def test_now_in_the_sentence_is_the_articles_month_not_an_earlier_sentences():
    from retrieval.frame import question_frame, time_fits
    from retrieval.text import TextPipeline
    frame = question_frame("berapa jumlah pengungsi Gunung Agung di Bali pada Oktober 2017?", TextPipeline())
    now = "Pengungsi di Gunung Agung saat ini tercatat sebanyak 139.199 jiwa."
    assert time_fits(frame, now, None, "2017-10-15", ["2 Juni 2015"], "139.199 jiwa")
    assert not time_fits(frame, "Pengungsi tercatat sebanyak 9.000 jiwa.", None, "2017-10-15", ["2 Juni 2015"], "9.000 jiwa")


def test_a_part_of_the_trade_is_not_the_whole_asked():
    from retrieval.claims import find_quantities
    from retrieval.frame import money_fits, question_frame
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()

    def fits(question: str, sentence: str, title: str = "") -> bool:
        frame = question_frame(question, pipeline)
        figures = find_quantities(sentence)
        assert figures, sentence
        return all(money_fits(frame, q.__dict__, sentence, title) for q in figures)

    surplus = "berapa surplus neraca perdagangan Indonesia pada Agustus 2019?"
    assert not fits(surplus, "Pada bulan lalu, komoditas non migas tercatat mengalami surplus USD78,9 juta.")
    assert fits(surplus, "Neraca perdagangan Agustus 2019 surplus USD85,1 juta.")
    assert fits("defisit neraca perdagangan migas Agustus 2019 berapa?", "Neraca migas defisit USD1,2 miliar.")
    # a sentence that says "its value" is of what its title names: imports from China, a part
    imports = "berapa nilai impor Indonesia pada Agustus 2019?"
    china = "Sementara pada Agustus 2019 nilainya turun jadi 3,7 miliar dollar AS."
    assert not fits(imports, china, "Impor Indonesia dari China Merosot Tajam")
    assert fits(imports, china, "Impor Indonesia Merosot Tajam")


def test_a_title_naming_the_asked_place_outweighs_an_earlier_sentences_place():
    from retrieval.frame import context_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa orang ditangkap sejak demonstrasi di Hong Kong dimulai?", TextPipeline())
    sentence = "Lebih dari 900 orang telah ditangkap sejak Juni sehubungan dengan demonstrasi ini."
    assert context_fits(frame, sentence, "Bandara Hong Kong Kembali Digeruduk", ["indonesia"])
    assert not context_fits(frame, sentence, "Demo Buruh Kembali Digelar", ["indonesia"])


def test_what_a_feeling_is_about_stands_after_kepada_and_must_be_the_asked_ones():
    from retrieval.claims import find_quantities
    from retrieval.frame import measure_fits, question_frame
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()
    poll = "Hasil survei ini menunjukkan tingkat kepuasan publik kepada kinerja setahun pemerintahan Prabowo-Gibran sebesar 78,1 persen."
    trust = "Survei Poltracking: Kepercayaan Publik ke Pemerintahan Prabowo-Gibran 81,5%"

    def fits(question: str, sentence: str) -> bool:
        frame = question_frame(question, pipeline)
        return all(measure_fits(frame, q.__dict__, sentence) for q in find_quantities(sentence))

    satisfied = "berapa persen publik puas dengan kinerja setahun pemerintahan Prabowo-Gibran menurut survei Poltracking?"
    assert fits(satisfied, poll) and not fits(satisfied, trust)
    assert fits("berapa tingkat kepercayaan publik kepada pemerintahan Prabowo-Gibran?", trust)
    # another's object: the satisfaction with a minister is not the government's
    assert not fits("berapa persen kepuasan publik terhadap Menkeu Purbaya Yudhi Sadewa?", poll)


def test_a_year_said_right_before_a_figure_is_its_year_and_a_sentence_imposed_is_no_fall():
    from retrieval.frame import money_fits, question_frame, time_fits
    from retrieval.claims import find_quantities
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()
    frame = question_frame("berapa fasilitas pelayanan kesehatan yang disiagakan Kemenkes untuk mudik Lebaran 2017?", pipeline)
    said = "Kalau tahun lalu cuma 3.583 fasilitas pelayanan kesehatan saja, sekarang malah 3.826."
    assert time_fits(frame, said, None, "2017-06-16", None, "3.826")
    assert not time_fits(frame, said, None, "2017-06-16", None, "3.583 fasilitas")
    rise = "Jumlah penumpang naik dari 4,08 juta penumpang di tahun lalu menjadi 4,37 juta penumpang di tahun ini."
    assert time_fits(question_frame("berapa jumlah penumpang kereta api KAI saat mudik Lebaran 2017?", pipeline),
                     rise, None, "2017-06-27", None, "4,37 juta penumpang")
    fine = ("Putri Raja Arab Saudi dijatuhi hukuman penjara 10 bulan yang ditangguhkan dan denda Rp153 juta.")
    frame = question_frame("berapa denda yang harus dibayar putri Arab Saudi dalam kasus penganiayaan di Paris?", pipeline)
    assert [q.text for q in find_quantities(fine) if money_fits(frame, q.__dict__, fine, None)] == ["153 juta"]


def test_accidents_over_an_operation_are_counted_when_the_whole_operation_is_asked():
    from retrieval.frame import context_fits, question_frame
    from retrieval.text import TextPipeline
    sentence = ("Selain itu, 25 kejadian kecelakaan lalu lintas terjadi selama operasi dengan jumlah korban "
                "meninggal 6 orang.")
    pipeline = TextPipeline()
    assert context_fits(question_frame("berapa korban meninggal akibat kecelakaan lalu lintas selama Operasi Patuh "
                                       "Kalimaya 2019?", pipeline), sentence, None)
    assert not context_fits(question_frame("berapa korban meninggal akibat kecelakaan bus di Tol Cipularang?", pipeline),
                            sentence, None)


async def test_figures_that_add_up_to_another_of_their_article_are_its_parts(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="tilang-3", outlet="SINDOnews", published="2019-09-13", title="Hasil Operasi Patuh Jaya 2019 di Jakarta",
        body="Sepanjang Operasi Patuh Jaya 2019 sebanyak 114.673 kendaraan bermotor ditilang polisi di Jakarta. "
             "Total penindakan ada 167.928 kendaraan bermotor, rinciannya kendaraan yang ditilang sebanyak 114.673 "
             "dan kendaraan yang diberikan teguran sebanyak 53.255. "
             "Total sepeda motor ditilang 84.750 kendaraan di Jakarta. "
             "Sedangkan mobil yang ditilang 29.923 kendaraan di Jakarta.")])
    got = labels(await empty_engine.ask("berapa kendaraan yang ditilang selama Operasi Patuh Jaya 2019 di Jakarta?"))
    assert any(g.startswith("114.673") for g in got), got
    assert not any(g.startswith(("84.750", "29.923")) for g in got), got


def test_what_undergoes_a_change_is_what_it_measures_and_a_sector_is_a_part():
    from retrieval.claims import find_quantities
    from retrieval.frame import measure_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("ekspor Indonesia Agustus 2019 turun berapa persen dibandingkan Agustus 2018?", TextPipeline())

    def fits(sentence: str) -> bool:
        figures = [q for q in find_quantities(sentence) if "%" in q.text or "persen" in q.text]
        assert figures, sentence
        return all(measure_fits(frame, q.__dict__, sentence) for q in figures)

    assert fits("Data tersebut menunjukkan nilai ekspor mengalami penurunan 9,99% dibanding Agustus 2018.")
    assert not fits("Kinerja penjualan mobil tahun ini mengalami penurunan 13,51 persen.")
    assert not fits("Hal sama juga bila dibanding ekspor nonmigas Agustus 2018, turun 7,18%.")


def test_what_a_thing_can_hold_is_not_what_it_held():
    from retrieval.claims import find_quantities
    from retrieval.frame import capacity_fits, question_frame
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()

    def kept(question: str, sentence: str) -> list[str]:
        frame = question_frame(question, pipeline)
        return [q.text for q in find_quantities(sentence) if capacity_fits(frame, q.__dict__, sentence)]

    aboard = "berapa orang di dalam pesawat Twin Otter yang hilang kontak di Papua?"
    assert kept(aboard, "Pesawat yang berkapasitas 19 orang itu tidak membawa penumpang.") == []
    assert kept(aboard, "Pesawat itu membawa tiga awak.") == ["tiga awak"]
    assert kept("berapa pengungsi di posko?", "Posko itu kini menampung 500 pengungsi.") == ["500 pengungsi"]
    tent = "Kota tenda itu mampu menampung sekitar 4.000 orang."
    assert kept("berapa pengungsi di Marsh Harbour?", tent) == []
    assert kept("berapa orang yang bisa ditampung kota tenda di Marsh Harbour?", tent) == ["sekitar 4.000 orang"]


async def test_a_list_adding_up_to_the_headline_figure_is_its_breakdown(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="beliung-1", outlet="Kompas.com", published="2019-09-07",
        title="Puting Beliung Rusak 49 Rumah, Aceh Utara Tetapkan Bencana Daerah",
        body="Puting beliung melanda Kabupaten Aceh Utara pada Jumat sore. "
             "Adapun, jumlah rumah yang rusak akibat puting beliung yaitu 26 rumah di Kecamatan Seunuddon, "
             "6 rumah di Kecamatan Baktiya Barat, 16 rumah di Kecamatan Lapang, dan satu rumah di Kecamatan Tanah Jambo Aye.")])
    got = labels(await empty_engine.ask("berapa rumah rusak akibat puting beliung di Aceh Utara?"))
    assert any(g.startswith("49") for g in got), got
    assert not any(g.startswith(("26", "16", "6 ", "satu")) for g in got), got


def test_a_part_of_a_year_is_when_not_what_and_another_part_is_another_period():
    from retrieval.frame import measure_fits, question_frame
    from retrieval.periods import year_part_fits, year_parts
    from retrieval.text import TextPipeline
    assert year_parts("triwulan kedua 2019") == year_parts("kuartal II 2019") == frozenset({("kuartal", 2)})
    q = "berapa pertumbuhan ekonomi Indonesia kuartal II 2019?"
    assert not year_part_fits(q, "pertumbuhan ekonomi yang mencapai 5,06 persen pada semester I/2019")
    assert year_part_fits(q, "Ekonomi Indonesia pada kuartal II 2019 tumbuh 5,05 persen.")
    frame = question_frame(q, TextPipeline())
    revenue = "Pendapatan Perseroan pada kuartal II 2019 naik 67 persen menjadi Rp 1,66 triliun."
    assert not measure_fits(frame, {"text": "67 persen", "unit": "persen"}, revenue)
    assert measure_fits(frame, {"text": "5,05 persen", "unit": "persen"}, "Ekonomi Indonesia pada kuartal II 2019 tumbuh 5,05 persen.")


def test_a_respectively_list_pairs_each_figure_with_its_item():
    from retrieval.claims import find_quantities
    from retrieval.frame import question_frame, respectively_fits
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()
    oil = ("Serangan tersebut berimbas pada harga minyak berjangka, yaitu WTI dan Brent masing-masing melesat "
           "dari USD6,4 dan USD7,89 menjadi USD61,23 dan 68,7 per barel.")
    frame = question_frame("berapa harga minyak Brent setelah serangan Aramco?", pipeline)
    kept = [q.text for q in find_quantities(oil) if respectively_fits(frame, q.__dict__, oil)]
    assert "68,7" in " ".join(kept) and "61,23" not in " ".join(kept), kept
    # a question naming none of the items is not judged here
    frame = question_frame("berapa harga minyak setelah serangan Aramco?", pipeline)
    assert len([q for q in find_quantities(oil) if respectively_fits(frame, q.__dict__, oil)]) == 4


def test_two_places_joined_by_a_hyphen_are_two_places():
    from retrieval.frame import located_places, question_frame
    from retrieval.text import TextPipeline
    assert set(question_frame("berapa harga tiket pesawat Jakarta-Bali?", TextPipeline()).places) == {"jakarta", "bali"}
    assert set(located_places("Harga tiket pesawat dari Papua-Padang diperkirakan Rp 5 juta per orang.")) == {"papua", "padang"}
    # names of people joined so stay names: no place
    assert located_places("Kinerja setahun Prabowo-Gibran dinilai baik.") == []


def test_before_an_event_is_not_after_it():
    from retrieval.periods import before_after_fits
    q = "berapa poin Marquez sebelum seri San Marino?"
    assert not before_after_fits(q, "Usai seri San Marino, Marquez mengoleksi 275 poin.")
    assert before_after_fits(q, "Sebelum seri San Marino, Marquez mengoleksi 250 poin.")
    after = "berapa iuran BPJS Kesehatan kelas III setelah kenaikan?"
    assert not before_after_fits(after, "Sebelum kenaikan, iuran kelas III Rp 25.500.")
    assert before_after_fits(after, "Iuran kelas III dari sebelumnya Rp 25.500 menjadi Rp 42.000.")   # "sebelumnya" is no side
    assert before_after_fits("berapa poin Marquez?", "Usai seri San Marino, Marquez mengoleksi 275 poin.")


def test_a_year_before_the_amount_through_yang_sebesar_is_its_year():
    from retrieval.frame import question_frame, time_fits
    from retrieval.text import TextPipeline
    frame = question_frame("berapa nilai impor Indonesia pada Agustus 2019?", TextPipeline())
    s = "Laju impor ini mengalami penurunan sebesar 15,60% dibandingkan dengan Agustus 2018 yang sebesar USD16,82 miliar."
    assert not time_fits(frame, s, None, "2019-09-16", None, "16,82 miliar")


def test_review_cases_of_the_session_rules():
    from retrieval.claims import find_quantities
    from retrieval.frame import capacity_fits, held_party_fits, located_places, question_frame, respectively_fits, time_fits
    from retrieval.periods import asked_stretch, before_after_fits
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()
    # a hyphenated name the gazetteer knows stays one place
    assert question_frame("berapa korban gempa di Timor-Leste?", pipeline).places == ("timor_leste",)
    assert located_places("Gempa terjadi di Timor-Leste kemarin.") == ["timor_leste"]
    # what a plane carried, after its capacity in the same sentence
    frame = question_frame("berapa penumpang pesawat itu?", pipeline)
    s = "Pesawat berkapasitas 19 orang itu membawa 15 penumpang."
    assert [q.text for q in find_quantities(s) if capacity_fits(frame, q.__dict__, s)] == ["15 penumpang"]
    # "usai latihan" says nothing of the race asked
    assert before_after_fits("berapa poin Marquez sebelum seri San Marino?", "Marquez mengoleksi 250 poin, kata manajer usai latihan.")
    # "total" asks no stretch; a calendar week is no day of an operation
    assert asked_stretch("berapa total korban pekan pertama Oktober?")[1] is False
    assert asked_stretch("berapa korban pada hari kedua puluh?")[0] is None
    # each party of a masing-masing list holds its own figure
    frame = question_frame("berapa kursi yang diperoleh Partai Likud?", pipeline)
    s = "Partai Likud dan Partai Kahol Lavan masing-masing memperoleh 31 dan 33 kursi."
    kept = [q.text for q in find_quantities(s) if held_party_fits(frame, q.__dict__, s) and respectively_fits(frame, q.__dict__, s)]
    assert kept == ["31"], kept
    # "kini" in a toll update is no date of its own: it tells of the asked day's crash
    toll = question_frame("berapa korban tewas kecelakaan pada 2 September 2019?", pipeline)
    assert time_fits(toll, "Korban tewas kini bertambah menjadi 9 orang.", None, "2019-09-04", None, "9 orang")


def test_where_goods_come_from_is_not_where_the_story_is():
    from retrieval.claims import extract_claims
    from retrieval.frame import located_places
    assert located_places("Rokok ilegal itu dibongkar dari truk yang berasal dari Pati, Jawa Tengah.") == []
    assert located_places("Warga dari Pati ikut mengungsi.") == ["pati"]
    claims = extract_claims([
        "Bea Cukai bersama Kepolisian Resor Aceh Selatan menggagalkan peredaran rokok ilegal.",
        "Rokok ilegal tersebut dibongkar dari truk yang berasal dari Pati, Jawa Tengah.",
        "Dari tangan pelaku diamankan sejumlah 544.000 batang rokok tanpa pita cukai."])
    figure = [q for c in claims for q in c.quantities if q.value == 544000][0]
    assert figure.context == ["aceh_selatan"], figure.context
