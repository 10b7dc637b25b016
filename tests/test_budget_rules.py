"""An amount asked of a budget: not one of the uses it is spread over, not the proposal when the
approved one is asked, not what comes every year when one year is asked."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import allocation_fits, habitual_fits, question_frame, stage_fits
from retrieval.text import TextPipeline

from .answered import answer_labels as labels

WHOLE = "berapa anggaran Kementerian PUPR tahun 2020 yang disetujui DPR?"


def _kept(question: str, sentence: str, rule) -> list[str]:
    frame = question_frame(question, TextPipeline())
    return [q.text for q in find_quantities(sentence) if rule(frame, q.__dict__, sentence)]


def test_the_uses_a_budget_is_spread_over_are_not_the_budget():
    spread = ("Anggaran tersebut akan dimanfaatkan untuk sumber daya air (SDA) Rp 43,97 triliun, "
              "konektivitas Rp 42,95 triliun, dan perumahan Rp 8,48 triliun.")
    assert _kept(WHOLE, spread, allocation_fits) == []
    braces = ("Anggaran Kementerian PUPR tahun 2020 akan dialokasikan pada infrastruktur sumber daya air "
              "(Rp43,97 triliun), konektivitas (Rp42,95 triliun), permukiman (Rp22 triliun).")
    assert _kept(WHOLE, braces, allocation_fits) == []
    # the use asked: its amount answers
    assert _kept("berapa anggaran PUPR untuk konektivitas tahun 2020?", spread, allocation_fits) == ["42,95 triliun"]
    # the spreading word must be said of the asked money: another use's "digunakan" is no list of uses
    prices = ("Penurunan ini meliputi pupuk bersubsidi yang digunakan petani, yaitu urea dari Rp 2.250 per kilogram "
              "menjadi Rp 1.800 per kilogram.")
    assert "1.800" in " ".join(_kept("berapa harga pupuk urea bersubsidi per kilogram?", prices, allocation_fits))


def test_the_approved_amount_is_not_the_proposal():
    proposed = "Alokasi ini hanya terpaut tipis dari usulan yang diajukan dalam pagu sebesar Rp 120,37 triliun."
    approved = "Komisi V DPR menyetujui pagu anggaran Kementerian PUPR tahun 2020 sebesar Rp 120,21 triliun."
    assert _kept(WHOLE, proposed, stage_fits) == []
    assert _kept(WHOLE, approved, stage_fits) == ["120,21 triliun"]
    asked = "berapa pagu anggaran PUPR yang diusulkan untuk 2020?"
    assert _kept(asked, proposed, stage_fits) == ["120,37 triliun"] and _kept(asked, approved, stage_fits) == []


def test_what_comes_every_year_is_no_one_years_amount():
    every = "Untuk diketahui, setiap tahun Kementerian PUPR memperoleh anggaran sekitar Rp 110 triliun."
    assert _kept(WHOLE, every, habitual_fits) == []
    assert _kept("berapa anggaran Kementerian PUPR?", every, habitual_fits) == ["110 triliun"]


async def test_a_budget_answer_lists_the_whole_not_its_uses(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="apbn-1", outlet="Kompas.com", published="2019-09-17", title="DPR setujui anggaran Kementerian PUPR 2020",
        body="Komisi V DPR menyetujui pagu anggaran Kementerian PUPR tahun 2020 sebesar Rp 120,21 triliun. "
             "Anggaran tersebut akan dimanfaatkan untuk sumber daya air Rp 43,97 triliun, konektivitas Rp 42,95 "
             "triliun, dan perumahan Rp 8,48 triliun. Alokasi ini terpaut tipis dari usulan yang diajukan dalam "
             "pagu sebesar Rp 120,37 triliun.")])
    got = labels(await empty_engine.ask(WHOLE))
    assert any("120,21" in g for g in got), got
    assert not any(v in g for g in got for v in ("43,97", "42,95", "8,48", "120,37")), got
