"""What a figure counts when it is written in another form than the question (session 19): a unit of
the dimension asked ("berapa jarak" in meter, "berapa kilogram" in gram), the initials of the
question's words ("keluarga penerima manfaat" as KPM), "N lebih X"; goods destroyed are not goods
seized; an opponent is no place; a small island is no size asked; a typed place by another
spelling or a verb in a title-case headline."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import context_fits, question_frame, typed_places
from retrieval.grades import asked_grades
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels


UNITS = [
    *FILLER,
    Article(id="gudang", outlet="Okezone", published="2019-09-15", title="Gudang Bahan Peledak Mako Brimob Meledak",
            body="Warga di sekitar gudang bahan peledak Mako Brimob Srondol masih trauma. "
                 "Jarak gudang bahan peledak dengan rumah warga sekitar 100 meter, kata Kapolda."),
    Article(id="bnn", outlet="SINDOnews", published="2019-09-19", title="BNN Musnahkan Ganja dan Sabu",
            body="BNN memusnahkan barang bukti ganja di Cawang. Barang bukti ganja yang dimusnahkan "
                 "sebanyak 631.265,20 gram. Total barang bukti awal yang disita sebanyak 77,310 gram sabu dan "
                 "631,940 gram ganja."),
    Article(id="blt", outlet="detikcom", published="2025-10-20",
            title="BLT Kesra untuk Keluarga Penerima Manfaat Mulai Disalurkan",
            body="Penyaluran BLT Kesra Rp 900 ribu dimulai pekan ini. BLT Kesra menyasar 35,04 juta KPM "
                 "di seluruh Indonesia."),
    # a figure counting "keluarga" by that word: the question's noun is then a target figures must name
    Article(id="blt2", outlet="detikcom", published="2025-10-21", title="Penebalan Bansos Keluarga Penerima Manfaat",
            body="Sebanyak 20,88 juta keluarga penerima manfaat BLT Kesra mendapat penebalan bansos."),
]


async def test_a_figure_in_another_unit_of_the_dimension_asked(empty_engine):
    await empty_engine.ingest_articles(UNITS)
    got = labels(await empty_engine.ask("berapa jarak gudang bahan peledak Mako Brimob Srondol ke rumah warga?"))
    assert any("100" in x for x in got), got
    got = labels(await empty_engine.ask("berapa kilogram ganja yang dimusnahkan BNN di Cawang?"))
    assert any("631.265" in x for x in got), got
    assert not any("631,9" in x for x in got), got   # seized at first, not destroyed


async def test_a_unit_written_as_the_initials_of_the_words_asked(empty_engine):
    await empty_engine.ingest_articles(UNITS)
    got = labels(await empty_engine.ask("berapa keluarga penerima manfaat BLT Kesra?"))
    assert "35.040.000" in got, got


def test_more_than_the_figure_of_the_noun_after_it():
    found = [(q.text, q.unit) for q in find_quantities("Dari 35,04 juta lebih KPM penerima BLTS, sisanya 14,15 juta "
                                                        "lebih KPM merupakan penerima baru.")]
    assert found == [("35,04 juta lebih KPM", "kpm"), ("14,15 juta lebih KPM", "kpm")]
    assert [q.unit for q in find_quantities("Sebanyak 300 lebih warga mengungsi.")] == ["warga"]
    assert [q.unit for q in find_quantities("Ada 500 lebih yang kita beri peringatan.")] == [None]


def test_goods_listed_after_a_verb_share_it():
    said = "Total barang bukti awal yang disita sebanyak 77,310 gram sabu dan 631,940 gram ganja."
    assert [q.predicates for q in find_quantities(said)] == [["seized"], ["seized"]]
    pipe = TextPipeline()
    assert question_frame("berapa kilogram ganja yang dimusnahkan BNN?", pipe).predicates == ("destroyed",)
    # a measure asked still takes no casualty class
    assert question_frame("berapa barel produksi minyak yang hilang?", pipe).predicates == ()


def test_an_opponent_is_no_place_asked():
    pipe = TextPipeline()
    frame = question_frame("berapa selisih gol Timnas U-16 Indonesia setelah mengalahkan Brunei 8-0?", pipe)
    assert "brunei" not in frame.places
    assert context_fits(frame, "Sedangkan Indonesia mencatat selisih gol 26.",
                        "Lumat Brunei 8-0, Indonesia U-16 Buka Peluang ke Bahrain")
    assert "brunei" in question_frame("berapa korban banjir di Brunei?", pipe).places


def test_a_small_island_is_no_size_asked():
    assert asked_grades("berapa jumlah IUP tambang di pulau kecil menurut data ESDM?") == ()
    assert asked_grades("berapa kapal kecil yang tenggelam?") == (("size", "kecil"),)


def test_a_typed_place_by_another_spelling_and_a_headline_verb():
    pipe = TextPipeline()
    frame = question_frame("satu rangkaian kereta bandara Soekarno-Hatta bisa menampung berapa penumpang?", pipe)
    said = "Kereta bandara terdiri dari enam kereta per rangkaian yang bisa menampung 272 penumpang."
    assert context_fits(frame, said, "Jokowi Resmikan Pengoperasian Kereta Api Bandara Soeta")
    assert context_fits(frame, said, "Waktu Tempuh Kereta Bandara Dipercepat Jadi 38 Menit")
    assert not context_fits(frame, said, "Kereta Bandara Kualanamu Angkut 3.000 Penumpang")
    assert typed_places("Kereta Bandara Dipercepat", caps=True, stem=pipe.stem) == ()
    assert typed_places("Kereta Bandara Dipercepat", caps=True) == (("bandara", "dipercepat"),)


def test_money_written_with_english_thousands():
    said = "Tarif Gol I akan berubah dari Rp 9,000 menjadi Rp 9,500 ."
    assert [(q.text, q.value) for q in find_quantities(said)] == [("9,000", 9000.0), ("9,500", 9500.0)]
    assert [q.value for q in find_quantities("Harga naik menjadi US$ 1,250 per ton.")] == [1250.0]
    assert [q.value for q in find_quantities("anggaran Rp 110,718 triliun")] == [110718000000000.0]
    assert find_quantities("senilai Rp14,7 dan lainnya") == []   # its scale cut off by the scraper


def test_amounts_each_followed_by_where_they_come_from():
    from retrieval.frame import money_list_fits
    pipe = TextPipeline()
    said = ("Kebutuhan pendanaan ibu kota baru di tahap awal sebesar Rp 466 triliun, Rp 123,2 triliun akan "
            "didapatkan dari investor swasta dan BUMN, Rp 253,4 triliun lewat Kerja Sama Pemerintah dan Badan "
            "Usaha (KPBU), dan Rp 89,4 triliun dari APBN.")
    amounts = ["466 triliun", "123,2 triliun", "253,4 triliun", "89,4 triliun"]

    def kept(question: str) -> list[str]:
        frame = question_frame(question, pipe)
        return [t for t in amounts if money_list_fits(frame, {"text": t}, said)]

    assert kept("berapa dana ibu kota baru yang berasal dari skema KPBU?") == ["253,4 triliun"]
    assert kept("berapa dana APBN untuk membangun ibu kota baru?") == ["89,4 triliun"]
    assert kept("berapa total biaya pemindahan ibu kota?") == amounts   # no source asked
    # labels before the amounts are not sources: "…, kepabeanan dan cukai Rp 221,3 triliun serta penerimaan …"
    listed = ("Pendapatan negara berasal dari penerimaan pajak Rp 1.295,3 triliun, kepabeanan dan cukai Rp 221,3 "
              "triliun serta penerimaan negara bukan pajak (PNBP) yang mencapai Rp 344,9 triliun.")
    frame = question_frame("berapa penerimaan pajak hingga akhir September 2025?", pipe)
    assert money_list_fits(frame, {"text": "1.295,3 triliun"}, listed)


def test_a_case_named_by_a_death_asks_no_dead():
    """"dalam kasus kematian TAS", "karena mengejek kematian TAS": the case, not what befell the
    witnesses or students counted (before, only figures of the dead answered)."""
    pipe = TextPipeline()
    assert question_frame("berapa saksi yang sudah diperiksa polisi dalam kasus kematian mahasiswa Unud?",
                          pipe).predicates == ()
    assert question_frame("berapa mahasiswa yang dipecat karena mengejek kematian TAS?", pipe).predicates == ()
    assert question_frame("berapa jumlah kematian akibat DBD di Jawa Barat?", pipe).predicates == ("killed",)
    assert question_frame("berapa korban tewas akibat banjir?", pipe).predicates == ("killed",)


def test_stages_of_a_selection():
    """904 entered, 206 passed the screening, 48 were left after the tournament: a stage asked takes
    the figure said to be through it; a plain count takes none of the stages."""
    from retrieval.frame import figure_fits
    pipe = TextPipeline()
    said = ("Dari 904 peserta yang mengikuti audisi, sebanyak 206 peserta lolos tahap screening dan kini "
            "tersisa 48 peserta.")
    found = {q.text: q for q in find_quantities(said)}
    assert found["206 peserta"].predicates == ["passed"]
    passed = question_frame("berapa peserta audisi yang lolos tahap screening?", pipe)
    assert passed.predicates == ("passed",)
    kept = [t for t, q in found.items() if figure_fits(q.__dict__, passed)]
    assert kept == ["206 peserta"], kept
    plain = question_frame("berapa jumlah peserta audisi PB Djarum?", pipe)
    assert not figure_fits(found["206 peserta"].__dict__, plain)


def test_a_figure_measures_its_clause_subject():
    """A percentage that names nothing of its own measures its verb's subject: the hotels'
    occupancy is no answer to the tourists' rise, and in "Anies - Sandiaga memperoleh 59,4 persen
    … dari Ahok - Djarot yang memperoleh 40,6 persen" each pair has its own share."""
    from retrieval.frame import measure_fits
    pipe = TextPipeline()
    rise = question_frame("kunjungan wisman Juni 2017 naik berapa persen dibanding Juni 2016?", pipe)
    hotels = ("Sementara , tingkat Penghunian Kamar ( TPK ) hotel klasifikasi berbintang di Indonesia pada Juni "
              "2017 mencapai rata-rata 51,02 persen atau naik 2,39 poin.")
    assert not measure_fits(rise, {"text": "51,02 persen", "unit": "persen"}, hotels)
    assert measure_fits(rise, {"text": "21,57 persen", "unit": "persen"},
                        "Angka ini meningkat 21,57 persen bila dibandingkan dengan Juni 2016.")
    count = ("Berdasarkan hitung cepat Voxpol Center, Anies - Sandiaga memperoleh 59,4 persen atau 18,8 persen "
             "lebih besar dari Ahok - Djarot yang memperoleh 40,6 persen.")
    ahok = question_frame("berapa persen suara Ahok-Djarot dalam hitung cepat putaran kedua?", pipe)
    assert measure_fits(ahok, {"text": "40,6 persen", "unit": "persen"}, count)
    assert not measure_fits(ahok, {"text": "59,4 persen", "unit": "persen"}, count)


def test_a_place_above_is_still_where():
    pipe = TextPipeline()
    assert "jakarta" in question_frame("berapa pesawat nirawak yang terbang di atas Jakarta?", pipe).places
