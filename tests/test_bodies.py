"""A ministry asked by its acronym or full name ("Kemenhub", "Kementerian Perhubungan") takes no
sentence naming only another ministry ("Kementerian PUPR mendapatkan …")."""
from __future__ import annotations

from retrieval.frame import body_fits, question_frame
from retrieval.text import TextPipeline


def _fits(question: str, sentence: str) -> bool:
    return body_fits(question_frame(question, TextPipeline()), sentence)


def test_a_ministry_by_acronym_or_full_name_is_one_body():
    asked = "Kemenhub mendapat tambahan anggaran berapa untuk destinasi wisata prioritas tahun 2020?"
    assert not _fits(asked, "Kementerian PUPR mendapatkan porsi penambahan anggaran paling besar, yakni Rp 5,54 triliun.")
    assert _fits(asked, "Kementerian Perhubungan mendapatkan tambahan anggaran sebesar Rp 441,5 miliar.")
    assert _fits(asked, "Menhub Budi Karya menyebut tambahan anggaran Rp 441,5 miliar.")
    # the full name and the short one of one ministry
    asked = "berapa anggaran Kementerian Pekerjaan Umum dan Perumahan Rakyat tahun 2020?"
    assert _fits(asked, "Pagu anggaran Kementerian PUPR tahun 2020 sebesar Rp 120,21 triliun.")
    assert not _fits(asked, "Anggaran Kemenhub tahun 2020 sebesar Rp 43,1 triliun.")
    # a sentence naming no ministry is left to the other rules; an acronym in lower case in an article names none
    assert _fits(asked, "Anggaran tahun 2020 naik menjadi Rp 120,21 triliun.")
    assert _fits(asked, "Data dari kemenhub menunjukkan anggaran naik.")


async def test_a_ministry_asked_takes_nothing_from_an_article_naming_it_nowhere(empty_engine):
    from retrieval.clean import Article
    from retrieval.relevance import asked_body_names
    from retrieval.text import TextPipeline

    from .answered import answer_labels as labels
    (pupr,) = asked_body_names("berapa anggaran Kementerian PUPR tahun 2020?", TextPipeline())
    assert ("pupr",) in pupr and ("kementerian_pupr",) in pupr   # "Kemenpupr" and "Kementerian PUPR": one term
    await empty_engine.ingest_articles([
        Article(id="pupr-1", outlet="Kompas.com", published="2019-09-17", title="Anggaran Kementerian PUPR 2020",
                body="Komisi V DPR menyetujui anggaran Kementerian PUPR tahun 2020 sebesar Rp 120,21 triliun."),
        Article(id="asuransi-1", outlet="Tempo.co", published="2019-09-17", title="Anggaran iklan asuransi 2020",
                body="Anggaran promosi perusahaan asuransi tahun 2020 sebesar Rp 54,7 triliun.")])
    got = labels(await empty_engine.ask("berapa anggaran Kementerian PUPR tahun 2020?"))
    assert any("120,21" in g for g in got) and not any("54,7" in g for g in got), got
