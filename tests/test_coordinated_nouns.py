"""A question counting two nouns joined by "dan", "serta" or "atau" ("berapa pelajar dan mahasiswa
asal Papua yang pulang kampung") takes a figure counting either of them, not only the first; a
figure of a third noun still does not count them (session 22)."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import FILLER, answer_labels as labels

EXODUS = [
    *FILLER,
    Article(id="eksodus", outlet="kompas.com", published="2019-09-10", title="Mahasiswa Papua Pulang Kampung",
            body="Menko Polhukam Wiranto menyebut lebih dari 800 mahasiswa asal Papua telah pulang kampung. "
                 "Sementara itu 120 guru asal Papua tetap mengajar di Jawa."),
    Article(id="pelajar", outlet="detik.com", published="2019-09-11", title="Pelajar Papua Pulang Kampung",
            body="Gubernur Papua menyebut 35 pelajar asal Papua dari Jawa Timur pulang kampung pekan ini."),
]


async def test_a_figure_of_either_coordinated_noun_answers(empty_engine):
    await empty_engine.ingest_articles(EXODUS)
    got = labels(await empty_engine.ask("berapa pelajar dan mahasiswa asal Papua yang pulang kampung?"))
    assert sorted(got) == ["35", "lebih dari 800"], got
