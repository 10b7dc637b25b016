"""A list of figures each given for another figure ("bagi berat badan 57 kg (240 kalori), 70 kg (155
kalori), dan 83 kg (185 kalori)"): a question naming one key takes only the figure bracketed after
it; a question naming no key takes them all (session 22)."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.grades import keyed_list_fits

from .answered import FILLER, answer_labels as labels

RUN = ("Harvard Health Publishing melaporkan bahwa berlari 30 menit dengan kecepatan 8 km/jam membakar kalori "
       "yang berbeda-beda, yaitu bagi berat badan 57 kg (240 kalori), 70 kg (155 kalori), dan 83 kg (185 kalori).")


def test_the_figure_of_the_key_asked():
    question = "berapa kalori yang terbakar saat berlari 30 menit bagi orang berberat badan 70 kg?"
    assert [keyed_list_fits(question, {"text": t}, RUN) for t in ("240 kalori", "155 kalori", "185 kalori")] \
        == [False, True, False]
    assert all(keyed_list_fits("berapa kalori yang terbakar saat berlari?", {"text": t}, RUN)
               for t in ("240 kalori", "155 kalori", "185 kalori"))


async def test_a_keyed_list_answers_the_key_asked(empty_engine):
    await empty_engine.ingest_articles([*FILLER, Article(id="lari", outlet="detik.com", published="2025-10-20",
                                                         title="Kalori yang Terbakar Saat Berlari", body=RUN)])
    got = labels(await empty_engine.ask("berapa kalori yang terbakar saat berlari 30 menit bagi orang dengan berat "
                                        "badan 70 kg menurut Harvard Health Publishing?"))
    assert got == ["155"], got
