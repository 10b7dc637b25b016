"""A change asked "menjadi berapa" asks the level it reached, not its size; and a place that is
also a dictionary word ("puncak") is a place in a sentence only when written as a name."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.frame import question_frame
from retrieval.text import TextPipeline

from .answered import FILLER, answer_labels as labels

RATE = Article(
    id="bi-rate", outlet="detikcom", published="2025-05-21", title="BI turunkan suku bunga acuan",
    body="Bank Indonesia (BI) kembali menurunkan suku bunga acuan BI Rate sebesar 25 basis poin menjadi 5,50% "
         "pada Rapat Dewan Gubernur (RDG) periode 20-21 Mei 2025. Inflasi diperkirakan tetap terkendali.")
TABLE = Article(
    id="motogp", outlet="Kumparan", published="2017-07-03", title="Marquez menang di Sachsenring, Jerman",
    body="Marc Marquez memenangi GP Jerman di Sirkuit Sachsenring. "
         "Marquez kini berada di puncak klasemen dengan 129 poin meskipun hanya dua kali menang di seri balapan.")


def test_menjadi_berapa_asks_the_level_reached():
    p = TextPipeline()
    assert question_frame("Bank Indonesia menurunkan BI Rate menjadi berapa persen?", p).asks == "level"
    assert question_frame("harga BBM naik menjadi berapa rupiah per liter?", p).asks == "level"
    assert question_frame("suku bunga acuan turun berapa persen?", p).asks == "change"


async def test_the_rate_a_cut_reached_answers_and_the_cut_does_not(empty_engine):
    await empty_engine.ingest_articles([RATE, *FILLER])
    got = labels(await empty_engine.ask("Bank Indonesia menurunkan BI Rate menjadi berapa persen pada RDG 20-21 Mei 2025?"))
    assert got == ["5,5%"], got
    got = labels(await empty_engine.ask("BI Rate diturunkan berapa basis poin pada RDG 20-21 Mei 2025?"))
    assert got == ["25 bps"], got


async def test_the_top_of_a_table_is_no_place(empty_engine):
    # "di puncak klasemen" is no Puncak (Bogor) against the asked Jerman
    await empty_engine.ingest_articles([TABLE, *FILLER])
    got = labels(await empty_engine.ask(
        "berapa poin Marc Marquez di puncak klasemen MotoGP 2017 setelah menang di Sachsenring, Jerman?"))
    assert got == ["129"], got


GROWTH = Article(
    id="okobe", outlet="kumparan", published="2018-02-03", title="Sandi kenalkan OK OBE untuk ekonomi kreatif",
    body="Menurut Sandi, Pemprov DKI Jakarta menargetkan ekonomi kreatif dapat tumbuh hingga 12 persen. "
         "Sementara itu, inflasi Jakarta pada Januari 2018 tercatat 3 persen.")


async def test_a_target_asked_measures_what_it_targets(empty_engine):
    # "target pertumbuhan ekonomi kreatif": the economy's growth is measured, the target is its aim
    await empty_engine.ingest_articles([GROWTH, *FILLER])
    got = labels(await empty_engine.ask("berapa persen target pertumbuhan ekonomi kreatif Jakarta yang disebut Sandiaga Uno?"))
    assert got == ["hingga 12%"], got
