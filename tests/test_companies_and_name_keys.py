"""Whose figure among companies ("PT HI" is not "PT NHI"), and a figure bracketed after a name in
a list ("Australia (13 kontainer)") is that name's part, not the whole asked."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.grades import company_fits, name_keyed_fits

from .answered import FILLER, answer_labels as labels

CUSTOMS = Article(
    id="bea-cukai", outlet="Tempo.co", published="2019-09-18", title="Bea Cukai tindak impor plastik tiga perusahaan",
    body="Penindakan pertama dilakukan terhadap PT HI yang mengimpor 102 kontainer plastik lembaran ke Kawasan Berikat Tangerang. "
         "Penindakan kedua dilakukan terhadap PT NHI yang mengimpor 138 kontainer berisi chips dan biji plastik. "
         "Dari kontainer PT HI, 23 kontainer terkontaminasi limbah B3 dan dikembalikan ke negara asal yaitu Australia "
         "(13 kontainer), Amerika Serikat (7 kontainer), Spanyol (2 kontainer), dan Belgia (1 kontainer).")


async def test_a_company_asked_takes_no_other_companys_figure(empty_engine):
    await empty_engine.ingest_articles([CUSTOMS, *FILLER])
    got = labels(await empty_engine.ask("berapa kontainer plastik lembaran yang diimpor PT HI ke Kawasan Berikat Tangerang?"))
    assert "102" in got and "138" not in got, got


async def test_a_figure_bracketed_after_a_name_answers_only_that_name(empty_engine):
    await empty_engine.ingest_articles([CUSTOMS, *FILLER])
    got = labels(await empty_engine.ask("berapa kontainer PT HI yang terkontaminasi limbah B3 dan dikembalikan ke negara asal?"))
    assert "23" in got and not {"13", "7"} & set(got), got
    got = labels(await empty_engine.ask("berapa kontainer PT HI yang dikembalikan ke Australia?"))
    assert "13" in got and "7" not in got, got


def test_company_names_compare_by_their_words():
    asked = "berapa karyawan PT Freeport Indonesia yang dirumahkan?"
    assert company_fits(asked, {"text": "300 karyawan"}, "PT Freeport merumahkan 300 karyawan.")
    assert not company_fits(asked, {"text": "300 karyawan"}, "PT Vale Indonesia Tbk merumahkan 300 karyawan.")
    assert not company_fits("berapa laba PT Bank Mandiri?", {"text": "Rp 5 triliun"},
                            "PT Bank Rakyat Indonesia mencatat laba Rp 5 triliun.")
    # initials name the company too
    assert company_fits("berapa unit yang diproduksi PT Solo Manufaktur Kreasi?", {"text": "3.500 unit"},
                        "Pada tahun pertama PT SMK akan memproduksi 3.500 unit.")
    # a figure before the name is not said of it
    assert name_keyed_fits("berapa kontainer ke Belgia?", {"text": "1 kontainer"}, CUSTOMS.body)


def test_a_place_in_a_companys_name_is_no_place_asked():
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa unit mobil Esemka (PT Solo Manufaktur Kreasi) di Boyolali per tahun?", TextPipeline())
    assert frame.places == ("boyolali",)   # not Solo (Surakarta)
