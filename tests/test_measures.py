"""A measure figure ("23 persen", "5,7 juta barel") answers only when it measures what is asked:
two percentages in one sentence for different things, a price for a question about output, a
fall for a question about a rise (retrieval/frame.py: measure_fits).

Sentences in the style of news, across topics: excise and retail price, oil price and output,
growth and inflation, votes, fuel."""
from __future__ import annotations

import json

import pytest

from retrieval.claims import find_quantities
from retrieval.clean import clean_page
from retrieval.frame import question_frame
from retrieval.relevance import figure_answers
from retrieval.text import TextPipeline

PIPELINE = TextPipeline()

CUKAI = "berapa persen kenaikan tarif cukai rokok pada 2020?"
HJE = "berapa persen kenaikan harga jual eceran rokok tahun depan?"
HARGA_MINYAK = "berapa persen harga minyak naik setelah serangan kilang?"
PRODUKSI = "berapa persen produksi minyak Saudi yang anjlok akibat serangan drone?"


def taken(question: str, sentence: str) -> list[str]:
    """The figures of a sentence (as written) the question takes, as the answer would."""
    frame = question_frame(question, PIPELINE)
    figures = [json.loads(json.dumps(vars(q))) for q in find_quantities(sentence)]  # as stored
    return [q["text"] for q in figures if figure_answers(frame, q, sentence, None)]


@pytest.mark.parametrize("question,sentence,expected", [
    # two measures in one sentence, each after its own phrase
    (CUKAI, "Pemerintah memutuskan cukai rokok tahun depan naik 23 persen dan harga jual eceran (HJE) rokok "
            "naik 35 persen.", ["23 persen"]),
    (HJE, "Pemerintah memutuskan cukai rokok tahun depan naik 23 persen dan harga jual eceran (HJE) rokok "
          "naik 35 persen.", ["35 persen"]),
    # the abbreviation alone, and the measured thing after the figure
    (HJE, "Dia mengatakan keputusan untuk menaikkan cukai rokok menjadi 23 persen dan HJE sebesar 35 persen.",
     ["35 persen"]),
    (CUKAI, "Kenaikan rata-rata secara total 23 persen untuk tarif cukainya dan 35 persen dari harga jualnya.",
     ["23 persen"]),
    (HJE, "Kenaikan rata-rata secara total 23 persen untuk tarif cukainya dan 35 persen dari harga jualnya.",
     ["35 persen"]),
    # one figure alone in its sentence, measuring something else
    (CUKAI, "Pemerintah sebelumnya menyebutkan kenaikan Harga Jual Eceran (HJE) rokok sebesar 35 persen.", []),
    (CUKAI, "Juga dengan harga jual eceran rokok, ikut dinaikkan hingga 35 persen.", []),
    (HJE, "Juga dengan harga jual eceran rokok, ikut dinaikkan hingga 35 persen.", ["hingga 35 persen"]),
    # a figure whose phrase is not said gives way to its neighbour that measures the asked thing
    (HJE, "Kenaikan drastis sebesar 23 persen dan HJE 35 persen di tahun 2020 akan menghimpit industri.",
     ["35 persen"]),
    (CUKAI, "Kenaikan drastis sebesar 23 persen dan HJE 35 persen di tahun 2020 akan menghimpit industri.",
     ["23 persen"]),
    # price vs output, and the direction of the change
    (HARGA_MINYAK, "Produksi minyak Saudi berkurang sekitar 50 persen setelah serangan itu.", []),
    (HARGA_MINYAK, "Harga minyak melonjak hingga 15 persen setelah serangan itu.", ["hingga 15 persen"]),
    (PRODUKSI, "Harga minyak melonjak hingga 15 persen setelah serangan itu.", []),
    (PRODUKSI, "Produksi minyak Saudi berkurang sekitar 50 persen setelah serangan itu.", ["sekitar 50 persen"]),
    (HARGA_MINYAK, "Harga minyak mentah turun 3 persen pada perdagangan Selasa.", []),
    # the economy: growth vs inflation in one sentence
    ("berapa persen pertumbuhan ekonomi Indonesia pada kuartal ketiga?",
     "Ekonomi Indonesia tumbuh 5,02 persen, sementara inflasi tercatat 3,1 persen.", ["5,02 persen"]),
    ("berapa persen inflasi pada Oktober?",
     "Ekonomi Indonesia tumbuh 5,02 persen, sementara inflasi tercatat 3,1 persen.", ["tercatat 3,1 persen"]),
    # votes: the measured thing after the figure; a subject that is a name does not exclude
    ("berapa persen suara yang diperoleh Jokowi?", "Pasangan Jokowi-Ma'ruf meraih 55,5 persen suara.",
     ["55,5 persen"]),
    ("berapa persen suara Prabowo?", "Prabowo-Sandi memperoleh 44,5 persen.", ["44,5 persen"]),
    # tonnes of a commodity
    ("berapa ton beras yang diimpor Bulog?", "Bulog mengimpor 500.000 ton beras, sedangkan gula 200.000 ton.",
     ["500.000 ton"]),
    # a figure saying nothing of what it measures stays (nothing stated, nothing excluded)
    (CUKAI, "Angkanya naik 23 persen.", ["23 persen"]),
])
def test_measure_measures_what_is_asked(question: str, sentence: str, expected: list[str]) -> None:
    assert taken(question, sentence) == expected


