"""Session 28 rules, each a class of error found on the topic sets (docs/frames.md "Session 28
rules"): a year a project is due in, in an article or in the question, is not the year of its
figure; an adverb of time between what a measure measures and the figure hides nothing; a typed
place written short ("Tol Japek") is the place it stands for; a quake asked by its magnitude; a
total asked takes no amount restated as its share of the whole."""
from __future__ import annotations

from retrieval.frame import question_frame, time_fits
from retrieval.text import TextPipeline


def test_a_year_a_project_is_due_in_is_not_when_a_figure_told_before_holds():
    pipe = TextPipeline()
    frame = question_frame("Berapa kamar hotel di kawasan Marina Labuan Bajo yang sudah beroperasi pada September 2019?", pipe)
    sentence = "Saat ini, hotel di kawasan terpadu itu baru dioperasikan 105 kamar."
    due = "Pembangunan Kawasan Terpadu Labuan Bajo Dipastikan Rampung Juli 2020"
    assert time_fits(frame, sentence, due, "2019-09-09", None, "105 kamar")
    # a year the page says the figure held in is another year still: "pada 2018"
    assert not time_fits(frame, sentence, "Hotel Labuan Bajo pada 2018", "2019-09-09", None, "105 kamar")
    # and a due year the page was written after is no plan: a report of that year
    assert not time_fits(frame, sentence, due, "2021-09-09", None, "105 kamar")


def test_a_year_the_asked_thing_is_due_in_is_no_year_of_its_figure():
    pipe = TextPipeline()
    due = question_frame("Berapa menit waktu tempuh Jakarta-Bandung dengan kereta cepat yang ditargetkan beroperasi 2021?", pipe)
    assert due.years == ()
    opened = question_frame("Berapa kuota peserta magang tahap kedua yang dibuka pertengahan November 2025?", pipe)
    assert opened.years == ()
    # a year the figure is asked of stays: a target for 2021, a count in 2019
    assert question_frame("Berapa penumpang yang ditargetkan tahun 2021?", pipe).years == (2021,)
    assert question_frame("Berapa penumpang kereta cepat pada 2019?", pipe).years == (2019,)


def test_when_a_measure_holds_said_before_the_figure_leaves_what_it_measures():
    from retrieval.frame import measure_fits
    pipe = TextPipeline()
    frame = question_frame("Berapa kilometer per jam kecepatan kereta semicepat Jakarta-Surabaya yang direncanakan Kemenhub?", pipe)
    q = {"text": "160 kilometer", "value": 160.0, "unit": "kilometer"}
    assert measure_fits(frame, q, '"Kecepatan ,nantinya 160 kilometer per jam," ujarnya.')
    assert measure_fits(frame, q, "Kecepatan kereta itu kelak 160 kilometer per jam.")
    # another measure named there is still another: "Jarak tempuh nantinya 160 kilometer"
    assert not measure_fits(frame, q, "Jarak tempuhnya nantinya 160 kilometer.")


def test_a_typed_place_written_short_is_the_place_it_stands_for():
    from retrieval.frame import context_fits
    pipe = TextPipeline()
    frame = question_frame("Berapa ton beban masing-masing truk dalam uji beban Tol Layang Japek II?", pipe)
    sentence = "Uji beban dilakukan dengan 16 truk dengan beban masing-masing 40 ton."
    assert context_fits(frame, sentence, "Tol Layang Jakarta-Cikampek II Siap Beroperasi")
    assert context_fits(question_frame("Berapa kendaraan melintas di Tol Jagorawi saat libur?", pipe),
                        "Sebanyak 90.000 kendaraan melintas.", "Arus di Tol Jakarta-Bogor-Ciawi padat")
    # another road, short or not, is another road
    assert not context_fits(frame, sentence, "Tol Layang Jakarta-Bogor II Siap Beroperasi")
    assert not context_fits(question_frame("Berapa kendaraan melintas di Tol Jagorawi saat libur?", pipe),
                            "Sebanyak 90.000 kendaraan melintas.", "Arus di Tol Jakarta-Cikampek padat")


def test_a_quake_asked_by_its_magnitude_is_not_one_of_another_magnitude():
    from retrieval.grades import magnitude_fits
    asked = "Berapa kilometer kedalaman pusat gempa pertama (M 5,6) di barat laut Tuban, 19 September 2019?"
    assert not magnitude_fits(asked, "BMKG menyatakan terjadi lagi gempa dengan kekuatan 6 SR dengan kedalaman 648 Km.")
    assert not magnitude_fits(asked, "#Gempa Mag:6, 19/09/2019 14:31:58, Kedlmn:648 Km")
    assert magnitude_fits(asked, "Gempa bermagnitudo 5,6 itu berpusat di kedalaman 656 km.")
    assert magnitude_fits(asked, "Gempa pertama kedalamannya mencapai 656 km.")   # no magnitude named
    # a question naming no magnitude asks of any
    assert magnitude_fits("Berapa kedalaman gempa Tuban?", "gempa dengan kekuatan 6 SR, kedalaman 648 Km")


def test_a_total_asked_takes_no_amount_restated_as_its_share_of_the_whole():
    from retrieval.frame import total_part_fits
    pipe = TextPipeline()
    frame = question_frame("berapa total biaya pemindahan ibu kota ke Kalimantan Timur?", pipe)
    assert not total_part_fits(frame, {"text": "Rp 253,4 triliun", "value": 253.4e12},
                               "Pembiayaan terbesar bersumber dari KPBU yakni Rp 253,4 triliun atau sekitar 54,4 persen.")
    assert not total_part_fits(frame, {"text": "Rp 89,4 triliun", "value": 89.4e12},
                               "Sebanyak 19,2 persen dana berasal dari APBN atau sekitar Rp 89,4 triliun.")
    assert total_part_fits(frame, {"text": "Rp 466 triliun", "value": 466e12},
                           "Total biaya pemindahan ibu kota mencapai Rp 466 triliun.")
    # a ratio to another whole says nothing of parts: "2,78% dari PDB atau sekitar Rp 662 triliun"
    deficit = question_frame("berapa total defisit APBN tahun 2025?", pipe)
    assert total_part_fits(deficit, {"text": "Rp 662 triliun", "value": 662e12},
                           "Outlook defisit APBN sebesar 2,78% dari PDB atau sekitar Rp 662 triliun.")
    assert total_part_fits(deficit, {"text": "Rp 662 triliun", "value": 662e12},
                           "Defisit APBN diperkirakan Rp 662 triliun atau 2,78 persen terhadap PDB.")
