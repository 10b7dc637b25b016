"""A bare figure after "yakni"/"yaitu" restates a noun its clause named earlier: it counts that
noun ("meraih suara tertinggi pada Pemilu 2019, yakni 206.621" is a number of votes), and only
that noun: a figure restating seats is no answer about votes."""
from __future__ import annotations

from retrieval.answer import figure_label
from retrieval.clean import Article

from .answered import answer_labels as labels

VOTES = Article(
    id="caleg-1", outlet="Kompas.com", published="2019-09-02", title="Golkar beri penghargaan kepada caleg",
    body="Partai Golkar memberikan penghargaan kepada para calon anggota legislatif. "
         "Seperti diketahui, mantan Bupati Purwakarta Dedi Mulyadi adalah caleg DPR Golkar yang meraih "
         "suara tertinggi pada Pemilu 2019, yakni 206.621. "
         "Di DPR, Partai Golkar mendapat kursi terbanyak kedua, yaitu 85.")



async def test_a_figure_after_yakni_counts_the_noun_its_clause_named(empty_engine):
    await empty_engine.ingest_articles([VOTES])
    got = labels(await empty_engine.ask("berapa suara yang diraih Dedi Mulyadi pada Pemilu 2019?"))
    assert any(g.startswith("206.621") for g in got), got
    assert not any(g.startswith("85") for g in got), got


async def test_a_figure_after_yaitu_restating_seats_counts_seats(empty_engine):
    await empty_engine.ingest_articles([VOTES])
    got = labels(await empty_engine.ask("berapa kursi DPR yang didapat Partai Golkar?"))
    assert any(g.startswith("85") for g in got) and not any(g.startswith("206.621") for g in got), got


FLOOD = Article(
    id="banjir-1", outlet="detikcom", published="2025-10-22", title="Banjir dan longsor landa Sukabumi",
    body="Banjir dan longsor melanda sejumlah kecamatan di Kabupaten Sukabumi, Selasa (21/10/2025). "
         "Akibat banjir dan longsor di Jampangtengah, tidak ada korban jiwa, namun lima kepala keluarga (11 jiwa) "
         "terpaksa mengungsi sementara. "
         "Dari 40 orang (5 luka-luka) yang dievakuasi, seluruhnya sudah kembali ke rumah.")


def predicates_of(sentence: str) -> dict[str, list[str]]:
    from retrieval.claims import find_quantities
    return {q.text: q.predicates for q in find_quantities(sentence)}


def test_a_figure_restated_in_an_aside_or_with_atau_counts_what_the_restatement_counts():
    got = predicates_of("namun lima kepala keluarga (11 jiwa) terpaksa mengungsi sementara.")
    assert got == {"lima kepala": ["displaced"], "11 jiwa": ["displaced"]}, got
    got = predicates_of("Sebanyak 30 KK atau 98 jiwa mengungsi ke rumah kerabat.")
    assert got == {"30 KK": ["displaced"], "98 jiwa": ["displaced"]}, got


def test_an_aside_saying_what_befell_a_part_is_not_the_wholes():
    got = predicates_of("Dari 40 orang (5 luka-luka) yang dievakuasi, seluruhnya sudah kembali ke rumah.")
    assert "wounded" not in got.get("40 orang", []), got


async def test_the_displaced_restated_in_an_aside_answer(empty_engine):
    await empty_engine.ingest_articles([FLOOD])
    got = labels(await empty_engine.ask("berapa warga Jampangtengah yang mengungsi akibat banjir dan longsor?"))
    assert any(g.startswith("11") for g in got), got
    assert not any(g.startswith("40") for g in got), got


async def test_people_of_the_asked_class_answer_a_question_about_people(empty_engine):
    """ "berapa warga yang mengungsi": "11 jiwa … mengungsi" counts residents; a casualty class is
    not needed when the asked noun is itself people."""
    await empty_engine.ingest_articles([FLOOD])
    answer = await empty_engine.ask("berapa warga Jampangtengah yang mengungsi akibat banjir dan longsor?")
    assert any(figure_label(c.figure).startswith("11") for c in answer.claims) and not answer.message, \
        [figure_label(c.figure) for c in answer.claims]