def test_question_reads_the_measured_thing_and_direction() -> None:
    f = question_frame(CUKAI, PIPELINE)
    assert f.measured == ("tarif", "cukai", "rokok") and f.direction == "rise"
    f = question_frame(PRODUKSI, PIPELINE)
    assert f.measured[:2] == ("produksi", "minyak") and f.direction == "fall"
    f = question_frame("harga minyak naik berapa persen?", PIPELINE)
    assert f.measured == ("harga", "minyak") and f.direction == "rise"
    # a count question has no measured phrase: the rule stays out of its way
    assert question_frame("berapa tentara Korut?", PIPELINE).measured == ()


CUKAI_ARTICLE = """Cukai Rokok Naik 23 Persen Mulai 2020

Jakarta, CNN Indonesia -- Pemerintah memutuskan cukai rokok tahun depan naik 23 persen dan harga jual eceran (HJE) rokok naik 35 persen.
Menteri Keuangan Sri Mulyani Indrawati mengatakan keputusan itu berlaku mulai 1 Januari 2020.
"""

HJE_ARTICLE = """Harga Rokok Bakal Naik

Jakarta, Kompas.com - Pemerintah sebelumnya menyebutkan kenaikan Harga Jual Eceran (HJE) rokok sebesar 35 persen karena selama tahun lalu tidak ada kenaikan.
Sementara itu, penerimaan cukai tahun ini turun 2 persen.
"""


async def test_answer_lists_only_the_asked_measure(empty_engine) -> None:
    report = await empty_engine.ingest_articles([clean_page(CUKAI_ARTICLE, article_id="cukai", outlet="CNN Indonesia"),
                                                  clean_page(HJE_ARTICLE, article_id="hje", outlet="Kompas.com")])
    assert sorted(report.added) == ["cukai", "hje"]
    cukai = await empty_engine.ask(CUKAI)
    assert {c.figure["value"] for c in cukai.claims} == {23}
    hje = await empty_engine.ask(HJE)
    values = {c.figure["value"] for c in hje.claims}
    assert values == {35}
    outlets = {s.outlet for c in hje.claims for s in c.sources}
    assert {"CNN Indonesia", "Kompas.com"} <= outlets


# ---------------------------------------------------------------- an article read whole
KEMBANG_API = """Puluhan Korban Kebakaran Pabrik Kembang Api Masih Dirawat

TANGERANG, KOMPAS.com - Sebanyak 28 karyawan korban kebakaran pabrik kembang api di Kosambi, Tangerang, masih dirawat di rumah sakit.
Mereka dirawat karena mengalami luka bakar serius.
Seluruh korban tewas dibawa ke RS Polri Kramatjati, Jakarta Timur untuk diidentifikasi.
Kebakaran itu juga mengakibatkan korban luka-luka setidaknya mencapai 46 orang.
Sementara 10 orang lain belum ditemukan dan masih dalam proses pencarian.
"""

BANJIR_JAKTIM = """Banjir Rendam Jakarta Timur

JAKARTA, KOMPAS.com - Banjir merendam ratusan rumah di Jakarta Timur.
Sebanyak 12 orang luka-luka akibat banjir di Jakarta Timur.
"""

TOPAN = """Topan Faxai Menewaskan 3 Orang di Jepang, Transportasi Rusak Parah

Tokyo - Topan Faxai mendarat di dekat Tokyo pada Senin pagi.
Ratusan penerbangan dibatalkan akibat topan dan hampir satu juta rumah kehilangan aliran listrik.
Petugas masih mendata korban di wilayah pesisir.
"""


async def test_a_count_later_in_the_article_answers(empty_engine) -> None:
    """The event is named at the top; the count of the wounded comes later without naming it,
    and its nearest place is a destination (the hospital), not where the fire was."""
    await empty_engine.ingest_articles([clean_page(KEMBANG_API, article_id="kembang-api"),
                                        clean_page(BANJIR_JAKTIM, article_id="banjir")])
    answer = await empty_engine.ask("berapa orang luka-luka akibat kebakaran pabrik kembang api di Tangerang?")
    values = {c.figure["value"] for c in answer.claims if c.figure}
    assert 46 in values
    assert 12 not in values and 28 not in values and 10 not in values  # another event; not wounded counts


async def test_headline_in_title_case_counts_people_of_the_asked_class(empty_engine) -> None:
    await empty_engine.ingest_articles([clean_page(TOPAN, article_id="topan", outlet="Liputan6.com")])
    answer = await empty_engine.ask("berapa korban tewas akibat Topan Faxai di Jepang?")
    assert answer.match == "strong" and answer.message is None
    assert [c.figure["value"] for c in answer.claims] == [3]


def test_basis_points_are_a_measure_with_a_direction() -> None:
    q = "berapa basis poin Bank Indonesia memangkas suku bunga acuan?"
    assert "25 basis" in taken(q, "BI memangkas suku bunga acuan sebesar 25 basis poin menjadi 5,25 persen.")
    assert taken(q, "The Fed menaikkan suku bunga 25 basis poin.") == []   # a rise, not the cut asked
