"""A ministry written any way is one index term (session 21): "Kemenhub", "Menhub", "Kementerian
Perhubungan" and "Menteri Perhubungan" are kementerian_perhubungan (from bodies.txt), so a question
naming it one way finds the passages naming it another."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels


def test_every_way_of_writing_a_ministry_is_one_term():
    terms = TextPipeline().terms
    ways = ["Kemenhub", "Menhub", "Kementerian Perhubungan", "Menteri Perhubungan"]
    assert {tuple(terms(w)) for w in ways} == {("kementerian_perhubungan",)}
    # another ministry stays another
    assert terms("Kementerian Keuangan") == ["kementerian_keuangan"] != terms("Kemenhub")
    # the word alone is still itself
    assert terms("perhubungan darat") != terms("Kemenhub darat")


BUDGETS = [
    *FILLER,
    Article(id="menhub", outlet="Okezone", published="2019-09-10", title="Menhub Minta Tambahan Anggaran Jadi Rp43,1 Triliun",
            body="Komisi V DPR menggelar rapat kerja. Anggaran Kemenhub untuk 2020 diusulkan sebesar Rp 43,1 triliun."),
    Article(id="bola2", outlet="detikcom", published="2019-09-11", title="Anggaran Klub Naik",
            body="Anggaran klub sepak bola itu untuk 2020 naik menjadi Rp 120 miliar."),
]


async def test_a_ministry_asked_by_its_full_name_finds_its_acronym(empty_engine):
    await empty_engine.ingest_articles(BUDGETS)
    got = labels(await empty_engine.ask("berapa total anggaran Kementerian Perhubungan untuk tahun 2020?"))
    assert got == ["Rp 43,1 triliun"], got
