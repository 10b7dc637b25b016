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


def taken_rates(question: str, sentence: str) -> list[str]:
    """As :func:`taken`, for a rate question: the answer takes figures in its units only
    (answer.py), so "7 Days" in "BI 7 Days Reverse Repo Rate" is never a candidate."""
    frame = question_frame(question, PIPELINE)
    figures = [json.loads(json.dumps(vars(q))) for q in find_quantities(sentence)]
    return [q["text"] for q in figures
            if (not frame.units or (q.get("unit") or "").lower() in frame.units)
            and figure_answers(frame, q, sentence, None)]


RATE_BI = "berapa suku bunga acuan BI setelah diturunkan pada September 2019?"
RATE_FED = "berapa suku bunga acuan The Fed setelah dipangkas pada September 2019?"
CUT_BPS = "berapa basis poin Bank Indonesia memangkas suku bunga acuan pada September 2019?"
INFLASI = "berapa inflasi Agustus 2019?"


@pytest.mark.parametrize("question,sentence,expected", [
    # a rate asked after a change: the level it reached, not the cut, not the level it left
    (RATE_BI, "Bank Indonesia menurunkan suku bunga acuan sebesar 25 bps menjadi 5,25%.", ["5,25%"]),
    (RATE_BI, "BI menurunkan suku bunga acuan menjadi 5,5% dari sebelumnya 5,75%.", ["5,5%"]),
    (RATE_BI, "Suku bunga acuan BI kini berada di level 5,25 persen.", ["5,25 persen"]),
    # by how much: the change, in basis points, not the new level
    (CUT_BPS, "Bank Indonesia memangkas suku bunga acuan sebesar 25 bps menjadi 5,25%.", ["25 bps"]),
    # whose rate: another central bank's, another bank's
    (RATE_FED, "The Fed memangkas suku bunga acuan 25 bps menjadi kisaran 1,75% hingga 2%.", ["1,75% hingga 2%"]),
    (RATE_FED, "BI menurunkan suku bunga acuan menjadi 5,25%.", []),
    (CUT_BPS, "Bank Mandiri menurunkan suku bunga deposito 10 basis poin.", []),
    (CUT_BPS, "The Fed memangkas suku bunga 50 bps, sementara Bank Indonesia memangkas 25 bps.", ["25 bps"]),
    # a rate that is itself a change (inflation, growth) keeps its verbs
    (INFLASI, "BPS mencatat inflasi Agustus 2019 sebesar 0,12 persen.", ["0,12 persen"]),
    ("berapa pertumbuhan ekonomi Indonesia pada 2019?", "Ekonomi Indonesia tumbuh 5,02 persen pada 2019.",
     ["5,02 persen"]),
])
def test_a_rate_question_takes_the_level_or_the_change_it_asks(question: str, sentence: str, expected: list[str]) -> None:
    assert taken_rates(question, sentence) == expected


def test_a_percent_sign_is_persen_not_its_neighbours_unit() -> None:
    got = {q.text: q.unit for q in find_quantities("The Fed memangkas 25 bps menjadi 1,75%, dari 2%.")}
    assert got == {"25 bps": "bps", "1,75%": "persen", "2%": "persen"}


