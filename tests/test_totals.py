"""A total asked: amounts that add up, two by two, to a total stated anywhere in the answer are its
parts, even one an article calls a total of its own years."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import FILLER, answer_labels as labels

ARTICLES = [
    Article(id="suap-1", outlet="Kompas.com", published="2019-09-18", title="KPK tetapkan Imam Nahrawi tersangka",
            body="KPK menetapkan Menpora Imam Nahrawi sebagai tersangka. Imam diduga menerima uang suap "
                 "dengan total Rp 26,5 miliar dari KONI."),
    Article(id="suap-2", outlet="Okezone", published="2019-09-18", title="Imam Nahrawi terima uang suap",
            body="Melalui asisten pribadinya, Imam Nahrawi diduga menerima uang suap Rp 14,7 miliar pada 2014-2018."),
    Article(id="suap-3", outlet="Tempo.co", published="2019-09-18", title="Uang suap untuk Imam Nahrawi",
            body="Dalam rentang 2016-2018, Imam Nahrawi diduga meminta uang suap dengan total Rp 11,8 miliar."),
]


async def test_parts_that_add_up_to_a_stated_total_are_not_the_total(empty_engine):
    await empty_engine.ingest_articles(ARTICLES)
    got = labels(await empty_engine.ask("berapa total uang suap yang diduga diterima Imam Nahrawi?"))
    assert any("26,5" in g for g in got), got
    assert not any("14,7" in g or "11,8" in g for g in got), got
    # not a total asked: each amount answers for its own years
    got = labels(await empty_engine.ask("berapa uang suap yang diminta Imam Nahrawi pada 2016-2018?"))
    assert any("11,8" in g for g in got), got


LIFTS = Article(
    id="angkat-besi", outlet="Tempo.co", published="2019-09-20", title="Eko Yuli raih perak Kejuaraan Dunia Angkat Besi",
    body="Lifter Eko Yuli Irawan meraih medali perak Kejuaraan Dunia Angkat Besi 2019 di Pattaya. "
         "Angkatan snatch Eko Yuli Irawan mencapai 140 kilogram. "
         "Dengan total angkatan 306kg dari snatch dan clean and jerk, Eko Yuli Irawan menempati peringkat kedua "
         "di Kejuaraan Dunia Angkat Besi 2019.")


async def test_a_total_answers_the_total_and_not_a_part_asked(empty_engine):
    await empty_engine.ingest_articles([LIFTS, *FILLER])
    # "306kg": the unit glued to the number is read; the total is the answer only when asked
    got = labels(await empty_engine.ask("berapa kilogram total angkatan Eko Yuli Irawan di Pattaya?"))
    assert got == ["306"], got
    got = labels(await empty_engine.ask("berapa kilogram angkatan snatch terbaik Eko Yuli Irawan di Kejuaraan Dunia Angkat Besi 2019?"))
    assert got == ["mencapai 140"], got
