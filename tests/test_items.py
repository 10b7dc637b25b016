"""Items named before their figures (retrieval/items.py, docs/frames.md "Session 32 rules"), asked
end to end: a question naming one item of a list gets that item's figure, not its neighbour's."""
from __future__ import annotations

import dataclasses

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import question_frame
from retrieval.items import lead_item_fits
from retrieval.text import TextPipeline

from .answered import answer_values, other_stories


# other stories about films and their audiences: the words a question shares with every film page
FILMS = other_stories("film", "Kompas.com", "2019-09-01", [
    ("Bioskop ramai saat libur", "Bioskop di Jakarta ramai penonton saat libur panjang."),
    ("Film Indonesia di festival", "Tiga film Indonesia diputar di festival film Busan."),
    ("Penonton film lokal naik", "Jumlah penonton film lokal naik tahun ini menurut Badan Perfilman."),
    ("Aktor baru", "Seorang aktor baru membintangi film drama keluarga."),
])

HORROR = FILMS + [
    Article(id="horor-a", outlet="Tempo.co", published="2019-09-10", title="Film horor masih merajai bioskop",
            body="Film horor masih merajai bioskop Indonesia tahun ini. Pengabdi Setan (2017) meraih 4,2 juta penonton, "
                 "sekuelnya, Ratu Ilmu Hitam (2019) meraih 1,5 juta penonton. Keduanya tayang di ratusan layar."),
]


async def test_a_question_naming_one_item_gets_that_items_figure(empty_engine):
    await empty_engine.ingest_articles(HORROR)
    answer = await empty_engine.ask("berapa penonton film Ratu Ilmu Hitam?")
    assert 1500000 in answer_values(answer), answer_values(answer)
    # Pengabdi Setan's audience is named in the same sentence, before its own figure (its year between
    # them: the figure is no one's by frame.figure_fits)
    assert 4200000 not in answer_values(answer), answer_values(answer)
    first = await empty_engine.ask("berapa penonton film Pengabdi Setan?")
    assert 4200000 in answer_values(first), answer_values(first)
    assert 1500000 not in answer_values(first), answer_values(first)


def test_an_item_the_question_names_only_by_a_shared_stem_picks_nothing():
    # "pengendara" and "kendaraan" share a stem, but the question names "SIM" and "operasi", two words
    # of the first item: the third item is named no better than the first, so the first stays
    pipeline = TextPipeline()
    sentence = "Di operasi kali ini kami menilang SIM 55.817, STNK 58.627, dan kendaraan 229 unit, kata Kasubdit Gakkum."
    figures = [dataclasses.asdict(q) for q in find_quantities(sentence)]
    frame = question_frame("berapa SIM pengendara yang disita polisi selama Operasi Patuh Jaya 2019?", pipeline)
    sim = next(q for q in figures if q["value"] == 55817)
    assert lead_item_fits(frame, sim, sentence, figures)
    stnk = next(q for q in figures if q["value"] == 58627)
    assert not lead_item_fits(question_frame("berapa STNK yang ditilang?", pipeline), sim, sentence, figures)
    assert lead_item_fits(question_frame("berapa STNK yang ditilang?", pipeline), stnk, sentence, figures)


def test_a_whole_told_before_its_list_is_no_item_of_it():
    """Session 33: "55 proyek tersebut digolongkan …, antara lain proyek SDA sebanyak 24 proyek, proyek
    sektor jalan sebanyak 19 proyek, serta …": the whole does not end an item (words follow it), the
    list after it does; a question naming one sector picks that sector's figure."""
    pipeline = TextPipeline()
    sentence = ("Menurut paparan Wilan, 55 proyek tersebut digolongkan ke dalam 3 kelompok, antara lain proyek sumber "
                "daya air (SDA) sebanyak 24 proyek, proyek sektor jalan sebanyak 19 proyek, serta proyek penataan "
                "kawasan sebanyak 12 proyek.")
    figures = [dataclasses.asdict(q) for q in find_quantities(sentence)]
    frame = question_frame("berapa proyek sektor jalan di antara 55 proyek KPBU yang ditawarkan ke swasta?", pipeline)
    verdicts = {q["value"]: lead_item_fits(frame, q, sentence, figures) for q in figures if q["unit"] == "proyek"}
    assert verdicts == {55: True, 24: False, 19: True, 12: False}, verdicts


# other stories about insurance and revenue: the words a question shares with every business page
BUSINESS = other_stories("bisnis", "Kontan.co.id", "2019-09-01", [
    ("Industri asuransi umum", "Industri asuransi umum mencatat klaim naik tahun ini."),
    ("Pendapatan bank naik", "Pendapatan bunga bank naik pada kuartal II 2019."),
    ("Premi asuransi kendaraan", "Premi asuransi kendaraan diatur OJK."),
    ("Asuransi jiwa syariah", "Asuransi jiwa syariah tumbuh di daerah."),
])

PREMI = BUSINESS + [
    Article(id="aaji-a", outlet="Kompas.com", published="2019-09-11", title="Kinerja asuransi jiwa kuartal II 2019",
            body="Asosiasi Asuransi Jiwa Indonesia (AAJI) mencatat kinerja industri asuransi jiwa pada kuartal II 2019. "
                 "Pendapatan premi bisnis baru industri asuransi jiwa turun 8,8% menjadi Rp54,57 triliun. "
                 "Meski begitu, pendapatan premi lanjutan naik 5,8% menjadi Rp35,68 triliun."),
]


async def test_an_amount_of_another_kind_of_the_asked_money_is_no_answer(empty_engine):
    await empty_engine.ingest_articles(PREMI)
    answer = await empty_engine.ask("Berapa pendapatan premi bisnis baru industri asuransi jiwa pada kuartal II 2019?")
    assert 54570000000000 in answer_values(answer), answer_values(answer)
    # renewal premiums are the other kind of premium income: "lanjutan" is no word of the question
    assert 35680000000000 not in answer_values(answer), answer_values(answer)


def test_a_measure_of_another_kind_of_the_asked_thing_is_no_answer():
    """Session 33: "kilometer jalan tol" asked; "pembangunan jalan nasional sepanjang 194,75 kilometer"
    measures national roads, another kind of road (items.measure_kind_fits), while the asked kind,
    said in the sentence or spelled otherwise ("retail" for "ritel"), keeps the figure."""
    from retrieval.items import measure_kind_fits
    pipeline = TextPipeline()
    frame = question_frame("berapa kilometer jalan tol yang ditargetkan dibangun pada 2026?", pipeline)
    other = "Anggaran itu juga digunakan untuk pembangunan jalan nasional sepanjang 194,75 kilometer."
    own = "Pemerintah menargetkan pembangunan jalan tol sepanjang 28,19 kilometer pada 2026."
    assert not measure_kind_fits(frame, dataclasses.asdict(find_quantities(other)[0]), other)
    assert measure_kind_fits(frame, dataclasses.asdict(find_quantities(own)[0]), own)
    sales = question_frame("berapa unit penjualan ritel Honda pada Agustus 2019?", pipeline)
    retail = "Honda mencatat penjualan retail sebesar 13.127 unit pada Agustus 2019."
    assert measure_kind_fits(sales, dataclasses.asdict(find_quantities(retail)[0]), retail)
    wholesale = "Honda mencatat penjualan wholesales sebesar 11.909 unit pada Agustus 2019."
    assert not measure_kind_fits(sales, dataclasses.asdict(find_quantities(wholesale)[0]), wholesale)