@pytest.mark.parametrize("question,sentence,expected", [
    # a level after a change measures what the change measures
    (RATE_BI, "Suku bunga Deposit Facility turun 25 bps menjadi 4,5%.", []),
    ("berapa suku bunga Deposit Facility BI setelah diturunkan?",
     "Suku bunga Deposit Facility turun 25 bps menjadi 4,5%.", ["4,5%"]),
    ("berapa suku bunga Deposit Facility BI setelah diturunkan?",
     "BI menurunkan BI 7-Day Reverse Repo Rate sebesar 25 bps menjadi 5,25%.", []),
    (RATE_BI, "BI menurunkan BI 7-Day Reverse Repo Rate sebesar 25 bps menjadi 5,25%.", ["5,25%"]),
    # a percentage that says nothing of what it measures answers a rate only in a clause naming it
    (RATE_BI, "IHSG ditutup menguat 0,19%.", []),
    (RATE_BI, "Suku bunga acuan BI diturunkan, kini 5,25%.", ["5,25%"]),
    (RATE_BI, "Angka itu kini 5,25%.", []),
    (RATE_BI, "BI memutuskan menurunkan suku bunga acuan menjadi 5,25%.", ["5,25%"]),
])
def test_which_rate_a_figure_measures(question: str, sentence: str, expected: list[str]) -> None:
    assert taken_rates(question, sentence) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    # two facilities of one bank in one sentence
    ("berapa suku bunga Lending Facility BI setelah diturunkan?",
     "Selain itu, BI juga menurunkan suku bunga deposit facility di angka 4,5% dan lending facility di 6,0%.", ["6,0%"]),
    ("berapa suku bunga Lending Facility BI setelah diturunkan?",
     "Bank Indonesia menurunkan suku bunga acuan BI 7 Days Reverse Repo Rate sebesar 25 basis poin menjadi 5,25 persen.", []),
    ("berapa suku bunga Deposit Facility BI setelah diturunkan?",
     "BI juga , deposit facility menjadi sebesar 4,5 persen dan , 6 persen.", ["4,5 persen"]),
])
def test_a_rate_named_beside_another(question: str, sentence: str, expected: list[str]) -> None:
    assert taken_rates(question, sentence) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    # whose rate, named in brackets or a clause before
    (CUT_BPS, "Rupiah menguat setelah keputusan Bank Sentral Eropa (ECB) yang menurunkan suku bunga 10 basis "
              "points ke rekor terendah -0,5%.", []),
    (CUT_BPS, "Secara terbuka, ia menekan The Fed, bank sentral Amerika, agar menurunkan suku bunga acuan hingga "
              "100 basis poin.", []),
    (RATE_FED, "Tercatat, dalam Rapat Dewan Gubernur (RDG) Bank Indonesia pada 18-19 September 2019 memutuskan "
               "untuk menurunkan BI 7-day Reverse Repo Rate (BI7DRR) sebesar 25 bps menjadi 5,25%.", []),
    (RATE_BI, "Tercatat, dalam Rapat Dewan Gubernur (RDG) Bank Indonesia pada 18-19 September 2019 memutuskan "
              "untuk menurunkan BI 7-day Reverse Repo Rate (BI7DRR) sebesar 25 bps menjadi 5,25%.", ["5,25%"]),
])
def test_whose_rate_a_figure_is(question: str, sentence: str, expected: list[str]) -> None:
    assert taken_rates(question, sentence) == expected


@pytest.mark.parametrize("question,sentence,expected", [
    # a forecast or a target is not the rate, unless a forecast is asked
    (RATE_BI, "Sampai akhir tahun diperkirakan bunga acuan bisa menurun di level 5%.", []),
    (INFLASI, "Inflasi tetap dalam target sasaran inflasi BI di kisaran 3,5%.", []),
    ("berapa deflasi September 2019 yang diperkirakan Bank Indonesia?",
     "Bank Indonesia memperkirakan deflasi September 2019 sebesar 0,21 persen.", ["0,21 persen"]),
])
def test_a_forecast_is_not_the_rate(question: str, sentence: str, expected: list[str]) -> None:
    assert taken_rates(question, sentence) == expected


def test_a_rates_cut_is_not_its_level():
    """'memangkas suku bunga acuan sebesar 0,25 persen' is the cut; the level is what it became."""
    q = "berapa suku bunga acuan BI setelah diturunkan pada September 2019?"
    assert taken_rates(q, "Bank sentral memutuskan memangkas suku bunga acuan sebesar 0,25 persen.") == []
    assert taken_rates(q, "BI menurunkan suku bunga acuan sebesar 25 bps menjadi 5,25%.") == ["5,25%"]


