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
