"""Whose tally a standings figure is (retrieval/tallies.py, docs/frames.md "Session 34 rules"): "berapa
poin Persib" asks a club by name, and the figure's clause names its holder first ("… sedangkan TIRA
Persikabo di undakan kedua dengan 34 poin" is Persikabo's, not Persib's)."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_values, other_stories

LEAGUE = other_stories("liga", "Bola.com", "2019-09-15", [
    ("Jadwal Liga 1 pekan ini", "Sembilan laga Liga 1 digelar akhir pekan ini di berbagai kota."),
    ("Suporter diminta tertib", "Panitia pelaksana meminta suporter tertib saat laga kandang."),
    ("Pelatih baru", "Klub Liga 1 menunjuk pelatih baru setelah hasil buruk beruntun."),
    ("Wasit asing", "Operator liga mempertimbangkan wasit asing untuk laga besar."),
]) + [
    Article(id="liga-pakansari", outlet="Kompas.com", published="2019-09-15", title="Persib Tahan Imbang Tira Persikabo",
            body="Persib Bandung bermain imbang 1-1 melawan PS Tira Persikabo di Stadion Pakansari, Sabtu (14/9/2019). "
                 "Persib masih tercecer di peringkat 10 klasemen sementara Liga 1 2019 dengan 20 poin dari 18 laga "
                 "sedangkan TIRA Persikabo di undakan kedua dengan 34 poin."),
]


async def test_a_clubs_tally_is_the_one_its_clause_names_first(empty_engine):
    await empty_engine.ingest_articles(LEAGUE)
    persib = await empty_engine.ask("berapa poin Persib di klasemen sementara Liga 1 2019?")
    assert 20 in answer_values(persib), answer_values(persib)
    assert 34 not in answer_values(persib), answer_values(persib)
    tira = await empty_engine.ask("berapa poin Tira Persikabo di klasemen sementara Liga 1 2019?")
    assert 34 in answer_values(tira), answer_values(tira)
    assert 20 not in answer_values(tira), answer_values(tira)


PREMIER = other_stories("epl", "Bola.com", "2019-09-16", [
    ("Jadwal Liga Inggris", "Sepuluh laga Liga Inggris digelar akhir pekan ini."),
    ("Cedera pemain", "Sejumlah pemain absen karena cedera jelang pekan keenam."),
    ("Harga tiket", "Harga tiket laga Liga Inggris naik musim ini."),
]) + [
    Article(id="epl-watford", outlet="Tempo.co", published="2019-09-16", title="Arsenal Ditahan Imbang Watford",
            body="Arsenal ditahan imbang Watford 2-2 di Vicarage Road, Minggu (15/9/2019). "
                 "Hasil itu membuat Arsenal tertahan di posisi ke-7 dengan koleksi 8 poin dari lima laga. "
                 "Liverpool memimpin klasemen dengan 15 poin."),
]


async def test_a_tally_whose_clause_names_the_asked_club_answers_whatever_word_precedes_it(empty_engine):
    # "dengan koleksi 8 poin": "koleksi" says nothing of whose tally; the clause names Arsenal first
    await empty_engine.ingest_articles(PREMIER)
    answer = await empty_engine.ask("berapa poin Arsenal setelah ditahan imbang Watford?")
    assert 8 in answer_values(answer), answer_values(answer)
    assert 15 not in answer_values(answer), answer_values(answer)   # Liverpool's
