"""Figures given as items of a list after one verb, and prices per unit (session 20): "mengeksekusi
mati 33 orang terkait terorisme dan 202 orang lainnya terkait narkoba" executed both; a list item
that says something of its own ("3 orang lainnya masih buron") keeps it; a commodity's price per
kilogram answers "berapa harga cabai" (the daily price's size rule is for bars of gold); and the
"harga" right before a figure ("dijual dengan harga Rp 70 ribu") names no good: the one before does."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article

from .answered import FILLER, answer_labels as labels


def classes(sentence: str) -> list[list[str]]:
    return [q.predicates for q in find_quantities(sentence)]


def test_counts_listed_after_one_verb_share_it():
    assert classes("Sepanjang tahun ini Arab Saudi telah mengeksekusi mati 33 orang terkait terorisme dan "
                   "202 orang lainnya terkait pelanggaran narkoba.") == [["killed"], ["killed"]]
    assert classes("Ikrar pemenangan akan dihadiri oleh 9 pasangan calon gubernur dan wakil gubernur , "
                   "45 pasangan calon wali kota dan wakil wali kota , serta 100 pasangan calon bupati .") \
        == [["present"], ["present"], ["present"]]
    # people of another kind in the list: civilians and police both wounded
    assert classes("Para korban luka terdiri atas 29 warga sipil dan 84 polisi.") == [["wounded"], ["wounded"]]


def test_a_list_item_that_says_its_own_keeps_it():
    # a word of its own after it: not arrested, still at large
    assert classes("Polisi menangkap 12 orang dan 3 orang lainnya masih buron.") == [["captured"], []]
    # the verb after the first item is that item's only
    assert classes("Lima orang tewas dan tiga orang lainnya masih dirawat di rumah sakit.")[0] == ["killed"]
    assert classes("Kecelakaan itu menewaskan 5 orang dan 10 orang lainnya luka-luka.") == [["killed"], ["wounded"]]
    # another kind of thing in the list is not counted as the first
    assert classes("Banjir merendam 300 rumah dan 200 hektare sawah.")[1] == []


EXECUTIONS = [
    *FILLER,
    Article(id="saudi", outlet="detikcom", published="2025-10-21", title="Arab Saudi Eksekusi Mati Demonstran",
            body="Arab Saudi mengeksekusi mati seorang demonstran pada Senin. Sepanjang tahun ini Arab Saudi telah "
                 "mengeksekusi mati 33 orang terkait terorisme dan 202 orang lainnya terkait pelanggaran narkoba."),
]


async def test_a_listed_count_answers_the_verb_before_the_list(empty_engine):
    await empty_engine.ingest_articles(EXECUTIONS)
    got = labels(await empty_engine.ask("berapa orang yang dieksekusi mati Arab Saudi tahun ini karena "
                                        "pelanggaran narkoba?"))
    assert got == ["202"], got   # not the 33 executed for terrorism


PRICES = [
    *FILLER,
    Article(id="cabai", outlet="CNN Indonesia", published="2017-07-05", title="Harga Cabai Anjlok Usai Lebaran",
            body="Harga cabai anjlok usai Lebaran di sejumlah pasar. Pada hari itu , harga cabai rawit merah dijual "
                 "anjlok berkisar Rp 6.000 - Rp7.000 per kg . Sementara itu , harga bawang putih kating yang masih "
                 "dijual dengan harga Rp 70 ribu per kg dianggap wajar karena kualitasnya."),
    Article(id="gula", outlet="Kompas.com", published="2017-08-20", title="Petani Tebu Kudus Protes Harga Gula",
            body="Petani tebu Kudus memprotes harga gula. Petani menolak gula petani dibeli Perum Bulog dengan "
                 "harga Rp 9.700/kg karena di bawah biaya produksi."),
    Article(id="emas", outlet="Okezone", published="2019-09-18", title="Harga Emas Antam Hari Ini",
            body="Harga emas batangan Antam hari ini naik. Harga emas Antam dijual Rp 757.000 per gram. "
                 "Untuk ukuran lain, emas 2 gram: Rp1.457.000."),
]


async def test_a_price_per_kilogram_answers_a_price_asked(empty_engine):
    await empty_engine.ingest_articles(PRICES)
    got = labels(await empty_engine.ask("berapa harga beli gula petani oleh Perum Bulog yang diprotes petani tebu "
                                        "Kudus?"))
    assert any("9.700" in x for x in got), got
    got = labels(await empty_engine.ask("berapa harga cabai rawit saat anjlok usai Lebaran?"))
    assert any("6.000" in x for x in got), got
    assert not any("70" in x for x in got), got     # garlic's price, named by the "harga" before
    # a bar of another size is still no price of a gram
    got = labels(await empty_engine.ask("berapa harga emas Antam hari ini?"))
    assert any("757.000" in x for x in got), got
    assert not any("1.457.000" in x for x in got), got


def test_a_count_of_places_where_the_people_are_is_no_one_displaced():
    said = ("Sekitar 2.500 orang di lima Kecamatan di Kota Bima , Nusa Tenggara Barat , harus mengungsi akibat "
            "banjir .")
    assert classes(said) == [["displaced"], []]
    assert classes("Sebanyak 300 warga di dua desa mengungsi.") == [["displaced"], []]


def test_what_a_measure_asked_measures():
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    pipe = TextPipeline()
    # a dimension before "berapa" is what is measured, of the thing after the unit
    assert question_frame("sampai kedalaman berapa meter iPhone 11 tahan air?", pipe).measured[0] == "kedalaman"
    # a share word measures what follows it
    assert question_frame("berapa persen jatah fee untuk Bakamla?", pipe).measured == ("fee",)


SHARES = [
    *FILLER,
    Article(id="tfas", outlet="Kontan", published="2019-09-17", title="Saham Telefast Melejit di Hari Pertama",
            body="PT Telefast Indonesia Tbk (TFAS) resmi melantai di BEI. Saham TFAS dicatatkan di BEI pada Selasa "
                 "(17/9/2019) dan langsung melejit 70 persen ke level Rp 306 ketika perdagangannya dibuka. Harga "
                 "penawaran saham perdana TFAS Rp 180 per saham."),
]


async def test_a_level_the_market_reached_is_the_price_asked_at_the_open(empty_engine):
    await empty_engine.ingest_articles(SHARES)
    got = labels(await empty_engine.ask("di harga berapa saham Telefast Indonesia (TFAS) dibuka pada hari pertama "
                                        "pencatatan di BEI?"))
    assert any("306" in x for x in got), got
    # the offer price asked: no level the market reached
    got = labels(await empty_engine.ask("berapa harga penawaran saham perdana Telefast Indonesia (TFAS)?"))
    assert any("180" in x for x in got) and not any("306" in x for x in got), got


def test_a_count_restating_a_far_total_takes_its_class():
    said = ("Polda Jabar mencatat jumlah korban meninggal dunia akibat banjir bandang di Kabupaten Garut , Jawa "
            "Barat , hingga Rabu malam , bertambah menjadi 23 orang .")
    assert classes(said) == [["killed"]]
    # compared with another year: that year's count, not the asked total's
    assert classes("Jumlah jamaah wafat musim haji 2019 jauh lebih banyak dibanding tahun lalu yang hanya "
                   "385 orang.") == [[]]


def test_a_kind_given_its_own_figure_in_words_rules_out_another_kind():
    from dataclasses import asdict
    from retrieval.frame import kind_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa jenis plastik yang ditemukan peneliti di jaringan jantung manusia?", TextPipeline())
    said = "Dari sampel jaringan, para peneliti menemukan sembilan jenis plastik di lima jenis jaringan jantung."
    verdicts = [kind_fits(frame, asdict(q), said) for q in find_quantities(said)]
    assert verdicts == [True, False]   # nine kinds of plastic, in five kinds of tissue


def test_each_good_of_a_price_list_has_its_own_price():
    from retrieval.frame import priced_thing_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa harga eceran tertinggi (HET) gula pasir yang ditetapkan Kementerian Perdagangan?",
                           TextPipeline())
    assert frame.kind == "gula"   # past the price's own words and its initials
    said = ("Kementerian Perdagangan menetapkan HET untuk komoditas gula sebesar Rp 12.500 per kg , minyak goreng "
            "kemasan sederhana Rp 11.000 per liter dan daging beku dengan harga Rp 80.000 per kg .")
    assert [priced_thing_fits(frame, {"text": t}, said) for t in ("Rp 12.500", "Rp 11.000", "Rp 80.000")] \
        == [True, False, False]
    # one good's amounts joined by a change or a conversion stay its own
    frame = question_frame("berapa harga pupuk urea setelah turun?", TextPipeline())
    said = "Harga pupuk urea turun dari Rp 2.250 per kilogram menjadi Rp 1.800 per kilogram."
    assert priced_thing_fits(frame, {"text": "Rp 1.800"}, said)
