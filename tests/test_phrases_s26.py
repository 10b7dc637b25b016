"""Session 26 rules, each a class of error found on the topic sets (docs/frames.md "Session 26
rules"): what a figure measures when its phrase holds a function word ("komponen dalam negeri"), a
segment named first, a shared noun, a month range; whose it is (an acronym's initials, a holder
named between noun and amount, a tournament's country); which kind (a rating such as 900 VA or
64 GB, a kind after a count word, a synonym kind); parts ("di antaranya") and wholes named by their
months; an event's toll told later; fares, fees and prices; where a number stands ("3" is not
"3.500"), headline amounts that lost their dot, units glued to "per"; spans still to run; age
groups and words asked both ways; one count shown once; verbs made nouns before a figure."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import WORD_RE, measure_fits, question_frame
from retrieval.text import TextPipeline

from .answered import answer_labels as labels

FILLER = [
    Article(id="f-1", outlet="Kompas.com", published="2019-09-02", title="Pameran otomotif dibuka",
            body="Pameran otomotif dibuka di Jakarta dengan 40 merek peserta. Pengunjung memadati lokasi sejak pagi."),
    Article(id="f-2", outlet="Tempo.co", published="2019-09-03", title="Harga saham bergerak",
            body="Indeks saham ditutup menguat 12 poin pada perdagangan sore. Investor asing mencatat beli bersih."),
]


def test_a_compound_with_a_function_word_is_one_measured_thing():
    pipe = TextPipeline()
    frame = question_frame("berapa persen komponen dalam negeri yang dipakai mobil Garuda?", pipe)
    assert frame.measured[:3] == ("komponen", "dalam", "negeri")
    assert measure_fits(frame, {"text": "62 persen", "unit": "persen"},
                        "Walau penggunaan komponen dalam negeri masih 62 persen, mobil itu tetap produk nasional.")
    assert not measure_fits(frame, {"text": "38 persen", "unit": "persen"},
                            "Sementara penggunaan komponen luar negeri masih 38 persen.")


async def test_local_content_asked_takes_the_local_share_not_the_imported(empty_engine):
    await empty_engine.ingest_articles(FILLER + [Article(
        id="tkdn-1", outlet="Liputan6.com", published="2019-09-10", title="Menperin soal mobil Garuda",
        body="Walau penggunaan komponen dalam negeri masih 62 persen, tidak berarti mobil Garuda bukan produk nasional. "
             "Adapun penggunaan komponen luar negeri masih 38 persen, kata Menteri Perindustrian.")])
    got = labels(await empty_engine.ask("berapa persen komponen dalam negeri yang dipakai mobil Garuda?"))
    assert any(x.startswith("62") for x in got), got
    assert not any(x.startswith("38") for x in got), got


def test_a_segment_named_first_owns_the_total_that_follows():
    pipe = TextPipeline()
    frame = question_frame("Berapa unit penjualan segmen mobil murah LCGC sepanjang Januari-Agustus 2019?", pipe)
    scoped = ("Pada segmen LCGC, ungkap Tetsuo, dari Januari hingga Agustus 2019 total penjualan "
              "mencapai 143.632 unit atau menurun 4% dibandingkan tahun lalu.")
    assert measure_fits(frame, {"text": "mencapai 143.632 unit", "unit": "unit"}, scoped)
    # another figure between the segment and the total: the total is the whole market's
    whole = ("Penjualan segmen LCGC mencapai 143.632 unit, sedangkan total penjualan mencapai 700.000 unit "
             "sepanjang Januari-Agustus 2019.")
    assert not measure_fits(frame, {"text": "mencapai 700.000 unit", "unit": "unit"}, whole)


def test_coordinated_prices_share_the_noun_before_the_first():
    from retrieval.answer import _quantity_matches
    pipe = TextPipeline()
    record = {pipe.noun_key("rekor")}
    sentence = "Pada Senin, 26 Agustus rekor baru tercetak sebesar Rp 774.000 dan Rp 775.000 per gram pada 5 September."
    assert _quantity_matches({"text": "775.000", "unit": None, "before": "774 000 dan Rp"}, record, pipe, sentence)
    # a noun between the two figures is the first one's alone: "selusin rudal dan lebih dari 20"
    missiles = {pipe.noun_key("rudal")}
    assert not _quantity_matches({"text": "20", "unit": None, "before": "rudal dan lebih dari"}, missiles, pipe,
                                 "Rusia menembakkan selusin rudal dan lebih dari 20 ke kota itu.")


def test_a_month_range_says_when_not_what():
    from retrieval.frame import _measured_by
    pipe = TextPipeline()
    sentence = "Penjualan mobil nasional selama Januari-Agustus 2019 mencapai 670.000 unit."
    at = sentence.index("670.000")
    words, _, _ = _measured_by(sentence, at, len("670.000 unit"), pipe)
    assert "januari-agustus" not in words
    assert words[:1] == ("penjualan",) or "penjualan" in words, words


def test_an_acronym_asked_is_the_owner_its_initials_spell():
    from retrieval.frame import figure_fits
    frame = question_frame("Berapa ton beras SPHP yang telah disalurkan ID Food hingga Oktober 2025?", TextPipeline())
    spelled = {"value": 9500.0, "text": "9.500 ton", "unit": "ton", "of": "stabilisasi_pasokan+harga_pangan",
               "predicates": [], "casualty": False}
    assert figure_fits(spelled, frame)
    assert not figure_fits(dict(spelled, of="cadangan_beras_pemerintah"), frame)


async def test_an_amount_held_somewhere_keeps_its_noun(empty_engine):
    await empty_engine.ingest_articles(FILLER + [Article(
        id="beras-1", outlet="detikcom", published="2025-08-20", title="Mendagri minta harga beras dijaga",
        body="Meski produksi nasional mencapai sekitar 30 juta ton dengan cadangan di Bulog sekitar 4 juta ton, "
             "menurutnya langkah intervensi tetap harus digencarkan.")])
    got = labels(await empty_engine.ask("Berapa cadangan beras di Bulog yang disebut Mendagri?"))
    assert any("4.000.000 ton" in x or "4 juta ton" in x for x in got), got
    assert not any("30.000.000" in x or "30 juta" in x for x in got), got


def test_a_rating_asked_takes_no_figure_of_another_rating():
    from retrieval.frame import label_fits
    pipe = TextPipeline()
    customers = question_frame("Berapa jumlah pelanggan listrik 900 VA yang subsidinya dicabut?", pipe)
    listed = ("Rinciannya, 23,9 juta pelanggan listrik 450 VA; 31,5 juta pelanggan listrik 900 VA; "
              "dan 5,7 juta pelanggan masuk kategori lainnya.")
    assert not label_fits(customers, {"text": "23,9 juta pelanggan", "unit": "pelanggan"}, listed, None)
    assert label_fits(customers, {"text": "31,5 juta pelanggan", "unit": "pelanggan"}, listed, None)
    phone = question_frame("Berapa harga ponsel Nusa X varian 128 GB?", pipe)
    prices = "Ponsel Nusa X dijual Rp 5 juta untuk varian 128 GB dan Rp 6 juta untuk 256 GB."
    assert label_fits(phone, {"text": "5 juta", "unit": None}, prices, None)
    assert not label_fits(phone, {"text": "6 juta", "unit": None}, prices, None)
    # two ratings of one phone (RAM and storage) before its price: the asked one is among them
    ram = question_frame("Berapa harga Oppo F5 varian RAM 4 GB?", pipe)
    assert label_fits(ram, {"text": "3.999.000", "unit": None},
                      "Harga Oppo F5 RAM 4 GB dan memori internal 32 GB dibanderol Rp 3.999.000 .", None)


async def test_each_variants_price_in_a_respectively_list(empty_engine):
    await empty_engine.ingest_articles(FILLER + [Article(
        id="ponsel-1", outlet="dailysocial.id", published="2017-09-13", title="Apple umumkan iPhone X",
        body="iPhone X bakal ditawarkan dalam dua varian kapasitas : 64 GB atau 256 GB , "
             "dengan harga masing-masing $ 999 dan $ 1.149 .")])
    got = labels(await empty_engine.ask("Berapa harga iPhone X varian 64 GB dalam dolar AS?"))
    assert any("999" in x for x in got), got
    assert not any("1.149" in x for x in got), got


def test_the_questions_own_figure_in_words_is_no_answer():
    from retrieval.answer import _question_states
    question = "berapa kilogram sabu yang dimusnahkan BNN dari tujuh kasus Juli-Agustus 2019?"
    assert _question_states({"text": "tujuh kasus", "unit": "kasus", "value": 7.0}, question)
    assert not _question_states({"text": "delapan kasus", "unit": "kasus", "value": 8.0}, question)
    assert not _question_states({"text": "77,2 kilogram", "unit": "kilogram", "value": 77.2}, question)


CRASH = [
    Article(id="tol-a", outlet="Kompas.com", published="2019-09-02", title="Kecelakaan beruntun di Tol Cipularang",
            body="Diberitakan sebelumnya, ada sekitar 20 kendaraan yang terlibat dalam kecelakaan beruntun yang terjadi "
                 "di KM 91 Tol Cipularang."),
    Article(id="tol-b", outlet="Tempo.co", published="2019-09-03", title="Polisi data kecelakaan Tol Cipularang",
            body="Dari informasi kepolisian disebutkan bahwa jumlah kendaraan yang terlibat kecelakaan beruntun di "
                 "Tol Cipularang mencapai 20 unit."),
]


async def test_a_classifier_of_things_joins_the_same_count_of_a_noun(empty_engine):
    await empty_engine.ingest_articles(FILLER + CRASH)
    answer = await empty_engine.ask("berapa kendaraan yang terlibat kecelakaan beruntun di Tol Cipularang?")
    twenties = [c for c in answer.claims if c.figure and c.figure.get("value") == 20]
    assert len(twenties) == 1, [(c.figure, [s.outlet for s in c.sources]) for c in answer.claims]
    assert {s.outlet for s in twenties[0].sources} == {"Kompas.com", "Tempo.co"}


def test_an_exact_count_of_many_digits_names_one_count():
    from retrieval.answer import _precise
    assert _precise({"value": 35046783.0})          # "35.046.783 Keluarga" and "35.046.783 KPM"
    assert not _precise({"value": 35000000.0})      # "35 juta": a round figure many counts share
    assert not _precise({"value": 12345.0, "vague": True})
    assert not _precise({"value": 1.5})


SHIP = [Article(id="kapal-1", outlet="CNN Indonesia", published="2017-01-02", title="Kapal Zahro Express terbakar",
                body="Kapal Zahro Express terbakar di perairan Muara Angke. Sebanyak 23 orang tewas dalam "
                     "kejadian itu, 20 di antaranya tewas terbakar.")]


async def test_a_part_among_them_answers_only_what_its_clause_adds(empty_engine):
    await empty_engine.ingest_articles(FILLER + SHIP)
    dead = labels(await empty_engine.ask("berapa orang tewas dalam kebakaran kapal Zahro Express?"))
    assert any(x.startswith("23") for x in dead), dead
    assert not any(x.startswith("20") for x in dead), dead
    burned = labels(await empty_engine.ask("berapa orang yang tewas terbakar dalam kebakaran kapal Zahro Express?"))
    assert any(x.startswith("20") for x in burned), burned


def test_an_events_toll_told_days_later_is_that_events():
    from retrieval.frame import time_fits
    pipe = TextPipeline()
    toll = question_frame("berapa orang tewas dalam kebakaran kapal Zahro Express pada 1 Januari 2017?", pipe)
    said = "Sebanyak 23 orang tewas dalam kejadian ini."
    assert time_fits(toll, said, "Pemerintah jamin santunan korban", "2017-01-04", ["kemarin"], "23 orang")
    assert not time_fits(toll, said, "Pemerintah jamin santunan korban", "2017-01-12", ["kemarin"], "23 orang")
    # a day's count of another day is no toll: the carried later day decides as before
    daily = question_frame("berapa pelanggar ganjil genap yang ditilang pada 9 September 2019?", pipe)
    assert not time_fits(daily, "Tercatat 154 pengendara ditilang.", "Ganjil genap hari ketiga", "2019-09-12",
                         ["kemarin"], "154 pengendara")


def test_a_fare_asked_is_its_fee_or_price_but_a_price_is_no_cost():
    from retrieval.frame import money_fits
    pipe = TextPipeline()
    fare = question_frame("berapa tarif kartu OK Otrip selama masa uji coba?", pipe)
    assert money_fits(fare, {"text": "3.500"}, "Selama masa uji coba, biaya OK Otrip hanya dikenakan sebesar Rp 3.500.")
    price = question_frame("berapa harga beli gula petani oleh Perum Bulog?", pipe)
    assert not money_fits(price, {"text": "10.600"},
                          "Petani belum untung karena biaya produksinya sendiri mencapai Rp 10.600/kg.")
    invested = question_frame("Berapa nilai investasi PLN untuk memodifikasi PLTGU Cilegon?", pipe)
    assert money_fits(invested, {"text": "100 miliar"},
                      "Pembangkit berkapasitas 10 MW itu dimodifikasi dengan nilai investasi sebesar Rp100 miliar.")


def test_a_headline_amount_that_lost_its_dot_is_no_two_figures():
    from retrieval.claims import find_quantities
    assert [q.text for q in find_quantities("Anies Sandi Luncurkan Kartu Ok Otrip Rp 3 500 Untuk Sekali Jalan")] == []
    assert [q.text for q in find_quantities("Harga tiket Rp 3.500 untuk 100 penumpang.")] == ["3.500", "100 penumpang"]


def test_a_number_is_found_where_it_stands_alone():
    from retrieval.text import figure_at
    sentence = "Biaya OK Otrip hanya Rp 3.500 selama 3 bulan ke depan."
    assert sentence[figure_at(sentence, "3"):].startswith("3 bulan")
    assert sentence[figure_at(sentence, "3.500"):].startswith("3.500")
    term = "Revisi yang tidak masuk prolegnas 2014-2019 dibahas hanya 20 hari lagi."
    assert term[figure_at(term, "20"):].startswith("20 hari")


def test_a_span_still_to_run_answers_only_what_is_left():
    from retrieval.periods import countdown_fits
    said = "Revisi UU KPK tiba-tiba muncul dan dibahas hanya 20 hari lagi jelang berakhirnya DPR periode ini."
    assert not countdown_fits("berapa hari DPR membahas revisi UU KPK hingga disahkan?", {"text": "20 hari"}, said)
    assert countdown_fits("berapa hari lagi masa jabatan DPR periode ini berakhir?", {"text": "20 hari"}, said)
    assert countdown_fits("berapa hari DPR membahas revisi UU KPK?", {"text": "12 hari"},
                          "Revisi itu dibahas selama 12 hari sebelum disahkan.")


def test_a_mixed_case_dateline_is_where_the_desk_is_not_the_story():
    from retrieval.frame import context_fits, located_places
    lead = ("Jakarta ( ANTARA News ) - Menteri Perdagangan menyatakan impor beras khusus sebanyak 500.000 ton "
            "yang didatangkan dari Vietnam dan Thailand pada akhir Januari nanti.")
    assert located_places(lead) == []
    frame = question_frame("berapa ton beras khusus yang diimpor pemerintah dari Vietnam dan Thailand?", TextPipeline())
    assert context_fits(frame, lead, "Enggar Impor Beras 500000 Ton")
    assert located_places("Palembang ( ANTARA News ) - Presiden meresmikan tol di Palembang.") == ["palembang"]
    assert located_places("Warga Bekasi (32) - tewas tertimpa pohon.") == ["bekasi"]


def test_a_country_naming_a_tournament_is_no_place_asked():
    pipe = TextPipeline()
    assert question_frame("berapa total hadiah turnamen bulu tangkis China Open 2019?", pipe).places == ()
    assert question_frame("berapa wakil Indonesia di Indonesia Masters 2018 di Jakarta?", pipe).places == ("jakarta",)


def test_the_airport_train_written_in_full_is_that_service():
    from retrieval.frame import _event_keys
    words = [w.lower() for w in WORD_RE.findall("Jokowi Resmikan Pengoperasian Kereta Api Bandara Soeta")]
    assert _event_keys(words) == ["kereta_bandara"]


def test_a_unit_glued_to_per_is_that_unit():
    from retrieval.claims import find_quantities
    got = {q.text: q.unit for q in find_quantities("Lifting minyak sudah mencapai 619.000 barelper day.")}
    assert list(got.values()) == ["barel"], got


async def test_an_age_group_asks_no_age(empty_engine):
    from retrieval.frame import asks_age
    assert not asks_age("berapa anak usia sekolah yang tidak bersekolah?")
    assert asks_age("berapa usia sopir truk Hino?")
    await empty_engine.ingest_articles(FILLER + [Article(
        id="sekolah-2", outlet="detikcom", published="2025-10-20", title="Anak putus sekolah masih tinggi",
        body="Data pemerintah menunjukkan sebanyak 4,2 juta anak usia sekolah tidak bersekolah pada 2025.")])
    got = labels(await empty_engine.ask("berapa anak usia sekolah yang tidak bersekolah pada 2025?"))
    assert any("4,2 juta" in x or "4.200.000" in x for x in got), got


def test_a_whole_of_many_is_named_by_the_months_it_spans():
    from retrieval.grades import whole_count_fits
    question = "berapa sabu yang dimusnahkan BNN dari tujuh kasus Juli-Agustus 2019?"
    assert whole_count_fits(question, "Barang bukti yang dimusnahkan sebanyak 77.250,67 gram sabu terhitung dari "
                                      "Juli-Agustus 2019.")
    assert not whole_count_fits(question, "Dalam kasus di Medan, polisi memusnahkan 5 kilogram sabu.")
    assert not whole_count_fits(question, "Pada Mei-Juni 2019 BNN memusnahkan 40 kilogram sabu.")


def test_a_kind_after_a_classifier_or_a_synonym_is_what_is_counted():
    from retrieval.frame import kind_fits
    pipe = TextPipeline()
    bullets = question_frame("berapa butir peluru tajam yang didakwakan dikuasai Kivlan Zen?", pipe)
    assert kind_fits(bullets, {"text": "117 Peluru", "unit": "peluru"},
                     "Kivlan Zen Didakwa Kuasai 4 Senjata Api dan 117 Peluru Tajam Ilegal")
    troops = question_frame("berapa personel militer AS yang ikut latihan di Okinawa?", pipe)
    assert kind_fits(troops, {"text": "14 ribu personel", "unit": "personel"},
                     "Latihan ini akan diikuti oleh 14 ribu personel militer AS.")
    # a kind that is no synonym still tells one kind from another
    bronze = question_frame("berapa medali perunggu yang diraih Indonesia?", pipe)
    assert not kind_fits(bronze, {"text": "38 medali", "unit": "medali"}, "Indonesia meraih 38 medali emas, 63 perak, dan 90 perunggu.")


def test_a_verb_made_a_noun_before_a_figure_says_what_befell_it():
    from retrieval.claims import find_quantities
    assert [q.predicates for q in find_quantities("Ia menyesalkan tewasnya 12 warga sipil dalam serangan itu.")] == [["killed"]]
    assert [q.predicates for q in find_quantities("Kisah kelam gugurnya 894 petugas KPPS mesti jadi pengingat.")] == [["killed"]]
    assert [q.predicates for q in find_quantities("Hilangnya 3 nelayan membuat warga cemas.")] == [["missing"]]
