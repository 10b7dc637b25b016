"""A share asked ("berapa persen anggota DPRD … yang menggadaikan SK") is never answered by a count,
of the closest sentences ("sebanyak 50 orang"): the fallback shows those sentences without naming a
count as the figure (session 22)."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import FILLER

CIAMIS = [
    *FILLER,
    Article(id="ciamis", outlet="okezone.com", published="2019-09-12", title="Anggota DPRD Ciamis Gadaikan SK",
            body="Sejumlah anggota DPRD Kabupaten Ciamis menggadaikan SK pengangkatan untuk kredit bank. Pada "
                 "pelantikan anggota DPRD Kabupaten Ciamis, jumlah anggota DPRD terlantik sebanyak 50 orang."),
]


async def test_no_count_stands_for_a_share(empty_engine):
    await empty_engine.ingest_articles(CIAMIS)
    answer = await empty_engine.ask("berapa persen anggota DPRD Kabupaten Ciamis yang menggadaikan SK untuk kredit bank?")
    figures = [c.figure.get("text") for c in answer.claims if c.figure]
    assert not any("50" in (f or "") for f in figures), figures
    assert answer.claims, "the closest sentences are still shown"
