"""A bare figure after "yakni"/"yaitu" restates a noun its clause named earlier: it counts that
noun ("meraih suara tertinggi pada Pemilu 2019, yakni 206.621" is a number of votes), and only
that noun: a figure restating seats is no answer about votes."""
from __future__ import annotations

from retrieval.answer import figure_label
from retrieval.clean import Article

VOTES = Article(
    id="caleg-1", outlet="Kompas.com", published="2019-09-02", title="Golkar beri penghargaan kepada caleg",
    body="Partai Golkar memberikan penghargaan kepada para calon anggota legislatif. "
         "Seperti diketahui, mantan Bupati Purwakarta Dedi Mulyadi adalah caleg DPR Golkar yang meraih "
         "suara tertinggi pada Pemilu 2019, yakni 206.621. "
         "Di DPR, Partai Golkar mendapat kursi terbanyak kedua, yaitu 85.")


def labels(answer) -> list[str]:
    """The figures listed as answers (not the fallback "figures of the closest sentences")."""
    return [figure_label(c.figure) for c in answer.claims] if answer.match == "strong" and not answer.message else []


async def test_a_figure_after_yakni_counts_the_noun_its_clause_named(empty_engine):
    await empty_engine.ingest_articles([VOTES])
    got = labels(await empty_engine.ask("berapa suara yang diraih Dedi Mulyadi pada Pemilu 2019?"))
    assert any(g.startswith("206.621") for g in got), got
    assert not any(g.startswith("85") for g in got), got


async def test_a_figure_after_yaitu_restating_seats_counts_seats(empty_engine):
    await empty_engine.ingest_articles([VOTES])
    got = labels(await empty_engine.ask("berapa kursi DPR yang didapat Partai Golkar?"))
    assert any(g.startswith("85") for g in got) and not any(g.startswith("206.621") for g in got), got
