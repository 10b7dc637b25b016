"""What a measure figure measures, read around it (session 16 rules, found on gold17).

"berapa barel per hari impor minyak mentah dari Arab Saudi" asks imports ("per hari" is the rate's
period, not what is measured); "Impor minyak mentah dari Arab Saudi tercatat sebesar 110.000 barel"
measures imports (where it comes from is read by the place rules), "Produksi di 2018 : 4,88 juta
Barel per hari" measures production (a label's colon), and "13,6 juta bph" is barrels a day too."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import question_frame
from retrieval.text import TextPipeline

from .answered import answer_labels as labels

OIL = [
    Article(id="minyak-a", outlet="SINDOnews", published="2019-09-16", title="Impor Minyak dari Arab Saudi Kecil",
            body="Impor minyak mentah dari Arab Saudi tercatat sebesar 110.000 barel per hari (bph), relatif kecil "
                 "dibandingkan total produksi kilang Saudi Aramco yang mencapai 9,6 juta bph."),
    Article(id="minyak-b", outlet="SINDOnews", published="2019-09-12", title="Daftar Perusahaan Minyak Terbesar",
            body="Berikut perusahaan minyak terbesar dunia. Pendapatan di 2018 : USD377 miliar,Kepemilikan : Negara ,"
                 "Kebangsaan : China,Produksi di 2018 : 4,88 juta Barel per hari,Pendapatan di 2018 : USD355,9 miliar,"
                 "Kepemilikan : Negara ,Kebangsaan : Arab Saudi,Produksi di 2018 : 12,5 juta Barel per hari,"
                 "Pendapatan di 2018 : USD111 miliar."),
]


def test_the_rates_period_is_not_what_is_measured():
    frame = question_frame("berapa barel per hari impor minyak mentah Indonesia dari Arab Saudi?", TextPipeline())
    assert frame.measured[:1] == ("impor",)


async def test_imports_asked_take_imports_not_production(empty_engine):
    await empty_engine.ingest_articles(OIL)
    got = labels(await empty_engine.ask("berapa barel per hari impor minyak mentah Indonesia dari Arab Saudi?"))
    assert any(x.startswith("110.000") for x in got), got
    assert not any(x.startswith(("9,6", "12,5", "4,88", "mencapai 9,6")) for x in got), got


def test_a_label_and_a_rate_unit_say_what_is_measured():
    from retrieval.frame import measure_fits
    frame = question_frame("berapa barel per hari impor minyak mentah Indonesia dari Arab Saudi?", TextPipeline())
    listed = "Kebangsaan : Arab Saudi,Produksi di 2018 : 12,5 juta Barel per hari,Pendapatan di 2018 : USD111 miliar."
    assert not measure_fits(frame, {"text": "12,5 juta Barel", "unit": "barel"}, listed)
    total = "Impor tercatat 110.000 barel per hari, kecil dibandingkan total produksi kilang Saudi Aramco yang mencapai 9,6 juta bph."
    assert not measure_fits(frame, {"text": "mencapai 9,6 juta bph", "unit": "bph"}, total)
    assert measure_fits(frame, {"text": "110.000 barel", "unit": "barel"},
                        "Impor minyak mentah dari Arab Saudi tercatat sebesar 110.000 barel per hari (bph).")


async def test_a_school_named_with_its_city_counts_its_own_pupils(empty_engine):
    await empty_engine.ingest_articles(OIL + [Article(
        id="sekolah-1", outlet="detikcom", published="2025-10-07", title="Sekolah Rakyat di Kalimantan Timur",
        body="Diketahui, Sekolah Rakyat Terpadu (SRT) 12 Balikpapan memiliki 120 siswa atau 5 rombongan belajar (Rombel).")])
    got = labels(await empty_engine.ask("berapa siswa Sekolah Rakyat Terpadu (SRT) 12 Balikpapan?"))
    assert any(x.startswith("120") for x in got), got


def test_when_and_the_rates_period_are_not_what_is_measured():
    from retrieval.frame import measure_fits
    pipe = TextPipeline()
    cut = question_frame("harga pupuk bersubsidi turun berapa persen mulai 22 Oktober 2027?", pipe)
    assert cut.measured[:2] == ("harga", "pupuk")   # "mulai 22 Oktober" says when
    assert measure_fits(cut, {"text": "20%", "unit": "persen"},
                        "Pemerintah menurunkan harga pupuk subsidi sebesar 20% mulai 22 Oktober 2027.")
    monthly = question_frame("berapa inflasi bulanan (month to month) Indonesia pada September 2027?", pipe)
    assert measure_fits(monthly, {"text": "0,21 persen", "unit": "persen"},
                        "Sementara itu, inflasi September 2027 terhadap Agustus 2027 (month-to-month) naik menjadi 0,21 persen.")
