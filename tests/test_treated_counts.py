"""The treated and the recovered are parts of the affected: "22 di antaranya dirawat" and "tiga
warga sudah diperbolehkan pulang" answer no question about how many were poisoned, only one that
asks them."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article

from .answered import answer_labels as labels

POISONING = Article(
    id="racun-1", outlet="SINDOnews", published="2019-09-14", title="94 Santriwati Blitar Keracunan Usai Menyantap Bakso",
    body="Sebanyak 94 santriwati pondok pesantren di Desa Jiwut, Kabupaten Blitar, keracunan usai menyantap bakso. "
         "Dari 94 santriwati yang keracunan bakso, 22 di antaranya dirawat di puskesmas. "
         "Pagi ini tiga santriwati yang keracunan sudah diperbolehkan pulang.")



def test_treated_and_recovered_are_classes_of_their_own():
    got = {q.text: q.predicates for q in find_quantities("Dari 94 santriwati, 22 di antaranya dirawat di puskesmas.")}
    assert got.get("22") == ["treated"], got
    got = {q.text: q.predicates for q in find_quantities("Ada tiga warga yang sudah diperbolehkan pulang.")}
    assert got.get("tiga warga") == ["recovered"], got


async def test_the_treated_answer_only_a_question_asking_them(empty_engine):
    await empty_engine.ingest_articles([POISONING])
    got = labels(await empty_engine.ask("berapa santriwati keracunan bakso di Blitar?"))
    assert any(g.startswith("94") for g in got) and not any(g.startswith(("22", "3")) for g in got), got
    got = labels(await empty_engine.ask("berapa santriwati dirawat di puskesmas usai menyantap bakso?"))
    assert any(g.startswith("22") for g in got), got


def test_a_headlines_capitalised_verb_is_no_part_of_a_place():
    got = [q.scope for q in find_quantities("111 Buruh di Sukabumi Diduga Keracunan Makanan")]
    assert got == ["Sukabumi"], got
    got = [q.scope for q in find_quantities("94 Santriwati di Desa Mekarsari Keracunan Bakso")]
    assert got == ["Desa Mekarsari"], got