async def test_a_surveys_method_is_no_finding(empty_engine):
    """ "margin of error 2,9 persen pada tingkat kepercayaan 95 persen" says how a poll was made: it
    answers no question about the poll's findings (not even "tingkat kepercayaan publik"), only
    one asking about the method."""
    from retrieval.clean import Article
    from retrieval.frame import method_fits, question_frame
    from retrieval.text import TextPipeline
    method = "Jumlah sampel 1.220 responden dengan margin of error 2,9 persen pada tingkat kepercayaan 95 persen."
    trust = question_frame("berapa tingkat kepercayaan publik kepada pemerintahan dalam survei Poltracking?", TextPipeline())
    assert not method_fits(trust, method)
    assert method_fits(trust, "Tingkat kepercayaan publik kepada pemerintahan mencapai 81,5 persen.")
    assert method_fits(question_frame("berapa margin of error survei Poltracking?", TextPipeline()), method)
    await empty_engine.ingest_articles([Article(
        id="survei-1", outlet="detikcom", published="2025-10-20", title="Survei Poltracking setahun pemerintahan",
        body="Poltracking merilis survei kepercayaan publik setahun pemerintahan. " + method)])
    answer = await empty_engine.ask("berapa persen tingkat kepercayaan publik dalam survei Poltracking?")
    assert 95 not in [c.figure["value"] for c in answer.claims if c.figure and not answer.message]


def test_a_generic_name_of_what_was_seized_measures_the_asked_drug():
    """ "total barang bukti yang dimusnahkan adalah 114.758,05 gram" answers "berapa gram sabu …":
    "barang bukti" (evidence) names no other thing; a country after "jaringan" is whose, not where."""
    from retrieval.claims import find_quantities
    from retrieval.frame import measure_fits, question_frame
    from retrieval.text import TextPipeline
    p = TextPipeline()
    frame = question_frame("berapa gram sabu yang dimusnahkan Polres Bintan?", p)
    sentence = "Jumlah total barang bukti yang dimusnahkan adalah 114.758,05 gram, ujarnya."
    (q,) = find_quantities(sentence)
    assert measure_fits(frame, q.__dict__, sentence)
    other = "Polisi juga memusnahkan 500 gram ganja kering."
    (g,) = find_quantities(other)
    assert not measure_fits(frame, g.__dict__, other)
    assert question_frame("berapa kilogram sabu yang disita dari jaringan Malaysia?", p).places == ()


def test_a_measure_of_a_narrower_thing_is_not_the_asked_one():
    """ "ekspor Indonesia … turun berapa persen": not "ekspor migas … 45,48 persen" (a part)."""
    from retrieval.claims import find_quantities
    from retrieval.frame import measure_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("ekspor Indonesia Agustus 2019 turun berapa persen dibandingkan Agustus 2018?", TextPipeline())

    def fits(sentence: str) -> bool:
        (q,) = find_quantities(sentence)
        return measure_fits(frame, q.__dict__, sentence)
    assert not fits("Sementara ekspor migas Agustus 2019 turun 45,48 persen dibanding Agustus 2018.")
    assert fits("Ekspor Indonesia Agustus 2019 turun 9,99 persen dibanding Agustus 2018.")


def test_whose_measure_a_place_in_its_phrase_says():
    """"pertumbuhan ekonomi Thailand mencapai 2,3 persen" is no growth of Indonesia's; the quarter
    named right before a figure is its own ("kuartal I-2019 yang sebesar 5,07%")."""
    from retrieval.frame import measure_fits, question_frame
    from retrieval.periods import year_part_fits
    from retrieval.text import TextPipeline
    q = "berapa pertumbuhan ekonomi Indonesia pada kuartal II 2019?"
    frame = question_frame(q, TextPipeline())
    thai = "Kampon menuturkan, pertumbuhan ekonomi Thailand mencapai 2,3 persen pada kuartal II 2019."
    assert not measure_fits(frame, {"text": "2,3 persen", "unit": "persen"}, thai)
    ours = "BPS mencatat pertumbuhan ekonomi Indonesia mencapai 5,05 persen pada kuartal II 2019."
    assert measure_fits(frame, {"text": "5,05 persen", "unit": "persen"}, ours)
    before = "Realisasi ini lebih rendah dari pertumbuhan ekonomi kuartal I-2019 yang sebesar 5,07% (yoy) dan kuartal II-2018."
    assert not year_part_fits(q, before, "5,07%")
